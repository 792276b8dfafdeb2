// Split one group's claims into periods by sort and sweep (never all pairs); undated claims join the
// cluster nearest their article's date, or one undated cluster.
import type { Claim } from "../claims/index.js";
import { claimSpan, daySpan, gapDays, overlapRatio, unionSpan, type DaySpan } from "./period.js";
import type { PeriodRule } from "./period-tolerance.js";

export interface Cluster {
  claims: Claim[];
  /** Span of the dated claims; null when none is dated. */
  span: DaySpan | null;
}

export function splitByPeriod(
  claims: Claim[],
  rule: PeriodRule,
  publishedOf?: (doc: string) => string | null,
): Cluster[] {
  const dated: { claim: Claim; span: DaySpan }[] = [];
  const undated: Claim[] = [];
  for (const claim of claims) {
    // A figure dated only by its article's publication is placed like an undated one: near its article's
    // date, in the period of the figures it sits among (two outlets' "170,000 troops" a day apart are one).
    const span = rule.mode === "period" && datedByPublication(claim) ? null : claimSpan(claim);
    if (span) dated.push({ claim, span });
    else undated.push(claim);
  }
  dated.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);

  const clusters: (Cluster & { span: DaySpan })[] = [];
  for (const { claim, span } of dated) {
    const current = clusters[clusters.length - 1];
    if (current && joins(current.span, span, rule)) {
      current.claims.push(claim);
      current.span = unionSpan(current.span, span);
    } else {
      clusters.push({ claims: [claim], span });
    }
  }

  let loose: Cluster | null = null;
  for (const claim of undated) {
    const ref = daySpan(publishedOf?.(claim.doc));
    const near = ref ? nearest(clusters, ref) : withoutReference(clusters, rule);
    if (near) near.claims.push(claim);
    else (loose ??= { claims: [], span: null }).claims.push(claim);
  }
  return loose ? [...clusters, loose] : clusters;
}

const datedByPublication = (claim: Claim) => claim.inferred?.some((i) => i.field === "time" && i.reason === "publication-date") ?? false;

/**
 * No article date to go by: a state or event joins the latest period (news reports the current state,
 * and a denial must meet what it denies); a figure joins only when its group has one period.
 */
function withoutReference<C>(clusters: C[], rule: PeriodRule): C | null {
  if (rule.mode === "gap") return clusters[clusters.length - 1] ?? null;
  return clusters.length === 1 ? clusters[0] : null;
}

function joins(cluster: DaySpan, span: DaySpan, rule: PeriodRule): boolean {
  return rule.mode === "gap"
    ? span.start - cluster.end <= rule.gapDays
    : overlapRatio(cluster, span) >= rule.minOverlap;
}

/** Binary search on cluster starts (clusters are sorted), then the closer of the two neighbours. */
function nearest<C extends { span: DaySpan }>(clusters: C[], ref: DaySpan): C | null {
  if (clusters.length === 0) return null;
  let lo = 0;
  let hi = clusters.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (clusters[mid].span.start <= ref.start) lo = mid;
    else hi = mid - 1;
  }
  const candidates = [clusters[lo], clusters[lo + 1]].filter((c): c is C => c !== undefined);
  return candidates.reduce((best, c) => (gapDays(c.span, ref) < gapDays(best.span, ref) ? c : best));
}
