// Shared by the reading stage's tests: temp folders and draining a stream of items.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Article } from "../claims/index.js";
import type { ReadItem, ReadProblem } from "./reader.js";

/** A fresh temp folder with `files` written into it (string contents as UTF-8, buffers as is). */
export function makeFixtures(files: Record<string, string | Uint8Array> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fogline-read-"));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

export function removeFixtures(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Drains `items` into articles and problems, in order. */
export async function collect(items: AsyncIterable<ReadItem>): Promise<{ articles: Article[]; problems: ReadProblem[] }> {
  const articles: Article[] = [];
  const problems: ReadProblem[] = [];
  for await (const item of items) {
    if (item.article) articles.push(item.article);
    else problems.push(item.problem);
  }
  return { articles, problems };
}
