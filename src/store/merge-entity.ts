// Merging one stored entity into another: everything that points at the one moves to the other,
// its key is kept as an alias (entity_alias) so that later articles' mentions go straight to the
// other, and the row goes. With the pieces the surname and acronym aliases share: an index of entity
// ids by a word of their name, and the choice of the one entity a short name stands for.
import type Database from 'better-sqlite3';

/** The tables and columns that point at an entity; a merge moves them all. */
const REFERENCES: [table: string, column: string][] = [
  ['mention', 'entity'],
  ['role', 'entity'],
  ['role', 'org_entity'],
  ['quote', 'speaker'],
  ['event_actor', 'entity'],
  ['assertion', 'asserter'],
  // names merged into the one merged now (a surname alone) follow it
  ['entity_alias', 'entity'],
];

export class EntityMerger {
  private readonly moves;
  private readonly alias;
  private readonly drop;
  private readonly articles;

  constructor(db: Database.Database) {
    this.moves = REFERENCES.map(([table, column]) =>
      db.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${column} = ?`),
    );
    this.alias = db.prepare(
      `INSERT INTO entity_alias (key, name, entity) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET entity = excluded.entity`,
    );
    this.drop = db.prepare('DELETE FROM entity WHERE id = ?');
    this.articles = db.prepare(`SELECT count(DISTINCT article) AS n FROM mention WHERE entity = ? AND kind = 'name'`);
  }

  /** Moves everything that points at entity `from` (stored under `key`) to `into`, and drops it. */
  merge(from: { id: number; key: string; name: string }, into: number): void {
    for (const move of this.moves) move.run(into, from.id);
    this.alias.run(from.key, from.name, into);
    this.drop.run(from.id);
  }

  /** How many articles name the entity. */
  articleCount(id: number): number {
    return (this.articles.get(id) as { n: number }).n;
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
 */
export function leadingEntity<T extends { id: number }>(
  merger: EntityMerger,
  candidates: T[],
  joinsLead: (candidate: T, lead: T) => boolean = () => false,
): T | null {
  if (candidates.length === 0) return null;
  const counted = candidates
    .map((c) => ({ c, n: merger.articleCount(c.id) }))
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
