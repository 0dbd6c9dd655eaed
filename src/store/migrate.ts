// Brings a database up to the newest schema: each pending migration runs in its own transaction
// together with the user_version bump, so a crash leaves the database at a whole version.
import type Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './schema.js';

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const newest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > newest) {
    throw new Error(`the database has schema version ${current}, newer than this dossier knows (${newest})`);
  }
  for (const step of migrations) {
    if (step.version <= current) continue;
    db.transaction(() => {
      db.exec(step.sql);
      step.backfill?.(db);
      // user_version cannot take a bound parameter; the value is our own integer.
      db.pragma(`user_version = ${Math.trunc(step.version)}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
