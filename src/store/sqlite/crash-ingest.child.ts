// Child process for the kill -9 test: ingests numbered articles forever, printing each number once its
// transaction has committed. Article n has 3 + n % 8 claims.
import type { Article, Claim } from "../../claims/index.js";
import { makeArticle, makeClaim, testGroupKey } from "../store-fixtures.js";
import { openSqliteStore } from "./sqlite-store.js";

export const claimsOfArticle = (n: number): number => 3 + (n % 8);

function numberedArticle(n: number, pid: number): { article: Article; claims: Claim[] } {
  const sentences = Array.from({ length: claimsOfArticle(n) }, (_, i) =>
    `Report ${pid}-${n}, item ${i}: officials said ${100 + i} soldiers were killed near Avdiivka.`);
  const article = makeArticle(`doc-${pid}-${n}`, sentences);
  return { article, claims: sentences.map((s) => makeClaim(article, s)) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "\0")) {
  const store = openSqliteStore(process.argv[2]);
  for (let n = 0; ; n++) {
    const { article, claims } = numberedArticle(n, process.pid);
    await store.addArticle(article, claims, testGroupKey);
    process.stdout.write(`${n}\n`);
  }
}
