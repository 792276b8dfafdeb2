import { test } from "node:test";
import assert from "node:assert/strict";
import { escapeHtml } from "./html-escape.js";
import { renderReportHtml } from "./report-html.js";
import { sampleLedger } from "./export-fixtures.js";

const page = renderReportHtml(sampleLedger());

test("escapeHtml escapes the five special characters", () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
});

test("article text is escaped: no <script> reaches the page", () => {
  assert.ok(!/<script/i.test(page));
  assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(page, /Harbor &amp; Hill &lt;Daily&gt;/);
});

test("one self-contained file: inline CSS, no external assets", () => {
  assert.match(page, /^<!doctype html>/);
  assert.match(page, /<style>[\s\S]+<\/style>/);
  assert.ok(!/<link|<img|<script|src=|url\(|href="(?:https?:)?\/\//i.test(page));
});

test("the page carries statuses, positions side by side, checks and the timeline", () => {
  assert.match(page, /<span class="status disputed">disputed<\/span>/);
  assert.match(page, /class="positions"/);
  assert.match(page, /<li class="consistent">consistent \(gazetteer\)/);
  assert.match(page, /<h3>Control timeline<\/h3>/);
  assert.match(page, /<a href="#place-0">Alderton<\/a>/);
});
