// The whole flow in one place: read -> language -> extract (with places and actors) -> store -> reconcile.
// Presentation (CLI, HTTP) calls this; no stage reaches forward to a later one.
import type { Article, Claim, Kind } from "./claims/index.js";
import { readInputs, type ReadOptions } from "./read/index.js";
import { loadPlaceIndex, type PlaceIndex } from "./places/index.js";
import { loadActorRegistry, type ActorRegistry } from "./actors/index.js";
import { createExtractor, packLanguages } from "./extract/index.js";
import { detectLanguage, LANGUAGE_NAMES } from "./language/detect-language.js";
import type { LedgerStore } from "./store/ledger-store.js";
import { contentHash } from "./store/content-hash.js";
import { createReconciler, groupKey, scopesOf, type ReconcileContext } from "./reconcile/index.js";
import { claimsOfScope } from "./history/scope-claims.js";
import { carryReviews } from "./review/carry-reviews.js";
import type { ExtractedArticle, IngestOptions, IngestSummary, Pipeline } from "./pipeline-types.js";

export type { ExtractedArticle, IngestProgress, IngestSummary, Pipeline } from "./pipeline-types.js";

export interface PipelineOptions {
  places?: PlaceIndex;
  actors?: ActorRegistry;
  /** Keep each claim's trail of rules. */
  explain?: boolean;
  /**
   * Articles ingested between two reconciliations of the touched propositions (default: once, at the
   * end of a run). A run stopped before it ends is completed by the next (stored articles' groups are
   * reconciled again).
   */
  reconcileEvery?: number;
  /** Read every article as this language (ISO 639-1) instead of detecting it (`--lang`). */
  language?: string;
}

export interface FoglinePipeline extends Pipeline {
  places: PlaceIndex;
  actors: ActorRegistry;
  /** Re-reconcile the proposition groups given (and every group at their places, for contradictions and checks). */
  reconcileGroups(store: LedgerStore, groupKeys: Iterable<string>): Promise<number>;
  /**
   * The scopes reconcileGroups(groupKeys) reads and rewrites: a place (for control, event and area, related
   * across groups) or a single group. Writers that reconcile at once serialise on these (queue workers
   * take one advisory lock per scope), so that none overwrites another's newer propositions.
   */
  reconcileScopes(groupKeys: Iterable<string>): string[];
  /**
   * Extract and store one article (one transaction) without reconciling: the groups it touches (also when it
   * was already stored, as ingest does) are left to the caller, or why it was skipped (no language pack).
   */
  storeArticle(store: LedgerStore, article: Article): Promise<StoredOrSkipped>;
}

export type StoredOrSkipped =
  | { result: { added: boolean; docId: string; claims: number }; groupKeys: string[]; problem?: undefined }
  | { problem: { origin: string; reason: string }; result?: undefined };

