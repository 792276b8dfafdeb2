// Fills in the side of a person the registry does not know, from what the article says of them
// elsewhere ("Ukraine's deputy defence minister, Hanna Maliar," … "Maliar said") and, for local
// officials, from the country of the place the claim is about. (Institutions named without their
// country are sided earlier, by institution-side-refiner.ts.)
import type { Side, Source } from "../../claims/index.js";
import type { Refiner } from "../article-context.js";
import type { Candidate } from "../candidate.js";
import { perLexicon, re } from "../compile.js";

const local = perLexicon((lex) => re(lex, `\\b(?:${lex.LOCAL_OFFICIAL})\\b`, "i"));

// "Haidai" and "Gaidai", "Syniehubov" and "Syniegubov": one surname in two transliterations (Ukrainian г
// is h, Russian g), and "-iy"/"-yi" endings: the key folds them together.
// (A Cyrillic surname is compared by its stem: "Стрюк", "Стрюка", "Стрюком".)
const surname = (name: string) => name.trim().split(/\s+/).at(-1)!.toLowerCase().replace(/g/g, "h").replace(/(?:iy|yi|yy|ii)$/, "i").replace(/[''’]/g, "")
  .replace(/(?<=[\u0400-\u04ff]{3})(?:ого|ому|ым|им|ом|ем|ой|ою|ая|ий|ый|а|у|е|ю|я|і)$/u, "");

export const SourceSideRefiner: Refiner = {
  name: "source-side",
  refine(ctx, found) {
    const known = new Map<string, Source>();
    // Local officials first: "the head of the Luhansk oblast administration Serhiy Haidai" speaks for the
    // country of the place he reports on; a later bare "Haidai said" is then the same person.
    const isLocal = (source: Source) => local(ctx.lexicon).test(`${source.name} ${source.role ?? ""} ${source.mention ?? ""}`);
    // ("the head of the Kharkiv RMA": the country of the place the title names, else of the claim's place.)
    // (Read once per mention: the same speaker stands behind many claims.)
    const titled = new Map<string, Side | null>();
    const titlePlace = (source: Source): Side | null => {
      const key = source.mention ?? "";
      if (!titled.has(key)) titled.set(key, placeSide(key));
      return titled.get(key)!;
    };
    const placeSide = (text: string): Side | null => {
      const mention = ctx.places.findMentions(text).map((m) => ctx.places.choose(m, { regions: ctx.regions })).find((r) => r.country === "UA" || r.country === "RU");
      return mention ? (mention.country as Side) : null;
    };
    found = found.map((c) => {
      const source = c.source;
      if (!source || source.side || !isLocal(source)) return c;
      const side: Side | null = titlePlace(source) ?? (c.place?.country === "UA" ? "UA" : c.place?.country === "RU" ? "RU" : null);
      return side ? { ...c, source: { ...source, side }, trail: [...c.trail, "source-side:local-officials"] } : c;
    });
    // Every speaker the article names (also in sentences that hold no claim), and the claims' speakers.
    const speakers = [...[...ctx.cues.values()].flat().map((cue) => cue.source), ...found.map((c) => c.source)];
    for (const source of speakers) {
      if (!source || source.kind !== "person") continue;
      const side = source.side ?? (isLocal(source) ? titlePlace(source) : null);
      if (side) known.set(surname(source.name), { ...source, side });
    }
    return found.map((c): Candidate => {
      const source = c.source;
      if (!source || source.side) return c;
      const same = known.get(surname(source.name));
      if (same) return { ...c, source: { ...source, side: same.side, institution: source.institution ?? same.institution }, trail: [...c.trail, "source-side:same-person"] };
      return c;
    });
  },
};
