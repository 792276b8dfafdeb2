// Writes (every method but GET/HEAD) are refused from other sites, and need the bearer token when one is set.
import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { HttpError } from "./http-error.js";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

const sameToken = (given: string, token: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** A page on another site must not post articles into a local ledger (a browser sends Origin with every POST). */
function assertSameOrigin(origin: string | undefined, host: string | undefined, fetchSite: string | undefined): void {
  if (fetchSite === "cross-site") throw new HttpError(403, "cross-site", "writes from another site are refused");
  if (origin === undefined) return;
  let originHost: string | null = null;
  try { originHost = new URL(origin).host; } catch { /* "null" and garbage are refused below */ }
  if (originHost !== host) throw new HttpError(403, "cross-site", `writes from origin ${origin} are refused`);
}

export function writeGuard(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (READS.has(c.req.method)) return next();
    assertSameOrigin(c.req.header("origin"), c.req.header("host") ?? new URL(c.req.url).host, c.req.header("sec-fetch-site"));
    if (token !== null) {
      const given = /^Bearer\s+(.+)$/i.exec(c.req.header("authorization") ?? "")?.[1]?.trim();
      if (!given || !sameToken(given, token)) {
        c.header("WWW-Authenticate", 'Bearer realm="fogline"');
        throw new HttpError(401, "unauthorized", "this server needs a token for writes", "send Authorization: Bearer <token> (the --token or FOGLINE_TOKEN given to fogline serve)");
      }
    }
    await next();
  };
}
