// The group a claim belongs to before splitting by period: kind | measure | side | place.
import type { Claim, PlaceRef } from "../claims/index.js";

/** A place's key: its gazetteer id, else its canonical name case-folded. */
export const placeKey = (place: Pick<PlaceRef, "id" | "name"> | null | undefined): string =>
  place ? (place.id ?? place.name.normalize("NFC").toLowerCase()) : "";

/**
 * kind|measure|side|place. Distances also carry the second place (ordered, so that A–B and B–A meet).
 * Polarity is not part of the key: a denial belongs to the proposition it denies.
 */
export function groupKey(claim: Claim): string {
  const base = [claim.kind, claim.measure, claim.side ?? "", placeKey(claim.place)];
  if (claim.kind === "distance" && claim.place2) {
    const pair = [placeKey(claim.place), placeKey(claim.place2)].sort();
    base[3] = pair.join("~");
  }
  // "tens of thousands" has no number to set beside "about 170,000": it is a proposition of its own.
  if (claim.qualifier === "vague") base.push("vague");
  return base.join("|");
}
