// Folders: every file below, in sorted (code point) order, one at a time; manifest.json gives metadata.
import type { Dirent } from "node:fs";
import { statSync } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { idFromPath, idFromRelativePath } from "./article-id.js";
import { readerFor, SKIPPED_REASON } from "./file-readers.js";
import { MANIFEST_NAME } from "./manifest.js";
import { ManifestScope } from "./manifest-scope.js";
import { errorItem, problemItem } from "./read-problem.js";
import type { ReadItem, ReadOptions, Reader } from "./reader.js";

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** A file or folder the walk passes over without a word: dotfiles (".DS_Store", ".git") and the manifest. */
const isQuietlySkipped = (name: string) => name.startsWith(".") || name === MANIFEST_NAME;

/**
 * Reads one file with the reader its extension asks for, its folder's manifest applied. Below a folder
 * given as input (`root`), a file's id carries its folders (idFromRelativePath): the manifest still knows
 * it by its bare name.
 */
export async function* readFile(file: string, options: ReadOptions, scope: ManifestScope, readers?: Reader[], root?: string): AsyncGenerator<ReadItem> {
  const reader = readerFor(file, readers);
  if (!reader) return yield problemItem(file, SKIPPED_REASON);
  const folder = path.dirname(file);
  const problem = await scope.enter(folder);
  if (problem) yield problem;
  const bare = idFromPath(file);
  const id = root === undefined ? bare : idFromRelativePath(root, file);
  for await (const item of reader.read(file, options)) {
    if (!item.article) { yield item; continue; }
    const article = scope.apply(item.article, folder, id);
    yield { article: article.id === bare && id !== bare ? { ...article, id } : article };
  }
}

/** Walks `folder` depth-first; symbolic links to folders already walked are not walked again. */
export async function* readFolder(folder: string, options: ReadOptions, scope: ManifestScope, readers?: Reader[]): AsyncGenerator<ReadItem> {
  const ignored = new Set((options.ignore ?? []).map((p) => path.resolve(p)));
  yield* walk(folder, new Set<string>());

  async function* walk(dir: string, walked: Set<string>): AsyncGenerator<ReadItem> {
    let entries: Dirent[];
    try {
      const real = await realpath(dir);
      if (walked.has(real)) return;
      walked.add(real);
      entries = (await readdir(dir, { withFileTypes: true })).sort(byName);
    } catch (error) {
      return yield errorItem(dir, error);
    }
    const problem = await scope.enter(dir);
    if (problem) yield problem;
    for (const entry of entries) {
      if (isQuietlySkipped(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (ignored.has(path.resolve(full))) continue;
      try {
        const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(full)).isDirectory());
        if (isDir) yield* walk(full, walked);
        else yield* readFile(full, options, scope, readers, folder);
      } catch (error) {
        yield errorItem(full, error);
      }
    }
  }
}

/** A Reader for folders, with its own manifest scope (readInputs shares one scope across inputs instead). */
export function createFolderReader(readers?: Reader[]): Reader {
  return {
    name: "FolderReader",
    accepts: (input) => statSync(input, { throwIfNoEntry: false })?.isDirectory() ?? false,
    read: (input, options) => readFolder(input, options, new ManifestScope(options), readers),
  };
}
