// Who originally said it: speakers merged by institution (else by folded name), outlets as reports.
// See ledger.md: "An outlet repeating a speaker is a report, not a source."
import type { Claim, PrimarySource, SourceSide, Stance } from "../claims/index.js";
import { foldName, isShortFormOf } from "./source-name.js";

export interface SourceContext {
  outletOf(doc: string): string | null;
  outletSide?(outlet: string): SourceSide | null;
}

export interface PrimarySourceWithNote extends PrimarySource {
  /** Why the stance was chosen when the claims disagree ("also denies it in …"). */
  note?: string;
}

export interface MergedSources {
  sources: PrimarySourceWithNote[];
  /** Primary-source name behind a claim. */
  sourceOf(claim: Claim): string;
}

interface Speaker {
  key: string;
  name: string;
  side: SourceSide | null;
  institution: string | null;
}

/** The speaker of a claim; the article's own voice is its outlet (independent unless told otherwise). */
export function speakerOf(claim: Claim, ctx: SourceContext): Speaker {
  if (claim.source) {
    const inst = claim.source.institution ?? null;
    // One person under two spellings ("Podolyaka", "Podoliaka") is one speaker: the registry's name is the key.
    const name = claim.source.canonical ?? claim.source.name;
    return { key: foldName(inst ?? name), name, side: claim.source.side, institution: inst };
  }
  const outlet = ctx.outletOf(claim.doc) ?? `document ${claim.doc}`;
  return { key: foldName(outlet), name: outlet, side: ctx.outletSide?.(outlet) ?? "independent", institution: null };
}

export function mergePrimarySources(claims: Claim[], ctx: SourceContext): MergedSources {
  const speakers = new Map<string, Speaker>();
  for (const claim of claims) speakers.set(claim.id, speakerOf(claim, ctx));
  const canonical = canonicalKeys([...speakers.values()]);

  const byKey = new Map<string, { claims: Claim[]; speakers: Speaker[] }>();
  for (const claim of claims) {
    const sp = speakers.get(claim.id)!;
    const key = canonical.get(sp.key)!;
    const entry = byKey.get(key) ?? { claims: [], speakers: [] };
    entry.claims.push(claim);
    entry.speakers.push(sp);
    byKey.set(key, entry);
  }

  const nameOfKey = new Map<string, string>();
  const sources = [...byKey.entries()].map(([key, { claims: own, speakers: sps }]) => {
    const source = toPrimarySource(own, sps, ctx);
    nameOfKey.set(key, source.name);
    return source;
  });
  return {
    sources,
    sourceOf: (claim) => {
      const sp = speakers.get(claim.id) ?? speakerOf(claim, ctx);
      return nameOfKey.get(canonical.get(sp.key) ?? sp.key) ?? sp.name;
    },
  };
}

/**
 * Map each folded key to the longest key it is a short form of, when exactly one such key exists and
 * the sides do not clash ("zelensky" → "volodymyr zelensky"; an ambiguous "general staff" stays apart).
 * Longer keys form a chain ("volodymyr zelensky" ⊂ "president volodymyr zelensky"): take its longest.
 */
function canonicalKeys(speakers: Speaker[]): Map<string, string> {
  const sideOf = new Map<string, SourceSide | null>();
  for (const s of speakers) if (!sideOf.has(s.key) || sideOf.get(s.key) === null) sideOf.set(s.key, s.side);
  const keys = [...sideOf.keys()];
  const out = new Map<string, string>();
  for (const key of keys) {
    const longer = keys.filter(
      (k) => k !== key && isShortFormOf(key, k) && compatible(sideOf.get(key) ?? null, sideOf.get(k) ?? null),
    );
    const top = longer.reduce<string | null>((a, b) => (a === null || b.length > a.length ? b : a), null);
    out.set(key, top !== null && longer.every((k) => isShortFormOf(k, top)) ? top : key);
  }
  return out;
}

const compatible = (a: SourceSide | null, b: SourceSide | null): boolean => a === null || b === null || a === b;

function toPrimarySource(claims: Claim[], speakers: Speaker[], ctx: SourceContext): PrimarySourceWithNote {
  const institution = speakers.find((s) => s.institution)?.institution ?? null;
  const names = unique(speakers.map((s) => s.name));
  const longest = names.reduce((a, b) => (b.length > a.length ? b : a));
  const polarities = new Set(claims.map((c) => c.polarity));
  const stance: Stance = polarities.has("asserted") ? "asserted" : polarities.has("denied") ? "denied" : "unconfirmed";
  const source: PrimarySourceWithNote = {
    name: institution ?? longest,
    side: speakers.find((s) => s.side)?.side ?? null,
    speakers: names,
    stance,
    reported_by: unique(claims.map((c) => ctx.outletOf(c.doc) ?? c.doc)),
    hedges: unique(claims.flatMap((c) => c.hedges)),
  };
  if (stance === "asserted" && polarities.has("denied")) source.note = "asserts it in one report and denies it in another";
  return source;
}

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];
