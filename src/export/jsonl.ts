// JSONL export: one stored Analysis (CONTRACT.md) per line, in storage order. Near-duplicates are
// left out: their Analysis is empty, their original's line carries the story.
import type Database from 'better-sqlite3';

export function* jsonlLines(db: Database.Database): Generator<string> {
  const page = db.prepare('SELECT n, analysis FROM article WHERE n > ? AND duplicate_of IS NULL ORDER BY n LIMIT 200');
  let after = 0;
  for (;;) {
    const rows = page.all(after) as { n: number; analysis: string }[];
    if (!rows.length) return;
    for (const r of rows) yield r.analysis;
    after = rows[rows.length - 1].n;
  }
}
