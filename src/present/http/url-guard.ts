// POST /api/documents {url}: only http(s), and not loopback, private or link-local unless allowed.
// The reading stage fetches; this refuses early with a clear message. (A host that re-resolves between
// this check and the fetch is the reader's to refuse: ReadOptions.allowPrivateAddresses.)
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { isPrivateAddress } from "../../read/index.js";
import { HttpError } from "./http-error.js";

const refuse = (url: string, why: string) =>
  new HttpError(400, "url-refused", `${url} refused: ${why}`, "fetch only public http(s) addresses, or paste the article's text; `fogline serve --allow-private` lifts this on a trusted network");

/** The URL, checked; throws a 400 naming the reason. */
export async function checkFetchableUrl(raw: string, allowPrivate: boolean, resolve = lookup): Promise<URL> {
  let url: URL;
  try { url = new URL(raw); } catch { throw new HttpError(400, "bad-url", `not a URL: ${JSON.stringify(raw.slice(0, 200))}`); }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw refuse(raw, `scheme ${url.protocol} is not http or https`);
  if (url.username || url.password) throw refuse(raw, "credentials in URLs are not sent");
  if (allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (/^localhost\.?$/i.test(host) || /\.localhost\.?$/i.test(host)) throw refuse(raw, "loopback address");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await resolve(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    throw new HttpError(422, "url-unresolved", `${url.hostname} could not be resolved`, "check the address, or paste the article's text instead");
  }
  const bad = addresses.find(isPrivateAddress);
  if (bad) throw refuse(raw, `${url.hostname} is a loopback, private or link-local address (${bad})`);
  return url;
}
