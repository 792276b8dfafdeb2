// The current route's address and title, for views that keep their state (filters, sort) in the URL.

export function parseHash() {
  const raw = location.hash.replace(/^#/, "");
  const at = raw.indexOf("?");
  const [path, qs] = at < 0 ? [raw, ""] : [raw.slice(0, at), raw.slice(at + 1)];
  return { path: path || "/", query: Object.fromEntries(new URLSearchParams(qs)) };
}

/** Replace the query of the current route without rendering again (filters, sort order). */
export function replaceQuery(query) {
  const { path } = parseHash();
  const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== "")).toString();
  history.replaceState(null, "", `#${path}${qs ? `?${qs}` : ""}`);
}

export function setTitle(...parts) {
  document.title = [...parts.filter(Boolean), "fogline"].join(" · ");
}

