// Contested claims: events that one report asserts and another denies, with who does which, where.
import type Database from 'better-sqlite3';
import type { EventActor, EventRow } from '../store.js';
import { eventSource, eventWhere, type EventWindowFilter } from './event-filter.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface ClaimReport {
  /** Who the text says claims (or denies) it; null = the article's own voice. */
  by: { entity: number | null; name: string } | null;
  status: string;
  article: string;
  title: string | null;
  published: string | null;
  trigger: Span;
  sentence: Span;
}

export interface ContestedClaim {
  event: Omit<EventRow, 'contested' | 'assertions'>;
  asserted: ClaimReport[];
  denied: ClaimReport[];
}

export interface ContestedFilter extends EventWindowFilter {
  /** Only claims this entity is part of: as an actor of the event, or as one who asserts or denies it. */
  involving?: number;
  limit: number;
  offset: number;
}

const CONTESTED = `EXISTS (SELECT 1 FROM assertion x WHERE x.event = ev.id AND x.status = 'denied')
  AND EXISTS (SELECT 1 FROM assertion x WHERE x.event = ev.id AND x.status NOT IN ('denied', 'negated'))`;

// IN over the entity indexes, not EXISTS per event (which would scan the entity's rows for every event).
const INVOLVES_ENTITY = `(ev.id IN (SELECT event FROM event_actor WHERE entity = @entity)
  OR ev.id IN (SELECT event FROM assertion WHERE asserter = @entity))`;

interface ReportDbRow {
  status: string;
  asserter: number | null;
  asserter_name: string | null;
  article: string;
  title: string | null;
  published: string | null;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  sentence_start: number;
  sentence_end: number;
  sentence_text: string;
}

const toReport = (r: ReportDbRow): ClaimReport => ({
  by: r.asserter_name ? { entity: r.asserter, name: r.asserter_name } : null,
  status: r.status,
  article: r.article,
  title: r.title,
  published: r.published,
  trigger: { start: r.trigger_start, end: r.trigger_end, text: r.trigger_text },
  sentence: { start: r.sentence_start, end: r.sentence_end, text: r.sentence_text },
});

export function contestedClaims(
  db: Database.Database,
  filter: ContestedFilter,
): { total: number; claims: ContestedClaim[] } {
  const params: Record<string, unknown> = {};
  const where = [CONTESTED, ...eventWhere(filter, params)];
  if (filter.involving !== undefined) {
    where.push(INVOLVES_ENTITY);
    params.entity = filter.involving;
  }
  const from = eventSource(filter);
  const whereSql = `WHERE ${where.join(' AND ')}`;
  const total = (db.prepare(`SELECT count(*) AS n FROM ${from} ${whereSql}`).get(params) as { n: number }).n;
  const events = db
    .prepare(
      `SELECT ev.id, ev.type, ev.mode, ev.code, ev.time_value AS time FROM ${from} ${whereSql}
       ORDER BY (SELECT count(*) FROM assertion WHERE event = ev.id) DESC, ev.id LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: filter.limit, offset: filter.offset }) as Omit<
    ContestedClaim['event'],
    'source' | 'target'
  >[];
  const actors = db.prepare(
    `SELECT ea.side, ea.actor, ea.entity, coalesce(en.name, ea.name) AS name
     FROM event_actor ea LEFT JOIN entity en ON en.id = ea.entity WHERE ea.event = ? ORDER BY ea.side, ea.position`,
  );
  const reports = db.prepare(
    `SELECT x.status, x.asserter, coalesce(en.name, x.asserter_name) AS asserter_name, a.id AS article, a.title,
       a.published, x.trigger_start, x.trigger_end, x.trigger_text, x.sentence_start, x.sentence_end, x.sentence_text
     FROM assertion x JOIN article a ON a.id = x.article LEFT JOIN entity en ON en.id = x.asserter
     WHERE x.event = ? AND x.status != 'negated' ORDER BY a.published, a.id, x.trigger_start`,
  );
  const claims = events.map((ev): ContestedClaim => {
    const sides = actors.all(ev.id) as (EventActor & { side: string })[];
    const pick = (side: string) => sides.filter((a) => a.side === side).map(({ side: _s, ...a }) => a);
    const all = (reports.all(ev.id) as ReportDbRow[]).map(toReport);
    return {
      event: { ...ev, source: pick('source'), target: pick('target') },
      asserted: all.filter((r) => r.status !== 'denied'),
      denied: all.filter((r) => r.status === 'denied'),
    };
  });
  return { total, claims };
}
