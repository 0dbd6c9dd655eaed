// One identity across articles for people an article names by surname alone. A briefing that only
// ever says "SECRETARY BLINKEN:" cannot know the first name, so its analysis has a person "Blinken";
// the store can know better: when the people it holds with that surname are, by far, one person
// ("Antony J. Blinken"), the surname-only entity is merged into that person, and its key is kept as
// an alias, so that later articles' "Blinken" are stored under that person straight away.
import type Database from 'better-sqlite3';
import { isKnownFirstName } from '../analyze/entities/kb.js';
import { normaliseName } from './keys.js';
import { EntityMerger, IdsByWord, TouchedKeys, describedOnly, leadingEntity } from './merge-entity.js';

/** Shorter surnames ("Li", "Ng") are too often someone else's. */
const MIN_SURNAME_LENGTH = 3;

interface EntityRow {
  id: number;
  key: string;
  name: string;
  kb: string | null;
}

/**
 * Merges each surname-only person into the one full-named person with that surname (last word, or
 * first word for names written surname first: "Kim" competes with "Kim Jong Un" as with "Sung Kim")
 * that holds at least DOMINANCE of their articles. The writer notes each person it stores; after a
 * batch only the surnames it touched are looked at again, so a batch costs the same in a large store
 * as in a small one. A merge is not undone when a later batch brings a namesake.
 */
export class SurnameAliases {
  /** Full-named people by the last and by the first word of their name. */
  private readonly byWord: IdsByWord;
  /** Surnames (normalised) the batch touched. */
  private readonly touched = new TouchedKeys();
  private readonly merger: EntityMerger;
  private readonly s;

  constructor(db: Database.Database) {
    this.merger = new EntityMerger(db);
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      // a one-word person's key is its type and normalised name (keys.ts)
      single: p(`SELECT id, key, name, kb FROM entity WHERE key = ? AND kb IS NULL`),
      byId: p('SELECT id, key, name, kb FROM entity WHERE id = ?'),
      fullNames: p(`SELECT id, name, key FROM entity WHERE type = 'PERSON' AND instr(trim(name), ' ') > 0`),
    };
    this.byWord = new IdsByWord(() =>
      (this.s.fullNames.all() as EntityRow[])
        .filter((row) => !describedOnly(row.key))
        .flatMap((row) => namedWords(row.name).map((w): [string, number] => [w, row.id])),
    );
  }

  /** Notes a person the writer stored (a name of one word, or a full name). */
  note(id: number, type: string, name: string, key: string): void {
    if (type !== 'PERSON' || describedOnly(key)) return;
    const words = normaliseName(name).split(' ');
    this.touched.add(words[words.length - 1]);
    for (const w of namedWords(name)) {
      this.touched.add(w);
      this.byWord.add(w, id);
    }
  }

  /** Looks again at the surnames the last batch touched; returns the number of entities merged. */
  mergeTouched(): number {
    let merged = 0;
    for (const surname of this.touched.take()) {
      if (surname.length < MIN_SURNAME_LENGTH) continue;
      const single = this.s.single.get(`PERSON:${surname}`) as EntityRow | undefined;
      if (!single) continue;
      const into = this.fullNamedPerson(surname);
      if (into === null) continue;
      this.merger.merge(single, into);
      merged++;
    }
    return merged;
  }

  /** The person the surname stands for, or null when none leads their namesakes by DOMINANCE. */
  private fullNamedPerson(surname: string): number | null {
    const people: EntityRow[] = [];
    for (const id of this.byWord.get(surname)) {
      const row = this.s.byId.get(id) as EntityRow | undefined;
      // (an id may have gone since it was indexed: a person's last article replaced)
      if (row && !describedOnly(row.key) && normaliseName(row.name).split(' ').length >= 2) people.push(row);
    }
    if (!people.some(mayStandFor(surname))) return null;
    const lead = leadingEntity(this.merger, people);
    return lead && mayStandFor(surname)(lead) ? lead.id : null;
  }
}

/** The first and last words of a name of two words or more (normalised), none for one word. */
function namedWords(name: string): string[] {
  const words = normaliseName(name).split(' ');
  return words.length < 2 ? [] : [words[0], words[words.length - 1]];
}

/**
 * Whether a full-named person may be who the surname stands for: the surname is the last word of a
 * name that a known given name opens ("Antony J. Blinken"; the KB knows the person, or a first name
 * in it), as a word of its own. A namesake written surname first ("Kim Jong Un") only competes; a "name" with no given
 * name in it ("Capitol Hill", "Secretary-General Ban Ki-Moon") is no one's full name.
 */
const mayStandFor =
  (surname: string) =>
  (person: EntityRow): boolean => {
    const words = normaliseName(person.name).split(' ');
    // the surname is a word of its own: "Moon" is not the surname of "Ban Ki-Moon"
    if (words[words.length - 1] !== surname || normaliseName(person.name.trim().split(/\s+/).pop()!) !== surname)
      return false;
    return person.kb !== null || words.slice(0, -1).some((w) => w.length > 1 && isKnownFirstName(w));
  };
