// GET /api/claims: the claim records of claims.md, filtered as ClaimFilter allows; with `place` (the
// resolved place, claims 0 when it has none yet) when ?place= or ?place_id= named one.
import { Hono } from "hono";
import type { AppDeps } from "../app-options.js";
import { placeOfQuery, publicPlace } from "../place-query.js";
import { claimFilterOf, defined, pageOf } from "../query-params.js";

export function claimRoutes(deps: AppDeps): Hono {
  const { store, limits } = deps;
  const app = new Hono();
  app.get("/claims", async (c) => {
    const place = await placeOfQuery(c, deps);
    const filter = defined(claimFilterOf(c, place?.key));
    const page = pageOf(c, limits.pageSize);
    return c.json({ ...(place && { place: publicPlace(place) }), total: await store.countClaims(filter), ...page, items: await store.claims({ ...filter, ...page }) });
  });
  return app;
}
