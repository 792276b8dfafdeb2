// Articles for HTTP tests, written after the spec examples (claims.md, ledger.md): a disputed capture
// of Pokrovsk, a hedged casualty figure, a troop figure; and an article made of hostile markup.
import type { Article } from "../../../claims/index.js";
import type { Pipeline } from "../../../pipeline-types.js";
import type { LedgerStore } from "../../../store/ledger-store.js";

export const FIXTURE_ARTICLES: Article[] = [
  {
    id: "mt-2025-12-02", outlet: "The Moscow Times", title: "Russia's Claimed Capture of Pokrovsk", published: "2025-12-02", origin: "fixture",
    text: "Russia's Defense Ministry said on Monday that its forces had captured Pokrovsk.\n\nUkraine's General Staff denied that Pokrovsk had been captured, saying fighting continues in the city.\n\nAs of November, more than 6,500 Ukrainian soldiers were killed around Pokrovsk, the Russian Telegram channel SHOT said, without citing sources.",
  },
  {
    id: "rks-2025-11", outlet: "RKS News", title: "Pokrovsk: the belt", published: "2025-11", origin: "fixture",
    text: "Kyiv says Russia has 170,000 troops around Pokrovsk.\n\nThe Russian Defense Ministry claimed it had taken control of Myrnohrad.",
  },
];

export const HOSTILE_TEXT = [
  "Russia's Defense Ministry said it captured Kostiantynivka <script>window.__pwned = 1</script>.",
  'Readers saw <img src=x onerror="window.__pwned = 2"> here and a <a href="javascript:window.__pwned=3">link</a>.',
  "Look-alike: Роkrovsk and ｐａｙｐａｌ.com and \u202Eevil\u202C text.",
].join("\n\n");

/** Ingest the fixture articles through a pipeline into a store. */
export async function seedFixtures(store: LedgerStore, pipeline: Pipeline): Promise<void> {
  for (const article of FIXTURE_ARTICLES) await pipeline.ingestArticle(store, article);
}
