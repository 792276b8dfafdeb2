// The map's API: GET /api/map (every place with coordinates, each with the status, side and title of the
// control proposition that speaks for it, as computed in src/ledger/) and GET /api/map/places/:id (that
// place's control propositions, leading first, with their primary sources) for the side panel.
import { Hono } from "hono";
import type { AppDeps } from "../app-options.js";
import { mapPlaces, placeControls } from "../../../ledger/index.js";
import { placeOfPath, publicPlace } from "../place-query.js";

export function mapRoutes(deps: AppDeps): Hono {
  const { store, places } = deps;
  const app = new Hono();
  app.get("/map", async (c) => {
    const items = mapPlaces(await places.all());
    return c.json({ total: items.length, items });
  });
  app.get("/map/places/:id", async (c) => {
    // The one place lookup (ledger/place-lookup.ts): an id, or a name in any spelling; 409/404 otherwise.
    const place = await placeOfPath(deps, c.req.param("id"));
    const summary = (await places.all()).find((p) => (p.id ?? p.name) === place.key || (p.id !== null && p.id === place.id));
    return c.json({ place: summary ?? publicPlace(place), propositions: await placeControls(store, { id: place.key, name: place.name }) });
  });
  return app;
}
