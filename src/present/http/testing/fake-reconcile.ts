// A stand-in reconciler for tests: one proposition per group, statuses after ledger.md's table.
import type { Claim, PrimarySource, Proposition, PropositionStatus } from "../../../claims/index.js";
import { fakeGroupKey } from "./fake-store.js";

function primarySources(claims: Claim[], outletOf: (doc: string) => string | null): PrimarySource[] {
  const byName = new Map<string, PrimarySource>();
  for (const c of claims) {
    const outlet = outletOf(c.doc) ?? c.doc;
    const name = c.source?.institution ?? c.source?.name ?? outlet;
    const key = `${name}|${c.polarity}`;
    const row = byName.get(key) ?? { name, side: c.source ? c.source.side : "independent", speakers: [], stance: c.polarity, reported_by: [], hedges: [] };
    if (c.source && !row.speakers.includes(c.source.name)) row.speakers.push(c.source.name);
    if (!row.reported_by.includes(outlet)) row.reported_by.push(outlet);
    for (const h of c.hedges) if (!row.hedges?.includes(h)) row.hedges?.push(h);
    byName.set(key, row);
  }
  return [...byName.values()];
}

function statusOf(sources: PrimarySource[], claimSide: string | null): PropositionStatus {
  const asserted = sources.filter((s) => s.stance === "asserted");
  if (asserted.length && sources.some((s) => s.stance === "denied")) return "disputed";
  if (!asserted.length) return sources.some((s) => s.stance === "denied") ? "denied" : "unconfirmed";
  if (asserted.length === 1) return "single_source";
  const sides = new Set(asserted.map((s) => s.side));
  return sides.has("independent") || sides.size > 1 ? "corroborated" : claimSide ? "one_sided" : "corroborated";
}

export function fakeReconcile(claims: Claim[], outletOf: (doc: string) => string | null): Proposition[] {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) groups.set(fakeGroupKey(c), [...(groups.get(fakeGroupKey(c)) ?? []), c]);
  const props: Proposition[] = [];
  for (const [key, group] of groups) {
    const first = group[0];
    const sources = primarySources(group, outletOf);
    const values = group.filter((c) => c.value !== null && c.polarity === "asserted");
    const low = values.length ? values.reduce((a, c) => ((c.low ?? c.value!) < (a.low ?? a.value!) ? c : a)) : null;
    const high = values.length ? values.reduce((a, c) => ((c.high ?? c.value!) > (a.high ?? a.value!) ? c : a)) : null;
    const dates = group.flatMap((c) => [c.time?.start, c.time?.end]).filter((d): d is string => !!d).sort();
    props.push({
      id: `p-${key.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`,
      kind: first.kind, measure: first.measure, side: first.side,
      place: first.place ? { name: first.place.name, id: first.place.id } : null,
      time: dates.length ? { start: dates[0], end: dates[dates.length - 1] } : null,
      claims: group.map((c) => c.id),
      reports: new Set(group.map((c) => c.doc)).size,
      primary_sources: sources,
      figure: low && high ? {
        low: low.low ?? low.value, best: values[0].value, high: high.high ?? high.value, unit: first.unit,
        low_from: low.source?.name ?? null, high_from: high.source?.name ?? null,
      } : null,
      status: statusOf(sources, first.side),
      related: [], checks: [],
    });
  }
  for (const p of props) {
    if (p.kind !== "control") continue;
    p.related = props.filter((q) => q !== p && q.kind === "control" && q.place?.name === p.place?.name && q.side !== p.side)
      .map((q) => ({ id: q.id, relation: "contradicts" }));
  }
  return props;
}
