// GET /api/sources: primary sources with the propositions they stand behind, paged (total, limit, offset).
import { Hono } from "hono";
import { listSources } from "../../../ledger/index.js";
import type { AppDeps } from "../app-options.js";
import { pageOf } from "../query-params.js";

export function sourceRoutes({ store, limits }: AppDeps): Hono {
  const app = new Hono();
  app.get("/sources", async (c) => c.json(await listSources(store, pageOf(c, limits.pageSize))));
  return app;
}
