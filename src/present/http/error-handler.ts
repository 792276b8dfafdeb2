// The global error handler: every failure becomes a JSON error body. The server log gets one line per
// failure, never a stack trace (a client that aborts an upload must not fill the log with frames), with
// control characters escaped so that no request can forge a log line.
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
    const where = `fogline serve: ${c.req.method} ${oneLine(new URL(c.req.url).pathname)}`;
    if (isClientAbort(err)) {
      log(`${where}: the client closed the connection before its request arrived`);
      return c.json(errorBody("aborted", "the request was closed before its body arrived"), 400);
    }
    log(`${where}: ${oneLine(`${err.name}: ${err.message}`)}${thrownAt(err)}`);
    return c.json(errorBody("internal", "internal error: the server log has the details"), 500);
  };
}

/** What Node and undici throw when the client goes away while its body is read. */
const isClientAbort = (err: Error) =>
  err.message === "aborted" || err.name === "AbortError" || (err as { code?: string }).code === "ECONNRESET" || /^(terminated|Request aborted)$/i.test(err.message);

const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`).slice(0, 500);

/** The first frame of the stack, as " (at file:line)": where it broke, without the trace. */
const thrownAt = (err: Error) => {
  const frame = err.stack?.split("\n").find((l) => /^\s+at /.test(l))?.trim().replace(/^at /, "");
  return frame ? ` (at ${oneLine(frame)})` : "";
};

/** A search past its limits is the request's fault (400); one past its time budget the server's load (503). */
const statusOf = (code: string) => (/not-found$/.test(code) ? 404 : code === "bad-search" ? 400 : code === "search-timeout" ? 503 : 422);

export const notFoundHandler: NotFoundHandler = (c) =>
  c.json(errorBody("not-found", `no route ${c.req.method} ${new URL(c.req.url).pathname}`), 404);
