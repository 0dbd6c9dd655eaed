// A page of events by actor, type, status and date, each with its actors and every report of it.
import type Database from 'better-sqlite3';
import type { EventRow } from '../store.js';
import { eventSource, eventWhere, type EventWindowFilter } from './event-filter.js';
import { eventWithDetails } from './events.js';

export interface EventPageFilter extends EventWindowFilter {
  limit: number;
  offset: number;
}

export interface EventPage {
  total: number;
  events: EventRow[];
}

export function eventPage(db: Database.Database, filter: EventPageFilter): EventPage {
  const params: Record<string, unknown> = {};
  const where = eventWhere(filter, params);
  const from = eventSource(filter);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM ${from} ${whereSql}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT ev.id, ev.type, ev.mode, ev.code, ev.time_value AS time
       FROM ${from} ${whereSql}
       ORDER BY (SELECT count(*) FROM assertion WHERE event = ev.id) DESC, ev.time_value DESC, ev.id
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: filter.limit, offset: filter.offset }) as Parameters<typeof eventWithDetails>[1][];
  return { total, events: rows.map((ev) => eventWithDetails(db, ev)) };
}
