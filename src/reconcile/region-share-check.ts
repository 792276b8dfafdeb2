// Area against share of one region: a km² claim is a percent of the region's area and vice versa.
// Both numbers go into `detail`; an area and a share proposition of the same region, side and period are
// held against each other.
import type { Check, Claim, Proposition } from "../claims/index.js";
import type { PlaceIndex } from "../places/place-index.js";
import { placeKey } from "./group-key.js";
import { daySpan, gapDays } from "./period.js";
import { checkInterval, distinctFigures, SHARE_SLACK } from "./check-tolerance.js";
import { describeClaimFigure, formatNumber } from "./describe-figure.js";
import { placeRecord } from "./place-record.js";

export interface PropositionClaims {
  proposition: Proposition;
  claims: Claim[];
}

export function checkRegionShares(items: PropositionClaims[], places?: PlaceIndex): void {
  const byRegion = new Map<string, PropositionClaims[]>();
  for (const item of items) {
    const p = item.proposition;
    if (p.kind !== "area" || !p.place) continue;
    const key = `${placeKey(p.place)}|${p.side ?? ""}`;
    const list = byRegion.get(key);
    if (list) list.push(item);
    else byRegion.set(key, [item]);
  }
  for (const list of byRegion.values()) {
    const record = placeRecord(list[0].proposition.place, places);
    if (!record?.areaKm2) continue;
    const area = record.areaKm2;
    const areas = list.filter((i) => i.proposition.measure === "area");
    const shares = list.filter((i) => i.proposition.measure === "share");
    const regionText = `${record.name}'s ${formatNumber(area)} km²`;

    for (const a of areas) for (const s of shares) if (sameTime(a.proposition, s.proposition)) compare(a, s, area, regionText);
    for (const item of areas.length && shares.length ? [] : list) plausibility(item, area, regionText);
  }
}

const asPercent = (km2: number, area: number): number => (km2 / area) * 100;

// A few distinct figures per side are enough to say whether area and share agree; comparing all of
// them grows with the square of the figures (bench/README.md).
const MOST_FIGURES = 3;

function compare(a: PropositionClaims, s: PropositionClaims, area: number, regionText: string): void {
  for (const ac of distinctFigures(a.claims).filter((c) => c.unit === "km2").slice(0, MOST_FIGURES)) {
    const aIv = checkInterval(ac, SHARE_SLACK);
    if (!aIv) continue;
    const pct = asPercent(ac.value ?? ac.low ?? ac.high ?? 0, area);
    for (const sc of distinctFigures(s.claims).filter((c) => c.unit === "percent").slice(0, MOST_FIGURES)) {
      const sIv = checkInterval(sc, SHARE_SLACK);
      if (!sIv) continue;
      const ok = asPercent(aIv[0], area) <= sIv[1] && sIv[0] <= asPercent(aIv[1], area);
      const shareKm2 = ((sc.value ?? sc.low ?? sc.high ?? 0) / 100) * area;
      const check: Check = {
        against: "region_area",
        result: ok ? "consistent" : "inconsistent",
        detail:
          `${describeClaimFigure(ac)} is ${formatNumber(pct, 1)} % of ${regionText}; ` +
          `share claimed ${describeClaimFigure(sc)} (${formatNumber(shareKm2)} km²)`,
      };
      pushOnce(a.proposition, check);
      pushOnce(s.proposition, { ...check });
    }
  }
}

const pushOnce = (p: Proposition, check: Check) => {
  if (!p.checks.some((c) => c.detail === check.detail)) p.checks.push(check);
};

/** Without a counterpart, at least the figure must fit inside the region. */
function plausibility(item: PropositionClaims, area: number, regionText: string): void {
  for (const c of distinctFigures(item.claims).slice(0, MOST_FIGURES)) {
    const n = c.value ?? c.low ?? c.high;
    if (n === null) continue;
    const isKm2 = c.unit === "km2";
    const pct = isKm2 ? asPercent(n, area) : n;
    const km2 = isKm2 ? n : (n / 100) * area;
    item.proposition.checks.push({
      against: "region_area",
      result: pct <= 100 ? "consistent" : "inconsistent",
      detail: `${describeClaimFigure(c)} is ${isKm2 ? `${formatNumber(pct, 1)} %` : `${formatNumber(km2)} km²`} of ${regionText}`,
    });
  }
}

function sameTime(a: Proposition, b: Proposition): boolean {
  const x = daySpan(a.time?.start ?? a.time?.end);
  const y = daySpan(b.time?.start ?? b.time?.end);
  return !x || !y || gapDays(x, y) <= 31;
}
