// The people an article credits outside its text: its byline's ("Jalina Porter, Principal Deputy
// Spokesperson"; "Acting Assistant Secretary … Joey Hood, Acting Director … Patrick Worman") and its
// headline's ("Press Gaggle by National Security Advisor General Jim Jones and …"). A briefing's
// transcript calls its briefers by surname or first name alone ("MS PORTER:", "GENERAL JONES:",
// "Thanks, Jalina"), and the byline or headline is the one place that gives the full name: names.ts
// joins such a mention to it when the text names no one else so.
import { withoutAccents } from '../nlp/accents.js';
import { actorCountry, lookupName, sectorOf, type KbHit } from './kb.js';
import { isGivenNameWord, shortFormsOfGiven } from './given-names.js';
import { lexiconSets } from './lexicon.js';
import { usuallyLowerCase } from './ner/recognizer.js';
import { isTitleBodyOrPlaceWord } from './titled-surnames.js';

/** A name word: a capital then letters, apostrophes or hyphens ("Jean-Yves", "O’Brien"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
/** A middle initial: "J." */
const INITIAL = /^\p{Lu}\.$/u;
/** Fewest and most words of a person's name. */
const MIN_WORDS = 2;
const MAX_WORDS = 5;

/** Whether the word belongs to a title, an office, a body or a place rather than to a name. */
function isOfficeWord(word: string): boolean {
  const w = word.toLowerCase();
  const lex = lexiconSets();
  return isTitleBodyOrPlaceWord(w) || lex.styleTitles.has(w) || lex.genericBodyWords.has(w);
}

/** Whether a byline word can stand in a name: capitals glued to a title ("SecretaryBureau") or an acronym (EU) cannot. */
function isNameWord(word: string): boolean {
  if (INITIAL.test(word)) return true;
  // (an acronym, "ISIS", "EU", names a body)
  if (!NAME_WORD.test(word) || /^\p{Lu}{2,}$/u.test(word) || isOfficeWord(word)) return false;
  // a title glued to the next word by a lost line break: "Assistant SecretaryBureau of …"
  const glued = /^(\p{Lu}\p{Ll}+)\p{Lu}/u.exec(word)?.[1];
  return !(glued && !/^(?:Mc|Mac|De|La|Le|Di|Du|Van|Von)$/.test(glued) && isOfficeWord(glued));
}

/**
 * Whether a run of name words is no place, body or people the KB knows ("Abu Dhabi", "European
 * Union", "East Asian"): a name ends in a surname, not in a demonym.
 */
function isPersonName(name: string, run: string[]): boolean {
  const hit = lookupName(name);
  if (hit && hit.kind !== 'person') return false;
  return lookupName(run[run.length - 1])?.kind !== 'demonym';
}

/** The runs of name words in one comma-separated piece of a byline that are a person's name. */
function namesInPiece(piece: string): string[] {
  const particles = lexiconSets().particles;
  const found: string[] = [];
  let run: string[] = [];
  // a run after "of", "for", "the" is the office's object, not its holder ("Bureau of East Asian …")
  let afterFunctionWord = false;
  const close = () => {
    // (a particle never ends a name: "Mohammed bin" is cut before it)
    while (run.length && particles.has(run[run.length - 1].toLowerCase())) run.pop();
    const full = run.filter((w) => !INITIAL.test(w)).length;
    const name = run.join(' ');
    if (
      full >= MIN_WORDS &&
      run.length <= MAX_WORDS &&
      !INITIAL.test(run[0]) &&
      !afterFunctionWord &&
      isPersonName(name, run)
    )
      found.push(name);
    run = [];
  };
  for (const word of piece.split(/\s+/).filter(Boolean)) {
    if (isNameWord(word) || (run.length > 0 && particles.has(word.toLowerCase()))) run.push(word);
    else {
      close();
      // ("by", "with" introduce people: "Briefing by Gary Samore")
      afterFunctionWord = /^\p{Ll}/u.test(word) && !/^(?:by|with)$/.test(word);
    }
  }
  close();
  return found;
}

/** The people a byline names, in its order (none for "Office of the Spokesperson"). */
export function bylinePeople(byline: string | null): string[] {
  if (!byline) return [];
  const pieces = byline
    .replace(/^\s*by\s+/i, '')
    .split(/,|;|\/|\s+and\s+|\s+&\s+/i)
    .map((p) => p.trim())
    .filter(Boolean);
  return [...new Set(pieces.flatMap(namesInPiece))];
}

/** The office a byline gives after the person's name ("Antony J. Blinken, Secretary of State"), or null. */
export function bylineOffice(byline: string | null, name: string): string | null {
  const at = byline?.indexOf(name) ?? -1;
  if (!byline || at < 0) return null;
  const office = byline
    .slice(at + name.length)
    .split(/;|\s+and\s+/)[0]
    .replace(/^[\s,]+/, '')
    .trim();
  return office || null;
}

/**
 * The people the article credits outside its text: its byline's. (Asked by the entity layer and
 * once per transcript label: the last byline's answer is kept.)
 */
function creditedByline(byline: string | null): readonly string[] {
  if (byline !== lastByline) {
    lastByline = byline;
    lastPeople = bylinePeople(byline);
  }
  return lastPeople;
}
let lastByline: string | null = null;
let lastPeople: readonly string[] = [];

/**
 * A headline's words, without the possessive and the punctuation glued to them ("Sherman’s" →
 * Sherman; "P." stays), each marked where a name must end: at a possessive ("Austin’s Travel").
 */
