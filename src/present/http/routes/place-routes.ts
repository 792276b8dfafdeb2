// GET /api/places (coordinates, claim counts, latest claimed control), /api/places/:place and
// /api/places/:place/timeline: :place is an id or a name in any spelling (place-query.ts); a known place
// with no claims answers 200 with claims 0, an ambiguous name 409 with its candidates; /api/place-lookup
// gives the lookup's answer itself, always 200.
import { Hono } from "hono";
import type { AppDeps } from "../app-options.js";
import { placeTimeline, summaryOfPlace } from "../../../ledger/index.js";
import { placeLookupOf, placeOfPath } from "../place-query.js";
import { pageOf } from "../query-params.js";

export function placeRoutes(deps: AppDeps): Hono {
  const { store, places, limits } = deps;
  const app = new Hono();
  app.get("/places", async (c) => {
    const all = [...(await places.all())].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
    const page = c.req.query("limit") === undefined && c.req.query("offset") === undefined ? { limit: all.length, offset: 0 } : pageOf(c, limits.pageSize);
    return c.json({ total: all.length, ...page, items: all.slice(page.offset, page.offset + page.limit) });
  });
  app.get("/place-lookup", async (c) => c.json(await placeLookupOf(c, deps)));
  app.get("/places/:id", async (c) => {
    const place = await placeOfPath(deps, c.req.param("id"));
    return c.json(summaryOfPlace(await places.all(), place));
  });
  app.get("/places/:id/timeline", async (c) => {
    const place = summaryOfPlace(await places.all(), await placeOfPath(deps, c.req.param("id")));
    const page = c.req.query("limit") === undefined && c.req.query("offset") === undefined ? {} : pageOf(c, limits.pageSize);
    return c.json(await placeTimeline(store, place, page));
  });
  return app;
}
