// GET /api/propositions (?place= / ?place_id= as for /api/claims), /api/propositions/:id (ledger.md shape, with claims and outlets).
import { Hono } from "hono";
import type { AppDeps } from "../app-options.js";
import { notFound } from "../http-error.js";
import { wordPropositions } from "../../../ledger/index.js";
import { placeOfQuery, publicPlace } from "../place-query.js";
import { propositionDetail } from "../proposition-detail.js";
import { defined, pageOf, propositionFilterOf } from "../query-params.js";

export function propositionRoutes(deps: AppDeps): Hono {
  const { store, limits } = deps;
  const app = new Hono();
  app.get("/propositions", async (c) => {
    const place = await placeOfQuery(c, deps);
    const filter = defined(propositionFilterOf(c, place?.key));
    const page = pageOf(c, limits.pageSize);
    return c.json({ ...(place && { place: publicPlace(place) }), total: await store.countPropositions(filter), ...page, items: await wordPropositions(store, await store.propositions({ ...filter, ...page })) });
  });
  app.get("/propositions/:id", async (c) => {
    const p = await store.proposition(c.req.param("id"));
    if (!p) throw notFound("proposition", c.req.param("id"));
    return c.json(await propositionDetail(store, p));
  });
  return app;
}
