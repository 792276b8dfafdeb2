// loadPlaceIndex: read the built gazetteer (dist/data/gazetteer.json) and answer PlaceIndex calls.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FoglineError } from "../claims/index.js";
import { loadActorRegistry } from "../actors/index.js";
import { rankHits, unresolvedTie } from "./candidate-ranking.js";
import { buildGazetteer } from "./gazetteer-builder.js";
import { GAZETTEER_VERSION, type GazetteerFile } from "./gazetteer-file.js";
import { indexGazetteer, type GazetteerIndex, type Hit } from "./gazetteer-index.js";
import { hasCyrillic } from "./fold-name.js";
import { findPlaceMentions } from "./mention-finder.js";
import type { PlaceCandidate, PlaceIndex, PlaceRecord } from "./place-index.js";
import { suggestNames } from "./suggest-names.js";

/** Where the built file may be: beside the compiled code (dist/places → dist/data), or dist/ seen from src/. */
const DEFAULT_PATHS = [new URL("../data/gazetteer.json", import.meta.url), new URL("../../dist/data/gazetteer.json", import.meta.url)];

export interface LoadPlaceIndexOptions {
  /** Drop place mentions inside named actors ("Kyiv Independent"); default true. */
  actorFilter?: boolean;
}

/** Load the gazetteer from `path`, else the built file, else build it in memory from GeoNames (slower, ~1 s). */
export function loadPlaceIndex(path?: string, options: LoadPlaceIndexOptions = {}): PlaceIndex {
  const file = readGazetteer(path);
  const index = indexGazetteer(file);
  const stopwords = new Set(file.stopwords);
  const commonWords = new Set(file.commonWords);
  const firstNames = new Set(file.firstNames);
  const actors = options.actorFilter === false ? null : loadActorRegistry();
  // The last text's spans are kept: a text asked about again is not scanned twice.
  let last: { text: string; spans: { start: number; end: number; person: boolean }[] } | null = null;
  const actorSpans = actors
    ? (text: string) => {
        if (last?.text !== text) last = { text, spans: actors.findMentions(text).map((m) => ({ start: m.start, end: m.end, person: m.source.kind === "person" })) };
        return last.spans;
      }
    : undefined;

  return {
    findMentions: (text) => findPlaceMentions(text, index, { stopwords, firstNames, commonWords, actorSpans }),
    choose(mention, context) {
      const hits = lookupAnyCase(index, mention.text).filter((h) => mention.candidates.includes(h.record));
      // The oblast named with the settlement itself outranks the article's ("Вербового Запорізької області").
      const regions = mention.region ? [mention.region, ...(context?.regions ?? []).filter((r) => r !== mention.region)] : context?.regions;
      const ranked = hits.length ? rankHits(hits, { ...context, regions }) : [];
      return unresolvedTie(ranked, { ...context, regions }) ?? ranked[0]?.record ?? mention.candidates[0];
    },
    resolve(name, context) {
      const hits = lookupAnyCase(index, name.trim().replace(/^the\s+/i, ""));
      return hits.length ? rankHits(hits, context)[0].record : null;
    },
    candidates(name, context) {
      const hits = rankHits(lookupAnyCase(index, name.trim().replace(/^the\s+/i, "")), context);
      const seen = new Map<PlaceRecord, PlaceCandidate>();
      for (const h of hits) {
        const held = seen.get(h.record);
        if (!held) seen.set(h.record, { record: h.record, ownName: h.quality !== "alternate" });
        else if (h.quality !== "alternate") held.ownName = true;
      }
      return [...seen.values()];
    },
    byId: (id) => index.byId.get(id) ?? null,
    suggest: (name, limit) => suggestNames(name, index.keys(), limit),
  };
}

/** The name as written, else (Russian, Ukrainian) in any case form: "Покровске", "Донецкой обл.". */
function lookupAnyCase(index: GazetteerIndex, name: string): Hit[] {
  if (!hasCyrillic(name)) return index.lookup(name);
  const hits = index.lookupCyrillic(name);
  if (hits.length) return hits;
  return index.lookupInflected(name.replace(/ обл\.?$/u, " область"));
}

function readGazetteer(path?: string): GazetteerFile {
  if (path && !existsSync(path)) {
    throw new FoglineError("gazetteer-missing", `no gazetteer at ${path}`, "run `npm run build` to write dist/data/gazetteer.json, or omit the path");
  }
  for (const p of path ? [path] : DEFAULT_PATHS.map((u) => fileURLToPath(u))) {
    if (!existsSync(p)) continue;
    const file = JSON.parse(readFileSync(p, "utf8")) as GazetteerFile;
    if (file.version === GAZETTEER_VERSION) return file;
  }
  return buildGazetteer();
}
