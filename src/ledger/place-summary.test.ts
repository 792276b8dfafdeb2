// The map's choice of control proposition: status first, never the latest claim alone (issue 13).
import assert from "node:assert/strict";
import { it } from "node:test";
import type { Proposition } from "../claims/index.js";
import { outranks, placeTypeOf } from "./place-summary.js";

const proposition = (over: Partial<Proposition>): Proposition => ({
  id: "p", kind: "control", measure: "controls", side: "RU", place: { name: "Pokrovsk", id: "704422" },
  time: { start: "2025-12-01", end: "2025-12-01" }, claims: [], reports: 1, primary_sources: [], figure: null,
  status: "single_source", related: [], checks: [], ...over,
});

it("a later single-source proposition does not displace a disputed one", () => {
  const disputed = proposition({ id: "ru", status: "disputed", time: { start: "2025-11-20", end: "2025-12-01" } });
  const later = proposition({ id: "ua", side: "UA", status: "single_source", time: { start: "2025-12-02", end: "2025-12-02" } });
  assert.equal(outranks(later, disputed), false);
  assert.equal(outranks(disputed, later), true);
});

it("on the same status, a claim of control outranks fighting, then the later one wins", () => {
  const fighting = proposition({ measure: "contested", status: "disputed", time: { start: "2025-12-05", end: null } });
  const control = proposition({ status: "disputed" });
  assert.equal(outranks(control, fighting), true);
  const earlier = proposition({ time: { start: "2025-11-01", end: "2025-11-01" } });
  assert.equal(outranks(proposition({}), earlier), true);
  assert.equal(outranks(proposition({}), proposition({})), false);
});

it("placeTypeOf: GeoNames, catalogue and extra settlements, regions, countries", () => {
  assert.equal(placeTypeOf("704422"), "settlement");
  assert.equal(placeTypeOf("katottg:UA63040050140089525"), "settlement");
  assert.equal(placeTypeOf("extra:vuhledar"), "settlement");
  assert.equal(placeTypeOf("ADM1:UA.05"), "region");
  assert.equal(placeTypeOf("UA"), "country");
  assert.equal(placeTypeOf("something-else"), null);
});
