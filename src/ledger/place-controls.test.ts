// The side panel's list: leading proposition first (the one the map colours by), sources as name, side, stance.
import assert from "node:assert/strict";
import { it } from "node:test";
import type { Proposition } from "../claims/index.js";
import { controlEntriesOf } from "./place-controls.js";

const proposition = (over: Partial<Proposition>): Proposition => ({
  id: "p", kind: "control", measure: "controls", side: "RU", place: { name: "Pokrovsk", id: "704422" },
  time: { start: "2025-12-01", end: "2025-12-01" }, claims: [], reports: 1, primary_sources: [], figure: null,
  status: "single_source", related: [], checks: [], ...over,
});

it("lists the disputed proposition before a later single-source one, with its sources", () => {
  const disputed = proposition({
    id: "ru", status: "disputed", time: { start: "2025-11-20", end: "2025-12-01" },
    primary_sources: [
      { name: "Government of Russia", side: "RU", speakers: ["Valery Gerasimov"], stance: "asserted", reported_by: ["TASS"] },
      { name: "Government of Ukraine", side: "UA", speakers: [], stance: "denied", reported_by: ["Kyiv Independent"] },
    ],
  });
  const later = proposition({ id: "ua", side: "UA", time: { start: "2025-12-02", end: "2025-12-02" } });
  const entries = controlEntriesOf([later, disputed, proposition({ id: "f", kind: "event" })]);
  assert.deepEqual(entries.map((e) => e.id), ["ru", "ua"]);
  assert.equal(entries[0]!.status, "disputed");
  assert.match(entries[0]!.title, /Pokrovsk/);
  assert.deepEqual(entries[0]!.primary_sources, [
    { name: "Government of Russia", side: "RU", stance: "asserted" },
    { name: "Government of Ukraine", side: "UA", stance: "denied" },
  ]);
});
