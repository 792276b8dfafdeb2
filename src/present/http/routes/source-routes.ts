// GET /api/sources: primary sources with the propositions they stand behind and their record counts, paged
// (total, limit, offset); GET /api/sources/records: every source's track record with its entries;
// GET /api/sources/:name (?side=RU|UA|independent): one source, its summary and its record.
import { Hono } from "hono";
import type { SourceSide } from "../../../claims/index.js";
import { listSources, readSourceRecords, recordOfSource, sourcesWithRecords } from "../../../ledger/index.js";
import type { AppDeps } from "../app-options.js";
import { HttpError } from "../http-error.js";
import { pageOf } from "../query-params.js";

const SIDES: readonly SourceSide[] = ["RU", "UA", "independent"];

export function sourceRoutes({ store, limits }: AppDeps): Hono {
  const app = new Hono();
  app.get("/sources", async (c) => c.json(await listSources(store, pageOf(c, limits.pageSize))));
  app.get("/sources/records", async (c) => c.json({ items: (await readSourceRecords(store)).filter((r) => r.entries.length > 0) }));
  app.get("/sources/:name", async (c) => {
    const name = c.req.param("name");
    const side = c.req.query("side");
    if (side !== undefined && !SIDES.includes(side as SourceSide)) {
      throw new HttpError(400, "bad-side", `bad side ${JSON.stringify(side)}`, `use one of ${SIDES.join(", ")}`);
    }
    const { sources, records } = await sourcesWithRecords(store);
    const source = sources.find((s) => s.name === name && (side === undefined || s.side === side));
    if (!source) throw new HttpError(404, "not-found", `no source named ${JSON.stringify(name)}`, "see the names at /api/sources");
    return c.json({ source, record: recordOfSource(records, source.name, source.side) });
  });
  return app;
}
