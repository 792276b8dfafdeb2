// Each claim carries its proposition (id, title, status), the primary source it counts under and its article.
import assert from "node:assert/strict";
import { it } from "node:test";
import { createReconciler } from "../reconcile/index.js";
import { makeClaim } from "../reconcile/test-fixtures.js";
import { claimRecordsOf } from "./claim-records.js";
import { documentLookup } from "./document-info.js";
import { wordsOf } from "./proposition-words.js";

it("joins every claim to its proposition, primary source and article", () => {
  const ctl = { kind: "control", measure: "controls", side: "RU", place: "Alderton" } as const;
  const claims = [
    makeClaim({ ...ctl, id: "a", doc: "d1", time: "2031-04-01", source: { name: "Spokesman", side: "RU", kind: "person", institution: "Government of Ruritania" } }),
    makeClaim({ ...ctl, id: "b", doc: "d2", polarity: "denied", source: { name: "Brigade", side: "UA", kind: "military" } }),
  ];
  const outlets: Record<string, string> = { d1: "Courier", d2: "Gazette" };
  const propositions = createReconciler().reconcile(claims, { outletOf: (d) => outlets[d] ?? null });
  const documents = new Map([["d1", { doc: "d1", outlet: "Courier", url: "https://courier.example/a", title: "Taken", published: "2031-04-02" }]]);
  const records = claimRecordsOf({ propositions, claims: new Map(claims.map((c) => [c.id, c])) }, documentLookup(documents));
  assert.equal(records.length, claims.length);
  for (const r of records) {
    const p = propositions.find((q) => q.claims.includes(r.claim.id))!;
    assert.deepEqual(r.proposition, { id: p.id, title: wordsOf(p).title, status: p.status });
    const source = p.primary_sources.find((s) => s.name === r.primarySource?.name)!;
    assert.equal(source.stance, r.claim.polarity);
  }
  const [a, b] = records;
  assert.equal(a.primarySource?.name, propositions[0].primary_sources.find((s) => s.speakers.includes("Spokesman"))?.name);
  assert.notEqual(a.primarySource?.name, "Courier");
  assert.deepEqual(a.document, documents.get("d1"));
  assert.equal(a.date.from, "claim");
  assert.deepEqual(b.document, { doc: "d2", outlet: null, url: null, title: null, published: null }, "an unknown article answers with nulls");
  assert.equal(b.date.date, null);
});
