// The map's API: GET /api/map (every place with coordinates, each with the status, side and title of the
// control proposition that speaks for it, as computed in src/ledger/) and GET /api/map/places/:id (that
// place's control propositions, leading first, with their primary sources) for the side panel.
import { Hono } from "hono";
import type { AppDeps } from "../app-options.js";
import { notFound } from "../http-error.js";
import { findPlace, mapPlaces, placeControls } from "../../../ledger/index.js";

export function mapRoutes({ store, places }: AppDeps): Hono {
  const app = new Hono();
  app.get("/map", async (c) => {
    const items = mapPlaces(await places.all());
    return c.json({ total: items.length, items });
  });
  app.get("/map/places/:id", async (c) => {
    const place = findPlace(await places.all(), c.req.param("id"));
    if (!place) throw notFound("place", c.req.param("id"));
    return c.json({ place, propositions: await placeControls(store, place) });
  });
  return app;
}
