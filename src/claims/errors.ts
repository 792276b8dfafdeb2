// Errors that say how to fix them: a stable code and a hint (see STYLE.md).

export class FoglineError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = "FoglineError";
  }
  /** One line for a terminal: the message, then the hint. */
  toLine(): string {
    return this.hint ? `${this.message} (${this.hint})` : this.message;
  }
}

export const isFoglineError = (e: unknown): e is FoglineError => e instanceof FoglineError;
