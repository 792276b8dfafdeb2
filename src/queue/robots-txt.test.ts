// robots.txt rules as RFC 9309 reads them: our group or "*", the longest match, wildcards and "$".
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isAllowedByRobots, parseRobotsTxt } from "./robots-txt.js";

const ROBOTS = `# a site
User-agent: Googlebot
Disallow: /

User-agent: *
Disallow: /private/
Allow: /private/press-
Disallow: /*.pdf$
Disallow: /search

User-agent: fogline
User-agent: otherbot
Disallow: /archive/
`;

describe("robots.txt", () => {
  const star = parseRobotsTxt(ROBOTS, "somebot");
  const ours = parseRobotsTxt(ROBOTS, "fogline");
  const rows: [typeof star, string, boolean][] = [
    [star, "/news/1", true],
    [star, "/private/x", false],
    [star, "/private/press-release", true],
    [star, "/files/report.pdf", false],
    [star, "/files/report.pdf?x=1", true],
    [star, "/search?q=kherson", false],
    [ours, "/private/x", true], // our own group replaces "*"
    [ours, "/archive/2025", false],
    [[], "/anything", true],
  ];
  for (const [rules, path, allowed] of rows) {
    it(`${allowed ? "allows" : "refuses"} ${path} (${rules === ours ? "fogline" : rules === star ? "*" : "no rules"})`, () => {
      assert.equal(isAllowedByRobots(rules, path), allowed);
    });
  }

  it("ignores an empty Disallow and lines outside any group", () => {
    assert.deepEqual(parseRobotsTxt("Disallow: /x\nUser-agent: *\nDisallow:\n", "fogline"), []);
  });
});
