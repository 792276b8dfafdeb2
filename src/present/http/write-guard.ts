// Writes (every method but GET/HEAD/OPTIONS) are refused from other sites, and need the bearer token when one is set.
// Same origin only: a browser names the page that sent a write in Origin and Sec-Fetch-Site; a client that
// sends neither (curl, scripts) is no page on another site. No CORS headers are ever sent, so no other site
// can read an answer either.
import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { hostOfRequest } from "./host-guard.js";
import { HttpError } from "./http-error.js";
import { isSameOrigin, type Site } from "./site.js";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

const sameToken = (given: string, token: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** A page on another site must not post articles into a local ledger (a browser sends Origin with every POST). */
function assertSameOrigin(site: Site, origin: string | undefined, requestOrigin: string, fetchSite: string | undefined): void {
  if (fetchSite !== undefined && fetchSite !== "same-origin") throw new HttpError(403, "cross-site", `writes from another site are refused (Sec-Fetch-Site: ${fetchSite.slice(0, 40)})`);
  if (origin === undefined) return;
  if (!isSameOrigin(site, origin, requestOrigin)) throw new HttpError(403, "cross-site", `writes from origin ${origin.slice(0, 200)} are refused`);
}

export function writeGuard(token: string | null, site: Site): MiddlewareHandler {
  return async (c, next) => {
    if (READS.has(c.req.method)) return next();
    const url = new URL(c.req.url);
    assertSameOrigin(site, c.req.header("origin"), `${url.protocol}//${hostOfRequest(c.req.header("host"), c.req.url)}`, c.req.header("sec-fetch-site"));
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
