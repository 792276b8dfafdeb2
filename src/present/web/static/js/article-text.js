// Article text with claims marked in it. The text is untrusted: it is only ever a text node.
// Bidi controls are shown as visible tags and words mixing scripts are flagged, so that neither can
// pass for something else on screen (look-alike "Роkrovsk", right-to-left overrides).
import { h } from "./dom.js";

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];

const codePoint = (ch) => `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
const mixesScripts = (word) => SCRIPTS.filter((re) => re.test(word)).length > 1;
const isLookAlike = (word) => mixesScripts(word) || word.normalize("NFKC") !== word;

/** Text nodes for plain text, with bidi controls made visible and look-alike words flagged. */
export function inertText(text) {
  const out = [];
  let last = 0;
  const flush = (to) => { if (to > last) out.push(...flagWords(text.slice(last, to))); };
  for (const m of text.matchAll(BIDI_CONTROL)) {
    flush(m.index);
    out.push(h("span", { class: "control-char", title: `invisible control character ${codePoint(m[0])}` }, `⟨${codePoint(m[0])}⟩`));
    last = m.index + m[0].length;
  }
  flush(text.length);
  return out;
}

function flagWords(text) {
  const out = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (!isLookAlike(m[0])) continue;
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(h("span", { class: "lookalike", title: "look-alike letters: this word mixes scripts or uses compatibility forms" }, m[0]));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Where a claim's evidence sits in a text: its offsets when they hold, else the first verbatim match. */
export function locate(text, evidence, base = 0) {
  const start = evidence.start - base;
  if (text.slice(start, start + evidence.text.length) === evidence.text) return { start, end: start + evidence.text.length };
  const found = text.indexOf(evidence.text);
  return found < 0 ? null : { start: found, end: found + evidence.text.length };
}

/**
 * A <div> holding `text` with each mark { start, end, claim, className } as a <mark>.
 * Overlapping marks split into segments; a segment takes the classes of every mark covering it.
 */
export function markedText(text, marks, onMark) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const box = h("div", { class: "article-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = marks.filter((m) => m.start <= a && m.end >= b);
    const piece = inertText(text.slice(a, b));
    if (!covering.length) { box.append(...piece.map((p) => (typeof p === "string" ? document.createTextNode(p) : p))); continue; }
    const top = covering[covering.length - 1];
    const mark = h("mark", {
      class: ["claim-mark", ...covering.map((m) => m.className)],
      dataset: { claim: top.claim },
      title: covering.map((m) => m.title).filter(Boolean).join("\n"),
    }, piece);
    if (onMark) mark.addEventListener("click", () => onMark(top.claim));
    box.append(mark);
  }
  return box;
}

/**
 * The excerpt around [start, end): its paragraph (line), cut to about `context` characters either side
 * at a sentence or word boundary when the paragraph is long. `cutBefore`/`cutAfter` say whether to show "…".
 */
export function paragraphAround(text, start, end, context = 320) {
  let from = text.lastIndexOf("\n", start - 1) + 1;
  let to = text.indexOf("\n", end);
  if (to < 0) to = text.length;
  if (to < end) to = end;
  const cutBefore = start - from > context;
  const cutAfter = to - end > context;
  if (cutBefore) {
    const window = text.slice(start - context, start);
    const sentence = window.search(/[.!?]\s+\S[^.!?]*$/);
    from = start - context + (sentence >= 0 ? sentence + 2 : window.indexOf(" ") + 1);
  }
  if (cutAfter) {
    const window = text.slice(end, end + context);
    const sentence = window.lastIndexOf(". ");
    to = end + (sentence >= 0 ? sentence + 1 : window.lastIndexOf(" "));
  }
  return { from, to, cutBefore, cutAfter };
}
