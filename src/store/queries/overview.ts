// What the store holds: row counts, and the entities mentioned most.
import type Database from 'better-sqlite3';
import type { EntitySummary, StoreCounts } from '../store.js';

const TABLES: Record<keyof StoreCounts, string> = {
  articles: 'article',
  entities: 'entity',
  mentions: 'mention',
  roles: 'role',
  quotes: 'quote',
  events: 'event',
  assertions: 'assertion',
  times: 'time',
};

export function counts(db: Database.Database): StoreCounts {
  const out = {} as StoreCounts;
  for (const [name, table] of Object.entries(TABLES) as [keyof StoreCounts, string][]) {
    // Table names come from the constant above, never from input.
    out[name] = (db.prepare(`SELECT count(*) AS c FROM ${table}`).get() as { c: number }).c;
  }
  return out;
}

export const ENTITY_SUMMARY_COLUMNS = `e.id, e.type, e.name, e.actor, e.country, e.kb`;

export function topActors(db: Database.Database, limit: number): EntitySummary[] {
  return db
    .prepare(
      `SELECT ${ENTITY_SUMMARY_COLUMNS}, count(*) AS mentions, count(DISTINCT m.article) AS articles
       FROM mention m JOIN entity e ON e.id = m.entity
       GROUP BY e.id ORDER BY mentions DESC, articles DESC, e.name LIMIT ?`,
    )
    .all(limit) as EntitySummary[];
}
