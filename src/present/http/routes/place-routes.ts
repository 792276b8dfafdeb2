// GET /api/places (coordinates, claim counts, latest claimed control) and /api/places/:id/timeline.
import { Hono } from "hono";
import type { AppDeps } from "../app-options.js";
import { notFound } from "../http-error.js";
import { findPlace, placeTimeline } from "../../../ledger/index.js";
import { pageOf } from "../query-params.js";

export function placeRoutes({ store, places, limits }: AppDeps): Hono {
  const app = new Hono();
  app.get("/places", async (c) => {
    const all = [...(await places.all())].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
    const page = c.req.query("limit") === undefined && c.req.query("offset") === undefined ? { limit: all.length, offset: 0 } : pageOf(c, limits.pageSize);
    return c.json({ total: all.length, ...page, items: all.slice(page.offset, page.offset + page.limit) });
  });
  app.get("/places/:id", async (c) => {
    const place = findPlace(await places.all(), c.req.param("id"));
    if (!place) throw notFound("place", c.req.param("id"));
    return c.json(place);
  });
  app.get("/places/:id/timeline", async (c) => {
    const place = findPlace(await places.all(), c.req.param("id"));
    if (!place) throw notFound("place", c.req.param("id"));
    const page = c.req.query("limit") === undefined && c.req.query("offset") === undefined ? {} : pageOf(c, limits.pageSize);
    return c.json(await placeTimeline(store, place, page));
  });
  return app;
}
