// Merging one stored entity into another: everything that points at the one moves to the other,
// its key is kept as an alias (entity_alias) so that later articles' mentions go straight to the
// other, and the row goes. Each row that moves, or that a later article writes through the alias,
// keeps the alias key (its via column), so that the merge can follow later evidence: the alias can
// be pointed at another entity, or dropped, and its rows go with it. With the pieces the surname
// and acronym aliases share: an index of entity ids by a word of their name, and the choice of the
// one entity a short name stands for.
import type Database from 'better-sqlite3';

/** The columns that point at an entity, each with the column that keeps the alias it came through. */
export const REFERENCES: readonly [table: string, column: string, via: string][] = [
  ['mention', 'entity', 'via'],
  ['role', 'entity', 'via'],
  ['role', 'org_entity', 'org_via'],
  ['quote', 'speaker', 'speaker_via'],
  ['quote', 'reported_by', 'reported_by_via'],
  ['quote_with', 'entity', 'via'],
  ['event_actor', 'entity', 'via'],
  ['assertion', 'asserter', 'asserter_via'],
];

/** An alias as stored: the key and name of an entity merged into `entity`. */
export interface AliasRow {
  key: string;
  name: string;
  entity: number;
}

export class EntityMerger {
  private readonly moves;
  private readonly follow;
  private readonly repoints;
  private readonly restores;
  private readonly s;

  constructor(db: Database.Database) {
    // a row keeps the first alias it came through: later merges carry it along
    this.moves = REFERENCES.map(([table, column, via]) =>
      db.prepare(`UPDATE ${table} SET ${column} = @into, ${via} = coalesce(${via}, @key) WHERE ${column} = @from`),
    );
    this.repoints = REFERENCES.map(([table, column, via]) =>
      db.prepare(`UPDATE ${table} SET ${column} = @into WHERE ${via} = @key`),
    );
    this.restores = REFERENCES.map(([table, column, via]) =>
      db.prepare(`UPDATE ${table} SET ${column} = @into, ${via} = NULL WHERE ${via} = @key`),
    );
    // names merged into the one merged now (a surname alone) follow it
    this.follow = db.prepare('UPDATE entity_alias SET entity = ? WHERE entity = ?');
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      alias: p(`INSERT INTO entity_alias (key, name, entity) VALUES (?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET entity = excluded.entity`),
      aliasOf: p('SELECT key, name, entity FROM entity_alias WHERE key = ?'),
      pointAlias: p('UPDATE entity_alias SET entity = ? WHERE key = ?'),
      dropAlias: p('DELETE FROM entity_alias WHERE key = ?'),
      addEntity: p(`INSERT INTO entity (key, type, name) VALUES (?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET name = entity.name RETURNING id`),
      drop: p('DELETE FROM entity WHERE id = ?'),
      keyOf: p('SELECT key FROM entity WHERE id = ?'),
      articles: p(`SELECT count(DISTINCT article) AS n FROM mention WHERE entity = ? AND kind = 'name'`),
      // the articles an entity has of its own, leaving out those that came through one alias
      articlesBesides: p(`SELECT count(DISTINCT article) AS n FROM mention
        WHERE entity = ? AND kind = 'name' AND (via IS NULL OR via <> ?)`),
    };
  }

  /** Moves everything that points at entity `from` (stored under `key`) to `into`, and drops it. */
  merge(from: { id: number; key: string; name: string }, into: number): void {
    for (const move of this.moves) move.run({ into, from: from.id, key: from.key });
    this.follow.run(into, from.id);
    this.s.alias.run(from.key, from.name, into);
    this.s.drop.run(from.id);
  }

  /** The key of the entity with this id, or null when it has gone. */
  keyOf(id: number): string | null {
    return (this.s.keyOf.get(id) as { key: string } | undefined)?.key ?? null;
  }

  /** The alias stored under `key`, if any. */
  alias(key: string): AliasRow | null {
    return (this.s.aliasOf.get(key) as AliasRow | undefined) ?? null;
  }

  /** Points the alias at another entity; the rows that came through it go along. */
  repoint(alias: AliasRow, into: number): void {
    for (const move of this.repoints) move.run({ into, key: alias.key });
    this.s.pointAlias.run(into, alias.key);
  }

  /**
   * Undoes the alias: the entity it was merged from comes back under its key and name, with the rows
   * that came through the alias (and only those: the target keeps its own). Returns its new id.
   */
  restore(alias: AliasRow, type: string): number {
    const id = (this.s.addEntity.get(alias.key, type, alias.name) as { id: number }).id;
    for (const move of this.restores) move.run({ into: id, key: alias.key });
    this.s.dropAlias.run(alias.key);
    return id;
  }

  /** How many articles name the entity, leaving out those that named it only through the alias `besides`. */
  articleCount(id: number, besides?: string): number {
    const row = besides === undefined ? this.s.articles.get(id) : this.s.articlesBesides.get(id, besides);
    return (row as { n: number }).n;
  }
}

