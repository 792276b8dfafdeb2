// Each reviewable field as a value of its own: read from a claim, and set on one. A correction event keeps
// the value before and after in these shapes (JSON), so the log alone replays it.
import type { Claim, Kind, Measure, Period, PlaceRef, Polarity, Qualifier, ReviewField, Side, Source, SourceSide, Unit } from "../claims/index.js";

export interface FigureValue { value: number | null; low: number | null; high: number | null; qualifier: Qualifier | null; unit: Unit | null }
export interface KindValue { kind: Kind; measure: Measure }

export interface FieldValues {
  speaker: Source | null;
  speaker_side: SourceSide | null;
  side: Side | null;
  place: PlaceRef | null;
  figure: FigureValue;
  period: Period | null;
  polarity: Polarity;
  kind: KindValue;
}

export function fieldOf<F extends ReviewField>(claim: Claim, field: F): FieldValues[F] {
  const values: FieldValues = {
    speaker: claim.source,
    speaker_side: claim.source?.side ?? null,
    side: claim.side,
    place: claim.place,
    figure: { value: claim.value, low: claim.low, high: claim.high, qualifier: claim.qualifier, unit: claim.unit },
    period: claim.time,
    polarity: claim.polarity,
    kind: { kind: claim.kind, measure: claim.measure },
  };
  return values[field];
}

/** A copy of the claim with the field set (a speaker's side needs a speaker: without one it is left as is). */
export function withField(claim: Claim, field: ReviewField, value: unknown): Claim {
  const c = structuredClone(claim);
  switch (field) {
    case "speaker": c.source = value as Source | null; break;
    case "speaker_side": if (c.source) c.source.side = value as SourceSide | null; break;
    case "side": c.side = value as Side | null; break;
    case "place": c.place = value as PlaceRef | null; break;
    case "figure": Object.assign(c, value as FigureValue); break;
    case "period": c.time = value as Period | null; break;
    case "polarity": c.polarity = value as Polarity; break;
    case "kind": Object.assign(c, value as KindValue); break;
  }
  return c;
}