function headlineWords(title: string): Array<{ text: string; ends: boolean }> {
  return title
    .split(/\s+/)
    .map((w) => {
      if (INITIAL.test(w)) return { text: w, ends: false };
      const bare = w.replace(/[’']s$/u, '');
      return { text: bare.replace(/^[("“‘]+|[),;:.!?"”’]+$/gu, ''), ends: bare !== w || /[,;:]$/.test(bare) };
    })
    .filter((w) => w.text);
}

/** A word that may be a surname: capitalised, and no title, body or place word. */
const isSurname = (word: string) => NAME_WORD.test(word) && !isOfficeWord(word);

/** The last headline read, and its words (a transcript asks about one headline label after label). */
let lastTitle: string | null = null;
let lastTitleWords: Array<{ text: string; ends: boolean }> = [];

/**
 * The full name a headline gives the one-word mention ("Press Gaggle by National Security Advisor
 * General Jim Jones …" for "JONES" or "Jim"): a known given name, initials, and the surname. A
 * headline's other capitalised words ("Visits Tunisia", "Opening Remarks") are never taken into the
 * name, as it is read around the mention's word only; a surname reading wins over a given name's
 * ("Wendy Sherman’s Visit": Sherman is her surname, not the given name of "Sherman Visit").
 */
export function headlinePersonNamed(title: string | null, mention: string): string | undefined {
  if (!title || /\s/.test(mention)) return undefined;
  if (title !== lastTitle) {
    lastTitle = title;
    lastTitleWords = headlineWords(title);
  }
  const hw = lastTitleWords;
  const w = hw.map((x) => x.text);
  const word = mention.toLowerCase();
  const asSurname = new Set<string>();
  const asGiven = new Set<string>();
  for (let i = 0; i < w.length; i++) {
    if (w[i].toLowerCase() !== word) continue;
    let g = i - 1;
    while (g > 0 && INITIAL.test(w[g])) g--;
    if (g >= 0 && !hw[g].ends && isGivenNameWord(w[g]) && isSurname(w[i])) asSurname.add(w.slice(g, i + 1).join(' '));
    let f = i + 1;
    while (f < w.length && INITIAL.test(w[f])) f++;
    if (
      !hw[i].ends &&
      isGivenNameWord(w[i]) &&
      f < w.length &&
      isSurname(w[f]) &&
      !isGivenNameWord(w[f]) &&
      !usuallyLowerCase(w[f])
    )
      asGiven.add(w.slice(i, f + 1).join(' '));
  }
  const found = [...(asSurname.size ? asSurname : asGiven)].filter((name) => isPersonName(name, name.split(' ')));
  return found.length === 1 ? found[0] : undefined;
}

const nameWords = (name: string) => withoutAccents(name).split(/\s+/).filter(Boolean);

/**
 * The one byline person a mention in the text names: by surname ("PORTER", "Porter"), by first name
 * or a short form of it ("Jalina", "Tony"), or by their full name without the byline's middle
 * initial ("Antony Blinken" for "Antony J. Blinken"); undefined when none or several do.
 */
export function bylinePersonNamed(people: readonly string[], mention: string): string | undefined {
  const said = nameWords(mention);
  if (!said.length) return undefined;
  const matches = people.filter((full) => {
    const w = nameWords(full).filter((x) => !INITIAL.test(x));
    const first = w[0];
    const last = w[w.length - 1];
    if (said.length === 1) {
      // (a transcript label writes it in capitals: "MS PORTER:")
      const word = said[0].toLowerCase();
      return (
        word === last.toLowerCase() ||
        word === first.toLowerCase() ||
        shortFormsOfGiven(first.toLowerCase()).includes(word)
      );
    }
    // ("Tony Blinken" for "Antony J. Blinken": the given name may be a short form of the byline's)
    const plain = said.filter((x) => !INITIAL.test(x));
    return (
      plain.length === w.length &&
      plain.every((x, i) => x === w[i] || (i === 0 && shortFormsOfGiven(first.toLowerCase()).includes(x.toLowerCase())))
    );
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The country and actor a headline's title before a credited name gives ("… With Mexican Foreign
 * Secretary Marcelo Ebrard and Canadian Foreign Minister Mélanie Joly": MEX and MEXGOV, CAN and
 * CANGOV): a demonym or a country opening title words right before the name, else null.
 */
export function headlineOffice(title: string | null, name: string): { country: string; actor: string } | null {
  const at = title?.indexOf(name) ?? -1;
  if (!title || at < 0) return null;
  const words = title.slice(0, at).trim().split(/\s+/).filter(Boolean);
  const lex = lexiconSets();
  const isTitleWord = (w: string) => lex.titleHeads.has(w.toLowerCase()) || lex.titleModifiers.has(w.toLowerCase());
  let k = words.length;
  while (k > 0 && isTitleWord(words[k - 1])) k--;
  if (k === words.length || k === 0) return null;
  const office = words.slice(k).join(' ').toLowerCase();
  // (a people's or country's name of one or two words: "Mexican", "South Korean")
  for (const n of [2, 1]) {
    if (k - n < 0) continue;
    const hit = lookupName(words.slice(k - n, k).join(' '));
    if (!hit || (hit.kind !== 'demonym' && hit.kind !== 'country') || !hit.country) continue;
    const sector = sectorOf(office) ?? sectorOf(office.split(' ').pop() ?? '');
    return { country: hit.country, actor: actorCountry(hit.country) + (sector ?? '') };
  }
  return null;
}

/** The credited person a mention names, the byline's before the headline's, and the KB's entry for them if it has one. */
export function creditedIdentity(
  article: { byline: string | null; title: string | null },
  mention: string,
): { name: string; person: KbHit | undefined } | undefined {
  const people = creditedByline(article.byline);
  const name =
    (people.length ? bylinePersonNamed(people, mention) : undefined) ?? headlinePersonNamed(article.title, mention);
  if (!name) return undefined;
  const hit = lookupName(name);
  return { name, person: hit?.kind === 'person' ? hit : undefined };
}
