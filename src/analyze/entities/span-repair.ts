// Repairs of the recogniser's spans that the KB and the lexicon can make, before titles are split
// off: a known first name left outside a person's name joins it ("John" + "Kirby"), capitalised
// organisation heads right after a name join it ("Leiden" + "University" → ORG), lower-case glue
// at the start is dropped ("of Finance …"), and an organisation span that runs on into a title
// ("National Security Council Coordinator for …") is cut before the title.
import type { ArticleDocument, Token } from '../document.js';
import { isKnownFirstName, lookupName } from './kb.js';
import { lexiconSets } from './lexicon.js';
import { isKnownWord, usuallyLowerCase } from './ner/recognizer.js';
import { isAlsoSurname } from './title-words.js';

export interface TokenSpan {
  /** Token range [a, b). */
  a: number;
  b: number;
  label: 'PER' | 'ORG' | 'LOC' | 'MISC';
  rule: string;
}

const CAPITAL = /^\p{Lu}/u;
/**
 * An agreement's word, capitalised as part of its name ("the Minsk Agreements"): fewer than the
 * agreement heads typing.ts reads, for this one extends a name over a word the recogniser left out
 * ("Act", "Charter", "Resolution" after a name are as often a title's or a body's).
 */
const AGREEMENT_WORDS = new Set([
  'Agreement',
  'Agreements',
  'Accord',
  'Accords',
  'Treaty',
  'Protocol',
  'Convention',
  'Conventions',
  // (and talks known by a name: "the Six-Party Talks")
  'Talks',
]);
/** Heads of broadcasters named after a country: "Voice of Russia", "Voice of Vietnam". */
const OUTLET_HEADS = new Set(['Voice']);

/** "Official" written as part of a title (capitalised): "Senior State Department Official". */
const OFFICIAL = /^(?:Officials?|OFFICIALS?)$/;
/** One capital letter and a full stop: a name's initial. */
const INITIAL = /^\p{Lu}\.$/u;
/** One capital letter alone. */
const BARE_CAPITAL = /^\p{Lu}$/u;

