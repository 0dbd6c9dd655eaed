// A people's name in the store is the word its articles use most. The analyser names a people by
// the article's own word ("British", "Britons", "English"), and the store kept the first article's:
// one article's stray "English" (a language the analyser read as the people) named Britain's people
// "English" on every page. Demonym entities (key kb:demonym:…) are renamed after each batch.
import type Database from 'better-sqlite3';

export function namePeoplesByUse(db: Database.Database): void {
  renamer(db).run();
}

const statements = new WeakMap<Database.Database, Database.Statement>();

function renamer(db: Database.Database): Database.Statement {
  let s = statements.get(db);
  if (!s) {
    // (a word in capitals only where no other is used, "DPRK" of "DPRK officials" for North Koreans; ties go to
    // the word first in order, so that the name does not flicker between batches)
    s = db.prepare(`UPDATE entity SET name = (
        SELECT m.text FROM mention m WHERE m.entity = entity.id AND m.kind = 'name'
        GROUP BY m.text ORDER BY m.text = upper(m.text), count(*) DESC, m.text LIMIT 1)
      WHERE key LIKE 'kb:demonym:%'
        AND EXISTS (SELECT 1 FROM mention m WHERE m.entity = entity.id AND m.kind = 'name')`);
    statements.set(db, s);
  }
  return s;
}
