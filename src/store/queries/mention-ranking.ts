// Entities ranked by mentions, counted in one pass over the mention table and kept until the
// database changes: ranking every entity on each request would cost a grouped scan of all mentions.
import type Database from 'better-sqlite3';
import { dataVersion } from './data-version.js';

export interface MentionCounts {
  mentions: number;
  articles: number;
}

interface Ranking {
  version: string;
  counts: Map<number, MentionCounts>;
  /** Entity ids, most mentioned first (then in more articles). */
  order: number[];
  /** Entity id → its place in order. */
  place: Map<number, number>;
}

const rankings = new WeakMap<Database.Database, Ranking>();

export function mentionRanking(db: Database.Database): Ranking {
  const version = dataVersion(db);
  const cached = rankings.get(db);
  if (cached?.version === version) return cached;
  const rows = db
    .prepare(
      `SELECT entity, count(*) AS mentions, count(DISTINCT article) AS articles FROM mention GROUP BY entity
       ORDER BY mentions DESC, articles DESC, entity`,
    )
    .all() as ({ entity: number } & MentionCounts)[];
  const ranking: Ranking = {
    version,
    counts: new Map(rows.map((r) => [r.entity, { mentions: r.mentions, articles: r.articles }])),
    order: rows.map((r) => r.entity),
    place: new Map(rows.map((r, i) => [r.entity, i])),
  };
  rankings.set(db, ranking);
  return ranking;
}
