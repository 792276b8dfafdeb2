// English rows added from the dev split, each as a general phrasing with its own sentence.
import { test } from "node:test";
import assert from "node:assert/strict";
import { expectOne, extractText } from "../../extract-test-helper.js";

test("'came under the control of Russian troops' is control, not people taken", () => {
  expectOne("The city of Marinka came under the control of Russian troops.", "2023-12-26", { kind: "control", measure: "controls", side: "RU", "place.name": "Marinka" });
  // "captured 200 soldiers" stays people taken, not a place.
  assert.ok(!extractText("Russian forces captured 200 soldiers near Marinka.", "2023-12-26").some((c) => c.kind === "control"));
});

test("'reported to President Putin on the liberation of X' is a control claim by the speaker", () => {
  expectOne("On December 25, Defence Minister Sergei Shoigu reported to President Vladimir Putin on the liberation of the city of Marinka.", "2023-12-26",
    { kind: "control", measure: "controls", "place.name": "Marinka", "time.start": "2023-12-25" });
});

test("'reported to Putin about taking control of X'", () => {
  expectOne("Shoigu reported to President Putin about taking control of Marinka.", "2023-12-26", { kind: "control", measure: "controls", "place.name": "Marinka" });
});

test("'carried out a fire attack' on troops 'near the settlements of A and B': a strike at each place", () => {
  const found = extractText('The ministry claimed that it "carried out a fire attack" on the manpower and equipment of Ukrainian soldiers near the settlements of Sudzha and Korenevo.', "2024-08-10")
    .filter((c) => c.kind === "event").map((c) => c.place?.name).sort();
  assert.deepEqual(found, ["Korenevo", "Sudzha"]);
});

test("defenders 'holding the defense' in X: contested, the other side attacking inside", () => {
  expectOne('Ukrainian troops were still "holding the defense" in Bakhmut, the commander said.', "2023-05-20", { kind: "control", measure: "contested", side: "RU", "place.name": "Bakhmut" });
});

test("en rows: casualties 'as a result of the shelling' are at the place of the shelling told just before, not the article's main place", async () => {
  const { extractText } = await import("../../extract-test-helper.js");
  const claims = extractText("Fighting continues around Pokrovsk. On Tuesday morning Russian forces shelled Vuhledar. As a result of the shelling, four civilians were killed.", "2022-04-06");
  const killed = claims.find((c) => c.measure === "killed");
  if (!killed || killed.place?.name !== "Vuhledar") throw new Error(JSON.stringify(claims.map((c) => [c.measure, c.place?.name, c.trail])));
});

test("en rows: 'This was reported by the head of the Odesa regional administration, Oleh Kiper, UNN reports' names the official in apposition", async () => {
  const { extractText } = await import("../../extract-test-helper.js");
  const claims = extractText("This afternoon, Russia attacked Odesa, killing one person. This was reported by the head of the Odesa regional state administration, Oleh Kiper, UNN reports.", "2024-10-14");
  const strike = claims.find((c) => c.measure === "strike");
  if (!strike || strike.source?.name !== "Oleh Kiper") throw new Error(JSON.stringify(claims.map((c) => [c.measure, c.source])));
});

test("en rows: a name in apposition with a description is the subject, not an inverted attribution; the description gives the side", async () => {
  const { extractText } = await import("../../extract-test-helper.js");
  for (const text of [
    "Oleg Syniegubov, the head of the Kharkiv RMA, said Russian forces shelled Kharkiv.",
    "Russian forces shelled Kharkiv, said Oleg Syniegubov, the head of the Kharkiv RMA.",
    "According to Oleg Syniegubov, the head of the Kharkiv RMA, Russian forces shelled Kharkiv.",
  ]) {
    const claims = extractText(text, "2024-05-13");
    const strike = claims.find((c) => c.measure === "strike");
    if (!strike || strike.source?.name !== "Oleg Syniegubov" || strike.source.side !== "UA") throw new Error(`${text}\n${JSON.stringify(claims.map((c) => c.source))}`);
  }
});

