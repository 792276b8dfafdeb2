// The address readers reach the site at, for links an export publishes: the configured public URL, else
// the host the request was sent to (X-Forwarded-Host behind a reverse proxy, else Host), so that a
// ClaimReview fetched through https://ledger.example.org does not point at 127.0.0.1.
import type { Context } from "hono";

/** A host header value that is only a host and port (no path, no spaces, no credentials). */
const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;

export function publicUrlOf(c: Context, configured: string | null): string {
  if (configured) return configured;
  const first = (h: string | undefined) => h?.split(",")[0]?.trim() || undefined;
  const url = new URL(c.req.url);
  const host = [first(c.req.header("x-forwarded-host")), first(c.req.header("host"))].find((h) => h !== undefined && HOST.test(h));
  const proto = first(c.req.header("x-forwarded-proto"));
  const scheme = proto === "https" || proto === "http" ? proto : url.protocol.replace(/:$/, "");
  return host ? `${scheme}://${host}/` : `${url.origin}/`;
}
