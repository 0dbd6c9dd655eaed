// Identity across articles: which entity rows and event rows two analyses share.
import type { ActorRef, Entity, Event } from '../analyze/types.js';

/** Lower case, no accents, no punctuation, single spaces: "Jake  Sullivan." and "jake sullivan" meet. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The knowledge-base id when the analysis gives one, else the type and the normalised name. */
export function entityKey(entity: Pick<Entity, 'type' | 'name' | 'kb'>): string {
  if (entity.kb) return `kb:${entity.kb}`;
  return `${entity.type}:${normaliseName(entity.name)}`;
}

/** An actor is known by its code; without one, by its entity's key, then by its name. */
function actorKey(ref: ActorRef, entityKeys: ReadonlyMap<string, string>): string {
  if (ref.actor) return ref.actor;
  const key = ref.entity ? entityKeys.get(ref.entity) : undefined;
  if (key) return key;
  return ref.name ? `name:${normaliseName(ref.name)}` : '?';
}

const side = (refs: ActorRef[], entityKeys: ReadonlyMap<string, string>) =>
  [...new Set(refs.map((r) => actorKey(r, entityKeys)))].sort().join(',');

/** Same type, same source and target actors, same time value (or none) → the same real-world event. */
export function eventKey(event: Event, entityKeys: ReadonlyMap<string, string>): string {
  return [event.type, side(event.source, entityKeys), side(event.target, entityKeys), event.time?.value ?? ''].join(
    '|',
  );
}
