// The Store on a SQLite file: WAL so readers never wait for the writer, foreign keys on, schema
// migrated on open, one transaction per batch and a savepoint per article inside it.
import Database from 'better-sqlite3';
import { migrate } from './migrate.js';
import { actor } from './queries/actor.js';
import { findEntities } from './queries/entities.js';
import { events } from './queries/events.js';
import { counts, topActors } from './queries/overview.js';
import { quotes } from './queries/quotes.js';
import { search } from './queries/search.js';
import type {
  ActorReport,
  EntitySummary,
  EventFilter,
  EventRow,
  PutItem,
  PutResult,
  QuoteFilter,
  QuoteRow,
  SearchOptions,
  SearchResult,
  Store,
  StoreCounts,
  StoredSignature,
  StoredState,
} from './store.js';
import { decodeMinhash } from './signature-codec.js';
import { AnalysisWriter } from './write-analysis.js';

/** Where the commands keep the store unless told otherwise (--db). */
export const DEFAULT_DB_PATH = './dossier.db';

export interface OpenOptions {
  /** Fail instead of creating an empty database (for the query commands). */
  mustExist?: boolean;
  readonly?: boolean;
}

export class SqliteStore implements Store {
  private writer: AnalysisWriter | null = null;
  private readonly stateStatement: Database.Statement;

  private constructor(
    readonly location: string,
    readonly db: Database.Database,
  ) {
    this.stateStatement = db.prepare('SELECT text_hash AS textHash, published, analyser FROM article WHERE id = ?');
  }

  static open(path: string, options: OpenOptions = {}): SqliteStore {
    let db: Database.Database;
    try {
      db = new Database(path, { fileMustExist: options.mustExist ?? false, readonly: options.readonly ?? false });
    } catch (e) {
      if (options.mustExist && /unable to open|does not exist/i.test((e as Error).message)) {
        throw new Error(`no database at ${path} (run dossier ingest first, or give --db PATH)`);
      }
      throw e;
    }
    try {
      db.pragma('busy_timeout = 5000');
      if (!options.readonly) {
        db.pragma('journal_mode = WAL');
        // NORMAL is safe under WAL: a crash may lose the last commits, never consistency.
        db.pragma('synchronous = NORMAL');
      }
      db.pragma('foreign_keys = ON');
      if (!options.readonly) migrate(db);
      return new SqliteStore(path, db);
    } catch (e) {
      db.close();
      throw e;
    }
  }

  storedState(id: string): StoredState | null {
    return (this.stateStatement.get(id) as StoredState | undefined) ?? null;
  }

  putBatch(items: PutItem[]): PutResult[] {
    this.writer ??= new AnalysisWriter(this.db);
    const writer = this.writer;
    const now = new Date().toISOString();
    // Nested db.transaction calls become savepoints: a failing article rolls back alone.
    const putOne = this.db.transaction((item: PutItem) => writer.put(item, now));
    return this.db.transaction(() => {
      const results = items.map((item): PutResult => {
        try {
          return { id: item.article.id, outcome: putOne(item) };
        } catch (e) {
          return { id: item.article.id, error: `could not store: ${(e as Error).message}` };
        }
      });
      // variants first: a surname alone then finds the person whose names were gathered
      writer.variants.mergeTouched();
      writer.surnames.mergeTouched();
      writer.acronyms.mergeTouched();
      // types last: the articles a surname or variant brought a person count for the person's reading
      writer.types.mergeTouched();
      writer.peoples.nameTouched();
      return results;
    })();
  }

  *signatures(): Iterable<StoredSignature> {
    // Read whole first: a statement iterating while the same connection writes would throw.
    const rows = this.db
      .prepare(
        `SELECT a.id, a.text_hash AS textHash, a.duplicate_of AS duplicateOf, s.minhash
         FROM article a LEFT JOIN article_signature s ON s.article = a.id ORDER BY a.n`,
      )
      .all() as { id: string; textHash: string; duplicateOf: string | null; minhash: Buffer | null }[];
    for (const r of rows) yield { ...r, minhash: r.minhash ? decodeMinhash(r.minhash) : null };
  }

  counts(): StoreCounts {
    return counts(this.db);
  }

  topActors(limit: number): EntitySummary[] {
    return topActors(this.db, limit);
  }

  search(text: string, options?: SearchOptions): SearchResult {
    return search(this.db, text, options);
  }

  quotes(filter: QuoteFilter): QuoteRow[] {
    return quotes(this.db, filter);
  }

  findEntities(name: string, limit?: number): EntitySummary[] {
    return findEntities(this.db, name, limit);
  }

  actor(entityId: number, limit?: number): ActorReport | null {
    return actor(this.db, entityId, limit);
  }

  events(filter: EventFilter): EventRow[] {
    return events(this.db, filter);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** Opens (creating and migrating if need be) the SQLite store at path. */
export function openStore(path: string, options?: OpenOptions): Store {
  return SqliteStore.open(path, options);
}
