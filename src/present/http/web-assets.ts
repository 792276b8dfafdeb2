// Every file the web interface loads, served by fogline itself: its own client files and the
// browser builds of leaflet, uPlot, topojson-client and world-atlas from node_modules. No CDN.
import { readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The client files: src/present/web/static/, found from src/ and from dist/ alike (both sit two folders below the package root). */
export const WEB_ROOT = fileURLToPath(new URL("../../../src/present/web/static/", import.meta.url));

const require = createRequire(import.meta.url);
const packageDir = (entry: string, up: string) => join(dirname(require.resolve(entry)), up);

/** URL prefix -> folder on disk. Only files listed at start are served: no path ever reaches the disk unchecked. */
export function assetFolders(): Record<string, string> {
  return {
    "/static/": WEB_ROOT,
    "/vendor/leaflet/": packageDir("leaflet", "."),
    "/vendor/uplot/": packageDir("uplot", "."),
    "/vendor/topojson-client/": packageDir("topojson-client", "../src"),
  };
}

/** Single files served under a fixed URL. */
export const assetFiles = (): Record<string, string> => ({
  "/data/countries-50m.json": require.resolve("world-atlas/countries-50m.json"),
});

const SERVED = /\.(html|js|mjs|css|json|svg|png|map|txt|ico|woff2?)$/i;

/** Every servable file under a folder, as URL path -> file path. */
export function listFolder(prefix: string, folder: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SERVED.test(name)) found.set(prefix + relative(folder, path).split(sep).join("/"), path);
    }
  };
  walk(folder);
  return found;
}
