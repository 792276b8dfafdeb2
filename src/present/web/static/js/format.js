// Words and numbers as the interface shows them. Labels follow spec/claims.md and spec/ledger.md.
import { h } from "./dom.js";

export const SIDE_NAMES = { RU: "Russia", UA: "Ukraine", independent: "independent" };
export const sideName = (side) => SIDE_NAMES[side] ?? "side not said";

export const STATUS_TEXT = {
  disputed: "one primary source asserts it and another denies it, or their figures differ by more than the wording allows",
  denied: "only denials",
  unconfirmed: "only “could not confirm”",
  single_source: "exactly one primary source asserts it, however many outlets repeat it",
  one_sided: "several primary sources assert it, all from the side it favours",
  corroborated: "asserted by primary sources of both sides, or by an independent one",
};
export const STATUSES = Object.keys(STATUS_TEXT);
export const statusLabel = (s) => String(s ?? "").replace(/_/g, " ");

export const KINDS = ["casualties", "forces", "control", "event", "population", "distance", "area"];

const MEASURE_WORDS = {
  killed: "killed", wounded: "wounded", killed_or_wounded: "killed or wounded", captured: "captured", missing: "missing",
  deployed: "troops deployed", encircled: "troops encircled", at_risk: "troops at risk of encirclement",
  controls: "controls", contested: "attacking inside", flag_raised: "flag raised", withdrawal: "withdrawal",
  evacuation: "evacuation", strike: "strike", population: "population", distance: "distance", length: "length",
  area: "area held", share: "share held",
};
export const measureLabel = (m) => MEASURE_WORDS[m] ?? String(m ?? "").replace(/_/g, " ");

/** A proposition's title as the read layer words it (the API sends `title`); the same words as the CLI and report. */
export const titleOf = (p) => p.title ?? describe(p);

/** A proposition's figure in words as the API sends it (`figure_text`), qualifiers kept ("6,500 or more people"). */
export const figureTextOf = (p) => p.figure_text ?? formatFigure(p.figure);

/** A one-line name for a claim (claims have no proposition title): "Russia controls Pokrovsk", "Ukrainian losses: killed". */
export const describe = (p) => capitalise(describeRaw(p));
const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function describeRaw(p) {
  const side = p.side ? sideName(p.side) : null;
  const place = p.place?.name ?? null;
  const at = place ? ` — ${place}` : "";
  switch (p.kind) {
    case "control":
      if (p.measure === "contested") return side ? `${side} attacking inside ${place ?? "?"}` : `Fighting inside ${place ?? "?"} (attacker not said)`;
      return side ? `${side} controls ${place ?? "?"}` : `Control of ${place ?? "?"} (holder not said)`;
    case "casualties": return p.side ? `${adjective(p.side)} losses: ${measureLabel(p.measure)}${at}` : `Losses (side not said): ${measureLabel(p.measure)}${at}`;
    case "forces": return p.side ? `${adjective(p.side)} ${measureLabel(p.measure)}${at}` : `${measureLabel(p.measure)} (side not said)${at}`;
    case "event": return `${measureLabel(p.measure)}${side ? ` by ${side}` : ""}${at}`;
    case "population": return `Population${place ? ` of ${place}` : ""}`;
    case "distance": return `${measureLabel(p.measure)}${at}`;
    case "area": return `${measureLabel(p.measure)}${side ? ` by ${side}` : ""}${at}`;
    default: return `${p.kind} ${measureLabel(p.measure)}${at}`;
  }
}

export const adjective = (side) => (side === "RU" ? "Russian" : side === "UA" ? "Ukrainian" : "");

const UNIT_SUFFIX = { percent: " %", km: " km", km2: " km²", people: "" };
const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
export const formatNumber = (n) => (n === null || n === undefined ? "?" : number.format(n));
const withUnit = (n, unit) => `${formatNumber(n)}${UNIT_SUFFIX[unit] ?? (unit ? ` ${unit}` : "")}`;

/** "6,500–8,000 (best 7,000)" from a ledger figure; "—" when there is none. */
export function formatFigure(f) {
  if (!f || (f.low === null && f.best === null && f.high === null)) return "—";
  const { low, best, high, unit } = f;
  if (low !== null && high !== null && low !== high) return `${withUnit(low, unit)} – ${withUnit(high, unit)}${best !== null && best !== low && best !== high ? ` (best ${formatNumber(best)})` : ""}`;
  return withUnit(best ?? low ?? high, unit);
}

const QUALIFIER_WORDS = { exact: "", about: "about ", over: "over ", at_least: "at least ", under: "under ", at_most: "at most ", nearly: "nearly ", vague: "" };

/** A claim's figure as worded: "over 6,500", "50,000–60,000", "tens of thousands (no figure)". */
export function formatClaimValue(c) {
  if (c.qualifier === "range" && c.low !== null && c.high !== null) return `${withUnit(c.low, c.unit)} – ${withUnit(c.high, c.unit)}`;
  if (c.value === null) return c.qualifier === "vague" ? "vague figure" : "";
  return `${QUALIFIER_WORDS[c.qualifier] ?? ""}${withUnit(c.value, c.unit)}`;
}

export function formatPeriod(t) {
  if (!t || (!t.start && !t.end)) return "undated";
  if (t.start === t.end || !t.end) return t.start;
  if (!t.start) return `until ${t.end}`;
  const sameYear = t.start.length === 10 && t.end.length === 10 && t.start.slice(0, 4) === t.end.slice(0, 4);
  return `${t.start} – ${sameYear ? t.end.slice(5) : t.end}`;
}

export const sideBadge = (side) => h("span", { class: ["badge", "side", `side-${side ?? "none"}`] }, side ?? "—");
export const statusBadge = (status) => h("span", { class: ["badge", "status", `status-${status}`], title: STATUS_TEXT[status] ?? "" }, statusLabel(status));
export const stanceBadge = (stance) => h("span", { class: ["badge", "stance", `stance-${stance}`] }, stance);

export const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
