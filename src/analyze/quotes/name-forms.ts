// An entity's name in the forms speaker resolution compares mentions with: lower case, and split
// into words. Each quote's speaker is checked against every entity of the article (a surname, the
// whole name, a transcript label), so splitting every name again for each quote grew with
// quotes × entities; the forms are kept per entity object instead, and made again if its name changes.
import type { ArticleDocument, EntityRecord } from '../document.js';
import { withoutAccents } from '../nlp/accents.js';

export interface NameForms {
  /** The name these forms were made from. */
  name: string;
  /** The name in lower case. */
  lower: string;
  /** `lower` split at white space, as String.split gives it (empty ends kept). */
  split: string[];
  /** The same without empty strings: the name's words, in lower case. */
  words: string[];
}

// keyed by the entity object: an entry goes when its document's entities do
const cache = new WeakMap<EntityRecord, NameForms>();

export function nameForms(e: EntityRecord): NameForms {
  let forms = cache.get(e);
  if (forms === undefined || forms.name !== e.name) {
    const lower = e.name.toLowerCase();
    const split = lower.split(/\s+/);
    forms = { name: e.name, lower, split, words: split.filter(Boolean) };
    cache.set(e, forms);
  }
  return forms;
}

/**
 * The article's entities by lower-case name and by surname, for one pass of speaker resolution
 * (toQuotes), during which entities are only appended, never renamed or dropped. Entities are read
 * in layer order as they are added, so a lookup answers as a scan over the layer would (the first
 * entity of a name, the last person of a surname) without a scan per quote.
 */
export class EntityNames {
  private readonly firstByName = new Map<string, EntityRecord>();
  private readonly lastPersonBySurname = new Map<string, EntityRecord>();
  /** Transcript labels: the first person of a name, and of a last word (of a name of more than one). */
  private readonly firstPersonByName = new Map<string, EntityRecord>();
  private readonly firstPersonByLastWord = new Map<string, EntityRecord>();
  private read = 0;

  constructor(private readonly doc: ArticleDocument) {}

  /** The first entity whose name in lower case is `lower`. */
  named(lower: string): EntityRecord | undefined {
    this.catchUp();
    return this.firstByName.get(lower);
  }

  /** The last person whose name has more than one word and ends with `surname` (lower case). */
  personWithSurname(surname: string): EntityRecord | undefined {
    this.catchUp();
    return this.lastPersonBySurname.get(surname);
  }

  /** The first person whose name, split at white space, has more than one part and ends with `last`. */
  firstPersonEndingWith(last: string): EntityRecord | undefined {
    this.catchUp();
    return this.firstPersonByLastWord.get(withoutAccents(last));
  }

  /** The first person whose name in lower case is `lower`. */
  firstPersonNamed(lower: string): EntityRecord | undefined {
    this.catchUp();
    return this.firstPersonByName.get(withoutAccents(lower));
  }

  private catchUp(): void {
    const entities = this.doc.entities;
    for (; this.read < entities.length; this.read++) {
      // read once per entity and pass: lower-cased directly, split only for persons
      const e = entities[this.read];
      const lower = e.name.toLowerCase();
      if (!this.firstByName.has(lower)) this.firstByName.set(lower, e);
      if (e.type !== 'PERSON') continue;
      const { split, words } = nameForms(e);
      // (labels are matched accents aside: a transcript's "FOREIGN MINISTER LIPAVSKY:" is Jan Lipavský)
      const plain = withoutAccents(lower);
      if (!this.firstPersonByName.has(plain)) this.firstPersonByName.set(plain, e);
      const lastWord = split.length > 1 ? withoutAccents(split[split.length - 1]) : undefined;
      if (lastWord !== undefined && !this.firstPersonByLastWord.has(lastWord))
        this.firstPersonByLastWord.set(lastWord, e);
      if (words.length > 1) this.lastPersonBySurname.set(words[words.length - 1], e);
    }
  }
}
