// Which manifest speaks for which article: an explicit one (options.meta) over the folder's own manifest.json.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { idFromPath } from "./article-id.js";
import type { Article } from "../claims/index.js";
import { loadManifest, MANIFEST_NAME, publishedWarning, type Manifest, type ManifestEntry } from "./manifest.js";
import { problemItem } from "./read-problem.js";
import type { ReadItem, ReadOptions } from "./reader.js";

const missingWarning = (ids: string[], where: string) =>
  `manifest: ${ids.length} entr${ids.length === 1 ? "y names" : "ies name"} ${where}: ${ids.slice(0, 5).map((id) => JSON.stringify(id)).join(", ")}${ids.length > 5 ? ", …" : ""}`;

/** One per readInputs call: caches each folder's manifest, so problems are reported once. */
export class ManifestScope {
  private readonly folders = new Map<string, Manifest | null>();
  /** Ids of the explicit manifest that some article took. */
  private readonly used = new Set<string>();

  constructor(
    private readonly options: ReadOptions,
    private readonly explicit: Manifest | null = null,
  ) {}

  /** Loads the explicit manifest; a problem item if it is unusable (reading goes on without it). */
  static async create(options: ReadOptions): Promise<{ scope: ManifestScope; problem?: ReadItem }> {
    if (!options.meta) return { scope: new ManifestScope(options) };
    const loaded = await loadManifest(options.meta);
    if ("reason" in loaded) return { scope: new ManifestScope(options), problem: problemItem(options.meta, loaded.reason) };
    return { scope: new ManifestScope(options, loaded.manifest) };
  }

  /** Loads `folder`'s manifest.json once; a problem item the first time, if it is malformed. */
  async enter(folder: string): Promise<ReadItem | null> {
    const key = path.resolve(folder);
    if (this.folders.has(key)) return null;
    const file = path.join(folder, MANIFEST_NAME);
    const loaded = await loadManifest(file);
    this.folders.set(key, "manifest" in loaded ? loaded.manifest : null);
    if ("reason" in loaded && loaded.reason !== "no such file or directory") return problemItem(file, loaded.reason);
    if ("manifest" in loaded) await this.warnMissing(file, folder, loaded.manifest);
    return null;
  }

  /** A folder manifest's entries that name no file beside it: a typo, or a file that went missing. */
  private async warnMissing(file: string, folder: string, manifest: Manifest): Promise<void> {
    let names: string[];
    try { names = await readdir(folder); } catch { return; }
    const ids = new Set(names.filter((n) => n !== MANIFEST_NAME).map(idFromPath));
    const missing = [...manifest.keys()].filter((id) => !ids.has(id));
    if (missing.length) this.options.onWarning?.(file, missingWarning(missing, "no file in its folder"));
  }

  /** After the last input: the explicit manifest's entries no article took. */
  finish(): void {
    if (!this.explicit || !this.options.meta) return;
    const missing = [...this.explicit.keys()].filter((id) => !this.used.has(id));
    if (missing.length) this.options.onWarning?.(this.options.meta, missingWarning(missing, "no document that was read"));
  }

  /** The article with the metadata its manifests give (explicit first, then its folder's); `pathId` is its id below the folder given. */
  apply(article: Article, folder: string | null, pathId?: string): Article {
    const local = folder ? this.folders.get(path.resolve(folder))?.get(article.id) : undefined;
    // An explicit manifest may name a file below a folder by its path id ("a/index") or its bare name.
    const key = pathId !== undefined && this.explicit?.has(pathId) ? pathId : article.id;
    const given = this.explicit?.get(key);
    if (given) this.used.add(key);
    const entry = { ...local, ...given };
    return Object.keys(entry).length > 0 ? this.merge(article, entry) : article;
  }

  private merge(article: Article, entry: ManifestEntry): Article {
    const merged: Article = { ...article };
    for (const field of ["outlet", "title", "url", "byline"] as const) if (entry[field] !== undefined) merged[field] = entry[field];
    if (entry.published !== undefined) {
      const warning = publishedWarning(article.id, entry.published);
      merged.published = warning ? null : entry.published;
      if (warning) {
        if (!article.offset) this.options.onWarning?.(article.origin, warning);
        merged.warnings = [...(article.warnings ?? []), warning];
      }
    }
    return merged;
  }
}
