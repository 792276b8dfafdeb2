// Query strings to typed filters: unknown values are a 400 that lists the accepted ones.
import type { Context } from "hono";
import { KINDS, STATUSES, type Kind, type PropositionStatus, type Side } from "../../claims/index.js";
import type { ClaimFilter, PropositionFilter } from "../../store/ledger-store.js";
import { HttpError } from "./http-error.js";

const DEFAULT_PAGE = 50;
const SIDES: Side[] = ["RU", "UA"];
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const text = (c: Context, name: string): string | undefined => {
  const v = c.req.query(name)?.trim();
  return v ? v : undefined;
};

function oneOf<T extends string>(c: Context, name: string, allowed: readonly T[]): T | undefined {
  const v = text(c, name);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) throw new HttpError(400, "bad-query", `${name} must be one of ${allowed.join(", ")}; got ${JSON.stringify(v)}`);
  return v as T;
}

function count(c: Context, name: string, fallback: number, max: number): number {
  const v = text(c, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > max) throw new HttpError(400, "bad-query", `${name} must be a whole number from 0 to ${max}; got ${JSON.stringify(v)}`);
  return n;
}

function date(c: Context, name: string): string | undefined {
  const v = text(c, name);
  if (v !== undefined && !ISO_DATE.test(v)) throw new HttpError(400, "bad-query", `${name} must be YYYY, YYYY-MM or YYYY-MM-DD; got ${JSON.stringify(v)}`);
  return v;
}

export interface Page { limit: number; offset: number }

export const pageOf = (c: Context, maxPage: number): Page => ({
  limit: count(c, "limit", Math.min(DEFAULT_PAGE, maxPage), maxPage),
  offset: count(c, "offset", 0, Number.MAX_SAFE_INTEGER),
});

/** `place` is the store key of the place the query names (place-query.ts). */
export const propositionFilterOf = (c: Context, place?: string): PropositionFilter => ({
  place,
  kind: oneOf<Kind>(c, "kind", KINDS),
  side: oneOf(c, "side", SIDES),
  status: oneOf<PropositionStatus>(c, "status", STATUSES),
  search: text(c, "q"),
});

export const claimFilterOf = (c: Context, place?: string): ClaimFilter => ({
  place,
  kind: oneOf<Kind>(c, "kind", KINDS),
  side: oneOf(c, "side", SIDES),
  source: text(c, "source"),
  from: date(c, "from"),
  to: date(c, "to"),
  search: text(c, "q"),
  doc: text(c, "doc"),
  withRejected: c.req.query("with_rejected") === "1" ? true : undefined,
});

/** Drop undefined fields, so that stores see only the filters that were asked for. */
export const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
