import assert from "node:assert/strict";
import { test } from "node:test";
import { parseDocument } from "./extract-html.js";
import { isBoilerplateName, stripBoilerplate } from "./strip-boilerplate.js";

const NAMES: [string, boolean][] = [
  ["site-nav", true], ["navbar", true], ["donate-box", true], ["newsletter_signup", true], ["comments", true],
  ["related-articles", true], ["share-buttons", true], ["promo", true], ["site-footer", true], ["relatedPosts", true],
  ["canvas", false], ["shadow", false], ["article-body", false], ["headline", false], ["content", false], ["leader", false],
];
for (const [name, expected] of NAMES) test(`isBoilerplateName(${name}) is ${expected}`, () => assert.equal(isBoilerplateName(name), expected));

test("stripBoilerplate keeps a body or article the CMS tags 'comments-open'", () => {
  const document = parseDocument(`<html><body class="comments-open"><div class="share-wrap"><p>${"Article text. ".repeat(20)}</p></div><div class="share">Share</div></body></html>`);
  stripBoilerplate(document);
  const text = document.body.textContent ?? "";
  assert.match(text, /Article text\./);
  assert.doesNotMatch(text, /Share/);
});