/** The share of articles the leading entity must have among all a short name may stand for. */
const DOMINANCE = 0.8;

/** A key with "@article" is someone the article only describes: never the same one elsewhere. */
export const describedOnly = (key: string): boolean => key.includes('@');

/**
 * Of the entities a short name may stand for (a surname's namesakes, the bodies with those
 * initials), the one with at least DOMINANCE of their articles, or null. Those `joinsLead` says are
 * other names of the leading one (a variant of its given name: name-variants.ts) count on its side.
 * An alias already made is decided again the same way, without the articles that came through it.
 */
export function leadingEntity<T extends { id: number }>(
  merger: EntityMerger,
  candidates: T[],
  joinsLead: (candidate: T, lead: T) => boolean = () => false,
  besides?: string,
): T | null {
  if (candidates.length === 0) return null;
  // (the articles that came through the alias being decided, `besides`, are not evidence for it)
  const counted = candidates
    .map((c) => ({ c, n: merger.articleCount(c.id, besides) }))
    .sort((a, b) => b.n - a.n || a.c.id - b.c.id);
  const total = counted.reduce((sum, x) => sum + x.n, 0);
  const lead = counted[0];
  const side = counted.reduce((sum, x) => sum + (x !== lead && joinsLead(x.c, lead.c) ? x.n : 0), lead.n);
  return lead.n > 0 && side >= DOMINANCE * total ? lead.c : null;
}

/**
 * Entity ids by a word of their name: read whole from the store on first use, then kept up to date
 * by the writer (an id may go later: its readers look the row up again).
 */
export class IdsByWord {
  private map: Map<string, Set<number>> | null = null;

  constructor(private readonly load: () => Iterable<[word: string, id: number]>) {}

  /** Notes a stored entity (before the first look-up the load will read it from the store). */
  add(word: string, id: number): void {
    if (this.map) addTo(this.map, word, id);
  }

  get(word: string): ReadonlySet<number> {
    if (!this.map) {
      this.map = new Map();
      for (const [w, id] of this.load()) addTo(this.map, w, id);
    }
    return this.map.get(word) ?? NONE;
  }
}

const NONE: ReadonlySet<number> = new Set();

/**
 * Ids by word for the rows a query reads (people, bodies), described-only entities left out: each row
 * gives its id under every word `wordsOf` takes from its name (surnames, initials).
 */
export function idsByNameWord(
  rows: () => Array<{ id: number; key: string; name: string }>,
  wordsOf: (name: string) => string[],
): IdsByWord {
  return new IdsByWord(() =>
    rows()
      .filter((row) => !describedOnly(row.key))
      .flatMap((row) => wordsOf(row.name).map((w): [string, number] => [w, row.id])),
  );
}

/** The keys (surnames, initials) a batch touched, each looked at once after the batch. */
export class TouchedKeys {
  private readonly keys = new Set<string>();

  add(key: string): void {
    this.keys.add(key);
  }

  /** The keys touched since the last take, sorted: the merges come out the same in any order of notes. */
  take(): string[] {
    const keys = [...this.keys].sort();
    this.keys.clear();
    return keys;
  }
}

function addTo(map: Map<string, Set<number>>, word: string, id: number): void {
  const ids = map.get(word);
  if (ids) ids.add(id);
  else map.set(word, new Set([id]));
}
