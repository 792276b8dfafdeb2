// What createApp needs and the limits it enforces, each default documented.
import type { Pipeline } from "../../pipeline-types.js";
import { loadPlaceIndex, type PlaceIndex } from "../../places/index.js";
import { loadActorRegistry, type ActorRegistry } from "../../actors/index.js";
import type { LedgerStore } from "../../store/ledger-store.js";
import { createPlaceSummaries, type PlaceSummaries } from "./place-summary.js";

export interface AppLimits {
  /** Largest JSON request body, in bytes (default 2 MiB: a long article is ~100 KiB). */
  jsonBytes: number;
  /** Largest multipart upload, all files together, in bytes (default 20 MiB). */
  uploadBytes: number;
  /** Most files in one upload (default 50). */
  files: number;
  /** Largest page a list endpoint returns (default 1000; the default page is 50). */
  pageSize: number;
}

export const DEFAULT_LIMITS: AppLimits = { jsonBytes: 2 * 1024 * 1024, uploadBytes: 20 * 1024 * 1024, files: 50, pageSize: 1000 };

export interface AppOptions {
  store: LedgerStore;
  pipeline: Pipeline;
  /** When set, every write needs `Authorization: Bearer <token>`. Required to listen beyond loopback. */
  token?: string;
  /** Let POST /api/documents {url} fetch loopback, private and link-local addresses (default false). */
  allowPrivateAddresses?: boolean;
  limits?: Partial<AppLimits>;
  /**
   * The site's address as its readers reach it ("https://ledger.example.org/"), for links the exports
   * publish (ClaimReview urls), and a Host the server answers. Default: the address startServer listens on
   * (never a request header).
   */
  publicUrl?: string;
  /** Host names or addresses answered besides loopback and the public URL's host (default none; startServer adds its --host). */
  hosts?: string[];
  /** The gazetteer place names are looked up in (default: the built one, loaded on the first lookup). */
  gazetteer?: PlaceIndex;
  /** The actor registry a corrected speaker is looked up in (default: the built one, loaded on the first review). */
  actors?: ActorRegistry;
}

/** The options with defaults filled in, as every route sees them. */
export interface AppDeps {
  store: LedgerStore;
  places: PlaceSummaries;
  pipeline: Pipeline;
  token: string | null;
  allowPrivateAddresses: boolean;
  limits: AppLimits;
  publicUrl: string | null;
  gazetteer(): PlaceIndex;
  actors(): ActorRegistry;
}

export const resolveOptions = (o: AppOptions): AppDeps => ({
  store: o.store,
  places: createPlaceSummaries(o.store),
  pipeline: o.pipeline,
  token: o.token ? o.token : null,
  allowPrivateAddresses: o.allowPrivateAddresses ?? false,
  limits: { ...DEFAULT_LIMITS, ...o.limits },
  publicUrl: o.publicUrl ? o.publicUrl : null,
  gazetteer: lazily(() => o.gazetteer ?? loadPlaceIndex()),
  actors: lazily(() => o.actors ?? loadActorRegistry()),
});

const lazily = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};
