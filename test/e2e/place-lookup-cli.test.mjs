// Issue 13's place lookup as a user meets it on the seed ledger: former names, Cyrillic case forms and
// letter case find Pokrovsk in every listing command; "Donetsk" lists its places and --place-id picks
// one; a known place without claims says so in one line; a typo gets close names.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fogline, jsonl, seeds } from "./run-cli.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fogline-places-"));
const db = path.join(dir, "ledger.db");
const ids = (r) => jsonl(r.stdout).map((c) => c.id).sort();

before(() => {
  const r = fogline(["ingest", seeds, "--db", db]);
  assert.equal(r.status, 0, r.stderr);
});

test("every spelling of Pokrovsk gives the same claims, disputes and timeline", () => {
  const pokrovsk = fogline(["claims", "--db", db, "--place", "Pokrovsk", "--format", "jsonl"]);
  assert.ok(ids(pokrovsk).length > 10);
  for (const typed of ["Krasnoarmeysk", "krasnoarmeysk", "Покровська", "Покровске", "POKROVSK", "704422"]) {
    const r = fogline(["claims", "--db", db, "--place", typed, "--format", "jsonl"]);
    assert.equal(r.status, 0, `${typed}: ${r.stderr}`);
    assert.deepEqual(ids(r), ids(pokrovsk), typed);
    assert.equal(fogline(["disputes", "--db", db, "--place", typed, "--format", "json"]).stdout,
      fogline(["disputes", "--db", db, "--place", "Pokrovsk", "--format", "json"]).stdout, typed);
  }
  const timeline = fogline(["timeline", "Krasnoarmeysk", "--db", db, "--format", "json"]);
  assert.equal(timeline.stdout, fogline(["timeline", "Pokrovsk", "--db", db, "--format", "json"]).stdout);
  assert.ok(JSON.parse(timeline.stdout).total > 0);
  const toretsk = jsonl(fogline(["claims", "--db", db, "--place", "Dzerzhinsk", "--format", "jsonl"]).stdout);
  assert.deepEqual([...new Set(toretsk.map((c) => c.place.name))], ["Toretsk"]);
});

test("an ambiguous name lists its places with region and country; --place-id picks one", () => {
  const r = fogline(["claims", "--db", db, "--place", "Donetsk"]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, "");
  assert.equal(r.stderr.trim(), 'fogline claims: "Donetsk" names 3 places (pick one with --place-id: 709717 Donetsk (Donetsk Oblast); ADM1:UA.05 Donetsk Oblast, 6 claims; 565348 Donetsk (Rostov Oblast, RU))');
  const oblast = jsonl(fogline(["claims", "--db", db, "--place-id", "ADM1:UA.05", "--format", "jsonl"]).stdout);
  assert.equal(oblast.length, 6);
  assert.ok(oblast.every((c) => c.place.name === "Donetsk Oblast"));
  const town = fogline(["timeline", "--place-id", "565348", "--db", db]);
  assert.deepEqual([town.status, town.stdout], [0, "no claims about Donetsk (Rostov Oblast, RU) yet\n"]);
});

test("a known place without claims says so in one line; an unknown name suggests close ones", () => {
  for (const args of [["claims", "--place", "Myrnohrad"], ["disputes", "--place", "Dimitrov"], ["timeline", "Myrnohrad"]]) {
    const r = fogline([...args, "--db", db]);
    assert.deepEqual([r.status, r.stdout, r.stderr], [0, "no claims about Myrnohrad (Donetsk Oblast) yet\n", ""], args.join(" "));
  }
  const json = fogline(["claims", "--place", "Myrnohrad", "--db", db, "--format", "json"]);
  assert.deepEqual(JSON.parse(json.stdout).items, []);
  assert.equal(json.stderr, "no claims about Myrnohrad (Donetsk Oblast) yet\n");
  const typo = fogline(["disputes", "--place", "Pokrovks", "--db", db]);
  assert.equal(typo.status, 1);
  assert.equal(typo.stderr.trim(), 'fogline disputes: unknown place "Pokrovks" (did you mean Pokrovsk?)');
});
