// One phrasing family per row, in sentences written for these tests (not the seed articles).
import { test } from "node:test";
import assert from "node:assert/strict";
import { expectFields, expectOne, extractText } from "./extract-test-helper.js";

test("control: captured, liberated, took control, with speaker, side, former names and weekdays", () => {
  const rows: [string, string | null, Record<string, unknown>][] = [
    ["Russian forces captured Vuhledar on Tuesday, the Russian Defence Ministry said.", "2024-10-03",
      { kind: "control", measure: "controls", side: "RU", "place.name": "Vuhledar", "time.start": "2024-10-01", "source.side": "RU", polarity: "asserted" }],
    ["Wagner chief Yevgeny Prigozhin claimed on Saturday that his fighters had taken full control of Bakhmut.", "2023-05-21",
      { measure: "controls", side: "RU", "place.name": "Bakhmut", "time.start": "2023-05-20", "source.side": "RU", hedges: ["claimed"] }],
    ["Russian troops liberated Artemovsk, the state news agency TASS reported.", "2023-05",
      { measure: "controls", side: "RU", "place.name": "Bakhmut", "place.mention": "Artemovsk", "source.name": "TASS" }],
    ["The Institute for the Study of War said it could not confirm that Russian troops had entered Chasiv Yar.", "2025-04-02",
      { measure: "contested", side: "RU", "place.name": "Chasiv Yar", polarity: "unconfirmed", "source.side": "independent" }],
  ];
  for (const [text, published, expected] of rows) expectOne(text, published, expected);
});

test("casualties and forces: qualifiers, ranges, nationality of the counted people, according to", () => {
  const rows: [string, string | null, Record<string, unknown>][] = [
    ["According to Kyiv, more than 4,000 Russian soldiers were killed near Avdiivka last month.", "2024-02-10",
      { kind: "casualties", measure: "killed", side: "RU", value: 4000, low: 4000, qualifier: "over", "place.name": "Avdiivka", "source.side": "UA", "time.start": "2024-01" }],
    ["Zelenskyy said 50,000–60,000 Russian troops were massed near Kupiansk.", "2025-03-01",
      { kind: "forces", measure: "deployed", side: "RU", low: 50000, high: 60000, qualifier: "range", "place.name": "Kupiansk", "source.side": "UA" }],
    ["Some 3,000 Ukrainian soldiers were surrounded near Sudzha, the Russian Telegram channel Rybar wrote without citing sources.", "2025-03-10",
      { kind: "forces", measure: "encircled", side: "UA", value: 3000, qualifier: "about", "source.name": "Rybar", "source.side": "RU", hedges: ["without citing sources"] }],
  ];
  for (const [text, published, expected] of rows) expectOne(text, published, expected);
});

test("denials: the denied proposition with the denier as source", () => {
  expectOne("Ukraine's General Staff denied claims that its troops were surrounded in Kupiansk.", "2025-09-01",
    { kind: "forces", measure: "encircled", side: "UA", polarity: "denied", "place.name": "Kupiansk", "source.side": "UA" });
  const text = "Russian officials said their forces had captured Kupiansk on Friday.\nKyiv rejected the claim as propaganda.";
  const claims = extractText(text, "2025-11-23");
  assert.equal(claims.length, 2);
  expectFields(claims[1], { measure: "controls", side: "RU", polarity: "denied", "place.name": "Kupiansk", "source.side": "UA", "evidence.text": "Kyiv rejected the claim as propaganda." }, text);
});

test("a speaker carries over to the next sentence with a pronoun", () => {
  const text = "Ukrainian military spokesman Nazar Voloshyn said the situation in Kupiansk was difficult. He added that 300 Russian soldiers had been killed there over the past week.";
  const claims = extractText(text, "2025-10-04");
  assert.equal(claims.length, 1);
  expectFields(claims[0], { kind: "casualties", value: 300, side: "RU", "source.side": "UA", "time.end": "2025-10-04" }, text);
  assert.match(claims[0].source!.name, /Voloshyn/);
});

