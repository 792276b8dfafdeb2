// A place the user typed in Cyrillic ("Покровськ", "Покровске") is looked up under its canonical gazetteer
// name, which is what the ledger stores. Latin names and ids pass through unchanged (the store folds them).
import { loadPlaceIndex, type PlaceIndex } from "../places/index.js";

let index: PlaceIndex | null = null;

export function canonicalPlace(typed: string | undefined): string | undefined {
  if (!typed || !/[\u0400-\u04ff]/.test(typed)) return typed;
  index ??= loadPlaceIndex();
  return index.resolve(typed)?.name ?? typed;
}
