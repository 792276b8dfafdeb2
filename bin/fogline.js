#!/usr/bin/env node
// Entry point: runs the compiled CLI. `npm install` / `npm ci` compile it (the `prepare` script).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = new URL("../dist/present/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  console.error("fogline: not built yet: run `npm install` (or `npm run build`) in the fogline folder first");
  process.exit(2);
}
// A reader that stops early (`fogline extract … | head`) is not an error.
process.stdout.on("error", (e) => { if (e.code === "EPIPE") process.exit(process.exitCode ?? 0); throw e; });
const { run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
