// Candidate name spans: from the trained recogniser when its model is present, else from runs of
// capitalised words (wink's proper nouns), with hyphenated names joined (Kim Jong-un) and a run
// split where a title or an organisation ends inside it ("National Security Council Coordinator").
import type { ArticleDocument, Token } from '../document.js';
import { isKnownFirstName, sectorOf, lookupName } from './kb.js';
import { isGivenNameWord } from './given-names.js';
import { usuallyLowerCase } from './ner/recognizer.js';
import { lookupGroup, mayBeginGroup } from './groups.js';
import { lexiconSets } from './lexicon.js';
import { isAlsoSurname, isPluralTitle } from './title-words.js';
import { afterSettlementNoun, isKbPlace, regionAfterComma } from './place-context.js';
import { holderAfterPortfolio, isNameWord } from './portfolio-holder.js';
import { withKnownNameSpans } from './known-name-spans.js';
import { withNamesAfterTitleWords } from './name-after-title-word.js';
import { withAcronymLongForms } from './acronym-long-form.js';
import { withBracketedAcronyms } from './bracketed-acronym.js';
import { isGenusOfBinomial } from './taxa.js';
import { withRegionalArms } from './regional-arms.js';
import { withHyphenedPartners } from './hyphened-partners.js';
import { withRepeatedNames } from './repeated-names.js';
import { withNumberedBodies, withNumberedBroadcasters } from './numbered-bodies.js';
import { withClassedNames } from './classed-names.js';
import { withVerbTaggedKnownNames } from './verb-tagged-names.js';
import { startsUpperCase } from '../nlp/letter-case.js';
import { withBodyComplements } from './body-complement.js';
import { ADDRESS_TITLES, COURTESY_TITLES, withMissedTitledNames, withSurnamesJoined } from './titled-names.js';
import { COMPANY_SUFFIXES } from './products.js';
import { DEICTIC_DAYS, WEEKDAYS } from '../nlp/closed-class.js';
import { headlineVerb, inTitleCaseLine } from '../nlp/headline-case.js';
import {
  COMPASS_WORDS,
  holderAfterLeadingTitle,
  isTranscriptLabel,
  orgLike,
  isCommonWordOfNames,
  isElidedParticleWord,
  nameAfterTitle,
  portfolioOfBody,
  repairSpan,
  titleInside,
  titleOfTheOffice,
  type TokenSpan,
} from './span-repair.js';
import { withWebsiteNames } from './website-names.js';
import { endsInAgreementHead } from './typing.js';

export type NameLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Candidate {
  start: number;
  end: number;
  /** Label from the recogniser, or a guess from the run's shape; null when nothing suggests one. */
  label: NameLabel | null;
  rule: string;
  /** Whether a title (President, leader…) stands right before it. */
  afterTitle: boolean;
}

/**
 * A candidate, its fields always written in one order. A copy made by spreading ({ ...c, rule })
 * gets another hidden class than the literals, and the code that reads candidates is deoptimised
 * and compiled again for each new one (which showed as CPU time on every article).
 */
function candidate(start: number, end: number, label: NameLabel | null, rule: string, afterTitle: boolean): Candidate {
  return { start, end, label, rule, afterTitle };
}

interface Recognizer {
  recognizeNames(
    doc: ArticleDocument,
    options?: { scores?: boolean },
  ): Array<{ start: number; end: number; label: NameLabel; rule: string }>;
  hasNerModel(): boolean;
  usuallyLowerCase(word: string): boolean;
  isKnownWord(word: string): boolean;
}

// The recogniser is another component's module and may not exist yet: load it if it is there.
const recognizerPath = '../entities/ner/recognizer.js';
let recognizer: Recognizer | null = null;
try {
  const mod = (await import(recognizerPath)) as Partial<Recognizer>;
  if (
    typeof mod.recognizeNames === 'function' &&
    typeof mod.hasNerModel === 'function' &&
    typeof mod.usuallyLowerCase === 'function' &&
    typeof mod.isKnownWord === 'function'
  ) {
    recognizer = mod as Recognizer;
  }
} catch {
  recognizer = null;
}

export function recognizerAvailable(): boolean {
  try {
    return recognizer !== null && recognizer.hasNerModel();
  } catch {
    return false;
  }
}

const ABBREV = /^(\p{Lu}\.){2,}$/u;

/** Whether the token can be part of a name run. */
function isNameToken(doc: ArticleDocument, t: Token): boolean {
  if (!startsUpperCase(t.text) && !/^\d/.test(t.text)) return false;
  if (/^\d/.test(t.text)) return false;
  if (t.pos === 'PROPN' || ABBREV.test(t.text)) return true;
  // a capitalised common word inside a sentence is part of a name or a title (President, Council)
  const s = doc.sentences[t.sentence];
  return !!s && t.i > s.firstToken && !/^[“"‘'(]$/.test(doc.tokens[t.i - 1]?.text ?? '');
}

const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

const adjacent = (a: Token, b: Token) => a.end === b.start;

/** Token index ranges [from, to) of capitalised runs, hyphen-joined, particles allowed inside. */
function runs(doc: ArticleDocument): Array<[number, number]> {
  const lex = lexiconSets();
  const toks = doc.tokens;
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < toks.length) {
    if (!isNameToken(doc, toks[i]) || lex.notNames.has(toks[i].lower)) {
      i++;
      continue;
    }
    const from = i;
    let j = i + 1;
    for (;;) {
      const t = toks[j];
      if (!t || t.sentence !== toks[from].sentence) break;
      if (isNameToken(doc, t) && !lex.notNames.has(t.lower)) {
        j++;
        continue;
      }
      // Jong-un, Russo-Ukraine: a hyphen with no spaces joins the next word whatever its case
      if (
        t.text === '-' &&
        adjacent(toks[j - 1], t) &&
        toks[j + 1] &&
        adjacent(t, toks[j + 1]) &&
        /^\p{L}/u.test(toks[j + 1].text)
      ) {
        j += 2;
        continue;
      }
      // Radio 1, Channel 4: a number straight after an organisation head
      if (/^\d+$/.test(t.text) && lex.orgHeads.has(toks[j - 1].lower)) {
        j++;
        continue;
      }
      if (lex.particles.has(t.lower) && toks[j + 1] && isNameToken(doc, toks[j + 1])) {
        j += 2;
        continue;
      }
      break;
    }
    out.push([from, j]);
    i = j;
  }
  return out;
}

