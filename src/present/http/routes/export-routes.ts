// The exports over HTTP, each read from src/ledger/ and laid out by present/export/:
// GET /api/export.csv[?bom=1] (every claim, ACLED-style columns), /api/export.geojson (places with their
// leading status and date), /api/export.claims.geojson (one point per claim), /api/export.claimreview.jsonld
// (every proposition) and /api/propositions/:id/claimreview (one), as schema.org ClaimReview.
import { Hono } from "hono";
import { claimRecordsToCsv, claimRecordsToGeoJson, placesToGeoJson, reviewsToJsonLd, reviewToClaimReview } from "../../export/index.js";
import type { AppDeps } from "../app-options.js";
import { HttpError, notFound } from "../http-error.js";
import { mapPlaces, readClaimRecords, readReview, readReviews } from "../../../ledger/index.js";
import { publicUrlOf } from "../public-url.js";

const GEOJSON = { "Content-Type": "application/geo+json; charset=utf-8" };
const JSONLD = { "Content-Type": "application/ld+json; charset=utf-8" };

function bomOf(value: string | undefined): boolean {
  if (value === undefined || value === "0" || value === "false") return false;
  if (value === "" || value === "1" || value === "true") return true;
  throw new HttpError(400, "bad-query", `bom must be 1 or 0; got ${JSON.stringify(value)}`);
}

export function exportRoutes({ store, places, publicUrl }: AppDeps): Hono {
  const app = new Hono();
  app.get("/export.csv", async (c) => {
    const bom = bomOf(c.req.query("bom"));
    return c.body(claimRecordsToCsv(await readClaimRecords(store), { bom }), 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="fogline-claims.csv"',
    });
  });
  app.get("/export.geojson", async (c) => c.body(JSON.stringify(placesToGeoJson(mapPlaces(await places.all()))), 200, GEOJSON));
  app.get("/export.claims.geojson", async (c) => {
    const { collection } = claimRecordsToGeoJson(await readClaimRecords(store));
    return c.body(JSON.stringify(collection), 200, GEOJSON);
  });
  app.get("/export.claimreview.jsonld", async (c) => {
    const graph = reviewsToJsonLd(await readReviews(store), { publicUrl: publicUrlOf(c, publicUrl) });
    return c.body(JSON.stringify(graph), 200, JSONLD);
  });
  app.get("/propositions/:id/claimreview", async (c) => {
    const p = await store.proposition(c.req.param("id"));
    if (!p) throw notFound("proposition", c.req.param("id"));
    const review = reviewToClaimReview(await readReview(store, p), { publicUrl: publicUrlOf(c, publicUrl) });
    return c.body(JSON.stringify(review, null, 2), 200, JSONLD);
  });
  return app;
}
