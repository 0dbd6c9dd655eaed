// One identity across articles for people an article names by surname alone. A briefing that only
// ever says "SECRETARY BLINKEN:" cannot know the first name, so its analysis has a person "Blinken";
// the store can know better: when the people it holds with that surname are, by far, one person
// ("Antony J. Blinken"), the surname-only entity is merged into that person, and its key is kept as
// an alias, so that later articles' "Blinken" are stored under that person straight away.
import type Database from 'better-sqlite3';
import { isKnownFirstName } from '../analyze/entities/kb.js';
import { normaliseName } from './keys.js';

/** The share of articles the leading full name must have among all people with that surname. */
const DOMINANCE = 0.8;
/** Shorter surnames ("Li", "Ng") are too often someone else's. */
const MIN_SURNAME_LENGTH = 3;

interface EntityRow {
  id: number;
  key: string;
  name: string;
  kb: string | null;
}

/** The tables and columns that point at an entity; a merge moves them all. */
const REFERENCES: [table: string, column: string][] = [
  ['mention', 'entity'],
  ['role', 'entity'],
  ['role', 'org_entity'],
  ['quote', 'speaker'],
  ['event_actor', 'entity'],
  ['assertion', 'asserter'],
];

/**
 * Merges each surname-only person into the one full-named person with that surname (last word, or
 * first word for names written surname first: "Kim" competes with "Kim Jong Un" as with "Sung Kim")
 * that holds at least DOMINANCE of their articles. Returns the number of entities merged. Run after
 * each batch: a merge is not undone when a later batch brings a namesake.
 */
export function mergeSurnameAliases(db: Database.Database): number {
  // (a key with "@article" is someone the article only describes: never the same person elsewhere)
  const singles = db
    .prepare(
      `SELECT id, key, name, kb FROM entity
       WHERE type = 'PERSON' AND kb IS NULL AND instr(trim(name), ' ') = 0 AND instr(key, '@') = 0`,
    )
    .all() as EntityRow[];
  if (singles.length === 0) return 0;
  const bySurname = fullNamesBySurname(db);
  const articles = db.prepare(`SELECT count(DISTINCT article) AS n FROM mention WHERE entity = ? AND kind = 'name'`);
  const articleCount = (id: number) => (articles.get(id) as { n: number }).n;
  let merged = 0;
  for (const single of singles) {
    const surname = normaliseName(single.name);
    if (surname.length < MIN_SURNAME_LENGTH || surname.includes(' ')) continue;
    const people = bySurname.get(surname);
    if (!people) continue;
    if (!people.some(mayStandFor(surname))) continue;
    const counted = people.map((p) => ({ p, n: articleCount(p.id) })).sort((a, b) => b.n - a.n || a.p.id - b.p.id);
    const total = counted.reduce((sum, c) => sum + c.n, 0);
    const lead = counted[0];
    if (lead.n === 0 || lead.n < DOMINANCE * total || !mayStandFor(surname)(lead.p)) continue;
    mergeEntity(db, single, lead.p.id);
    merged++;
  }
  return merged;
}

/**
 * Whether a full-named person may be who the surname stands for: the surname is the last word of a
 * name that a known given name opens ("Antony J. Blinken"; the KB knows the person, or a first name
 * in it). A namesake written surname first ("Kim Jong Un") only competes; a "name" with no given
 * name in it ("Capitol Hill", "Secretary-General Ban Ki-Moon") is no one's full name.
 */
const mayStandFor =
  (surname: string) =>
  (person: EntityRow): boolean => {
    const words = normaliseName(person.name).split(' ');
    if (words[words.length - 1] !== surname) return false;
    return person.kb !== null || words.slice(0, -1).some((w) => w.length > 1 && isKnownFirstName(w));
  };

/** Full-named people (two words or more) by the last word of their name, and by the first. */
function fullNamesBySurname(db: Database.Database): Map<string, EntityRow[]> {
  const rows = db
    .prepare(
      `SELECT id, key, name, kb FROM entity
       WHERE type = 'PERSON' AND instr(trim(name), ' ') > 0 AND instr(key, '@') = 0`,
    )
    .all() as EntityRow[];
  const by = new Map<string, EntityRow[]>();
  const add = (word: string, row: EntityRow) => {
    const list = by.get(word);
    if (!list) by.set(word, [row]);
    else if (!list.includes(row)) list.push(row);
  };
  for (const row of rows) {
    const words = normaliseName(row.name).split(' ');
    if (words.length < 2) continue;
    add(words[words.length - 1], row);
    add(words[0], row);
  }
  return by;
}

/** Moves everything that points at `alias` to `into`, keeps the alias's key, and drops the alias. */
function mergeEntity(db: Database.Database, alias: EntityRow, into: number): void {
  for (const [table, column] of REFERENCES)
    db.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${column} = ?`).run(into, alias.id);
  db.prepare(
    `INSERT INTO entity_alias (key, entity) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET entity = excluded.entity`,
  ).run(alias.key, into);
  db.prepare('DELETE FROM entity WHERE id = ?').run(alias.id);
}
