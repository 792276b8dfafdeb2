// The reconciler: group claims (kind|measure|side|place), split each group by period, build one
// proposition per cluster, then relate and check propositions through place indexes. Cost: one pass to
// group, a sort per group, and pairs only inside one place's control propositions.
import type { Claim, Kind, Proposition } from "../claims/index.js";
import { buildProposition } from "./build-proposition.js";
import { checkDistance } from "./distance-check.js";
import { checkPopulation } from "./population-check.js";
import { checkRegionShares, type PropositionClaims } from "./region-share-check.js";
import { CONTRADICTION_SLACK_DAYS, relateContradictions } from "./contradictions.js";
import { FAVOURS, type FavourRow } from "./favoured-side.js";
import { groupKey } from "./group-key.js";
import { PERIOD_RULES, type PeriodRule } from "./period-tolerance.js";
import { splitByPeriod } from "./period-split.js";
import { populationEra } from "./population-era.js";
import type { ReconcileContext, Reconciler } from "./reconciler.js";

export interface ReconcilerOptions {
  /** Period rules per kind; default PERIOD_RULES (control/event: 21-day gap; figures: one per period). */
  periodRules?: Partial<Record<Kind, PeriodRule>>;
  /** Which side each kind of claim favours; default FAVOURS. */
  favours?: FavourRow[];
  /** Days control periods may be apart and still contradict; default 7. */
  contradictionSlackDays?: number;
}

/** A proposition with the rule that set its status (a field added to the ledger.md shape). */
export interface ReconciledProposition extends Proposition {
  status_reason: string;
}

/** The Reconciler seam, with the status reason kept on each proposition. */
export interface ExplainingReconciler extends Reconciler {
  reconcile(claims: Claim[], context: ReconcileContext): ReconciledProposition[];
}

export function createReconciler(options: ReconcilerOptions = {}): ExplainingReconciler {
  const rules = { ...PERIOD_RULES, ...options.periodRules };
  const favours = options.favours ?? FAVOURS;
  return {
    groupKey,
    reconcile(claims: Claim[], ctx: ReconcileContext): ReconciledProposition[] {
      const items: PropositionClaims[] = [];
      const out: ReconciledProposition[] = [];
      for (const [key, group] of groupBy(claims, groupKey)) {
        for (const [era, part] of subgroups(group)) {
          for (const cluster of splitByPeriod(part, rules[part[0].kind], ctx.publishedOf)) {
            const anchor = `${era}@${cluster.span ? cluster.span.start : "undated"}`;
            const built = buildProposition(key, anchor, cluster.claims, ctx, { favours });
            const proposition: ReconciledProposition = { ...built.proposition, status_reason: built.statusReason };
            proposition.checks.push(...checkDistance(cluster.claims, ctx.places), ...checkPopulation(cluster.claims, ctx.places));
            items.push({ proposition, claims: cluster.claims });
            out.push(proposition);
          }
        }
      }
      checkRegionShares(items, ctx.places);
      relateContradictions(out, options.contradictionSlackDays ?? CONTRADICTION_SLACK_DAYS);
      return out;
    },
  };
}

function groupBy<T>(xs: T[], keyOf: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = keyOf(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/** Population figures of the pre-war reference and of what remains now are different propositions. */
function subgroups(group: Claim[]): Map<string, Claim[]> {
  if (group[0].kind !== "population") return new Map([["", group]]);
  return groupBy(group, (c) => populationEra(c));
}
