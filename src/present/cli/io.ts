// Where a command writes: injected, so tests capture output and nothing reads process globals directly.
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Terminal width, when writing to a terminal. */
  columns?: number;
  /** Whether progress lines may be drawn on stderr. */
  progress: boolean;
  env: Record<string, string | undefined>;
}

export const processIo = (): Io => ({
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  progress: Boolean(process.stderr.isTTY),
  env: process.env,
});