test("areas, shares, populations and distances", () => {
  expectOne("Russia now controls about 18 percent of Ukraine's territory.", "2025-01-05",
    { kind: "area", measure: "share", side: "RU", value: 18, unit: "percent", qualifier: "about" });
  expectOne("Kramatorsk lies some 20 kilometres north of Kostiantynivka.", null,
    { kind: "distance", measure: "distance", value: 20, unit: "km", "place.name": "Kramatorsk", "place2.name": "Kostiantynivka" });
  expectOne("Before the war, Vuhledar had a population of about 15,000.", null,
    { kind: "population", value: 15000, "place.name": "Vuhledar" });
});

test("plans, conditions, dates, unit names and prices yield nothing", () => {
  const misses = [
    "If Russian troops capture Pokrovsk, they could advance on Kramatorsk.",
    "Kyiv hopes to retake Bakhmut by spring.",
    "The 47th Brigade moved along highway H-20 in 2023.",
    "Support our reporting from just $5 a month.",
    "Russia's Claimed Capture of Avdiivka Comes at a Price",
    "5 Min Read",
    "The offensive may stall before winter, analysts said.",
  ];
  for (const text of misses) assert.deepEqual(extractText(text, "2024-02-20").map((c) => c.evidence.text), [], text);
});

test("without a publication date, relative dates stay unresolved", () => {
  const c = expectOne("Russian forces captured Vuhledar on Tuesday, the Russian Defence Ministry said.", null, { "place.name": "Vuhledar" });
  assert.equal(c.time?.start ?? null, null);
});

test("speakers described by an apposition or a relative clause, and typed pronouns", () => {
  expectOne("Dmytro Lykhovii, a spokesman for Ukraine's Tavria group, said 120 Russian soldiers were killed near Robotyne on Monday.", "2023-09-06",
    { "source.side": "UA", value: 120, side: "RU" });
  expectOne("Colonel Petro Kovalenko, who leads Ukraine's 3rd Corps, said Russian forces had lost 400 troops near Lyman.", "2025-06-01",
    { "source.side": "UA", measure: "killed_or_wounded", value: 400, side: "RU" });
  const text = "Russia's Defence Ministry said its troops had advanced near Lyman. The ministry also claimed that 200 Ukrainian soldiers had been killed there.";
  const claims = extractText(text, "2025-06-01");
  const killed = claims.find((c) => c.kind === "casualties")!;
  expectFields(killed, { "source.side": "RU", side: "UA", value: 200 }, text);
  assert.match(killed.source!.name, /Defen[cs]e Ministry/);
});

test("phrasings of populations, prisoners, withdrawals, fighting and completed captures", () => {
  expectOne("Lyman, a town of about 20,000 people before the war, lies in ruins.", null, { kind: "population", value: 20000, "place.name": "Lyman", source: null });
  expectOne("Fewer than 300 civilians remain in Vuhledar, officials said.", "2024-09-01", { kind: "population", value: 300, qualifier: "under" });
  expectOne("Ukrainian troops took 45 Russian soldiers prisoner near Sudzha, Zelensky said.", "2024-08-20", { kind: "casualties", measure: "captured", value: 45, side: "RU" });
  expectOne("Kyiv said on Friday it had withdrawn its troops from Marinka.", "2023-12-29", { kind: "event", measure: "withdrawal", side: "UA", "place.name": "Marinka" });
  expectOne("Ukrainian forces said fighting was continuing on the outskirts of Siversk.", "2025-10-01", { kind: "control", measure: "contested", "place.name": "Siversk" });
  expectOne("Ukrainian units were still fighting on the outskirts of Lyman, officials said.", "2022-10-02", { kind: "control", measure: "contested", "place.name": "Lyman" });
  expectOne("The Russian Defence Ministry announced the capture of Kurakhove on Monday.", "2025-01-08", { kind: "control", measure: "controls", side: "RU", "place.name": "Kurakhove", "time.start": "2025-01-06" });
});

test("a passive capture belongs to the side that announces it, or not to the side that denies it", () => {
  expectOne("Ukraine's General Staff denied that Kostiantynivka had been captured.", "2025-10-01",
    { measure: "controls", side: "RU", polarity: "denied", "source.side": "UA" });
  expectOne("Russia's Defence Ministry said Avdeevka had been fully liberated.", "2024-02-17",
    { measure: "controls", side: "RU", "place.name": "Avdiivka", "source.side": "RU" });
});