/** Whether the token is a capitalised word that starts no sentence and no quotation. */
function midSentenceCapital(doc: ArticleDocument, t: Token | undefined): t is Token {
  if (!t || !CAPITAL.test(t.text)) return false;
  const s = doc.sentences[t.sentence];
  return !!s && t.i > s.firstToken && !/^[“"‘'(]$/.test(doc.tokens[t.i - 1]?.text ?? '');
}

/**
 * Repairs one recogniser span; `taken` says whether a token already lies in another span.
 * Returns the repaired span (possibly the same).
 */
export function repairSpan(doc: ArticleDocument, span: TokenSpan, taken: (i: number) => boolean): TokenSpan {
  const lex = lexiconSets();
  const toks = doc.tokens;
  let { a, b, label, rule } = span;
  // "of Finance Bill Birch": a name never starts with lower-case glue
  while (a < b - 1 && lex.titleGlue.has(toks[a].text)) a++;
  const tail = acronymTail(doc, a, b);
  if (tail > a) {
    a = tail;
    label = 'ORG';
    rule += '+acronym-tail';
  }
  // "Democratic Republic of the Congo Vice" + "Prime Minister …": a country the recogniser ran on into
  // the first word of a title after it ends before that word (a place's name never ends in "Vice")
  let rank = b;
  while (rank - 1 > a && lex.titleModifiers.has(toks[rank - 1].lower) && CAPITAL.test(toks[rank - 1].text)) rank--;
  if (
    rank < b &&
    label !== 'PER' &&
    CAPITAL.test(toks[b]?.text ?? '') &&
    lookupName(doc.text.slice(toks[a].start, toks[rank - 1].end))?.kind === 'country'
  ) {
    b = rank;
    label = 'LOC';
    rule += '+before-title';
  }
  // "Senior State Department Official", "SENIOR ADMINISTRATION OFFICIAL": the rank before a body
  // named in an official's title is the official's, not the body's
  // (the recogniser may have run on over "Official" itself, cut off below as a title)
  const official = OFFICIAL.test(toks[b]?.text ?? '') || (b - a > 2 && OFFICIAL.test(toks[b - 1].text));
  if (label === 'ORG' && b - a > 1 && lex.titleModifiers.has(toks[a].lower) && official) {
    a++;
    rule += '+official-rank';
  }
  // "Secretary of State Blinken", "Minister of Defense Gantz": the portfolio after a title's "of" is
  // the title's; the capitalised words after it are the holder's name (a portfolio alone is no name)
  const portfolio = portfolioEnd(doc, a, b);
  if (portfolio > a) {
    // ("Director of Defense Intelligence Agency": a body's name, not a portfolio and a holder)
    if (portfolio < b && !CAPITAL.test(toks[portfolio].text)) return span;
    for (let k = portfolio; k < b; k++) if (lex.orgHeads.has(toks[k].lower)) return span;
    return { a: portfolio, b, label: portfolio < b ? 'PER' : label, rule: rule + '+after-portfolio' };
  }
  // "the Ministry of" + "Foreign Affairs", "Department of" + "Treasury", "Voice of" + "Russia": a
  // capitalised body's head and "of" before the span are the start of the body's name
  const head = toks[a - 2];
  if (
    head &&
    toks[a - 1].lower === 'of' &&
    !taken(a - 2) &&
    CAPITAL.test(head.text) &&
    (lex.orgHeads.has(head.lower) || OUTLET_HEADS.has(head.text)) &&
    head.sentence === toks[a].sentence &&
    label !== 'PER'
  ) {
    a -= 2;
    label = 'ORG';
    rule += '+org-head-of';
  }
  // "the Government of" + "Iraq": a country's government named as a body (government-names.ts)
  const of = toks[a - 1]?.lower === 'the' ? a - 2 : a - 1;
  const government = toks[of - 1];
  if (
    government &&
    toks[of].lower === 'of' &&
    /^Governments?$/.test(government.text) &&
    !taken(of - 1) &&
    government.sentence === toks[a].sentence &&
    label !== 'PER' &&
    lookupName(doc.text.slice(toks[a].start, toks[b - 1].end))?.kind === 'country'
  ) {
    a = of - 1;
    label = 'ORG';
    rule += '+government-of';
  }
  // "Under Secretary of State for Political Affairs Victoria Nuland": a name opening with a known
  // first name right after a portfolio's last word ("Affairs", "Security") is the holder's, whatever
  // the recogniser labelled it
  const titleEnd = toks[a - 1];
  if (
    label !== 'PER' &&
    b - a >= 2 &&
    b - a <= 3 &&
    titleEnd &&
    titleEnd.sentence === toks[a].sentence &&
    CAPITAL.test(titleEnd.text) &&
    (lex.bodyEndWords.has(titleEnd.lower) || lex.portfolioEndWords.has(titleEnd.lower)) &&
    isKnownFirstName(toks[a].text) &&
    toks.slice(a, b).every((t) => CAPITAL.test(t.text) && !lex.orgHeads.has(t.lower) && !lex.placeHeads.has(t.lower))
  ) {
    label = 'PER';
    rule += '+after-portfolio';
  }
  // "John" + "Kirby": a KB first name right before a one-word person name belongs to it (and makes
  // a one-word "body" the KB does not know a person: the recogniser's ORG "Kirby" after "John"); so
  // does one before a name that starts with a middle initial ("Wendy" + "R. Sherman")
  // (twice where the first word joined is an initial: "ANTONY" + "J." + "BLINKEN" in a heading)
  for (let joined = 0; joined < 2 && (joined === 0 || INITIAL.test(toks[a].text)); joined++) {
    const prev = toks[a - 1];
    const bodyless = label === 'ORG' && b - a === 1 && !lex.orgHeads.has(toks[a].lower) && !lookupName(toks[a].text);
    if (!(
      (label === 'PER' || bodyless) &&
      (b - a === 1 || (label === 'PER' && (INITIAL.test(toks[a].text) || middleAndSurname(toks, a, b)))) &&
      prev &&
      prev.end < toks[a].start &&
      prev.sentence === toks[a].sentence &&
      !taken(a - 1) &&
      CAPITAL.test(prev.text) &&
      !lex.titleHeads.has(prev.lower) &&
      !lex.notNames.has(prev.lower) &&
      (prev.pos === 'PROPN' || midSentenceCapital(doc, prev)) &&
      isKnownFirstName(prev.text) &&
      !lookupName(prev.text)
    ))
      break;
    a--;
    label = 'PER';
    if (joined === 0) rule += '+first-name';
  }
  // "Minister for Agriculture and Rural Development Le" + "Minh Hoan": a capitalised word the title's
  // portfolio cannot end with, between it and a person's name, is the name's first word: a short one
  // or one news never writes otherwise ("… for Political-Security Community Michael Tene" keeps its
  // portfolio's word, "… Specialist" its title's)
  const before = toks[a - 1];
  const titleLast = toks[a - 2];
  if (
    label === 'PER' &&
    b - a >= 2 &&
    before &&
    titleLast &&
    !taken(a - 1) &&
    before.sentence === toks[a].sentence &&
    /^\p{Lu}\p{Ll}+$/u.test(before.text) &&
    (lex.portfolioEndWords.has(titleLast.lower) || lex.bodyEndWords.has(titleLast.lower)) &&
    CAPITAL.test(titleLast.text) &&
    !lex.titleHeads.has(before.lower) &&
    !lex.titleModifiers.has(before.lower) &&
    !lex.orgHeads.has(before.lower) &&
    !lex.portfolioEndWords.has(before.lower) &&
    !lex.bodyEndWords.has(before.lower) &&
    !lex.notNames.has(before.lower) &&
    !usuallyLowerCase(before.text) &&
    (before.text.length <= 3 || !isKnownWord(before.text)) &&
    !lookupName(before.text)
  ) {
    a--;
    rule += '+name-after-portfolio';
  }
  // "Valery Giscard" + "d'Estaing", "Cote" + "d'Ivoire": an elided particle glued to a capital is
  // the name's next word
  const next = toks[b];
  if (
    next &&
    !taken(b) &&
    next.sentence === toks[b - 1].sentence &&
    next.start === toks[b - 1].end + 1 &&
    isElidedParticleWord(next.text)
  ) {
    b++;
    rule += '+elided-particle';
  }
  // "W. Patrick Murphy", "J. K. Rowling": initials right before a person's name are part of it
  // (a bare capital after one with its full stop is one too: "Pakistani nuclear scientist A. Q Khan")
  if (label === 'PER') {
    let i = a;
    const initialAt = (k: number) =>
      INITIAL.test(toks[k].text) || (BARE_CAPITAL.test(toks[k].text) && k > 0 && INITIAL.test(toks[k - 1].text));
    while (
      i - 1 >= 0 &&
      a - (i - 1) <= 3 &&
      !taken(i - 1) &&
      initialAt(i - 1) &&
      toks[i - 1].sentence === toks[a].sentence &&
      toks[i - 1].end < toks[i].start
    )
      i--;
    if (i < a) {
      a = i;
      rule += '+initial';
    }
  }
  if (label === 'PER') {
    const tail = hyphenedGivenNameEnd(doc, a, b, taken);
    if (tail > b) {
      b = tail;
      rule += '+hyphened-given-name';
    }
  }
  // "Leiden" + "University": capitalised organisation heads right after the name make it a body
  let c = b;
  while (
    c < toks.length &&
    !taken(c) &&
    toks[c].sentence === toks[b - 1].sentence &&
    toks[c].start === toks[c - 1].end + 1 &&
    CAPITAL.test(toks[c].text) &&
    lex.orgHeads.has(toks[c].lower)
  )
    c++;
  if (c > b && label !== 'ORG') {
    b = c;
    label = 'ORG';
    rule += '+org-head';
  }
  // "Minsk" + "Agreements", "Geneva" + "Conventions": the place an agreement is named after, and the
  // agreement's word the recogniser left out, are one name (typed an agreement: typing.ts)
  if (
    label !== 'PER' &&
    b < toks.length &&
    !taken(b) &&
    toks[b].sentence === toks[b - 1].sentence &&
    toks[b].start === toks[b - 1].end + 1 &&
    AGREEMENT_WORDS.has(toks[b].text)
  ) {
    b++;
    label = 'MISC';
    rule += '+agreement-word';
  }
  const joint = hyphenedPairBodyEnd(doc, a, b, taken);
  if (joint > b) {
    b = joint;
    label = 'ORG';
    rule += '+partners-body';
  }
  const bodyEnd = label === 'ORG' ? bodyPortfolioEnd(doc, b, taken) : b;
  if (bodyEnd > b) {
    b = bodyEnd;
    rule += '+body-portfolio';
  }
  return { a, b, label, rule };
}

/**
 * Whether a person's span is two capitalised words, a middle name and a surname, after a first name
 * the tagger read as another word ("Per" + "Stig Møller": "Per" is tagged a preposition).
 */
function middleAndSurname(toks: readonly Token[], a: number, b: number): boolean {
  const first = toks[a - 1];
  return (
    b - a === 2 &&
    !!first &&
    first.pos !== 'PROPN' &&
    /^\p{Lu}\p{Ll}+$/u.test(first.text) &&
    CAPITAL.test(toks[a].text) &&
    CAPITAL.test(toks[a + 1].text)
  );
}

/** Words that end the name of a body two partners form ("the Mekong-U.S. Partnership", "the U.S.-India Strategic Dialogue"). */
const PARTNERSHIP_HEADS = new Set([
  'partnership',
  'dialogue',
  'forum',
  'initiative',
  'council',
  'commission',
  'alliance',
]);
/** How many capitalised words a partners' body may add after the pair. */
const MAX_PARTNERSHIP_WORDS = 3;

/**
 * Where a body's name ends when the span is only its two partners joined by a hyphen ("Mekong-U.S.",
 * read alone by the recogniser) and capitalised words ending in a partnership's head follow
 * ("Partnership", "Strategic Dialogue"); else b.
 */
function hyphenedPairBodyEnd(doc: ArticleDocument, a: number, b: number, taken: (i: number) => boolean): number {
  const toks = doc.tokens;
  if (!/^\p{Lu}[\p{L}.]*-\p{Lu}[\p{L}.]*$/u.test(doc.text.slice(toks[a].start, toks[b - 1].end))) return b;
  let end = b;
  for (let k = b; k < toks.length && k - b < MAX_PARTNERSHIP_WORDS; k++) {
    const t = toks[k];
    if (
      taken(k) ||
      !/^\p{Lu}\p{Ll}/u.test(t.text) ||
      t.sentence !== toks[b - 1].sentence ||
      t.start > toks[k - 1].end + 1
    )
      break;
    if (PARTNERSHIP_HEADS.has(t.lower)) end = k + 1;
  }
  return end;
}

/** The heads of a government body named by its portfolio ("Ministry of Defense", "Department of State"). */
const PORTFOLIO_BODIES = new Set(['ministry', 'department']);

/**
 * Where a body's name ends when the span stops at its head and "of" and a portfolio follow ("Dutch
 * Ministry" + "of Foreign Affairs Political Director …": the portfolio is the ministry's, and a title
 * after it is its official's), else b.
 */
function bodyPortfolioEnd(doc: ArticleDocument, b: number, taken: (i: number) => boolean): number {
  const toks = doc.tokens;
  if (!PORTFOLIO_BODIES.has(toks[b - 1]?.lower ?? '') || !CAPITAL.test(toks[b - 1].text) || toks[b]?.lower !== 'of')
    return b;
  const from = toks[b + 1]?.lower === 'the' ? b + 2 : b + 1;
  let end = b;
  const fits = (k: number) => CAPITAL.test(toks[k].text) && !taken(k);
  for (const words of lexiconSets().officePortfolios) {
    const to = from + words.length;
    if (to <= end || to > toks.length || toks[to - 1].sentence !== toks[b - 1].sentence) continue;
    if (portfolioAt(toks, from, words, fits)) end = to;
  }
  // (a people's adjective read as a name of its own may stand in it: "Foreign and European Affairs")
  return end > b ? end : coordinatedAffairsEnd(toks, from, b);
}

/** The most words of a portfolio of coordinated affairs ("Foreign and European Affairs"). */
const MAX_AFFAIRS_WORDS = 6;

/**
 * Where a portfolio of two coordinated fields ending in "Affairs" ends, opening at `from` ("Ministry
 * of | Foreign and European Affairs", "Ministry for | Europe and Foreign Affairs"): capitalised words
 * and one "and" between them, whatever other name the recogniser read among them; else b.
 */
function coordinatedAffairsEnd(toks: readonly Token[], from: number, b: number): number {
  let and = false;
  for (let k = from; k < toks.length && k - from < MAX_AFFAIRS_WORDS; k++) {
    if (toks[k].sentence !== toks[b - 1].sentence) return b;
    if (toks[k].lower === 'and' && !and && k > from) {
      and = true;
      continue;
    }
    if (!CAPITAL.test(toks[k].text)) return b;
    if (toks[k].lower === 'affairs') return and ? k + 1 : b;
  }
  return b;
}

/**
 * Where a portfolio that opens the span ends, when a title and "of" (or "of the") come right before
 * it ("Secretary of | State Blinken"); a, when there is none.
 */
function portfolioEnd(doc: ArticleDocument, a: number, b: number): number {
  const lex = lexiconSets();
  const toks = doc.tokens;
  let k = a - 1;
  if (toks[k]?.lower === 'the') k--;
  if (toks[k]?.lower !== 'of' || !lex.titleHeads.has(toks[k - 1]?.lower ?? '') || !CAPITAL.test(toks[k - 1].text))
    return a;
  const end = knownPortfolioEnd(toks, a, b);
  return end > 0 ? end : a;
}

/** Where a portfolio the lexicon knows, opening at token `from`, ends before `to` (the longest first), else -1. */
function knownPortfolioEnd(toks: readonly Token[], from: number, to: number): number {
  for (const words of lexiconSets().officePortfolios)
    if (words.length <= to - from && portfolioAt(toks, from, words)) return from + words.length;
  return -1;
}

/** Whether the tokens from `from` on are the portfolio's lower-case words, each passing `fits`. */
function portfolioAt(
  toks: readonly Token[],
  from: number,
  words: readonly string[],
  fits: (k: number) => boolean = () => true,
): boolean {
  return words.every((w, i) => toks[from + i]?.lower === w && fits(from + i));
}

/** "d'Estaing", "d'Ivoire", "l'Aquila": an elided particle glued to a capitalised word, part of a name. */
export function isElidedParticleWord(text: string): boolean {
  return /^[dl]['’]\p{Lu}\p{L}+$/u.test(text);
}

/** Whether tokens k, k+1, k+2 are a capitalised word, a hyphen and a lower-case word, glued: "Yiu-chung". */
function hyphenedWordAt(doc: ArticleDocument, k: number): boolean {
  const [x, h, y] = [doc.tokens[k], doc.tokens[k + 1], doc.tokens[k + 2]];
  return (
    !!x &&
    !!h &&
    !!y &&
    CAPITAL.test(x.text) &&
    h.text === '-' &&
    x.end === h.start &&
    h.end === y.start &&
    /^\p{Ll}+$/u.test(y.text)
  );
}

/**
 * Where a person's name ends once a Hong Kong-style given name ("Leung Yiu-chung", "Wong Kwok-hing")
 * the recogniser cut short is taken in: the lower-case half after a glued hyphen, or the whole given
 * name after a one-word name. Returns b when there is none.
 */
function hyphenedGivenNameEnd(doc: ArticleDocument, a: number, b: number, taken: (i: number) => boolean): number {
  const toks = doc.tokens;
  const free = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (!toks[k] || taken(k) || toks[k].sentence !== toks[a].sentence) return false;
    return true;
  };
  // "Wong Kwok" + "-hing", "Wong Kwok-" + "hing"
  if (hyphenedWordAt(doc, b - 1) && free(b, b + 2)) return b + 2;
  if (b - a >= 2 && toks[b - 1].text === '-' && hyphenedWordAt(doc, b - 2) && free(b, b + 1)) return b + 1;
  // "Leung" + "Yiu-chung"
  if (b - a === 1 && toks[b] && toks[b].start === toks[a].end + 1 && hyphenedWordAt(doc, b) && free(b, b + 3))
    return b + 3;
  return b;
}

/**
 * Where a span runs on into a title ("National Security Council Coordinator for Strategic
 * Communications", "EU Farm Commissioner Franz Fischler", "Vice President Dick Cheney"): where the
 * body's name ends (-1 when nothing before the title names a body) and where the title word is. The
 * body must look like one (an organisation head, or a name the KB knows) or a name must follow.
 */
export function titleInside(doc: ArticleDocument, a: number, b: number): { bodyEnd: number; title: number } | null {
  const lex = lexiconSets();
  const toks = doc.tokens;
  for (let k = a + 1; k < b; k++) {
    const t = toks[k];
    if (!lex.titleHeads.has(t.lower) || lex.orgHeads.has(t.lower) || !CAPITAL.test(t.text)) continue;
    if (!CAPITAL.test(toks[k - 1].text) && !/^\d/.test(toks[k - 1].text)) continue;
    // "General Assembly", "Executive Board": a title word before a body's head names the body
    if (lex.orgHeads.has(toks[k + 1]?.lower ?? '')) continue;
    // "Office of the Special Envoy to Defeat ISIS", "Office of the High Commissioner for Human
    // Rights": a title after "of the" names the office that serves it, holder and all
    if (titleOfTheOffice(toks, a, k)) continue;
    if (k === b - 1 && portfolioOfBody(toks, a, k)) continue;
    // the body before: "National Security Council", "EU", "Reserve Bank of India" (a Farm
    // Commissioner's "Farm" is part of the title, so step back over words that are not the body)
    let end = k;
    while (end > a + 1 && !orgLike(doc, a, end)) end--;
    // (a title's modifier before it is the title's: "U.S. Department of State Special Envoy for …")
    if (end === k) while (end - 1 > a && lex.titleModifiers.has(toks[end - 1].lower) && orgLike(doc, a, end - 1)) end--;
    const bodyLike = orgLike(doc, a, end);
    const rest = toks.slice(k + 1, b);
    // "National Security Advisor Sullivan": one capitalised word after a person's title (not
    // "Criminal Justice Reform") is the holder's surname when it is no title word and no place or body
    const nameAfter =
      (rest.length >= 2 && rest.slice(-2).every((x) => CAPITAL.test(x.text) && !lex.titleGlue.has(x.lower))) ||
      endsInParticleName(rest) ||
      (rest.length === 1 && lex.personNominalHeads.has(t.lower) && surnameLike(rest[0]));
    if (bodyLike || nameAfter) return { bodyEnd: bodyLike ? end : -1, title: k };
  }
  return null;
}

/**
 * Whether the title word at k, ending a body's name, is the last word of a portfolio after the body's
 * "of": "Office of Global Criminal Justice", "Ministry of Justice" (no holder's "Justice").
 */
export function portfolioOfBody(toks: readonly Token[], a: number, k: number): boolean {
  const word = toks[k].lower;
  return (
    lexiconSets().officePortfolios.some((p) => p[p.length - 1] === word) &&
    toks.slice(a, k).some((x) => x.lower === 'of')
  );
}

/** Whether the title word at k follows "of the" and only a title's modifiers ("Office of the Special Envoy"). */
export function titleOfTheOffice(toks: readonly Token[], a: number, k: number): boolean {
  const lex = lexiconSets();
  let j = k - 1;
  while (j > a && lex.titleModifiers.has(toks[j].lower)) j--;
  return j > a && toks[j].lower === 'the' && toks[j - 1].lower === 'of';
}

/**
 * Whether the tokens end in a given name and a surname with its particle ("Mouwafak al-Rubaie",
 * "Mohammed bin Salman"): the particle in lower case, so no plain two-capitals test sees the name.
 */
function endsInParticleName(rest: Token[]): boolean {
  const lex = lexiconSets();
  let k = rest.length - 1;
  if (k < 2 || !CAPITAL.test(rest[k].text)) return false;
  if (rest[k - 1].text === '-' && rest[k - 1].start === rest[k - 2].end) k--;
  return lex.particles.has(rest[k - 1]?.text ?? '') && CAPITAL.test(rest[k - 2]?.text ?? '');
}

/** Person titles that also open bodies' names as adjectives ("General Motors", "General Electric"). */
const ADJECTIVAL_TITLES = new Set(['general', 'chief', 'head']);
/**
 * Military and police ranks that open a holder's name as a title does ("Admiral Mullen", "Sergeant
 * Bergdahl"); they are no person-nominal heads (no "the admiral" link), so listed apart. "Major" is
 * left out: it opens far more names of things ("Major Economies", "Major League") than of people.
 */
const RANK_TITLES = new Set(['admiral', 'sergeant', 'colonel', 'lieutenant', 'captain', 'corporal', 'brigadier']);

/**
 * Where the holder's name starts in a span the recogniser read as a body that opens with a person's
 * title ("Ambassador Reeker", "Special Envoy Lenderking"): after the title's words, when one to three
 * capitalised words follow that name no body or place and end in a possible surname; else -1.
 */
export function holderAfterLeadingTitle(doc: ArticleDocument, a: number, b: number): number {
  const lex = lexiconSets();
  const toks = doc.tokens;
  let k = a;
  while (k < b - 1 && lex.titleModifiers.has(toks[k].lower)) k++;
  const title = toks[k];
  if (!CAPITAL.test(title.text) || !(lex.personNominalHeads.has(title.lower) || RANK_TITLES.has(title.lower)))
    return -1;
  // a transcript label in capitals ("PRESIDENT OBAMA:", "GENERAL JONES:"): its words are read as a
  // name would be written, and "General" there is a rank, not a company's adjective (General Motors)
  // (so it is before one word news never writes in lower case: "General Petraeus", not "General Assembly")
  // "Director of National Intelligence Avril Haines": the title's portfolio after "of", then a name
  // opening with a known first name
  const ofPortfolio = portfolioHolder(toks, k, b);
  if (ofPortfolio > 0) return ofPortfolio;
  const label = isTranscriptLabel(doc, a, b);
  const rest = toks.slice(k + 1, b).map((t) => (label ? asWrittenInName(t) : t));
  if (ADJECTIVAL_TITLES.has(title.lower) && !label && !(title.lower === 'general' && rankBeforeSurname(rest)))
    return -1;
  if (!rest.length || rest.length > 3 || lookupName(doc.text.slice(toks[a].start, toks[b - 1].end))) return -1;
  const nameWord = (t: Token) => CAPITAL.test(t.text) && !lex.titleHeads.has(t.lower) && !lex.orgHeads.has(t.lower);
  if (!rest.every((t) => nameWord(t) || INITIAL.test(t.text)) || !surnameLike(rest[rest.length - 1])) return -1;
  return rest.slice(0, -1).some((t) => lookupName(t.text) && lookupName(t.text)?.kind !== 'person') ? -1 : k + 1;
}

/**
 * Where a holder's name starts after a title at k, "of", and a capitalised portfolio ("Director |
 * of National Intelligence | Avril Haines"): up to three capitalised words that end the span, after
 * a portfolio the lexicon knows or opening with a known first name; else -1.
 */
function portfolioHolder(toks: readonly Token[], k: number, b: number): number {
  if (toks[k + 1]?.lower !== 'of' || !CAPITAL.test(toks[k + 2]?.text ?? '')) return -1;
  const nameAt = (j: number) => b - j <= 3 && toks.slice(j, b).every((t) => CAPITAL.test(t.text));
  // (a portfolio the lexicon knows ends right before it, or the name opens with a known first name)
  const known = knownPortfolioEnd(toks, k + 2, b - 1);
  if (known > 0 && nameAt(known)) return known;
  for (let j = k + 3; j < b - 1; j++) {
    if (!CAPITAL.test(toks[j].text)) return -1;
    if (nameAt(j) && isKnownFirstName(toks[j].text)) return j;
  }
  return -1;
}

/**
 * "General Petraeus": one word after the rank that news never writes in lower case (not Assembly,
 * Staff) and that carries on no company's name (General Motors, General Dynamics).
 */
function rankBeforeSurname(rest: Token[]): boolean {
  const word = rest[0];
  return (
    rest.length === 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(word.text) &&
    !lexiconSets().companyNameWords.has(word.lower) &&
    !usuallyLowerCase(word.text)
  );
}

/**
 * Whether tokens [a, b) are a speaker's label in a transcript: in capitals, opening a line, a colon
 * after them ("PRESIDENT OBAMA: …", "AMBASSADOR KIM: …").
 */
export function isTranscriptLabel(doc: ArticleDocument, a: number, b: number): boolean {
  const toks = doc.tokens;
  if (toks[b]?.text !== ':' || !/(?:^|\n)[ \t]*$/.test(doc.text.slice(Math.max(0, toks[a].start - 80), toks[a].start)))
    return false;
  for (let k = a; k < b; k++)
    if (!/\p{Lu}{2}/u.test(toks[k].text) || toks[k].text !== toks[k].text.toUpperCase()) return false;
  return true;
}

/** A word in capitals as a name writes it ("OBAMA" → "Obama"), so that the KB and the shape tests know it. */
function asWrittenInName(t: Token): Token {
  return /\p{Lu}{2}/u.test(t.text) ? { ...t, text: t.text[0] + t.text.slice(1).toLowerCase() } : t;
}

/** Continents and oceans: the KB's places are countries and cities ("Supreme Allied Commander Europe"). */
export const WIDE_PLACES: ReadonlySet<string> = new Set([
  'europe',
  'asia',
  'africa',
  'america',
  'americas',
  'oceania',
  'atlantic',
  'pacific',
  'arctic',
  'antarctica',
]);

/**
 * Whether a lone capitalised word after a title may be its holder's surname: no title or body word,
 * no place (a KB place or body, a continent, a region of the curated list).
 */
function surnameLike(t: Token): boolean {
  const lex = lexiconSets();
  if (!/^\p{Lu}\p{Ll}/u.test(t.text) || lex.titleHeads.has(t.lower) || lex.orgHeads.has(t.lower)) return false;
  if (WIDE_PLACES.has(t.lower) || lex.namedRegions.has(t.lower) || isCommonWordOfNames(t)) return false;
  const hit = lookupName(t.text);
  return !hit || hit.kind === 'person';
}

/** Endings of abstract nouns, no surname's ("Supreme Allied Commander Transformation"). */
const ABSTRACT_NOUN_END = /(?:tion|sion|ment|ness|ity|ance|ence|ship|ism)$/;

/**
 * Whether a capitalised word is one that names offices, buildings and places rather than people: a
 * portfolio ("Deputy Assistant Treasury"), a facility's or a place's head ("Ambassador Bridge"), an
 * abstract noun.
 */
export function isCommonWordOfNames(t: Token): boolean {
  const lex = lexiconSets();
  if (lex.facilityHeads.has(t.lower) || lex.placeHeads.has(t.lower) || ABSTRACT_NOUN_END.test(t.lower)) return true;
  return lex.officePortfolios.some((words) => words.length === 1 && words[0] === t.lower);
}

/** Words of the compass, which the KB's first names hold: they open a region's name ("East Asian"), not a person's. */
export const COMPASS_WORDS = new Set([
  'east',
  'west',
  'north',
  'south',
  'central',
  'eastern',
  'western',
  'northern',
  'southern',
]);

/** Token index where a person's name starts in the words after a title, or -1: a KB first name, else all of them when they are a few capitalised words. */
export function nameAfterTitle(doc: ArticleDocument, from: number, b: number): number {
  const lex = lexiconSets();
  const toks = doc.tokens;
  // "Director General Grossi": the title's other words come before the name
  while (from < b - 1 && isTitleWord(toks[from])) from++;
  for (let k = from; k < b - 1; k++)
    if (isKnownFirstName(toks[k].text) && !COMPASS_WORDS.has(toks[k].lower) && CAPITAL.test(toks[k + 1].text)) return k;
  const words = toks.slice(from, b);
  // "for Strategic Communications": a title's complement is no name unless a known first name starts one
  if (!words.length || words.some((t) => lex.titleGlue.has(t.lower))) return -1;
  // "Office of the Secretary Defense": one word of a portfolio or a place is no holder's name
  if (words.length === 1 && (isCommonWordOfNames(words[0]) || isTitleWord(words[0]))) return -1;
  // (a particle inside, between capitals: "Mouwafak al-Rubaie")
  const nameWord = (t: Token, i: number) =>
    CAPITAL.test(t.text) || t.text === '-' || t.text === '.' || (i > 0 && lex.particles.has(t.text));
  return words.length <= 4 && words.every(nameWord) && CAPITAL.test(words[words.length - 1].text) ? from : -1;
}

/** Whether a capitalised word is a title's (General, Deputy) and no known person's surname (King). */
function isTitleWord(t: Token): boolean {
  const lex = lexiconSets();
  if (!CAPITAL.test(t.text)) return false;
  return lex.titleModifiers.has(t.lower) || (lex.titleHeads.has(t.lower) && !isAlsoSurname(t.text));
}

/** Whether tokens [a, end) name a body: an organisation head in them, or a KB organisation, seat or country. */
export function orgLike(doc: ArticleDocument, a: number, end: number): boolean {
  const lex = lexiconSets();
  const toks = doc.tokens.slice(a, end);
  if (toks.some((t) => lex.orgHeads.has(t.lower))) return true;
  const kind = lookupName(doc.text.slice(toks[0].start, toks[toks.length - 1].end))?.kind;
  return kind === 'org' || kind === 'seat' || kind === 'country';
}

/** Kinds of KB names that may run on, unseparated, into a body the KB knows apart from them. */
const LEADING_NAME_KINDS = new Set(['country', 'capital', 'city', 'region', 'org']);

/**
 * Where a body's name starts whose acronym follows in brackets when the words before it are a place
 * or a body of their own: "Palestine Human Rights Watch (HRW)" (a dateline run into the name),
 * "United Nations International Atomic Energy Agency (IAEA)". The tail must be a body the KB knows
 * with another country (or none) than the words before it: "United States Central Intelligence Agency
 * (CIA)" stays whole, the country's own. Else a.
 */
function acronymTail(doc: ArticleDocument, a: number, b: number): number {
  const toks = doc.tokens;
  if (toks[b]?.text !== '(' || toks[b + 2]?.text !== ')' || b - a < 2) return a;
  const acronym = toks[b + 1].text;
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return a;
  const initials = (from: number) =>
    toks
      .slice(from, b)
      .filter((t) => CAPITAL.test(t.text))
      .map((t) => t.text[0])
      .join('');
  if (initials(a) === acronym) return a;
  for (let k = a + 1; k < b; k++) {
    if (!CAPITAL.test(toks[k].text) || initials(k) !== acronym) continue;
    const body = lookupName(doc.text.slice(toks[k].start, toks[b - 1].end));
    const before = lookupName(doc.text.slice(toks[a].start, toks[k - 1].end));
    if (body?.kind !== 'org' || !before || !LEADING_NAME_KINDS.has(before.kind)) return a;
    return body.country && body.country === before.country ? a : k;
  }
  return a;
}
