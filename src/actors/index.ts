export * from "./actor-registry.js";
export { loadActorRegistry, ACTOR_ROWS } from "./load-actor-registry.js";
export { GOV_RU, GOV_UA, type ActorRow } from "./actor-table.js";
export { cleanPhrase } from "./speaker-resolver.js";
