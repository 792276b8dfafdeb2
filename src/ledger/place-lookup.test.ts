import { test } from "node:test";
import assert from "node:assert/strict";
import { loadPlaceIndex } from "../places/index.js";
import { candidatesText, lookupPlace, noClaimsText, placeLabel, type LedgerPlace, type PlaceLookup } from "./place-lookup.js";

const gazetteer = loadPlaceIndex();
const LEDGER: LedgerPlace[] = [
  { name: "Pokrovsk", id: "704422", claims: 30 },
  { name: "Bakhmut", id: "713174", claims: 4 },
  { name: "Toretsk", id: "709354", claims: 2 },
  { name: "Donetsk Oblast", id: "ADM1:UA.05", claims: 3 },
  { name: "Hill 203", id: null, claims: 1 },
];
const found = (l: PlaceLookup) => (l.status === "found" ? `${l.place.name}/${l.place.key}/${l.place.claims}` : l.status);

test("every spelling of a place with claims finds the place the ledger stores", () => {
  const rows: [string, string][] = [
    ["Pokrovsk", "Pokrovsk/704422/30"],
    ["pokrovsk", "Pokrovsk/704422/30"],
    ["KRASNOARMEYSK", "Pokrovsk/704422/30"],
    ["Krasnoarmeysk", "Pokrovsk/704422/30"],
    ["Покровська", "Pokrovsk/704422/30"],
    ["Покровске", "Pokrovsk/704422/30"],
    ["покровск", "Pokrovsk/704422/30"],
    ["Artemivsk", "Bakhmut/713174/4"],
    ["Artemovsk", "Bakhmut/713174/4"],
    ["Bakhmut", "Bakhmut/713174/4"],
    ["Dzerzhinsk", "Toretsk/709354/2"],
    ["Donetsk Oblast", "Donetsk Oblast/ADM1:UA.05/3"],
    ["hill 203", "Hill 203/Hill 203/1"],
  ];
  for (const [typed, expected] of rows) assert.equal(found(lookupPlace({ name: typed }, LEDGER, gazetteer)), expected, typed);
});

test("a name of a city and of its oblast lists both, and the Russian town, without guessing", () => {
  const l = lookupPlace({ name: "Donetsk" }, LEDGER, gazetteer);
  assert.equal(l.status, "ambiguous");
  if (l.status !== "ambiguous") return;
  assert.deepEqual(l.candidates.map((c) => [c.id, placeLabel(c), c.claims]), [
    ["709717", "Donetsk (Donetsk Oblast)", 0],
    ["ADM1:UA.05", "Donetsk Oblast", 3],
    ["565348", "Donetsk (Rostov Oblast, RU)", 0],
  ]);
  assert.equal(candidatesText(l.candidates), "709717 Donetsk (Donetsk Oblast); ADM1:UA.05 Donetsk Oblast, 3 claims; 565348 Donetsk (Rostov Oblast, RU)");
  assert.equal(found(lookupPlace({ id: "565348" }, LEDGER, gazetteer)), "Donetsk/565348/0", "an id picks one");
  assert.equal(found(lookupPlace({ id: "ADM1:UA.05", name: "Donetsk" }, LEDGER, gazetteer)), "Donetsk Oblast/ADM1:UA.05/3");
});

test("two places of one name that both have claims are ambiguous", () => {
  const ledger = [...LEDGER, { name: "Pokrovsk", id: "2017824", claims: 1 }];
  const l = lookupPlace({ name: "Pokrovsk" }, ledger, gazetteer);
  assert.equal(l.status, "ambiguous");
  assert.deepEqual(l.status === "ambiguous" && l.candidates.map((c) => c.id), ["704422", "2017824"]);
});

test("a known place with no claims is found with 0 claims; an unknown name suggests close ones", () => {
  const myrnohrad = lookupPlace({ name: "Dimitrov" }, LEDGER, gazetteer);
  assert.equal(found(myrnohrad), "Myrnohrad/710035/0");
  assert.equal(myrnohrad.status === "found" && noClaimsText(myrnohrad.place), "no claims about Myrnohrad (Donetsk Oblast) yet");
  const unknown = lookupPlace({ name: "Pokrovskx" }, LEDGER, gazetteer);
  assert.equal(unknown.status, "unknown");
  assert.equal(unknown.status === "unknown" && unknown.suggestions[0], "Pokrovsk");
  assert.equal(lookupPlace({ id: "no-such-id" }, LEDGER, gazetteer).status, "unknown");
});
