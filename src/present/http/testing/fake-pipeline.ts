// A stand-in Pipeline for HTTP and browser tests: files, folders (with manifest.json) and URLs,
// the fake extractor and the fake reconciler. The real one is src/pipeline.ts.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Article } from "../../../claims/index.js";
import type { IngestSummary, Pipeline } from "../../../pipeline-types.js";
import type { ReadProblem } from "../../../read/reader.js";
import type { LedgerStore } from "../../../store/ledger-store.js";
import { fakeExtract } from "./fake-extractor.js";
import { fakeReconcile } from "./fake-reconcile.js";
import { fakeGroupKey } from "./fake-store.js";

type Meta = Record<string, { outlet?: string; published?: string; title?: string }>;

const normalise = (text: string) => text.normalize("NFC").replace(/\r\n?/g, "\n");
const stripTags = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, "").replace(/<[^>]+>/g, " ");

async function readMeta(path: string | undefined): Promise<Meta> {
  if (!path) return {};
  try { return JSON.parse(await readFile(path, "utf8")) as Meta; } catch { return {}; }
}

function articleOf(id: string, raw: string, origin: string, meta: Meta, isHtml: boolean): Article {
  const m = meta[id] ?? {};
  return { id, text: normalise(isHtml ? stripTags(raw) : raw), outlet: m.outlet ?? null, title: m.title ?? null, published: m.published ?? null, origin };
}

async function filesOf(input: string): Promise<{ files: string[]; manifest?: string }> {
  if (!(await stat(input)).isDirectory()) return { files: [input] };
  const names = (await readdir(input)).sort();
  return { files: names.filter((n) => /\.(txt|html?)$/i.test(n)).map((n) => join(input, n)), manifest: names.includes("manifest.json") ? join(input, "manifest.json") : undefined };
}

export function createFakePipeline(): Pipeline {
  const pipeline: Pipeline = {
    extractArticle: fakeExtract,
    async *extractInputs() { /* not used by the HTTP layer */ },
    async ingestArticle(store: LedgerStore, article: Article) {
      const result = await store.addArticle(article, fakeExtract(article), fakeGroupKey);
      if (result.added) await pipeline.reconcileGroups(store, []);
      return result;
    },
    // Every group, whichever were given: the fake reconciler is small. Rejected claims' groups are
    // replaced too, so that a group left empty loses its proposition.
    groupKey: fakeGroupKey,
    async reconcileGroups(store: LedgerStore) {
      const all = await store.claims();
      const keys = new Set((await store.claims({ withRejected: true })).map(fakeGroupKey));
      const outlets = await store.outlets([...new Set(all.map((c) => c.doc))]);
      const propositions = fakeReconcile(all, (d) => outlets.get(d) ?? null);
      const byId = new Map(all.map((c) => [c.id, c]));
      await store.putPropositions([...keys], propositions, (p) => fakeGroupKey(byId.get(p.claims[0])!));
      return propositions.length;
    },
    async ingest(store, inputs, options = {}) {
      const summary: IngestSummary = { articles: 0, added: 0, duplicates: 0, claims: 0, problems: [], docIds: [] };
      const problem = (p: ReadProblem) => summary.problems.push(p);
      for (const input of inputs) {
        const articles: Article[] = [];
        try {
          if (/^https?:\/\//.test(input)) {
            if (options.allowFetch === false) { problem({ origin: input, reason: "fetching is off" }); continue; }
            const response = await fetch(input, { signal: AbortSignal.timeout(10_000) });
            if (!response.ok) { problem({ origin: input, reason: `HTTP ${response.status}` }); continue; }
            const id = basename(new URL(input).pathname).replace(/\.\w+$/, "") || new URL(input).hostname;
            articles.push({ ...articleOf(id, await response.text(), input, {}, true), url: input });
          } else {
            const { files, manifest } = await filesOf(input);
            const meta = { ...(await readMeta(manifest)), ...(await readMeta(options.meta)) };
            for (const file of files) {
              const raw = await readFile(file, "utf8");
              if (!raw.trim()) { problem({ origin: file, reason: "empty file" }); continue; }
              articles.push(articleOf(basename(file, extname(file)), raw, file, meta, /\.html?$/i.test(file)));
            }
          }
        } catch (e) {
          problem({ origin: input, reason: (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "could not be read" });
        }
        for (const article of articles) {
          const r = await pipeline.ingestArticle(store, article);
          summary.articles++;
          if (r.added) { summary.added++; summary.claims += r.claims; summary.docIds.push(r.docId); } else summary.duplicates++;
          options.onProgress?.({ ...summary, problems: summary.problems.length, origin: article.origin });
        }
      }
      return summary;
    },
  };
  return pipeline;
}
