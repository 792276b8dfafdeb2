// Runs the fogline command as a user would: the real bin, a child process, exit status and output.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const seeds = path.join(root, "examples", "seeds");

export function fogline(args, options = {}) {
  const result = spawnSync(process.execPath, [path.join(root, "bin", "fogline.js"), ...args], {
    encoding: "utf8", cwd: options.cwd ?? root, env: { ...process.env, FOGLINE_DB: "", ...options.env }, maxBuffer: 1 << 28,
    input: options.input,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const jsonl = (text) => text.split("\n").filter(Boolean).map((l) => JSON.parse(l));
