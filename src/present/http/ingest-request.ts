// The body of POST /api/documents, checked: pasted text with optional metadata, or a URL to fetch.
import { createHash } from "node:crypto";
import type { Article } from "../../claims/index.js";
import { normaliseText } from "../../read/index.js";
import { HttpError } from "./http-error.js";

export type IngestRequest =
  | { kind: "text"; article: Article }
  | { kind: "url"; url: string };

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DOC_ID = /^[\p{L}\p{N}_.-]{1,120}$/u;

const bad = (message: string, hint?: string) => new HttpError(400, "bad-request", message, hint);

function optionalString(body: Record<string, unknown>, name: string, max: number): string | null {
  const v = body[name];
  if (v === undefined || v === null || v === "") return null;
  if (typeof v !== "string") throw bad(`${name} must be a string`);
  if (v.length > max) throw bad(`${name} is longer than ${max} characters`);
  return v.trim() || null;
}


export function parseIngestRequest(raw: unknown): IngestRequest {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw bad("the body must be a JSON object", 'send {"text": "…"} or {"url": "https://…"}');
  const body = raw as Record<string, unknown>;
  if (typeof body.url === "string" && body.text === undefined) return { kind: "url", url: body.url.trim() };
  if (typeof body.text !== "string" || !body.text.trim()) throw bad("text is missing or empty", 'send {"text": "…"} or {"url": "https://…"}');
  const published = optionalString(body, "published", 10);
  if (published !== null && !ISO_DATE.test(published)) throw bad("published must be YYYY, YYYY-MM or YYYY-MM-DD");
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
  };
}