test("a village the gazetteer lacks keeps its name; an area of a region is the region's, not the country's", () => {
  expectOne("Russian forces have taken control of the village of Novomykhailivka in the Donetsk region, the Russian Defence Ministry said.", "2024-07-22",
    { "place.name": "Novomykhailivka", "place.id": null, side: "RU" });
  expectOne("Zelensky said Ukraine controls about 1,000 square kilometres of Russia's Kursk region.", "2024-08-20",
    { kind: "area", measure: "area", side: "UA", "place.name": "Kursk Oblast" });
});

test("the enemy is the speaker's opponent", () => {
  expectOne("The enemy lost up to 140 servicemen near Kupiansk over the past day, the Russian Defence Ministry said.", "2025-05-02",
    { kind: "casualties", side: "UA", value: 140, qualifier: "at_most", "source.side": "RU" });
});

test("denials told object first, and claims nobody could confirm", () => {
  const text = "Russian officials said their forces had captured Siversk. It was a claim Ukraine's General Staff promptly rejected.";
  const claims = extractText(text, "2025-10-01");
  assert.equal(claims.length, 2);
  expectFields(claims[1], { polarity: "denied", "source.side": "UA", "place.name": "Siversk" }, text);
  const doubt = "Moscow said its troops had taken Lyman. Analysts at DeepState said they could not confirm the Russian claims.";
  const both = extractText(doubt, "2025-10-01");
  expectFields(both[1], { polarity: "unconfirmed", "place.name": "Lyman" }, doubt);
});

test("a part of a figure counts the same way; civilians are on the side of their country", () => {
  const text = "Russian losses since the start of the offensive reached 7,000 soldiers, including 1,500 near Lyman.";
  const claims = extractText(text, "2025-10-01");
  assert.equal(claims.length, 2);
  expectFields(claims[1], { kind: "casualties", value: 1500, side: "RU", "place.name": "Lyman" }, text);
  expectOne("At least 14 civilians were killed in Kherson, the regional governor said.", "2024-05-01", { side: "UA", value: 14, measure: "killed" });
});

test("how a speaker knows is not the speaker; a video posted by X is X's", () => {
  expectOne("Ukrainian units lost more than 400 servicemen in a day, according to preliminary data, Igor Konashenkov said.", "2024-10-04",
    { "source.side": "RU", side: "UA", value: 400, qualifier: "over" });
  expectOne("In a video posted by the Russian Defence Ministry, soldiers purportedly raise a flag over the town hall in Siversk.", "2025-12-01",
    { measure: "flag_raised", "source.side": "RU", hedges: ["purportedly"] });
});

test("perpetrators and victims; the same people counted twice; figures that exceeded", () => {
  const text = "Russian strikes on Kherson on Thursday killed three people and wounded nine, the governor said.";
  const claims = extractText(text, "2024-06-07");
  assert.deepEqual(claims.filter((c) => c.kind === "casualties").map((c) => [c.measure, c.value, c.side]), [["killed", 3, "UA"], ["wounded", 9, "UA"]]);
  assert.deepEqual(claims.filter((c) => c.kind === "event").map((c) => [c.measure, c.side, c.place?.name]), [["strike", "RU", "Kherson"]]);
  expectOne("Ukrainian forces killed 300 near Bakhmut, the brigade said.", "2023-03-01", { measure: "killed", side: "RU", value: 300 });
  expectOne("Ukrainian losses in the area exceeded 900 servicemen last week, the Russian Defence Ministry said.", "2024-10-04",
    { qualifier: "over", value: 900, side: "UA" });
  expectOne("Up to 200 Ukrainian troops were blocked in the plant, Pushilin said.", "2024-10-04", { kind: "forces", measure: "encircled", qualifier: "at_most" });
});

test("'it said' is the last organisation; a quotation goes on quoting; 'the Russian claims' are the Russian speakers'", () => {
  const text = "The UN monitoring mission said 14 civilians were killed in Kharkiv on Monday, Mayor Ihor Terekhov said. It said 40 more were wounded in Kharkiv.";
  const claims = extractText(text, "2024-05-28");
  assert.match(claims.at(-1)!.source!.name, /UN|United Nations/);
  const quote = "Ukraine's General Staff denied the report. “Our forces control the town of Siversk and continue to fight.”";
  expectFields(extractText(quote, "2025-12-01").at(-1)!, { measure: "controls", side: "UA", "source.side": "UA" }, quote);
  const doubt = "Russia's Defence Ministry said its troops had captured Siversk. A video posted by Russian bloggers purportedly shows a flag over Siversk. DeepState analysts said they could not confirm the Russian claims.";
  const unconfirmed = extractText(doubt, "2025-12-01").filter((c) => c.polarity === "unconfirmed");
  assert.ok(unconfirmed.some((c) => c.kind === "control" && c.source?.name.includes("DeepState")));
});

