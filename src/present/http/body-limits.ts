// Request body limits: JSON bodies and multipart uploads each have their own, answered with a 413 JSON body.
// declaredSizeGuard answers from Content-Length alone, on every route, before a byte of the body is read.
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppLimits } from "./app-options.js";
import { errorBody } from "./http-error.js";

const mib = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;

const limitOf = (maxSize: number, what: string): MiddlewareHandler =>
  bodyLimit({
    maxSize,
    onError: (c) => c.json(errorBody("too-large", `${what} is larger than the limit of ${mib(maxSize)}`, "split it into smaller requests"), 413),
  });

const isMultipart = (type: string | undefined) => /^multipart\/form-data/i.test(type ?? "");

/** 413 for any request whose Content-Length is past its limit, on every route, with the body left unread. */
export function declaredSizeGuard(limits: AppLimits): MiddlewareHandler {
  return async (c, next) => {
    const declared = c.req.header("content-length");
    if (declared !== undefined) {
      const max = isMultipart(c.req.header("content-type")) ? limits.uploadBytes : limits.jsonBytes;
      const size = Number(declared);
      if (!/^\d+$/.test(declared.trim()) || size > max) {
        const what = isMultipart(c.req.header("content-type")) ? "the upload" : "the request body";
        c.header("Connection", "close");
        return c.json(errorBody("too-large", `${what} (Content-Length ${declared.slice(0, 20)}) is larger than the limit of ${mib(max)}`, "split it into smaller requests"), 413);
      }
    }
    await next();
  };
}

/** The upload limit for multipart bodies, the JSON limit for everything else. */
export function bodyLimits(limits: AppLimits): MiddlewareHandler {
  const upload = limitOf(limits.uploadBytes, "the upload");
  const json = limitOf(limits.jsonBytes, "the request body");
  return (c, next) => (isMultipart(c.req.header("content-type")) ? upload(c, next) : json(c, next));
}
