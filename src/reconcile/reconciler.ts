// The reconciliation stage's seam: claims in, propositions out. Pure: no storage, no clock.
import type { Claim, Proposition, Side, SourceSide, Stance } from "../claims/index.js";
import type { PlaceIndex } from "../places/place-index.js";

export interface ReconcileContext {
  /** Outlet of each document id (the article's own voice is the outlet as primary source). */
  outletOf(doc: string): string | null;
  /** Reference data for checks (distances, populations, region areas). */
  places?: PlaceIndex;
  /** Publication date of each document (YYYY[-MM[-DD]]): undated claims join the period nearest it. */
  publishedOf?(doc: string): string | null;
  /** Side of an outlet that belongs to a party (its own voice then speaks for that side); default "independent". */
  outletSide?(outlet: string): SourceSide | null;
}

/**
 * The proposition group a claim belongs to: kind, measure, side, place. Claims of one group are split
 * further by period inside reconcile(). Stores index claims by this key so that adding an article only
 * re-reconciles the groups it touched (cost near-linear in claims, no all-pairs comparison).
 */
export type GroupKey = string;

export interface Reconciler {
  groupKey(claim: Claim): GroupKey;
  /** All propositions for the claims given (which should be whole groups). */
  reconcile(claims: Claim[], context: ReconcileContext): Proposition[];
}

export interface TimelineEntry {
  date: string | null;
  claim: Claim;
  outlet: string | null;
  /** Whose control, attack or event (the claim's side). */
  side: Side | null;
  /** The speaker, or the outlet when the article speaks in its own voice. */
  source: string | null;
  stance: Stance;
}
