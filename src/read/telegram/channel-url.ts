// The channel's public link, which the export does not carry: a manifest entry for the export file
// ("result": {"url": "https://t.me/<username>"}), from --meta first, then the folder's manifest.json.
import path from "node:path";
import { idFromPath } from "../article-id.js";
import { loadManifest, MANIFEST_NAME } from "../manifest.js";
import type { ReadOptions } from "../reader.js";

/** "https://t.me/name", "t.me/name/", "@name" -> the username; null otherwise (Telegram: 4–32 of a-z, 0-9, _). */
export function telegramUsername(given: string): string | null {
  const m = /^\s*(?:(?:https?:\/\/)?(?:t\.me|telegram\.me)\/|@)?([A-Za-z][A-Za-z0-9_]{3,31})\/?\s*$/i.exec(given);
  return m ? m[1] : null;
}

/** "https://t.me/<username>" for `file`, or null; a url that is no channel link is a warning. */
export async function channelUrlFor(file: string, options: ReadOptions): Promise<{ url: string | null; warning?: string }> {
  const key = idFromPath(file);
  for (const manifest of [options.meta, path.join(path.dirname(file), MANIFEST_NAME)]) {
    if (!manifest) continue;
    const loaded = await loadManifest(manifest);
    const given = "manifest" in loaded ? loaded.manifest.get(key)?.url : undefined;
    if (!given) continue;
    const username = telegramUsername(given);
    if (username) return { url: `https://t.me/${username}` };
    return { url: null, warning: `manifest: url "${given}" for ${key} is not a t.me channel link; message links use t.me/c/<channel id>` };
  }
  return { url: null };
}