/** Splits a run at title words and after an organisation head followed by a person-like rest. */
function splitRun(
  doc: ArticleDocument,
  from: number,
  to: number,
  mode: { afterTitleGlue: boolean; label: NameLabel | null },
  push: (c: Candidate) => void,
): void {
  const afterTitleGlue = mode.afterTitleGlue && mode.label !== 'LOC' && mode.label !== 'MISC';
  const lex = lexiconSets();
  const toks = doc.tokens;
  // "Assistant Secretary of State for …", "Chargé d’Affaires, ad interim", "the First Lady": an office
  // named without its holder is no name (a recogniser's body of title words before the rest of the
  // title is part of it: "Assistant" + "Secretary Kritenbrink")
  // (a body's one title word may be its short name: "Justice" for the Department of Justice)
  const office =
    mode.label === 'ORG'
      ? isBareOffice(toks, from, to, toks[to]) || (to - from >= 2 && isBareOffice(toks, from, to))
      : isBareOffice(toks, from, to);
  if (office) return;
  // "the German Chancellor, Angela Merkel", "US President": an office named without its holder that
  // the KB files as a body of the government ("German Chancellor" had been the Reichstag) is its
  // country's, people's or international body's word alone
  if (
    to - from >= 2 &&
    officeOwnerWord(toks[from].text) &&
    isBareOffice(toks, from + 1, to) &&
    lookupName(doc.text.slice(toks[from].start, toks[to - 1].end))?.kind === 'org'
  ) {
    push(candidate(toks[from].start, toks[from].end, null, 'before-title', false));
    return;
  }
  const holdersOf = afterPluralOffice(toks, from, to);
  if (holdersOf >= 0) return splitRun(doc, holdersOf, to, mode, push);
  // "EU High" + "Representative": a body's span that ends in a title's first words gives them back
  if (mode.label === 'ORG' && toks[to] && /^\p{Lu}/u.test(toks[to].text) && lex.titleHeads.has(toks[to].lower)) {
    let end = to;
    while (end > from + 1 && lex.titleModifiers.has(toks[end - 1].lower)) end--;
    // ("Office of the Vice" + "President": after "of" the title is the body's own)
    if (end < to && /^\p{Lu}/u.test(toks[end - 1].text)) return splitRun(doc, from, end, mode, push);
  }
  const emit = (a: number, b: number, label: NameLabel | null, rule: string, afterTitle: boolean) => {
    // lower-case particles only: "Van Doorn" keeps its Van
    const loose = (t: Token) => t.text === '-' || lex.particles.has(t.text);
    // (a particle hyphened to the name is part of it: "al-Sisi")
    while (a < b && loose(toks[a]) && !(toks[a].text !== '-' && opensName(toks, a))) a++;
    while (b > a && loose(toks[b - 1])) b--;
    if (b > a) push({ start: toks[a].start, end: toks[b - 1].end, label, rule, afterTitle });
  };
  // the last title word in the run: what precedes it is a country/org/demonym, what follows the name
  // (a title word ending the run is a name: Billie Jean King; a recogniser's ORG or LOC is not split)
  let lastTitle = -1;
  // (a run in capitals is a transcript label whatever the recogniser called it: "SECRETARY BLINKEN")
  // (not a town's name after "the town of": "the nearby town of Sheikh Zuwayad" holds no title)
  // (nor a law's name: "Official Secrets Act", "Special Powers Act" hold no official's)
  if (
    (mode.label === null || mode.label === 'PER' || (mode.label === 'MISC' && inCapitals(toks, from, to))) &&
    !afterSettlementNoun(doc, toks[from].start) &&
    !endsInAgreementHead(doc.text.slice(toks[to - 1].start, toks[to - 1].end))
  ) {
    // ("President al-Sisi": a name may open with a lower-case particle glued to the rest)
    for (let k = from; k < to - 1; k++) if (lex.titleHeads.has(toks[k].lower) && opensName(toks, k + 1)) lastTitle = k;
  }
  // "National Security Council Coordinator" read as one ORG: the title word is not the body's name
  // (but "Department of Justice", "Royal Courts of Justice": a word after "of" is the body's own)
  if (
    (mode.label === 'ORG' || (mode.label === null && lexiconSets().titleGlue.has(toks[to]?.lower ?? ''))) &&
    to - from >= 2 &&
    lex.titleHeads.has(toks[to - 1].lower) &&
    !/^\p{Ll}/u.test(toks[to - 2].text) &&
    !lex.orgHeads.has(toks[to - 1].lower) &&
    // ("Office of the Special Envoy": a title after "of the" is the office's own)
    !titleOfTheOffice(toks, from, to - 1) &&
    // ("Steven G. Olive, Mission Director": one common word before the title names no body)
    !(to - from === 2 && commonOfficeWord(toks[from])) &&
    !portfolioOfBody(toks, from, to - 1)
  ) {
    splitRun(doc, from, to - 1, { afterTitleGlue: false, label: 'ORG' }, push);
    return;
  }
  if (lastTitle >= 0) {
    // the first words of a title of several words are no name of their own ("Prime Minister Cameron")
    let before = lastTitle;
    // ("Secretary-General": a hyphen glued between two title words joins them)
    while (
      before > from &&
      (lex.titleHeads.has(toks[before - 1].lower) ||
        lex.titleModifiers.has(toks[before - 1].lower) ||
        (toks[before - 1].text === '-' && before - 1 > from && lex.titleHeads.has(toks[before - 2].lower)))
    )
      before--;
    // what precedes the title is its country or body ("Australian", "U.S."), not the name the
    // recogniser's label was for: it keeps no label of its own
    const beforeTitle = (c: Candidate) =>
      push(c.rule === 'propn-run' ? candidate(c.start, c.end, c.label, 'before-title', c.afterTitle) : c);
    if (before > from) splitRun(doc, from, before, { afterTitleGlue: false, label: null }, beforeTitle);
    // ("the Ambassador Bridge": one word of a portfolio or a place after the title is no holder)
    const rest = toks.slice(lastTitle + 1, to);
    // (after a courtesy title any word but a title of address is a surname: "Ms. Bishop", "Mr. Pence")
    // (not a portfolio's word: "Mr. State Secretary Antony Blinken")
    const courtesy = COURTESY_TITLES.test(toks[lastTitle].text);
    if (
      rest.length &&
      !onlyTitleWords(rest, courtesy) &&
      !(rest.length === 1 && isCommonWordOfNames(rest[0]) && !(courtesy && lex.titleHeads.has(rest[0].lower)))
    )
      emit(lastTitle + 1, to, 'PER', 'name-after-title', true);
    return;
  }
  const n = to - from;
  // "leader of Parti Keadilan Rakyat": a name opening with a party's word in another language is the
  // party's, no complement before a holder's name
  if (afterTitleGlue && n >= 2 && PARTY_WORDS.has(toks[from].lower)) {
    emit(from, to, 'ORG', 'party-name', false);
    return;
  }
  // a title's complement then the name: "for Strategic Communications John Kirby"
  if (afterTitleGlue && n >= 3) {
    let cut = mode.label === 'ORG' ? -1 : to - 2;
    // (a recogniser's body that ends in a body's word keeps it: "the United States Air Force",
    // though "Air" is some official's first name)
    const bodyEnd = mode.label === 'ORG' && endsInBodyWord(toks[to - 1]);
    for (let k = Math.max(from, to - 3); k < to - 1 && !bodyEnd; k++) {
      // ("for East Asian and Pacific Affairs": a compass word opens a region's name, not a person's;
      // "Speaker of the House Nancy Pelosi", "… of the National Assembly Marzouq al Ghanem": a body's
      // head word, or a word before one, opens none, though the KB's first names hold it)
      const bodyWord = lex.orgHeads.has(toks[k].lower) || lex.orgHeads.has(toks[k + 1].lower);
      // (nor does the last word of a place the KB knows by the words before it: "of the New York
      // Chapter of …", though "York" is a first name)
      const placeEnd = k > from && isKbPlace(doc.text.slice(toks[from].start, toks[k].end));
      if (isKnownFirstName(toks[k].text) && !COMPASS_WORDS.has(toks[k].lower) && !bodyWord && !placeEnd) {
        cut = k;
        break;
      }
    }
    // what comes before the name is the title's complement, kept only when it names a body
    if (cut < 0) return splitRun(doc, from, to, { afterTitleGlue: false, label: mode.label }, push);
    const head = toks.slice(from, cut);
    if (
      cut > from &&
      (head.some((t) => lex.orgHeads.has(t.lower)) || lookupName(doc.text.slice(toks[from].start, toks[cut - 1].end)))
    ) {
      emit(from, cut, 'ORG', 'title-complement', false);
    }
    emit(cut, to, 'PER', 'name-after-title', true);
    return;
  }
  // "Leiden University Remco Breuker": an organisation head, then two or three words that are no name of a place or body
  for (let k = from; k < to - 2; k++) {
    if (!lex.orgHeads.has(toks[k].lower)) continue;
    const rest = toks.slice(k + 1, to);
    // ("Press" + "Briefing Room": a building's kind ends no person's name; nor do common words alone,
    // no given name among them: "Army" + "Field Manual", "African Union" + "Transition Mission")
    const last = rest[rest.length - 1];
    const personLike =
      rest.every((t) => t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text)) &&
      !lex.facilityHeads.has(last.lower) &&
      !(rest.every((t) => usuallyLowerCase(t.lower)) && !isKnownFirstName(rest[0].text));
    if (rest.length <= 3 && personLike && !rest.some((t) => lex.orgHeads.has(t.lower) || lookupName(t.text))) {
      emit(from, k + 1, 'ORG', 'org-head', false);
      emit(k + 1, to, 'PER', 'name-after-org', false);
      return;
    }
  }
  emit(from, to, null, 'propn-run', false);
}

