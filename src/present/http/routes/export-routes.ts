// GET /api/export.csv (every claim), /api/export.geojson (places with their propositions) and
// /api/propositions/:id/claimreview (ClaimReview JSON-LD): the export stage's formats over HTTP.
import { Hono } from "hono";
import { claimsToCsv, propositionsToGeoJson, propositionToClaimReview } from "../../export/index.js";
import type { AppDeps } from "../app-options.js";
import { notFound } from "../http-error.js";
import { claimsOfProposition } from "../../../ledger/index.js";

const ALL = 1_000_000_000;

export function exportRoutes({ store }: AppDeps): Hono {
  const app = new Hono();
  const outletOf = async (docs: string[]) => {
    const outlets = await store.outlets([...new Set(docs)]);
    return (doc: string) => outlets.get(doc) ?? null;
  };
  app.get("/export.csv", async (c) => {
    const claims = await store.claims({ limit: ALL });
    return c.body(claimsToCsv(claims, await outletOf(claims.map((x) => x.doc))), 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="fogline-claims.csv"',
    });
  });
  app.get("/export.geojson", async (c) => {
    const collection = propositionsToGeoJson(await store.propositions({ limit: ALL }), await store.places());
    return c.body(JSON.stringify(collection), 200, { "Content-Type": "application/geo+json; charset=utf-8" });
  });
  app.get("/propositions/:id/claimreview", async (c) => {
    const p = await store.proposition(c.req.param("id"));
    if (!p) throw notFound("proposition", c.req.param("id"));
    const claims = await claimsOfProposition(store, p);
    const review = propositionToClaimReview(p, claims, { outletOf: await outletOf(claims.map((x) => x.doc)), baseUrl: `${new URL(c.req.url).origin}/#/propositions/` });
    return c.body(JSON.stringify(review, null, 2), 200, { "Content-Type": "application/ld+json; charset=utf-8" });
  });
  return app;
}
