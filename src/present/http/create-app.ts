// The HTTP app: JSON API under /api, the web interface at /, one ledger. Pure: no port, no clock;
// tests call app.request(). startServer() puts it on a socket.
import { Hono } from "hono";
import { resolveOptions, type AppDeps, type AppOptions } from "./app-options.js";
import { asOfDeps, asOfOf, refuseAsOfWrite } from "./as-of-request.js";
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
import { reviewRoutes } from "./routes/review-routes.js";
import { sourceRoutes } from "./routes/source-routes.js";
import { settlementRoutes } from "./routes/settlement-routes.js";
import { changeRoutes } from "./routes/change-routes.js";
import { staticRoutes } from "./routes/static-routes.js";
import { securityHeaders } from "./security-headers.js";
import { hostGuard } from "./host-guard.js";
import { createSite, type Site } from "./site.js";
import { writeGuard } from "./write-guard.js";

/** Apps made with a token, so that startServer can refuse to listen beyond loopback without one. */
const guarded = new WeakSet<Hono>();
export const hasWriteToken = (app: Hono) => guarded.has(app);

/** The JSON API's routes over one set of dependencies (the ledger now, or as of a day). */
const apiRoutes = (deps: AppDeps): Hono => new Hono()
  .route("/", metaRoutes(deps))
  .route("/", propositionRoutes(deps))
  .route("/", exportRoutes(deps))
  .route("/", disputeRoutes(deps))
  .route("/", claimRoutes(deps))
  .route("/", placeRoutes(deps))
  .route("/", mapRoutes(deps))
  .route("/", sourceRoutes(deps))
  .route("/", documentRoutes(deps))
  .route("/", changeRoutes(deps))
  .route("/", ingestRoutes(deps))
  .route("/", reviewRoutes(deps))
  .route("/", settlementRoutes(deps));

/** A Hono app of the API alone, answering as the whole app does (errors as JSON). */
function apiApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.onError(createErrorHandler());
  app.notFound(notFoundHandler);
  app.route("/api", apiRoutes(deps));
  return app;
}

/** Each app's site (the hosts it answers), so that startServer can add the address it binds. */
const sites = new WeakMap<Hono, Site>();
export const siteOf = (app: Hono) => sites.get(app);

export function createApp(options: AppOptions): Hono {
  const deps = resolveOptions(options);
  const app = new Hono();
  app.onError(createErrorHandler());
  app.notFound(notFoundHandler);
  const site = createSite(deps.publicUrl, options.hosts ?? []);
  app.use("*", securityHeaders());
  app.use("*", hostGuard(site));
  app.use("*", declaredSizeGuard(deps.limits));
  app.use("*", writeGuard(deps.token, site));
  // ?as_of= answers with the same routes over the ledger as of that day, built for this request only.
  app.use("/api/*", async (c, next) => {
    const asOf = asOfOf(c);
    if (!asOf) return next();
    refuseAsOfWrite(c);
    return apiApp(asOfDeps(deps, asOf)).fetch(c.req.raw);
  });
  app.route("/api", apiRoutes(deps));
  app.route("/", staticRoutes());
  if (deps.token !== null) guarded.add(app);
  sites.set(app, site);
  return app;
}
