// What a KB person's canonical name says once read: the Phoenix people's dictionary files some
// bodies as people (its "Islamic State Of Iraq And The Levant" entry lists ISIS's names and its
// leaders' names as aliases of one "person"), and writes some names with the office before them
// ("Secretary-General Ban Ki-Moon"). The look-ups read such entries as the body or as the one
// person an alias names, and give a person's name without the office (the office is a role).
import { lexiconSets } from './lexicon.js';

/** Words that name a kind of body (beyond the lexicon's organisation heads) in a KB person's name. */
const BODY_WORDS = new Set(['army', 'front', 'brigade', 'movement', 'organization', 'state', 'council', 'coalition']);

/** Words that join the words of a body's name, in English and transliterated Arabic (wal-Jihad). */
const GLUE = new Set(['and', 'of', 'in', 'the', 'fi', 'wa', 'wal']);

/**
 * Whether a KB person's name (or a key of it) names a body: "The Islamic Front", "Sudan People's
 * Liberation Army", "Tawhid wal-Jihad", "Palestinian Authority" (`isPlace` says whether a word is a
 * KB place or demonym). Two words of a given name and a body's word are a person's (Michael Church).
 */
export function namesBody(name: string, isPlace: (word: string) => boolean): boolean {
  const words = name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  if (words.length < 2) return false;
  if (words[0] === 'the' || words.slice(1).some((w) => GLUE.has(w))) return true;
  if (!holdsBodyWord(words)) return false;
  return words.length >= 3 || isPlace(words[0]);
}

/** Whether a name's words (lower case) hold a word naming a kind of body ("party", "council", "front"). */
export function holdsBodyWord(words: readonly string[]): boolean {
  const heads = lexiconSets().orgHeads;
  return words.some((w) => BODY_WORDS.has(w) || heads.has(w));
}

/** A KB key written as a name: each word capitalised ("abu bakr al-baghdadi" → "Abu Bakr Al-Baghdadi"). */
export function keyAsName(key: string): string {
  return key.replace(/(^|[\s\-'])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}
