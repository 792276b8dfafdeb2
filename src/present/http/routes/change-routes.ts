// GET /api/changes?since=YYYY-MM-DD[&place=|&place_id=] (JSON) and /api/changes.atom (the same as an Atom
// 1.0 feed, for a feed reader): what changed in the ledger from that day on (history/ledger-changes.ts).
import { Hono, type Context } from "hono";
import { listChanges, parseAsOf } from "../../../history/index.js";
import { placeLabel } from "../../../ledger/index.js";
import { createReconciler } from "../../../reconcile/index.js";
import { changesToAtom } from "../../export/index.js";
import type { AppDeps } from "../app-options.js";
import { HttpError } from "../http-error.js";
import { placeOfQuery, publicPlace } from "../place-query.js";
import { publicUrlOf } from "../public-url.js";
import { pageOf } from "../query-params.js";

function sinceOf(c: Context): string {
  const since = c.req.query("since")?.trim();
  if (!since) throw new HttpError(400, "bad-query", "give since=YYYY-MM-DD: the first day whose changes are listed");
  try {
    return parseAsOf(since).day;
  } catch {
    throw new HttpError(400, "bad-query", `since must be a calendar day YYYY-MM-DD; got ${JSON.stringify(since)}`);
  }
}

export function changeRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const read = async (c: Context) => {
    const since = sinceOf(c);
    const place = await placeOfQuery(c, deps);
    const changes = await listChanges(deps.store, { since, place: place?.key, reconciler: createReconciler(), places: deps.gazetteer() });
    return { since, place, changes };
  };
  app.get("/changes", async (c) => {
    const { since, place, changes } = await read(c);
    const page = pageOf(c, deps.limits.pageSize);
    return c.json({ since, ...(place && { place: publicPlace(place) }), total: changes.length, ...page, items: changes.slice(page.offset, page.offset + page.limit) });
  });
  app.get("/changes.atom", async (c) => {
    const { since, place, changes } = await read(c);
    const base = publicUrlOf(c, deps.publicUrl);
    const site = base.endsWith("/") ? base : `${base}/`;
    const self = new URL(c.req.url);
    const feed = changesToAtom(changes, { publicUrl: site, selfUrl: `${site}api/changes.atom${self.search}`, since, placeName: place ? placeLabel(place) : undefined });
    return c.body(feed, 200, { "Content-Type": "application/atom+xml; charset=utf-8" });
  });
  return app;
}
