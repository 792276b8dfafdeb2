// ?as_of=YYYY-MM-DD (and as_of_basis=published|ingested) on any read route: the request is answered by the
// same routes over the ledger as it stood that day (history/as-of-store.ts). A bad day is a 400; a write
// with as_of is refused, since the past cannot be written.
import type { Context } from "hono";
import { openAsOf, parseAsOf, type AsOf } from "../../history/index.js";
import { createReconciler } from "../../reconcile/index.js";
import type { AppDeps } from "./app-options.js";
import { HttpError } from "./http-error.js";
import { createPlaceSummaries } from "./place-summary.js";

const BASES = ["published", "ingested"] as const;

/** The as-of day a request asks for, or undefined; a malformed one is a 400 naming the form. */
export function asOfOf(c: Context): AsOf | undefined {
  const day = c.req.query("as_of")?.trim();
  const basis = c.req.query("as_of_basis")?.trim();
  if (basis !== undefined && basis !== "" && !(BASES as readonly string[]).includes(basis)) {
    throw new HttpError(400, "bad-query", `as_of_basis must be one of ${BASES.join(", ")}; got ${JSON.stringify(basis)}`);
  }
  if (day === undefined || day === "") {
    if (basis) throw new HttpError(400, "bad-query", "as_of_basis goes with as_of=YYYY-MM-DD");
    return undefined;
  }
  try {
    return parseAsOf(day, basis === "ingested");
  } catch {
    throw new HttpError(400, "bad-query", `as_of must be a calendar day YYYY-MM-DD; got ${JSON.stringify(day)}`, "e.g. as_of=2025-11-30");
  }
}

/** The dependencies every route sees, over the ledger as of that day. */
export function asOfDeps(deps: AppDeps, asOf: AsOf): AppDeps {
  const store = openAsOf(deps.store, { asOf, reconciler: createReconciler(), places: deps.gazetteer() });
  return { ...deps, store, places: createPlaceSummaries(store) };
}

export function refuseAsOfWrite(c: Context): void {
  if (c.req.method !== "GET" && c.req.method !== "HEAD") {
    throw new HttpError(400, "as-of-read-only", "as_of is for reads: the ledger as it stood on a day cannot be written");
  }
}
