// Propositions of different groups that cannot both hold: "RU controls P" vs "P is contested", or
// "RU controls P" vs "UA controls P", in overlapping periods. Indexed by place: pairs are only formed
// among the control propositions of one place, never over the whole ledger.
import type { Proposition } from "../claims/index.js";
import { placeKey } from "./group-key.js";
import { daySpan, gapDays, type DaySpan } from "./period.js";

/** Days two control periods may be apart and still be held against each other (reports lag events). */
export const CONTRADICTION_SLACK_DAYS = 7;

export interface ContradictionRow {
  a: Proposition["measure"];
  b: Proposition["measure"];
  /** Whether the two sides must differ (RU controls vs UA controls). */
  differentSides: boolean;
  reason: string;
}

export const CONTRADICTIONS: ContradictionRow[] = [
  { a: "controls", b: "contested", differentSides: false, reason: "controls-vs-contested" },
  { a: "controls", b: "controls", differentSides: true, reason: "both-control" },
];

/** Adds `{ relation: "contradicts" }` to both propositions of each contradicting pair (in place). */
export function relateContradictions(propositions: Proposition[], slackDays = CONTRADICTION_SLACK_DAYS): void {
  const byPlace = new Map<string, Proposition[]>();
  for (const p of propositions) {
    if (p.kind !== "control" || !p.place) continue;
    const key = placeKey(p.place);
    const list = byPlace.get(key);
    if (list) list.push(p);
    else byPlace.set(key, [p]);
  }
  for (const list of byPlace.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (contradicts(list[i], list[j], slackDays)) link(list[i], list[j]);
      }
    }
  }
}

function contradicts(x: Proposition, y: Proposition, slackDays: number): boolean {
  const rule = CONTRADICTIONS.find(
    (r) => (r.a === x.measure && r.b === y.measure) || (r.a === y.measure && r.b === x.measure),
  );
  if (!rule) return false;
  if (rule.differentSides && (x.side === null || y.side === null || x.side === y.side)) return false;
  return overlaps(spanOf(x), spanOf(y), slackDays);
}

function spanOf(p: Proposition): DaySpan | null {
  const s = daySpan(p.time?.start);
  const e = daySpan(p.time?.end);
  return s || e ? { start: (s ?? e)!.start, end: (e ?? s)!.end } : null;
}

/** An undated proposition cannot be placed in time, so it is held against every period. */
const overlaps = (a: DaySpan | null, b: DaySpan | null, slack: number): boolean =>
  !a || !b || gapDays(a, b) <= slack;

function link(a: Proposition, b: Proposition): void {
  if (!a.related.some((r) => r.id === b.id)) a.related.push({ id: b.id, relation: "contradicts" });
  if (!b.related.some((r) => r.id === a.id)) b.related.push({ id: a.id, relation: "contradicts" });
}
