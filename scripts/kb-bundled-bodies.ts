// Which of a KB entry's aliases are bodies of their own. The Phoenix national-actors file
// (Phoenix.Countries.actors.txt) files a country's institutions by sector, and some of its entries
// bundle several agencies under one coding line: "Washington-Based Think Tank" (USAELI) lists the
// Brookings Institute and the Center for Strategic and International Studies, "US Intelligence
// Community" the CIA and the NSA, the FBI's entry the Drug Enforcement Agency. They share the entry's
// actor code, but each is a body with its own name. The other files (armed groups, IGOs, companies)
// list one body's names: translations, former and front names (Hamas = Islamic Resistance
// Movement), which stay one identity.
//
// Within a national-actors entry whose own name holds two name words or more, places and body words
// aside (one such word, "Mossad", "Scotland Yard", is a proper name whose aliases spell it out), an alias of two words or more whose head
// (its last word before "of"/"for") is a body's word (agency, bureau, council, institute, …) is a
// body of its own when
//   (a) it shares no word with the entry's name, body words, places and glue aside ("Council of
//       Guardians" under "Islamic Consultative Assembly"; "Assembly of Experts" too: a shared
//       "assembly" is a kind of body, not a name), or
//   (b) the entry's name is a collective whose head is no body's word ("Intelligence Community",
//       "Think Tank") and the alias, an agency of that collective, holds some of its words but not
//       all, nor its head ("Central Intelligence Agency"; "Nusra Front" holds Jabhat al-Nusra's head);
// unless its words all stand in another alias that keeps the entry's name ("Israel Security Agency"
// beside "Shin Bet Security Agency" is Shin Bet spelt out). Aliases of one bundled body join:
// the same words, country words aside ("US Senate", "Senate"), or one's words within the other's
// with the same head ("Assembly of Experts of the Leadership"), or an acronym of its initials
// ("NSA", "DEA").

/** One entry: its own name and aliases as keys (lower case, single spaces), null where unreadable. */
export interface EntryNames {
  file: string;
  own: string | null;
  aliases: (string | null)[];
}

/** The source file whose entries may bundle bodies: each country's institutions, by sector. */
export const NATIONAL_FILE = 'Phoenix.Countries.actors.txt';

const GLUE = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'du', 'des', 'la', 'le', 'y', '&']);
/** Words that end a name's head: what follows them qualifies it ("Bureau of Land Management"). */
const HEAD_END = new Set(['of', 'for', 'on', 'to', 'in', 'at']);

