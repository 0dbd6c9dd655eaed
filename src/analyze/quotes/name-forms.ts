// An entity's name in the forms speaker resolution compares mentions with: lower case, and split
// into words. Each quote's speaker is checked against every entity of the article (a surname, the
// whole name, a transcript label), so splitting every name again for each quote grew with
// quotes × entities; the forms are kept per entity object instead, and made again if its name changes.
import type { EntityRecord } from '../document.js';

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
