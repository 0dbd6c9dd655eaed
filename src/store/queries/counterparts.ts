// The actors on the other side of an actor's events: whom it acts on and who acts on it, with counts.
import type Database from 'better-sqlite3';

export interface Counterpart {
  /** 'target' when the actor acted on this counterpart, 'source' when the counterpart acted on it. */
  role: 'source' | 'target';
  entity: number | null;
  actor: string | null;
  name: string | null;
  events: number;
  types: string[];
}

export function counterparts(db: Database.Database, entityId: number, limit = 20): Counterpart[] {
  const rows = db
    .prepare(
      `SELECT other.side AS role, other.entity, other.actor, coalesce(en.name, other.name) AS name,
         count(DISTINCT ev.id) AS events, group_concat(DISTINCT ev.type) AS types
       FROM event_actor me
       JOIN event_actor other ON other.event = me.event AND other.side != me.side
       JOIN event ev ON ev.id = me.event
       LEFT JOIN entity en ON en.id = other.entity
       WHERE me.entity = ? AND (other.entity IS NULL OR other.entity != me.entity)
       GROUP BY other.side, coalesce('e' || other.entity, 'a' || other.actor, 'n' || other.name)
       ORDER BY events DESC, name LIMIT ?`,
    )
    .all(entityId, limit) as (Omit<Counterpart, 'types'> & { types: string | null })[];
  return rows.map((r) => ({ ...r, types: r.types ? r.types.split(',').sort() : [] }));
}
