// Whether an address a user-given URL leads to is one fogline refuses to reach: any special-purpose
// range (special-purpose-ranges.ts, IANA's registries), and any IPv6 address carrying an IPv4 address
// that is (mapped ::ffff:a.b.c.d in every spelling, SIIT, NAT64, 6to4). Matching uses node:net's
// BlockList (exact CIDR matching for both families, no dependency); the IPv6 parsing that finds the
// embedded IPv4 is here, since BlockList only answers yes or no. IPv4 is also read in the forms
// inet_aton accepts (2130706433, 0x7f.1, 0177.0.0.1), as the resolver would.
import { BlockList, isIP } from "node:net";
import { EMBEDDING_RANGES, SPECIAL_IPV4, SPECIAL_IPV6, type SpecialRange } from "./special-purpose-ranges.js";

function listOf(ranges: SpecialRange[], family: "ipv4" | "ipv6"): BlockList {
  const list = new BlockList();
  for (const { cidr } of ranges) {
    const [address, prefix] = cidr.split("/");
    list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

const V4 = listOf(SPECIAL_IPV4, "ipv4");
const V6 = listOf(SPECIAL_IPV6, "ipv6");
const EMBEDDING = EMBEDDING_RANGES.map((r) => ({ ...r, list: listOf([r], "ipv6") }));

/** Whether `address` (an IP literal, bracketed or with a zone or not) must not be reached; names are false. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.trim().replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const v4 = parseIPv4(bare);
  if (v4 !== null) return V4.check(formatIPv4(v4), "ipv4");
  const groups = parseIPv6(bare);
  if (groups === null) return false;
  const canonical = groups.map((g) => g.toString(16)).join(":");
  for (const range of EMBEDDING) {
    if (range.list.check(canonical, "ipv6")) return V4.check(formatIPv4(bitsAt(groups, range.v4Bit)), "ipv4");
  }
  return V6.check(canonical, "ipv6");
}

/** An IPv4 address as inet_aton reads it (1 to 4 parts, each decimal, 0-octal or 0x-hex), or null. */
export function parseIPv4(text: string): number | null {
  if (!/^[0-9a-fA-FxX.]+$/.test(text) || !/^[0-9]/.test(text)) return null;
  const parts = text.split(".");
  if (parts.length > 4 || parts.some((p) => p === "")) return null;
  const values: number[] = [];
  for (const p of parts) {
    const v = /^0[xX][0-9a-fA-F]*$/.test(p) ? parseInt(p.slice(2) || "0", 16) : /^0[0-7]*$/.test(p) ? parseInt(p, 8) : /^[1-9][0-9]*$/.test(p) ? Number(p) : NaN;
    if (!Number.isFinite(v)) return null;
    values.push(v);
  }
  const last = values.pop()!;
  if (values.some((v) => v > 255) || last >= 2 ** (8 * (4 - values.length))) return null;
  return values.reduce((sum, v, i) => sum + v * 2 ** (8 * (3 - i)), 0) + last;
}

const formatIPv4 = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".");

/** Eight 16-bit groups, or null; a trailing dotted IPv4 part is two groups. */
export function parseIPv6(text: string): number[] | null {
  if (isIP(text) !== 6) return null;
  let body = text.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (dotted) {
    const v4 = parseIPv4(dotted[1])!;
    body = body.slice(0, -dotted[1].length) + `${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const [head, tail] = body.split("::");
  const split = (s: string | undefined) => (s ? s.split(":").map((g) => parseInt(g, 16)) : []);
  const left = split(head);
  const right = split(tail);
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 ? groups : null;
}

/** The 32 bits starting at bit `start` (a multiple of 16) of the groups, as an IPv4 number. */
const bitsAt = (groups: number[], start: number) => groups[start / 16] * 65536 + groups[start / 16 + 1];
