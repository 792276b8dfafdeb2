// POST /api/documents: pasted text (JSON), a URL fetched on this request (JSON), or uploaded files (multipart).
import { Hono, type Context } from "hono";
import type { IngestSummary } from "../../../pipeline-types.js";
import type { AppDeps } from "../app-options.js";
import { bodyLimits } from "../body-limits.js";
import { errorBody, HttpError } from "../http-error.js";
import { checkPublished, parseIngestRequest } from "../ingest-request.js";
import { writeUploadFolder } from "../upload-folder.js";
import { checkFetchableUrl } from "../url-guard.js";

export interface IngestResponse {
  articles: number;
  added: number;
  duplicates: number;
  claims: number;
  documents: { id: string; added: boolean; claims: number }[];
  problems: { origin: string; reason: string }[];
  /** What was stored but deserves a look (a publication date after today). */
  warnings?: string[];
}

const fromSummary = async (s: IngestSummary, claimsOf: (id: string) => Promise<number>): Promise<IngestResponse> => ({
  articles: s.articles, added: s.added, duplicates: s.duplicates, claims: s.claims,
  documents: await Promise.all(s.docIds.map(async (id) => ({ id, added: true, claims: await claimsOf(id) }))),
  problems: s.problems.map((p) => ({ origin: p.origin, reason: p.reason })),
});

const statusOf = (r: IngestResponse) => (r.added > 0 ? 201 : r.articles > 0 ? 200 : 422);

async function jsonBody(c: Context): Promise<unknown> {
  const raw = await c.req.text();
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new HttpError(400, "bad-json", `malformed JSON: ${(e as Error).message}`, 'send {"text": "…"} or {"url": "https://…"}');
  }
}

const field = (v: unknown) => (typeof v === "string" ? v.trim() || null : null);

export function ingestRoutes(deps: AppDeps): Hono {
  const { store, pipeline, limits, allowPrivateAddresses } = deps;
  const claimsOf = async (id: string) => (await store.article(id))?.claimCount ?? 0;
  const app = new Hono();
  app.post("/documents", bodyLimits(limits), async (c) => {
    const type = c.req.header("content-type") ?? "";
    let result: IngestResponse;
    if (/^application\/json\b/i.test(type)) {
      const request = parseIngestRequest(await jsonBody(c));
      if (request.kind === "text") {
        const r = await pipeline.ingestArticle(store, request.article);
        result = { articles: 1, added: r.added ? 1 : 0, duplicates: r.added ? 0 : 1, claims: r.added ? r.claims : 0, documents: [{ id: r.docId, added: r.added, claims: r.claims }], problems: [],
          ...(request.warnings.length ? { warnings: request.warnings } : {}) };
      } else {
        const url = await checkFetchableUrl(request.url, allowPrivateAddresses);
        const summary = await pipeline.ingest(store, [url.href], { allowFetch: true, allowPrivateAddresses });
        result = await fromSummary(summary, claimsOf);
      }
    } else if (/^multipart\/form-data\b/i.test(type)) {
      const form = await c.req.parseBody({ all: true }).catch(() => {
        throw new HttpError(400, "bad-form", "malformed multipart body", "send the files as multipart/form-data in a field named file");
      });
      const files = Object.values(form).flat().filter((v): v is File => typeof v === "object" && v !== null && "arrayBuffer" in v);
      if (!files.length) throw new HttpError(400, "no-files", "the form holds no files", "send .txt or .html files in a field named file");
      if (files.length > limits.files) throw new HttpError(413, "too-many-files", `${files.length} files sent; the limit is ${limits.files} per request`);
      const published = checkPublished(field(form.published));
      const folder = await writeUploadFolder(files, { outlet: field(form.outlet), title: field(form.title), published });
      try {
        result = await fromSummary(await pipeline.ingest(store, folder.paths, { meta: folder.meta, allowFetch: false }), claimsOf);
      } finally {
        await folder.remove();
      }
    } else {
      throw new HttpError(415, "unsupported-type", `content type ${JSON.stringify(type)} is not read here`, "send application/json or multipart/form-data");
    }
    const status = statusOf(result);
    if (result.added > 0) deps.places.invalidate();
    if (status === 422) {
      const reasons = result.problems.map((p) => `${p.origin}: ${p.reason}`).join("; ") || "no article found";
      return c.json({ ...errorBody("unreadable", `nothing could be read (${reasons})`, "check the address or file, or paste the text instead"), ...result }, 422);
    }
    return c.json(result, status);
  });
  return app;
}
