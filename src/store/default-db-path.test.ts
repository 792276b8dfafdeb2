import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultDbPath } from "./default-db-path.js";

describe("defaultDbPath", () => {
  const rows: [string, Record<string, string | undefined>, string | undefined, string][] = [
    ["--db wins", { FOGLINE_DB: "/env.db" }, "/flag.db", "/flag.db"],
    ["else FOGLINE_DB", { FOGLINE_DB: "/env.db" }, undefined, "/env.db"],
    ["else ./fogline.db", {}, undefined, "./fogline.db"],
    ["an empty --db does not count", { FOGLINE_DB: "/env.db" }, "", "/env.db"],
    ["an empty FOGLINE_DB does not count", { FOGLINE_DB: " " }, undefined, "./fogline.db"],
  ];
  for (const [name, env, flag, expected] of rows) it(name, () => assert.equal(defaultDbPath(env, flag), expected));
});
