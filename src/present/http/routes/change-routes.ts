// GET /api/changes (JSON) and /api/changes.atom (Atom 1.0): what changed in the ledger day by day.
import { Hono } from "hono";
import type { AppDeps } from "../app-options.js";

export function changeRoutes(_deps: AppDeps): Hono {
  return new Hono();
}
