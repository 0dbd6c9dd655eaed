// The grammatical gender a person's mentions show, so that "she" is not resolved to a man: an
// honorific before a mention (Mr., Mrs., Ms.), a gendered pronoun already resolved to the person,
// else the first name (entities/name-gender.ts).
import type { ArticleDocument, EntityRecord } from '../document.js';
import type { Mention } from '../types.js';
import { nameForms } from './name-forms.js';
import { givenNameGender, honorificGender, type Gender } from '../entities/name-gender.js';

/** A person's gender as last worked out, with what it was worked out from. */
interface KnownGender {
  mentions: Mention[];
  count: number;
  last: Mention | undefined;
  name: string;
  /** The mentions read so far that show a man, and a woman (honorifics, resolved pronouns). */
  male: number;
  female: number;
  gender: Gender | null;
}

// keyed by the entity object (an entry goes when its document's entities do): each pronoun asks about
// every person before it, and reading all of a person's mentions each time grew with pronouns ×
// mentions. Within the quote pass mentions are only appended (a pronoun resolved to the person),
// so an answer holds while the mention list is the same array with the same length and last mention;
// when mentions were only appended, only those are read and added to the counts kept.
const known = new WeakMap<EntityRecord, KnownGender>();

/** The gender of a person entity from the article's own evidence, or null when it says nothing. */
export function genderOf(doc: ArticleDocument, e: EntityRecord): Gender | null {
  if (e.type !== 'PERSON') return null;
  let k = known.get(e);
  const mentions = e.mentions;
  const last = mentions.at(-1);
  if (k && k.mentions === mentions && k.count === mentions.length && k.last === last && k.name === e.name)
    return k.gender;
  const appended =
    k !== undefined &&
    k.mentions === mentions &&
    k.name === e.name &&
    k.count < mentions.length &&
    (k.count === 0 || mentions[k.count - 1] === k.last);
  if (!k || !appended) {
    k = { mentions, count: 0, last: undefined, name: e.name, male: 0, female: 0, gender: null };
    known.set(e, k);
  }
  for (; k.count < mentions.length; k.count++) countGender(doc, mentions[k.count], k);
  k.last = last;
  k.gender = k.male !== k.female ? (k.male > k.female ? 'm' : 'f') : nameGender(e);
  return k.gender;
}

/** Adds what one mention shows to the counts: an honorific before it, and a resolved pronoun (he, her). */
function countGender(doc: ArticleDocument, mention: Mention, k: KnownGender): void {
  const honorific = honorificGender(doc.text.slice(Math.max(0, mention.start - 10), mention.start));
  if (honorific === 'm') k.male++;
  else if (honorific === 'f') k.female++;
  if (mention.kind === 'pronoun') {
    const w = mention.text.toLowerCase();
    if (w === 'he' || w === 'him') k.male++;
    else if (w === 'she' || w === 'her') k.female++;
  }
}

/** The gender the first name shows, where it is a given name of one sex only. */
function nameGender(e: EntityRecord): Gender | null {
  return givenNameGender(nameForms(e).split[0] ?? '');
}

/** The gender a pronoun asks for, or null (they, I, we, who). */
export function pronounGender(word: string): Gender | null {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'him' || w === 'his') return 'm';
  if (w === 'she' || w === 'her' || w === 'hers') return 'f';
  return null;
}
