// loadActorRegistry: the actor tables indexed once; resolveSpeaker and findMentions over them.
import { indexActors, toSource } from "./actor-index.js";
import { RUSSIAN_STATE, UKRAINIAN_STATE, type ActorRow } from "./actor-table.js";
import type { ActorRegistry } from "./actor-registry.js";
import { MEDIA } from "./media-table.js";
import { resolveSpeakerWith } from "./speaker-resolver.js";

export const ACTOR_ROWS: ActorRow[] = [...RUSSIAN_STATE, ...UKRAINIAN_STATE, ...MEDIA];

/** Build the registry from the built-in tables, plus any extra rows (e.g. a deployment's own). */
export function loadActorRegistry(extra: ActorRow[] = []): ActorRegistry {
  const index = indexActors([...ACTOR_ROWS, ...extra]);
  return {
    resolveSpeaker: (phrase) => resolveSpeakerWith(index, phrase),
    findMentions: (text) => index.scan(text).map((m) => ({ start: m.start, end: m.end, text: m.text, source: toSource(m.row, m.text) })),
    list: () => index.rows.map(({ wholeOnly: _w, ...actor }) => actor),
  };
}
