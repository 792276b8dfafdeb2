// Fetches one user-given URL: a deadline, a size limit, and no private addresses (checked at connect time).
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { FoglineError } from "../../claims/index.js";
import { isPrivateAddress } from "./is-private-address.js";

export interface FetchLimits {
  /** Whole fetch, redirects included. Default 20 s. */
  timeoutMs?: number;
  /** Body size after decompression. Default 20 MB. */
  maxBytes?: number;
  /** Default false: loopback, private and link-local addresses are refused. */
  allowPrivateAddresses?: boolean;
  /** Default 5. */
  maxRedirects?: number;
  /** Conditional request: the validators remembered from the last fetch (answered 304 when unchanged). */
  ifNoneMatch?: string | null;
  ifModifiedSince?: string | null;
}

export interface Fetched {
  /** The final URL, after redirects. */
  url: string;
  contentType: string;
  body: Buffer;
  /** 200-299, or 304 (empty body) when a conditional request found the resource unchanged. */
  status: number;
  /** Validators to send next time (ETag, Last-Modified), when the server gave them. */
  etag: string | null;
  lastModified: string | null;
}

export const FETCH_DEFAULTS = { timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024, allowPrivateAddresses: false, maxRedirects: 5 };

type Settings = typeof FETCH_DEFAULTS & Pick<FetchLimits, "ifNoneMatch" | "ifModifiedSince">;

const HEADERS = {
  "user-agent": "fogline/0.1 (reads one user-given URL)",
  accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
  "accept-encoding": "gzip, deflate, br",
};

const refused = (host: string, address: string) =>
  new FoglineError("private-address", `refused: ${host} is a private, loopback or link-local address (${address})`, "pass allowPrivateAddresses to read it");

/** DNS lookup that fails when any address of the host is private: the check holds for the address actually used. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const bad = addresses.find((a) => isPrivateAddress(a.address));
      if (bad && !allowPrivate) return callback(refused(hostname, bad.address), "", 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** Fetches `url` within `limits`; throws a FoglineError (one-line message) when refused or failed. */
export async function fetchGuarded(url: string, limits: FetchLimits = {}): Promise<Fetched> {
  const given = Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined));
  const settings: Settings = { ...FETCH_DEFAULTS, ...given };
  const deadline = Date.now() + settings.timeoutMs;
  let current = new URL(url);
  for (let hop = 0; hop <= settings.maxRedirects; hop++) {
    const result = await fetchOnce(current, settings, deadline);
    if (!("redirect" in result)) return result;
    current = new URL(result.redirect, current);
  }
  throw new FoglineError("too-many-redirects", `more than ${settings.maxRedirects} redirects`);
}

type Hop = Fetched | { redirect: string };

function fetchOnce(url: URL, settings: Settings, deadline: number): Promise<Hop> {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return Promise.reject(new FoglineError("bad-url", `not an http(s) URL: ${url.protocol}`));
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && isPrivateAddress(host) && !settings.allowPrivateAddresses) return Promise.reject(refused(host, host));
  return new Promise<Hop>((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const headers: Record<string, string> = { ...HEADERS };
    if (settings.ifNoneMatch) headers["if-none-match"] = settings.ifNoneMatch;
    if (settings.ifModifiedSince) headers["if-modified-since"] = settings.ifModifiedSince;
    const request = client.get(url, { headers, lookup: guardedLookup(settings.allowPrivateAddresses) });
    const timer = setTimeout(
      () => request.destroy(new FoglineError("timeout", `timed out after ${Math.round(settings.timeoutMs / 1000)} s`)),
      Math.max(0, deadline - Date.now()),
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    request.on("error", fail);
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      const validators = { etag: header(response, "etag"), lastModified: header(response, "last-modified") };
      if (status === 304) {
        response.resume();
        clearTimeout(timer);
        return resolve({ url: url.href, contentType: "", body: Buffer.alloc(0), status, ...validators });
      }
      if (status >= 300 && status < 400 && location) {
        response.resume();
        clearTimeout(timer);
        return resolve({ redirect: location });
      }
      if (status < 200 || status >= 300) {
        response.resume();
        return fail(new FoglineError("http-status", `HTTP ${status}${response.statusMessage ? " " + response.statusMessage : ""}`));
      }
      readBody(response, settings.maxBytes).then((body) => {
        clearTimeout(timer);
        resolve({ url: url.href, contentType: String(response.headers["content-type"] ?? ""), body, status, ...validators });
      }, (error: Error) => {
        request.destroy();
        fail(error);
      });
    });
  });
}

const header = (response: IncomingMessage, name: string): string | null => {
  const value = response.headers[name];
  return typeof value === "string" && value.trim() ? value.trim() : null;
};

const tooLarge = (maxBytes: number) => new FoglineError("too-large", `too large (over ${Math.round(maxBytes / 1024 / 1024)} MB)`);

/** The body, decompressed, refused as soon as it passes `maxBytes`. */
async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  if (Number(response.headers["content-length"] ?? 0) > maxBytes && !response.headers["content-encoding"]) throw tooLarge(maxBytes);
  const stream = decompress(response);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.destroy();
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function decompress(response: IncomingMessage): Readable {
  const encoding = String(response.headers["content-encoding"] ?? "").trim().toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(zlib.createGunzip());
  if (encoding === "deflate") return response.pipe(zlib.createInflate());
  if (encoding === "br") return response.pipe(zlib.createBrotliDecompress());
  return response;
}
