// POST /api/documents {url}: the early check refuses every special-purpose address however it is
// spelled, and names that resolve to one (the resolver is stubbed: no network).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HttpError } from "./http-error.js";
import { checkFetchableUrl } from "./url-guard.js";

const resolveTo = (...addresses: string[]) => (async () => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }))) as never;
const refused = async (url: string, resolve = resolveTo("93.184.216.34")) =>
  assert.rejects(checkFetchableUrl(url, false, resolve), (e: unknown) => e instanceof HttpError && e.status === 400 && e.code === "url-refused", url);

describe("checkFetchableUrl", () => {
  it("refuses literal special-purpose addresses in every spelling", async () => {
    for (const host of ["127.0.0.1", "2130706433", "0x7f.1", "0177.0.0.1", "127.1", "10.0.0.1", "012.0.0.1", "0xa.1", "167772161",
      "169.254.169.254", "0xa9.0xfe.0xa9.0xfe", "2852039166", "198.18.0.1", "198.19.255.254", "100.64.0.1", "192.0.0.170", "240.0.0.1",
      "255.255.255.255", "224.0.0.251", "0.0.0.0", "192.0.2.1",
      "[::1]", "[::]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::ffff:0:10.0.0.1]", "[64:ff9b::10.0.0.1]", "[64:ff9b:1::1]",
      "[2002:a00:1::]", "[::10.0.0.1]", "[fc00::1]", "[fd00::1]", "[fe80::1]", "[ff02::1]", "[2001:db8::1]", "[2001::1]", "[100::1]"]) {
      await refused(`http://${host}/news`);
    }
  });

  it("refuses a name when any of its addresses is special-purpose (rebinding names, split answers)", async () => {
    await refused("http://rebind.example/", resolveTo("198.18.0.7"));
    await refused("http://split.example/", resolveTo("93.184.216.34", "::ffff:169.254.169.254"));
    await refused("http://nat64.example/", resolveTo("64:ff9b::a9fe:a9fe"));
    await refused("http://sixtofour.example/", resolveTo("2002:c0a8:101::1"));
    await refused("http://localhost.localhost/");
  });

  it("lets public addresses through, NAT64 and 6to4 of public ones included", async () => {
    for (const [url, addresses] of [["http://example.org/a", ["93.184.216.34"]], ["http://v6.example/", ["2606:4700::1111"]],
      ["http://nat64.example/", ["64:ff9b::5db8:d822"]], ["http://[2002:5db8:d822::1]/", []]] as const) {
      assert.equal((await checkFetchableUrl(url, false, resolveTo(...addresses))).href, new URL(url).href);
    }
  });
});
