// The global error handler: every failure becomes a JSON error body; stacks go to stderr, never out.
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { isFoglineError } from "../../claims/index.js";
import { errorBody, HttpError } from "./http-error.js";

type Log = (message: string) => void;

const defaultLog: Log = (message) => process.stderr.write(`${message}\n`);

/** Known errors answer with their code; anything else is logged and answered as a bare 500. */
export function createErrorHandler(log: Log = defaultLog): ErrorHandler {
  return (err: Error, c: Context) => {
    if (err instanceof HttpError) return c.json({ ...errorBody(err.code, err.message, err.hint), ...err.extra }, err.status);
    if (isFoglineError(err)) {
      if (err.code === "search-timeout") c.header("Retry-After", "5");
      return c.json(errorBody(err.code, err.message, err.hint), statusOf(err.code));
    }
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode;
      return c.json(errorBody(status === 413 ? "too-large" : "http-error", err.message || "request refused"), status);
    }
    log(`fogline serve: ${c.req.method} ${new URL(c.req.url).pathname}: ${err.stack ?? err.message}`);
    return c.json(errorBody("internal", "internal error: the server log has the details"), 500);
  };
}

/** A search past its limits is the request's fault (400); one past its time budget the server's load (503). */
const statusOf = (code: string) => (/not-found$/.test(code) ? 404 : code === "bad-search" ? 400 : code === "search-timeout" ? 503 : 422);

export const notFoundHandler: NotFoundHandler = (c) =>
  c.json(errorBody("not-found", `no route ${c.req.method} ${new URL(c.req.url).pathname}`), 404);
