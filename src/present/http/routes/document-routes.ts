// GET /api/documents (list, without text) and /api/documents/:id (text and its claims).
import { Hono } from "hono";
import type { AppDeps } from "../app-options.js";
import { summariseDocument } from "../document-summary.js";
import { notFound } from "../http-error.js";
import { pageOf } from "../query-params.js";

export function documentRoutes({ store, limits }: AppDeps): Hono {
  const app = new Hono();
  app.get("/documents", async (c) => {
    const page = pageOf(c, limits.pageSize);
    return c.json({ ...page, items: (await store.articles(page)).map(summariseDocument) });
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
