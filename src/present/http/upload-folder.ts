// Uploaded files go to a private temporary folder, named after the upload, so that the reading stage
// reads them as it reads files on disk (charset, HTML extraction) and names documents after them.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HttpError } from "./http-error.js";

const ACCEPTED = /\.(txt|html?)$/i;

export interface UploadFolder {
  paths: string[];
  /** A manifest.json giving the form's outlet/published/title to every file, or undefined. */
  meta: string | undefined;
  remove(): Promise<void>;
}

export interface UploadMeta { outlet?: string | null; published?: string | null; title?: string | null }

/** A file name safe on any file system, keeping its extension; the stem becomes the document id. */
export function safeFileName(name: string, taken: Set<string>): string {
  const base = name.split(/[\\/]/).pop() ?? "upload.txt";
  const ext = (ACCEPTED.exec(base)?.[0] ?? ".txt").toLowerCase();
  const stem = base.slice(0, base.length - ext.length).normalize("NFC").replace(/[^\p{L}\p{N}_.-]+/gu, "_").replace(/^[._]+/, "").slice(0, 100) || "upload";
  let candidate = `${stem}${ext}`;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${stem}-${i}${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export async function writeUploadFolder(files: File[], meta: UploadMeta): Promise<UploadFolder> {
  for (const f of files) {
    if (!ACCEPTED.test(f.name)) throw new HttpError(415, "unsupported-file", `${f.name}: only .txt and .html files are read`, "save the article as text or HTML first");
  }
  const dir = await mkdtemp(join(tmpdir(), "fogline-upload-"));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const taken = new Set<string>(["manifest.json"]);
    const paths: string[] = [];
    for (const f of files) {
      const path = join(dir, safeFileName(f.name, taken));
      await writeFile(path, new Uint8Array(await f.arrayBuffer()), { mode: 0o600 });
      paths.push(path);
    }
    const given = Object.fromEntries(Object.entries(meta).filter(([, v]) => v));
    let metaPath: string | undefined;
    if (Object.keys(given).length) {
      metaPath = join(dir, "manifest.json");
      const manifest = Object.fromEntries(paths.map((p) => [p.slice(dir.length + 1).replace(ACCEPTED, ""), given]));
      await writeFile(metaPath, JSON.stringify(manifest), { mode: 0o600 });
    }
    return { paths, meta: metaPath, remove };
  } catch (e) {
    await remove();
    throw e;
  }
}
