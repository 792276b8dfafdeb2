// fogline's HTTP API and web interface: createApp() (pure, testable with app.request) and startServer().
export { createApp, hasWriteToken } from "./create-app.js";
export { startServer, assertSafeBinding, isLoopbackHost, type ServerOptions, type RunningServer } from "./start-server.js";
export { DEFAULT_LIMITS, type AppOptions, type AppLimits } from "./app-options.js";
export { OPENAPI_DOCUMENT } from "./openapi-document.js";
