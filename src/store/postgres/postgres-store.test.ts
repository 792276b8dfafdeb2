// The LedgerStore contract against a real PostgreSQL server (FOGLINE_TEST_PG), one schema per test.
import { after } from "node:test";
import { runListingFilterContract, runStoreContract } from "../ledger-store.contract.js";
import { runReviewLogContract } from "../review-log.contract.js";
import { runSettlementLogContract } from "../settlement-log.contract.js";
import { dropTestSchemas, freshSchemaUrl, PG_SKIP } from "./pg-test-database.js";
import { openPostgresStore } from "./postgres-store.js";

runStoreContract("postgres", () => openPostgresStore(freshSchemaUrl()), { skip: PG_SKIP });
runListingFilterContract("postgres", () => openPostgresStore(freshSchemaUrl()), { skip: PG_SKIP });
runReviewLogContract("postgres", () => openPostgresStore(freshSchemaUrl()), { skip: PG_SKIP });
runSettlementLogContract("postgres", () => openPostgresStore(freshSchemaUrl()), { skip: PG_SKIP });
after(dropTestSchemas);
