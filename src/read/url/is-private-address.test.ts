// A row per special-purpose range (its first and last address refused), the neighbours of the ranges
// that border public space (answered), and every spelling of IPv4 and of IPv4 inside IPv6.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isPrivateAddress, parseIPv4, parseIPv6 } from "./is-private-address.js";
import { EMBEDDING_RANGES, SPECIAL_IPV4, SPECIAL_IPV6 } from "./special-purpose-ranges.js";

const v4Text = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".");
const v6Big = (text: string) => parseIPv6(text)!.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
const v6Text = (n: bigint) => Array.from({ length: 8 }, (_, i) => ((n >> BigInt(16 * (7 - i))) & 0xffffn).toString(16)).join(":");

function endsOf(cidr: string, bits: 32 | 128): [string, string] {
  const [address, p] = cidr.split("/");
  const prefix = Number(p);
  if (bits === 32) {
    const start = parseIPv4(address)!;
    return [v4Text(start), v4Text(start + 2 ** (32 - prefix) - 1)];
  }
  const start = v6Big(address);
  return [v6Text(start), v6Text(start + (1n << BigInt(128 - prefix)) - 1n)];
}

describe("isPrivateAddress: every special-purpose range", () => {
  for (const { cidr, name } of SPECIAL_IPV4) {
    it(`IPv4 ${cidr} (${name})`, () => {
      for (const a of endsOf(cidr, 32)) assert.equal(isPrivateAddress(a), true, a);
    });
  }
  for (const { cidr, name } of SPECIAL_IPV6) {
    it(`IPv6 ${cidr} (${name})`, () => {
      for (const a of endsOf(cidr, 128)) assert.equal(isPrivateAddress(a), true, a);
    });
  }
  for (const { cidr, name } of EMBEDDING_RANGES) {
    it(`IPv6 ${cidr} (${name}): refused when the IPv4 it carries is, answered when public`, () => {
      const prefix = v6Big(cidr.split("/")[0]);
      const bit = EMBEDDING_RANGES.find((r) => r.cidr === cidr)!.v4Bit;
      const carrying = (v4: string) => v6Text(prefix | (BigInt(parseIPv4(v4)!) << BigInt(128 - bit - 32)));
      for (const v4 of ["127.0.0.1", "10.1.2.3", "192.168.1.1", "169.254.169.254", "198.18.0.1", "100.64.0.1", "0.0.0.0", "255.255.255.255", "224.0.0.1"]) {
        assert.equal(isPrivateAddress(carrying(v4)), true, `${carrying(v4)} carries ${v4}`);
      }
      assert.equal(isPrivateAddress(carrying("93.184.216.34")), false, carrying("93.184.216.34"));
    });
  }
});

describe("isPrivateAddress: public neighbours are answered", () => {
  const PUBLIC = ["1.1.1.1", "8.8.8.8", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0", "126.255.255.255", "128.0.0.0",
    "172.15.255.255", "172.32.0.0", "192.0.1.0", "192.167.255.255", "192.169.0.0", "198.17.255.255", "198.20.0.0", "223.255.255.255",
    "2001:4860:4860::8888", "2001:200::1", "2003::1", "2606:4700::1111", "64:ff9b:2::1", "fbff::1", "fe00::1"];
  for (const a of PUBLIC) it(a, () => assert.equal(isPrivateAddress(a), false));
  it("host names are no address", () => assert.equal(isPrivateAddress("example.com"), false));
});

describe("isPrivateAddress: every spelling", () => {
  const REFUSED = [
    // IPv4 as inet_aton reads it: decimal, octal, hex, short forms
    "2130706433", "0x7f000001", "017700000001", "0177.0.0.1", "0x7f.0.0.1", "0x7f.1", "127.1", "127.0.1", "0", "0x0", "3232235777", "0xc0.0xa8.1.1",
    "0xa9fea9fe", "2852039166", "4294967295", "0xffffffff", "3323068417",
    // IPv4-mapped in every form
    "::ffff:127.0.0.1", "::FFFF:127.0.0.1", "[::ffff:127.0.0.1]", "::ffff:7f00:1", "0:0:0:0:0:ffff:7f00:1", "0000:0000:0000:0000:0000:ffff:127.0.0.1",
    "::ffff:a9fe:a9fe", "::ffff:10.0.0.1", "::ffff:198.18.0.1",
    // SIIT, NAT64, compatible, 6to4
    "::ffff:0:127.0.0.1", "::ffff:0:7f00:1", "64:ff9b::127.0.0.1", "64:ff9b::a9fe:a9fe", "::127.0.0.1", "::7f00:1", "::10.0.0.1",
    "2002:7f00:1::", "2002:c0a8:101::1", "2002:a9fe:a9fe:1:2:3:4:5",
    // zones and brackets
    "fe80::1%eth0", "[fe80::1%25eth0]", "[::1]", "::0:1", "0::1",
    // Teredo, benchmarking, documentation
    "2001::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:2::1", "2001:db8::1", "3fff::1",
  ];
  for (const a of REFUSED) it(a, () => assert.equal(isPrivateAddress(a), true));
  for (const a of ["::ffff:8.8.8.8", "::ffff:808:808", "64:ff9b::8.8.8.8", "2002:808:808::1", "0x08080808", "134744072"]) {
    it(`${a} (public)`, () => assert.equal(isPrivateAddress(a), false));
  }
  it("no spelling that is not an address is read as one", () => {
    for (const a of ["08.0.0.1", "1.2.3.4.5", "256.0.0.1", "1.2.3.256", "0x1g", "1a.bc", "::gggg", "1::2::3", ""]) assert.equal(parseIPv4(a) === null && parseIPv6(a) === null, true, a);
  });
});
