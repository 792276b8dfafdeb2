// The whole flow in one place: read -> language -> extract (with places and actors) -> store -> reconcile.
// Presentation (CLI, HTTP) calls this; no stage reaches forward to a later one.
import type { Article, Claim } from "./claims/index.js";
import { readInputs, type ReadOptions } from "./read/index.js";
import { loadPlaceIndex, type PlaceIndex } from "./places/index.js";
import { loadActorRegistry, type ActorRegistry } from "./actors/index.js";
import { createExtractor } from "./extract/index.js";
import type { LedgerStore } from "./store/ledger-store.js";
import { createReconciler, groupKey, placeKey, type ReconcileContext } from "./reconcile/index.js";
import type { ExtractedArticle, IngestProgress, IngestSummary, Pipeline } from "./pipeline-types.js";

export type { ExtractedArticle, IngestProgress, IngestSummary, Pipeline } from "./pipeline-types.js";

export interface PipelineOptions {
  places?: PlaceIndex;
  actors?: ActorRegistry;
  /** Keep each claim's trail of rules. */
  explain?: boolean;
  /** Articles ingested between two reconciliations of the touched propositions (default 500). */
  reconcileEvery?: number;
}

export interface FoglinePipeline extends Pipeline {
  places: PlaceIndex;
  actors: ActorRegistry;
  /** Re-reconcile the proposition groups given (and every group at their places, for contradictions and checks). */
  reconcileGroups(store: LedgerStore, groupKeys: Iterable<string>): number;
}

export function createPipeline(options: PipelineOptions = {}): FoglinePipeline {
  const places = options.places ?? loadPlaceIndex();
  const actors = options.actors ?? loadActorRegistry();
  const extractor = createExtractor({ places, actors, explain: options.explain });
  const reconciler = createReconciler();
  const every = options.reconcileEvery ?? 500;

  const extractArticle = (article: Article): Claim[] => extractor.extract(article);

  async function* extractInputs(inputs: string[], readOptions: ReadOptions = {}): AsyncIterable<ExtractedArticle | { problem: { origin: string; reason: string } }> {
    for await (const item of readInputs(inputs, readOptions)) {
      if (item.problem) yield { problem: item.problem };
      else yield { article: item.article, claims: extractArticle(item.article) };
    }
  }

  function reconcileGroups(store: LedgerStore, groupKeys: Iterable<string>): number {
    const keys = new Set(groupKeys);
    if (!keys.size) return 0;
    const placeIds = new Set<string>();
    const placeless: string[] = [];
    for (const key of keys) {
      const place = key.split("|")[3] ?? "";
      if (place) for (const p of place.split("~")) placeIds.add(p);
      else placeless.push(key);
    }
    let count = 0;
    // Every group at a touched place is reconciled together: contradictions and checks cross groups.
    for (const place of placeIds) {
      const claims = store.claims({ place, limit: Number.MAX_SAFE_INTEGER }).filter((c) => placeKey(c.place) === place || placeKey(c.place2) === place);
      count += reconcileSet(store, claims, [...new Set(claims.map(groupKey))]);
    }
    if (placeless.length) count += reconcileSet(store, store.claimsByGroup(placeless), placeless);
    return count;
  }

  function reconcileSet(store: LedgerStore, claims: Claim[], keys: string[]): number {
    const docs = [...new Set(claims.map((c) => c.doc))];
    const outlets = store.outlets(docs);
    const published = new Map(docs.map((d) => [d, store.article(d)?.published ?? null]));
    const context: ReconcileContext = {
      outletOf: (doc) => outlets.get(doc) ?? null,
      publishedOf: (doc) => published.get(doc) ?? null,
      places,
    };
    const propositions = reconciler.reconcile(claims, context);
    const byId = new Map(claims.map((c) => [c.id, c]));
    store.putPropositions(keys, propositions, (p) => groupKey(byId.get(p.claims[0])!));
    return propositions.length;
  }

  function ingestArticle(store: LedgerStore, article: Article) {
    const result = store.addArticle(article, extractArticle(article), groupKey);
    if (result.added) reconcileGroups(store, store.claims({ doc: result.docId, limit: Number.MAX_SAFE_INTEGER }).map(groupKey));
    return result;
  }

  async function ingest(store: LedgerStore, inputs: string[], readOptions: ReadOptions & { onProgress?: (p: IngestProgress) => void } = {}): Promise<IngestSummary> {
    const summary: IngestSummary = { articles: 0, added: 0, duplicates: 0, claims: 0, problems: [], docIds: [] };
    const docIds = new Set<string>();
    let touched = new Set<string>();
    let sinceReconcile = 0;
    for await (const item of readInputs(inputs, readOptions)) {
      if (item.problem) {
        summary.problems.push(item.problem);
      } else {
        const claims = extractArticle(item.article);
        const result = store.addArticle(item.article, claims, groupKey);
        summary.articles++;
        if (result.added) {
          summary.added++;
          summary.claims += result.claims;
          docIds.add(result.docId);
        } else summary.duplicates++;
        // Groups of an article already stored are reconciled again too: a run killed between storing
        // articles and reconciling them leaves propositions that only the next run can bring up to date.
        for (const c of claims) touched.add(groupKey(c));
        if (++sinceReconcile >= every) { reconcileGroups(store, touched); touched = new Set(); sinceReconcile = 0; }
      }
      readOptions.onProgress?.({
        articles: summary.articles, added: summary.added, duplicates: summary.duplicates, claims: summary.claims,
        problems: summary.problems.length, origin: item.article?.origin ?? item.problem!.origin,
      });
    }
    reconcileGroups(store, touched);
    summary.docIds = [...docIds];
    return summary;
  }

  return { places, actors, extractArticle, extractInputs, ingestArticle, ingest, reconcileGroups };
}