test("withdrawals counted, euphemised or coordinated; 'X is ours'", () => {
  expectOne("Some 12,000 Russian troops had been moved across the Dnipro by Sunday, the ministry said.", "2022-11-13",
    { kind: "event", measure: "withdrawal", value: 12000, qualifier: "about", side: "RU" });
  const text = "Moscow said its troops near Lyman and Svatove were being regrouped.";
  const claims = extractText(text, "2022-10-02");
  assert.deepEqual(claims.map((c) => [c.measure, c.place?.name]).sort(), [["withdrawal", "Lyman"], ["withdrawal", "Svatove"]]);
  expectOne("Zelensky said in his evening address that “Lyman is ours.”", "2022-10-02", { kind: "control", measure: "controls", side: "UA", "place.name": "Lyman" });
});

test("state-media words for the enemy; outcomes told late in the clause; durations are not counts", () => {
  expectOne("The ministry of defence of Russia said 180 militants from the Azov regiment had surrendered in Mariupol on Monday.", "2022-05-17",
    { kind: "casualties", measure: "captured", side: "UA", value: 180, "place.name": "Mariupol" });
  expectOne("He said 1,300 Ukrainian and foreign fighters had been killed over two days near Izium.", "2022-09-10", { measure: "killed", value: 1300 });
  assert.deepEqual(extractText("Eighty wounded soldiers were taken to a hospital in Donetsk.", "2022-05-20").filter((c) => c.kind === "control"), []);
});

test("a share taken is one claim; the land it was taken from is description", () => {
  expectOne("The Institute for the Study of War said on Sunday that Ukraine had recaptured nearly a third of the territory Russia had occupied in Zaporizhzhia Oblast.", "2023-06-11",
    { kind: "area", measure: "share", side: "UA", value: 33.3, qualifier: "nearly", "place.name": "Zaporizhzhia Oblast", "source.side": "independent" });
});

test("'called the claim fake' denies the claim before it", () => {
  const text = "Russia's defence ministry said 600 Ukrainian soldiers had been killed near Izium. Ukraine's eastern command called the claim “fake.”";
  const claims = extractText(text, "2022-09-10");
  expectFields(claims.at(-1)!, { kind: "casualties", polarity: "denied", "source.side": "UA", value: 600 }, text);
});

test("pushed out of, lost control of, a town encircled, a death toll that rose", () => {
  expectOne("Ukrainian troops pushed Russian forces out of Robotyne, the General Staff said.", "2023-08-28", { measure: "controls", side: "UA", "place.name": "Robotyne" });
  expectOne("Russia lost control of Kupiansk in September 2022, officials said.", "2022-09-20", { measure: "controls", side: "UA", "place.name": "Kupiansk", "time.start": "2022-09" });
  expectOne("By then the town of Avdiivka was almost completely encircled, the brigade said.", "2024-02-10", { kind: "forces", measure: "encircled", side: "UA", "place.name": "Avdiivka" });
  expectOne("The death toll from the strike on Dnipro rose to 46, officials said.", "2023-01-17", { kind: "casualties", measure: "killed", value: 46, "place.name": "Dnipro" });
});

test("in Russian hands, a foothold, occupies a share", () => {
  expectOne("Vuhledar is now in Russian hands, the regional governor said.", "2024-10-03", { measure: "controls", side: "RU", "place.name": "Vuhledar" });
  expectOne("Ukrainian marines established a bridgehead on the left bank near Krynky, the Southern command said.", "2023-11-20", { measure: "contested", side: "UA", "place.name": "Krynky" });
  expectOne("Russia now occupies about 18 percent of Ukraine, officials said.", "2025-01-10", { kind: "area", measure: "share", side: "RU", value: 18 });
});

