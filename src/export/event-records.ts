// Every stored event with its actors and its reports, read page by page in id order: what the CSV,
// PLOVER and GraphML exports are made from.
import type Database from 'better-sqlite3';

export interface ExportActor {
  code: string | null;
  name: string | null;
  entity: number | null;
  type: string | null;
  country: string | null;
}

export interface ExportReport {
  article: string;
  url: string | null;
  source: string | null;
  published: string | null;
  status: string;
  asserter: string | null;
  trigger: string;
  sentence: string;
  timeText: string | null;
  /** Copies of the article (stored as its duplicates): each is one more article carrying the report. */
  copies: number;
}

export interface EventRecord {
  id: number;
  type: string;
  mode: string | null;
  code: string | null;
  time: string | null;
  source: ExportActor[];
  target: ExportActor[];
  reports: ExportReport[];
}

const PAGE = 500;

export function* eventRecords(db: Database.Database): Generator<EventRecord> {
  const page = db.prepare(
    `SELECT id, type, mode, code, time_value AS time FROM event WHERE id > ? ORDER BY id LIMIT ${PAGE}`,
  );
  const actors = db.prepare(`SELECT ea.event, ea.side, ea.actor AS code, coalesce(ea.name, e.name) AS name,
      ea.entity, e.type, coalesce(e.country, CASE WHEN length(ea.actor) >= 3 THEN substr(ea.actor, 1, 3) END) AS country
    FROM event_actor ea LEFT JOIN entity e ON e.id = ea.entity
    WHERE ea.event BETWEEN ? AND ? ORDER BY ea.event, ea.side, ea.position`);
  const reports = db.prepare(`SELECT a.event, a.article, ar.url, ar.source, ar.published, a.status,
      coalesce(a.asserter_name, e.name) AS asserter, a.trigger_text AS trigger, a.sentence_text AS sentence,
      a.time_text AS timeText, (SELECT count(*) FROM article d WHERE d.duplicate_of = a.article) AS copies
    FROM assertion a JOIN article ar ON ar.id = a.article LEFT JOIN entity e ON e.id = a.asserter
    WHERE a.event BETWEEN ? AND ? ORDER BY a.event, ar.published, ar.n, a.id`);
  let after = 0;
  for (;;) {
    const events = page.all(after) as Omit<EventRecord, 'source' | 'target' | 'reports'>[];
    if (!events.length) return;
    const first = events[0].id;
    const last = events[events.length - 1].id;
    const byId = new Map<number, EventRecord>(events.map((e) => [e.id, { ...e, source: [], target: [], reports: [] }]));
    for (const a of actors.all(first, last) as (ExportActor & { event: number; side: 'source' | 'target' })[]) {
      const { event, side, ...actor } = a;
      byId.get(event)?.[side].push(actor);
    }
    for (const r of reports.all(first, last) as (ExportReport & { event: number })[]) {
      const { event, ...report } = r;
      byId.get(event)?.reports.push(report);
    }
    yield* byId.values();
    after = last;
  }
}

/** Asserted (in any status but denied) by some and denied by others. */
export function isContested(e: EventRecord): boolean {
  return e.reports.some((r) => r.status === 'denied') && e.reports.some((r) => r.status !== 'denied');
}

/** The event's day: its own date when it has a full one, else the first report's publication date. */
export function eventDay(e: EventRecord): string | null {
  if (e.time && /^\d{4}-\d{2}-\d{2}/.test(e.time)) return e.time.slice(0, 10);
  return e.reports.find((r) => r.published)?.published?.slice(0, 10) ?? null;
}

export const uniqueJoin = (values: (string | null)[]) =>
  [...new Set(values.filter((v): v is string => !!v))].join('; ');
