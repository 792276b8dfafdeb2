// A synthetic corpus for the ingest and query benches, recombined from the seed articles' claim sentences:
// each article is 8–15 sentences that carried claims in the seeds, with settlements swapped for other real
// Donbas/Kharkiv/Zaporizhzhia ones, figures scaled and dates shifted, plus a random outlet and date.
// It is NOT real reporting. Deterministic for a given --seed.
//   node bench/synthetic-corpus.mjs [--articles 100000] [--out bench/out/synthetic-100000.jsonl] [--seed 1] [--sample 300]
import { closeSync, openSync, writeSync } from "node:fs";
import path from "node:path";
import { ensureOut, fmt, loadDist, loadSeeds, option, random } from "./lib/common.mjs";

const N = Number(option("articles", "100000"));
const OUT = option("out", path.join(ensureOut(), `synthetic-${N}.jsonl`));
const rand = random(Number(option("seed", "1")));
const SAMPLE = Number(option("sample", "300"));

/** Real settlements in the four oblasts; each is checked against the gazetteer before use. */
const SETTLEMENTS = `Pokrovsk, Myrnohrad, Kostiantynivka, Kramatorsk, Sloviansk, Druzhkivka, Bakhmut, Chasiv Yar, Toretsk,
  Avdiivka, Vuhledar, Kurakhove, Marinka, Selydove, Dobropillia, Siversk, Lyman, Horlivka, Yenakiieve, Makiivka, Mariupol,
  Volnovakha, Rodynske, Novohrodivka, Ukrainsk, Velyka Novosilka, Sviatohirsk, Soledar, Yasynuvata, Khartsyzk, Debaltseve,
  Shakhtarsk, Snizhne, Ocheretyne, Krasnohorivka, Klishchiivka, Sievierodonetsk, Lysychansk, Rubizhne, Kreminna, Svatove,
  Starobilsk, Alchevsk, Kadiivka, Rovenky, Antratsyt, Bilovodsk, Kupiansk, Vovchansk, Izium, Balakliia, Chuhuiv, Lozova,
  Kharkiv, Velykyi Burluk, Dvorichna, Bohodukhiv, Derhachi, Merefa, Krasnohrad, Zmiiv, Lyptsi, Shevchenkove, Zaporizhzhia,
  Orikhiv, Huliaipole, Polohy, Tokmak, Melitopol, Vasylivka, Enerhodar, Berdiansk, Stepnohirsk, Kamianka-Dniprovska,
  Vilniansk, Robotyne, Prymorsk, Bilmak, Rozivka`.split(",").map((s) => s.trim());
const OBLASTS = new Set(["Donetsk Oblast", "Luhansk Oblast", "Kharkiv Oblast", "Zaporizhzhia Oblast"]);

const OUTLETS = ["RKS News", "The American Conservative", "The Moscow Times", "Fakti", "The Morning News Informer",
  "Reuters", "Associated Press", "BBC News", "Kyiv Independent", "Ukrainska Pravda", "Meduza", "TASS", "RIA Novosti",
  "Al Jazeera", "The Guardian", "Deutsche Welle", "Novaya Gazeta Europe", "Interfax", "Hromadske", "Euronews"];
const SCALES = [0.5, 0.6, 0.75, 0.8, 0.9, 1, 1, 1, 1, 1.1, 1.2, 1.25, 1.5, 2];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTH = MONTHS.join("|");

const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

/**
 * A sentence as slots to fill: places (UA settlements in the four oblasts), figures, years and days of month.
 * Everything else is kept as written.
 */
function toTemplate(sentence, places) {
  const slots = [];
  for (const m of places.findMentions(sentence)) {
    const c = m.candidates[0];
    if (c?.type === "settlement" && OBLASTS.has(c.region)) slots.push({ start: m.start, end: m.end, type: "place", name: c.name });
  }
  const taken = (s, e) => slots.some((x) => s < x.end && e > x.start);
  const number = /\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\b/g;
  for (const m of sentence.matchAll(number)) {
    const start = m.index, end = start + m[0].length;
    if (taken(start, end)) continue;
    const value = Number(m[0].replace(/,/g, ""));
    const before = sentence.slice(Math.max(0, start - 12), start);
    const after = sentence.slice(end, end + 12);
    if (/^\d{4}$/.test(m[0]) && value >= 1900 && value <= 2100) slots.push({ start, end, type: "year", value });
    else if (new RegExp(`(?:${MONTH})\\s+$`).test(before) || new RegExp(`^\\s+(?:${MONTH})`).test(after)) {
      if (value >= 1 && value <= 31) slots.push({ start, end, type: "day", value });
    } else if (/^\s*(?:%|percent|per cent)/.test(after)) slots.push({ start, end, type: "percent", value });
    else slots.push({ start, end, type: "figure", value, commas: m[0].includes(","), decimals: (m[0].split(".")[1] ?? "").length });
  }
  slots.sort((a, b) => a.start - b.start);
  return { text: sentence, slots };
}

