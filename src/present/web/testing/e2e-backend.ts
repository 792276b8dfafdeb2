// The ledger behind the browser tests: the real SQLite store and pipeline when they are built,
// else the in-memory fakes of present/http/testing (and then the fixture articles are added too,
// so that the fake extractor has a disputed capture of Pokrovsk to show).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Pipeline } from "../../../pipeline-types.js";
import type { LedgerStore } from "../../../store/ledger-store.js";
import { createFakePipeline } from "../../http/testing/fake-pipeline.js";
import { createFakeStore } from "../../http/testing/fake-store.js";
import { seedFixtures } from "../../http/testing/fixtures.js";

export interface Backend {
  store: LedgerStore;
  pipeline: Pipeline;
  /** "real" when store/ and pipeline.ts were loaded. */
  kind: "real" | "fake";
}

/** The seed articles: the repository's own copy when it has one, else the shared corpus beside it. */
export function seedsFolder(): string | null {
  for (const rel of ["../../../../examples/seeds/", "../../../../../shared/corpus/seeds/"]) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return path;
  }
  return null;
}

// Specifiers in variables: these modules may not exist yet, and tsc must not require them.
const STORE_MODULE = "../../../store/index.js";
const PIPELINE_MODULE = "../../../pipeline.js";

export async function openBackend(dbPath: string): Promise<Backend> {
  try {
    const { openSqliteStore } = await import(STORE_MODULE);
    const { createPipeline } = await import(PIPELINE_MODULE);
    return { store: openSqliteStore(dbPath), pipeline: createPipeline(), kind: "real" };
  } catch (e) {
    if (process.env.FOGLINE_E2E_REAL === "1") throw e;
    const store = createFakeStore();
    const pipeline = createFakePipeline();
    seedFixtures(store, pipeline);
    return { store, pipeline, kind: "fake" };
  }
}
