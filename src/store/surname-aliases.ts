// One identity across articles for people an article names by surname alone. A briefing that only
// ever says "SECRETARY BLINKEN:" cannot know the first name, so its analysis has a person "Blinken";
// the store can know better: when the people it holds with that surname are, by far, one person
// ("Antony J. Blinken"), the surname-only entity is merged into that person, and its key is kept as
// an alias, so that later articles' "Blinken" are stored under that person straight away.
import type Database from 'better-sqlite3';
import { isKnownFirstName } from '../analyze/entities/kb.js';
import { isShortGivenName } from '../analyze/entities/given-names.js';
import { normaliseName } from './keys.js';
import { EntityMerger, IdsByWord, TouchedKeys, describedOnly, idsByNameWord, leadingEntity } from './merge-entity.js';

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
 * as in a small one. A merge follows the evidence as it grows: when a later batch brings a namesake
 * who now leads ("Gordon Brown" after "Stan Brown" took "Brown"), the alias and the mentions that came
 * through it go to the namesake; when no one leads any more, the surname-only person comes back.
 */
export class SurnameAliases {
  /** Full-named people by the last and by the first word of their name. */
  private readonly byWord: IdsByWord;
  /** Surnames (normalised) the batch touched. */
  private readonly touched = new TouchedKeys();
  /** The people the batch stored, by the surnames they touched (an alias's own target cannot unseat it). */
  private readonly touchedBy = new Map<string, Set<number>>();
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
      titled: p('SELECT 1 FROM role WHERE entity = ? LIMIT 1').pluck(),
    };
    this.byWord = idsByNameWord(() => this.s.fullNames.all() as EntityRow[], namedWords);
  }

  /** Notes a person the writer stored (a name of one word, or a full name). */
  note(id: number, type: string, name: string, key: string): void {
    if (type !== 'PERSON' || describedOnly(key)) return;
    const words = normaliseName(name).split(' ');
    this.touch(words[words.length - 1], id);
    for (const w of namedWords(name)) {
      this.touch(w, id);
      this.byWord.add(w, id);
    }
  }

  /** Looks again at the surnames the last batch touched; returns the aliases made, moved or undone. */
  mergeTouched(): number {
    let changed = 0;
    const touchedBy = new Map(this.touchedBy);
    this.touchedBy.clear();
    for (const surname of this.touched.take()) {
      if (surname.length < MIN_SURNAME_LENGTH) continue;
      const key = `PERSON:${surname}`;
      const single = this.s.single.get(key) as EntityRow | undefined;
      if (single) {
        const into = this.fullNamedPerson(surname);
        if (into === null) continue;
        this.merger.merge(single, into);
        changed++;
        continue;
      }
      const alias = this.merger.alias(key);
      // only another person's articles can unseat the alias's target
      if (!alias || [...(touchedBy.get(surname) ?? [])].every((id) => id === alias.entity)) continue;
      const into = this.fullNamedPerson(surname, key);
      if (into === alias.entity) continue;
      if (into === null) this.merger.restore(alias, 'PERSON');
      else this.merger.repoint(alias, into);
      changed++;
    }
    return changed;
  }

  private touch(surname: string, id: number): void {
    this.touched.add(surname);
    const ids = this.touchedBy.get(surname);
    if (ids) ids.add(id);
    else this.touchedBy.set(surname, new Set([id]));
  }

  /**
   * The person the surname stands for, or null when none leads their namesakes by DOMINANCE. For an
   * alias made already (`aliasKey`), the articles that came through it count for no one.
   */
  private fullNamedPerson(surname: string, aliasKey?: string): number | null {
    const people: EntityRow[] = [];
    for (const id of this.byWord.get(surname)) {
      const row = this.s.byId.get(id) as EntityRow | undefined;
      // (an id may have gone since it was indexed: a person's last article replaced)
      if (row && !describedOnly(row.key) && normaliseName(row.name).split(' ').length >= 2) people.push(row);
    }
    const titled = (id: number) => this.s.titled.get(id) !== undefined;
    if (!people.some(mayStandFor(surname, titled))) return null;
    const lead = leadingEntity(this.merger, people, undefined, aliasKey);
    return lead && mayStandFor(surname, titled)(lead) ? lead.id : null;
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
 * in it, or an article gave the person a title), as a word of its own. A namesake written surname first ("Kim Jong Un") only competes; a "name" with no given
 * name in it ("Capitol Hill", "Secretary-General Ban Ki-Moon") is no one's full name.
 */
const mayStandFor =
  (surname: string, titled: (id: number) => boolean) =>
  (person: EntityRow): boolean => {
    const words = normaliseName(person.name).split(' ');
    const written = person.name.trim().split(/\s+/);
    // the surname is a word of its own: "Moon" is not the surname of "Ban Ki-Moon"
    if (words[words.length - 1] !== surname || !ownWord(written[written.length - 1], surname)) return false;
    // a known given name before it ("Al Gore", "Jean-Bertrand Aristide"; not the article of "Bab al-Hawa")
    const given = written
      .slice(0, -1)
      .map((w) => normaliseName(w).split(' '))
      .flatMap((parts) => (parts.length > 1 && ARABIC_ARTICLES.has(parts[0]) ? [] : parts));
    // (or a listed short form of one: "Ned Price", "Tony Blinken"; or any first word of a person an
    // article gave a title: "Deputy Spokesperson Jalina Porter", "Foreign Minister Heiko Maas")
    return (
      person.kb !== null ||
      given.some((w) => w.length > 1 && (isKnownFirstName(w) || isShortGivenName(w))) ||
      (given.length > 0 && titled(person.id))
    );
  };

/** Arabic names' article, written joined to the surname: "al-Zawahiri" is Zawahiri, "el-Sisi" Sisi. */
const ARABIC_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an']);

/** Whether the last written word of a name is the surname, whole or after an Arabic article. */
function ownWord(lastWord: string, surname: string): boolean {
  const parts = normaliseName(lastWord).split(' ');
  if (parts.length === 1) return parts[0] === surname;
  return parts.length === 2 && ARABIC_ARTICLES.has(parts[0]) && parts[1] === surname;
}
