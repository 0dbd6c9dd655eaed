// A person's name without the office written before it: a transcript label ("FOREIGN MINISTER
// KAMILOV") and a KB entry ("Secretary-General Ban Ki-Moon") name the person; the office is a role.
import { lexiconSets } from './lexicon.js';

/**
 * A person's name without the office written before it ("Secretary-General Ban Ki-Moon" → "Ban
 * Ki-Moon", "Foreign Minister Kamilov" → "Kamilov"): the leading title words, one title head among
 * them ("Lord Adonis" keeps its Lord); a name that is all title words stays whole.
 */
export function withoutLeadingTitle(name: string): string {
  const lex = lexiconSets();
  const words = name.split(' ');
  let k = 0;
  let cut = 0;
  for (; k < words.length - 1; k++) {
    const parts = words[k].toLowerCase().split('-');
    if (parts.every((w) => lex.titleHeads.has(w))) cut = k + 1;
    else if (!parts.every((w) => lex.titleModifiers.has(w) || lex.titleHeads.has(w))) break;
  }
  return cut ? words.slice(cut).join(' ') : name;
}
