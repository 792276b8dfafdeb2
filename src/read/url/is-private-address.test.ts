import assert from "node:assert/strict";
import { test } from "node:test";
import { isPrivateAddress } from "./is-private-address.js";

const ROWS: [string, boolean][] = [
  ["127.0.0.1", true], ["127.8.9.10", true], ["10.0.0.1", true], ["172.16.0.1", true], ["172.31.255.255", true],
  ["172.32.0.1", false], ["192.168.1.1", true], ["169.254.169.254", true], ["0.0.0.0", true], ["100.64.0.1", true],
  ["8.8.8.8", false], ["93.184.216.34", false],
  ["::1", true], ["[::1]", true], ["::", true], ["fc00::1", true], ["fd12:3456::1", true], ["fe80::1", true], ["fe80::1%eth0", true],
  ["::ffff:127.0.0.1", true], ["::ffff:10.1.2.3", true], ["::ffff:8.8.8.8", false], ["2001:4860:4860::8888", false],
  ["example.com", false],
];
for (const [address, expected] of ROWS) test(`isPrivateAddress(${address}) is ${expected}`, () => assert.equal(isPrivateAddress(address), expected));
