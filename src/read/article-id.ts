// Document ids: file name without extension (with its folders, below the folder given: "a/index" and
// "b/index" for a/index.html and b/index.html); a slug of host+path for URLs; title slug or link hash for
// feed items.
import { createHash } from "node:crypto";
import path from "node:path";

const MAX_SLUG = 80;

/** Lower-case letters and digits (any script) joined by single dashes. */
export function slugify(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/, "");
}

/** A short, stable hash (12 hex digits). */
export function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}

/** "seeds/000_abc.txt" -> "000_abc" (the key a manifest uses). */
export function idFromPath(file: string): string {
  const base = path.basename(file);
  const ext = path.extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}

/**
 * The id of a file found below `root`: its path from there, "/"-separated, without the extension
 * ("a/index"); a file directly in `root` keeps its bare name, the key its manifest uses ("000_abc").
 * "/" cannot occur in a file name, so two files never share an id.
 */
export function idFromRelativePath(root: string, file: string): string {
  const relative = path.relative(root, file);
  if (!relative || relative.startsWith("..") || path.isAbsolute(relative)) return idFromPath(file);
  const folders = path.dirname(relative).split(path.sep).filter((s) => s && s !== ".");
  return [...folders, idFromPath(file)].join("/");
}

/** "https://www.example.com/news/story.html?x=1" -> "example-com-news-story". */
export function idFromUrl(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.replace(/^www\./, "");
    const pathname = u.pathname.replace(/\.(html?|php|aspx?)$/i, "");
    return slugify(`${host}${pathname}`) || shortHash(url);
  } catch {
    return shortHash(url);
  }
}

/** A feed item's id: the slug of its title, else a short hash of its link (or of its text). */
export function idFromFeedItem(title: string | null, link: string | null, text: string): string {
  const slug = title ? slugify(title) : "";
  return slug || shortHash(link ?? text);
}
