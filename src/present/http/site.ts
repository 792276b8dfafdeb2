// Where this server is reached: the Host values it answers (loopback, the address it listens on, the
// public URL's host) and the address its exported links point at. Request headers never widen either:
// a page on evil.example that rebinds its name to 127.0.0.1 still sends `Host: evil.example`.
import { networkInterfaces } from "node:os";

export interface Site {
  /** The configured public URL (--public-url), or null. */
  readonly publicUrl: string | null;
  /** Host names and addresses answered besides loopback, lower case, without port or brackets. */
  readonly hosts: Set<string>;
  /** The address startServer bound, for links when no public URL is configured. */
  listenUrl: string | null;
}

const WILDCARD = new Set(["0.0.0.0", "::", "[::]"]);

export const hostnameOf = (host: string) => host.trim().toLowerCase().replace(/^\[([^\]]*)\](?::\d*)?$/, "$1").replace(/^([^:]*):\d*$/, "$1").replace(/\.$/, "");

/** A loopback name or address: localhost, 127.0.0.0/8, ::1 and its IPv4-mapped form. */
export const isLoopbackName = (hostname: string) =>
  /^(localhost|127(?:\.\d{1,3}){3}|::1|0:0:0:0:0:0:0:1|::ffff:127(?:\.\d{1,3}){3})$/.test(hostname);

export function createSite(publicUrl: string | null, extraHosts: readonly string[] = []): Site {
  const hosts = new Set<string>();
  if (publicUrl) try { hosts.add(hostnameOf(new URL(publicUrl).host)); } catch { /* checked by the CLI */ }
  const site: Site = { publicUrl, hosts, listenUrl: null };
  for (const h of extraHosts) addListenHost(site, h);
  return site;
}

/** Answer the host a server was started with; a wildcard bind answers this machine's own addresses. */
export function addListenHost(site: Site, host: string): void {
  if (!WILDCARD.has(host)) { site.hosts.add(hostnameOf(host)); return; }
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) site.hosts.add(a.address.toLowerCase().replace(/%.*$/, ""));
}

export const isAllowedHost = (site: Site, host: string) => {
  const name = hostnameOf(host);
  return isLoopbackName(name) || site.hosts.has(name);
};

/** The origins a write may come from: the one the request was sent to (its Host was allowed) and the public URL's. */
export function isSameOrigin(site: Site, origin: string, requestOrigin: string): boolean {
  let o: URL;
  try { o = new URL(origin); } catch { return false; }
  if (o.origin === "null") return false;
  if (o.origin === requestOrigin) return true;
  if (site.publicUrl) try { return o.origin === new URL(site.publicUrl).origin; } catch { return false; }
  return false;
}
