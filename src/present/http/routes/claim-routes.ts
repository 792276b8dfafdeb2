// GET /api/claims: the claim records of claims.md, filtered as ClaimFilter allows.
import { Hono } from "hono";
import type { AppDeps } from "../app-options.js";
import { claimFilterOf, defined, pageOf } from "../query-params.js";

export function claimRoutes({ store, limits }: AppDeps): Hono {
  const app = new Hono();
  app.get("/claims", async (c) => {
    const filter = defined(claimFilterOf(c));
    const page = pageOf(c, limits.pageSize);
    return c.json({ total: await store.countClaims(filter), ...page, items: await store.claims({ ...filter, ...page }) });
  });
  return app;
}
