// GET /api/documents (list, without text) and /api/documents/:id (text and its claims).
// The store counts claims and propositions but not articles, so the list reads one row past the page:
// `total` is exact (total_exact true) when the page reaches the end, else a lower bound (total_exact
// false: "more than offset + limit"), never a silent stop.
import { Hono } from "hono";
import type { AppDeps } from "../app-options.js";
import { summariseDocument } from "../document-summary.js";
import { notFound } from "../http-error.js";
import { pageOf } from "../query-params.js";

export function documentRoutes({ store, limits }: AppDeps): Hono {
  const app = new Hono();
  app.get("/documents", async (c) => {
    const page = pageOf(c, limits.pageSize);
    const rows = await store.articles({ limit: page.limit + 1, offset: page.offset });
    const more = rows.length > page.limit;
    const items = rows.slice(0, page.limit).map(summariseDocument);
    // An empty page past the end says nothing of how many there are (at least 0).
    const ended = !more && (items.length > 0 || page.offset === 0);
    const total = more ? page.offset + items.length + 1 : ended ? page.offset + items.length : 0;
    return c.json({ total, total_exact: ended, ...page, items });
  });
  app.get("/documents/:id", async (c) => {
    const article = await store.article(c.req.param("id"));
    if (!article) throw notFound("document", c.req.param("id"));
    const claims = (await store.claims({ doc: article.id, limit: 1_000_000 })).sort((a, b) => a.evidence.start - b.evidence.start);
    const { contentHash: _hash, ...document } = article;
    return c.json({ document, claims });
  });
  return app;
}