export function createPipeline(options: PipelineOptions = {}): FoglinePipeline {
  const places = options.places ?? loadPlaceIndex();
  const actors = options.actors ?? loadActorRegistry();
  const extractor = createExtractor({ places, actors, explain: options.explain });
  const reconciler = createReconciler();
  const every = options.reconcileEvery ?? Number.POSITIVE_INFINITY;

  const extractArticle = (article: Article): Claim[] => extractor.extract(withLanguage(article));

  // Each article is read with the pack of its language: detected, unless --lang says. An article in a
  // language without a pack is skipped with its reason rather than read as English and found empty.
  function withLanguage(article: Article): Article {
    if (article.lang) return article;
    return { ...article, lang: options.language ?? detectLanguage(article.text).lang };
  }
  function unreadable(article: Article): { origin: string; reason: string } | null {
    const lang = article.lang!;
    if (extractor.reads(lang)) return null;
    const name = LANGUAGE_NAMES[lang] ?? `language "${lang}"`;
    return { origin: article.origin, reason: `skipped: written in ${name}, which fogline has no language pack for (packs: ${packLanguages().join(", ")}); --lang en reads it as English anyway` };
  }

  async function* extractInputs(inputs: string[], readOptions: ReadOptions = {}): AsyncIterable<ExtractedArticle | { problem: { origin: string; reason: string } }> {
    for await (const item of readInputs(inputs, readOptions)) {
      if (item.problem) { yield { problem: item.problem }; continue; }
      const article = withLanguage(item.article);
      const problem = unreadable(article);
      if (problem) yield { problem };
      else yield { article, claims: extractArticle(article) };
    }
  }

  function reconcileScopes(groupKeys: Iterable<string>): string[] {
    return scopesOf(groupKeys).map((s) => s.id).sort();
  }

  async function reconcileGroups(store: LedgerStore, groupKeys: Iterable<string>): Promise<number> {
    const scopes = scopesOf(groupKeys);
    let count = 0;
    for (const scope of scopes) {
      if (scope.place === undefined) continue;
      const atPlace = await claimsOfScope(store, scope);
      count += await reconcileSet(store, atPlace, [...new Set(atPlace.map(groupKey))]);
    }
    const alone = scopes.flatMap((s) => (s.group === undefined ? [] : [s.group]));
    for (let i = 0; i < alone.length; i += 200) {
      const batch = alone.slice(i, i + 200);
      count += await reconcileSet(store, await store.claimsByGroup(batch), batch);
    }
    return count;
  }

  async function reconcileSet(store: LedgerStore, claims: Claim[], keys: string[]): Promise<number> {
    const docs = [...new Set(claims.map((c) => c.doc))];
    const outlets = await store.outlets(docs);
    const published = await store.publishedDates(docs);
    const context: ReconcileContext = {
      outletOf: (doc) => outlets.get(doc) ?? null,
      publishedOf: (doc) => published.get(doc) ?? null,
      places,
    };
    const propositions = reconciler.reconcile(claims, context);
    const byId = new Map(claims.map((c) => [c.id, c]));
    await store.putPropositions(keys, propositions, (p) => groupKey(byId.get(p.claims[0])!));
    return propositions.length;
  }

  /**
   * Two documents never share an id: an article whose id the ledger already holds for another text (not
   * an edit of it) is stored as "<id>~<8 hex of its text's hash>" (later parts of it follow, through `renamed`). The first
   * keeps its id, so links to it still resolve.
   */
  async function distinctId(store: LedgerStore, article: Article, renamed: Map<string, string>): Promise<Article> {
    const key = `${article.origin}\u0000${article.id}`;
    if (article.offset) {
      const id = renamed.get(key);
      return id ? { ...article, id } : article;
    }
    const stored = await store.article(article.id);
    const hash = contentHash(article.text);
    if (!stored || stored.contentHash === hash) return article;
    // The same article edited and stored again (most of its paragraphs kept) is that document's new text,
    // and its claims keep their reviews; another text under the same name is another document.
    if (!stored.offset && sameArticle(stored.text, article.text)) return article;
    const id = `${article.id}~${hash.slice(0, 8)}`;
    renamed.set(key, id);
    return { ...article, id };
  }

  async function ingestArticle(store: LedgerStore, given: Article) {
    const article = await distinctId(store, withLanguage(given), new Map());
    const claims = extractArticle(article);
    const result = await store.addArticle(article, claims, groupKey);
    if (result.added) {
      await carryReviews(store, claims, groupKey);
      await reconcileGroups(store, (await store.claims({ doc: result.docId, limit: Number.MAX_SAFE_INTEGER })).map(groupKey));
    }
    return result;
  }

  async function storeArticle(store: LedgerStore, given: Article): Promise<StoredOrSkipped> {
    const article = await distinctId(store, withLanguage(given), new Map());
    const problem = unreadable(article);
    if (problem) return { problem };
    const claims = extractArticle(article);
    const result = await store.addArticle(article, claims, groupKey);
    if (result.added) await carryReviews(store, claims, groupKey);
    return { result, groupKeys: [...new Set(claims.map(groupKey))] };
  }

  async function ingest(store: LedgerStore, inputs: string[], readOptions: ReadOptions & IngestOptions = {}): Promise<IngestSummary> {
    const summary: IngestSummary = { articles: 0, added: 0, duplicates: 0, claims: 0, problems: [], docIds: [] };
    const docIds = new Set<string>();
    let touched = new Set<string>();
    let sinceReconcile = 0;
    const renamed = new Map<string, string>();
    for await (const item of readInputs(inputs, readOptions)) {
      const article = item.article ? await distinctId(store, withLanguage(item.article), renamed) : null;
      const problem = item.problem ?? (article ? unreadable(article) : null);
      if (problem) {
        summary.problems.push(problem);
      } else if (article) {
        const claims = extractArticle(article);
        const result = await store.addArticle(article, claims, groupKey);
        summary.articles++;
        if (result.added) {
          await carryReviews(store, claims, groupKey);
          summary.added++;
          summary.claims += result.claims;
          docIds.add(result.docId);
        } else summary.duplicates++;
        // Groups of an article already stored are reconciled again too: a run killed between storing
        // articles and reconciling them leaves propositions that only the next run can bring up to date.
        for (const c of claims) touched.add(groupKey(c));
        if (++sinceReconcile >= every) {
          readOptions.onReconcile?.(touched.size);
          await reconcileGroups(store, touched);
          touched = new Set();
          sinceReconcile = 0;
        }
      }
      readOptions.onProgress?.({
        articles: summary.articles, added: summary.added, duplicates: summary.duplicates, claims: summary.claims,
        problems: summary.problems.length, origin: item.article?.origin ?? item.problem!.origin,
      });
    }
    readOptions.onReconcile?.(touched.size);
    await reconcileGroups(store, touched);
    summary.docIds = [...docIds];
    return summary;
  }

  return { places, actors, extractArticle, extractInputs, ingestArticle, ingest, groupKey, reconcileGroups, reconcileScopes, storeArticle };
}

/** An edit of the same article: at least half of the stored text's paragraphs are still in the new text. */
function sameArticle(stored: string, text: string): boolean {
  const paragraphs = stored.split(/\n\s*\n|\n/).map((p) => p.trim()).filter((p) => p.length >= 20);
  if (!paragraphs.length) return false;
  return paragraphs.filter((p) => text.includes(p)).length * 2 >= paragraphs.length;
}
