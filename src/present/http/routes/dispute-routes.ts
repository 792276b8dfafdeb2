// GET /api/disputes: disputed propositions with their positions side by side.
import { Hono } from "hono";
import type { AppDeps } from "../app-options.js";
import { listDisputes } from "../dispute-list.js";

export function disputeRoutes({ store }: AppDeps): Hono {
  const app = new Hono();
  app.get("/disputes", async (c) => {
    const items = await listDisputes(store, c.req.query("place")?.trim() || undefined);
    return c.json({ total: items.length, items });
  });
  return app;
}
