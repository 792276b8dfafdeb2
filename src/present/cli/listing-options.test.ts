// The listing options every listing command shares: values read, bad values refused naming the valid ones.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { STATUSES } from "../../claims/index.js";
import type { Io } from "./io.js";
import { listingOptions, notePage, SPEAKER_SIDES, speakerSideOption, statusOption, tableFit } from "./listing-options.js";
import { UsageError } from "./usage-error.js";

const USAGE = "usage: fogline test";
const refused = (f: () => unknown, pattern: RegExp) => assert.throws(f, (e: unknown) => e instanceof UsageError && pattern.test(e.message) && !e.message.includes("\n"));

function io(columns?: number): Io & { errors: string } {
  const sink = { errors: "", out: () => {}, err: (t: string) => { sink.errors += t; }, columns, progress: false, env: {} };
  return sink;
}

describe("listingOptions", () => {
  it("reads every shared option, with the command's default page", () => {
    const l = listingOptions({ format: "csv", limit: "20", offset: "40", outlet: "Moscow Times", "speaker-side": "ua", status: "single-source", wide: true }, USAGE, 50);
    assert.deepEqual(l, { format: "csv", limit: 20, offset: 40, outlet: "Moscow Times", speakerSide: "UA", status: "single_source", wide: true });
    assert.deepEqual(listingOptions({}, USAGE, 50), { format: "table", limit: 50, offset: 0, outlet: undefined, speakerSide: undefined, status: undefined, wide: false });
  });

  it("refuses bad values in one line naming what is allowed", () => {
    refused(() => listingOptions({ format: "xml" }, USAGE, 50), /format "xml": use one of table, json, jsonl, csv$/);
    refused(() => listingOptions({ limit: "0" }, USAGE, 50), /--limit "0": use a whole number/);
    refused(() => listingOptions({ limit: "ten" }, USAGE, 50), /--limit "ten"/);
    refused(() => listingOptions({ offset: "1.5" }, USAGE, 50), /--offset "1.5": use a whole number \(0 or more\)/);
    refused(() => listingOptions({ outlet: "  " }, USAGE, 50), /--outlet needs a name/);
  });
});

describe("speaker side and status", () => {
  it("reads a speaker side in any case and refuses others, naming RU, UA, independent", () => {
    for (const s of SPEAKER_SIDES) assert.equal(speakerSideOption(s.toUpperCase(), USAGE), s);
    assert.equal(speakerSideOption(" Independent ", USAGE), "independent");
    refused(() => speakerSideOption("US", USAGE), /speaker-side "US": use one of RU, UA, independent$/);
  });

  it("reads every status the ledger gives, and its words with a space or a hyphen", () => {
    for (const s of STATUSES) assert.equal(statusOption(s, USAGE), s);
    assert.equal(statusOption("One-Sided", USAGE), "one_sided");
    assert.equal(statusOption("single source", USAGE), "single_source");
    refused(() => statusOption("asserted", USAGE), new RegExp(`status "asserted": use one of ${STATUSES.join(", ")}$`));
  });
});

describe("tableFit", () => {
  it("fits a terminal, and leaves cells whole for a pipe or with --wide", () => {
    assert.deepEqual(tableFit(io(100), false, [10, 20]), { widths: [10, 20], columns: 100 });
    assert.deepEqual(tableFit(io(100), true, [10, 20]), {});
    assert.deepEqual(tableFit(io(), false, [10, 20]), {});
  });
});

describe("notePage", () => {
  it("says on stderr when a page leaves rows out, with the total", () => {
    const first = io();
    notePage(first, { shown: 50, offset: 0, total: 2113 }, "claims");
    assert.equal(first.errors, "fogline: showing 50 of 2,113 claims; use --limit/--offset for more\n");
    const middle = io();
    notePage(middle, { shown: 50, offset: 50, total: 2113 }, "claims");
    assert.match(middle.errors, /showing 51–100 of 2,113 claims/);
    const last = io();
    notePage(last, { shown: 13, offset: 2100, total: 2113 }, "claims");
    assert.match(last.errors, /showing 2,101–2,113 of 2,113 claims; use --limit\/--offset for others/);
  });

  it("says nothing when every row is shown", () => {
    const all = io();
    notePage(all, { shown: 7, offset: 0, total: 7 }, "claims");
    notePage(all, { shown: 0, offset: 0, total: 0 }, "claims");
    assert.equal(all.errors, "");
  });
});
