// Test helper in the spirit of chrono's single-case check: extract a short article and show the rule
// trail of every claim when an expectation fails.
import assert from "node:assert/strict";
import type { Claim } from "../claims/index.js";
import { loadActorRegistry } from "../actors/index.js";
import { loadPlaceIndex } from "../places/index.js";
import { createExtractor, type Extractor } from "./extractor.js";

let shared: Extractor | null = null;
export const testExtractor = (): Extractor =>
  (shared ??= createExtractor({ places: loadPlaceIndex(), actors: loadActorRegistry(), explain: true }));

export function extractText(text: string, published: string | null = null, lang?: string): Claim[] {
  return testExtractor().extract({ id: "t", text, outlet: "Test Wire", title: null, published, origin: "test", ...(lang ? { lang } : {}) });
}

const show = (claims: Claim[]) => claims.map((c) => JSON.stringify({ kind: c.kind, measure: c.measure, side: c.side, value: c.value, place: c.place?.name, source: c.source?.name, polarity: c.polarity, time: c.time, trail: c.trail })).join("\n");

/** Exactly one claim, with these fields (dotted paths allowed: "source.side"). */
export function expectOne(text: string, published: string | null, expected: Record<string, unknown>, lang?: string): Claim {
  const claims = extractText(text, published, lang);
  assert.equal(claims.length, 1, `expected one claim in: ${text}\n${show(claims)}`);
  expectFields(claims[0], expected, text, claims);
  return claims[0];
}

export function expectFields(claim: Claim, expected: Record<string, unknown>, text: string, all: Claim[] = [claim]): void {
  for (const [path, value] of Object.entries(expected)) {
    const actual = path.split(".").reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), claim);
    assert.deepEqual(actual, value, `${path} in: ${text}\n${show(all)}`);
  }
  assert.equal(text.slice(claim.evidence.start, claim.evidence.end), claim.evidence.text, "evidence is a verbatim span");
}
