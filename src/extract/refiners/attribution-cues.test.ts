import { test } from "node:test";
import { expectOne } from "../extract-test-helper.js";

test("the one named in a participle beside the subject ('run by an ally of Putin') is not the speaker", () => {
  expectOne("The Wagner Group, run by an ally of President Vladimir Putin, claimed to have taken Soledar.", "2023-01-12", { "source.name": "Wagner Group", "place.name": "Soledar" });
});

test("'said reports of X' is the subject's speech; 'reports … are a fabrication' denies X", () => {
  expectOne('The General Staff of Ukraine also said reports of Russian control over half of Kostiantynivka are "a fabrication."', "2025-12-27",
    { "place.name": "Kostiantynivka", polarity: "denied", "source.side": "UA" });
});

test("'…, the ministry said, according to a state media report': the ministry speaks, the report relays", () => {
  expectOne("Russian forces captured Soledar on Thursday evening, the ministry said, according to a state media report on Friday.", "2023-01-13", { "source.name": "Ministry" });
});

test("'dismissed Russian statements that its forces had taken X': its forces are Russia's, denied by Ukraine", () => {
  expectOne("Ukraine also dismissed Russian statements that its forces had taken over large parts of Pokrovsk.", "2025-11-21",
    { side: "RU", polarity: "denied", "source.side": "UA", "place.name": "Pokrovsk" });
});
