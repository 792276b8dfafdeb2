// The seed articles for tests: the repository's own copy (examples/seeds/) when it has one, else the
// shared corpus beside the repository. Both resolve alike from src/ and dist/.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export function seedsFolder(): string | null {
  for (const rel of ["../../../../examples/seeds/", "../../../../../shared/corpus/seeds/"]) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return path;
  }
  return null;
}