test("en rows: an undated claim of a speaker dated earlier to a recent day is of that day (report-date), not of publication", async () => {
  const { extractText } = await import("../../extract-test-helper.js");
  const claims = extractText("Valery Gerasimov told Vladimir Putin on Thursday that Russian forces had taken control of Kupiansk.\n\nHe said more than 80 percent of Vovchansk was also under Russian control.", "2025-11-21");
  const vovchansk = claims.find((c) => c.place?.name === "Vovchansk");
  if (!vovchansk || vovchansk.time?.start !== "2025-11-20" || !(vovchansk.inferred ?? []).some((i) => i.reason === "report-date")) throw new Error(JSON.stringify(claims.map((c) => [c.place?.name, c.source?.name, c.time, c.inferred])));
  const other = extractText("Valery Gerasimov told Vladimir Putin on Thursday that Russian forces had taken control of Kupiansk.\n\nUkraine's army said that fighting continued in Vovchansk.", "2025-11-21");
  if (other.find((c) => c.place?.name === "Vovchansk")?.time?.start !== "2025-11-21") throw new Error("another speaker keeps the publication date");
});

test("en rows: 'its troops controlled X' and 'troops still held X' are control in the past tense, and 'its' before a subject noun is no adjective", () => {
  expectOne("Ukraine's army said its troops controlled Vovchansk.", "2025-11-21", { kind: "control", measure: "controls", side: "UA", "place.name": "Vovchansk" });
  expectOne("Ukrainian troops still held Vovchansk on Monday.", "2025-11-21", { kind: "control", measure: "controls", side: "UA", "place.name": "Vovchansk" });
});

test("en rows: 'the surrounding of X', 'the \"blockade\" of Ukrainian forces in X' are encirclement claims about the forces named", async () => {
  const claims = extractText("Oleksandr Syrskyi dismissed Russia's statements about the supposed \"blockade\" of Ukrainian forces in Pokrovsk and Kupiansk.", "2025-11-01");
  const got = claims.filter((c) => c.measure === "encircled").map((c) => [c.place?.name, c.side]).sort();
  if (JSON.stringify(got) !== JSON.stringify([["Kupiansk", "UA"], ["Pokrovsk", "UA"]])) throw new Error(JSON.stringify(claims.map((c) => [c.measure, c.place?.name, c.side])));
  expectOne("Russia claimed the surrounding of Myrnohrad.", "2025-11-01", { kind: "forces", measure: "encircled", "place.name": "Myrnohrad" });
});

test("en rows: 'the enemy's advance in X' is fighting (a noun after a possessive, before a name), and the enemy of a Ukrainian monitor is Russia", () => {
  expectOne("The DeepState monitoring project reported on the enemy's advance in Pokrovsk.", "2025-11-05", { kind: "control", measure: "contested", side: "RU", "place.name": "Pokrovsk" });
  const none = extractText("The push in recent weeks was costly, the army said.", "2025-11-05");
  if (none.length) throw new Error(JSON.stringify(none.map((c) => [c.measure, c.place?.name])));
});

test("en rows: a place described in apposition is the writer's background, not the speaker's claim", () => {
  const claims = extractText("Russian forces captured Myrnohrad — a town of roughly 46,000 pre-war residents — Russia's Defence Ministry said.", "2025-11-05");
  const population = claims.find((c) => c.kind === "population"), control = claims.find((c) => c.kind === "control");
  if (!population || population.source || !control || control.source?.side !== "RU") throw new Error(JSON.stringify(claims.map((c) => [c.kind, c.source?.name])));
});

test("en rows: a wire dateline before the subject ('MOSCOW (Reuters) -Russia said') is not part of the speaker; the bare ministry after it is Russia's", async () => {
  const claims = extractText("MOSCOW (Reuters) -Russia said on Saturday that its forces had captured Kupiansk.\nThe Defence Ministry said on Telegram that its forces had taken Pokrovsk.", "2025-10-25");
  const got = claims.map((c) => [c.place?.name, c.source?.side]).sort();
  assert.deepEqual(got, [["Kupiansk", "RU"], ["Pokrovsk", "RU"]]);
});

test("en rows: a quoted term inside a speaker's description is no break ('head of the \"military-civilian administration\" for X, said'), a quoted clause still is", () => {
  const claims = extractText("Vitaly Gadchev, head of the \"military-civilian administration\" for Russian-held areas in the Kharkiv region, said on Thursday that fighting continued in Balakliia.", "2022-09-09");
  if (claims[0]?.source?.name !== "Vitaly Gadchev" || claims[0].source.side !== "RU") throw new Error(JSON.stringify(claims.map((c) => c.source)));
  expectOne("The Ukrainian General Staff insisted that the \"Mariupol garrison\" had \"fulfilled its combat mission\" and denied that its soldiers had been captured in Mariupol.", "2022-05-20", { measure: "captured", polarity: "denied", "source.side": "UA" });
});
