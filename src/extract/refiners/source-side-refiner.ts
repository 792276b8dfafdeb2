// Fills in the side of a speaker the registry does not know, from what the article says of them
// elsewhere ("Ukraine's deputy defence minister, Hanna Maliar," … "Maliar said") and, for local
// officials, from the country of the place the claim is about.
import type { Side, Source } from "../../claims/index.js";
import type { Refiner } from "../article-context.js";
import type { Candidate } from "../candidate.js";

const LOCAL = /\b(?:local|regional|city|town|village|district|municipal|military administration|governor|mayor|head of the)\b/i;
const surname = (name: string) => name.trim().split(/\s+/).at(-1)!.toLowerCase();
// "the Defence Ministry" after "Russia's Defence Ministry": the same institution without its nationality.
const institutionKey = (name: string) => name.toLowerCase().replace(/^(?:the\s+)?(?:russian|russia's|ukrainian|ukraine's|moscow's|kyiv's)\s+/, "").replace(/\s+of\s+(?:russia|ukraine)$/, "").replace(/defense/g, "defence").trim();

export const SourceSideRefiner: Refiner = {
  name: "source-side",
  refine(ctx, found) {
    const known = new Map<string, Source>();
    const institutions = new Map<string, Source | null>();
    for (const c of found) {
      if (!c.source?.side) continue;
      if (c.source.kind === "person") known.set(surname(c.source.name), c.source);
      else {
        const key = institutionKey(c.source.mention ?? c.source.name);
        const seen = institutions.get(key);
        institutions.set(key, seen === undefined || seen?.side === c.source.side ? c.source : null);
      }
    }
    return found.map((c): Candidate => {
      const source = c.source;
      if (!source || source.side) return c;
      const sameInstitution = source.kind !== "person" ? institutions.get(institutionKey(source.mention ?? source.name)) : undefined;
      if (sameInstitution) return { ...c, source: { ...sameInstitution, mention: source.mention }, trail: [...c.trail, "source-side:same-institution"] };
      const same = known.get(surname(source.name));
      if (same) return { ...c, source: { ...source, side: same.side, institution: source.institution ?? same.institution }, trail: [...c.trail, "source-side:same-person"] };
      if (LOCAL.test(`${source.name} ${source.role ?? ""}`)) {
        const side: Side | null = c.place?.country === "UA" ? "UA" : c.place?.country === "RU" ? "RU" : null;
        if (side) return { ...c, source: { ...source, side }, trail: [...c.trail, "source-side:local-officials"] };
      }
      return c;
    });
  },
};
