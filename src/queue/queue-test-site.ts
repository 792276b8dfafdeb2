// For the queue tests: a local HTTP site serving feeds and article pages (nothing from the internet), with
// ETag / Last-Modified answered by 304, and a log of every request. Pages can be changed while it runs.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { LedgerStore } from "../store/ledger-store.js";

export interface TestPage {
  body: string;
  type?: string;
  status?: number;
  etag?: string;
  lastModified?: string;
  /** Answer after this long (to make a worker's fetch take time). */
  delayMs?: number;
}

export interface SiteRequest {
  path: string;
  at: number;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  status: number;
}

export interface TestSite {
  base: string;
  pages: Map<string, TestPage>;
  requests: SiteRequest[];
  close(): Promise<void>;
}

export async function startTestSite(pages: Record<string, TestPage> = {}): Promise<TestSite> {
  const site = { pages: new Map(Object.entries(pages)), requests: [] as SiteRequest[] };
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const page = site.pages.get(path);
    const ifNoneMatch = (req.headers["if-none-match"] as string | undefined) ?? null;
    const ifModifiedSince = (req.headers["if-modified-since"] as string | undefined) ?? null;
    const unchanged = page && ((page.etag && ifNoneMatch === page.etag) || (!page.etag && page.lastModified && ifModifiedSince === page.lastModified));
    const status = !page ? 404 : unchanged ? 304 : (page.status ?? 200);
    site.requests.push({ path, at: Date.now(), ifNoneMatch, ifModifiedSince, status });
    setTimeout(() => {
      const headers: Record<string, string> = { "content-type": page?.type ?? "text/html; charset=utf-8" };
      if (page?.etag) headers.etag = page.etag;
      if (page?.lastModified) headers["last-modified"] = page.lastModified;
      res.writeHead(status, headers);
      res.end(status === 200 ? page!.body : status === 304 ? undefined : "not here");
    }, page?.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base, ...site,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

const PLACES = ("Avdiivka Kherson Pokrovsk Kupiansk Kharkiv Bakhmut Odesa Mykolaiv Zaporizhzhia Dnipro Sumy Chernihiv Lviv Izium " +
  "Lyman Kramatorsk Sloviansk Toretsk Vuhledar Siversk Kostiantynivka Druzhkivka Myrnohrad Selydove Kurakhove Orikhiv Huliaipole " +
  "Nikopol Enerhodar Melitopol Berdiansk Mariupol Poltava Vinnytsia Zhytomyr Rivne").split(" ");

/**
 * The paragraphs of made-up article n: figures that extract as claims. The first is about a place of its
 * own (up to 36 articles), so that its proposition group is reconciled by this article alone; the second
 * shares one of six places with other articles.
 */
export function articleSentences(n: number): string[] {
  const place = PLACES[n % PLACES.length];
  const other = PLACES[(n + 2) % 6];
  return [
    `A regional governor said ${2 + (n % 5)} civilians were killed in shelling of ${place} overnight.`,
    `Russia's Defence Ministry said ${10 + n} Ukrainian soldiers were killed near ${other} in November.`,
    `Report number ${n} was filed from the region.`,
  ];
}

export function articleHtml(n: number, options: { published?: boolean } = {}): string {
  const date = options.published === false ? "" : `<meta property="article:published_time" content="2025-11-${String(10 + (n % 18)).padStart(2, "0")}T10:00:00Z">`;
  return `<!doctype html><html><head><title>Report ${n}</title><meta property="og:site_name" content="Test Wire">${date}</head>
<body><nav>Home | World | Sport</nav><article><h1>Report ${n}</h1>
${articleSentences(n).map((s) => `<p>${s}</p>`).join("\n")}
</article><footer>Copyright Test Wire</footer></body></html>`;
}

/** An RSS feed linking article pages /a/N.html, each item only a teaser (no figures, no claims). */
export function rssFeed(base: string, numbers: number[]): string {
  const items = numbers.map((n) => `<item><title>Report ${n}</title><link>${base}/a/${n}.html</link>
<pubDate>Fri, 14 Nov 2025 10:00:00 GMT</pubDate><description>Fighting continued. Read more.</description></item>`).join("\n");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>${items}</channel></rss>`;
}

/** A site with the feed at /feed.xml and its articles, each answered after `delayMs`. */
export function articlePages(count: number, delayMs = 0, base = ""): Record<string, TestPage> {
  const pages: Record<string, TestPage> = {};
  for (let n = 1; n <= count; n++) pages[`/a/${n}.html`] = { body: articleHtml(n), delayMs };
  if (base) pages["/feed.xml"] = { body: rssFeed(base, Array.from({ length: count }, (_, i) => i + 1)), type: "application/rss+xml", etag: '"v1"' };
  return pages;
}

/** The whole ledger but ingest times, in a stable order: two ledgers equal this way hold the same claims. */
export async function ledgerSnapshot(store: LedgerStore): Promise<unknown> {
  const all = { limit: Number.MAX_SAFE_INTEGER };
  const articles = (await store.articles(all)).map(({ ingestedAt: _, ...a }) => a).sort((a, b) => (a.id < b.id ? -1 : 1));
  const claims = (await store.claims(all)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const propositions = (await store.propositions(all)).sort((a, b) => (a.id < b.id ? -1 : 1));
  return { articles, claims, propositions };
}
