// Building DOM without ever parsing markup: text is always a text node, attributes are set one by one,
// and only internal hash links or http(s) links can be made. Article text is untrusted (see STYLE.md).
import { withAsOf } from "./page.js";

const BLOCKED_ATTRIBUTE = /^(on|style$|srcdoc$|formaction$)/i;

/**
 * h("a", { class: "x", href: "#/map", on: { click } }, "text", child)
 * Children: strings and numbers become text nodes; null/false are skipped; arrays are flattened.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "on") for (const [event, fn] of Object.entries(value)) el.addEventListener(event, fn);
    else if (name === "class") el.className = Array.isArray(value) ? value.filter(Boolean).join(" ") : value;
    else if (name === "dataset") Object.assign(el.dataset, value);
    else if (name === "href") el.setAttribute("href", safeHref(value));
    else if (name === "value" || name === "checked" || name === "disabled" || name === "selected") el[name] = value;
    else if (BLOCKED_ATTRIBUTE.test(name)) throw new Error(`h(): attribute ${name} is not allowed`);
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  return append(el, ...children);
}

/** Like Element.append, but null, undefined and false are skipped (the DOM would print "null"). */
export function append(el, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Internal routes (#/…), same-origin paths (/api/…) and http(s) URLs; anything else becomes "#". */
export function safeHref(href) {
  const s = String(href);
  if (s.startsWith("#") || (s.startsWith("/") && !s.startsWith("//"))) return s;
  try {
    const url = new URL(s);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  } catch { /* fall through */ }
  return "#";
}

/** A link to a route: segments are URI-encoded, so ids cannot break out of the path; the as-of day is kept. */
export function route(...segments) {
  const query = typeof segments.at(-1) === "object" && segments.at(-1) !== null ? segments.pop() : null;
  const path = "#/" + segments.map((s) => encodeURIComponent(String(s))).join("/");
  if (!query) return withAsOf(path);
  const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== ""));
  const qs = params.toString();
  return withAsOf(qs ? `${path}?${qs}` : path);
}

export const link = (segmentsOrHref, text, props = {}) =>
  h("a", { ...props, href: Array.isArray(segmentsOrHref) ? route(...segmentsOrHref) : segmentsOrHref }, text);

/** A link that leaves fogline: shown only for http(s) URLs, opened without referrer. */
export function externalLink(url, text) {
  const href = safeHref(url ?? "");
  if (href === "#" || href.startsWith("/") ) return h("span", {}, text ?? url ?? "");
  return h("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, text ?? href);
}

export const clear = (el) => { el.replaceChildren(); return el; };