/** Last words of the names of bodies, forces and services (Air Force, Coast Guard, Marine Corps). */
const BODY_WORDS = new Set([
  'force',
  'forces',
  'corps',
  'guard',
  'service',
  'services',
  'command',
  'fleet',
  'brigade',
  'division',
  'regiment',
  'battalion',
]);

/** Whether the token is an organisation head, a sector noun (army, police) or a service's word (Force). */
function endsInBodyWord(t: Token): boolean {
  return lexiconSets().orgHeads.has(t.lower) || BODY_WORDS.has(t.lower) || !!sectorOf(t.lower);
}

/** Whether token k may open a name: a capital, or a particle hyphened to one ("al-Sisi", "bin-Salman"). */
function opensName(toks: Token[], k: number): boolean {
  if (/^\p{Lu}/u.test(toks[k].text)) return true;
  const [p, h, w] = [toks[k], toks[k + 1], toks[k + 2]];
  return (
    lexiconSets().particles.has(p.text) &&
    !!h &&
    !!w &&
    h.text === '-' &&
    adjacent(p, h) &&
    adjacent(h, w) &&
    /^\p{Lu}/u.test(w.text)
  );
}

/** Whether every word of tokens [from, to) is written in capitals. */
function inCapitals(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/\p{Ll}/u.test(toks[k].text)) return false;
  return to > from;
}

/**
 * "Mr. Secretary", "Mr. Prime Minister": a title after an honorific is a form of address, no name —
 * unless a word of it is some known person's surname ("Mr. King"), or, after a courtesy title, no
 * title of address at all ("Ms. Bishop").
 */
/** The word for a party opening its name in other languages ("Parti Québécois", "Partido Popular"). */
const PARTY_WORDS = new Set(['parti', 'partai', 'partido', 'partito', 'partei']);

function onlyTitleWords(words: Token[], afterCourtesy = false): boolean {
  const lex = lexiconSets();
  return words.every(
    (t) =>
      lex.titleModifiers.has(t.lower) ||
      (lex.titleHeads.has(t.lower) && !isAlsoSurname(t.text) && !(afterCourtesy && !ADDRESS_TITLES.has(t.lower))) ||
      // (a rank's abbreviation with its period left out: "Lt. Col, Steve Vickery")
      (!afterCourtesy && /^\p{Lu}\p{Ll}{1,3}$/u.test(t.text) && lex.titleHeads.has(`${t.lower}.`)),
  );
}

/**
 * Where the body or place after an office in the plural starts ("Foreign Ministers of Canada, France
 * …", "Foreign Ministers of the Governments of Australia": the holders of an office named for the
 * places after them, no body of that name), or -1.
 */
function afterPluralOffice(toks: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to - 1; k++) {
    if (toks[k].lower !== 'of') continue;
    if (!isPluralTitle(toks[k - 1].lower) || !isBareOffice(toks, from, k, undefined, true)) return -1;
    let a = k + 1;
    while (a < to - 1 && (toks[a].lower === 'the' || /^governments?$/.test(toks[a].lower) || toks[a].lower === 'of'))
      a++;
    // ("Heads of Delegation of …": a common word after "of" is the office's own, "Head of Delegation")
    return usuallyLowerCase(toks[a].lower) ? -1 : a;
  }
  return -1;
}

/**
 * Whether tokens [from, to) are only the words of an office: title words and their modifiers, one
 * title head at least ("Assistant Secretary", "First Lady"), none some known person's surname
 * ("King"), or only modifiers when a capitalised title head follows; with `plural`, a title head in
 * the plural counts ("Foreign Ministers").
 */
function isBareOffice(toks: Token[], from: number, to: number, headAfter?: Token, plural = false): boolean {
  const lex = lexiconSets();
  // (with headAfter: the modifiers before a title head outside the span, "Assistant" + "Secretary")
  if (headAfter && !(lex.titleHeads.has(headAfter.lower) && /^\p{Lu}/u.test(headAfter.text))) return false;
  let head = !!headAfter;
  for (let k = from; k < to; k++) {
    const w = toks[k].lower;
    // (after a courtesy title a title word not of address is a surname: "Ms. Bishop")
    if (k > 0 && COURTESY_TITLES.test(toks[k - 1].text) && !ADDRESS_TITLES.has(w) && !lex.titleModifiers.has(w))
      return false;
    // ("Secretary of State", "Minister for Foreign Affairs": a title head's portfolio ends the office)
    if (head && (w === 'of' || w === 'for') && isPortfolio(toks, k + 1, to)) return true;
    // ("Co-Chair", "Vice-President": a hyphen glued between two words of the title)
    if (w === '-' && k > from && k + 1 < to && toks[k - 1].end === toks[k].start && toks[k].end === toks[k + 1].start)
      continue;
    if (!/^\p{Lu}/u.test(toks[k].text) && !lex.titleHeads.has(w)) return false;
    if ((lex.titleHeads.has(w) || (plural && isPluralTitle(w))) && !isAlsoSurname(toks[k].text)) head = true;
    else if (!lex.titleModifiers.has(w)) return false;
  }
  return head;
}

/** Whether a word names a country, a people or an international body ("German", "US", "UN"). */
function officeOwnerWord(text: string): boolean {
  const hit = lookupName(text);
  return !!hit && (hit.kind === 'country' || hit.kind === 'demonym' || !!hit.actor?.startsWith('IGO'));
}

/** Whether tokens [from, to) are a portfolio's capitalised name and nothing more ("State", "Foreign Affairs"). */
function isPortfolio(toks: Token[], from: number, to: number): boolean {
  if (from >= to || !toks.slice(from, to).every((t) => startsUpperCase(t.text) || t.lower === 'and')) return false;
  return namesPortfolio(toks.slice(from, to).map((t) => t.lower));
}

/** Whether lower-case words are exactly a listed portfolio's ("foreign affairs"). */
export function namesPortfolio(words: readonly string[]): boolean {
  return lexiconSets().officePortfolios.some((p) => p.length === words.length && p.every((w, i) => w === words[i]));
}

