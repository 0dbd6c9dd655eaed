// A token that changes whenever the database changes: data_version moves when another connection
// commits, total_changes() when this one writes. Results computed under one token stay valid until it moves.
import type Database from 'better-sqlite3';

export function dataVersion(db: Database.Database): string {
  const other = db.pragma('data_version', { simple: true }) as number;
  const own = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return `${other}:${own}`;
}
