// A reviewer's input (a CLI option's text, or a JSON value from the API) read as a field's value. A value
// of the wrong type is a FoglineError "bad-review-value" with what would have worked.
import {
  FoglineError, KINDS, MEASURES, REJECT_REASONS, REVIEW_FIELDS, type Kind, type Measure, type Polarity, type RejectReason, type ReviewField,
  type Side, type SourceSide,
} from "../claims/index.js";
import type { ActorRegistry } from "../actors/index.js";
import { toPlaceRef, type PlaceIndex } from "../places/index.js";
import type { FieldValues } from "./review-fields.js";

export interface ValueContext { places: PlaceIndex; actors: ActorRegistry }

const bad = (field: string, value: unknown, hint: string) =>
  new FoglineError("bad-review-value", `bad value for ${field}: ${JSON.stringify(value)}`, hint);

const NONE = new Set(["none", "null", "-", ""]);
const SIDES: Record<string, Side> = { ru: "RU", russia: "RU", russian: "RU", ua: "UA", ukraine: "UA", ukrainian: "UA" };

export function reviewField(name: string): ReviewField {
  const field = name.replace(/-/g, "_") as ReviewField;
  if (!REVIEW_FIELDS.includes(field)) {
    throw new FoglineError("bad-review-field", `unknown field "${name}"`, `correct one of: ${REVIEW_FIELDS.join(", ")}`);
  }
  return field;
}

export function rejectReason(value: unknown): RejectReason {
  if (typeof value !== "string" || !REJECT_REASONS.includes(value as RejectReason)) {
    throw new FoglineError("bad-reject-reason", `unknown reason ${JSON.stringify(value ?? null)}`, `give one of: ${REJECT_REASONS.join(", ")}`);
  }
  return value as RejectReason;
}

function text(field: string, value: unknown, hint: string): string {
  if (value === null) return "none";
  if (typeof value !== "string") throw bad(field, value, hint);
  return value.trim();
}

export function parseFieldValue<F extends ReviewField>(field: F, value: unknown, ctx: ValueContext): FieldValues[F] {
  return PARSERS[field](value, ctx) as FieldValues[F];
}

const PARSERS: { [F in ReviewField]: (value: unknown, ctx: ValueContext) => FieldValues[F] } = {
  speaker(value, { actors }) {
    const name = text("speaker", value, "give the speaker's name, or none for the outlet's own voice");
    if (NONE.has(name.toLowerCase())) return null;
    const known = actors.resolveSpeaker(name);
    return known ? { ...known, name: known.name || name } : { name, kind: "organization", side: null, role: null, mention: name };
  },
  speaker_side(value) {
    const hint = "give russia, ukraine, independent or none";
    const v = text("speaker-side", value, hint).toLowerCase();
    if (NONE.has(v)) return null;
    if (v === "independent") return "independent" as SourceSide;
    const side = SIDES[v];
    if (!side) throw bad("speaker-side", value, hint);
    return side;
  },
  side(value) {
    const hint = "give russia, ukraine (or RU, UA), or none";
    const v = text("side", value, hint).toLowerCase();
    if (NONE.has(v)) return null;
    const side = SIDES[v];
    if (!side) throw bad("side", value, hint);
    return side;
  },
  place(value, { places }) {
    const name = text("place", value, "give a place name the gazetteer knows, or none");
    if (NONE.has(name.toLowerCase())) return null;
    const record = places.resolve(name);
    if (!record) {
      const close = places.suggest(name, 3);
      throw new FoglineError("unknown-place", `unknown place "${name}"`, close.length ? `did you mean ${close.join(" or ")}?` : "no such place in the gazetteer");
    }
    return toPlaceRef(record, name);
  },
  figure(value) {
    const hint = 'give a number ("1200", "1,200") or a range ("1000-1500")';
    if (typeof value === "number" && Number.isFinite(value)) return { value, low: null, high: null, qualifier: "exact", unit: null };
    const v = text("figure", value, hint).replace(/[,\s_]/g, "");
    const range = /^(\d+(?:\.\d+)?)(?:-|–|\.\.)(\d+(?:\.\d+)?)$/.exec(v);
    if (range) {
      const [low, high] = [Number(range[1]), Number(range[2])];
      if (low > high) throw bad("figure", value, "a range runs from low to high");
      return { value: null, low, high, qualifier: "range", unit: null };
    }
    if (!/^\d+(?:\.\d+)?$/.test(v)) throw bad("figure", value, hint);
    return { value: Number(v), low: null, high: null, qualifier: "exact", unit: null };
  },
  period(value) {
    const hint = "give an ISO date (2025-11, 2025-11-02) or a span (2025-11-01..2025-11-05), or none";
    const v = text("period", value, hint);
    if (NONE.has(v.toLowerCase())) return null;
    const [start, end = start] = v.split("..");
    const iso = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
    if (!iso.test(start) || !iso.test(end) || end < start) throw bad("period", value, hint);
    return { start, end, text: v };
  },
  polarity(value) {
    const all: Polarity[] = ["asserted", "denied", "unconfirmed"];
    if (typeof value !== "string" || !all.includes(value as Polarity)) throw bad("polarity", value, `give one of: ${all.join(", ")}`);
    return value as Polarity;
  },
  kind(value) {
    const hint = `give KIND/MEASURE or a measure: ${KINDS.map((k) => `${k}/${MEASURES[k].join("|")}`).join(", ")}`;
    const v = text("kind", value, hint);
    const [a, b] = v.split("/");
    const kind = (b === undefined ? KINDS.find((k) => (MEASURES[k] as readonly string[]).includes(a)) : a) as Kind | undefined;
    const measure = (b ?? a) as Measure;
    if (!kind || !KINDS.includes(kind) || !(MEASURES[kind] as readonly string[]).includes(measure)) throw bad("kind", value, hint);
    return { kind, measure };
  },
};
