// The HTTP app: JSON API under /api, the web interface at /, one ledger. Pure: no port, no clock;
// tests call app.request(). startServer() puts it on a socket.
import { Hono } from "hono";
import { resolveOptions, type AppOptions } from "./app-options.js";
import { declaredSizeGuard } from "./body-limits.js";
import { createErrorHandler, notFoundHandler } from "./error-handler.js";
import { claimRoutes } from "./routes/claim-routes.js";
import { disputeRoutes } from "./routes/dispute-routes.js";
import { documentRoutes } from "./routes/document-routes.js";
import { exportRoutes } from "./routes/export-routes.js";
import { ingestRoutes } from "./routes/ingest-routes.js";
import { mapRoutes } from "./routes/map-routes.js";
import { metaRoutes } from "./routes/meta-routes.js";
import { placeRoutes } from "./routes/place-routes.js";
import { propositionRoutes } from "./routes/proposition-routes.js";
import { sourceRoutes } from "./routes/source-routes.js";
import { staticRoutes } from "./routes/static-routes.js";
import { securityHeaders } from "./security-headers.js";
import { hostGuard } from "./host-guard.js";
import { createSite, type Site } from "./site.js";
import { writeGuard } from "./write-guard.js";

/** Apps made with a token, so that startServer can refuse to listen beyond loopback without one. */
const guarded = new WeakSet<Hono>();
export const hasWriteToken = (app: Hono) => guarded.has(app);

/** Each app's site (the hosts it answers), so that startServer can add the address it binds. */
const sites = new WeakMap<Hono, Site>();
export const siteOf = (app: Hono) => sites.get(app);

export function createApp(options: AppOptions): Hono {
  const deps = resolveOptions(options);
  const api = new Hono()
    .route("/", metaRoutes(deps))
    .route("/", propositionRoutes(deps))
    .route("/", exportRoutes(deps))
    .route("/", disputeRoutes(deps))
    .route("/", claimRoutes(deps))
    .route("/", placeRoutes(deps))
    .route("/", mapRoutes(deps))
    .route("/", sourceRoutes(deps))
    .route("/", documentRoutes(deps))
    .route("/", ingestRoutes(deps));
  const app = new Hono();
  app.onError(createErrorHandler());
  app.notFound(notFoundHandler);
  const site = createSite(deps.publicUrl, options.hosts ?? []);
  app.use("*", securityHeaders());
  app.use("*", hostGuard(site));
  app.use("*", declaredSizeGuard(deps.limits));
  app.use("*", writeGuard(deps.token, site));
  app.route("/api", api);
  app.route("/", staticRoutes());
  if (deps.token !== null) guarded.add(app);
  sites.set(app, site);
  return app;
}
