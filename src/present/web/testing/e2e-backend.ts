// The ledger behind the browser tests: the real SQLite store and pipeline, in a temporary file.
import { createPipeline } from "../../../pipeline.js";
import type { Pipeline } from "../../../pipeline-types.js";
import { openSqliteStore } from "../../../store/index.js";
import type { LedgerStore } from "../../../store/ledger-store.js";

export { seedsFolder } from "../../http/testing/seeds-folder.js";

export interface Backend {
  store: LedgerStore;
  pipeline: Pipeline;
}

export const openBackend = (dbPath: string): Backend => ({ store: openSqliteStore(dbPath), pipeline: createPipeline() });
