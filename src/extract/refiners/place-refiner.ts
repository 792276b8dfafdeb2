// The place (and second place) of each candidate, from the gazetteer mentions of its sentence:
// - the nearest mention, preferring one after the trigger; capitals used as actors ("Moscow claimed",
//   "the Kyiv flag") are not places unless a preposition makes them one ("in Moscow");
// - "the city", "its", "the region" point back to the last settlement or region named;
// - areas and shares take a region ("percent of Donetsk" is the oblast); distances take "of/from X" as
//   the second place; casualty figures take a place only when the sentence locates them ("in X").
// Control and events need a place: without one they are dropped.
import type { PlaceRef } from "../../claims/index.js";
import type { ArticleContext, Refiner } from "../article-context.js";
import type { Candidate } from "../candidate.js";
import { toPlaceRef as toRef, type PlaceMention, type PlaceRecord } from "../../places/place-index.js";

/** A record the gazetteer lacks (id "") becomes a place without an id. */
const toPlaceRef = (record: PlaceRecord, mention: string): PlaceRef => (record.id ? toRef(record, mention) : { ...toRef(record, mention), id: null });
import { haversineKm } from "../../places/haversine.js";
import { perLexicon, re } from "../compile.js";

interface Located { mention: PlaceMention; record: PlaceRecord; sentence: number; inBrackets: boolean }

