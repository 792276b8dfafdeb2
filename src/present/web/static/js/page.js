// The current route's address and title, for views that keep their state (filters, sort) in the URL.

export function parseHash() {
  const raw = location.hash.replace(/^#/, "");
  const at = raw.indexOf("?");
  const [path, qs] = at < 0 ? [raw, ""] : [raw.slice(0, at), raw.slice(at + 1)];
  return { path: path || "/", query: Object.fromEntries(new URLSearchParams(qs)) };
}

/** The as-of day of the current address (?as_of=YYYY-MM-DD), or "" for the ledger as it stands. */
export function asOfDay() {
  const day = parseHash().query.as_of ?? "";
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : "";
}

/** An internal href with the current as-of day added (unless it names its own), so that a view keeps the day. */
export function withAsOf(href) {
  const day = asOfDay();
  if (!day || !href.startsWith("#/") || /[?&]as_of=/.test(href)) return href;
  return `${href}${href.includes("?") ? "&" : "?"}as_of=${day}`;
}

/** Replace the query of the current route without rendering again (filters, sort order); the as-of day stays. */
export function replaceQuery(query) {
  const { path } = parseHash();
  const day = asOfDay();
  const qs = new URLSearchParams(Object.entries({ ...query, ...(day && { as_of: day }) }).filter(([, v]) => v !== undefined && v !== null && v !== "")).toString();
  history.replaceState(null, "", `#${path}${qs ? `?${qs}` : ""}`);
}

export function setTitle(...parts) {
  document.title = [...parts.filter(Boolean), "fogline"].join(" · ");
}

