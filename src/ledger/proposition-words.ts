// A proposition as every view names it: its title and its figure in words, computed once here.
import type { Claim, Proposition } from "../claims/index.js";
import type { LedgerStore } from "../store/ledger-store.js";
import { figureText } from "./figure-text.js";
import { place2Of, titleOf } from "./wording.js";

export interface PropositionWords {
  /** "Russian control of Pokrovsk", "Distance Pokrovsk–Avdiivka". */
  title: string;
  /** "6,500 or more people", "14–33.3 %"; null without a figure. */
  figure_text: string | null;
}

export type WordedProposition = Proposition & PropositionWords;

/** `claims` (any of the proposition's) give a distance its second place. */
export const wordsOf = (p: Proposition, claims: Claim[] = []): PropositionWords => ({
  title: titleOf(p, place2Of(claims)),
  figure_text: figureText(p.figure),
});

export const withWords = (p: Proposition, claims: Claim[] = []): WordedProposition => ({ ...p, ...wordsOf(p, claims) });

/** Only a distance's title needs a claim (its second place): the first claim of each is read, the others none. */
export async function wordPropositions(store: LedgerStore, propositions: Proposition[]): Promise<WordedProposition[]> {
  const firstIds = propositions.filter((p) => p.measure === "distance" && p.claims.length).map((p) => p.claims[0]);
  const firsts = new Map((firstIds.length ? await store.claimsByIds(firstIds) : []).map((c) => [c.id, c]));
  return propositions.map((p) => withWords(p, p.claims.length && firsts.has(p.claims[0]) ? [firsts.get(p.claims[0])!] : []));
}

export async function wordProposition(store: LedgerStore, p: Proposition): Promise<WordedProposition> {
  return (await wordPropositions(store, [p]))[0];
}
