// The LedgerStore contract, run against SQLite in memory and in a temporary file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after } from "node:test";
import { runListingFilterContract, runStoreContract } from "../ledger-store.contract.js";
import { runReviewLogContract } from "../review-log.contract.js";
import { runSettlementLogContract } from "../settlement-log.contract.js";
import { openSqliteStore } from "./sqlite-store.js";

runStoreContract("sqlite :memory:", () => openSqliteStore(":memory:"));
runListingFilterContract("sqlite :memory:", () => openSqliteStore(":memory:"));
runReviewLogContract("sqlite :memory:", () => openSqliteStore(":memory:"));
runSettlementLogContract("sqlite :memory:", () => openSqliteStore(":memory:"));

const dir = mkdtempSync(join(tmpdir(), "fogline-store-"));
let n = 0;
runStoreContract("sqlite file", () => openSqliteStore(join(dir, `ledger-${++n}.db`)));
runReviewLogContract("sqlite file", () => openSqliteStore(join(dir, `ledger-${++n}.db`)));
runSettlementLogContract("sqlite file", () => openSqliteStore(join(dir, `ledger-${++n}.db`)));
after(() => rmSync(dir, { recursive: true, force: true }));
