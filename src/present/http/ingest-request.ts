// The body of POST /api/documents, checked: pasted text with optional metadata, or a URL to fetch.
import { createHash } from "node:crypto";
import type { Article } from "../../claims/index.js";
import { futureDateWarning, isoDay, isPublished, normaliseText } from "../../read/index.js";
import { HttpError } from "./http-error.js";

export type IngestRequest =
  | { kind: "text"; article: Article; warnings: string[] }
  | { kind: "url"; url: string };

const DOC_ID = /^[\p{L}\p{N}_.-]{1,120}$/u;

const bad = (message: string, hint?: string) => new HttpError(400, "bad-request", message, hint);

function optionalString(body: Record<string, unknown>, name: string, max: number): string | null {
  const v = body[name];
  if (v === undefined || v === null || v === "") return null;
  if (typeof v !== "string") throw bad(`${name} must be a string`);
  if (v.length > max) throw bad(`${name} is longer than ${max} characters`);
  return v.trim() || null;
}


/** A publication date as every input path checks it (read/parse-published.ts): a real date, or a 400. */
export function checkPublished(published: string | null): string | null {
  if (published !== null && !isPublished(published)) throw bad(`published must be a real date as YYYY, YYYY-MM or YYYY-MM-DD; got ${JSON.stringify(published)}`);
  return published;
}

export function parseIngestRequest(raw: unknown, now: Date = new Date()): IngestRequest {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw bad("the body must be a JSON object", 'send {"text": "…"} or {"url": "https://…"}');
  const body = raw as Record<string, unknown>;
  if (typeof body.url === "string" && body.text === undefined) return { kind: "url", url: body.url.trim() };
  if (typeof body.text !== "string" || !body.text.trim()) throw bad("text is missing or empty", 'send {"text": "…"} or {"url": "https://…"}');
  const published = checkPublished(optionalString(body, "published", 10));
  const future = futureDateWarning(published, isoDay(now));
  const id = optionalString(body, "id", 120);
  if (id !== null && !DOC_ID.test(id)) throw bad("id may hold letters, digits, '_', '.' and '-' only");
  const text = normaliseText(body.text);
  return {
    kind: "text",
    article: {
      id: id ?? `doc-${createHash("sha256").update(text).digest("hex").slice(0, 12)}`,
      text,
      title: optionalString(body, "title", 500),
      outlet: optionalString(body, "outlet", 200),
      published,
      origin: "http:text",
    },
    warnings: future ? [future] : [],
  };
}
