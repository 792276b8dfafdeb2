// The one check of an as-of day, shared by the adapters and the fakes: a calendar day, YYYY-MM-DD.
import { FoglineError } from "../claims/index.js";
import type { AsOfScope, StoredArticle } from "./ledger-store.js";

export function assertAsOfDay(day: string): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== day) {
    throw new FoglineError("bad-filter", `as-of must be a calendar day YYYY-MM-DD, not "${day}"`, "pass --as-of 2025-11-30, for example");
  }
}

/** Whether an article was in the ledger on the scope's day (ignoring `later`). */
export function wasInLedger(article: Pick<StoredArticle, "published" | "ingestedAt">, scope: AsOfScope): boolean {
  if (scope.basis === "ingested") return article.ingestedAt.slice(0, 10) <= scope.day;
  return article.published !== null && article.published <= scope.day;
}

/** Whether the scope selects the article: in the ledger on its day, or (later) not yet. */
export const inScope = (article: Pick<StoredArticle, "published" | "ingestedAt">, scope: AsOfScope): boolean =>
  wasInLedger(article, scope) !== Boolean(scope.later);
