// GET /api/places (coordinates, claim counts, latest claimed control) and /api/places/:id/timeline.
import { Hono } from "hono";
import type { AppDeps } from "../app-options.js";
import { notFound } from "../http-error.js";
import { findPlace } from "../place-summary.js";
import { placeTimeline } from "../place-timeline.js";

export function placeRoutes({ store, places }: AppDeps): Hono {
  const app = new Hono();
  app.get("/places", async (c) => {
    const items = [...(await places.all())].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
    return c.json({ total: items.length, items });
  });
  app.get("/places/:id", async (c) => {
    const place = findPlace(await places.all(), c.req.param("id"));
    if (!place) throw notFound("place", c.req.param("id"));
    return c.json(place);
  });
  app.get("/places/:id/timeline", async (c) => {
    const place = findPlace(await places.all(), c.req.param("id"));
    if (!place) throw notFound("place", c.req.param("id"));
    return c.json(await placeTimeline(store, place));
  });
  return app;
}
