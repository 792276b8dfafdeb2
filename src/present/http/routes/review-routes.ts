// Review (claims/review.ts): POST /api/claims/:id/review {action, field, value, reason, note, reviewer},
// POST /api/documents/:id/claims (a missed claim from its span), POST /api/reviews/:id/undo, and the log:
// GET /api/claims/:id/reviews, GET /api/propositions/:id/history. Writes pass the write guard like any
// POST; a bad input is a 4xx JSON error and nothing is written.
import { Hono, type Context } from "hono";
import { isFoglineError, type ReviewField } from "../../../claims/index.js";
import { createClaimReviewer, reviewField, type Actor, type ClaimReviewer } from "../../../review/index.js";
import type { AppDeps } from "../app-options.js";
import { bodyLimits } from "../body-limits.js";
import { HttpError, notFound } from "../http-error.js";

const NOT_FOUND = new Set(["unknown-claim", "unknown-document", "unknown-review-event"]);

/** A refusal of the reviewer as the API's error: 404 for an unknown id, 409 for a conflict, else 400. */
async function answering<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (!isFoglineError(e) || e.code.startsWith("store-")) throw e;
    const status = NOT_FOUND.has(e.code) ? 404 : e.code === "review-conflict" ? 409 : 400;
    throw new HttpError(status, e.code, e.message, e.hint);
  }
}

export async function body(c: Context): Promise<Record<string, unknown>> {
  const raw = await c.req.text();
  let parsed: unknown;
  try { parsed = raw.trim() ? JSON.parse(raw) : {}; } catch (e) {
    throw new HttpError(400, "bad-json", `malformed JSON: ${(e as Error).message}`, 'send {"action": "accept"}, for example');
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new HttpError(400, "bad-json", "the body must be a JSON object");
  return parsed as Record<string, unknown>;
}

export function actorOf(b: Record<string, unknown>, c: Context): Actor {
  const given = b.reviewer ?? c.req.header("x-fogline-reviewer") ?? "web";
  if (typeof given !== "string" || !given.trim()) throw new HttpError(400, "bad-review", "reviewer must be a name");
  if (b.note !== undefined && b.note !== null && typeof b.note !== "string") throw new HttpError(400, "bad-review", "note must be text");
  return { reviewer: given.trim(), note: (b.note as string | null | undefined) ?? null };
}

/** {field, value} or {fields: {name: value, …}}: the corrections asked, by field name. */
function fieldsOf(b: Record<string, unknown>): Partial<Record<ReviewField, unknown>> {
  const fields: Partial<Record<ReviewField, unknown>> = {};
  if (b.fields !== undefined) {
    if (typeof b.fields !== "object" || b.fields === null || Array.isArray(b.fields)) throw new HttpError(400, "bad-review", "fields must be an object of field: value");
    for (const [k, v] of Object.entries(b.fields)) fields[reviewField(k)] = v;
  }
  if (b.field !== undefined) {
    if (typeof b.field !== "string") throw new HttpError(400, "bad-review-field", "field must be a field name");
    if (!("value" in b)) throw new HttpError(400, "bad-review", `no value for ${b.field}`, 'send {"action": "correct", "field": "side", "value": "ukraine"}');
    fields[reviewField(b.field)] = b.value;
  }
  return fields;
}

const offsetOf = (name: string, v: unknown): number | undefined => {
  if (v === undefined || v === null) return undefined;
  if (!Number.isInteger(v)) throw new HttpError(400, "bad-span", `${name} must be a whole number (a character offset)`);
  return v as number;
};

export function reviewRoutes(deps: AppDeps): Hono {
  const { store, pipeline, limits } = deps;
  let reviewer: ClaimReviewer | undefined;
  const reviewerOf = () => (reviewer ??= createClaimReviewer({
    store, reconcileGroups: (s, keys) => pipeline.reconcileGroups(s, keys), groupKey: (claim) => pipeline.groupKey(claim),
    places: deps.gazetteer(), actors: deps.actors(),
  }));
  const app = new Hono();

  app.post("/claims/:id/review", bodyLimits(limits), async (c) => {
    const b = await body(c);
    const by = actorOf(b, c);
    const id = c.req.param("id");
    const result = await answering(async () => {
      if (b.action === "accept") return reviewerOf().accept(id, by);
      if (b.action === "reject") return reviewerOf().reject(id, b.reason, by);
      if (b.action === "correct") return reviewerOf().correct(id, fieldsOf(b), by);
      throw new HttpError(400, "bad-review-action", `unknown action ${JSON.stringify(b.action ?? null)}`,
        "send action accept, correct or reject (add: POST /api/documents/:id/claims; undo: POST /api/reviews/:id/undo)");
    });
    return c.json(result);
  });

  app.post("/documents/:id/claims", bodyLimits(limits), async (c) => {
    const b = await body(c);
    const by = actorOf(b, c);
    if (b.text !== undefined && typeof b.text !== "string") throw new HttpError(400, "bad-span", "text must be the exact words of the article");
    const result = await answering(() => reviewerOf().add({
      doc: c.req.param("id"), start: offsetOf("start", b.start), end: offsetOf("end", b.end), text: b.text as string | undefined, fields: fieldsOf(b),
    }, by));
    return c.json(result, 201);
  });

  app.post("/reviews/:id/undo", bodyLimits(limits), async (c) => {
    const b = await body(c);
    return c.json(await answering(() => reviewerOf().undo(c.req.param("id"), actorOf(b, c))));
  });

  app.get("/claims/:id/reviews", async (c) => {
    const id = c.req.param("id");
    const found = await store.reviewedClaim(id);
    if (!found) throw notFound("claim", id);
    return c.json({ claim: found.claim, rejected: found.rejected, machine: found.machine, events: await store.reviewEvents({ claim: id }) });
  });

  app.get("/propositions/:id/history", async (c) => {
    const id = c.req.param("id");
    if (!(await store.proposition(id))) throw notFound("proposition", id);
    return c.json({ proposition: id, events: await store.reviewEvents({ proposition: id }) });
  });
  return app;
}
