// The pack registry: every language is a folder under lang/ with the same Lexicon shape; nothing outside
// lang/ imports a pack's folder (so adding a language touches no English file), and every row of every
// pack compiles in its pack's script.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PACKS } from "./index.js";
import { re } from "../compile.js";
import type { Lexicon } from "../lexicon.js";

const here = path.dirname(fileURLToPath(import.meta.url));
// Tests run from dist/; the sources sit beside it in src/.
const src = path.resolve(here, "../../../src");

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (/\.ts$/.test(entry.name)) yield full;
  }
}

test("packs: the registry holds en, ru and uk, each under its own code", () => {
  assert.deepEqual(Object.keys(PACKS).sort(), ["en", "ru", "uk"]);
  for (const [code, pack] of Object.entries(PACKS)) {
    const made = pack();
    assert.equal(made.lexicon.code, code);
    assert.ok(made.recognisers.length > 0 && made.refiners.length > 0, code);
  }
});

test("packs: no file outside lang/ imports a language's folder, and no pack imports another", () => {
  const langDir = path.join(src, "extract", "lang");
  const offenders: string[] = [];
  for (const file of files(src)) {
    const text = fs.readFileSync(file, "utf8");
    const imports = [...text.matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1]);
    for (const spec of imports) {
      const target = path.resolve(path.dirname(file), spec);
      const pack = path.relative(langDir, target).split(path.sep)[0];
      if (target.startsWith(langDir + path.sep) && /^[a-z]{2}$/.test(pack)) {
        const own = path.relative(langDir, file).split(path.sep)[0];
        const inLang = file.startsWith(langDir + path.sep);
        // lang/index.ts (the registry) may import every pack; a pack only its own folder.
        if (!inLang || (own !== pack && own !== "index.ts" && !own.endsWith(".test.ts"))) offenders.push(`${path.relative(src, file)} imports ${spec}`);
      }
    }
  }
  assert.deepEqual(offenders, []);
});

const sources = (lex: Lexicon): string[] => {
  const out: string[] = [];
  for (const value of Object.values(lex)) {
    if (typeof value === "string" && value !== lex.code && value !== lex.script) out.push(value);
    else if (Array.isArray(value)) for (const row of value) for (const v of Object.values(row)) if (typeof v === "string") out.push(v);
    else if (value && typeof value === "object") for (const v of Object.values(value)) if (typeof v === "string") out.push(v);
  }
  return out;
};

test("packs: every row of every pack compiles in its script", () => {
  for (const pack of Object.values(PACKS)) {
    const lex = pack().lexicon;
    for (const source of sources(lex)) assert.doesNotThrow(() => re(lex, `(?:${source})`), `${lex.code}: ${source.slice(0, 80)}`);
  }
});

test("packs: a Cyrillic pack's word boundaries hold on Cyrillic text, where \\b sees none", () => {
  const lex = PACKS.ru().lexicon;
  const r = re(lex, "\\b(?:взяли)\\b");
  assert.ok(r.test("войска взяли город"));
  assert.ok(!r.test("войска взялись за дело"), "no match inside a longer word");
  assert.ok(!/\bвзяли\b/.test("войска взяли город"), "(the reason: \\b does not see Cyrillic letters)");
});

test("packs: no trigger row matches the empty string (an empty alternative would hide the rows after it)", () => {
  for (const pack of Object.values(PACKS)) {
    const lex = pack().lexicon;
    for (const row of [...lex.CONTROL_TRIGGERS, ...lex.EVENT_TRIGGERS, ...lex.ENCIRCLEMENT_TRIGGERS, ...lex.CAPTIVE_TRIGGERS, ...lex.HEDGES]) {
      assert.ok(!re(lex, `^(?:${row.pattern})$`).test(""), `${lex.code} ${row.reason}`);
    }
  }
});
