// Events filtered by actor (code or name), type and status, each with its actors and every report of it.
import type Database from 'better-sqlite3';
import type { AssertionRow, EventActor, EventFilter, EventRow } from '../store.js';
import { eventWhere } from './event-filter.js';

export function events(db: Database.Database, filter: EventFilter): EventRow[] {
  const params: Record<string, unknown> = { limit: filter.limit ?? 50 };
  const where = eventWhere(filter, params);
  const rows = db
    .prepare(
      `SELECT ev.id, ev.type, ev.mode, ev.code, ev.time_value AS time,
         (SELECT count(*) FROM assertion WHERE event = ev.id) AS reports
       FROM event ev ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY reports DESC, ev.time_value DESC, ev.id LIMIT @limit`,
    )
    .all(params) as (Omit<EventRow, 'source' | 'target' | 'assertions' | 'contested'> & { reports?: number })[];
  return rows.map(({ reports: _reports, ...ev }) => withDetails(db, ev));
}

function withDetails(db: Database.Database, ev: Omit<EventRow, 'source' | 'target' | 'assertions' | 'contested'>) {
  const actors = db
    .prepare(
      `SELECT ea.side, ea.actor, ea.entity, coalesce(en.name, ea.name) AS name
       FROM event_actor ea LEFT JOIN entity en ON en.id = ea.entity WHERE ea.event = ? ORDER BY ea.side, ea.position`,
    )
    .all(ev.id) as (EventActor & { side: string })[];
  const assertions = (
    db
      .prepare(
        `SELECT x.status, x.asserter, coalesce(en.name, x.asserter_name) AS asserter_name, x.trigger_text AS trigger,
           x.sentence_text AS sentence, a.id AS article, a.title, a.published, a.url
         FROM assertion x JOIN article a ON a.id = x.article LEFT JOIN entity en ON en.id = x.asserter
         WHERE x.event = ? ORDER BY a.published, a.id, x.trigger_start`,
      )
      .all(ev.id) as (Omit<AssertionRow, 'asserter'> & { asserter: number | null; asserter_name: string | null })[]
  ).map(({ asserter, asserter_name, ...rest }) => ({
    ...rest,
    asserter: asserter_name ? { entity: asserter, name: asserter_name } : null,
  }));
  const pick = (side: string) => actors.filter((a) => a.side === side).map(({ side: _s, ...a }) => a);
  const denied = assertions.some((a) => a.status === 'denied');
  const claimed = assertions.some((a) => a.status !== 'denied' && a.status !== 'negated');
  return {
    ...ev,
    source: pick('source'),
    target: pick('target'),
    contested: denied && claimed,
    assertions,
  };
}

/** One event row completed with its actors, its reports and whether it is contested. */
export function eventWithDetails(
  db: Database.Database,
  ev: Omit<EventRow, 'source' | 'target' | 'assertions' | 'contested'>,
): EventRow {
  return withDetails(db, ev);
}
