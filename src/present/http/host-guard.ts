// Answers only the Host values the site allows (421 otherwise), the defence against DNS rebinding:
// a browser that was tricked into sending evil.example's requests to 127.0.0.1 still names evil.example.
import type { MiddlewareHandler } from "hono";
import { HttpError } from "./http-error.js";
import { isAllowedHost, type Site } from "./site.js";

export const hostOfRequest = (header: string | undefined, url: string) => header ?? new URL(url).host;

export function hostGuard(site: Site): MiddlewareHandler {
  return async (c, next) => {
    const host = hostOfRequest(c.req.header("host"), c.req.url);
    if (!isAllowedHost(site, host)) {
      throw new HttpError(421, "host-refused", `this server does not answer for host ${JSON.stringify(host.slice(0, 100))}`,
        "open it at 127.0.0.1 or localhost; behind a reverse proxy or on another address, start it with --public-url or --host naming that address");
    }
    c.set("siteUrl" as never, (site.publicUrl ?? site.listenUrl ?? "http://localhost/") as never);
    await next();
  };
}