test("a figure for the whole war covers the war to publication", () => {
  expectOne("Nearly 700,000 Russian soldiers have been killed or wounded in the war, British intelligence estimated.", "2024-12-01",
    { "time.start": "2022-02-24", "time.end": "2024-12-01", place: null });
});

test("doubts told in the next sentence, and softer hedges", () => {
  const text = "Russian bloggers said 500 Ukrainian soldiers had surrendered near Pokrovsk. Reuters was unable to independently verify the report.";
  expectOne(text, "2025-11-20", { hedges: ["could not be independently verified"] });
  expectOne("Russian troops apparently entered Siversk on Monday, according to geolocated footage.", "2025-11-20", { measure: "contested", hedges: ["likely"] });
});

test("an evacuation is the announcing authority's, else the country's", () => {
  expectOne("Governor Vyacheslav Gladkov said 11,000 people had been evacuated from Shebekino.", "2023-06-02", { kind: "event", measure: "evacuation", side: "RU", value: 11000 });
  expectOne("More than 300 civilians were evacuated from Kupiansk on Tuesday.", "2025-10-08", { kind: "event", measure: "evacuation", side: "UA" });
});

test("a video's publisher is its speaker; whose flag says whose event; 'cleared the last districts'", () => {
  expectOne("A video released by the Defence Ministry shows servicemen hoisting the Russian flag over the administration building in Vuhledar.", "2024-10-03",
    { measure: "flag_raised", side: "RU", "source.name": "Defence Ministry" });
  expectOne("The ISW said it could not confirm that Russian troops had cleared the last western districts of Bakhmut.", "2023-05-21",
    { measure: "controls", side: "RU", polarity: "unconfirmed", "place.name": "Bakhmut" });
});

test("squares, seas and borders are not settlements; a freed town returns to its side", () => {
  const flag = "Ukrainian soldiers raised the national flag on Maidan Square in Kherson, the regional governor said.";
  expectOne(flag, "2022-11-12", { measure: "flag_raised", "place.name": "Kherson", side: "UA" });
  const distance = "Kherson was retaken on Friday. The city lies about 70 km from the administrative border of Crimea.";
  const claims = extractText(distance, "2022-11-12");
  expectFields(claims.find((c) => c.kind === "distance")!, { "place.name": "Kherson", "place2.name": "Crimea", value: 70 }, distance);
  expectFields(claims.find((c) => c.kind === "control")!, { side: "UA", "place.name": "Kherson" }, distance);
  expectOne("Mariupol, on the shore of the Sea of Azov, had a pre-war population of 430,000.", null, { kind: "population", "place.name": "Mariupol" });
});

test("a name beside its description; 'their map'; a trailing 'the ministry said'", () => {
  expectOne("Andrei Morozov, a pro-Kremlin military blogger, wrote on his Telegram channel that about 1,600 Russian soldiers had been killed near Lyman.", "2022-10-02",
    { "source.name": "Andrei Morozov", "source.side": "RU", value: 1600, side: "RU" });
  const text = "DeepState analysts said Russian forces were advancing near Siversk. Their map shows the Russians holding about 20% of the town.";
  expectFields(extractText(text, "2025-11-01").at(-1)!, { kind: "control", value: 20, unit: "percent", side: "RU", "place.name": "Siversk" }, text);
  assert.match(extractText(text, "2025-11-01").at(-1)!.source!.name, /DeepState/);
  const ministry = "Russia's Defence Ministry said its forces repelled attacks near Lyman. Russian troops are fighting in the eastern districts of Siversk, the ministry said.";
  assert.match(extractText(ministry, "2025-11-01").at(-1)!.source!.name, /Defen[cs]e Ministry/);
});

test("strikes as news tells them, with their toll; hedges in the sentence after", () => {
  const text = "Russian missiles hit an apartment block in Dnipro overnight, killing four people, the regional governor said.";
  const claims = extractText(text, "2025-03-08");
  assert.deepEqual(claims.map((c) => [c.kind, c.measure, c.side]).sort(), [["casualties", "killed", "UA"], ["event", "strike", "RU"]]);
  expectOne("Russia launched 90 drones and six missiles at Odesa on Friday night, the Ukrainian Air Force said.", "2025-03-08",
    { kind: "event", measure: "strike", side: "RU", "place.name": "Odesa", "source.side": "UA" });
  const doubted = "Russian bloggers said 300 Ukrainian soldiers were surrounded near Toretsk. The claim could not be independently verified.";
  expectOne(doubted, "2025-03-08", { hedges: ["could not be independently verified"] });
  expectOne("The Russian Defence Ministry said its forces had captured the village of Zelene Pole, but offered no evidence.", "2025-03-08",
    { "place.name": "Zelene Pole", "place.id": null, hedges: ["without evidence"] });
});

