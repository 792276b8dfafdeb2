// Puts an app on a socket. Loopback by default; any other address needs an app made with a token.
import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import type { AddressInfo } from "node:net";
import { FoglineError } from "../../claims/index.js";
import { hasWriteToken, siteOf } from "./create-app.js";
import { addListenHost } from "./site.js";

export interface ServerOptions {
  app: Hono;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|\[::1\]|localhost)$/i;
export const isLoopbackHost = (host: string) => LOOPBACK.test(host);

/** Throws unless the binding is loopback or the app needs a token for writes. */
export function assertSafeBinding(host: string, hasToken: boolean): void {
  if (isLoopbackHost(host) || hasToken) return;
  throw new FoglineError("token-required", `refusing to listen on ${host} without a token: anyone who can reach it could add articles`, "pass --token <secret> or set FOGLINE_TOKEN, or keep the default --host 127.0.0.1");
}

export async function startServer({ app, port = 8080, host = "127.0.0.1" }: ServerOptions): Promise<RunningServer> {
  assertSafeBinding(host, hasWriteToken(app));
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      server.off("error", reject);
      const shown = info.family === "IPv6" ? `[${info.address}]` : info.address;
      const site = siteOf(app);
      if (site) {
        addListenHost(site, host);
        site.listenUrl ??= `http://${shown}:${info.port}/`;
      }
      resolve({
        url: `http://${shown}:${info.port}`,
        close: () => new Promise<void>((done, fail) => {
          server.close((e) => (e ? fail(e) : done()));
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
    server.once("error", (e: NodeJS.ErrnoException) => {
      reject(e.code === "EADDRINUSE" ? new FoglineError("port-in-use", `port ${port} on ${host} is in use`, "pass another --port") : e);
    });
  });
}