/** One article's choices: which settlement replaces which, how figures scale, how far dates move. */
function articleVariation(placeNames) {
  const swap = new Map();
  return {
    place: (name) => {
      if (!swap.has(name)) swap.set(name, rand() < 0.25 ? name : pick(placeNames));
      return swap.get(name);
    },
    // A few discrete factors, so that outlets repeat each other's figures as real reporting does (and the
    // number of distinct figures per proposition stays bounded).
    scale: pick(SCALES),
    years: between(-1, 1),
    days: between(-5, 5),
  };
}

function fill(template, v) {
  let out = "", at = 0;
  for (const s of template.slots) {
    out += template.text.slice(at, s.start);
    at = s.end;
    if (s.type === "place") out += v.place(s.name);
    else if (s.type === "year") out += String(s.value + v.years);
    else if (s.type === "day") out += String(Math.min(28, Math.max(1, s.value + v.days)));
    else if (s.type === "percent") out += String(Math.min(100, Math.max(1, Math.round(s.value * v.scale))));
    else {
      const scaled = s.value < 10 && !s.decimals ? Math.max(1, Math.round(s.value * v.scale)) : s.value * v.scale;
      const n = s.decimals ? scaled.toFixed(s.decimals) : Math.round(scaled);
      out += s.commas ? Number(n).toLocaleString("en-US", { maximumFractionDigits: s.decimals }) : String(n);
    }
  }
  return out + template.text.slice(at);
}

function makeArticle(i, pool, placeNames) {
  const v = articleVariation(placeNames);
  const count = between(8, 15);
  // Drawn without replacement: no sentence twice in one article.
  const order = pool.map((_, k) => k);
  for (let k = 0; k < count; k++) {
    const j = k + Math.floor(rand() * (order.length - k));
    [order[k], order[j]] = [order[j], order[k]];
  }
  const sentences = order.slice(0, Math.min(count, pool.length)).map((k) => fill(pool[k], v));
  const paragraphs = [];
  for (let k = 0; k < sentences.length; ) {
    const size = between(1, 4);
    paragraphs.push(sentences.slice(k, k + size).join(" "));
    k += size;
  }
  const year = 2025 + v.years;
  const month = between(1, 12), day = between(1, 28);
  const published = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const lead = v.place("Pokrovsk");
  return {
    id: `syn-${String(i).padStart(7, "0")}`,
    text: paragraphs.join("\n\n"),
    outlet: pick(OUTLETS),
    published,
    title: `${lead}: ${pick(["the fight for the city", "what the front line looks like", "claims and counter-claims", "a town under fire", "the cost of the battle"])} (synthetic ${i})`,
  };
}

const { createPipeline } = await loadDist("pipeline.js");
const { createSentenceSplitter } = await loadDist("language/sentences.js");
const pipeline = createPipeline();
const placeNames = SETTLEMENTS.filter((n) => {
  const r = pipeline.places.resolve(n);
  return r && r.type === "settlement" && OBLASTS.has(r.region) && r.name === n;
});

// The sentences of the seeds that carry at least one claim (by the extractor's own evidence spans).
const splitter = createSentenceSplitter();
const pool = [];
const seen = new Set();
for (const { article, claims } of await loadSeeds(pipeline)) {
  for (const s of splitter.split(article.text)) {
    const offset = article.offset ?? 0;
    if (!claims.some((c) => c.evidence.start - offset < s.end && c.evidence.end - offset > s.start)) continue;
    const text = article.text.slice(s.start, s.end).replace(/\s+/g, " ");
    if (seen.has(text)) continue;
    seen.add(text);
    pool.push(toTemplate(text, pipeline.places));
  }
}
console.log(`pool: ${pool.length} claim sentences from the seeds; ${placeNames.length} settlements; writing ${fmt(N)} articles to ${OUT}`);

const t = performance.now();
const fd = openSync(OUT, "w");
let buffer = [], bytes = 0, sampleClaims = 0, sampled = 0;
for (let i = 0; i < N; i++) {
  const a = makeArticle(i, pool, placeNames);
  if (sampled < SAMPLE) {
    sampleClaims += pipeline.extractArticle({ ...a, origin: a.id }).length;
    sampled++;
  }
  buffer.push(JSON.stringify(a));
  if (buffer.length === 2000 || i === N - 1) {
    const chunk = buffer.join("\n") + "\n";
    writeSync(fd, chunk);
    bytes += Buffer.byteLength(chunk);
    buffer = [];
    if ((i + 1) % 20000 === 0 || i === N - 1) console.log(`  ${fmt(i + 1)} articles, ${fmt(bytes / 1e6)} MB`);
  }
}
closeSync(fd);
const perArticle = sampleClaims / Math.max(1, sampled);
console.log(`done in ${fmt((performance.now() - t) / 1000, 1)} s: ${fmt(bytes / 1e6)} MB`);
console.log(`claims per article (extracted from the first ${sampled}): ${fmt(perArticle, 2)} -> about ${fmt(perArticle * N)} claims for ${fmt(N)} articles`);
if (perArticle * N < 1e6) console.log(`for >= 1,000,000 claims use --articles ${Math.ceil(1e6 / perArticle / 1000) * 1000}`);
