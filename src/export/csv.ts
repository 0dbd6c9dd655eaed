// CSV export after GDELT's event table (one row per event, GDELT's column names), with what GDELT
// lacks at the end: PLOVER type and mode, status, asserters, deniers, trigger and sentence.
import type Database from 'better-sqlite3';
import { cameo } from './cameo.js';
import {
  eventDay,
  eventRecords,
  isContested,
  uniqueJoin,
  type EventRecord,
  type ExportActor,
} from './event-records.js';

export const CSV_COLUMNS = [
  'GlobalEventID',
  'Day',
  'MonthYear',
  'Year',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1Type',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2Type',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'SOURCEURL',
  'PloverType',
  'PloverMode',
  'TimeValue',
  'Status',
  'Asserter',
  'Deniers',
  'TriggerText',
  'SentenceText',
];

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvRow = (values: (string | number | null | undefined)[]) => values.map(csvField).join(',');

function actorColumns(actors: ExportActor[]): (string | null)[] {
  const first = actors[0];
  // GDELT has one actor a side; several become one row with their names and codes joined.
  return [
    uniqueJoin(actors.map((a) => a.code)) || null,
    uniqueJoin(actors.map((a) => a.name)) || null,
    first?.country ?? null,
    first?.type ?? null,
  ];
}

function row(e: EventRecord): string {
  const day = eventDay(e)?.replace(/-/g, '') ?? null;
  const c = cameo(e.code);
  const denials = e.reports.filter((r) => r.status === 'denied');
  const claims = e.reports.filter((r) => r.status !== 'denied');
  const evidence = claims[0] ?? e.reports[0];
  const articles = new Set(e.reports.map((r) => r.article));
  const copies = [...articles].reduce((n, a) => n + (e.reports.find((r) => r.article === a)?.copies ?? 0), 0);
  return csvRow([
    e.id,
    day,
    day?.slice(0, 6),
    day?.slice(0, 4),
    ...actorColumns(e.source),
    ...actorColumns(e.target),
    e.code,
    e.code?.slice(0, 3),
    e.code?.slice(0, 2),
    c?.quad ?? null,
    c?.goldstein ?? null,
    e.reports.length,
    new Set(e.reports.map((r) => r.source ?? r.article)).size,
    articles.size + copies,
    e.reports.find((r) => r.url)?.url ?? null,
    e.type,
    e.mode,
    e.time,
    isContested(e) ? 'contested' : (claims[0]?.status ?? 'denied'),
    uniqueJoin(claims.map((r) => r.asserter)),
    uniqueJoin(denials.map((r) => r.asserter ?? '(unnamed)')),
    evidence?.trigger ?? null,
    evidence?.sentence ?? null,
  ]);
}

export function* csvLines(db: Database.Database): Generator<string> {
  yield csvRow(CSV_COLUMNS);
  for (const e of eventRecords(db)) yield row(e);
}