/** A key's words, apostrophes dropped, hyphens splitting ("washington-based" → washington, based). */
const wordsOf = (key: string): string[] =>
  key
    .replace(/^the /, '')
    .replace(/['’]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean);

/** A word's stem for comparing names: its first five letters (guardian, guardians; federal, federation). */
const stem = (w: string) => w.slice(0, 5);

/** The head of a name: its last word before the first word that qualifies it ("council of experts" → council). */
function headOf(key: string): string {
  const words = key.replace(/^the /, '').split(' ');
  const end = words.findIndex((w, i) => i > 0 && HEAD_END.has(w));
  return words[(end < 0 ? words.length : end) - 1];
}

/** One bundled body: the aliases (keys) that name it, the first being its name. */
export type BundledBody = string[];

/**
 * For each entry (by index), the bodies its aliases bundle. `isPlace` says whether a word is a
 * place's or a people's (country words: "us", "israel", "chinese"); `isBodyWord` whether it names a
 * kind of body ("agency", "council").
 */
export function bundledBodies(
  entries: readonly EntryNames[],
  isPlace: (word: string) => boolean,
  isBodyWord: (word: string) => boolean,
  /** drops a key's place names of several words ("united states") */
  dropPlaces: (key: string) => string = (k) => k,
): Map<number, BundledBody[]> {
  const out = new Map<number, BundledBody[]>();
  entries.forEach(({ file, own, aliases }, i) => {
    if (file !== NATIONAL_FILE || !own) return;
    const ownWords = wordsOf(own);
    // the words that make a name: no glue, no place, no kind of body
    const nameStems = (key: string) =>
      new Set(
        wordsOf(dropPlaces(key))
          .filter((w) => !GLUE.has(w) && !isPlace(w) && !isBodyWord(w))
          .map(stem),
      );
    // … and with the body words ("us senate" → senate)
    const allStems = (key: string) =>
      new Set(
        wordsOf(dropPlaces(key))
          .filter((w) => !GLUE.has(w) && !isPlace(w))
          .map(stem),
      );
    const ownStems = nameStems(own);
    const ownAll = allStems(own);
    // a name of one word that is no body's is a proper name or a metonym ("Mossad", "Scotland Yard"):
    // its aliases spell it out
    if (ownAll.size === 0 || (ownAll.size === 1 && ownStems.size === 1)) return;
    const initials = ownWords
      .filter((w) => !GLUE.has(w))
      .map((w) => w[0])
      .join('');
    const ownHead = headOf(own);
    const collective = !isBodyWord(ownHead);
    const keys = [...new Set(aliases.filter((a): a is string => !!a))];
    // an alias keeps the entry's name: a name word of it is one of the name's ("guardians" of the
    // Revolutionary Guard; a shared kind of body is no name), it holds all the name's words ("us congress"),
    // its initials ("pla navy"), or is it with one word that is no body's changed ("syrian rebel front")
    const shares = (key: string) =>
      [...nameStems(key)].some((s) => ownAll.has(s)) ||
      [...ownAll].every((s) => allStems(key).has(s)) ||
      wordsOf(key).includes(initials) ||
      oneWordSwapped(wordsOf(own), wordsOf(key), isBodyWord);
    // aliases that keep the entry's name, and the words they hold
    const keeping = keys.filter(shares);
    const keptStems = new Set(keeping.flatMap((k) => [...nameStems(k)]));
    const bodies: BundledBody[] = [];
    for (const k of keys) {
      const words = wordsOf(k);
      if (words.length < 2 || !isBodyWord(headOf(k))) continue;
      const stems = nameStems(k);
      const shared = [...stems].filter((s) => ownStems.has(s));
      const separate =
        !shares(k) ||
        (collective && !words.map(stem).includes(stem(ownHead)) && shared.length > 0 && shared.length < ownStems.size);
      if (!separate) continue;
      // (a) a name whose words all stand in an alias that keeps the entry's name spells that name out
      if (!shares(k) && stems.size > 0 && [...stems].every((s) => keptStems.has(s))) continue;
      const same = bodies.find((b) => sameBody(b[0], k, allStems));
      if (same) same.push(k);
      else bodies.push([k]);
    }
    if (!bodies.length) return;
    // a shorter alias of a bundled body joins it ("senate" beside "us senate")
    for (const k of keys) {
      if (shares(k) || bodies.some((b) => b.includes(k))) continue;
      const body = bodies.find((b) => sameBody(b[0], k, allStems));
      if (body) body.push(k);
    }
    // an acronym joins the body it abbreviates ("nsa", "dea"; "ofda": country words aside)
    for (const k of keys) {
      if (/\s/.test(k) || k.length < 2 || k.length > 6) continue;
      const body = bodies.find((b) => b.some((name) => acronyms(name, isPlace).includes(k)));
      if (body && !body.includes(k)) body.push(k);
    }
    out.set(i, bodies);
  });
  return out;
}

/** Whether two names differ in one word in place, neither a body's ("revolutionary" → "rebel"). */
function oneWordSwapped(a: string[], b: string[], isBodyWord: (w: string) => boolean): boolean {
  if (a.length !== b.length) return false;
  const diff = a.flatMap((w, i) => (w === b[i] ? [] : [i]));
  return diff.length === 1 && !isBodyWord(a[diff[0]]) && !isBodyWord(b[diff[0]]);
}

/** Whether two aliases name one body: the same words, or one's within the other's under one head. */
function sameBody(a: string, b: string, allStems: (k: string) => Set<string>): boolean {
  const sa = allStems(a);
  const sb = allStems(b);
  const within = (x: Set<string>, y: Set<string>) => [...x].every((s) => y.has(s));
  if (within(sa, sb) && within(sb, sa)) return true;
  return headOf(a) === headOf(b) && (within(sa, sb) || within(sb, sa));
}

/** A name's initials, with and without its country words ("office of us foreign disaster assistance" → oufda, ofda). */
function acronyms(key: string, isPlace: (w: string) => boolean): string[] {
  const words = wordsOf(key).filter((w) => !GLUE.has(w));
  return [words, words.filter((w) => !isPlace(w))].map((ws) => ws.map((w) => w[0]).join(''));
}
