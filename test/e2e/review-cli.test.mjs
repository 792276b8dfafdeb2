// `fogline review` run as a user would, on the seed ledger: correct a speaker, reject a claim and see its
// proposition's status follow, add a missed claim from a span, undo, and export the reviews as gold that
// shared/eval/score.mjs reads. Bad input: one line, exit 2, nothing written.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fogline, jsonl, root, seeds } from "./run-cli.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fogline-review-"));
const db = path.join(dir, "ledger.db");
const env = { FOGLINE_REVIEWER: "ana" };
const review = (...args) => fogline(["review", ...args, "--db", db], { env });
const claims = (...args) => jsonl(fogline(["claims", "--db", db, "--format", "jsonl", ...args]).stdout);
const report = () => JSON.parse(fogline(["report", "--db", db, "--format", "json"]).stdout);
const log = () => jsonl(review("log", "--format", "jsonl").stdout);
const propositionOf = (id) => report().propositions.find((p) => p.claims.includes(id));

/** The seed claim on the share of Donetsk Oblast from The American Conservative (001): it disputes RKS News's. */
const shareClaim = () => claims("--kind", "area").find((c) => c.measure === "share" && c.doc.startsWith("001_"));

before(() => {
  const r = fogline(["ingest", seeds, "--db", db]);
  assert.equal(r.status, 0, r.stderr);
});

test("correct a speaker: the claim carries the reviewed speaker and side, marked as a person's decision", () => {
  const claim = claims("--kind", "area").find((c) => c.measure === "share" && c.doc.startsWith("000_"));
  assert.ok(claim);
  const r = review("correct", claim.id, "--speaker", "Ukrainian General Staff", "--speaker-side", "ukraine", "--note", "per the ministry");
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /corrected speaker of c-\S+: none -> /);
  const after = claims("--kind", "area").find((c) => c.id === claim.id);
  assert.match(after.source.name, /General Staff/);
  assert.equal(after.source.side, "UA");
  assert.deepEqual(after.review.decided, ["speaker", "speaker_side"]);
  assert.equal(after.review.by, "ana");
  const events = jsonl(review("log", "--claim", claim.id, "--format", "jsonl").stdout);
  assert.deepEqual(events.map((e) => [e.action, e.field, e.reviewer, e.note]), [["correct", "speaker", "ana", "per the ministry"], ["correct", "speaker_side", "ana", "per the ministry"]]);
  assert.equal(events[0].before, null);
});

test("reject a claim: it leaves its proposition, whose status follows; undo brings it back", () => {
  const claim = shareClaim();
  const p = propositionOf(claim.id);
  assert.equal(p.status, "disputed");
  const r = review("reject", claim.id, "--reason", "background");
  assert.equal(r.status, 0, r.stderr);
  assert.equal(propositionOf(claim.id), undefined);
  const rest = report().propositions.find((q) => q.id === p.id || p.claims.filter((id) => id !== claim.id).every((id) => q.claims.includes(id)));
  assert.ok(rest, "the other claim keeps a proposition");
  assert.notEqual(rest.status, "disputed");
  assert.ok(!fogline(["disputes", "--db", db, "--format", "json"]).stdout.includes(claim.id));
  assert.equal(shareClaim(), undefined);
  const listed = claims("--kind", "area", "--with-rejected").find((c) => c.id === claim.id);
  assert.equal(listed.review.status, "rejected");
  assert.ok(!fogline(["export", "csv", "--db", db]).stdout.includes(claim.id), "left out of exports");
  const [event] = jsonl(review("log", "--claim", claim.id, "--format", "jsonl").stdout);
  const undone = review("undo", event.id);
  assert.equal(undone.status, 0, undone.stderr);
  assert.equal(propositionOf(claim.id).status, "disputed");
  assert.equal(review("undo", event.id).status, 2, "an event is undone once");
  const table = review("log", "--proposition", propositionOf(claim.id).id).stdout;
  assert.match(table, /reject/);
  assert.match(table, /\(undone\)/);
});

test("add a missed claim from a span of the article; a span not in it is refused", () => {
  const text = "fighting in Pokrovsk was still ongoing";
  const doc = "002_b9ed40c8718096b7";
  const r = review("add", doc, "--text", text, "--kind", "control/contested", "--place", "Pokrovsk", "--speaker", "Ukrainian forces", "--period", "2025-12-02");
  assert.equal(r.status, 0, r.stderr);
  const added = claims().find((c) => c.doc === doc && c.review?.status === "added");
  assert.ok(added);
  const article = fs.readFileSync(path.join(seeds, `${doc}.txt`), "utf8");
  assert.equal(article.slice(added.evidence.start, added.evidence.end), text);
  assert.equal(added.place.name, "Pokrovsk");
  assert.ok(propositionOf(added.id), "the added claim is reconciled into a proposition");
  const before = log().length;
  const bad = review("add", doc, "--text", "fighting in Pokrovsk has stopped", "--kind", "control/contested");
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /not verbatim/);
  assert.equal(bad.stderr.trim().split("\n").length, 1);
  assert.equal(log().length, before);
  const offsets = review("add", doc, "--start", String(added.evidence.start), "--end", String(added.evidence.end + 5), "--text", text, "--kind", "control/contested");
  assert.equal(offsets.status, 2);
  assert.equal(log().length, before);
});

