// Errors the API answers with: a status, a stable code, a message and a hint, as JSON, never a stack.
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 421 | 422 | 500 | 501 | 502 | 503,
    readonly code: string,
    message: string,
    readonly hint?: string,
    /** Fields beside `error` in the body (the candidates of an ambiguous place). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export interface ErrorBody {
  error: { code: string; message: string; hint?: string };
}

export const errorBody = (code: string, message: string, hint?: string): ErrorBody => ({
  error: hint ? { code, message, hint } : { code, message },
});

export const notFound = (what: string, id: string) => new HttpError(404, "not-found", `no ${what} with id ${JSON.stringify(id)}`);
