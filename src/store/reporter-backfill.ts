// For a store written before quotes kept who reports them (schema version 7): their reporters are
// in each article's stored Analysis (quote.reported_by). The reporter's entity is found as the writer
// finds it, by its key (keys.ts), through an alias when it has been merged since (its via column).
import type Database from 'better-sqlite3';
import type { Analysis } from '../analyze/types.js';
import { entityKey } from './keys.js';

interface ArticleRow {
  id: string;
  analysis: string;
}

export function backfillReporters(db: Database.Database): void {
  const p = (sql: string) => db.prepare(sql);
  const s = {
    alias: p('SELECT entity FROM entity_alias WHERE key = ?'),
    entity: p('SELECT id FROM entity WHERE key = ?'),
    quote: p(`UPDATE quote SET reported_by = @entity, reported_by_name = @name, reported_by_start = @start,
      reported_by_end = @end, reported_by_via = @via WHERE article = @article AND local_id = @local`),
  };
  // (a copy of an earlier article stores no quotes of its own; only analyses that name a reporter are read)
  const articles = p(
    `SELECT id, analysis FROM article WHERE duplicate_of IS NULL AND instr(analysis, '"reported_by"') > 0`,
  ).all() as ArticleRow[];
  for (const row of articles) {
    const analysis = JSON.parse(row.analysis) as Analysis;
    const entities = new Map(analysis.entities.map((e) => [e.id, e]));
    for (const q of analysis.quotes) {
      const ref = q.reported_by;
      if (!ref) continue;
      const local = ref.entity ? entities.get(ref.entity) : undefined;
      const key = local ? entityKey(local, row.id) : null;
      const merged = key ? (s.alias.get(key) as { entity: number } | undefined) : undefined;
      const own = key && !merged ? (s.entity.get(key) as { id: number } | undefined) : undefined;
      s.quote.run({
        entity: merged?.entity ?? own?.id ?? null,
        name: ref.name,
        start: ref.start ?? null,
        end: ref.end ?? null,
        via: merged ? key : null,
        article: row.id,
        local: q.id,
      });
    }
  }
}
