// Address ranges a user-given URL must not reach: every entry of IANA's special-purpose address
// registries, globally reachable or not (no article is published from a benchmarking network, an AS112
// sink or a relay anycast), plus multicast and the deprecated ranges still routed in some networks.
// Sources, as read in December 2026:
//   IPv4: https://www.iana.org/assignments/iana-ipv4-special-registry/ (RFC 6890 and updates)
//   IPv6: https://www.iana.org/assignments/iana-ipv6-special-registry/ (RFC 6890 and updates)
//   multicast: https://www.iana.org/assignments/multicast-addresses/ (224.0.0.0/4, RFC 5771),
//              https://www.iana.org/assignments/ipv6-multicast-addresses/ (ff00::/8, RFC 4291)
// Ranges that carry an IPv4 address (mapped, translated, 6to4) are not refused whole: the address they
// carry is checked instead (EMBEDDING_RANGES in is-private-address.ts), so NAT64 to a public site works.

export interface SpecialRange {
  /** Network address and prefix length, as CIDR. */
  cidr: string;
  /** The registry's name for it, or why it is here. */
  name: string;
  /** The RFC that assigns it. */
  rfc: string;
}

export const SPECIAL_IPV4: SpecialRange[] = [
  { cidr: "0.0.0.0/8", name: "this network (0.0.0.0 reaches the local host)", rfc: "RFC 791" },
  { cidr: "10.0.0.0/8", name: "private use", rfc: "RFC 1918" },
  { cidr: "100.64.0.0/10", name: "shared address space (carrier-grade NAT)", rfc: "RFC 6598" },
  { cidr: "127.0.0.0/8", name: "loopback", rfc: "RFC 1122" },
  { cidr: "169.254.0.0/16", name: "link local (cloud metadata at 169.254.169.254)", rfc: "RFC 3927" },
  { cidr: "172.16.0.0/12", name: "private use", rfc: "RFC 1918" },
  { cidr: "192.0.0.0/24", name: "IETF protocol assignments (DS-Lite, PCP and TURN anycast, NAT64 discovery)", rfc: "RFC 6890" },
  { cidr: "192.0.2.0/24", name: "documentation (TEST-NET-1)", rfc: "RFC 5737" },
  { cidr: "192.31.196.0/24", name: "AS112-v4", rfc: "RFC 7535" },
  { cidr: "192.52.193.0/24", name: "AMT", rfc: "RFC 7450" },
  { cidr: "192.88.99.0/24", name: "deprecated 6to4 relay anycast", rfc: "RFC 7526" },
  { cidr: "192.168.0.0/16", name: "private use", rfc: "RFC 1918" },
  { cidr: "192.175.48.0/24", name: "direct delegation AS112 service", rfc: "RFC 7534" },
  { cidr: "198.18.0.0/15", name: "benchmarking", rfc: "RFC 2544" },
  { cidr: "198.51.100.0/24", name: "documentation (TEST-NET-2)", rfc: "RFC 5737" },
  { cidr: "203.0.113.0/24", name: "documentation (TEST-NET-3)", rfc: "RFC 5737" },
  { cidr: "224.0.0.0/4", name: "multicast", rfc: "RFC 5771" },
  { cidr: "240.0.0.0/4", name: "reserved", rfc: "RFC 1112" },
  { cidr: "255.255.255.255/32", name: "limited broadcast", rfc: "RFC 919" },
];

export const SPECIAL_IPV6: SpecialRange[] = [
  { cidr: "::/128", name: "unspecified", rfc: "RFC 4291" },
  { cidr: "::1/128", name: "loopback", rfc: "RFC 4291" },
  { cidr: "::/96", name: "IPv4-compatible (deprecated; ::a.b.c.d)", rfc: "RFC 4291" },
  { cidr: "64:ff9b:1::/48", name: "local-use IPv4/IPv6 translation", rfc: "RFC 8215" },
  { cidr: "100::/64", name: "discard-only", rfc: "RFC 6666" },
  { cidr: "100:0:0:1::/64", name: "dummy IPv6 prefix", rfc: "RFC 9780" },
  { cidr: "2001::/23", name: "IETF protocol assignments (Teredo 2001::/32, benchmarking 2001:2::/48, ORCHID, AMT, AS112)", rfc: "RFC 2928" },
  { cidr: "2001:db8::/32", name: "documentation", rfc: "RFC 3849" },
  { cidr: "2620:4f:8000::/48", name: "direct delegation AS112 service", rfc: "RFC 7534" },
  { cidr: "3fff::/20", name: "documentation", rfc: "RFC 9637" },
  { cidr: "5f00::/16", name: "segment routing (SRv6) SIDs", rfc: "RFC 9602" },
  { cidr: "fc00::/7", name: "unique local", rfc: "RFC 4193" },
  { cidr: "fe80::/10", name: "link-local unicast", rfc: "RFC 4291" },
  { cidr: "fec0::/10", name: "site-local (deprecated)", rfc: "RFC 3879" },
  { cidr: "ff00::/8", name: "multicast", rfc: "RFC 4291" },
];

/** IPv6 ranges that carry an IPv4 address: the prefix, and the bit at which the 32 bits of IPv4 start. */
export const EMBEDDING_RANGES: (SpecialRange & { v4Bit: number })[] = [
  { cidr: "::ffff:0:0/96", name: "IPv4-mapped", rfc: "RFC 4291", v4Bit: 96 },
  { cidr: "::ffff:0:0:0/96", name: "IPv4-translated (SIIT)", rfc: "RFC 2765", v4Bit: 96 },
  { cidr: "64:ff9b::/96", name: "IPv4/IPv6 translation (NAT64)", rfc: "RFC 6052", v4Bit: 96 },
  { cidr: "2002::/16", name: "6to4", rfc: "RFC 3056", v4Bit: 16 },
];
