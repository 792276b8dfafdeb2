// A WHERE clause being built from a filter: conditions joined by AND, named parameters beside them.
import { FoglineError } from "../../claims/index.js";

export class SqlWhere {
  readonly conditions: string[] = [];
  readonly params: Record<string, unknown> = {};

  add(condition: string, params: Record<string, unknown> = {}): this {
    this.conditions.push(condition);
    Object.assign(this.params, params);
    return this;
  }

  toString(): string {
    return this.conditions.length === 0 ? "" : `WHERE ${this.conditions.join(" AND ")}`;
  }
}

/** LIMIT/OFFSET with validated numbers (SQLite reads LIMIT -1 as no limit). */
export function limitClause(where: SqlWhere, limit: number | undefined, offset: number | undefined): string {
  where.params.limit = limit === undefined ? -1 : count("limit", limit);
  where.params.offset = offset === undefined ? 0 : count("offset", offset);
  return "LIMIT @limit OFFSET @offset";
}

function count(name: string, n: number): number {
  if (!Number.isInteger(n) || n < 0) {
    throw new FoglineError("bad-filter", `${name} must be a whole number ≥ 0, not ${n}`, `pass --${name} 50, for example`);
  }
  return n;
}
