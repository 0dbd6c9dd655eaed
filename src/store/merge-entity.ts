// Merging one stored entity into another: everything that points at the one moves to the other,
// its key is kept as an alias (entity_alias) so that later articles' mentions go straight to the
// other, and the row goes. Used by the surname and acronym aliases.
import type Database from 'better-sqlite3';

/** The tables and columns that point at an entity; a merge moves them all. */
const REFERENCES: [table: string, column: string][] = [
  ['mention', 'entity'],
  ['role', 'entity'],
  ['role', 'org_entity'],
  ['quote', 'speaker'],
  ['event_actor', 'entity'],
  ['assertion', 'asserter'],
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
