// Paths a user gives, checked before any work is done: one line naming the path and what is wrong with it
// (the folder does not exist, it is a folder, it cannot be written), never a bare ENOENT. Each is a
// usage error (exit 2): the command line names a place that cannot be used as given.
import { accessSync, constants, statSync, type Stats } from "node:fs";
import { dirname, join } from "node:path";
import { FoglineError } from "../../claims/index.js";
import { isPostgresUrl } from "../../store/index.js";
import { loadManifest } from "../../read/manifest.js";

const statOf = (path: string): Stats | null => {
  try {
    return statSync(path);
  } catch {
    return null;
  }
};

const usage = (message: string, hint: string) => new FoglineError("usage", message, hint);

/** A file about to be written (created or replaced): its folder must exist and take files. */
export function assertWritableFile(path: string, option: string): void {
  const self = statOf(path);
  if (self?.isDirectory()) throw usage(`${option} ${path} is a folder`, `give a file name, e.g. ${join(path, "report.md")}`);
  const folder = dirname(path);
  const parent = statOf(folder);
  if (parent === null) throw usage(`${option} ${path}: the folder ${folder} does not exist`, `create it first with mkdir -p ${folder}, or give another path`);
  if (!parent.isDirectory()) throw usage(`${option} ${path}: ${folder} is a file, not a folder`, "give a path inside a folder");
  try {
    accessSync(self ? path : folder, constants.W_OK);
  } catch {
    throw usage(`${option} ${path}: ${self ? "the file" : `the folder ${folder}`} cannot be written (permission denied)`, "give a path you may write to");
  }
}

/**
 * Where a SQLite ledger is to be opened (a postgres:// URL and ":memory:" are the store's to check).
 * A missing file is left to the caller: reading wants one ("no ledger at …"), writing creates it.
 */
export function assertLedgerPath(path: string, option: string, mode: "read" | "write"): void {
  if (path === ":memory:" || isPostgresUrl(path)) return;
  const self = statOf(path);
  if (self?.isDirectory()) throw usage(`${option} ${path} is a folder, not a ledger file`, `give a file, e.g. ${join(path, "fogline.db")}`);
  if (self) {
    try {
      accessSync(path, mode === "read" ? constants.R_OK : constants.R_OK | constants.W_OK);
    } catch {
      throw usage(`${option} ${path} cannot be ${mode === "read" ? "read" : "written"} (permission denied)`, "check its permissions, or give another file");
    }
    return;
  }
  const folder = dirname(path);
  const parent = statOf(folder);
  if (parent === null) throw usage(`${option} ${path}: the folder ${folder} does not exist`, `create it first with mkdir -p ${folder}, or give another path`);
  if (!parent.isDirectory()) throw usage(`${option} ${path}: ${folder} is a file, not a folder`, "give a path inside a folder");
  if (mode === "write") assertWritableFile(path, option);
}

/**
 * A manifest named on the command line (--meta FILE): it must exist and parse, before any article is
 * read or stored; a folder's own manifest.json stays optional (read/manifest-scope.ts).
 */
export async function assertManifestFile(path: string | undefined, option: string): Promise<void> {
  if (path === undefined) return;
  if (statOf(path)?.isDirectory()) throw usage(`${option} ${path} is a folder, not a manifest file`, `give a file, e.g. ${join(path, "manifest.json")}`);
  const loaded = await loadManifest(path);
  if ("reason" in loaded) throw usage(`${option} ${path}: ${loaded.reason}`, "give a manifest.json mapping document ids to { outlet, published, title, url }, or leave the option out");
}
