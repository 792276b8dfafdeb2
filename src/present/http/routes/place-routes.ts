// GET /api/places (coordinates, claim counts, latest claimed control) and /api/places/:id/timeline.
import { Hono } from "hono";
import type { AppDeps } from "../app-options.js";
import { notFound } from "../http-error.js";
import { findPlace, summarisePlaces } from "../place-summary.js";
import { placeTimeline } from "../place-timeline.js";

export function placeRoutes({ store }: AppDeps): Hono {
  const app = new Hono();
  app.get("/places", (c) => {
    const items = summarisePlaces(store).sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
    return c.json({ total: items.length, items });
  });
  app.get("/places/:id", (c) => {
    const place = findPlace(store, c.req.param("id"));
    if (!place) throw notFound("place", c.req.param("id"));
    return c.json(place);
  });
  app.get("/places/:id/timeline", (c) => {
    const place = findPlace(store, c.req.param("id"));
    if (!place) throw notFound("place", c.req.param("id"));
    return c.json(placeTimeline(store, place));
  });
  return app;
}
