// GET /api/status (what the client needs to know about this server) and /api/openapi.json.
import { Hono } from "hono";
import type { AppDeps } from "../app-options.js";
import { OPENAPI_DOCUMENT } from "../openapi-document.js";

export function metaRoutes({ store, token }: AppDeps): Hono {
  const app = new Hono();
  app.get("/status", async (c) => c.json({ writeNeedsToken: token !== null, claims: await store.countClaims(), propositions: await store.countPropositions() }));
  app.get("/openapi.json", (c) => c.json(OPENAPI_DOCUMENT));
  return app;
}
