// What the rest of Dossier may ask of a store. SQLite (sqlite-store.ts) is the one implementation
// today; a server database would implement the same interface.
import type { Analysis, ArticleInput, EventStatus } from '../analyze/types.js';

/** An input article with what the store keeps beside it. */
export interface ArticleRecord extends ArticleInput {
  license?: string | null;
}

export interface PutItem {
  article: ArticleRecord;
  analysis: Analysis;
  /**
   * The earlier article this one is a (near-)copy of, as ingest found it; undefined lets the store look
   * for an identical text. A duplicate keeps its text and Analysis JSON but writes no layer rows: its
   * original already reports its entities, quotes and events, which are so counted once.
   */
  duplicateOf?: string | null;
  /** The analyser version that made the Analysis (see ingest/analyser-version.ts). */
  analyser?: string | null;
  /** The text's MinHash signature (ingest/near-duplicates), kept for later ingests to compare against. */
  minhash?: Uint32Array | null;
}

export type PutOutcome = 'added' | 'replaced';
export type PutResult = { id: string; outcome: PutOutcome } | { id: string; error: string };

/** Enough of a stored article to tell whether a new copy of it changes anything. */
export interface StoredState {
  textHash: string;
  published: string | null;
  /** The analyser version that analysed it (null: unknown, stored before versions were kept). */
  analyser?: string | null;
}

/** What near-duplicate detection needs of each stored article, oldest first. */
export interface StoredSignature {
  id: string;
  textHash: string;
  duplicateOf: string | null;
  minhash: Uint32Array | null;
}

export interface StoreCounts {
  articles: number;
  entities: number;
  mentions: number;
  roles: number;
  quotes: number;
  events: number;
  assertions: number;
  times: number;
}

export interface EntitySummary {
  id: number;
  type: string;
  name: string;
  actor: string | null;
  country: string | null;
  kb: string | null;
  mentions: number;
  articles: number;
}

export interface ArticleRef {
  article: string;
  title: string | null;
  published: string | null;
  url: string | null;
}

export interface ArticleHit extends ArticleRef {
  source: string | null;
  snippet: string;
}

export interface QuoteRow extends ArticleRef {
  kind: string;
  start: number;
  end: number;
  text: string;
  /** The quote's text with the matched terms marked, when the query searched quote text. */
  snippet?: string;
  cue: string | null;
  speaker: { entity: number | null; name: string } | null;
  /** Others who say it together with the speaker ("they" after a meeting, "A and B agreed"). */
  with?: { entity: number | null; name: string }[];
  /** Who reports the speaker's words ("“…,” Sanders said, according to CNN"), when someone is named so. */
  reportedBy?: { entity: number | null; name: string };
  rule: string | null;
  speakerRule: string | null;
}

export interface SearchResult {
  /** The FTS5 query that ran (the user's words, quoted, unless raw). */
  query: string;
  articles: ArticleHit[];
  quotes: QuoteRow[];
}

export interface SearchOptions {
  limit?: number;
  /** Pass the text to FTS5 as a query of its own syntax (AND, OR, NEAR, "phrases", prefix*). */
  raw?: boolean;
}

export interface QuoteFilter {
  speaker?: string;
  /** Part of the reporter's name, an actor code or a kb id: quotes it reports ("according to CNN"). */
  reportedBy?: string;
  text?: string;
  limit?: number;
}

/** A role as one article gives it (title is the role's; articleTitle the article's). */
export interface RoleRow {
  article: string;
  articleTitle: string | null;
  published: string | null;
  url: string | null;
  title: string;
  org: string | null;
  country: string | null;
  asOf: string | null;
  /** Whether the article says the title was held before its date ("previously served as …"). */
  former: boolean;
  start: number;
  end: number;
}

/**
 * One role as all the articles give it: the same title (whatever its capitals), body, country and
 * tense gathered, with the first and last dates they give it as of and how many articles do.
 */
export interface RoleSpan {
  title: string;
  org: string | null;
  country: string | null;
  former: boolean;
  /** The earliest and latest dates the articles give the role as of (their dates). */
  from: string | null;
  to: string | null;
  articles: number;
  /** The newest article that gives the role, and where. */
  latest: { article: string; articleTitle: string | null; published: string | null; start: number; end: number };
}

export interface EventActor {
  actor: string | null;
  entity: number | null;
  name: string | null;
}

export interface AssertionRow extends ArticleRef {
  status: EventStatus;
  asserter: { entity: number | null; name: string } | null;
  trigger: string;
  sentence: string;
}

export interface EventRow {
  id: number;
  type: string;
  mode: string | null;
  code: string | null;
  time: string | null;
  source: EventActor[];
  target: EventActor[];
  /** An event both asserted (in any status but denied) and denied. */
  contested: boolean;
  assertions: AssertionRow[];
}

export interface EventFilter {
  source?: string;
  target?: string;
  type?: string;
  status?: string;
  /** Only events whose actors include this entity, on the given side. */
  entity?: { id: number; side: 'source' | 'target' };
  limit?: number;
}

/** An entity merged into another, under the key and name it was stored with. */
export interface ActorAlias {
  key: string;
  name: string;
}

export interface ActorReport {
  entity: EntitySummary;
  /**
   * Entities merged into this actor: a surname alone ("Blinken"), another form of the name ("Tony
   * Blinken"), initials ("UN"), the same name read as another type ("LOC:ben rhodes").
   */
  aliases: ActorAlias[];
  roles: RoleRow[];
  /** The roles gathered across articles (every one, not only the newest `roles`), newest first. */
  roleSpans: RoleSpan[];
  quotes: QuoteRow[];
  /** Others' words the actor reports ("“…,” Sanders said, according to CNN"). */
  reported: QuoteRow[];
  asSource: EventRow[];
  asTarget: EventRow[];
}

export interface Store {
  /** Where the data lives (a file path for SQLite). */
  readonly location: string;
  storedState(id: string): StoredState | null;
  /** Writes a batch in one transaction; an item that fails is rolled back alone and reported. */
  putBatch(items: PutItem[]): PutResult[];
  /** Every stored article's text hash and signature, in the order they were first stored. */
  signatures(): Iterable<StoredSignature>;
  counts(): StoreCounts;
  topActors(limit: number): EntitySummary[];
  search(text: string, options?: SearchOptions): SearchResult;
  quotes(filter: QuoteFilter): QuoteRow[];
  /** Entities whose name, actor code or kb id match, best first. */
  findEntities(name: string, limit?: number): EntitySummary[];
  actor(entityId: number, limit?: number): ActorReport | null;
  events(filter: EventFilter): EventRow[];
  close(): void;
}
