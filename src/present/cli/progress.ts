// A progress line on stderr for long runs, redrawn in place; silent when stderr is not a terminal.
import type { Io } from "./io.js";

export function progressLine(io: Io, everyMs = 250) {
  let last = 0, shown = false;
  return {
    update(text: string) {
      if (!io.progress) return;
      const now = Date.now();
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