// "killed in the battle", "lost in the offensive": the battle the article is about.
const UNIT_AFTER = /^['’]?s?\s+(?:[a-z-]+\s+)?(?:regiment|battalion|brigade|group|unit|corps|division|fleet|detachment|company|sea|river|movement|battalions|regiments)\b|^\s+(?:square|street|avenue|prospekt|boulevard|park|station|bridge|airport|plant|stadium|lane|road)\b/;
// "the Sea of Azov", "the River Dnipro", "the Gulf of …": water, not a settlement.
const WATER_BEFORE = /\b(?:sea|gulf|bay|lake|river|strait) of\s+$|\briver\s+$/;
/** Countries where this war's claims are placed: the parties and the neighbours it has reached. */
const THEATRE = new Set(["UA", "RU", "BY", "MD", "PL", "RO", "GE"]);

export const PlaceRefiner: Refiner = {
  name: "place",
  refine(ctx, found) {
    const located = locate(ctx);
    const focus = focusSettlement(located);
    const out: Candidate[] = [];
    for (const c of found) {
      const placed = place(ctx, c, located, focus);
      if (placed) out.push(placed, ...coordinated(ctx, placed, located));
    }
    return out.map((c) => withPrecision(ctx, c));
  },
};

function locate(ctx: ArticleContext): Located[] {
  const out: Located[] = [];
  // Regions the article names as regions ("Donetsk region"): there, a bare "Donetsk" is the region too.
  const named = new Set(ctx.sentences.flatMap((s) => s.places).map((m) => m.candidates[0]).filter((r) => r?.type === "region").map((r) => r.id));
  for (const s of ctx.sentences) for (const mention of s.places) {
    const region = mention.candidates.find((r) => r.type === "region" && named.has(r.id));
    const record = region ?? ctx.places.choose(mention, { regions: ctx.regions });
    if (isActorUse(ctx, mention, record)) continue;
    // "the Azov regiment", "the Dnipro river": a unit or a river named after a place.
    if (UNIT_AFTER.test(ctx.lower.slice(mention.end, mention.end + 16))) continue;
    if (WATER_BEFORE.test(ctx.lower.slice(Math.max(0, mention.start - 12), mention.start))) continue;
    const opened = ctx.lower.slice(s.start, mention.start);
    out.push({ mention, record, sentence: s.index, inBrackets: opened.lastIndexOf("(") > opened.lastIndexOf(")") });
  }
  return disambiguate(ctx, out);
}

// The pack's rows, compiled once per lexicon.
const compiled = perLexicon((lex) => ({
  GLOBAL: re(lex, lex.GLOBAL_SCOPE),
  LIST_JOIN: re(lex, `^(?:${lex.PLACE_WORDS.listJoin})$`),
  JOIN_BEFORE_NAME: re(lex, `^(?:${lex.PLACE_WORDS.listJoin})(?=\\S)`),
  LIST_CLOSE: re(lex, lex.PLACE_WORDS.listClose),
  LIST_CLOSE_AFTER: re(lex, lex.PLACE_WORDS.listCloseAfter),
  REGION_OF_ITEM: re(lex, `^(?:${lex.PLACE_WORDS.regionOfItem})$`),
  LOCATIVE_BEFORE: re(lex, lex.PLACE_WORDS.locativeBefore),
  SETTLEMENT_ANAPHOR: re(lex, lex.PLACE_WORDS.settlementAnaphor),
  BATTLE_ANAPHOR: re(lex, lex.PLACE_WORDS.battleAnaphor),
  REGION_ANAPHOR: re(lex, lex.PLACE_WORDS.regionAnaphor),
  OF_FROM: re(lex, lex.PLACE_WORDS.distanceOfFrom),
  THERE: re(lex, lex.PLACE_WORDS.thereAfter),
  ATTACK_ANAPHOR: lex.PLACE_WORDS.attackAnaphor ? re(lex, lex.PLACE_WORDS.attackAnaphor, "i") : null,
  NEAR_BEFORE: re(lex, `\\b(?:${lex.NEAR_PRECISION})\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,2}$`),
  NEAR: re(lex, `^\\s*,?\\s*(?:${lex.NEAR_ANCHOR})\\s+(?:the\\s+(?:city|town|village)\\s+of\\s+)?$`),
  SMALL_BEFORE: re(lex, `\\b(?:${lex.SMALL_SETTLEMENT_BEFORE})\\s+$`),
}));
/** How far "X near Y" may put X from Y, and how big a place "the village of X" may be. */
const NEAR_KM = 60;
const VILLAGE_POPULATION = 50_000;
/** A same-named place this much closer to the article's other places is the one meant. */
const FAR_KM = 300;

// Same-named settlements: "the village of Rivne near Pokrovsk" is not the city of Rivne 800 km west.
// 1. "X near / outside / N km south of Y": the X closest to Y, within NEAR_KM, else one the gazetteer lacks;
// 2. "the village of X": not a city;
// 3. otherwise the X nearest the article's other places, when the first choice is far from all of them.
function disambiguate(ctx: ArticleContext, located: Located[]): Located[] {
  const anchors = located.filter((l) => l.record.type === "settlement" && l.record.lat !== null && l.mention.candidates.filter((c) => c.type === "settlement").length === 1);
  return located.map((l, i) => {
    const options = l.mention.candidates.filter((c) => c.type === "settlement");
    if (l.record.type !== "settlement") return l;
    const next = located[i + 1];
    const between = next && next.sentence === l.sentence ? ctx.lower.slice(l.mention.end, next.mention.start) : null;
    const village = compiled(ctx.lexicon).SMALL_BEFORE.test(ctx.lower.slice(Math.max(0, l.mention.start - 30), l.mention.start));
    const fits = (c: PlaceRecord) => !village || (c.population ?? 0) < VILLAGE_POPULATION;
    if (between !== null && compiled(ctx.lexicon).NEAR.test(between) && next.record.lat !== null && next.record.lon !== null) {
      const near = options.filter(fits).map((c) => ({ c, km: distance(c, next.record) })).filter((x) => x.km <= NEAR_KM).sort((a, b) => a.km - b.km)[0];
      return { ...l, record: near?.c ?? unlisted(l.mention.text, next.record) };
    }
    if (!fits(l.record)) {
      const small = options.find(fits);
      return { ...l, record: small ?? unlisted(l.mention.text, null) };
    }
    if (options.length > 1 && anchors.length) {
      const others = anchors.filter((a) => a.mention.text !== l.mention.text);
      const nearest = (c: PlaceRecord) => Math.min(...others.map((a) => distance(c, a.record)));
      // (A village without coordinates, chosen by its oblast, is not known to be far: it stays.)
      if (others.length && l.record.lat !== null && nearest(l.record) > FAR_KM) {
        const better = options.map((c) => ({ c, km: nearest(c) })).sort((a, b) => a.km - b.km)[0];
        if (better && better.km < FAR_KM / 3) return { ...l, record: better.c };
      }
    }
    return l;
  });
}

const distance = (a: PlaceRecord, b: PlaceRecord) =>
  a.lat === null || a.lon === null || b.lat === null || b.lon === null ? Infinity : haversineKm(a.lat, a.lon, b.lat, b.lon);

/** A settlement the gazetteer does not list: its name, in the region of the place it is near. */
const unlisted = (name: string, near: PlaceRecord | null): PlaceRecord => ({
  id: "", name, type: "settlement", country: near?.country ?? null, region: near?.region ?? null, lat: null, lon: null, population: null, areaKm2: null,
});

// "Moscow deployed", "Kyiv's forces", "the Kyiv flag": a capital standing for its government.
function isActorUse(ctx: ArticleContext, mention: PlaceMention, record: PlaceRecord): boolean {
  if (record.type === "country") return false;
  const speaker = ctx.actors.resolveSpeaker(mention.text);
  if (!speaker || speaker.kind !== "government") return false;
  const before = ctx.lower.slice(Math.max(0, mention.start - 16), mention.start);
  if (/\b(?:according to|citing|told)\s+$/.test(before)) return true;
  return !/\b(?:in|near|over|outside|around|to|toward|towards|at|into|on|from)\s+$/.test(before);
}

// The place the article is about: the settlement or region named most often.
function focusSettlement(located: Located[]): Located | null {
  const counts = new Map<string, { n: number; first: Located }>();
  for (const l of located) {
    if (l.record.type === "country") continue;
    const entry = counts.get(l.record.id) ?? { n: 0, first: l };
    entry.n++;
    counts.set(l.record.id, entry);
  }
  let best: { n: number; first: Located } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best?.first ?? null;
}

function place(ctx: ArticleContext, c: Candidate, located: Located[], focus: Located | null): Candidate | null {
  const R = compiled(ctx.lexicon);
  const s = ctx.sentences[c.sentence];
  const inSentence = located.filter((l) => l.sentence === c.sentence && (c.kind === "area" || l.record.type !== "country"));
  // "killed in Ukraine since 2022": a country is the place only when nothing smaller is named.
  const country = c.kind === "casualties" && !inSentence.length
    ? located.find((l) => l.sentence === c.sentence && l.record.type === "country" && /\bin\s+$/.test(ctx.lower.slice(Math.max(0, l.mention.start - 4), l.mention.start)))
    : undefined;
  const previous = (type: PlaceRecord["type"]) => previousOf(located, s.start, type, focus);
  const ref = (l: Located | null, reason: string, mention?: string): [PlaceRef | null, string] =>
    l ? [toPlaceRef(l.record, mention ?? l.mention.text), reason] : [null, ""];
  const text = ctx.lower.slice(s.start, s.end);
  let place: PlaceRef | null = null, place2: PlaceRef | null = null, reason = "";

  if (c.kind === "area") {
    // "of Russia's Kursk region": the region, not the country named on the way to it.
    const rank = (l: Located) => (l.record.type === "region" ? 0 : l.record.type === "settlement" ? 1 : 2);
    const regionLike = inSentence.filter((l) => l.mention.start >= c.end - 2 && l.mention.start - c.end < 60);
    const region = regionLike.length ? [...regionLike].sort((a, b) => rank(a) - rank(b) || a.mention.start - b.mention.start)[0] : null;
    if (region) {
      const record = region.record.type === "settlement" ? ctx.places.choose(region.mention, { regions: ctx.regions, prefer: "region" }) : region.record;
      [place, reason] = [toPlaceRef(record, region.mention.text), "share-of"];
    } else {
      const anyRegion = inSentence.map((l) => ctx.places.choose(l.mention, { regions: ctx.regions, prefer: "region" })).find((r) => r.type === "region");
      const back = R.REGION_ANAPHOR.test(text) || !anyRegion ? previousRegion(ctx, located, s.start) : null;
      const record = anyRegion ?? back;
      if (record) [place, reason] = [toPlaceRef(record, record.name), anyRegion ? "region-in-sentence" : "region-anaphor"];
    }
  } else if (c.kind === "distance") {
    const second = inSentence.find((l) => l.mention.start >= c.end && R.OF_FROM.test(ctx.lower.slice(c.end, l.mention.start)));
    if (second) place2 = toPlaceRef(second.record, second.mention.text);
    const first = inSentence.filter((l) => l !== second).sort((a, b) => Math.abs(a.mention.start - c.at) - Math.abs(b.mention.start - c.at))[0];
    // "The city lies 70 km from X": the city is the one named before.
    const anaphor = /\bthe (?:city|town|village)\b/.test(ctx.lower.slice(s.start, c.at));
    const back = previous("settlement") ?? focus;
    // (The place named before may be the second place itself: then the first is one the gazetteer lacks.)
    [place, reason] = first && !anaphor ? ref(first, "other-place") : ref(back && back.record.id !== second?.record.id ? back : null, "inferred:previous");
  } else {
    // "The governor of Kharkiv region said 400 …": a place inside the speaker's name is not the figure's.
    const inSpeaker = (l: Located) => c.sourceAt !== undefined && c.sourceAt < c.at && l.mention.end <= c.sourceAt && c.sourceAt - l.mention.end < 60;
    const candidates = c.kind === "casualties" || c.kind === "forces"
      ? inSentence.filter((l) => !inSpeaker(l) && (c.kind === "forces" || R.LOCATIVE_BEFORE.test(ctx.lower.slice(Math.max(s.start, l.mention.start - 30), l.mention.start))))
      : inSentence;
    // "… had been killed there": the settlement named before, unless the sentence names one after.
    // Only a settlement of the sentence just before: further back, "there" is more likely something
    // named since ("the industrial zone") inside the place the article is about.
    const antecedent = (c.kind === "casualties" || c.kind === "forces") && R.THERE.test(ctx.lower.slice(c.end, s.end)) && !candidates.some((l) => l.mention.start >= c.end)
      ? previous("settlement") : null;
    // "Вранці ворог обстріляв Вугледар. В результаті обстрілу – 4 загиблих": the attack told just before, and its place.
    // (The attack may be told earlier in the same sentence: a quotation is not split into sentences.)
    const attacked = !antecedent && c.kind === "casualties" && !candidates.some((l) => l.mention.start >= c.end) && R.ATTACK_ANAPHOR?.test(text)
      ? previousOf(located, c.at, "settlement", focus) : null;
    const there = antecedent && antecedent.sentence >= c.sentence - 1 ? antecedent : antecedent ? focus
      : attacked && attacked.sentence >= c.sentence - 1 ? attacked : null;
    // "an attack on X": the target is what follows "on"; "attacks on Ukraine's energy grid" names no town.
    // ("… an attack on the manpower and equipment of Ukrainian units near the settlements of X": the target's
    // place, told by a locative in the same clause.)
    const close = c.placeAfter ? candidates.filter((l) => l.mention.start >= c.end && l.mention.start - c.end <= 25) : candidates;
    const targets = !c.placeAfter || close.length ? close : candidates.filter((l) => l.mention.start >= c.end && l.mention.start - c.end <= 110
      && !/[.;]/.test(ctx.lower.slice(c.end, l.mention.start)) && R.LOCATIVE_BEFORE.test(ctx.lower.slice(Math.max(c.end, l.mention.start - 40), l.mention.start))).slice(0, 1);
    // ("В селе Безлюдовка Белгородской области погибла женщина": the region locates the village; the village is the place.)
    const locating = (l: Located) => l.record.type === "region" && targets.some((t) => t.record.type === "settlement" && t.mention.end <= l.mention.start
      && R.REGION_OF_ITEM.test(ctx.lower.slice(t.mention.end, l.mention.start)));
    const own = targets.filter((l) => !locating(l));
    const best = c.kind === "population" ? nearestSettlementBefore(own, c) ?? nearest(own, c) : nearest(own, c) ?? country ?? null;
    const unlisted = unlistedSettlement(ctx, c, s.end, best);
    if (there) [place, reason] = ref(there, "inferred:there");
    else if (unlisted) [place, reason] = [unlisted, "inferred:unlisted-settlement"];
    else if (best) [place, reason] = ref(best, "nearest");
    else if (c.kind === "population" && R.REGION_ANAPHOR.test(text)) {
      const record = previousRegion(ctx, located, s.start);
      if (record) [place, reason] = [toPlaceRef(record, record.name), "inferred:region-anaphor"];
    } else if (c.placeAfter) {
      // no target named: not a strike on a place
    } else if (c.placeFallback === "previous" && (c.kind === "population" || R.SETTLEMENT_ANAPHOR.test(text) || c.measure === "flag_raised" || (c.kind === "event" && c.value !== null))) {
      [place, reason] = ref(previous("settlement") ?? focus, "inferred:previous-place");
    } else if (c.placeFallback === "focus") {
      [place, reason] = ref(focus, "inferred:focus");
    } else if ((c.kind === "casualties" || c.kind === "forces") && !compiled(ctx.lexicon).GLOBAL.test(text) && (R.BATTLE_ANAPHOR.test(text) || c.kind === "casualties")) {
      // A figure in a report on one battle is about that battle, unless it says it is for the whole war.
      [place, reason] = ref(focus, "inferred:battle");
    }
  }
  if (!place && (c.kind === "control" || c.kind === "event")) return null;
  // "Six killed in Tripoli clashes": a place outside the war's theatre is another story on the page;
  // a figure that was only given the page's most-named place keeps no place instead.
  if (place?.country && !THEATRE.has(place.country) && c.kind !== "area" && c.kind !== "population" && c.kind !== "distance") {
    if (!reason.startsWith("inferred:") || c.kind === "control" || c.kind === "event") return null;
    place = null;
    reason = "";
  }
  // A distance needs two different places ("within 3 km of X" is an advance, not a distance).
  if (c.measure === "distance" && place && place2 && place.id === place2.id && place.name === place2.name) return null;
  const inferred = reason.startsWith("inferred:") ? [...c.inferred, { field: "place", reason: reason.slice(9) }] : c.inferred;
  return { ...c, place, place2, inferred, trail: place ? [...c.trail, `place:${reason.replace("inferred:", "")}`] : c.trail };
}

// "the city" points back to the sentence before that names a settlement: to the article's main place
// if that sentence names it ("the fight for X, on the road to Y … the city"), else to the last one named.
function previousOf(located: Located[], before: number, type: PlaceRecord["type"], focus: Located | null): Located | null {
  const earlier = located.filter((l) => l.mention.start < before && l.record.type === type);
  const last = earlier.at(-1);
  if (!last) return null;
  const sameSentence = earlier.filter((l) => l.sentence === last.sentence);
  return sameSentence.find((l) => focus && l.record.id === focus.record.id) ?? last;
}

// "X, a city with a population of N … in the Y region": the settlement before the figure.
function nearestSettlementBefore(list: Located[], c: Candidate): Located | null {
  const before = list.filter((l) => l.mention.end <= c.at && l.record.type === "settlement");
  return before.at(-1) ?? null;
}

// "captured the village of Novomykhailivka": a settlement the gazetteer does not list keeps its name,
// without an id, rather than falling back to a larger place named elsewhere in the sentence.
const NAMED_SETTLEMENT = /\b(?:village|town|settlement|hamlet|city|urban-type settlement) of ([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)/y;

// "seized Nadiivka (southwest of X)": a capitalised name right after a capture verb, which the gazetteer
// does not know, is a settlement too small for it.
const NAME_AFTER_VERB = /^\s+([A-Z][a-z'’-]+(?:[ -][A-Z][a-z'’-]+)?)(?=\s*(?:[,.;(]|$|\s(?:in|on|near|and|after|,|as|which|that|from|during)\b))/;
const NOT_A_PLACE_WORD = /^(?:Russian|Ukrainian|Russia|Ukraine|Moscow|Kyiv|Kiev|The|On|In|At|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

function unlistedSettlement(ctx: ArticleContext, c: Candidate, end: number, best: Located | null): PlaceRef | null {
  if (c.kind !== "control" && c.kind !== "event") return null;
  const right = NAME_AFTER_VERB.exec(ctx.fold.slice(c.end, Math.min(end, c.end + 40)));
  if (c.kind === "control" && right && !NOT_A_PLACE_WORD.test(right[1]) && !ctx.actors.resolveSpeaker(right[1])) {
    const at = c.end + right[0].length - right[1].length;
    const known = best && best.mention.start <= at && at < best.mention.end;
    if (!known) return { name: right[1], mention: right[1], id: null, lat: null, lon: null, type: "settlement", country: null, region: null };
  }
  const window = ctx.fold.slice(c.end, Math.min(end, c.end + 50));
  const at = window.search(/\b(?:village|town|settlement|hamlet|city|urban-type settlement) of [A-Z]/);
  if (at < 0) return null;
  NAMED_SETTLEMENT.lastIndex = at;
  const m = NAMED_SETTLEMENT.exec(window);
  if (!m) return null;
  const nameAt = c.end + at + m[0].length - m[1].length;
  // The gazetteer matched the whole name: keep its record; only part of it ("Zelene" of "Zelene Pole"): not.
  if (best && best.mention.start <= nameAt && nameAt < best.mention.end && best.mention.end >= nameAt + m[1].length) return null;
  return { name: m[1], mention: m[1], id: null, lat: null, lon: null, type: "settlement", country: null, region: null };
}

// "in the Balakliia and Izium areas", "took control of A, B, C, and D", "A, B and C were captured": the
// same claim about each place of the list. A list closes with a closing word ("and", "or") or with
// "…, and several other settlements"; commas alone join clauses ("fighting in A, B is held"). Names the
// gazetteer lacks count as places of a list in scripts where capitals mark names.
interface Item { start: number; end: number; place: PlaceRef }
function coordinated(ctx: ArticleContext, c: Candidate, located: Located[]): Candidate[] {
  if ((c.kind !== "control" && c.kind !== "event" && !(c.kind === "forces" && c.value === null)) || !c.place) return [];
  const R = compiled(ctx.lexicon);
  const s = ctx.sentences[c.sentence];
  const own = c.place.id ? located.find((l) => l.sentence === c.sentence && l.record.id === c.place!.id) : undefined;
  const ownAt = own ? own.mention.start : c.place.mention ? ctx.fold.indexOf(c.place.mention, c.end) : -1;
  if (ownAt < 0 || ownAt >= s.end) return [];
  const ownItem: Item = { start: ownAt, end: own ? own.mention.end : ownAt + c.place.mention!.length, place: c.place };
  const type = own?.record.type ?? "settlement";
  const mentions = located.filter((l) => l.sentence === c.sentence && l.record.type === type);
  const item = (l: Located): Item => ({ start: l.mention.start, end: l.mention.end, place: toPlaceRef(l.record, l.mention.text) });
  // "Myrnohrad in Donetsk Oblast and Huliaipole": the region that locates an item is part of it.
  const regions = located.filter((l) => l.sentence === c.sentence && l.record.type === "region");
  const pastRegion = (end: number) => regions.find((r) => r.mention.start >= end && R.REGION_OF_ITEM.test(ctx.lower.slice(end, r.mention.start)))?.mention.end ?? end;
  // The item right after `end` across one list gap, or none.
  const after = (from: number): { item: Item; gap: string } | null => {
    const end = type === "settlement" ? pastRegion(from) : from;
    const l = mentions.find((m) => m.mention.start >= end && R.LIST_JOIN.test(ctx.lower.slice(end, m.mention.start)));
    if (l) return { item: item(l), gap: ctx.lower.slice(end, l.mention.start) };
    if (ctx.lexicon.script !== "latin" || type !== "settlement") return null;
    const gap = R.JOIN_BEFORE_NAME.exec(ctx.lower.slice(end, s.end))?.[0];
    if (!gap) return null;
    const name = LIST_NAME.exec(ctx.fold.slice(end + gap.length, s.end))?.[1];
    if (!name || NOT_A_PLACE_WORD.test(name) || ctx.actors.resolveSpeaker(name)) return null;
    const at = end + gap.length;
    // (The gazetteer's own reading only when it names the whole name: no near spelling of another place.)
    const whole = ctx.places.findMentions(name).find((m) => m.start === 0 && m.end === name.length);
    const record = whole ? ctx.places.choose(whole, { regions: ctx.regions }) : null;
    return { item: { start: at, end: at + name.length, place: record && record.type === "settlement" ? toPlaceRef(record, name) : { name, mention: name, id: null, lat: null, lon: null, type: "settlement", country: null, region: null } }, gap };
  };
  const before = (start: number): { item: Item; gap: string } | null => {
    const l = [...mentions].reverse().find((m) => m.mention.end <= start && R.LIST_JOIN.test(ctx.lower.slice(m.mention.end, start)));
    return l ? { item: item(l), gap: ctx.lower.slice(l.mention.end, start) } : null;
  };
  const list: Item[] = [ownItem];
  let closed = false;
  for (let next = after(ownItem.end); next && !closed; next = after(next.item.end)) {
    list.push(next.item);
    closed = R.LIST_CLOSE.test(next.gap);
  }
  if (!closed && list.length > 1 && R.LIST_CLOSE_AFTER.test(ctx.lower.slice(list.at(-1)!.end, s.end))) closed = true;
  if (!closed) list.splice(1);
  // Backwards ("A, B and C were captured", the claim placed at C): only when the gap before the claim's place closes the list.
  const back = before(ownItem.start);
  if (back && R.LIST_CLOSE.test(back.gap)) {
    list.push(back.item);
    for (let prev = before(back.item.start); prev && !R.LIST_CLOSE.test(prev.gap); prev = before(prev.item.start)) list.push(prev.item);
  }
  const seen = new Set([placeKey(c.place)]);
  return list.slice(1).filter((i) => !seen.has(placeKey(i.place)) && seen.add(placeKey(i.place)))
    .map((i) => ({ ...c, place: i.place, trail: [...c.trail, "place:coordinated"] }));
}
const placeKey = (p: PlaceRef) => p.id ?? p.name;
// A capitalised name as a list's item: "Aleksandro-Shultino", "Kleban-Byk", "Novo Selo".
const LIST_NAME = /^([A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*(?: [A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*)?)(?![\w'’-])/;

function nearest(list: Located[], c: Candidate): Located | null {
  let best: Located | null = null, bestScore = Infinity;
  for (const l of list) {
    // Mentions after the trigger are preferred: "captured X", "killed in X".
    let distance = l.mention.start >= c.end ? l.mention.start - c.end : (c.at - l.mention.end) * 1.5 + 10;
    // "(southwest of Pokrovsk)": a place named to locate another one is not the claim's place.
    if (l.inBrackets) distance += 80;
    // "the city of X in Y Oblast has been captured": the settlement, not the region around it.
    if ((c.kind === "control" || c.kind === "event" || (c.kind === "forces" && c.value === null)) && l.record.type !== "settlement") distance += 60;
    if (distance < bestScore) { best = l; bestScore = distance; }
  }
  return best;
}

function previousRegion(ctx: ArticleContext, located: Located[], before: number): PlaceRecord | null {
  for (let i = located.length - 1; i >= 0; i--) {
    const l = located[i];
    if (l.mention.start >= before) continue;
    if (l.record.type === "region") return l.record;
    const region = ctx.places.choose(l.mention, { regions: ctx.regions, prefer: "region" });
    if (region.type === "region") return region;
  }
  return null;
}

/**
 * How exactly the claim's place is meant (as ACLED and UCDP record it): the settlement itself, somewhere
 * near it ("near X", "on the outskirts of X", "in the X area"), or a region or country.
 */
function withPrecision(ctx: ArticleContext, c: Candidate): Candidate {
  if (!c.place) return c;
  const type = c.place.type ?? "settlement";
  let precision: NonNullable<PlaceRef["precision"]> = type;
  if (type === "settlement") {
    const s = ctx.sentences[c.sentence];
    const lower = ctx.lower.slice(s.start, s.end);
    const at = lower.indexOf(c.place.mention.toLowerCase());
    if (at >= 0 && compiled(ctx.lexicon).NEAR_BEFORE.test(lower.slice(Math.max(0, at - 40), at))) precision = "near";
  }
  return { ...c, place: { ...c.place, precision } };
}