test("troops that left a place; attacks on a place; hit by a missile", () => {
  expectOne("Ukrainian marines have left Krynky after months of fighting, the Southern command said.", "2024-07-18", { kind: "event", measure: "withdrawal", side: "UA", "place.name": "Krynky" });
  expectOne("A massive combined strike on Kharkiv damaged power plants overnight, the mayor said.", "2024-03-22", { kind: "event", measure: "strike", "place.name": "Kharkiv" });
  expectOne("An apartment block in Odesa was hit by a Russian drone on Saturday.", "2024-03-03", { kind: "event", measure: "strike", side: "RU", "place.name": "Odesa" });
});

test("'a figure Moscow disputes' denies the figure", () => {
  const text = "Kyiv says it has killed more than 500,000 Russian troops since the start of the war, a figure Moscow disputes.";
  const claims = extractText(text, "2024-06-01");
  assert.deepEqual(claims.map((c) => [c.polarity, c.source?.side]), [["asserted", "UA"], ["denied", "RU"]]);
});

test("think-tank phrasing: advanced in a town; a claim not observed; a village the gazetteer lacks", () => {
  expectOne("Geolocated footage published on March 3 indicates that Russian forces recently advanced in central Toretsk.", "2025-03-05",
    { measure: "contested", side: "RU", "place.name": "Toretsk", source: null });
  const text = "Russian milbloggers claimed that Russian forces seized Kalynove, but ISW has not observed confirmation of this claim.";
  const claims = extractText(text, "2025-03-05");
  assert.deepEqual(claims.map((c) => [c.polarity, c.source?.side]), [["asserted", "RU"], ["unconfirmed", "independent"]]);
  // (A made-up name: the catalogue of Ukraine's settlements, data/ua-settlements.json, lists real villages.)
  expectOne("The Russian MoD claimed on March 4 that Russian forces seized Zhovtoklyn (southwest of Pokrovsk).", "2025-03-05",
    { "place.name": "Zhovtoklyn", "place.id": null, "time.start": "2025-03-04" });
});

test("equipment is not casualties; bodies found are; battles continuing are fighting", () => {
  assert.deepEqual(extractText("He said Russia had lost more than 2,000 armoured vehicles around Avdiivka since October.", "2024-02-20").filter((c) => c.kind === "casualties"), []);
  expectOne("The prosecutor's office said the bodies of 440 people had been found near Izium.", "2022-09-16", { kind: "casualties", measure: "killed", value: 440 });
  const text = "Wagner said its fighters had captured Soledar, though Kyiv said battles were continuing.";
  assert.ok(extractText(text, "2023-01-11").some((c) => c.measure === "contested" && c.source?.side === "UA"));
});

test("group speakers, dates before speakers, claims called false, running totals", () => {
  expectOne("At least 17 people were killed when a Russian missile struck Kryvyi Rih on Friday, regional officials said.", "2025-04-05",
    { "source.name": "regional officials", "source.side": "UA", side: "UA", value: 17 });
  expectOne("In April, Russian officials estimated that around 2,500 Ukrainian troops were blockaded in the plant in Mariupol.", "2022-05-20",
    { "source.name": "Russian officials", "source.side": "RU", measure: "encircled", value: 2500 });
  expectOne("Kyiv's claim that its forces had retaken Krynky was false, Russian war correspondent Alexander Kots wrote on Telegram.", "2023-11-20",
    { measure: "controls", side: "UA", polarity: "denied", "source.side": "RU" });
  const text = "In the past 24 hours, Russian forces lost 1,380 troops, bringing total Russian losses since Feb. 24, 2022 to 612,320, the General Staff reported.";
  assert.deepEqual(extractText(text, "2024-10-15").map((c) => c.value), [1380, 612320]);
});
