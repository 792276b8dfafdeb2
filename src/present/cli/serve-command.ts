// fogline serve [--db FILE] [--port 8080] [--host 127.0.0.1] [--token T]: the web interface and JSON API.
import { createPipeline } from "../../pipeline.js";
import { createApp, startServer } from "../http/index.js";
import type { Io } from "./io.js";
import { parse, positiveInt } from "./options.js";
import { openLedger } from "./ledger-access.js";
import { UsageError } from "./usage-error.js";

export const SERVE_USAGE = `usage: fogline serve [--db FILE] [--port 8080] [--host 127.0.0.1] [--token SECRET] [--allow-private] [--public-url URL]

Serves the ledger: a web interface at / and a JSON API at /api (OpenAPI description at /api/openapi.json),
fully offline. Listens on 127.0.0.1 unless --host says otherwise; any other host needs a token
(--token or FOGLINE_TOKEN) that every write must present as "Authorization: Bearer SECRET".
It answers only requests addressed to loopback (127.0.0.1, localhost, ::1), to --host, or to the host of
--public-url (FOGLINE_PUBLIC_URL), with 421 otherwise (DNS rebinding), and takes writes only from its own
origin (403 otherwise). --public-url is also the site's address for links in exports (ClaimReview);
without it, links use the address the server listens on, never a request's Host header.`;

export async function serveCommand(args: string[], io: Io, until?: Promise<void>): Promise<number> {
  const { values } = parse(args, {
    db: { type: "string" }, port: { type: "string" }, host: { type: "string" }, token: { type: "string" }, "allow-private": { type: "boolean" }, "public-url": { type: "string" },
  }, SERVE_USAGE);
  if (values.help) { io.out(SERVE_USAGE + "\n"); return 0; }
  const v = values as Record<string, string | undefined>;
  const port = v.port === "0" ? 0 : positiveInt("port", v.port, SERVE_USAGE) ?? 8080;
  const publicUrl = v["public-url"] ?? io.env.FOGLINE_PUBLIC_URL;
  if (publicUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(publicUrl)) throw new UsageError(`--public-url must be an http(s) address such as https://ledger.example.org/, not "${publicUrl}"`, SERVE_USAGE);
  const store = await openLedger(io, v.db, "write");
  const app = createApp({
    store, pipeline: createPipeline(), token: v.token ?? io.env.FOGLINE_TOKEN,
    allowPrivateAddresses: Boolean(values["allow-private"]), ...(publicUrl ? { publicUrl } : {}),
  });
  try {
    const server = await startServer({ app, port, host: v.host ?? "127.0.0.1" });
    io.err(`fogline: serving ${server.url} (Ctrl-C to stop)\n`);
    await (until ?? new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    }));
    await server.close();
    return 0;
  } finally {
    await store.close();
  }
}
