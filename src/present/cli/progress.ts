// Progress on stderr for long runs: redrawn in place on a terminal; a plain line every 10 s otherwise
// (a log file or CI), so a long ingest never looks stuck. Short runs print nothing.
import type { Io } from "./io.js";
import { printable } from "../export/printable.js";

export function progressLine(io: Io, everyMs = 250, plainEveryMs = 10_000) {
  const started = Date.now();
  let last = started, shown = false;
  return {
    update(raw: string) {
      const text = printable(raw);
      const now = Date.now();
      if (!io.progress) {
        if (now - last >= plainEveryMs) { last = now; io.err(`${text}\n`); }
        return;
      }
      if (now - last < everyMs) return;
      last = now;
      shown = true;
      io.err(`\r\x1b[K${text}`);
    },
    clear() {
      if (shown) io.err("\r\x1b[K");
      shown = false;
    },
  };
}
