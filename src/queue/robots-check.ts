// Asks each site's robots.txt before a worker fetches from it, once per origin per `ttlMs`. A robots.txt
// that is missing (4xx) or unreadable allows everything; a server error (5xx) disallows for now (RFC 9309
// §2.3.1.4), which the worker retries later.
import { FoglineError } from "../claims/index.js";
import { fetchGuarded, type FetchLimits } from "../read/index.js";
import { isAllowedByRobots, parseRobotsTxt, type RobotsRule } from "./robots-txt.js";

export const ROBOTS_AGENT = "fogline";

export interface RobotsCheck {
  /** Throws a FoglineError (robots-disallowed, robots-unavailable) when `url` may not be fetched. */
  check(url: string): Promise<void>;
}

export function createRobotsCheck(limits: FetchLimits = {}, ttlMs = 60 * 60 * 1000, now: () => number = Date.now): RobotsCheck {
  // The promise is cached, so that jobs in flight at once for one site ask its robots.txt once.
  const cache = new Map<string, { rules: Promise<RobotsRule[] | "unavailable">; until: number }>();

  async function fetchRules(origin: string): Promise<RobotsRule[] | "unavailable"> {
    try {
      const fetched = await fetchGuarded(`${origin}/robots.txt`, { ...limits, maxBytes: 512 * 1024 });
      return parseRobotsTxt(fetched.body.toString("utf8"), ROBOTS_AGENT);
    } catch (e) {
      const unavailable = e instanceof FoglineError && e.code === "http-status" && /^HTTP 5/.test(e.message);
      if (unavailable) cache.set(origin, { rules: Promise.resolve("unavailable"), until: now() + Math.min(ttlMs, 60_000) });
      return unavailable ? "unavailable" : [];
    }
  }

  function rulesFor(origin: string): Promise<RobotsRule[] | "unavailable"> {
    const known = cache.get(origin);
    if (known && known.until > now()) return known.rules;
    const rules = fetchRules(origin);
    cache.set(origin, { rules, until: now() + ttlMs });
    return rules;
  }

  return {
    async check(url) {
      const u = new URL(url);
      const rules = await rulesFor(u.origin);
      if (rules === "unavailable") throw new FoglineError("robots-unavailable", `${u.origin}/robots.txt answered a server error`, "retried later");
      if (!isAllowedByRobots(rules, u.pathname + u.search)) {
        throw new FoglineError("robots-disallowed", `refused by ${u.origin}/robots.txt (user agent ${ROBOTS_AGENT})`);
      }
    },
  };
}
