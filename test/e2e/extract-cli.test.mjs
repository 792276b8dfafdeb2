// fogline extract, run as a user would: seeds, formats, bad inputs, encodings, exit statuses.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { fogline, jsonl, seeds } from "./run-cli.mjs";

test("extract prints one claim per line, each evidence a verbatim span of its article", () => {
  const r = fogline(["extract", seeds]);
  assert.equal(r.status, 0, r.stderr);
  const claims = jsonl(r.stdout);
  assert.ok(claims.length >= 30, `only ${claims.length} claims`);
  for (const c of claims) {
    const text = fs.readFileSync(path.join(seeds, `${c.doc}.txt`), "utf8").normalize("NFC").replace(/\r\n?/g, "\n");
    assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
    for (const field of ["kind", "measure", "side", "value", "low", "high", "qualifier", "unit", "place", "place2", "time", "source", "polarity", "hedges"]) {
      assert.ok(field in c, `missing ${field}`);
    }
  }
  const shot = claims.filter((c) => c.source?.name === "SHOT");
  assert.ok(shot.length >= 2 && shot.every((c) => c.source.side === "RU" && c.value === 6500 && c.qualifier === "over"));
});

test("extract --format json and table", () => {
  const json = fogline(["extract", path.join(seeds, "002_b9ed40c8718096b7.txt"), "--format", "json", "--meta", path.join(seeds, "manifest.json")]);
  assert.equal(json.status, 0, json.stderr);
  const claims = JSON.parse(json.stdout);
  assert.ok(Array.isArray(claims) && claims.length > 5);
  const table = fogline(["extract", seeds, "--format", "table"]);
  assert.equal(table.status, 0);
  const lines = table.stdout.trim().split("\n");
  assert.match(lines[0], /^doc\s+kind\/measure\s+side/);
  // Into a pipe no cell is shortened (issue 13): the longest evidence is there whole; a terminal's width is
  // kept by src/present/cli/listing-commands.test.ts.
  const longest = jsonl(fogline(["extract", seeds]).stdout).reduce((a, c) => (c.evidence.text.length > a.length ? c.evidence.text : a), "");
  assert.ok(longest.length > 100 && table.stdout.includes(longest.replace(/\s*[\r\n]+\s*/g, " ")), "rows are whole");
});

test("bad inputs: one line each, the rest still read, exit status 1", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fogline-bad-"));
  fs.writeFileSync(path.join(dir, "empty.txt"), "");
  fs.writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
  fs.writeFileSync(path.join(dir, "notes.pdf"), "%PDF-1.4");
  fs.writeFileSync(path.join(dir, "manifest.json"), "{ not json");
  fs.writeFileSync(path.join(dir, "good.txt"), "Russian forces captured Vuhledar on Tuesday, the Russian Defence Ministry said.\n");
  fs.writeFileSync(path.join(dir, "cyrillic.txt"), iconv.encode("Российские войска заявили. Russian forces captured Vuhledar, TASS reported.\n", "win1251"));
  const r = fogline(["extract", dir, path.join(dir, "missing.txt")]);
  assert.equal(r.status, 1);
  const errors = r.stderr.trim().split("\n");
  for (const [name, reason] of [["empty.txt", /empty/], ["binary.txt", /binary/], ["notes.pdf", /skipped/], ["manifest.json", /manifest|JSON/i], ["missing.txt", /no such file/], ["cyrillic.txt", /windows-1251/]]) {
    assert.ok(errors.some((l) => l.includes(name) && reason.test(l)), `${name}: ${r.stderr}`);
  }
  assert.ok(!/\n\s+at /.test(r.stderr), "no stack trace");
  const docs = new Set(jsonl(r.stdout).map((c) => c.doc));
  assert.deepEqual([...docs].sort(), ["cyrillic", "good"]);
  const decoded = jsonl(r.stdout).find((c) => c.doc === "cyrillic");
  assert.equal(decoded.place.name, "Vuhledar");
});

test("usage errors exit 2 with a one-line reason", () => {
  for (const args of [["extract"], ["extract", seeds, "--format", "xml"], ["extract", seeds, "--bogus"], ["frobnicate"]]) {
    const r = fogline(args);
    assert.equal(r.status, 2, args.join(" "));
    assert.ok(r.stderr.trim().split("\n").length <= 2, r.stderr);
  }
  const help = fogline(["--help"]);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /extract/);
});

test("extract reads each article with the pack of its language, and skips one it has no pack for, saying why", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fogline-lang-"));
  const ru = "Армия России освободила Покровск, сообщило министерство обороны РФ.\n";
  const uk = "Українські війська звільнили Покровськ, повідомив Генштаб ЗСУ.\n";
  fs.writeFileSync(path.join(dir, "ru.txt"), ru);
  fs.writeFileSync(path.join(dir, "uk.txt"), uk);
  fs.writeFileSync(path.join(dir, "de.txt"), "Die russischen Truppen haben nach Angaben des Verteidigungsministeriums in Moskau mehrere Dörfer in der Region Donezk eingenommen, aber die Ukraine bestreitet das und spricht von heftigen Kämpfen in der Nähe der Stadt. Nach Angaben der Behörden wurden viele Menschen aus den Dörfern gebracht, während die Armee ihre Stellungen hält und weitere Angriffe erwartet.\n");
  fs.copyFileSync(path.join(seeds, "002_b9ed40c8718096b7.txt"), path.join(dir, "en.txt"));
  const r = fogline(["extract", dir]);
  assert.equal(r.status, 1, "a skipped article makes the exit status 1");
  assert.match(r.stderr, /de\.txt: skipped: written in an undetermined language, which fogline has no language pack for \(packs: en, ru, uk\)/);
  const claims = jsonl(r.stdout);
  assert.ok(claims.filter((c) => c.doc === "en").length > 5 && claims.filter((c) => c.doc === "en").every((c) => c.lang === "en"));
  for (const [doc, text] of [["ru", ru], ["uk", uk]]) {
    const own = claims.filter((c) => c.doc === doc);
    const control = own.find((c) => c.kind === "control" && c.measure === "controls");
    assert.ok(control, `${doc}: a control claim\n${JSON.stringify(own)}`);
    assert.equal(control.lang, doc);
    assert.ok(text.includes(control.evidence.text), "evidence stays verbatim in the original script");
  }
  const forced = fogline(["extract", path.join(dir, "de.txt"), "--lang", "en"]);
  assert.equal(forced.status, 0, forced.stderr);
  const bad = fogline(["extract", path.join(dir, "ru.txt"), "--lang", "xx"]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--lang xx: no language pack for it \(packs: en, ru, uk\)/);
});
