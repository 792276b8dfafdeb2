// For looking at the web interface by hand: `node --import tsx src/present/web/testing/serve-fixtures.ts [port]`
// serves the seed articles (real pipeline when built, else the fakes) on 127.0.0.1.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp, startServer } from "../../http/index.js";
import { openBackend, seedsFolder } from "./e2e-backend.js";

const backend = openBackend(join(mkdtempSync(join(tmpdir(), "fogline-dev-")), "ledger.db"));
const seeds = seedsFolder();
if (seeds) await backend.pipeline.ingest(backend.store, [seeds]);
const server = await startServer({ app: createApp(backend), port: Number(process.argv[2] ?? 8080) });
console.log(`fogline ledger at ${server.url}`);