test("bad input: one line, exit 2, nothing written", () => {
  const claim = claims()[0];
  const voiceless = claims().find((c) => !c.source);
  const before = log().length;
  for (const args of [
    ["correct", voiceless.id, "--speaker-side", "ukraine"],
    ["accept", "c-nope"],
    ["correct", claim.id, "--figure", "lots"],
    ["correct", claim.id, "--side", "mars"],
    ["correct", claim.id, "--place", "Atlantis"],
    ["correct", claim.id],
    ["reject", claim.id, "--reason", "boring"],
    ["reject", claim.id],
    ["undo", "rev_nope"],
    ["shout", claim.id],
  ]) {
    const r = review(...args);
    assert.equal(r.status, 2, `${args.join(" ")}: ${r.stderr}`);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.match(r.stderr, /^fogline review: /);
  }
  assert.equal(log().length, before);
});

test("re-ingesting the seed articles keeps every review", () => {
  const events = log();
  const reviewed = claims().filter((c) => c.review);
  const r = fogline(["ingest", seeds, "--db", db]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(log(), events);
  assert.deepEqual(claims().filter((c) => c.review), reviewed);
});

test("an edited article stored again keeps its claims' reviews, and flags a decided field the machine now reads differently", () => {
  const share = shareClaim();
  assert.equal(review("reject", share.id, "--reason", "duplicate").status, 0);
  const dated = claims().find((c) => c.doc.startsWith("003_") && c.time?.end === "2025-11-07");
  assert.ok(dated, "a claim whose period ends on its article's date");
  assert.equal(review("accept", dated.id).status, 0);
  // The same folder, with 001 and 003 edited at their end and 003 now dated two days later.
  const edited = path.join(dir, "edited");
  fs.cpSync(seeds, edited, { recursive: true });
  for (const f of fs.readdirSync(edited).filter((f) => /^00[13]_.*\.txt$/.test(f))) fs.appendFileSync(path.join(edited, f), "\n\nEditor's note: this article was updated.\n");
  const manifest = JSON.parse(fs.readFileSync(path.join(edited, "manifest.json"), "utf8"));
  const key = Object.keys(manifest).find((k) => k.startsWith("003_"));
  manifest[key] = { ...manifest[key], published: "2025-11-09" };
  fs.writeFileSync(path.join(edited, "manifest.json"), JSON.stringify(manifest));
  const events = log();
  const r = fogline(["ingest", edited, "--db", db]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr + r.stdout, /2 new articles/);
  assert.deepEqual(log(), events, "storing again writes no review event");
  assert.equal(shareClaim(), undefined, "the rejected claim stays rejected in the new copy too");
  assert.equal(claims("--kind", "area", "--with-rejected").filter((c) => c.id === share.id).length, 2);
  const copies = claims().filter((c) => c.id === dated.id);
  assert.equal(copies.length, 2);
  for (const c of copies) {
    assert.equal(c.review.status, "accepted");
    assert.deepEqual(c.review.machineChanged, ["period"]);
  }
  const undo = review("undo", jsonl(review("log", "--claim", share.id, "--format", "jsonl").stdout).at(-1).id);
  assert.equal(undo.status, 0, undo.stderr);
});

test("export gold: the reviewed claims, which the scorer reads and scores the extractor against", () => {
  const claim = claims("--kind", "casualties")[0];
  assert.equal(review("accept", claim.id).status, 0);
  const out = path.join(dir, "gold.json");
  const docs = path.join(dir, "docs");
  const r = fogline(["export", "gold", "--out", out, "--docs", docs, "--db", db]);
  assert.equal(r.status, 0, r.stderr);
  const gold = JSON.parse(fs.readFileSync(out, "utf8"));
  const required = gold.claims.filter((g) => !g.optional);
  assert.ok(required.some((g) => g.id === claim.id && g.reviewed.status === "accepted"));
  assert.ok(required.some((g) => g.reviewed.status === "added" && g.place === "Pokrovsk"));
  assert.ok(required.some((g) => /General Staff/.test(g.source?.key ?? "")));
  assert.ok(gold.claims.every((g) => fs.readFileSync(path.join(docs, `${g.doc}.txt`), "utf8").includes(g.quotes[0])));
  const pred = path.join(dir, "pred.jsonl");
  fs.writeFileSync(pred, fogline(["extract", seeds]).stdout);
  const scorer = path.join(root, "..", "shared", "eval", "score.mjs");
  if (!fs.existsSync(scorer)) return; // the scorer lives beside the repository, in shared/eval
  const scored = spawnSync(process.execPath, [scorer, "--gold", out, "--docs", docs, "--pred", pred, "--json"], { encoding: "utf8" });
  assert.equal(scored.status, 0, scored.stderr);
  const result = JSON.parse(scored.stdout);
  assert.equal(result.gold_required, required.length);
  assert.ok(result.detection.recall > 0.5);
});
