// ?place= / ?place_id= and /api/places/:name, through the ledger's one lookup (ledger/place-lookup.ts).
// An ambiguous name is a 409 listing its candidates (pick one with ?place_id=, or /api/places/ID); an
// unknown one a 404 with close names; a known place with no claims is found, with claims 0.
import type { Context } from "hono";
import { candidatesText, lookupPlace, placeLabel, type PlaceQuery, type ResolvedPlace } from "../../ledger/index.js";
import type { AppDeps } from "./app-options.js";
import { HttpError } from "./http-error.js";

/** The place a query names, or undefined when it names none. */
export async function placeOfQuery(c: Context, deps: AppDeps): Promise<ResolvedPlace | undefined> {
  const name = c.req.query("place")?.trim() || undefined;
  const id = c.req.query("place_id")?.trim() || undefined;
  return name === undefined && id === undefined ? undefined : resolvePlace(deps, { name, id });
}

/** A path's place: an id the gazetteer or ledger holds ("704422", "ADM1:UA.05"), else a name in any spelling. */
export const placeOfPath = (deps: AppDeps, idOrName: string): Promise<ResolvedPlace> => resolvePlace(deps, { name: idOrName });

/** GET /api/place-lookup: the lookup's answer as data, always 200 (the web filter's chooser reads it). */
export async function placeLookupOf(c: Context, deps: AppDeps) {
  const name = c.req.query("place")?.trim() || undefined;
  const id = c.req.query("place_id")?.trim() || undefined;
  if (name === undefined && id === undefined) throw new HttpError(400, "bad-query", "give place or place_id");
  const lookup = lookupPlace({ name, id }, await deps.places.all(), deps.gazetteer());
  if (lookup.status === "found") return { ...lookup, place: publicPlace(lookup.place) };
  if (lookup.status === "ambiguous") return { ...lookup, candidates: lookup.candidates.map(publicPlace) };
  return lookup;
}

async function resolvePlace(deps: AppDeps, query: PlaceQuery): Promise<ResolvedPlace> {
  const lookup = lookupPlace(query, await deps.places.all(), deps.gazetteer());
  if (lookup.status === "found") return lookup.place;
  if (lookup.status === "ambiguous") {
    const candidates = lookup.candidates.map(publicPlace);
    throw new HttpError(409, "ambiguous-place", `"${lookup.typed}" names ${candidates.length} places`,
      `pick one with place_id: ${candidatesText(lookup.candidates)}`, { candidates });
  }
  const hint = lookup.suggestions.length ? `did you mean ${lookup.suggestions.join(" or ")}?` : "no such place in the gazetteer or the ledger";
  throw new HttpError(404, "unknown-place", `unknown place "${lookup.typed}"`, hint, { suggestions: lookup.suggestions });
}

/** A resolved place as the API sends it (the store key stays inside). */
export const publicPlace = ({ key: _key, ...place }: ResolvedPlace) => ({ ...place, label: placeLabel(place) });
