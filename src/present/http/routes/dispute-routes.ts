// GET /api/disputes: disputed propositions with their positions side by side, paged (total, limit, offset).
import { Hono } from "hono";
import { listDisputes } from "../../../ledger/index.js";
import type { AppDeps } from "../app-options.js";
import { placeOfQuery, publicPlace } from "../place-query.js";
import { pageOf } from "../query-params.js";

export function disputeRoutes(deps: AppDeps): Hono {
  const { store, limits } = deps;
  const app = new Hono();
  app.get("/disputes", async (c) => {
    const place = await placeOfQuery(c, deps);
    return c.json({ ...(place && { place: publicPlace(place) }), ...(await listDisputes(store, { place: place?.key, ...pageOf(c, limits.pageSize) })) });
  });
  return app;
}
