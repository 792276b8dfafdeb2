// GET /api/disputes: disputed propositions with their positions side by side, paged (total, limit, offset).
import { Hono } from "hono";
import { listDisputes } from "../../../ledger/index.js";
import type { AppDeps } from "../app-options.js";
import { canonicalPlace } from "../place-name.js";
import { pageOf } from "../query-params.js";

export function disputeRoutes({ store, limits }: AppDeps): Hono {
  const app = new Hono();
  app.get("/disputes", async (c) => {
    const place = canonicalPlace(c.req.query("place")?.trim() || undefined);
    return c.json(await listDisputes(store, { place, ...pageOf(c, limits.pageSize) }));
  });
  return app;
}