/** Whether the token before the run is title glue ("for", "of", "at") that itself follows title words. */
function followsTitleGlue(doc: ArticleDocument, from: number): boolean {
  const lex = lexiconSets();
  const toks = doc.tokens;
  const glue = toks[from - 1];
  if (!glue || !lex.titleGlue.has(glue.lower)) return false;
  for (let k = from - 2; k >= Math.max(0, from - 6); k--) {
    const t = toks[k];
    if (t.sentence !== toks[from].sentence || /^[,;:“”"()]$/.test(t.text) || t.pos === 'VERB') return false;
    // a courtesy title takes no complement: "from Mr. Singh in the House of Commons"
    if (lex.courtesyTitles.has(t.lower.replace(/\.$/, ''))) return false;
    if (lex.titleHeads.has(t.lower)) return true;
  }
  return false;
}

/**
 * Whether token k, inside a name the recogniser found, is the verb of a headline in title case: a
 * capitalised listed verb in -s after a name word ("Ben Carson Slams Hillary And The Media",
 * "Dorothy Woods Defends Trump"), not after a possessive ("Trump's Calls").
 */
function headlineVerbInName(toks: readonly Token[], k: number, b: number): boolean {
  const t = toks[k];
  const prev = toks[k - 1];
  const next = toks[k + 1];
  // a name word before it, a word of a name after it, each a word of its own ("Erica Barks-Ruggles")
  // (the word before may stand outside the name: "… Backs Trump And Denounces Clinton.")
  if (!prev || !/^\p{Lu}\p{Ll}+s$/u.test(t.text) || k + 1 >= b || !/^\p{Lu}[\p{L}.]*$/u.test(prev.text)) return false;
  if (next.start === t.end || !/^\p{Lu}/u.test(next.text)) return false;
  // (nor the end of a name the KB knows: "United States Digital Service")
  if (lookupName(`${prev.text} ${t.text}`)) return false;
  return headlineVerb(t.lower, prev) && inTitleCaseLine(toks, k);
}

/** An e-mail address or a URL as one token. */
const ADDRESS = /\S@\S|^(?:https?:\/\/|www\.)/i;

/**
 * Whether token k is a bare possessive apostrophe closing a country's name that starts at `from`
 * ("United States' Central …"), a capitalised word after it.
 */
function countryPossessiveAt(doc: ArticleDocument, from: number, k: number): boolean {
  const toks = doc.tokens;
  const mark = toks[k];
  if (k <= from || !/^['’]$/.test(mark.text) || toks[k - 1].end !== mark.start || !/s$/i.test(toks[k - 1].text))
    return false;
  const next = toks[k + 1];
  if (!next || next.start === mark.end || !/^\p{Lu}/u.test(next.text)) return false;
  return lookupName(doc.text.slice(toks[from].start, toks[k - 1].end))?.kind === 'country';
}

/** A token no name runs across: a comma or clause punctuation, or a lower-case word that is neither glue nor a particle. */
function breaksName(t: Token): boolean {
  const lex = lexiconSets();
  if (/^[,;:!?(){}[\]“”"]$/.test(t.text)) return true;
  // an e-mail or web address ("FousheeCT@state.gov") is where to write, no name
  if (ADDRESS.test(t.text)) return true;
  return /^\p{Ll}/u.test(t.text) && !lex.titleGlue.has(t.text) && !lex.particles.has(t.text) && !/-/.test(t.text);
}

const LEADING_TIME_WORDS = new Set([...DEICTIC_DAYS, 'later', 'earlier']);
const NAME_SUFFIX = /^,? (?:Jr|Sr)\b\.?/;

/** "William Clay Ford Jr.", "Martin Luther King, Jr.": a generational suffix belongs to the person before it. */
function joinNameSuffixes(doc: ArticleDocument, out: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of out) {
    const prev = kept[kept.length - 1];
    // the recogniser's own "Jr." after the extended name: already part of it
    if (prev && c.start < prev.end) continue;
    if (c.label === 'PER') {
      const m = NAME_SUFFIX.exec(doc.text.slice(c.end, c.end + 5));
      if (m) {
        kept.push(candidate(c.start, c.end + m[0].length, c.label, c.rule + '+suffix', c.afterTitle));
        continue;
      }
    }
    kept.push(c);
  }
  return kept;
}

/**
 * "al Qaeda", "al-Shabaab": a lower-case article the recogniser left before a body's name belongs to
 * it when the KB knows the body by the whole (as "Al Qaeda").
 */
function withParticlePrefixes(doc: ArticleDocument, out: Candidate[]): Candidate[] {
  const lex = lexiconSets();
  const kept: Candidate[] = [];
  for (const c of out) {
    // "Izz ad-Din al-Qassam Brigades", "Salah al-Din": a capitalised word, then an Arabic article
    // hyphened to the name, are the name's first words
    const joined = articleJoinedStart(doc, c, kept[kept.length - 1]);
    if (joined) {
      if (joined.previous) {
        // "Hamas' Izz" read as one name: what stands before the word stays a name of its own
        const prev = kept.pop()!;
        const head = doc.text.slice(prev.start, joined.start).replace(/(?:['’]s?)?\s+$/u, '');
        if (prev.start < joined.start && head)
          kept.push(candidate(prev.start, prev.start + head.length, null, `${prev.rule}+split`, prev.afterTitle));
      }
      kept.push(candidate(joined.start, c.end, c.label, `${c.rule}+article-joined`, c.afterTitle));
      continue;
    }
    const m = /(?:^|[\s(])(\p{Ll}{1,3})([-\s])$/u.exec(doc.text.slice(Math.max(0, c.start - 4), c.start));
    if (!m || !lex.particles.has(m[1])) {
      kept.push(c);
      continue;
    }
    // "Osama bin Laden", "Mohammed bin Salman": a word naming a father joins the names on both sides
    const before = kept[kept.length - 1];
    const particleStart = c.start - m[1].length - 1;
    if (
      LINEAGE_WORDS.has(m[1]) &&
      before !== undefined &&
      before.label !== 'ORG' &&
      before.label !== 'LOC' &&
      before.end === particleStart - 1 &&
      doc.text[before.end] === ' '
    ) {
      kept[kept.length - 1] = candidate(before.start, c.end, 'PER', `${before.rule}+lineage-joined`, before.afterTitle);
      continue;
    }
    // "Saudi Foreign Minister Faisal bin Farhan": the given name the recogniser read as the title's
    // last word is the name's first
    const given = LINEAGE_WORDS.has(m[1]) ? lineageGivenName(doc, particleStart, before) : null;
    if (given) {
      kept.push(candidate(given.start, c.end, 'PER', `${c.rule}+lineage-joined`, true));
      continue;
    }
    const particle = m[1][0].toUpperCase() + m[1].slice(1);
    const hit = lookupName(particle + m[2] + doc.slice(c));
    kept.push(hit?.kind === 'org' ? candidate(particleStart, c.end, 'ORG', `${c.rule}+particle`, c.afterTitle) : c);
  }
  return kept;
}

/** Arabic articles written hyphened to the word after them inside a name (ad-Din, al-Islam, ash-Sham). */
const ARABIC_ARTICLES = new Set(['al', 'el', 'ad', 'ed', 'ud', 'ul', 'as', 'ash', 'at', 'az', 'an', 'ar', 'ah']);
/** Capitalised words that are no name's first word before such an article. */
const NOT_NAME_STARTS = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'by',
  'of',
  'and',
  'but',
  'for',
  'to',
  'with',
  'from',
  'as',
]);

/**
 * The start of the name when the candidate follows "Word ad-" ("Izz ad-Din …"): that word's start, or
 * the start of the candidate right before it (`previous`), else null. A title, a place or a people's
 * word before the article is no part of the name ("President al-Sisi", "Iraqi al-Qaeda").
 */
function articleJoinedStart(
  doc: ArticleDocument,
  c: Candidate,
  before: Candidate | undefined,
): { start: number; previous: boolean } | null {
  // (the article's hyphen right before the candidate first: a character test spares nearly every
  // candidate the pattern below and the 40 characters cut out for it)
  if (doc.text.charCodeAt(c.start - 1) !== 45) return null;
  const m = /(?:^|[\s(])(\p{Lu}[\p{L}'’]*) (\p{Ll}{1,3})-$/u.exec(doc.text.slice(Math.max(0, c.start - 40), c.start));
  if (!m || !ARABIC_ARTICLES.has(m[2])) return null;
  const word = m[1];
  const lex = lexiconSets();
  const lower = word.toLowerCase();
  if (NOT_NAME_STARTS.has(lower) || lex.titleHeads.has(lower) || lex.notNames.has(lower)) return null;
  const hit = lookupName(word);
  if (hit && hit.kind !== 'person' && hit.kind !== 'org') return null;
  const start = c.start - m[2].length - 2 - word.length;
  // (the word may end the candidate before: "Izz", or "Hamas' Izz" read as one name)
  if (before && before.end === start + word.length) return { start, previous: true };
  if (before && before.end > start) return null;
  return { start, previous: false };
}

/** Words naming a father inside a person's name (Osama bin Laden, Mohammed bin Salman). */
export const LINEAGE_WORDS: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint']);

/** A lineage word and the father's name after a name: " bin Zayed", " ibn Saud". */
const LINEAGE_TAIL = /^ (?:bin|ibn|bint) \p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?/u;

/**
 * "UAE Foreign Minister Abdullah bin Zayed": a person's name the recogniser ended before a lineage
 * word whose father's name it left unread runs on through it (rule `+lineage-tail`); withParticlePrefixes
 * joins the two where both were read.
 */
function withLineageTails(doc: ArticleDocument, out: Candidate[]): Candidate[] {
  return out.map((c, i) => {
    if (c.label === 'ORG' || c.label === 'LOC' || c.label === 'MISC') return c;
    const m = LINEAGE_TAIL.exec(doc.text.slice(c.end, c.end + 40));
    if (!m) return c;
    const end = c.end + m[0].length;
    const next = out[i + 1];
    if (next && next.start < end) return c;
    return candidate(c.start, end, 'PER', `${c.rule}+lineage-tail`, c.afterTitle);
  });
}

/**
 * The capitalised word right before a lineage word at `particleStart` that no candidate holds and
 * that is no title's word ("Minister Faisal bin Farhan": "Faisal"), else null.
 */
function lineageGivenName(doc: ArticleDocument, particleStart: number, before: Candidate | undefined): Token | null {
  const k = doc.tokenIndexAt(particleStart) - 1;
  const t = doc.tokens[k];
  if (!t || t.end !== particleStart - 1 || (before && before.end > t.start)) return null;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || lexiconSets().titleHeads.has(t.lower) || usuallyLowerCase(t.lower))
    return null;
  return t;
}

/**
 * "Bosnia and Herzegovina", "Trinidad and Tobago", "Procter and Gamble": two names joined by "and"
 * that the KB knows together as one country or body are that one name, not two; so is a country's
 * formal name the recogniser split at "of" ("Republic of Ghana").
 */
function joinCoordinatedNames(doc: ArticleDocument, out: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (let k = 0; k < out.length; k++) {
    const c = out[k];
    const next = out[k + 1];
    // (a possessive inside a name: "Democratic People’s" + "Republic of Korea")
    const joiner = next ? /^(?: (and|&|of) |(['’]s) )$/.exec(doc.text.slice(c.end, next.start)) : null;
    // "Ministry" + "of" + "Foreign Affairs", "Council" + "on" + "Foreign Relations": a body's head
    // and the portfolio it is of, split by the recogniser, are one body
    if (next && bodyOfPortfolio(doc, c, next)) {
      kept.push({
        start: c.start,
        end: next.end,
        label: 'ORG',
        rule: `${c.rule}+body-of-joined`,
        afterTitle: c.afterTitle,
      });
      k++;
      continue;
    }
    // "Mongolian" + "People's" + "Revolutionary Party": a people's possessive between a name and a
    // body's (or a state's) name is a word of one name, whether or not the KB knows it
    if (next && peoplesJoiner(doc, c, next)) {
      const state = /\bRepublic$/.test(doc.text.slice(next.start, next.end));
      kept.push({
        start: c.start,
        end: next.end,
        label: state ? 'LOC' : 'ORG',
        rule: `${c.rule}+peoples-joined`,
        afterTitle: c.afterTitle,
      });
      k++;
      continue;
    }
    if (next && joiner) {
      const hit = lookupName(doc.text.slice(c.start, next.end));
      // "Republic" + "of" + "Ghana": a formal name of a country is the country
      if (hit && (hit.kind === 'country' || (hit.kind === 'org' && joiner[1] !== 'of'))) {
        const label = hit.kind === 'country' ? 'LOC' : 'ORG';
        const how = joiner[2] ? 'possessive' : joiner[1] === 'of' ? 'of' : 'and';
        kept.push({
          start: c.start,
          end: next.end,
          label,
          rule: `${c.rule}+${how}-joined`,
          afterTitle: c.afterTitle,
        });
        k++;
        continue;
      }
    }
    kept.push(c);
  }
  return kept;
}

/** A people's possessive that stands inside the names of parties, armies and states ("People's", "Workers'"). */
const PEOPLES_POSSESSIVE = /^ (?:People|Peoples|Workers|Women|Citizens|Farmers|Toilers)(?:['’]s|['’]) $/;

/**
 * Whether a people's possessive alone stands between two candidates and the second ends in a body's
 * head or "Republic" ("Mongolian People's Revolutionary Party", "Lao People's Democratic Republic").
 */
function peoplesJoiner(doc: ArticleDocument, c: Candidate, next: Candidate): boolean {
  if (!PEOPLES_POSSESSIVE.test(doc.text.slice(c.end, next.start))) return false;
  const last = doc.tokens[doc.tokenIndexAt(next.end - 1)];
  return !!last && (last.text === 'Republic' || (startsUpperCase(last.text) && lexiconSets().orgHeads.has(last.lower)));
}

/** What may stand between two pieces of a body's name the recogniser split ("Syrian Observatory for Human Rights"). */
const BODY_NAME_GLUE = /^ (?:for|of|for the|of the) $/;

/**
 * "Osama" + "bin Laden": two names side by side, a space apart, that the KB knows together as one
 * person or body are that one name (the recogniser split it; a place the KB knows is left alone).
 * So are two pieces of a body's name joined by "for" or "of" ("Syrian Observatory" + "Human Rights").
 */
function joinKnownNeighbours(doc: ArticleDocument, out: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (let k = 0; k < out.length; k++) {
    const c = out[k];
    const next = out[k + 1];
    const between = next ? doc.text.slice(c.end, next.start) : '';
    const glued = BODY_NAME_GLUE.test(between);
    if (next && (between === ' ' || glued) && !isPlace(doc, c) && !isPlace(doc, next)) {
      const hit = lookupName(doc.text.slice(c.start, next.end));
      if (hit && (hit.kind === 'org' || (hit.kind === 'person' && !glued))) {
        // (a body joined across its "for" is a body, whatever its second piece was read as)
        const label = glued ? 'ORG' : (next.label ?? c.label);
        kept.push({ start: c.start, end: next.end, label, rule: `${next.rule}+kb-joined`, afterTitle: c.afterTitle });
        k++;
        continue;
      }
    }
    kept.push(c);
  }
  return kept;
}

/** A person's name that opens with a middle initial: "R. Vines", "A. Nichols". */
const OPENS_WITH_INITIAL = /^\p{Lu}\.\s\p{Lu}/u;
/** A middle initial alone between a given name and a surname, with or without its period. */
const MIDDLE_INITIAL_ALONE = /^ \p{Lu}\.? $/u;

/**
 * "General John R. Vines": the recogniser cut a name at its middle initial into a given name and the
 * rest ("John" + "R. Vines"); a one-word given name right before a person's name that opens with an
 * initial is its first word (rule `+initial-joined`), whether the recogniser read it as a name or
 * left it out of every span after a title ("Defense Secretary Lloyd J. Austin III"); so is one the
 * recogniser ended before an initial it left out ("George W Bush").
 */
function joinMiddleInitials(doc: ArticleDocument, out: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (let k = 0; k < out.length; k++) {
    const c = out[k];
    const next = out[k + 1];
    const given = doc.text.slice(c.start, c.end);
    const between = next ? doc.text.slice(c.end, next.start) : '';
    if (
      next &&
      next.label === 'PER' &&
      (c.label === 'PER' || c.label === null) &&
      isGivenNameWord(given) &&
      ((between === ' ' && OPENS_WITH_INITIAL.test(doc.text.slice(next.start, next.end))) ||
        // ("President George W Bush": an initial with no period, which the recogniser left out)
        MIDDLE_INITIAL_ALONE.test(between))
    ) {
      kept.push(candidate(c.start, next.end, 'PER', `${next.rule}+initial-joined`, c.afterTitle));
      k++;
      continue;
    }
    // "… and International Security Bonnie" + "D. Jenkins": a given name run onto the end of a
    // portfolio read as a body goes back to its person
    const last = kept[kept.length - 1];
    const ranOn = last && c.label === 'PER' ? givenNameEnding(doc, last, c) : null;
    if (ranOn) {
      const rest = doc.tokens[doc.tokenIndexAt(ranOn.start) - 1];
      kept[kept.length - 1] = { ...last, end: rest.end, rule: `${last.rule}+given-name-cut` };
      kept.push(candidate(ranOn.start, c.end, 'PER', `${c.rule}+initial-joined`, c.afterTitle));
      continue;
    }
    // "Defense Secretary Lloyd J. Austin III": the given name left out of every span, after a title
    const before =
      c.label === 'PER' && OPENS_WITH_INITIAL.test(doc.text.slice(c.start, c.end)) ? givenNameBefore(doc, c) : null;
    if (before && (!kept.length || kept[kept.length - 1].end <= before.start)) {
      kept.push(candidate(before.start, c.end, 'PER', `${c.rule}+initial-joined`, c.afterTitle));
      continue;
    }
    kept.push(c);
  }
  return kept;
}

/**
 * The last word of a longer span that is no person's, when a person's name opening with an initial
 * follows one space after it and the word may be a given name ("… Law Enforcement Affairs Todd" +
 * "D. Robinson"): the recogniser ran the title's portfolio into the name. Null otherwise.
 */
function givenNameEnding(doc: ArticleDocument, last: Candidate, c: Candidate): Token | null {
  if (last.label === 'PER' || c.start !== last.end + 1 || doc.text[last.end] !== ' ') return null;
  if (!OPENS_WITH_INITIAL.test(doc.text.slice(c.start, c.end))) return null;
  const k = doc.tokenIndexAt(last.end - 1);
  const t = doc.tokens[k];
  if (!t || t.start <= last.start || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return null;
  if (!isGivenNameWord(t.text) && (!isNameWord(t) || usuallyLowerCase(t.text))) return null;
  return t;
}

/** The known given name right before a candidate, one space apart ("Lloyd" of "Lloyd J. Austin"), or null. */
function givenNameBefore(doc: ArticleDocument, c: Candidate): Token | null {
  const k = doc.tokenIndexAt(c.start) - 1;
  const t = doc.tokens[k];
  if (!t || t.end !== c.start - 1 || doc.text[t.end] !== ' ') return null;
  return isGivenNameWord(t.text) ? t : null;
}

/** Whether the KB knows the candidate's words as a place ("Paris" of "Paris Texas"). */
function isPlace(doc: ArticleDocument, c: Candidate): boolean {
  const kind = lookupName(doc.text.slice(c.start, c.end))?.kind;
  return !!kind && kind !== 'person' && kind !== 'org';
}

/**
 * Whether `c` ends with a body's capitalised head (Ministry, Department, Council) and `next`, after
 * "of", "on" or "for" (and an optional "the"), is a portfolio's name and nothing more.
 */
function bodyOfPortfolio(doc: ArticleDocument, c: Candidate, next: Candidate): boolean {
  if (c.label === 'PER' || next.label === 'PER') return false;
  if (!/^ (?:of|on|for)(?: the)? $/.test(doc.text.slice(c.end, next.start))) return false;
  const lex = lexiconSets();
  const head = doc.tokens[doc.tokenIndexAt(c.end - 1)];
  if (!lex.orgHeads.has(head.lower) || !/^\p{Lu}/u.test(head.text)) return false;
  return namesPortfolio(doc.text.slice(next.start, next.end).toLowerCase().split(/\s+/));
}

/**
 * Faiths and peoples the recogniser left out ("Muslims are required…", "Sunni militants"): a
 * capitalised word (or two: "Shiite Muslims") of the group list that no span holds.
 */
function withMissedGroups(doc: ArticleDocument, out: Candidate[], taken: Set<number>): Candidate[] {
  const toks = doc.tokens;
  let added = false;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    // (the capital first: most tokens are lower-case, and need no look-up in the set)
    if (!startsUpperCase(t.text) || taken.has(k)) continue;
    const next = toks[k + 1];
    const two =
      next && !taken.has(k + 1) && next.sentence === t.sentence && startsUpperCase(next.text) && mayBeginGroup(t.lower)
        ? lookupGroup(doc.text.slice(t.start, next.end))
        : undefined;
    // "Sunni Arab", "Shiite Muslims": only a pair the list holds; else the word alone
    if (!two && next && !taken.has(k + 1) && startsUpperCase(next.text) && next.sentence === t.sentence) continue;
    if (!two && !(mayBeginGroup(t.lower) && lookupGroup(t.text))) continue;
    const end = two ? next!.end : t.end;
    out.push({ start: t.start, end, label: 'MISC', rule: 'group-word', afterTitle: false });
    added = true;
    if (two) k++;
  }
  return added ? out.sort((a, b) => a.start - b.start) : out;
}

/**
 * The candidates one recogniser span gives, repaired and tidied, pushed to `out` (a function of its
 * own, not a loop body: V8 then compiles it alone instead of compiling nameCandidates again, on the
 * stack, each time a new kind of input deoptimises it).
 */
function candidatesOfSpan(
  doc: ArticleDocument,
  sp: TokenSpan,
  taken: Set<number>,
  out: Candidate[],
  push: (c: Candidate) => void,
): void {
  const lex = lexiconSets();
  const toks = doc.tokens;
  const r = repairSpan(doc, sp, (k) => taken.has(k));
  for (let k = r.a; k < r.b; k++) taken.add(k);
  let { a, b } = r;
  // tidy the recogniser's edges: no trailing lower-case word ("Kim Jong-un will"), "Radio" + "1"
  while (
    b > a + 1 &&
    !/^[\p{Lu}\d]/u.test(toks[b - 1].text) &&
    !isElidedParticleWord(toks[b - 1].text) &&
    !adjacent(toks[b - 2], toks[b - 1])
  )
    b--;
  // "the confidence of the MPs I hope …": the pronoun "I" before its verb is no regnal number
  // (as in "King Abdullah I", after a given name)
  if (
    b - a >= 2 &&
    toks[b - 1].text === 'I' &&
    (toks[b]?.pos === 'VERB' || toks[b]?.pos === 'AUX') &&
    !isKnownFirstName(toks[b - 2].text)
  )
    b--;
  // "a NASA T-shirt", "an MRI X-ray": a letter hyphened to a lower-case word is a common noun's
  if (
    b - a >= 4 &&
    /^\p{Lu}$/u.test(toks[b - 3].text) &&
    toks[b - 2].text === '-' &&
    /^\p{Ll}+$/u.test(toks[b - 1].text) &&
    adjacent(toks[b - 3], toks[b - 2]) &&
    adjacent(toks[b - 2], toks[b - 1])
  )
    b -= 3;
  if (toks[b] && /^\d+$/.test(toks[b].text) && lex.orgHeads.has(toks[b - 1]?.lower ?? '')) b++;
  const recognised = a;
  // (but after "the" a day opens a name: "told the Sunday Times", "the Sunday Telegraph")
  const dayAfterThe = toks[a - 1]?.lower === 'the' && WEEKDAYS.has(toks[a].lower) && b - a > 1;
  while (a < b && lex.notNames.has(toks[a].lower) && !dayAfterThe) a++;
  // (not a company's name before its legal form: "competition from Next Inc.")
  if (a > recognised && b - a === 1 && COMPANY_SUFFIXES.has(toks[a].lower)) a = recognised;
  // "Yesterday Mohamed received…": a sentence's first time word is no part of the name after it
  if (!dayAfterThe) while (b - a > 1 && LEADING_TIME_WORDS.has(toks[a].lower)) a++;
  // "Serbia Friday rejected", "in Jerusalem Sunday, …": a day before a lower-case word or a comma
  // is the date (Sheffield Wednesday 2 Leeds 1 is a club)
  const dateNext = !toks[b] || toks[b].text === ',' || /^\p{Ll}/u.test(toks[b].text);
  const untrimmed = b;
  while (b > a && dateNext && lex.trailingTimeWords.has(toks[b - 1].lower)) b--;
  // "Rwanda August 2-12": a month before a day's number is the date
  if (b - a > 1 && b === untrimmed && MONTH.test(toks[b - 1].text) && /^\d/.test(toks[b]?.text ?? '')) b--;
  const trim = b < untrimmed ? '+date-trim' : '';
  if (b <= a) return;
  // "Congressional lawmakers", "Federal police": an institution's adjective before a common noun
  // describes it, and names nothing ("Congressional Record", "Federal Reserve" are names)
  if (b - a === 1 && BODY_ADJECTIVES.has(toks[a].lower) && /^\p{Ll}/u.test(toks[b]?.text ?? '')) return;
  // "Formica fusca", "Beauveria bassiana": a genus before its species' epithet names no one
  if (b - a === 1 && !lookupName(toks[a].text) && isGenusOfBinomial(doc, a, (w) => recognizer!.isKnownWord(w))) return;
  // "a state of Peace", "learning in Ants": one word news mostly writes in lower case, read as a
  // place the KB does not know, is a common word capitalised for emphasis (not an acronym, "PA";
  // not a body's head word, "the Police"; not a town before its state, "Mobile, Alabama"); so is one
  // read as a body or a thing when it is a piece the recogniser's span was split into ("Population,
  // Refugees, and Migration") or stands beside a common noun ("our Allies and partners")
  if (
    b - a === 1 &&
    (r.label === 'LOC' || (r.label !== 'PER' && (r.rule.includes('+split') || besideCommonNoun(doc, a)))) &&
    /^\p{Lu}\p{Ll}+$/u.test(toks[a].text) &&
    recognizer!.usuallyLowerCase(toks[a].text) &&
    !lookupName(toks[a].text) &&
    !lex.orgHeads.has(toks[a].lower) &&
    !regionAfterComma(doc, toks[a].end) &&
    // (after a courtesy title it is a surname: "Ms. Bishop", "Mrs Snow")
    !COURTESY_TITLES.test(toks[a - 1]?.text ?? '')
  )
    return;
  // "our NATO Allies", "EU Member States": a body the KB knows, then nouns for its members: the body
  const body = r.label === 'PER' ? -1 : bodyBeforeMemberNouns(doc, a, b);
  if (body > a) {
    push(candidate(toks[a].start, toks[body - 1].end, 'ORG', r.rule + '+member-noun-cut', false));
    return;
  }
  // "Ambassador Reeker" read as a body (or a place, or a thing: "AMBASSADOR DAVIDOW:", "Ambassador
  // Froman"): the title, then its holder
  // (read as a place or a thing, only one word after the title: the "Official Secrets Act" is an act)
  // (nor a law's name the recogniser read as a body's: "Official Secrets Act")
  const law = endsInAgreementHead(doc.text.slice(toks[b - 1].start, toks[b - 1].end));
  const titled = r.label === 'PER' || law ? -1 : holderAfterLeadingTitle(doc, a, b);
  const holder = titled >= 0 && (r.label === 'ORG' || b - titled === 1 || isTranscriptLabel(doc, a, b)) ? titled : -1;
  if (holder >= 0) {
    push(candidate(toks[holder].start, toks[b - 1].end, 'PER', 'name-after-title', true));
    return;
  }
  // "… and Human Rights Uzra Zeya", "Office of Science and Technology Policy Alondra Nelson": a
  // holder's name run onto the end of a portfolio; what comes before is a body only if it looks like one
  const named = r.label === 'PER' ? -1 : holderAfterPortfolio(doc, a, b);
  if (named > a) {
    if (orgLike(doc, a, named))
      push(candidate(toks[a].start, toks[named - 1].end, 'ORG', r.rule + '+portfolio-cut', false));
    push(candidate(toks[named].start, toks[b - 1].end, 'PER', 'name-after-portfolio', true));
    return;
  }
  // a body's name run on into a title: the body, then the person after the title
  const inside = r.label === 'PER' ? null : titleInside(doc, a, b);
  if (inside) {
    // ("Senior Bureau Official Moy": a rank and a body's head word alone name no body; "Head of
    // Parliament MP Bulent Arinc" does)
    const bodyWords = toks.slice(a, inside.bodyEnd).filter((t) => !lex.titleModifiers.has(t.lower));
    const ranked = bodyWords.length < inside.bodyEnd - a || lex.titleModifiers.has(toks[a - 1]?.lower ?? '');
    const bare = ranked && bodyWords.length === 1 && lex.orgHeads.has(bodyWords[0].lower);
    if (inside.bodyEnd > a && !bare)
      push({
        start: toks[a].start,
        end: toks[inside.bodyEnd - 1].end,
        label: 'ORG',
        rule: r.rule + '+title-cut',
        afterTitle: false,
      });
    const who = nameAfterTitle(doc, inside.title + 1, b);
    if (who >= 0)
      push({
        start: toks[who].start,
        end: toks[b - 1].end,
        label: 'PER',
        rule: 'name-after-title',
        afterTitle: true,
      });
    return;
  }
  const before = out.length;
  // the recogniser may glue a title into a person's name: split it off the same way
  splitRun(doc, a, b, { afterTitleGlue: followsTitleGlue(doc, a), label: r.label }, push);
  for (let k = before; k < out.length; k++) {
    if (out[k].rule === 'propn-run')
      out[k] = candidate(out[k].start, out[k].end, r.label, r.rule + trim, out[k].afterTitle);
  }
}

/**
 * Whether a candidate is an office of common words before a title head, nothing else: "Program
 * Director", "Department Spokesperson", "Mission Director" (each word before the title one news
 * writes in lower case, a body's head word or a title's modifier; "Billie Jean King" is a name).
 */
function commonWordOffice(doc: ArticleDocument, c: Candidate): boolean {
  const lex = lexiconSets();
  const toks = doc.tokensIn(c);
  const last = toks[toks.length - 1];
  if (toks.length < 2 || toks.length > 3 || !lex.titleHeads.has(last.lower) || isAlsoSurname(last.text)) return false;
  let common = false;
  for (const t of toks.slice(0, -1)) {
    if (!/^\p{Lu}(?:\p{Ll}+|\p{Lu}+)$/u.test(t.text)) return false;
    if (lex.titleModifiers.has(t.lower) || lex.titleHeads.has(t.lower)) continue;
    if (!commonOfficeWord(t)) return false;
    common = true;
  }
  return common;
}

/**
 * Whether a word before a title is a common one, naming no body of its own: one news writes in lower
 * case, or a body's head word alone ("Bureau Chief", "Department Spokesperson", "Mission Director").
 */
function commonOfficeWord(t: Token): boolean {
  return usuallyLowerCase(t.lower) || lexiconSets().orgHeads.has(t.lower);
}

/** An academic degree written with full stops ("Ph.D.", "M.Sc", "D.Phil."); one word of it ("PhD") is in notNames. */
const ACADEMIC_DEGREE = /^(?:Ph\.\s?D|M\.\s?Sc|[DM]\.\s?Phil)\.?$/;

/** Whether token k is joined by "and" or "or" to a lower-case word: "Allies and partners", "partners and Allies". */
function besideCommonNoun(doc: ArticleDocument, k: number): boolean {
  const toks = doc.tokens;
  const joins = (t: Token | undefined) => t?.lower === 'and' || t?.lower === 'or';
  const common = (t: Token | undefined) => !!t && /^\p{Ll}+$/u.test(t.text) && t.pos === 'NOUN';
  return (joins(toks[k + 1]) && common(toks[k + 2])) || (joins(toks[k - 1]) && common(toks[k - 2]));
}

/**
 * Where a body's name ends in a span that goes on with one or two nouns for its members ("NATO" +
 * "Allies", "EU" + "Member States"), when the KB knows the body by those words; else -1.
 */
function bodyBeforeMemberNouns(doc: ArticleDocument, a: number, b: number): number {
  const toks = doc.tokens;
  const members = lexiconSets().memberNouns;
  let k = b;
  while (k > a + 1 && b - k < 2 && members.has(toks[k - 1].lower) && /^\p{Lu}\p{Ll}/u.test(toks[k - 1].text)) k--;
  if (k === b || k === a) return -1;
  const kind = lookupName(doc.text.slice(toks[a].start, toks[k - 1].end))?.kind;
  return kind === 'org' ? k : -1;
}

/** Adjectives of institutions, capitalised in news though they name no body of their own. */
const BODY_ADJECTIVES = new Set([
  'congressional',
  'parliamentary',
  'presidential',
  'senatorial',
  'gubernatorial',
  'federal',
  'governmental',
  'judicial',
  'legislative',
]);

/** Candidate name spans for the document, in text order. */
export function nameCandidates(doc: ArticleDocument): Candidate[] {
  const out: Candidate[] = [];
  const push = (c: Candidate) => out.push(c);
  if (recognizerAvailable()) {
    const toks = doc.tokens;
    // token ranges first, so that a repair never takes a token another span holds
    const spans: TokenSpan[] = [];
    /** Ends of line-final abbreviations whose period the recogniser gave to the sentence ("… the U.S."). */
    const periodGiven = new Set<number>();
    // the recogniser's scores are not read here: skip the work of computing them
    for (const n of recognizer!.recognizeNames(doc, { scores: false })) {
      const a = doc.tokenIndexAt(n.start);
      let b = a;
      // a name the recogniser ended inside its last token ("U.S" of a line-final "U.S.") keeps the
      // token, and the period goes back to the sentence at the end
      while (b < toks.length && toks[b].start < n.end) b++;
      if (b > a && toks[b - 1].end === n.end + 1) periodGiven.add(n.end + 1);
      // "Saudi Arabia if it is attacked, Norway": a name never holds a clause; its pieces are names
      let from = a;
      // (a headline's verb inside the run: see headlineVerbInName)
      let verbSplit = false;
      for (let k = a; k < b && !verbSplit; k++) verbSplit = headlineVerbInName(toks, k, b);
      for (let k = a; k <= b; k++) {
        // (Jong-un: a lower-case word hyphened to the one before belongs to it)
        // (in a headline in title case a verb runs into the name before it: "Glenn Beck Blasts Drudge")
        const verb = verbSplit && k < b && headlineVerbInName(toks, k, b);
        // ("the United States' Central Intelligence Agency": a country's bare possessive apostrophe
        // parts it from the body it owns, as "Britain's" does)
        const owner = k < b && countryPossessiveAt(doc, from, k);
        if (
          k < b &&
          !verb &&
          !owner &&
          (!breaksName(toks[k]) || (toks[k - 1]?.text === '-' && adjacent(toks[k - 1], toks[k])))
        )
          continue;
        const named = k < b || from > a ? toks.slice(from, k).some((t) => /^\p{Lu}/u.test(t.text)) : true;
        if (k > from && named)
          spans.push({
            a: from,
            b: k,
            label: n.label,
            rule: (n.rule || 'ner') + (k - from < b - a ? '+split' : ''),
          });
        from = k + 1;
      }
    }
    const allSpans = withRepeatedNames(doc, spans);
    const taken = new Set<number>();
    for (const sp of allSpans) for (let k = sp.a; k < sp.b; k++) taken.add(k);
    for (const sp of allSpans) candidatesOfSpan(doc, sp, taken, out, push);
    const rescued = withSurnamesJoined(
      doc,
      withMissedTitledNames(
        doc,
        withVerbTaggedKnownNames(
          doc,
          withNumberedBroadcasters(
            doc,
            withNumberedBodies(doc, withClassedNames(doc, withMissedGroups(doc, out, taken), taken), taken),
          ),
          taken,
        ),
        taken,
      ),
      taken,
    );
    const joined = withNamesAfterTitleWords(
      doc,
      withHyphenedPartners(
        doc,
        withRegionalArms(
          doc,
          joinMiddleInitials(
            doc,
            withKnownNameSpans(
              doc,
              joinKnownNeighbours(
                doc,
                withLineageTails(
                  doc,
                  withParticlePrefixes(
                    doc,
                    withBodyComplements(doc, joinCoordinatedNames(doc, joinNameSuffixes(doc, rescued))),
                  ),
                ),
              ),
              candidate,
            ),
          ),
        ),
      ),
      candidate,
    );
    // "Office of Foreign Assets Control (OFAC)" cut to "Foreign Assets Control": the acronym's long form
    // (and "Non-Governmental Organization (NGOs)": an acronym it left out after the name)
    const named = withWebsiteNames(
      doc,
      withBracketedAcronyms(doc, withAcronymLongForms(doc, joined, candidate), candidate),
      candidate,
    );
    // ("Steven G. Olive, Ph.D., Mission Director": a degree after a name, which the tokenizer splits, is none)
    // (nor an office named by common words and its title: "Jane Doe, Program Director," or "…, Bureau Chief")
    const kept = named.filter(
      (c) => !ACADEMIC_DEGREE.test(doc.text.slice(c.start, c.end)) && !commonWordOffice(doc, c),
    );
    return periodGiven.size
      ? kept.map((c) => (periodGiven.has(c.end) ? candidate(c.start, c.end - 1, c.label, c.rule, c.afterTitle) : c))
      : kept;
  }
  for (const [from, to] of runs(doc))
    splitRun(doc, from, to, { afterTitleGlue: followsTitleGlue(doc, from), label: null }, push);
  return out;
}
