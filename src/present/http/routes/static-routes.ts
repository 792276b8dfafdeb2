// The web interface: index.html at /, client files, vendored libraries and map data, from a fixed list.
import { readFile } from "node:fs/promises";
import { Hono } from "hono";
import { assetFiles, assetFolders, listFolder, WEB_ROOT } from "../web-assets.js";

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8", js: "text/javascript; charset=utf-8", mjs: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8", json: "application/json", svg: "image/svg+xml", png: "image/png",
  map: "application/json", txt: "text/plain; charset=utf-8", ico: "image/x-icon", woff: "font/woff", woff2: "font/woff2",
};

const typeOf = (path: string) => TYPES[path.slice(path.lastIndexOf(".") + 1).toLowerCase()] ?? "application/octet-stream";

/** URL path -> file, listed once when the app is made. */
function servedFiles(): Map<string, string> {
  const files = new Map<string, string>(Object.entries(assetFiles()));
  for (const [prefix, folder] of Object.entries(assetFolders())) for (const [url, path] of listFolder(prefix, folder)) files.set(url, path);
  files.set("/", `${WEB_ROOT}index.html`);
  files.set("/favicon.ico", `${WEB_ROOT}favicon.svg`);
  return files;
}

export function staticRoutes(): Hono {
  const files = servedFiles();
  const app = new Hono();
  app.get("*", async (c, next) => {
    const path = files.get(c.req.path);
    if (!path) return next();
    const body = await readFile(path);
    const ours = path.startsWith(WEB_ROOT);
    return c.body(body, 200, {
      "Content-Type": typeOf(path),
      "Cache-Control": ours ? "no-cache" : "public, max-age=86400",
    });
  });
  return app;
}
