// Addresses a user-given URL must not reach unless allowed: loopback, private, link-local, unspecified.
import { BlockList, isIP } from "node:net";

/** Ranges refused by default, with why: [address, prefix, family]. */
export const REFUSED_RANGES: [string, number, "ipv4" | "ipv6"][] = [
  ["0.0.0.0", 8, "ipv4"], // "this network": 0.0.0.0 reaches the local host
  ["127.0.0.0", 8, "ipv4"], // loopback
  ["10.0.0.0", 8, "ipv4"], // private
  ["172.16.0.0", 12, "ipv4"], // private
  ["192.168.0.0", 16, "ipv4"], // private
  ["169.254.0.0", 16, "ipv4"], // link-local, cloud metadata
  ["100.64.0.0", 10, "ipv4"], // carrier-grade NAT, often internal
  ["::", 128, "ipv6"], // unspecified
  ["::1", 128, "ipv6"], // loopback
  ["fc00::", 7, "ipv6"], // unique local
  ["fe80::", 10, "ipv6"], // link-local
];

function refusedList(): BlockList {
  const list = new BlockList();
  for (const [address, prefix, family] of REFUSED_RANGES) list.addSubnet(address, prefix, family);
  return list;
}

const MAPPED_V4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/** Whether `address` (an IP literal) is loopback, private or link-local; IPv4-mapped IPv6 is checked as IPv4. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const mapped = MAPPED_V4.exec(bare);
  if (mapped) return isPrivateAddress(mapped[1]);
  const family = isIP(bare);
  if (family === 0) return false;
  return refusedList().check(bare, family === 4 ? "ipv4" : "ipv6");
}
