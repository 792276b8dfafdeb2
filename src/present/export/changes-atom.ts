// The changes feed as Atom 1.0 (RFC 4287): one entry per change, newest first. Entry ids are name-based
// UUIDs of the change's id (day/type/proposition), so a feed reader sees the same entry on every fetch,
// whatever address the site is reached at; links go to the proposition's page at the public URL.
import { createHash } from "node:crypto";
import type { LedgerChange } from "../../history/index.js";
import { figureText, STATUS_WORDS } from "../../ledger/index.js";
import { propositionPageUrl } from "./claim-review.js";

export interface AtomOptions {
  /** The site's address ("https://ledger.example.org/"). */
  publicUrl: string;
  /** The feed's own address, for rel="self". */
  selfUrl: string;
  since: string;
  /** The place the feed follows, for its title. */
  placeName?: string;
}

/** XML text: escaped, without the control characters XML 1.0 does not allow. */
const xml = (s: string): string =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

/** urn:uuid from a name (SHA-1, RFC 4122 version 5 layout). */
export function nameUuid(name: string): string {
  const h = createHash("sha1").update(`fogline:${name}`).digest("hex").slice(0, 32).split("");
  h[12] = "5";
  h[16] = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  const s = h.join("");
  return `urn:uuid:${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const instant = (day: string) => `${day}T00:00:00Z`;

function summaryOf(c: LedgerChange): string {
  const p = c.proposition;
  const parts = [`Status: ${STATUS_WORDS[p.status]}.`];
  const figure = figureText(p.figure);
  if (figure) parts.push(`Figure: ${figure}${c.fromHigh !== undefined ? ` (high before: ${c.fromHigh.toLocaleString("en-US")})` : ""}.`);
  const sources = p.primary_sources.map((s) => `${s.name}${s.side ? ` (${s.side})` : ""}: ${s.stance}`);
  if (sources.length) parts.push(`Sources: ${sources.join("; ")}.`);
  const articles = c.articles.map((a) => [a.outlet, a.title].filter(Boolean).join(", ") || a.id);
  if (articles.length) parts.push(`From: ${articles.join("; ")}.`);
  return parts.join(" ");
}

export function changesToAtom(changes: LedgerChange[], o: AtomOptions): string {
  const updated = changes.length ? changes.map((c) => c.day).sort().at(-1)! : o.since;
  const title = `fogline: changes${o.placeName ? ` at ${o.placeName}` : ""} since ${o.since}`;
  const entries = changes.map((c) => `  <entry>
    <id>${nameUuid(`change/${c.id}`)}</id>
    <title>${xml(c.title)}</title>
    <updated>${instant(c.day)}</updated>
    <link rel="alternate" type="text/html" href="${xml(propositionPageUrl(o.publicUrl, c.proposition.id))}"/>
    <category term="${c.type}"/>
    <summary>${xml(summaryOf(c))}</summary>
  </entry>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${xml(title)}</title>
  <id>${nameUuid(`feed/${o.placeName ?? ""}/${o.since}`)}</id>
  <updated>${instant(updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${xml(o.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xml(o.publicUrl)}"/>
  <author><name>fogline</name></author>
  <generator>fogline</generator>
${entries.join("\n")}
</feed>
`;
}
