// Text from articles, file names and URLs as it may be printed to a terminal or a log: control characters
// shown as escapes, so that a file name holding a newline cannot forge a second "fogline:" line and one
// holding ANSI escapes cannot recolour, move the cursor or rewrite the screen. Bidirectional overrides
// (U+202A-202E, U+2066-2069) are escaped too: they reorder what the reader sees.

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export const printable = (text: string): string =>
  text.replace(UNPRINTABLE, (ch) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** Spreadsheet formula injection: a text cell starting with = + - @ (or tab, CR) is read as a formula by
 * Excel, LibreOffice and Google Sheets; a leading apostrophe keeps it text (OWASP "CSV injection"). */
export const neutraliseFormula = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
