// A person's name read as a body or a thing: "Cathy Feingold is a leading advocate …", "(PRM) Julieta
// Valls Noyes will travel …", "Phyllis Schlafly's Eagle Forum". The recogniser knows the given names
// of the people in the KB and the training data, not "Cathy" or "Phyllis"; an English given name
// (data/lexicons/given-names.txt, no common word) before a capitalised surname is the person's. A
// surname news mostly writes in lower case is left alone ("Bridget Brink" stays as read).
import type { Token } from '../document.js';
import { englishGivenNames } from './data.js';
import { lookupGroup } from './groups.js';
import { lookupName } from './kb.js';
import { lexiconSets } from './lexicon.js';
import { usuallyLowerCase } from './ner/recognizer.js';

/** A capitalised word of a name: "Brink", "O’Connor", "Yo-jong", or a middle initial "J.". */
const NAME_WORD = /^\p{Lu}(?:\p{Ll}+(?:['’-]\p{L}+)?|\.)$/u;
/**
 * Last words of places, companies and clubs the lexicon's heads leave out ("Alice Springs", "Warner
 * Bros", "Ross County", "Sheffield United").
 */
const OTHER_ENDS = new Set([
  'heights',
  'springs',
  'falls',
  'beach',
  'creek',
  'harbor',
  'harbour',
  'county',
  'city',
  'bros',
  'brothers',
  'pagoda',
  'united',
  'rovers',
  'athletic',
  'wanderers',
  'albion',
  'rangers',
]);
const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * Whether the tokens, not after "the", are a given name and a surname, with at most one word between:
 * the given name listed and no place, body, faith or month the KB or the calendar knows by that word
 * ("Georgia", "Jordan", "Christian", "June"); the surname no place either, nor a word news mostly
 * writes in lower case ("Room", "Review", "Prize"); no word after the first a head of a body's, a
 * place's, a building's or a title's name ("Heights", "University", "Hospital").
 */
export function namedByGivenName(toks: Token[], before: Token | undefined): boolean {
  // "the Kitty Hawk strike group", "the Si Lom district": a name after "the" is no person's
  if (before?.lower === 'the' || toks.length < 2 || toks.length > 3 || !toks.every((t) => NAME_WORD.test(t.text)))
    return false;
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (!englishGivenNames().has(first.text) || last.text.endsWith('.')) return false;
  if (CALENDAR.test(first.text) || CALENDAR.test(last.text)) return false;
  const notPerson = (text: string) => {
    const hit = lookupName(text);
    return !!hit && hit.kind !== 'person';
  };
  if (notPerson(first.text) || notPerson(last.text) || usuallyLowerCase(last.text) || lookupGroup(first.text))
    return false;
  const lex = lexiconSets();
  const heads = [
    lex.orgHeads,
    lex.placeHeads,
    lex.facilityHeads,
    lex.genericBodyWords,
    lex.productNouns,
    lex.companyNameWords,
    lex.bodyEndWords,
    lex.titleHeads,
    lex.memberNouns,
    lex.styleTitles,
    OTHER_ENDS,
  ];
  return !toks.slice(1).some((t) => heads.some((h) => h.has(t.lower)));
}
