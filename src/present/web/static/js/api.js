// The JSON API, from the browser. Writes carry the token the user gave (kept for this tab only).

import { asOfDay } from "./page.js";

const TOKEN_KEY = "fogline.token";

export class ApiError extends Error {
  constructor(status, code, message, hint) {
    super(message);
    this.status = status;
    this.code = code;
    this.hint = hint;
  }
}

export const getToken = () => sessionStorage.getItem(TOKEN_KEY) ?? "";
export const setToken = (token) => (token ? sessionStorage.setItem(TOKEN_KEY, token) : sessionStorage.removeItem(TOKEN_KEY));

async function answer(res) {
  let body = null;
  try { body = await res.json(); } catch { /* not JSON */ }
  if (!res.ok) {
    const e = body?.error ?? {};
    throw new ApiError(res.status, e.code ?? "http-error", e.message ?? `the server answered ${res.status}`, e.hint);
  }
  return body;
}

/**
 * GET /api/… with query parameters (empty ones dropped), as of the address's day when it names one
 * (as_of: "" in the query asks for the ledger as it stands).
 */
export function get(path, query = {}, signal) {
  const day = asOfDay();
  const withDay = day && !("as_of" in query) ? { ...query, as_of: day } : query;
  const params = new URLSearchParams(Object.entries(withDay).filter(([, v]) => v !== undefined && v !== null && v !== ""));
  const qs = params.toString();
  return fetch(`/api${path}${qs ? `?${qs}` : ""}`, { signal, headers: { accept: "application/json" } }).then(answer);
}

function authHeaders() {
  const token = getToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

export const postJson = (path, body) =>
  fetch(`/api${path}`, { method: "POST", headers: { "content-type": "application/json", ...authHeaders() }, body: JSON.stringify(body) }).then(answer);

export const postForm = (path, form) =>
  fetch(`/api${path}`, { method: "POST", headers: authHeaders(), body: form }).then(answer);

/** Documents are fetched once per page view: a proposition's claims often share an article. */
export function documentCache(signal) {
  const cache = new Map();
  return (id) => {
    if (!cache.has(id)) cache.set(id, get(`/documents/${encodeURIComponent(id)}`, {}, signal));
    return cache.get(id);
  };
}

export const messageOf = (e) => (e instanceof ApiError ? `${e.message}${e.hint ? ` (${e.hint})` : ""}` : e?.message ?? String(e));
