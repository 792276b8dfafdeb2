// The reconciliation stage: claims → propositions (pure: no storage, no clock).
export type { GroupKey, ReconcileContext, Reconciler, TimelineEntry } from "./reconciler.js";
export { createReconciler, type ExplainingReconciler, type ReconcilerOptions, type ReconciledProposition } from "./create-reconciler.js";
export { timeline } from "./timeline.js";
export { groupKey, placeKey } from "./group-key.js";
export { mergePrimarySources, speakerOf, type MergedSources, type PrimarySourceWithNote } from "./primary-sources.js";
export { figureOf, figuresConflict, median } from "./figure-range.js";
export { QUALIFIER_BOUNDS, statedBounds, allowedInterval } from "./qualifier-bounds.js";
export { statusOf } from "./status.js";
export { favouredSide, FAVOURS } from "./favoured-side.js";
export { relateContradictions, CONTRADICTIONS } from "./contradictions.js";
export { PERIOD_RULES, type PeriodRule } from "./period-tolerance.js";
export { splitByPeriod } from "./period-split.js";
export { populationEra } from "./population-era.js";
export { daySpan, compareIso } from "./period.js";
export { haversineKm } from "./haversine.js";
export { formatNumber, describeClaimFigure } from "./describe-figure.js";
export { scopesOf, CROSS_GROUP, type ReconcileScope } from "./reconcile-scopes.js";
