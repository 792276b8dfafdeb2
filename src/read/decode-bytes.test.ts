import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import { declaredCharset, decodeBytes } from "./decode-bytes.js";

const RUSSIAN = "Российские войска заявили о захвате Покровска. Киев это отрицает: «бои продолжаются».\n";
const UKRAINIAN = "Сили оборони України утримують позиції біля Покровська, повідомив Генштаб.\n";
const FRENCH = "Les forces ukrainiennes ont quitté la ville, a déclaré l’état-major. Élysée: « pas de cessez-le-feu ».\n";
const GERMAN = "Die Stadt wurde nach schweren Kämpfen geräumt, hieß es aus Kiew. Größere Verluste würden bestritten.\n";

const ROWS: [string, Uint8Array, string, string | undefined][] = [
  ["UTF-8 stays UTF-8", Buffer.from(RUSSIAN, "utf8"), RUSSIAN, undefined],
  ["Russian in windows-1251", iconv.encode(RUSSIAN.repeat(3), "windows-1251"), RUSSIAN.repeat(3), "decoded as windows-1251"],
  ["Ukrainian in windows-1251", iconv.encode(UKRAINIAN.repeat(3), "windows-1251"), UKRAINIAN.repeat(3), "decoded as windows-1251"],
  ["German in Latin-1", iconv.encode(GERMAN.replace("’", "'"), "latin1"), GERMAN.replace("’", "'"), "decoded as latin1"],
  ["French in windows-1252 (curly quote)", iconv.encode(FRENCH, "windows-1252"), FRENCH, "decoded as windows-1252"],
  ["UTF-16 with BOM", iconv.encode(RUSSIAN, "utf-16le", { addBOM: true }), RUSSIAN, undefined],
];

for (const [name, bytes, text, warning] of ROWS) {
  test(`decodeBytes: ${name}`, () => {
    const decoded = decodeBytes(bytes);
    assert.ok(!("binary" in decoded), "not binary");
    assert.equal(decoded.text.replace(/^\uFEFF/, ""), text);
    assert.equal(decoded.warning, warning);
  });
}

const BINARY: [string, Uint8Array][] = [
  ["NUL bytes", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41])],
  ["mostly control bytes", Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 20))))],
];
for (const [name, bytes] of BINARY) test(`decodeBytes: ${name} is binary`, () => assert.deepEqual(decodeBytes(bytes), { binary: true }));

test("decodeBytes: a declared charset is used for non-UTF-8 bytes, but not a Western label on Cyrillic bytes", () => {
  const latin = iconv.encode("Größe", "latin1");
  assert.deepEqual(decodeBytes(latin, "iso-8859-15"), { text: "Größe", warning: "decoded as iso-8859-15" });
  const cyrillic = iconv.encode(RUSSIAN.repeat(3), "windows-1251");
  assert.deepEqual(decodeBytes(cyrillic, "iso-8859-1"), { text: RUSSIAN.repeat(3), warning: "decoded as windows-1251" });
});

test("declaredCharset reads the header, then <meta charset>", () => {
  assert.equal(declaredCharset(Buffer.from(""), "text/html; charset=windows-1251"), "windows-1251");
  assert.equal(declaredCharset(Buffer.from('<html><head><meta charset="koi8-r">')), "koi8-r");
  assert.equal(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=cp1251">')), "cp1251");
  assert.equal(declaredCharset(Buffer.from("<p>no charset</p>")), null);
});

test("English text quoting a few Windows-1251 words is decoded as Cyrillic, Western accents stay Latin-1", () => {
  const mixed = iconv.encode("Officials in Донецк said the line held. Shelling resumed near the town.", "win1251");
  const decodedMixed = decodeBytes(mixed);
  assert.ok("text" in decodedMixed && decodedMixed.text.includes("Донецк"));
  const western = iconv.encode("The café near the Bahnhofstraße reopened; señora Müller said so.", "latin1");
  const decodedWestern = decodeBytes(western);
  assert.ok("text" in decodedWestern && decodedWestern.text.includes("café") && decodedWestern.text.includes("Müller"));
});

const WIDE: [string, Uint8Array, string][] = [
  ["UTF-16LE without BOM, Russian", iconv.encode(RUSSIAN.repeat(2), "utf-16le"), RUSSIAN.repeat(2)],
  ["UTF-16BE without BOM, Russian", iconv.encode(RUSSIAN.repeat(2), "utf-16be"), RUSSIAN.repeat(2)],
  ["UTF-16LE without BOM, German", iconv.encode(GERMAN, "utf-16le"), GERMAN],
  ["UTF-16BE without BOM, French", iconv.encode(FRENCH, "utf-16be"), FRENCH],
  ["UTF-32LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode(UKRAINIAN, "utf-32le")]), UKRAINIAN],
  ["UTF-32BE with BOM", Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), iconv.encode(UKRAINIAN, "utf-32be")]), UKRAINIAN],
  ["UTF-32LE without BOM", iconv.encode(RUSSIAN, "utf-32le"), RUSSIAN],
  ["UTF-32BE without BOM, with an emoji", iconv.encode(`${GERMAN}🙂`, "utf-32be"), `${GERMAN}🙂`],
  ["UTF-8 with one stray NUL", Buffer.concat([Buffer.from(GERMAN.repeat(20)), Buffer.from([0]), Buffer.from(FRENCH)]), `${GERMAN.repeat(20)}\u0000${FRENCH}`],
];
for (const [name, bytes, text] of WIDE) {
  test(`decodeBytes: ${name}`, () => {
    const decoded = decodeBytes(bytes);
    assert.ok(!("binary" in decoded), "not binary");
    assert.equal(decoded.text.replace(/^\uFEFF/, ""), text);
  });
}
