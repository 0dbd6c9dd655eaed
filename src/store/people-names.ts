// A people's name in the store is the word its articles use most. The analyser names a people by
// the article's own word ("British", "Britons", "English"), and the store kept the first article's:
// one article's stray "English" (a language the analyser read as the people) named Britain's people
// "English" on every page. The peoples (key kb:demonym:…) a batch wrote are renamed after it.
import type Database from 'better-sqlite3';

export class PeopleNames {
  private readonly touched = new Set<number>();
  private readonly rename: Database.Statement;

  constructor(db: Database.Database) {
    // (a word in capitals only where no other is used, "DPRK" of "DPRK officials" for North Koreans;
    // ties go to the word first in order, so that the name does not flicker between batches)
    this.rename = db.prepare(`UPDATE entity SET name = (
        SELECT m.text FROM mention m WHERE m.entity = entity.id AND m.kind = 'name'
        GROUP BY m.text ORDER BY m.text = upper(m.text), count(*) DESC, m.text LIMIT 1)
      WHERE id = ? AND EXISTS (SELECT 1 FROM mention m WHERE m.entity = entity.id AND m.kind = 'name')`);
  }

  /** Notes an entity the batch stored under its own key. */
  note(id: number, key: string): void {
    if (key.startsWith('kb:demonym:')) this.touched.add(id);
  }

  /** Renames the peoples the batch wrote. */
  nameTouched(): void {
    for (const id of this.touched) this.rename.run(id);
    this.touched.clear();
  }
}
