// A WHERE clause for PostgreSQL: conditions joined by AND, values bound as $1, $2, … in order.
import { FoglineError } from "../../claims/index.js";

export class PgWhere {
  readonly conditions: string[] = [];
  readonly values: unknown[] = [];

  /** Binds a value and gives its placeholder. */
  bind(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  add(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  toString(): string {
    return this.conditions.length === 0 ? "" : `WHERE ${this.conditions.join(" AND ")}`;
  }
}

/** LIMIT/OFFSET with validated numbers (LIMIT NULL is no limit in PostgreSQL). */
export function pgLimit(where: PgWhere, limit: number | undefined, offset: number | undefined): string {
  const l = limit === undefined ? null : count("limit", limit);
  const o = offset === undefined ? 0 : count("offset", offset);
  return `LIMIT ${where.bind(l)} OFFSET ${where.bind(o)}`;
}

function count(name: string, n: number): number {
  if (!Number.isInteger(n) || n < 0) {
    throw new FoglineError("bad-filter", `${name} must be a whole number ≥ 0, not ${n}`, `pass --${name} 50, for example`);
  }
  return n;
}
