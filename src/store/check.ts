// Checks that a store is whole: SQLite's own checks, the FTS indexes against their tables, and every
// article's rows against the Analysis JSON stored with it. Returns the problems found (none = whole).
import type Database from 'better-sqlite3';
import type { Analysis } from '../analyze/types.js';
import { REFERENCES } from './merge-entity.js';

const ARTICLE_COUNTS = `SELECT a.id, a.analysis, a.duplicate_of AS duplicateOf,
  (SELECT count(*) FROM mention WHERE article = a.id) AS mentions,
  (SELECT count(*) FROM role WHERE article = a.id) AS roles,
  (SELECT count(*) FROM quote WHERE article = a.id) AS quotes,
  (SELECT count(*) FROM time WHERE article = a.id) AS times,
  (SELECT count(DISTINCT local_event) FROM assertion WHERE article = a.id) AS events
  FROM article a`;

export function checkConsistency(db: Database.Database): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  for (const fk of db.pragma('foreign_key_check') as unknown[]) problems.push(`foreign key: ${JSON.stringify(fk)}`);
  for (const fts of ['article_fts', 'quote_fts']) {
    try {
      db.prepare(`INSERT INTO ${fts}(${fts}) VALUES ('integrity-check')`).run();
    } catch (e) {
      problems.push(`${fts}: ${(e as Error).message}`);
    }
  }
  for (const row of db.prepare(ARTICLE_COUNTS).iterate() as IterableIterator<Record<string, number | string>>) {
    const a = JSON.parse(row.analysis as string) as Analysis;
    // A duplicate's rows are its original's: it writes none of its own.
    const copy = row.duplicateOf !== null;
    const expected = copy
      ? { mentions: 0, roles: 0, quotes: 0, times: 0, events: 0 }
      : {
          mentions: a.entities.reduce((n, e) => n + e.mentions.length, 0),
          roles: a.entities.reduce((n, e) => n + e.roles.length, 0),
          quotes: a.quotes.length,
          times: a.times.length,
          events: new Set(a.events.map((e) => e.id)).size,
        };
    for (const [layer, n] of Object.entries(expected)) {
      if (row[layer] !== n) problems.push(`${row.id}: ${row[layer]} ${layer} stored, the analysis has ${n}`);
    }
  }
  const unreportedEvents = db.prepare('SELECT count(*) AS n FROM event WHERE id NOT IN (SELECT event FROM assertion)');
  const orphanEvents = (unreportedEvents.get() as { n: number }).n;
  if (orphanEvents) problems.push(`${orphanEvents} events without any assertion`);
  const unused =
    db.prepare(`SELECT count(*) AS n FROM entity e WHERE NOT EXISTS (SELECT 1 FROM mention WHERE entity = e.id)
    AND NOT EXISTS (SELECT 1 FROM role WHERE entity = e.id OR org_entity = e.id)
    AND NOT EXISTS (SELECT 1 FROM quote WHERE speaker = e.id OR reported_by = e.id) AND NOT EXISTS (SELECT 1 FROM assertion WHERE asserter = e.id)
    AND NOT EXISTS (SELECT 1 FROM event_actor WHERE entity = e.id)
    AND NOT EXISTS (SELECT 1 FROM quote_with WHERE entity = e.id)`);
  const orphanEntities = (unused.get() as { n: number }).n;
  if (orphanEntities) problems.push(`${orphanEntities} entities nothing refers to`);
  // a row that came through an alias points where the alias does (merge-entity.ts)
  for (const [table, column, via] of REFERENCES) {
    const strays = db.prepare(`SELECT count(*) AS n FROM ${table} t LEFT JOIN entity_alias a ON a.key = t.${via}
      WHERE t.${via} IS NOT NULL AND a.entity IS NOT t.${column}`);
    const n = (strays.get() as { n: number }).n;
    if (n) problems.push(`${n} ${table} rows not at the entity of the alias they came through (${via})`);
  }
  return problems;
}
