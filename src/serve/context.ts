// What every route module is handed: the store, opened once for the life of the server.
import type Database from 'better-sqlite3';
import type { Analysis, ArticleInput } from '../analyze/types.js';
import type { SqliteStore } from '../store/sqlite-store.js';

export interface ServeContext {
  store: SqliteStore;
  db: Database.Database;
  /** The analyser, loaded on first use: its models take a while and the read endpoints never need them. */
  analyze(input: ArticleInput): Promise<Analysis>;
}
