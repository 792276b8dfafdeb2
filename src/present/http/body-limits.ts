// Request body limits: JSON bodies and multipart uploads each have their own, answered with a 413 JSON body.
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

/** The upload limit for multipart bodies, the JSON limit for everything else. */
export function bodyLimits(limits: AppLimits): MiddlewareHandler {
  const upload = limitOf(limits.uploadBytes, "the upload");
  const json = limitOf(limits.jsonBytes, "the request body");
  return (c, next) => (/^multipart\/form-data/i.test(c.req.header("content-type") ?? "") ? upload(c, next) : json(c, next));
}
