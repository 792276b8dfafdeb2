// The fake store keeps the same promises as the real adapters: the one contract suite runs against it.
import { runListingFilterContract, runStoreContract } from "../../../store/ledger-store.contract.js";
import { runReviewLogContract } from "../../../store/review-log.contract.js";
import { runSettlementLogContract } from "../../../store/settlement-log.contract.js";
import { createFakeStore } from "./fake-store.js";

runStoreContract("fake (HTTP and browser tests)", () => createFakeStore());
runListingFilterContract("fake (HTTP and browser tests)", () => createFakeStore());
runReviewLogContract("fake (HTTP and browser tests)", () => createFakeStore());
runSettlementLogContract("fake (HTTP and browser tests)", () => createFakeStore());
