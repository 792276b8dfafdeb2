// claims, disputes and timeline on the seed ledger, in-process: each listing option narrows the rows the
// unfiltered listing gives exactly as its meaning says, and tables are shortened only to fit a terminal.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Claim, Proposition } from "../../claims/index.js";
import { createPipeline } from "../../pipeline.js";
import { openSqliteStore } from "../../store/index.js";
import { seedsFolder } from "../http/testing/seeds-folder.js";
import { run } from "./main.js";

const seeds = seedsFolder();

async function cli(args: string[], columns?: number): Promise<{ out: string; err: string }> {
  let out = "", err = "";
  const code = await run(args, { out: (t) => { out += t; }, err: (t) => { err += t; }, columns, progress: false, env: {} });
  assert.equal(code, 0, `fogline ${args.join(" ")}: ${err}`);
  return { out, err };
}
const lines = (text: string) => text.split("\n").filter(Boolean);
const jsonl = <T>(text: string): T[] => lines(text).map((l) => JSON.parse(l) as T);
const widest = (text: string) => Math.max(...lines(text).map((l) => [...l].length));

describe("listing commands on the seed ledger", { skip: seeds === null && "seed articles not found" }, () => {
  const dir = mkdtempSync(join(tmpdir(), "fogline-listing-"));
  const db = join(dir, "ledger.db");
  let claims: Claim[] = [];
  let outlets = new Map<string, string | null>();
  let propositions: Proposition[] = [];

  before(async () => {
    const store = openSqliteStore(db);
    await createPipeline().ingest(store, [seeds!]);
    claims = await store.claims();
    outlets = await store.outlets([...new Set(claims.map((c) => c.doc))]);
    propositions = await store.propositions();
    await store.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const listings = [["claims"], ["disputes"], ["timeline", "Pokrovsk"]];

  it("fits each table to a terminal's width, and keeps every cell whole with --wide or into a pipe", async () => {
    const longest = claims.reduce((a, c) => (c.evidence.text.length > a.length ? c.evidence.text : a), "");
    for (const args of listings) {
      const terminal = (await cli([...args, "--db", db], 100)).out;
      const wide = (await cli([...args, "--db", db, "--wide"], 100)).out;
      const piped = (await cli([...args, "--db", db])).out;
      assert.ok(widest(terminal) <= 100, `${args[0]}: ${widest(terminal)} columns`);
      assert.ok(widest(wide) > 100, args[0]);
      assert.equal(piped, wide, args[0]);
      if (args[0] === "claims") assert.ok(piped.includes(longest.replace(/\s*[\r\n]+\s*/g, " ")));
    }
  });

  it("extract --format table fits a terminal too, and --wide keeps its cells whole", async () => {
    const terminal = (await cli(["extract", seeds!, "--format", "table"], 100)).out;
    const wide = (await cli(["extract", seeds!, "--format", "table", "--wide"], 100)).out;
    assert.ok(widest(terminal) <= 100 && widest(wide) > 100);
    assert.equal(wide, (await cli(["extract", seeds!, "--format", "table"])).out);
  });

  it("claims --speaker-side, --outlet, --status keep exactly the claims they name, in the same order", async () => {
    const ids = async (...args: string[]) => jsonl<Claim>((await cli(["claims", "--db", db, "--format", "jsonl", ...args])).out).map((c) => c.id);
    const expect = (keep: (c: Claim) => boolean) => claims.filter(keep).map((c) => c.id);
    const bySide = expect((c) => c.source?.side === "UA");
    assert.ok(bySide.length > 0 && bySide.length < claims.length);
    assert.deepEqual(await ids("--speaker-side", "ua"), bySide);
    const byOutlet = expect((c) => /moscow times/i.test(outlets.get(c.doc) ?? ""));
    assert.ok(byOutlet.length > 0 && byOutlet.length < claims.length);
    assert.deepEqual(await ids("--outlet", "Moscow TIMES"), byOutlet);
    const disputed = new Set(propositions.filter((p) => p.status === "disputed").flatMap((p) => p.claims));
    assert.ok(disputed.size > 0);
    assert.deepEqual(await ids("--status", "disputed"), expect((c) => disputed.has(c.id)));
    assert.deepEqual(await ids("--status", "disputed", "--speaker-side", "UA"), expect((c) => disputed.has(c.id) && c.source?.side === "UA"));
  });

  it("claims pages with --limit and --offset, and says on stderr how many there are", async () => {
    const page = await cli(["claims", "--db", db, "--format", "jsonl", "--limit", "5", "--offset", "3"]);
    assert.deepEqual(jsonl<Claim>(page.out).map((c) => c.id), claims.slice(3, 8).map((c) => c.id));
    assert.match(page.err, new RegExp(`showing 4–8 of ${claims.length} claims; use --limit/--offset`));
    const json = JSON.parse((await cli(["claims", "--db", db, "--format", "json", "--limit", "2"])).out);
    assert.deepEqual([json.total, json.limit, json.offset, json.items.length], [claims.length, 2, 0, 2]);
    assert.equal((await cli(["claims", "--db", db, "--format", "jsonl"])).err, "");
  });

  it("disputes --speaker-side and --outlet keep the disputes with such a primary source", async () => {
    const disputed = propositions.filter((p) => p.status === "disputed");
    const ids = async (...args: string[]) =>
      JSON.parse((await cli(["disputes", "--db", db, "--format", "json", ...args])).out).items.map((d: { proposition: Proposition }) => d.proposition.id);
    const expect = (keep: (p: Proposition) => boolean) => disputed.filter(keep).map((p) => p.id);
    const independent = expect((p) => p.primary_sources.some((s) => s.side === "independent"));
    assert.ok(independent.length > 0 && independent.length < disputed.length, JSON.stringify(independent));
    assert.deepEqual(await ids("--speaker-side", "independent"), independent);
    assert.deepEqual(await ids("--outlet", "moscow"), expect((p) => p.primary_sources.some((s) => s.reported_by.some((o) => /moscow/i.test(o)))));
    const first = await cli(["disputes", "--db", db, "--limit", "1"]);
    assert.match(first.err, new RegExp(`showing 1 of ${disputed.length} disputes`));
  });

  it("timeline --speaker-side and --status keep the entries they name, in the timeline's order", async () => {
    const entries = async (...args: string[]) =>
      jsonl<{ claim: Claim }>((await cli(["timeline", "Pokrovsk", "--db", db, "--format", "jsonl", ...args])).out).map((e) => e.claim);
    const all = await entries();
    const ua = all.filter((c) => c.source?.side === "UA").map((c) => c.id);
    assert.ok(ua.length > 0 && ua.length < all.length);
    assert.deepEqual((await entries("--speaker-side", "UA")).map((c) => c.id), ua);
    const disputed = new Set(propositions.filter((p) => p.status === "disputed").flatMap((p) => p.claims));
    assert.deepEqual((await entries("--status", "disputed")).map((c) => c.id), all.filter((c) => disputed.has(c.id)).map((c) => c.id));
    assert.deepEqual((await entries("--offset", "2", "--limit", "3")).map((c) => c.id), all.slice(2, 5).map((c) => c.id));
  });
});
