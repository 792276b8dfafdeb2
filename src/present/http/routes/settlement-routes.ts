// Settling propositions (claims/settlement.ts): POST /api/propositions/:id/settle {holds, from, basis, link |
// claim, figure, reviewer, note}, POST /api/settlements/:id/undo, GET /api/propositions/:id/settlement (the
// settlement in force and the log). Writes pass the write guard like any POST; a bad input is a 4xx JSON
// error and nothing is written.
import { Hono } from "hono";
import { isFoglineError } from "../../../claims/index.js";
import { readSettlement } from "../../../ledger/index.js";
import { createPropositionSettler } from "../../../review/index.js";
import type { AppDeps } from "../app-options.js";
import { bodyLimits } from "../body-limits.js";
import { HttpError, notFound } from "../http-error.js";
import { actorOf, body } from "./review-routes.js";

const NOT_FOUND = new Set(["unknown-proposition", "unknown-claim", "unknown-settlement"]);

async function answering<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (!isFoglineError(e) || e.code.startsWith("store-")) throw e;
    const status = NOT_FOUND.has(e.code) ? 404 : e.code === "settlement-conflict" ? 409 : 400;
    throw new HttpError(status, e.code, e.message, e.hint);
  }
}

export function settlementRoutes({ store, limits }: AppDeps): Hono {
  const settler = createPropositionSettler({ store });
  const app = new Hono();

  app.post("/propositions/:id/settle", bodyLimits(limits), async (c) => {
    const b = await body(c);
    const by = actorOf(b, c);
    const event = await answering(() => settler.settle({
      proposition: c.req.param("id"), holds: b.holds, from: b.from, basis: b.basis, link: b.link, claim: b.claim, figure: b.figure,
    }, by));
    return c.json(event, 201);
  });

  app.post("/settlements/:id/undo", bodyLimits(limits), async (c) => {
    const b = await body(c);
    return c.json(await answering(() => settler.undo(c.req.param("id"), actorOf(b, c))), 201);
  });

  app.get("/propositions/:id/settlement", async (c) => {
    const id = c.req.param("id");
    if (!(await store.proposition(id))) throw notFound("proposition", id);
    return c.json(await readSettlement(store, id));
  });
  return app;
}
