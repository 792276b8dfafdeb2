// What a file's bytes are, learnt in one streaming pass: binary or text, and which encoding.
import chardet from "chardet";
import iconv from "iconv-lite";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be" | "windows-1251" | "koi8-r" | "windows-1252" | "latin1";
export type ByteVerdict = { binary: true } | { binary: false; encoding: TextEncoding };

/** Bytes looked at for control characters and by chardet. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes in the sample above which a file is binary. */
const MAX_CONTROL_SHARE = 0.1;
/** Share of NUL bytes in the sample above which a file is binary: one stray NUL does not make text binary. */
const MAX_NUL_SHARE = 0.001;
/** Share of high letters (0xC0-0xFF) among letters above which legacy text is Cyrillic. */
const CYRILLIC_SHARE = 0.4;

const isControl = (b: number) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f;
const isAsciiLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);

/** Feed it every chunk of a file with `add`, then ask `verdict`. Memory stays at one sample. */
export class ByteProfile {
  private readonly utf8 = new TextDecoder("utf-8", { fatal: true });
  private validUtf8 = true;
  private nuls = 0;
  private sample = Buffer.alloc(0);
  private controls = 0;
  private asciiLetters = 0;
  private highLetters = 0;
  private c1Bytes = 0;
  /** High letters right after another high letter: whole words of them are Cyrillic, not Western accents. */
  private highPairs = 0;
  private previousHigh = false;

  add(chunk: Uint8Array): void {
    if (this.sample.length < SAMPLE_BYTES) {
      const take = chunk.subarray(0, SAMPLE_BYTES - this.sample.length);
      this.sample = Buffer.concat([this.sample, take]);
      for (let i = 0; i < take.length; i++) if (isControl(take[i])) this.controls++;
    }
    if (this.nuls <= SAMPLE_BYTES) for (let i = chunk.indexOf(0); i !== -1; i = chunk.indexOf(0, i + 1)) this.nuls++;
    if (this.validUtf8) {
      try {
        this.utf8.decode(chunk, { stream: true });
        return;
      } catch {
        this.validUtf8 = false;
      }
    }
    this.countLetters(chunk);
  }

  verdict(): ByteVerdict {
    const bom = unicodeBom(this.sample);
    if (bom) return { binary: false, encoding: bom };
    const wide = wideUnicodeWithoutBom(this.sample);
    if (wide) return { binary: false, encoding: wide };
    if (this.nuls > Math.max(1, this.sample.length * MAX_NUL_SHARE) || this.controls > this.sample.length * MAX_CONTROL_SHARE) return { binary: true };
    if (this.validUtf8) {
      try {
        this.utf8.decode();
        return { binary: false, encoding: "utf-8" };
      } catch {
        // a truncated sequence at the very end: not UTF-8 after all
      }
    }
    return { binary: false, encoding: this.legacyEncoding() };
  }

  /** Counted only once the bytes proved not to be UTF-8: the letters that tell legacy encodings apart. */
  private countLetters(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      const high = b >= 0xc0;
      if (high) { this.highLetters++; if (this.previousHigh) this.highPairs++; }
      else if (isAsciiLetter(b)) this.asciiLetters++;
      else if (b >= 0x80 && b <= 0x9f) this.c1Bytes++;
      this.previousHigh = high;
    }
  }

  /** Cyrillic text puts most of its letters in 0xC0-0xFF; Western text keeps most in ASCII. */
  private legacyEncoding(): TextEncoding {
    const letters = this.asciiLetters + this.highLetters;
    if (letters > 0 && this.highLetters / letters > CYRILLIC_SHARE) return this.cyrillicEncoding();
    // English text quoting a few Cyrillic words: the words are runs of high letters.
    if (this.highPairs >= 4 && this.highPairs / this.highLetters > 0.5) return this.cyrillicEncoding();
    return this.c1Bytes > 0 ? "windows-1252" : "latin1";
  }

  /** chardet tells windows-1251 from KOI8-R by letter frequencies; windows-1251 unless it is surer of KOI8-R. */
  private cyrillicEncoding(): TextEncoding {
    const matches = chardet.analyse(this.sample);
    const confidence = (name: string) => matches.find((m) => m.name.toLowerCase() === name)?.confidence ?? 0;
    return confidence("koi8-r") > confidence("windows-1251") ? "koi8-r" : "windows-1251";
  }
}

function unicodeBom(sample: Uint8Array): TextEncoding | null {
  if (sample[0] === 0xff && sample[1] === 0xfe && sample[2] === 0 && sample[3] === 0) return "utf-32le";
  if (sample[0] === 0 && sample[1] === 0 && sample[2] === 0xfe && sample[3] === 0xff) return "utf-32be";
  if (sample[0] === 0xff && sample[1] === 0xfe) return "utf-16le";
  if (sample[0] === 0xfe && sample[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * UTF-32 or UTF-16 without a byte order mark, told by where the bytes that hardly vary sit: UTF-32 text
 * has two zero bytes in every four (all of Unicode is below U+110000), UTF-16 one byte of each pair that
 * stays within a few values (0x00 for Latin text, 0x04 for Cyrillic). The guess must then decode the
 * sample into text with no replacement characters and almost no control characters.
 */
function wideUnicodeWithoutBom(sample: Uint8Array): TextEncoding | null {
  if (sample.length < 8) return null;
  const sharePer = (width: number, at: number, test: (b: number) => boolean) => {
    let hits = 0, all = 0;
    for (let i = at; i < sample.length; i += width) { all++; if (test(sample[i])) hits++; }
    return all ? hits / all : 0;
  };
  const zero = (b: number) => b === 0;
  const candidates: TextEncoding[] = [];
  if (sharePer(4, 3, zero) === 1 && sharePer(4, 2, (b) => b <= 0x10) === 1 && sharePer(4, 0, zero) < 0.5) candidates.push("utf-32le");
  if (sharePer(4, 0, zero) === 1 && sharePer(4, 1, (b) => b <= 0x10) === 1 && sharePer(4, 3, zero) < 0.5) candidates.push("utf-32be");
  const steady = (at: number) => dominantShare(sample, at, 2);
  if (steady(1) >= 0.6 && steady(0) < 0.3 && sharePer(2, 0, zero) < 0.05) candidates.push("utf-16le");
  if (steady(0) >= 0.6 && steady(1) < 0.3 && sharePer(2, 1, zero) < 0.05) candidates.push("utf-16be");
  return candidates.find((encoding) => readsAsText(sample, encoding)) ?? null;
}

/** The share of the most frequent byte among every `width`-th byte from `at`. */
function dominantShare(sample: Uint8Array, at: number, width: number): number {
  const counts = new Uint32Array(256);
  let all = 0;
  for (let i = at; i < sample.length; i += width) { counts[sample[i]]++; all++; }
  return all ? Math.max(...counts) / all : 0;
}

function readsAsText(sample: Uint8Array, encoding: TextEncoding): boolean {
  const whole = sample.subarray(0, sample.length - (sample.length % (encoding.startsWith("utf-32") ? 4 : 2)));
  const text = iconv.decode(Buffer.from(whole), encoding).replace(/^\uFEFF/, "");
  if (!text || text.includes("\uFFFD") || /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) return false;
  const controls = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  return controls <= text.length * 0.01;
}

/** The verdict for bytes already in memory. */
export function profileBytes(bytes: Uint8Array): ByteVerdict {
  const profile = new ByteProfile();
  profile.add(bytes);
  return profile.verdict();
}
