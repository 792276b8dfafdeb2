// manifest.json: document id -> { outlet, published, title, url } (see corpus/seeds/manifest.json).
import { readFile } from "node:fs/promises";
import { isPublished } from "./parse-published.js";
import { problemReason } from "./read-problem.js";

export interface ManifestEntry {
  outlet?: string | null;
  published?: string | null;
  title?: string | null;
  url?: string | null;
  byline?: string | null;
}

export type Manifest = Map<string, ManifestEntry>;
export type LoadedManifest = { manifest: Manifest } | { reason: string };

/** The fields a manifest may give; others are ignored. */
export const MANIFEST_FIELDS = ["outlet", "published", "title", "url", "byline"] as const;

/** The file name that gives a folder its metadata. */
export const MANIFEST_NAME = "manifest.json";

/** Reads and checks a manifest, or says in one line why it is unusable. */
export async function loadManifest(file: string): Promise<LoadedManifest> {
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch (error) {
    return { reason: problemReason(error) };
  }
  try {
    return { manifest: parseManifest(JSON.parse(raw.replace(/^\uFEFF/, ""))) };
  } catch (error) {
    return { reason: `malformed manifest: ${problemReason(error)}` };
  }
}

/** Checks the shape of a parsed manifest; throws with a one-line message naming the bad entry. */
export function parseManifest(json: unknown): Manifest {
  if (!isRecord(json)) throw new Error("expected an object mapping document ids to { outlet, published, title, url }");
  const manifest: Manifest = new Map();
  for (const [id, value] of Object.entries(json)) {
    if (!isRecord(value)) throw new Error(`entry "${id}" is not an object`);
    const entry: ManifestEntry = {};
    for (const field of MANIFEST_FIELDS) {
      const given = value[field];
      if (given === undefined) continue;
      if (given !== null && typeof given !== "string" && typeof given !== "number") throw new Error(`entry "${id}": ${field} is not a string`);
      entry[field] = given === null ? null : String(given);
    }
    manifest.set(id, entry);
  }
  return manifest;
}

/** The warning for a published date a manifest gives in the wrong form; null when it is fine. */
export function publishedWarning(id: string, published: string | null | undefined): string | null {
  if (published == null || isPublished(published)) return null;
  return `manifest: published "${published}" for ${id} is not YYYY, YYYY-MM or YYYY-MM-DD; using null`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
