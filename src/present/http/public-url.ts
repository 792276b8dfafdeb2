// The address readers reach the site at, for links an export publishes: the configured public URL, else
// the address the server listens on. Never a request header: Host and X-Forwarded-Host are the client's
// to choose, and a ClaimReview must not point wherever a request said.
import type { Context } from "hono";

export function publicUrlOf(c: Context, configured: string | null): string {
  if (configured) return configured;
  const site = c.get("siteUrl" as never) as string | undefined;
  return site ?? "http://localhost/";
}
