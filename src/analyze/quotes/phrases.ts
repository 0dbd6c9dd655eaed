// Noun phrases around a cue, read from wink's POS tags (no parser): the subject to the left of a
// cue verb, the inverted subject after it ("said Sullivan"), and the name a phrase is headed by.
import type { ArticleDocument, Token } from '../document.js';
import { closesFrontedAdjunct, predicateAfterCueComma } from '../nlp/parenthetical-frame.js';
import type { Span } from '../types.js';
import { BE_FORMS, betweenCapitalWords, POSSESSIVES, STANDALONE_SUBJECTS } from './context.js';
import { quoteLexicon as lex } from './lexicon.js';
import { isCalendarText } from './speakers.js';
import { isPeopleHead, isPeopleNoun, isSomeonesPeople } from './people-nouns.js';
import { SUBORDINATORS } from './sentence-opening.js';
import { pluralNoun } from '../entities/plural-nouns.js';
import { lexiconSets as entityLexicon } from '../entities/lexicon.js';
import { DEICTIC_DAYS, FINITE_BE_WORDS, PERSONAL_SUBJECT_PRONOUNS } from '../nlp/closed-class.js';

export interface Phrase extends Span {
  /** The mention the attribution rests on: a name, a pronoun or the nominal phrase itself. */
  head: Span;
  headKind: 'name' | 'nominal' | 'pronoun';
  /** Token range of the whole phrase, [first, end). */
  first: number;
  endToken: number;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
/** Words that may sit inside a noun phrase (adviser to the Clinton campaign, Coordinator for ...). */
const NP_LINKS = new Set(['of', 'for', 'to', 'at', '&', 'and', '-', '.', "'s", '’s', 'on', '(', ')']);
const MAX_NP = 14;
/** Words between a person and the body they belong to ("John Smith of the Heritage Foundation"). */
const AFFILIATION_LINKS = new Set(['of', 'from', 'at', 'with']);
const DASHES = new Set(['\u2014', '\u2015', '\u2013', '--']);
/** Entity types of a place where speakers are ("officials in Iraq"). */
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
/** A dash, or a hyphen standing between spaces as one ("Democrats - especially in New York - said"). */
export const isDash = (toks: Token[], j: number) =>
  DASHES.has(toks[j].text) ||
  (toks[j].text === '-' && toks[j - 1]?.end < toks[j].start && toks[j + 1]?.start > toks[j].end);

const isName = (t: Token) =>
  t.pos === 'PROPN' || (/^\p{Lu}/u.test(t.text) && t.pos !== 'PRON' && t.pos !== 'PUNCT' && t.pos !== 'DET');
/** Whether tokens [a, b) are exactly one person's name mention. */
function isPersonName(doc: ArticleDocument, a: number, b: number): boolean {
  const hit = doc.entityAt(doc.tokens[a].start);
  return (
    !!hit &&
    hit.entity.type === 'PERSON' &&
    hit.mention.kind === 'name' &&
    hit.mention.start === doc.tokens[a].start &&
    hit.mention.end === doc.tokens[b - 1].end
  );
}

/**
 * Whether the name at token a is one the entity layer knows as no person's ("the editor in chief of
 * the Vatican's official newspaper, L'Osservatore Romano, said": the paper does not speak).
 */
function namesNonPerson(doc: ArticleDocument, a: number): boolean {
  const hit = doc.entityAt(doc.tokens[a].start);
  return !!hit && hit.mention.kind === 'name' && hit.entity.type !== 'PERSON';
}

/** Whether tokens [a, b) are all name words. */
const allNames = (toks: Token[], a: number, b: number) => toks.slice(a, b).every(isName);
const isBreak = (t: Token) => t.pos === 'SPACE' || /\n/.test(t.text);

/**
 * A word of a speaker phrase read backwards from the cue: a noun-phrase token, or a capitalised
 * word the tagger read as an interjection or a foreign word ("Tan Ah Kow": Ah is tagged INTJ).
 */
const phraseWord = (t: Token) => npToken(t) || ((t.pos === 'INTJ' || t.pos === 'X') && /^\p{Lu}/u.test(t.text));

/** "Sanders' campaign manager": a bare apostrophe glued to a word ending in s is a possessive, not a quote mark. */
export function possessiveApostrophe(toks: Token[], i: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return (
    /^['’]$/.test(t.text) &&
    !!prev &&
    prev.end === t.start &&
    /[sS]$/.test(prev.text) &&
    !!next &&
    next.start > t.end &&
    (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')
  );
}

/**
 * Where the noun phrase ending before token `end` starts: back over phrase words (at most MAX_NP,
 * not before `lo`), then past any linking word it would begin with ("… to the Clinton campaign").
 * Returns `end` when there is no phrase.
 */
/** Adjectives that take "of" after "be" ("critical of", "reminiscent of"): no noun phrase's head. */
const PREDICATIVE_OF = new Set([
  'critical',
  'aware',
  'unaware',
  'proud',
  'afraid',
  'fond',
  'wary',
  'skeptical',
  'sceptical',
  'supportive',
  'dismissive',
  'suspicious',
  'mindful',
  'tired',
  'capable',
  'guilty',
  'ashamed',
  'jealous',
  'reminiscent',
  'respectful',
  'contemptuous',
  'protective',
]);

/** Links after an amount that name its recipient or purpose ("$300,000 to an independent group"). */
const AMOUNT_LINKS = new Set(['to', 'for']);

/** Where the noun phrase ending before token `end` starts (no earlier than lo). */
export function phraseStartBefore(toks: Token[], end: number, lo: number): number {
  let s = end;
  while (s - 1 >= lo && end - (s - 1) <= MAX_NP && phraseWordAt(toks, s - 1) && !isBreak(toks[s - 1])) s--;
  // "shortly after the summit a spokesman for the organization said", "at one point the crowd …": an
  // article right after a common noun that ends a phrase of its own opens another, the subject
  // ("Obama the realist" is one phrase; "helped draft a report" has a verb tagged a noun)
  for (let j = end - 1; j > s + 1; j--)
    if (ARTICLES.has(toks[j].lower) && toks[j - 1].pos === 'NOUN' && NOMINAL_BEFORE.has(toks[j - 2].pos)) {
      s = j;
      break;
    }
  // "contributed $300,000 to an independent group backing …": an amount's recipient opens a phrase of its own
  for (let j = end - 2; j > s; j--)
    if (AMOUNT_LINKS.has(toks[j].lower) && toks[j - 1].pos === 'NUM' && ARTICLES.has(toks[j + 1].lower)) {
      s = j + 1;
      break;
    }
  // "parts that officials said were stolen": "that" read as a determiner after a noun but before a
  // plural ("five times that number" stays) opens a relative clause, whose subject the phrase after it is
  const last = toks[end - 1];
  if (last?.pos === 'NOUN' && last.lemma !== last.lower && /s$/.test(last.lower))
    for (let j = end - 2; j > s; j--)
      if (toks[j].lower === 'that' && (toks[j - 1].pos === 'NOUN' || toks[j - 1].pos === 'PROPN')) {
        s = j + 1;
        break;
      }
  // "The rules, which officials said will go into effect …": "which" read as a determiner after a
  // comma or a noun opens a relative clause, whose subject the phrase after it is
  if (
    s + 1 < end &&
    toks[s].lower === 'which' &&
    s - 1 >= lo &&
    (toks[s - 1].text === ',' || toks[s - 1].pos === 'NOUN')
  )
    s++;
  // (also inside the run: "a situation which critics say is more transparent")
  else
    for (let j = end - 2; j > s; j--)
      if (toks[j].lower === 'which' && (toks[j - 1].pos === 'NOUN' || toks[j - 1].pos === 'PROPN')) {
        s = j + 1;
        break;
      }
  // "… to manufacture weapons of this kind and the officials maintained …": after a verb that takes
  // no clause, the run is its object and the subject opens after the "and" joining the clauses
  // ("said Smith and Jones agree" keeps both, and so does a relative's antecedent: "including civil
  // society organisations and the Syrian opposition, who have condemned …")
  const verb = toks[s - 1];
  if (
    s - 1 >= lo &&
    verb.pos === 'VERB' &&
    verb.lemma !== 'include' &&
    !lex.speech.has(verb.lemma) &&
    !lex.cognition.has(verb.lemma) &&
    toks[end]?.text !== ','
  )
    for (let j = end - 2; j > s; j--)
      if (toks[j].lower === 'and' && ARTICLES.has(toks[j + 1].lower)) {
        s = j + 1;
        break;
      }
  // "critical of all the candidates seeking …": a predicative adjective and its "of" open no phrase
  // ("Many of the hard-liners" keeps its quantifier)
  if (s + 2 < end && toks[s + 1].lower === 'of' && PREDICATIVE_OF.has(toks[s].text)) s += 2;
  while (s < end && (NP_LINKS.has(toks[s].lower) || toks[s].pos === 'PART')) s++;
  s = pastComplexPreposition(toks, s, end);
  // "Today the group reaffirmed", "In July the federal government announced", "On Thursday Xinhua News
  // agency confirmed": a day or month that opens the run is a time adjunct, not the subject's first
  // word ("Sunday Times reported", "the Sunday Telegraph" keep theirs)
  if (
    s + 1 < end &&
    isCalendarText(toks[s].text) &&
    (toks[s + 1].pos === 'DET' || (s > lo && toks[s - 1].pos === 'ADP' && toks[s + 1].pos === 'PROPN'))
  )
    s++;
  // (and a date with its day or year: "In January 2007 the Dalai Lama …", "On March 3 the ministry …")
  else if (s + 2 < end && isCalendarText(toks[s].text) && toks[s + 1].pos === 'NUM' && toks[s + 2].pos === 'DET')
    s += 2;
  return s;
}

/**
 * A capitalised word the tagger read as a verb between two capitalised words of one sentence, not
 * its first: a name's ("Abdourahim Said Bacar said"), as context.ts's insideName reads it.
 */
export function verbTaggedNameWord(toks: Token[], i: number): boolean {
  return toks[i].pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(toks[i].text) && betweenCapitalWords(toks, i);
}

/** Nouns of complex prepositions ("in favor of", "on behalf of", "in the wake of"). */
const COMPLEX_PREPOSITION_NOUNS = new Set([
  'favor',
  'favour',
  'support',
  'behalf',
  'way',
  'wake',
  'context',
  'light',
  'spite',
  'terms',
  'view',
  'aftermath',
  'absence',
  'presence',
  'course',
  'front',
  'name',
]);

/**
 * Where the phrase starts once a complex preposition it opens with is left out: "voted in favor of
 * a resolution condemning …" is the resolution's, "on behalf of religious groups seeking …" the
 * groups'. Only after a preposition: "the support of the allies" is a phrase of its own.
 */
function pastComplexPreposition(toks: Token[], s: number, end: number): number {
  const k = toks[s]?.lower === 'the' ? s + 1 : s;
  if (k + 2 >= end || !COMPLEX_PREPOSITION_NOUNS.has(toks[k].lower) || toks[k + 1].lower !== 'of') return s;
  return toks[s - 1]?.pos === 'ADP' ? k + 2 : s;
}

/** Whether token i may sit in a speaker phrase (see phraseWord), possessive apostrophes included. */
/** Parts of speech before a noun that keep it in a noun phrase ("the summit", "one point", "first taste"). */
const NOMINAL_BEFORE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

const phraseWordAt = (toks: Token[], i: number) =>
  phraseWord(toks[i]) ||
  verbTaggedNameWord(toks, i) ||
  affiliationFrom(toks, i) ||
  possessiveApostrophe(toks, i) ||
  nominalAdverbAt(toks, i) ||
  hyphenedModifierAt(toks, i) ||
  attributiveParticipleAt(toks, i) ||
  // (the word before such a participle's hyphen: "well-positioned", "strongly-worded")
  (toks[i + 1]?.text === '-' && hyphenedModifierAt(toks, i + 2)) ||
  comparativeThan(toks, i);

/**
 * Whether token i is a past participle used as an adjective inside a noun phrase: after "of" or an
 * article, before the noun it describes ("supporters of detained Myanmar democracy leader Aung San
 * Suu Kyi", "the jailed activist").
 */
function attributiveParticipleAt(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (t.pos !== 'VERB' || !/^\p{Ll}+ed$/u.test(t.text)) return false;
  const before = toks[i - 1]?.lower ?? '';
  const after = toks[i + 1];
  return (
    (before === 'of' || ARTICLES.has(before)) &&
    !!after &&
    (after.pos === 'PROPN' || after.pos === 'NOUN' || after.pos === 'ADJ')
  );
}

/** Whether token i is the "than" of an amount ("more than 50 experts", "fewer than 10"), inside the phrase. */
const comparativeThan = (toks: Token[], i: number) =>
  toks[i].lower === 'than' && COMPARATIVE_AMOUNTS.has(toks[i - 1]?.lower ?? '') && toks[i + 1]?.pos === 'NUM';
const COMPARATIVE_AMOUNTS = new Set(['more', 'fewer', 'less']);

/**
 * Whether token i is a "from" that ties a named person to the body or place they come from, inside
 * one phrase whose head is the person ("David Shambaugh from George Washington University said").
 * After a common noun the phrase still ends before it: a spokesman's or a document's source speaks
 * ("A statement from the President's office said", "criticism from the African Union's observers").
 */
function affiliationFrom(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  if (toks[i].lower !== 'from' || !prev) return false;
  // (a name, not a capitalised word opening the sentence: "Testimonial from one of the soldiers")
  return prev.pos === 'PROPN' && /^\p{Lu}/u.test(prev.text) && toks[i - 2]?.pos === 'PROPN';
}

/** Words that may open such a phrase before its noun ("About 200", "some of the", "two close"). */
const GROUP_LEAD_POS = new Set(['DET', 'NUM', 'ADJ', 'ADV']);

/**
 * Whether the phrase [a, b) is a group of people named by whose they are: a plural noun for people
 * ("supporters", "relatives", "aides"), only a count or modifiers before it, then "of", "to" or
 * "for" and the rest.
 */
function groupOfSomeone(doc: ArticleDocument, a: number, b: number): boolean {
  const toks = doc.tokens;
  for (let f = a + 1; f < b - 1; f++) {
    if (!GROUP_LINKS.has(toks[f].lower)) continue;
    if (!groupNounBeforeLink(doc, f)) return false;
    for (let k = a; k < f - 1; k++) if (!GROUP_LEAD_POS.has(toks[k].pos) && toks[k].lower !== 'about') return false;
    return true;
  }
  return false;
}
const GROUP_LINKS = new Set(['of', 'to', 'for']);

/**
 * Whether token f is "of", "to" or "for" after a plural noun for someone's people ("aides to",
 * "supporters of"), not inside a name ("Friends of the Earth").
 */
export function groupNounBeforeLink(doc: ArticleDocument, f: number): boolean {
  const toks = doc.tokens;
  const noun = toks[f - 1];
  if (!GROUP_LINKS.has(toks[f].lower) || !noun || !isSomeonesPeople(noun.lower)) return false;
  return doc.entityAt(noun.start)?.mention.kind !== 'name';
}

/** Whether token i is a participle glued by a hyphen to the word before it ("Texas-based", "Iran-backed"). */
export function hyphenedModifierAt(toks: readonly Token[], i: number): boolean {
  return toks[i]?.pos === 'VERB' && toks[i - 1]?.text === '-' && insideWord(toks, i - 1);
}

/** Whether token j is a hyphen or ampersand glued to the words on both sides ("Texas-based", "AT&T"). */
export const insideWord = (toks: readonly Token[], j: number): boolean =>
  /^[-&]$/.test(toks[j].text) && toks[j - 1]?.end === toks[j].start && toks[j + 1]?.start === toks[j].end;

/** Whether a token is a verb's past participle by its ending ("released", "shown", "taken"). */
export const isPastParticiple = (t: Token): boolean => t.pos === 'VERB' && /(?:ed|en|wn)$/.test(t.lower);

/**
 * A word the tagger read as an adverb that ends a subject right before its verb: a capitalised one
 * inside the sentence (a name: "…, Jolly said") or one after an article ("while a third cautioned",
 * "the latter said"; not "the most recent poll", where it modifies the next word).
 */
function nominalAdverbAt(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (t?.pos !== 'ADV' || i === 0) return false;
  const before = toks[i - 1];
  const after = toks[i + 1];
  if (before.sentence !== t.sentence || isBreak(before) || (after?.pos !== 'VERB' && after?.pos !== 'AUX'))
    return false;
  // ("a politically charged visit": a participle before a noun modifies it)
  if (NOMINAL_AFTER.has(toks[i + 2]?.pos ?? '')) return false;
  // ("Among those who want a continuation …, most are planning to support Clinton": a quantifier
  // standing alone after a comma is the subject)
  if (before.text === ',' && STANDING_QUANTIFIERS.has(t.lower)) return true;
  // ("the daily wrote", "the elderly say": an adjective in -ly after "the" and before a verb is the
  // noun the tagger missed; not "the south are …", where "the bombs used in the south" ends)
  return (
    /^\p{Lu}\p{Ll}/u.test(t.text) ||
    (ARTICLES.has(before.lower) && ORDINAL_WORDS.has(t.lower)) ||
    (before.lower === 'the' && /^\p{Ll}+ly$/u.test(t.text))
  );
}

/** Indefinite pronouns that speak as a subject ("Everyone agrees …"; "nobody" names no one: attribute.ts). */
const INDEFINITE_SPEAKERS = new Set(['everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nobody']);
/** Words before such a pronoun that belong to the subject ("Not everyone", "almost everyone"). */
const INDEFINITE_LEADS = new Set(['not', 'almost', 'nearly', 'virtually', 'hardly']);
/** Whether a speaker's words are an indefinite pronoun ("someone", "Not everyone", "almost everybody"). */
export function isIndefiniteSpeaker(words: string): boolean {
  const w = words.toLowerCase().split(/\s+/);
  return INDEFINITE_SPEAKERS.has(w[w.length - 1]) && (w.length === 1 || (w.length === 2 && INDEFINITE_LEADS.has(w[0])));
}

/** Quantifiers that stand for the people of a group named before ("Among Democrats, most say …"). */
export const STANDING_QUANTIFIERS = new Set(['most', 'many', 'some', 'few', 'several', 'all', 'both']);

/** Words that stand for a noun after an article: "a third", "the latter". */
const ORDINAL_WORDS = new Set(['second', 'third', 'fourth', 'fifth', 'last', 'latter', 'former']);
const NOMINAL_AFTER = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Whether the token can be part of a speaker noun phrase. */
export function npToken(t: Token): boolean {
  return (
    NP_POS.has(t.pos) ||
    NP_LINKS.has(t.lower) ||
    (t.pos === 'PART' && /^['’]s$/.test(t.lower)) ||
    t.text === '%' ||
    // a capitalised word the tagger took for a verb is a name (Cook said, Lynch said)
    (t.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(t.text) && !lex.speech.has(t.lemma) && !lex.cognition.has(t.lemma))
  );
}

/** The head of a phrase over tokens [a, b): its last run of names, else the whole nominal. */
export function headOf(doc: ArticleDocument, a: number, b: number): { head: Span; kind: Phrase['headKind'] } {
  const toks = doc.tokens;
  // (a relative pronoun alone is one whatever the tagger calls it: "which" is often a determiner)
  if (b - a === 1 && (toks[a].pos === 'PRON' || RELATIVE_OPENERS.has(toks[a].lower)))
    return { head: toks[a], kind: 'pronoun' };
  // "David Shambaugh from George Washington University": who, not where they come from
  for (let f = a + 1; f < b - 1; f++) if (affiliationFrom(toks, f)) return headOf(doc, a, f);
  // "officials responsible for Curveball", "sources close to the president": who, not what they relate to
  for (let f = a + 1; f < b - 1; f++) if (relationModifierAt(toks, f)) return headOf(doc, a, f);
  // "Supporters of Donald Trump", "Relatives of Mr. Smith", "Aides to Hillary Clinton": the group is
  // who speaks, the name after it is whose they are (the whole phrase is the description)
  if (groupOfSomeone(doc, a, b)) return { head: { start: toks[a].start, end: toks[b - 1].end }, kind: 'nominal' };
  // an entity the entity layer found inside the phrase is the best head: the last person, else the last one
  let best: Span | null = null;
  let bestPerson = false;
  const entityAt = doc.entityFinder();
  for (let i = a; i < b; i++) {
    const hit = entityAt(toks[i].start);
    if (!hit) continue;
    const isPerson = hit.entity.type === 'PERSON';
    if (hit.mention.end > toks[b - 1].end || hit.mention.start < toks[a].start) continue;
    // "Bill Andres of Bayan": a name after "of" that follows a person is where they belong, even when
    // the recogniser reads it as a person too
    if (isPerson && bestPerson && AFFILIATION_LINKS.has(toks[doc.tokenIndexAt(hit.mention.start) - 1]?.lower ?? ''))
      continue;
    if (isPerson || !bestPerson) {
      best = { start: hit.mention.start, end: hit.mention.end };
      bestPerson = isPerson;
    }
  }
  const last = toks[b - 1];
  // a phrase ending in a common noun is a nominal (U.S. intelligence agencies, the campaign)
  if (last.pos === 'NOUN' && !isName(last)) return { head: { start: toks[a].start, end: last.end }, kind: 'nominal' };
  // "The president of Colombia", "the head of the World Trade Organization": a title's common noun
  // before "of" heads the phrase; the name after it says whose
  if (!bestPerson && titleOf(toks, a, b) > a) return { head: { start: toks[a].start, end: last.end }, kind: 'nominal' };
  // "his best friend at Lehigh": someone's relation, the name after the preposition where they belong
  if (!bestPerson && relationNoun(toks, a, b) > a)
    return { head: { start: toks[a].start, end: last.end }, kind: 'nominal' };
  if (best && bestPerson) return { head: best, kind: 'name' };
  // last run of capitalised words, without the titles in front of the name
  let e = b;
  while (e > a && !isName(toks[e - 1])) e--;
  if (e === a) return { head: best ?? { start: toks[a].start, end: last.end }, kind: best ? 'name' : 'nominal' };
  let s = e - 1;
  while (s > a && isName(toks[s - 1]) && !NP_LINKS.has(toks[s - 1].lower)) s--;
  // a run of titles alone ("the Secretary General", "the Prime Minister") is one description, whole
  if (e - s > 1 && !best && allTitles(toks, s, e))
    return { head: { start: toks[s].start, end: toks[e - 1].end }, kind: 'nominal' };
  while (s < e - 1 && lex.titles.has(toks[s].lower)) s++;
  if (best && !bestPerson && best.start <= toks[s].start && best.end >= toks[e - 1].end)
    return { head: best, kind: 'name' };
  // long capitalised runs are title + name (Strategic Communications John Kirby): keep the name
  if (e - s > 3) {
    let keep = e - 2;
    if (keep - 1 >= s && /^\p{Lu}\.$/u.test(toks[keep].text)) keep--;
    if (/^(jr\.?|sr\.?|ii|iii|iv)$/.test(toks[e - 1].lower)) keep--;
    s = Math.max(s, keep);
  }
  return { head: { start: toks[s].start, end: toks[e - 1].end }, kind: 'name' };
}

/** Lower-case words a name after a title's "of" may hold ("the Republic of Korea in Seoul"). */
const OF_OBJECT_WORDS = new Set(['the', 'of', 'and', 'in', 'at']);

/** A title's common noun, in lower case ("president", "governor", "mayor"). */
export function isTitleNoun(t: Token): boolean {
  return (
    t.pos === 'NOUN' &&
    /^\p{Ll}/u.test(t.text) &&
    (lex.titles.has(t.lower) || entityLexicon().personNominalHeads.has(t.lower))
  );
}

/** The index of "of" after a lower-case title noun or people's noun opening [a, b) ("the president of …"), or -1. */
function titleOf(toks: Token[], a: number, b: number): number {
  let i = a;
  while (i < b && (toks[i].pos === 'DET' || toks[i].pos === 'ADJ')) i++;
  // (or people's: "some residents of the Kodori Gorge")
  if (!toks[i] || !(isTitleNoun(toks[i]) || isPeopleHead(toks, i)) || toks[i + 1]?.lower !== 'of') return -1;
  // (what follows "of" is a name, and at most where: "the commander of EUFOR in Chad"; not a
  // portfolio before the holder's name, "professor of Korean studies at Leiden University Remco Breuker")
  for (let k = i + 2; k < b; k++) if (/^\p{Ll}/u.test(toks[k].text) && !OF_OBJECT_WORDS.has(toks[k].lower)) return -1;
  return i + 1;
}

/** Prepositions that tie a person to where they belong ("his friend at Lehigh", "her aide in Kabul"). */
const BELONGING_PREPOSITIONS = new Set(['at', 'of', 'for', 'from', 'in']);

/**
 * The common noun of a relation opening [a, b) — a possessive, adjectives, the noun, then a
 * preposition of belonging ("his best friend at Lehigh") — or -1.
 */
export function relationNoun(toks: Token[], a: number, b: number): number {
  if (!POSSESSIVES.has(toks[a].lower)) return -1;
  let i = a + 1;
  while (i < b && toks[i].pos === 'ADJ') i++;
  const relation =
    i + 1 < b &&
    toks[i].pos === 'NOUN' &&
    /^\p{Ll}/u.test(toks[i].text) &&
    BELONGING_PREPOSITIONS.has(toks[i + 1].lower);
  return relation ? i : -1;
}

/** Whether every token of [a, b) is a title word (Secretary General, Prime Minister). */
function allTitles(toks: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!lex.titles.has(toks[i].lower)) return false;
  return true;
}

export function phrase(doc: ArticleDocument, a: number, b: number): Phrase {
  const { head, kind } = headOf(doc, a, b);
  return { start: doc.tokens[a].start, end: doc.tokens[b - 1].end, head, headKind: kind, first: a, endToken: b };
}

/** How far back (tokens) the modifiers between a clause's opening name and its verb may reach. */
const MAX_MODIFIERS = 30;
export const RELATIVE_OPENERS = new Set(['who', 'whose', 'whom', 'which']);

/** Reflexive pronouns, which may open an apposition ("X, himself a former senator, said"). */
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves']);

/** Whether a comma-set modifier may open at token t: a participle, a relative, an apposition (after a
 * reflexive too), an age, a prepositional or adverbial aside ("in a statement", "after the scandal
 * broke", "however"). */
function opensModifier(t: Token): boolean {
  if (RELATIVE_OPENERS.has(t.lower) || REFLEXIVES.has(t.lower)) return true;
  if (t.pos === 'VERB' && /(ing|ed|en)$/.test(t.lower)) return true;
  return ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'SCONJ', 'ADV'].includes(t.pos);
}

/** Words that open a comparison or inclusion set off between a subject and its verb. */
const COMPARISON_ASIDES = new Set(['like', 'unlike', 'including', 'such', 'along', 'as', 'among', 'especially']);

/** Words that open a clause whose subject follows them ("…, as Peña Nieto, contradicting Trump, said"). */
const CLAUSE_OPENERS = new Set([
  'as',
  'when',
  'while',
  'because',
  'although',
  'though',
  'after',
  'before',
  'since',
  'if',
  'but',
  'and',
  'so',
]);
/** Capitalised adverbs at a clause's start that are no name (Meanwhile, However); days and months are not either. */
const OPENING_ADVERBS = new Set(['tonight', 'meanwhile', 'however', 'still', 'now', 'then', 'later', 'earlier']);
const notAName = (t: Token) => OPENING_ADVERBS.has(t.lower) || isCalendarText(t.text);
const isNewline = (t: Token) => t.text.includes('\n');

/** The most characters of words that qualify a title before it ("longtime Hillary Clinton aide"). */
const MAX_TITLE_LEAD = 40;
/** The parts of speech of such words. */
const TITLE_QUALIFIER_POS = new Set(['ADJ', 'PROPN', 'NOUN']);

/**
 * The comma before an apposition of a title and the name it goes with ("…, former Secretary of State
 * Hillary Clinton, said"), as the entity layer read them (a role's span right before a person's name
 * that ends at the comma j); -1 where the words before j are no such pair.
 */
function titledNameBefore(doc: ArticleDocument, j: number, lo: number): number {
  const toks = doc.tokens;
  const last = toks[j - 1];
  if (j - 1 <= lo || !last) return -1;
  const hit = doc.entityAt(last.start);
  if (!hit || hit.entity.type !== 'PERSON' || hit.mention.kind !== 'name' || hit.mention.end !== last.end) return -1;
  const { mention } = hit;
  const role = hit.entity.roles.find(
    (r) => r.span.end <= mention.start && doc.text.slice(r.span.end, mention.start).trim() === '',
  );
  if (!role) return -1;
  let c = doc.tokenIndexAt(role.span.start) - 1;
  // (words that qualify the title may stand before it: "His wife, longtime Hillary Clinton aide Huma
  // Abedin, announced"; not an article, which makes the title an apposition to a name before the
  // comma, "Deutch, a senior vice president …", nor a conjunction, "Hillary Clinton and Senator …")
  while (c > lo && TITLE_QUALIFIER_POS.has(toks[c].pos) && role.span.start - toks[c].start <= MAX_TITLE_LEAD) c--;
  return c > lo && toks[c].text === ',' ? c : -1;
}

/**
 * The name that opens the clause when comma-set modifiers stand between it and the cue (NAME ,
 * participle, relative, apposition or aside , … , CUE). `comma` is the comma just before the cue.
 * The name runs from the clause's first word (the sentence start, or after a conjunction) to a
 * comma, and ends in a proper noun: a fronted adjunct ("In Iowa, …") is no name.
 */
function openingNameBeforeModifiers(doc: ArticleDocument, comma: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  let a = lo;
  // (a connective adverb opens the clause before its subject: "Yet Democratic economists, …")
  while (
    a < comma &&
    (toks[a].pos === 'CCONJ' ||
      toks[a].pos === 'PUNCT' ||
      isBreak(toks[a]) ||
      (toks[a].pos === 'ADV' && /^\p{Lu}/u.test(toks[a].text) && toks[a + 1]?.pos !== 'PUNCT'))
  )
    a++;
  let o = a;
  while (o < comma && toks[o].pos === 'ADV') o++;
  const opener = toks[o];
  for (let f = a + 1; f < comma; f++) {
    if (toks[f].text !== ',') continue;
    if (comma - f > MAX_MODIFIERS) continue;
    const r = phraseStartBefore(toks, f, a);
    if (r >= f) continue;
    // (or after a fronted adjunct and its comma: "But in a conference call on Dec. 2, Col. Steven
    // H. Warren, a military spokesman in Baghdad, said")
    // ("But almost immediately after she did, David Axelrod, who was …, tweeted": adverbs before it)
    // (a fronted participle clause too: "Commenting on possible reasons for the decline, Andrew Mack,
    // the principal investigator behind the study, stated")
    // (a fronted weekday or date alone too: "Friday, Texas, leading a coalition of 13 states, asked …")
    const afterAdjunct =
      r > a &&
      toks[r - 1].text === ',' &&
      (opener.pos === 'ADP' ||
        opener.pos === 'SCONJ' ||
        (opener.pos === 'VERB' && /(?:ing|ed)$/.test(opener.lower)) ||
        (r - 1 === o + 1 && isCalendarText(opener.text)));
    // (or after the title that opens the clause: "The speaker of the parliament, Adrian Năstase, who
    // was also Romania's Prime Minister, said")
    const afterTitle =
      r - 2 > a && toks[r - 1].text === ',' && toks[r - 2].pos === 'NOUN' && phraseStartBefore(toks, r - 1, a) === a;
    // (or after a fronted time with no comma: "In January 2007 the Dalai Lama, in an interview …, said")
    const afterTime = r > a && timeAdjunctStart(toks, r - 1, a - 1) === a;
    const opensClause =
      r === a ||
      afterAdjunct ||
      afterTitle ||
      afterTime ||
      CLAUSE_OPENERS.has(toks[r - 1].lower) ||
      /^(—|―|--|:)$/.test(toks[r - 1].text);
    const last = toks[f - 1];
    // (a common noun opens the clause too when a comparison sets off the aside: "Democratic
    // economists, like their Republican counterparts, say …")
    const nounWithComparison = last.pos === 'NOUN' && COMPARISON_ASIDES.has(toks[f + 1]?.lower ?? '');
    // (and a definite description before a prepositional aside: "The ministry, in a statement
    // released on Tuesday, said": the participle inside the aside has no subject of its own)
    // (or a relative clause before a verb: "The companies, which in several cases provided limited
    // answers …, said"; not before "be", whose subject a passive's content holds with its clause)
    // (or before a participle's aside: "The spokesman, reacting to Irish and British press reports, said")
    const nounWithAside =
      last.pos === 'NOUN' &&
      toks[r].lower === 'the' &&
      (toks[f + 1]?.pos === 'ADP' ||
        (toks[f + 1]?.pos === 'VERB' && /\p{Ll}ing$/u.test(toks[f + 1].text)) ||
        (RELATIVE_OPENERS.has(toks[f + 1]?.lower ?? '') && toks[comma + 1]?.pos === 'VERB'));
    if (
      !opensClause ||
      !(last.pos === 'PROPN' || nounWithComparison || nounWithAside) ||
      notAName(last) ||
      notAName(toks[r])
    )
      continue;
    if (!opensModifier(toks[f + 1])) continue;
    let clean = true;
    for (let i = f + 1; i < comma; i++)
      if (isNewline(toks[i]) || toks[i].text === ';' || toks[i].text === ':') clean = false;
    if (clean) return phrase(doc, r, f);
  }
  return null;
}

const TIME_UNITS = /^(?:second|minute|hour|day|week|month|year|decade)s?$/;
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Words of a time span's measure before "ago" (less than two weeks, about a year, just days). */
const AGO_MEASURE = new Set([
  'less',
  'more',
  'than',
  'about',
  'nearly',
  'almost',
  'just',
  'only',
  'a',
  'an',
  'few',
  'several',
  'some',
]);
const TIME_PREPOSITIONS = new Set(['on', 'in', 'last', 'this', 'next', 'earlier', 'late', 'early']);

/**
 * Where a time adjunct ending at token j starts ("two weeks ago", "on Monday", "last week"), or -1.
 * Such an adjunct may stand between a subject and its cue; it is never the speaker.
 */
const WEEKDAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

function timeAdjunctStart(toks: Token[], j: number, lo: number): number {
  const t = toks[j];
  if (!t || j <= lo) return -1;
  if (t.lower === 'ago') {
    let i = j - 1;
    if (!TIME_UNITS.test(toks[i].lower)) return -1;
    i--;
    while (i > lo && j - i <= 6 && (toks[i].pos === 'NUM' || AGO_MEASURE.has(toks[i].lower))) i--;
    return i + 1;
  }
  // ("Sanders on Wednesday morning said", "the minister yesterday evening said": a part of the day
  // after the day the adjunct names)
  if (PARTS_OF_DAY.has(t.lower) && j - 1 > lo) {
    const day = timeAdjunctStart(toks, j - 1, lo);
    if (day >= 0) return day;
  }
  // "The International Court of Justice today issued", "30A protestors this week organised" (not "the
  // next day", whose article belongs to a phrase of its own)
  if (DEICTIC_DAYS.has(t.lower)) return j;
  if (j === 0) return -1;
  // "The leading Republican candidates for president Thursday lashed out …": a weekday alone right
  // after the subject's noun, with no verb before it in the clause ("voters going to the polls
  // Tuesday say" and "the letter Comey sent to congressional leaders Friday" end in a clause's object)
  if (
    WEEKDAYS.test(t.text) &&
    (toks[j - 1].pos === 'NOUN' || toks[j - 1].pos === 'PROPN') &&
    !WEEKDAYS.test(toks[j - 1].text) &&
    !toks.slice(lo, j).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || isBreak(x) || x.text === ',')
  )
    return j;
  if (
    DEICTIC_LEADS.has(toks[j - 1].lower) &&
    // (a relative pronoun the tagger calls a determiner is no article: "which last week denied")
    (toks[j - 2]?.pos !== 'DET' || RELATIVE_OPENERS.has(toks[j - 2].lower)) &&
    (isCalendarText(t.text) || TIME_UNITS.test(t.lower))
  )
    return j - 1;
  const prep = toks[j - 1];
  if (TIME_PREPOSITIONS.has(prep.lower) && (isCalendarText(t.text) || TIME_UNITS.test(t.lower)))
    return prep.pos === 'DET' || toks[j - 2]?.pos === 'DET' ? -1 : j - 1;
  // a year or a date ending in one: "A World Bank study in 2005 estimated", "A NAFTA report of
  // August 13, 2003 said", "on 4 July 2006"
  // (right before the cue: "held a Strategic Dialogue in Washington, D.C. on March 17, 2022, which
  // underscored" is a relative's)
  if (!YEAR.test(t.text) || toks[j + 1]?.text === ',') return -1;
  let d = j;
  if (toks[d - 1]?.text === ',' && toks[d - 2]?.pos === 'NUM' && MONTH.test(toks[d - 3]?.text ?? '')) d -= 3;
  else if (MONTH.test(toks[d - 1]?.text ?? '')) d -= toks[d - 2]?.pos === 'NUM' ? 2 : 1;
  const p = toks[d - 1];
  return d - 1 > lo && p.pos === 'ADP' && (p.lower === 'in' || p.lower === 'on' || p.lower === 'of') ? d - 1 : -1;
}

/**
 * The past participle that a time after it dates, between a noun and the cue ("the order released
 * Friday said", "a report published on Tuesday said"), given the time's last token j and the start
 * of the time adjunct found there (or -1): the participle's index, or -1.
 */
function datedParticipleBefore(toks: Token[], j: number, adjunct: number, lo: number): number {
  if (j <= lo) return -1;
  let t0 = adjunct;
  if (t0 < 0 && isCalendarText(toks[j].text)) t0 = TIME_PREPOSITIONS.has(toks[j - 1]?.lower ?? '') ? j - 1 : j;
  const v = t0 - 1;
  if (t0 < 0 || v - 1 <= lo) return -1;
  return isPastParticiple(toks[v]) && (toks[v - 1].pos === 'NOUN' || toks[v - 1].pos === 'PROPN') ? v : -1;
}

/** Participles that say how people were polled: "voters surveyed", "Americans polled". */
const POLLING_PARTICIPLES = new Set([
  'surveyed',
  'polled',
  'interviewed',
  'questioned',
  'asked',
  'sampled',
  'contacted',
]);

/**
 * The subject a past participle at j closes, right before a verb cue: "those surveyed" ("By big
 * margins, those surveyed say the economy …", "a majority of those interviewed said") or a plural
 * noun of people before it ("Americans polled said …"); else null. (Before a noun cue the
 * participle is the verb: "Both leaders expressed hope that …".)
 */
function participleModifiedSubject(doc: ArticleDocument, j: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  if (j - 1 < lo || !isPastParticiple(toks[j]) || !/ed$/.test(toks[j].lower)) return null;
  const before = toks[j - 1];
  if (before.lower === 'those') {
    // (with the share of them: "a majority of those interviewed said")
    const share = toks[j - 2]?.lower === 'of' && j - 3 >= lo ? phraseStartBefore(toks, j - 2, lo) : j - 2;
    return phrase(doc, share < j - 2 ? share : j - 1, j + 1);
  }
  // (after a noun, only a participle of polling: "Both leaders expressed hope that …" is a verb's)
  if (!POLLING_PARTICIPLES.has(toks[j].lower) || !(personNoun(before) || before.lower === 'people')) return null;
  // (the respondents are the head, not a capitalised first word: "Most people surveyed")
  const p = phrase(doc, phraseStartBefore(toks, j, lo), j + 1);
  return { ...p, head: { start: p.start, end: p.end }, headKind: 'nominal' };
}

/** The most tokens between a polling participle and the phrase read after it ("asked in a poll for"). */
const MAX_POLL_ADJUNCT = 6;

/**
 * The respondents of a poll whose pollster the phrase p names: "Those polled by Gallup said", "More
 * than half of those asked in a poll for mobile firm Intervoice said" are those polled and those
 * asked, not Gallup or Intervoice. Null when no polling participle (or participle after "those")
 * stands before p's preposition and the words between.
 */
function respondentsBefore(doc: ArticleDocument, p: Phrase, lo: number): Phrase | null {
  const toks = doc.tokens;
  if (toks[p.first - 1]?.pos !== 'ADP') return null;
  for (let j = p.first - 2; j >= lo && p.first - j <= MAX_POLL_ADJUNCT; j--) {
    if (toks[j].pos === 'ADP' || toks[j].pos === 'DET' || toks[j].pos === 'NOUN' || toks[j].pos === 'ADJ') continue;
    return POLLING_PARTICIPLES.has(toks[j].lower) || toks[j - 1]?.lower === 'those'
      ? participleModifiedSubject(doc, j, lo)
      : null;
  }
  return null;
}

/** Words that make a time adjunct of a unit or a day: "this week", "last month", "next Tuesday". */
const DEICTIC_LEADS = new Set(['this', 'last', 'next']);
export const YEAR = /^(?:1[89]|20)\d\d$/;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The most tokens of a prepositional adjunct between an auxiliary and its participle (in the past). */
const MAX_AUX_ADJUNCT = 5;
const ADJUNCT_WORD_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV']);

/**
 * Where the auxiliary before a prepositional adjunct ending at j stands, when the adjunct comes
 * between the auxiliary and the cue's participle: "Gore's friends have in the past said", "Beck, who
 * has in the past described", "has for years argued" (an auxiliary's participle follows at once
 * unless an adjunct is set in). -1 for none.
 */
function adjunctAfterAuxiliary(toks: Token[], j: number, lo: number): number {
  for (let p = j; p > lo && j - p < MAX_AUX_ADJUNCT; p--) {
    if (toks[p].pos === 'ADP') return p > j - 1 || toks[p - 1].pos !== 'AUX' ? -1 : p - 1;
    if (!ADJUNCT_WORD_TAGS.has(toks[p].pos)) return -1;
  }
  return -1;
}

/** The most words of an adverbial aside between commas after an auxiliary ("at least officially"). */
const MAX_COMMA_ASIDE = 4;
/** Tags of an adverbial aside's words: "at least officially", "in fact", "so far". */
const ASIDE_TAGS = new Set(['ADV', 'ADP', 'ADJ', 'DET']);

/**
 * The auxiliary before an adverbial aside set off by commas whose closing comma is at j ("have, at
 * least officially, denied"), or -1.
 */
function asideAfterAuxiliary(toks: Token[], j: number, lo: number): number {
  if (toks[j]?.text !== ',') return -1;
  for (let p = j - 1; p > lo && j - p <= MAX_COMMA_ASIDE + 1; p--) {
    if (toks[p].text === ',') return p - 1 >= lo && p < j - 1 && toks[p - 1].pos === 'AUX' ? p - 1 : -1;
    if (!ASIDE_TAGS.has(toks[p].pos)) return -1;
  }
  return -1;
}

/**
 * The last token of the subject before an adverb set off by commas whose closing comma is at j
 * ("attendees, however, are", "No one, in fact, is"), or -1: one adverb, or one of two words, after
 * a noun or a pronoun (not an apposition: "Smith, a senator, said").
 */
function adverbAsideAfterSubject(toks: Token[], j: number, lo: number): number {
  if (toks[j]?.text !== ',') return -1;
  let p = j - 1;
  if (p - 1 > lo && TWO_WORD_ADVERBS.has(`${toks[p - 1].lower} ${toks[p].lower}`)) p -= 2;
  else if (toks[p]?.pos === 'ADV' && !nominalAdverbAt(toks, p)) p--;
  else return -1;
  if (p - 1 < lo || toks[p].text !== ',') return -1;
  const last = toks[p - 1];
  return last.pos === 'NOUN' || last.pos === 'PROPN' || last.pos === 'PRON' ? p - 1 : -1;
}

/**
 * The most tokens of an aside set off by dashes between a subject and its verb (a relative clause
 * there may run long: "Kagan — who was a leading architect of the so-called surge … when the
 * precursor to the Islamic State, Al Qaeda in Iraq, was at its height — supports …", 37 tokens).
 */
export const MAX_DASH_ASIDE = 40;

/**
 * The subject before an aside set off by dashes whose closing dash is at j, when the aside is no
 * apposition of a name: a list or an example ("Democratic leaders — and, in particular, Senate
 * Minority Leader Harry Reid — insisted", "economists - including a minority of the Fed's own
 * committee - warn", "The three scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar -- agreed"). Not
 * across a clause of its own (an auxiliary or a finite verb) or a quotation mark, nor a preposition's
 * object before it.
 */
function subjectBeforeDashAside(doc: ArticleDocument, j: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  // (a clause inside the aside is a relative one's only: "Republican establishment figures — whose
  // party was once respected … — both suggested")
  let clause = false;
  for (let c = j - 1; c > lo && j - c <= MAX_DASH_ASIDE; c--) {
    const t = toks[c];
    if (isDash(toks, c)) {
      if (clause && !ASIDE_RELATIVES.has(toks[c + 1]?.lower ?? '')) return null;
      // (a preposition's object is no subject: "will meet with the two European presidents -- … -- is")
      const subj = c < j - 1 ? subjectBefore(doc, c, lo) : null;
      return subj && toks[subj.first - 1]?.pos !== 'ADP' ? subj : null;
    }
    // (an abbreviation's period is no sentence end: "NSA Director Adm. Michael Rogers")
    if (isBreak(t) || (/^[.;:!?"“”]$/.test(t.text) && !abbreviationDot(toks, c))) return null;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed|en)$/.test(t.lower))) clause = true;
  }
  return null;
}

/**
 * Whether the full stop at c belongs to an abbreviation, not a sentence's end: glued to a capitalised
 * word and followed by a capital, either glued too (an acronym the tokenizer split: "C . I.O." of
 * "A.F.L.-C.I.O.") or after a space where the word is short (a title: "Adm. Michael", "Gov. Rick").
 */
export function abbreviationDot(toks: readonly Token[], c: number): boolean {
  const prev = toks[c - 1];
  const next = toks[c + 1];
  if (toks[c].text !== '.' || !prev || !next || prev.end !== toks[c].start) return false;
  if (!/^\p{Lu}/u.test(next.text) || !/^\p{Lu}/u.test(prev.text)) return false;
  return next.start === toks[c].end || /^\p{Lu}\p{Ll}{0,3}$/u.test(prev.text);
}

/** Relative words that open a clause set off by dashes after the noun it describes. */
const ASIDE_RELATIVES = new Set(['who', 'whose', 'which', 'whom']);

/**
 * Adjectives whose infinitive is their subject's act or stance (was reluctant to endorse, is pleased
 * to announce, were quick to condemn), unlike those of an impersonal "it" (fair, necessary, important).
 */
const PERSONAL_ADJECTIVES = new Set([
  'due',
  'reluctant',
  'quick',
  'eager',
  'willing',
  'unwilling',
  'happy',
  'pleased',
  'proud',
  'glad',
  'delighted',
  'careful',
  'ready',
  'determined',
  'hesitant',
  'likely',
  'unlikely',
  'prepared',
  'anxious',
  'keen',
  'loath',
  'slow',
]);

/**
 * Whether the two words before "to" at j frame its infinitive for the subject before them: "went on
 * to praise", "has yet to endorse", "was reluctant to endorse", "used to support" (not the passive
 * "was used to attack", whose subject is no speaker).
 */
function catenativeFrameBefore(toks: Token[], j: number): boolean {
  const prev = toks[j - 1];
  const before = toks[j - 2];
  if (prev.lower === 'on') return before.pos === 'VERB' && before.lemma === 'go';
  if (prev.lower === 'yet') return before.pos === 'AUX' && before.lemma === 'have';
  // (not an impersonal adjective: "it's fair to say", "whatever is necessary to deny")
  if (prev.pos === 'ADJ') return PERSONAL_ADJECTIVES.has(prev.lower) && BE_FORMS.has(before.lower);
  // a plan or an appointment: "He is about to tell …", and a speech to come after a name or a
  // personal pronoun: "Mr Kennedy is to tell the audience …" (not "The aim is to tell …", "Plan B is
  // to fight for …", "which is to say …")
  if (prev.lower === 'about') return BE_FORMS.has(before.lower);
  if (FINITE_BE_WORDS.has(prev.lower))
    return (
      PLANNED_SPEECH.has(toks[j + 1]?.lemma ?? '') &&
      (before.pos === 'PROPN' || PERSONAL_SUBJECT_PRONOUNS.has(before.lower))
    );
  return prev.lower === 'used' && !BE_FORMS.has(before.lower);
}

/** Verbs of a speech announced to come ("Mr Kennedy is to tell …", "The minister is to announce …"). */
const PLANNED_SPEECH = new Set([
  'tell',
  'announce',
  'unveil',
  'warn',
  'urge',
  'outline',
  'declare',
  'reveal',
  'propose',
]);

/** Adverbs of two words that stand between a subject and its verb. */
const TWO_WORD_ADVERBS = new Set([
  'of course',
  'in fact',
  'at least',
  'at times',
  'for instance',
  'for example',
  'in general',
  'in particular',
  'in turn',
  'as well',
  'of late',
]);

/** "since" as an adverb after a perfect's auxiliary, which the tagger reads as a conjunction: "have since denounced". */
const perfectSince = (toks: readonly Token[], j: number) =>
  toks[j].lower === 'since' && toks[j - 1]?.pos === 'AUX' && toks[j - 1].lemma === 'have';

/**
 * The subject of the cue at token k: the noun phrase ending just before it, after skipping
 * adverbs and auxiliaries (Washington further believes, he has repeatedly said). An apposition
 * between commas is stepped over to the name before it (Minyon Moore, a senior adviser, said).
 * Tokens before `lo` are not looked at.
 */
export function subjectBefore(doc: ArticleDocument, k: number, lo: number): Phrase | null {
  const aside = { skipped: false };
  const read = readSubjectBefore(doc, k, lo, aside);
  const p = read && (respondentsBefore(doc, read, lo) ?? read);
  if (!aside.skipped || !p) return p;
  // a subject read across an adverb set off by commas must open its clause ("The judges who ruled
  // that … could not implement their laws, however, said" is not the laws'); a capitalised
  // "auxiliary" is a name's ("GOP Chairman Will Rogers, for example, said")
  // (nor a relative clause's: "the travels that the foreign minister, for example, is engaged in")
  const clause = (t: Token) =>
    t.pos === 'VERB' || (t.pos === 'AUX' && /^\p{Ll}/u.test(t.text)) || CLAUSE_LINKS.has(t.lower);
  return doc.tokens.slice(lo, p.first).some(clause) ? readSubjectBefore(doc, k, lo, null) : p;
}

/** Words that open a clause inside the sentence: a subject after them is that clause's. */
const CLAUSE_LINKS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'if', 'because', 'while']);

/**
 * subjectBefore's reading; with `across`, also across an adverb set off by commas between subject
 * and verb, noting in it that it did.
 */
function readSubjectBefore(
  doc: ArticleDocument,
  k: number,
  lo: number,
  across: { skipped: boolean } | null,
): Phrase | null {
  const toks = doc.tokens;
  let j = k - 1;
  const skip = () => {
    for (;;) {
      while (
        j >= lo &&
        // (not a surname the tagger has read as one: "George Will criticized …", "May said …")
        ((lex.subjectSkips.has(toks[j].lower) && toks[j].pos !== 'PROPN') ||
          (toks[j].pos === 'ADV' && !nominalAdverbAt(toks, j)) ||
          toks[j].pos === 'AUX' ||
          perfectSince(toks, j))
      )
        j--;
      // an adverb of two words: "We of course want …", "The President in fact said …"
      if (j - 1 >= lo && TWO_WORD_ADVERBS.has(`${toks[j - 1].lower} ${toks[j].lower}`)) j -= 2;
      else break;
    }
  };
  skip();
  // "Zucker, who in the past has voiced …": a prepositional adjunct after the relative pronoun
  // (or one set off by commas: "Bret Stephens, who, after trading insults with Mr. Hannity, said …")
  const relative = Math.max(relativeBeforeAdjunct(toks, j, lo), relativeBeforeCommaAside(toks, j, lo));
  if (relative >= 0) return phrase(doc, relative, relative + 1);
  // a prepositional adjunct between an auxiliary and its participle: "have in the past said"
  const held = adjunctAfterAuxiliary(toks, j, lo);
  if (held >= 0) {
    j = held;
    skip();
  }
  // an aside between commas after the auxiliary: "both Moscow and Pyongyang have, at least
  // officially, denied"
  const aside = asideAfterAuxiliary(toks, j, lo);
  if (aside >= 0) {
    j = aside;
    skip();
  }
  // an adverb set off by commas between subject and verb: "Conference attendees, however, are eager
  // to …", "No one, in fact, is eager …"
  if (across) {
    const adverb = adverbAsideAfterSubject(toks, j, lo);
    if (adverb >= 0) {
      j = adverb;
      across.skipped = true;
    }
  }
  // a time adjunct between subject and cue: "The State Department two weeks ago said", "… on Monday said"
  // ("ago" is an adverb the skip has passed already)
  const adjunct =
    toks[j + 1]?.lower === 'ago' && j + 1 < k ? timeAdjunctStart(toks, j + 1, lo) : timeAdjunctStart(toks, j, lo);
  // only right after a noun: "the groups who wrote to her on Thursday say" keeps its relative clause
  // (or a relative pronoun, the clause's subject whatever the tagger calls it: "The ministry, which
  // last week denied …")
  if (adjunct > lo && RELATIVE_OPENERS.has(toks[adjunct - 1].lower)) return phrase(doc, adjunct - 1, adjunct);
  if (adjunct > lo && (toks[adjunct - 1].pos === 'NOUN' || toks[adjunct - 1].pos === 'PROPN')) {
    j = adjunct - 1;
    skip();
  } else {
    // "…, the order released Friday said": a participle and its time modify the noun before them
    const participle = datedParticipleBefore(toks, j, adjunct, lo);
    if (participle > lo) j = participle - 1;
  }
  // "those surveyed say", "Americans polled said": the participle right before the cue is the
  // subject's own
  const polled = toks[k].pos === 'VERB' ? participleModifiedSubject(doc, j, lo) : null;
  if (polled) return polled;
  // a catenative verb between subject and cue: appeared to suggest, began dismissing, is trying to
  for (let n = 0; n < 2 && j > lo; n++) {
    if (toks[j].lower === 'to' && toks[j - 1].pos === 'VERB' && lex.catenatives.has(toks[j - 1].lemma)) j -= 2;
    else if (toks[j].lower === 'to' && j - 3 >= lo && catenativeFrameBefore(toks, j))
      j -= toks[j - 1].lower === 'on' ? 3 : 2;
    else if (toks[j].pos === 'VERB' && lex.catenatives.has(toks[j].lemma) && /ing$/.test(toks[k].lower)) j--;
    else break;
    skip();
  }
  // a bracketed label between name and cue (Sen. Bernie Sanders (I-Vt.) said): stepped over
  // (and the comma after a party label: "Gov. John Kasich (R-OH), said"; not after a body's
  // initials, which end an apposition: "Khalil Ibrahim, leader of the Justice and Equality Movement (JEM), said")
  if (j - 1 > lo && toks[j].text === ',' && toks[j - 1].text === ')' && partyLabelBefore(doc, j - 1)) j--;
  if (j > lo && toks[j].text === ')') {
    let o = j - 1;
    while (o > lo && j - o <= 8 && toks[o].text !== '(' && !isBreak(toks[o])) o--;
    if (toks[o].text === '(' && o > lo) j = o - 1;
  }
  // "Both think …", "All believe …": a quantifier the skip passed over ("they both said") is the
  // subject itself where it opens its clause (not in "All told, …": in all)
  const skipped = toks[j + 1];
  if (
    j + 1 < k &&
    toks[k + 1]?.text !== ',' &&
    skipped.pos === 'DET' &&
    STANDALONE_SUBJECTS.has(skipped.lower) &&
    (j < lo || clauseBoundary(toks[j]))
  )
    return phrase(doc, j + 1, j + 2);
  if (j < lo || isBreak(toks[j])) return null;
  // a comma inside a title's closing quotation mark closes the apposition before the cue
  // ("Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested …")
  if (j - 1 > lo && /^[”"’']+$/.test(toks[j].text) && toks[j - 1].text === ',') j--;
  const t = toks[j];
  if (t.pos === 'PRON') {
    // "Many of them say, “…”", "Some of us believe …": a quantifier and "of" before the pronoun
    if (PARTITIVE_PRONOUNS.has(t.lower) && j - 2 >= lo && toks[j - 1].lower === 'of' && quantifier(toks[j - 2]))
      return phrase(doc, j - 2, j + 1);
    // "let me say …", "let us not forget …": the speaker is "me"/"us", who says it ("let us know if
    // …" asks to be told)
    const letting = (t.lower === 'me' || t.lower === 'us') && toks[j - 1]?.lower === 'let' && toks[k].lemma !== 'know';
    // "Not everyone agrees that …", "Someone told me …": an indefinite pronoun, with its "not"
    if (INDEFINITE_SPEAKERS.has(t.lower)) {
      const from = INDEFINITE_LEADS.has(toks[j - 1]?.lower ?? '') && j - 1 >= lo ? j - 1 : j;
      const p = phrase(doc, from, j + 1);
      // (the whole "Not everyone" is who speaks, read as a pronoun: no entity stands behind it)
      return { ...p, head: { start: p.start, end: p.end }, headKind: 'pronoun' };
    }

    if (!lex.subjectPronouns.has(t.lower) && !letting) return null;
    return phrase(doc, j, j + 1);
  }
  let end = j + 1;
  /** The comma after a title phrase that opens the subject ("The head of the agency, John Smith,"). */
  let titleComma = -1;
  // apposition set off by dashes: "Jason Sims — a teacher from Mount Pleasant — says"
  if (isDash(toks, j)) {
    let c = j - 1;
    while (
      c > lo &&
      j - c <= MAX_NP &&
      !isDash(toks, c) &&
      (phraseWordAt(toks, c) || toks[c].pos === 'ADP' || toks[c].pos === 'ADV' || toks[c].pos === 'PRON')
    )
      c--;
    if (!(c > lo && c < j - 1 && isDash(toks, c) && isName(toks[c - 1]))) return subjectBeforeDashAside(doc, j, lo);
    j = c - 1;
    end = c;
  }
  // apposition: NAME , a title phrase , CUE
  if (t.lower === ',') {
    // (a title of several words before the name: "The candidate on the stage, former Secretary of
    // State Hillary Clinton, drew …")
    const titled = titledNameBefore(doc, j, lo);
    let c = j - 1;
    if (titled > 0) c = titled;
    else while (c >= lo && c > j - MAX_NP && toks[c].lower !== ',' && phraseWordAt(toks, c)) c--;
    // (an apposition may open with a reflexive: "Silverman, herself a Sanders supporter during the primary, …")
    if (c > lo && REFLEXIVES.has(toks[c].lower) && toks[c - 1].lower === ',') c--;
    const set = c > lo && toks[c].lower === ',' && c < j - 1;
    // a title phrase, then the name: "The head of the agency, John Smith, said", "The Russian
    // ambassador to Britain, Andrei Kelin, said" — the name between the commas speaks
    // (the name may say where the person is from: "As one analyst, David Shambaugh from George
    // Washington University, put it")
    let nameEnd = j;
    for (let f = c + 2; set && f < j - 1 && nameEnd === j; f++) if (affiliationFrom(toks, f)) nameEnd = f;
    if (
      set &&
      (titled > 0 ||
        isPersonName(doc, c + 1, nameEnd) ||
        (toks[c - 1].pos === 'NOUN' && allNames(toks, c + 1, nameEnd)))
    ) {
      // (a body named in apposition to the opening person's title is no speaker: "Giovanni Maria
      // Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said")
      const opening = titled < 0 && namesNonPerson(doc, c + 1) ? openingNameBeforeModifiers(doc, j, lo) : null;
      if (opening) return opening;
      end = j;
      j -= 1;
      titleComma = c;
    } else {
      // "Sen. Chuck Grassley, facing a challenge in Iowa, a swing state, said": the clause's
      // opening name, not the last name inside the modifiers between it and the cue
      const opening = openingNameBeforeModifiers(doc, j, lo);
      if (opening) return opening;
      if (set && isName(toks[c - 1])) {
        j = c - 1;
        end = c;
      } else return null;
    }
  }
  if (!(npToken(toks[j]) || nominalAdverbAt(toks, j)) || NP_LINKS.has(toks[j].lower)) return null;
  // (a bracket left open or closed inside the phrase bounds it: "the crowd, estimated to be 700,000
  // (police said …" is spoken by "police")
  let s = afterUnmatchedBracket(toks, phraseStartBefore(toks, end, lo), end);
  if (s >= end || toks[s].pos === 'ADP') return null;
  // "…, his spokesman said": a possessive determiner opens the subject (the phrase reader stops at
  // pronouns), so that the frame is seen to follow its comma
  if (s - 1 >= lo && POSSESSIVES.has(toks[s - 1].lower) && toks[s].pos !== 'PUNCT') s--;
  // "Mahmoud Ahmadinejad in a speech to students said", "Trump at a rally in Iowa said": a person
  // named right before an adjunct of where or when speaks, not the adjunct's noun
  const named = personBeforeAdjunct(doc, s, lo);
  if (named) return named;
  // "Curiel, who through his office declined to comment": the one who speaks through an agent
  const principal = principalBeforeAgent(doc, s, end, lo);
  if (principal) return principal;
  // "Hussein al-Uzri, a senior official for Iraq's national bank confirmed …": an apposition whose
  // closing comma is missing still follows the person it describes (not the antecedent of a relative
  // after it: "Gusty Spence, a founding member of the UVF, which stated …" is the UVF's)
  const cueWord = toks[k].pos !== 'PUNCT' && toks[k].pos !== 'PRON' && toks[k].pos !== 'DET';
  const described = cueWord
    ? (personBeforeOpenApposition(doc, s, k, lo) ??
      personBeforeOpenRelative(doc, s, lo) ??
      personBeforeOpenParticiple(doc, s, end, k, lo) ??
      personBeforeOpenRole(doc, s, end, lo))
    : null;
  if (described) return described;
  // "The International Atomic Energy Agency (IAEA) in Vienna has said": the body before its
  // bracketed initials speaks, not the place after them
  const initialled = bodyBeforeInitials(doc, s, end, lo);
  if (initialled) return initialled;
  // ("activists in the U.S. and around the world expressed": the first of two places joined by "and")
  s = firstOfJoinedPlaces(doc, s, lo);
  // "Election officials in Iraq say", "800 protesters in Athens shouted": the place read back from
  // the cue is where the speakers are; the people named in the plural before "in" speak
  // ("Officials in Washington said", "many people in the region see", "residents across the city say")
  if (
    s - 2 >= lo &&
    (((toks[s - 2].pos === 'NOUN' || peopleOpening(doc, s - 2, lo)) &&
      ((PLACE_PREPOSITIONS.has(toks[s - 1].lower) && placeAlone(doc, s, end)) ||
        // ("Demonstrators outside the court said", "Protesters near the embassy said": always where;
        // not "The Janjaweed patrol outside the camps and Darfurians said", two clauses)
        (LOCATIVE_PREPOSITIONS.has(toks[s - 1].lower) && !toks.slice(s, end).some((t) => t.pos === 'CCONJ')))) ||
      // ("Republicans in the Senate said", "many of the hard-liners in the Republican field were
      // moving to …": people in a body or a field are some of its members, not the body)
      (toks[s - 1].lower === 'in' && peopleNounAt(doc, s - 2)) ||
      // ("Diplomats from several countries said", "many voters across party lines shrugged off …";
      // not a relative's antecedent: "troops from Italy, which has volunteered …" is Italy's)
      (cueWord &&
        PEOPLE_PREPOSITIONS.has(toks[s - 1].lower) &&
        peopleNounAt(doc, s - 2) &&
        // (a side named after "from" speaks for them: "officials from the United States")
        !(toks[s - 1].lower === 'from' && toks[end - 1].pos === 'PROPN')))
  ) {
    const a = phraseStartBefore(toks, s - 1, lo);
    if (a < s - 1) return relativeHead(doc, a, lo) ?? phrase(doc, a, s - 1);
  }
  // "Companies including Coca-Cola say", "Republicans such as Ryan said": the examples belong to
  // the group before them, which speaks
  const group = cueWord ? groupBeforeExamples(doc, s, lo) : null;
  if (group) return group;
  // "Officials familiar with the talks said", "No country involved in the talks has confirmed", "A
  // diplomat based in Geneva said": a participle or adjective of relation with its preposition
  // modifies the noun before it, which speaks, not the preposition's object
  const modified = cueWord ? nounBeforeModifier(doc, s, end, lo) : null;
  if (modified) return modified;
  // "…, a point Feinstein also acknowledged": a clause without its "that" after a noun of what is
  // said; the name after the noun is the subject, the noun the cue's object
  const contact = cueWord ? subjectOfContactClause(doc, s, end) : -1;
  if (contact > s) return phrase(doc, contact, end);
  if (end - s === 1 && lex.nonSpeakers.has(toks[s].lower)) return null;
  // an article alone is no subject: "refused to receive the detained men": "detained" is a
  // participle modifying the noun after it, not a verb whose subject is "the"
  if (end - s === 1 && ARTICLES.has(toks[s].lower)) return null;
  // the subject is title and name together; its head is the name (headOf prefers the person)
  if (titleComma > 0 && s === titleComma + 1) {
    let t0 = phraseStartBefore(toks, titleComma, lo);
    // ("“We will appeal,” his lawyer, John Smith, said": the possessive opens the title phrase)
    if (t0 - 1 >= lo && t0 < titleComma && POSSESSIVES.has(toks[t0 - 1].lower)) t0--;
    if (t0 < titleComma) return phrase(doc, t0, end);
  }
  return relativeHead(doc, s, lo, end) ?? phrase(doc, s, end);
}

/** Nouns of what is said that a clause without "that" may follow ("a point Feinstein acknowledged"). */
const CONTACT_HEADS = new Set([
  'point',
  'something',
  'claim',
  'argument',
  'idea',
  'view',
  'message',
  'charge',
  'accusation',
  'assertion',
  'suggestion',
  'line',
]);

/**
 * Where the subject of a contact clause opens inside the phrase [s, end): right after one of
 * CONTACT_HEADS, at a proper name ("a point Feinstein", "something Sanders aides"); else -1.
 */
function subjectOfContactClause(doc: ArticleDocument, s: number, end: number): number {
  const toks = doc.tokens;
  for (let j = s; j + 1 < end; j++)
    if (CONTACT_HEADS.has(toks[j].lower) && toks[j].pos !== 'PROPN' && toks[j + 1].pos === 'PROPN') return j + 1;
  return -1;
}

export const ARTICLES = new Set(['the', 'a', 'an']);
/**
 * Object pronouns a quantifier takes with "of" as a subject ("many of them", "some of us"); not
 * "you", which is generic as often as addressed ("as many of you know, …").
 */
const PARTITIVE_PRONOUNS = new Set(['them', 'us', 'those']);
/** A quantifier that opens a partitive subject ("Many of them", "Two of them", "Half of us"). */
const quantifier = (t: Token) => STANDALONE_SUBJECTS.has(t.lower) || t.lower === 'half' || t.pos === 'NUM';

/**
 * Where a phrase read back to token s ends its brackets: after a closing bracket with no opening one
 * in [s, end) ("(known as the C-34) for …"), after an opening one left open ("700,000 (police", "Iraq(The
 * U.S. official 9/11 Commission report"); else s.
 */
function afterUnmatchedBracket(toks: readonly Token[], s: number, end: number): number {
  let from = s;
  let depth = 0;
  for (let x = s; x < end; x++) {
    if (toks[x].text === '(') depth++;
    else if (toks[x].text === ')') {
      if (depth > 0) depth--;
      else from = x + 1;
    }
  }
  let closes = 0;
  for (let x = end - 1; x >= from; x--) {
    if (toks[x].text === ')') closes++;
    else if (toks[x].text === '(') {
      if (closes === 0) return x + 1;
      closes--;
    }
  }
  return from;
}

/** The most tokens of a relative clause left open between its "who" and the cue's subject. */
const MAX_OPEN_RELATIVE = 24;

/**
 * The person a relative clause set off by a comma describes when the clause's closing comma is
 * missing and the phrase read back from the cue (at token s) is its last words: "Moazzam Begg, 37,
 * who was released in 2005 after two years under detention at Guantanamo told the Associated Press"
 * is Begg's, not Guantanamo's. The clause holds a verb and no other comma.
 */
function personBeforeOpenRelative(doc: ArticleDocument, s: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  let r = s - 1;
  let verb = false;
  for (; r > lo && s - r <= MAX_OPEN_RELATIVE && toks[r].lower !== 'who'; r--) {
    if (/^[,.;:!?()—―–-]$/.test(toks[r].text) || isBreak(toks[r])) return null;
    if (toks[r].pos === 'VERB' || toks[r].pos === 'AUX') verb = true;
  }
  if (toks[r]?.lower !== 'who' || !verb || toks[r - 1]?.text !== ',') return null;
  // (past an age set off by commas: "Moazzam Begg, 37, who …")
  let c = r - 1;
  if (toks[c - 1]?.pos === 'NUM' && toks[c - 2]?.text === ',') c -= 2;
  if (c - 1 < lo) return null;
  const hit = doc.entityAt(toks[c - 1].start);
  if (hit?.entity.type !== 'PERSON' || hit.mention.end !== toks[c - 1].end) return null;
  const first = doc.tokenIndexAt(hit.mention.start);
  return first >= lo ? phrase(doc, first, c) : null;
}

/** The most tokens of a participle phrase left open between its comma and the cue's subject. */
const MAX_OPEN_PARTICIPLE = 10;

/**
 * The person a participle phrase set off by a comma describes when its closing comma is missing and
 * the phrase read back from the cue (at token s) is its last words: "Brian Cowen, the minister for
 * Finance, acting on behalf of the Taoiseach said" is Cowen's, not the Taoiseach's. The person is
 * named right before the comma, or before a title set off by commas after the name.
 */
function personBeforeOpenParticiple(
  doc: ArticleDocument,
  s: number,
  end: number,
  k: number,
  lo: number,
): Phrase | null {
  const toks = doc.tokens;
  // (the phrase is the cue's own subject, right before it: not "said Murphy, using a term Rubio has used to describe")
  for (let x = end; x < k; x++) if (toks[x].pos !== 'ADV') return null;
  let c = s - 1;
  for (; c > lo && s - c <= MAX_OPEN_PARTICIPLE && toks[c].text !== ','; c--)
    if (/^[.;:!?()—―–-]$/.test(toks[c].text) || isBreak(toks[c]) || toks[c].pos === 'AUX') return null;
  const participle = toks[c + 1];
  if (toks[c]?.text !== ',' || !participle || participle.pos !== 'VERB' || !/ing$/.test(participle.lower)) return null;
  // ("protesters, including groups of South Korean farmers angry at …": a list's members, no aside)
  if (participle.lower === 'including' || participle.lower === 'excluding') return null;
  // the name before the comma, or before the apposition that ends there ("…, the minister for Finance,")
  for (let end = c; end - 1 >= lo && c - end <= MAX_OPEN_PARTICIPLE; end--) {
    if (end < c && toks[end].text !== ',') continue;
    const hit = doc.entityAt(toks[end - 1].start);
    if (hit?.entity.type === 'PERSON' && hit.mention.kind === 'name' && hit.mention.end === toks[end - 1].end) {
      const first = doc.tokenIndexAt(hit.mention.start);
      return first >= lo ? phrase(doc, first, end) : null;
    }
    if (end < c) break;
  }
  // or the description opening the clause: "The minister, speaking to reporters in Kabul said"
  const a = phraseStartBefore(toks, c, lo);
  return a === lo && a < c ? phrase(doc, a, c) : null;
}

/**
 * The person named right before ", a/an …" at token s (an apposition left open), or null; k is the cue.
 * Not where the cue and a comma are followed by the person's own predicate: "Clinton, a top aide said,
 * “is very confident …”" is the aide's parenthetical about Clinton.
 */
function personBeforeOpenApposition(doc: ArticleDocument, s: number, k: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  if ((toks[s].lower !== 'a' && toks[s].lower !== 'an') || toks[s - 1]?.text !== ',' || s - 2 < lo) return null;
  if (predicateAfterCueComma(toks, k) || closesFrontedAdjunct(toks, lo, s - 1)) return null;
  return nameBeforeComma(doc, s - 1, lo);
}

/**
 * The person's name that ends right before the comma at c, or before a party label there ("Sen.
 * Kristen Gillibrand (D-NY), a supporter of …"), as a phrase; else null.
 */
export function nameBeforeComma(doc: ArticleDocument, c: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  let last = c - 1;
  if (toks[last]?.text === ')' && partyLabelBefore(doc, last)) {
    while (last > lo && toks[last].text !== '(') last--;
    last--;
  }
  if (last < lo) return null;
  const hit = doc.entityAt(toks[last].start);
  if (hit?.entity.type !== 'PERSON' || hit.mention.end !== toks[last].end) return null;
  const first = doc.tokenIndexAt(hit.mention.start);
  return first >= lo ? phrase(doc, first, last + 1) : null;
}

/** The most tokens between the comma after a person's name and the phrase read back from the cue. */
const MAX_OPEN_ROLE = 16;

/**
 * The person named before ", TITLE" when the title, as the entity layer read it (a role in
 * apposition), runs up to the cue with no closing comma: "Amer Hassan Fayed, assistant dean of
 * political science at Baghdad University said" is Fayed's, not the university's. Tokens [s, end)
 * are the phrase read back from the cue.
 */
function personBeforeOpenRole(doc: ArticleDocument, s: number, end: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  const last = toks[end - 1];
  for (let c = s - 1; c - 1 >= lo && s - c <= MAX_OPEN_ROLE; c--) {
    if (toks[c].text !== ',') continue;
    const hit = doc.entityAt(toks[c - 1].start);
    if (hit?.entity.type !== 'PERSON' || hit.mention.end !== toks[c - 1].end) return null;
    // (the role may follow its article: "Kofi Annan, the UN secretary general said"; not after a
    // name in a fronted adjunct: "In an interview with … Mika Brzezinski, the Democratic
    // presidential candidate stated")
    if (closesFrontedAdjunct(toks, lo, c)) return null;
    const next = toks[c + 1].lower === 'the' ? toks[c + 2] : toks[c + 1];
    if (!next || !hit.entity.roles.some((r) => r.span.start === next.start && r.span.end === last.end)) return null;
    const first = doc.tokenIndexAt(hit.mention.start);
    return first >= lo ? phrase(doc, first, c) : null;
  }
  return null;
}

/**
 * The name before "(INITIALS) in PLACE" when tokens [s, end) are that place alone, or null: the
 * bracket ends the phrase read back from the cue, so the place would otherwise be the subject.
 */
function bodyBeforeInitials(doc: ArticleDocument, s: number, end: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  const open = s - 4;
  if (open - 1 < lo || !PLACE_PREPOSITIONS.has(toks[s - 1].lower) || toks[s - 2].text !== ')') return null;
  if (toks[open].text !== '(' || !/^\p{Lu}[\p{Lu}\d&.-]+$/u.test(toks[s - 3].text) || !placeAlone(doc, s, end))
    return null;
  const hit = doc.entityAt(toks[open - 1].start);
  if (!hit || hit.mention.end !== toks[open - 1].end || PLACE_TYPES.has(hit.entity.type)) return null;
  const first = phraseStartBefore(toks, open, lo);
  return first < open ? phrase(doc, first, open) : null;
}

/** Whether the bracket closing at token `close` holds a party label: "(R-OH)", "(D-Ariz.)", "(I-Vt.)". */
function partyLabelBefore(doc: ArticleDocument, close: number): boolean {
  const open = doc.text.lastIndexOf('(', doc.tokens[close].start);
  if (open < 0 || doc.text[doc.tokens[close].end - 1] !== ')') return false;
  return PARTY_LABEL.test(doc.text.slice(open + 1, doc.tokens[close].end - 1));
}

/** A party and state label ("R-OH", "D-Ariz.", "I-Vt."), as it stands inside its brackets or between commas. */
export const PARTY_LABEL = /^[RDI]-[A-Za-z. ]{2,}$/;

/**
 * Whether tokens [s, end) are a place and nothing more: a place's name or a place noun, after
 * determiners and adjectives ("Iraq", "southern Uzbekistan", "the region"; not "the third quarter
 * and Italy and the Netherlands").
 */
function placeAlone(doc: ArticleDocument, s: number, end: number): boolean {
  const toks = doc.tokens;
  const last = toks[end - 1];
  const hit = doc.entityAt(last.start);
  let first: number;
  if (hit && PLACE_TYPES.has(hit.entity.type)) first = doc.tokenIndexAt(hit.mention.start);
  else if (last.pos === 'NOUN' && PLACE_NOUNS.has(last.lower)) first = end - 1;
  else return false;
  for (let j = s; j < first; j++) if (toks[j].pos !== 'DET' && toks[j].pos !== 'ADJ') return false;
  return true;
}

/**
 * Adjectives that relate the noun before them to the phrase after their preposition, as a participle
 * does ("officials familiar with …", "sources close to …", "lawmakers loyal to …").
 */
const RELATION_ADJECTIVES = new Set([
  'familiar',
  'close',
  'loyal',
  'knowledgeable',
  'opposed',
  'sympathetic',
  'friendly',
  'responsible',
]);

/** Whether token f is an adjective of relation or a modifying participle with its preposition, after a noun. */
function relationModifierAt(toks: Token[], f: number): boolean {
  const t = toks[f];
  const modifier =
    RELATION_ADJECTIVES.has(t.lower) || ((t.pos === 'VERB' || t.pos === 'ADJ') && MODIFYING_PARTICIPLES.has(t.lower));
  return modifier && toks[f + 1]?.pos === 'ADP' && (toks[f - 1].pos === 'NOUN' || toks[f - 1].pos === 'PROPN');
}

/**
 * Past participles that modify a noun with their preposition ("people briefed on …", "a diplomat
 * based in …"). A past form after a noun is as often a finite verb ("Axelrod tweeted after …",
 * "A quiet start turned into …"), so only these count; a present participle always modifies.
 */
const MODIFYING_PARTICIPLES = new Set([
  'involved',
  'based',
  'briefed',
  'quoted',
  'interviewed',
  'polled',
  'surveyed',
  'gathered',
  'assembled',
  'affiliated',
  'allied',
  'linked',
  'connected',
  'aligned',
  'devoted',
  'dedicated',
  'stationed',
  'deployed',
  'posted',
  'located',
  'headquartered',
  'employed',
  'tasked',
  'engaged',
  'associated',
  'tied',
]);

/** Whether a noun for people or for one person is token t ("officials", "sources", "a source"). */
function personNoun(t: Token): boolean {
  if (isPeopleNoun(t)) return true;
  const heads = entityLexicon().personNominalHeads;
  const singular = t.lower.replace(/s$/, '');
  return heads.has(t.lower) || heads.has(singular) || PERSON_NOUNS.has(t.lower) || PERSON_NOUNS.has(singular);
}

/**
 * Whether the noun phrase ending before token `end` is a verb's or a preposition's object (not after
 * a conjunction the tagger calls a preposition, "although …", or "than": "Fewer than half of …").
 */
function objectAt(toks: Token[], end: number, lo: number): boolean {
  const a = phraseStartBefore(toks, end, lo);
  const before = toks[a - 1];
  if (a - 1 < lo) return false;
  return before.pos === 'VERB' || (before.pos === 'ADP' && !SUBORDINATORS.has(before.lower) && before.lower !== 'than');
}

/** Whether the phrase ending before token `end` ends in the name of a body or a place (ORG, GPE …). */
function namesBody(doc: ArticleDocument, end: number): boolean {
  const hit = doc.entityAt(doc.tokens[end - 1].start);
  return !!hit && hit.entity.type !== 'PERSON' && hit.mention.end === doc.tokens[end - 1].end;
}

/**
 * Singular nouns for one person who speaks that the entity lexicon's nominal heads (official,
 * spokesman, diplomat, analyst …) leave out ("a source speaking to Fox News said").
 */
const PERSON_NOUNS = new Set([
  'source',
  'person',
  'candidate',
  'witness',
  'resident',
  'man',
  'woman',
  'aide',
  'member',
  'lawmaker',
  'officer',
]);

/**
 * The noun phrase before "PARTICIPLE/ADJECTIVE PREPOSITION" when the phrase read back from the cue
 * (tokens [s, end)) is that preposition's object: "Officials familiar with | the talks | said". The
 * noun is a common one or a pronoun, not a name, whose past form would be its verb ("Trump stared
 * down the camera and the hosts forgot"). After "by", only people are so modified ("Analysts quoted
 * by Reuters said"): a document's maker speaks for it ("A statement released by the ministry said").
 */
function nounBeforeModifier(doc: ArticleDocument, s: number, end: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  const prep = toks[s - 1];
  const modifier = toks[s - 2];
  const head = toks[s - 3];
  if (s - 2 < lo || prep?.pos !== 'ADP') return null;
  // (one clause: "… charged the officer with murder and Emanuel fired …" has two; a relative's
  // antecedent is found by relativeHead: "insurgents located in the city of Diwaniya, which …")
  if (toks.slice(s, end).some((t) => t.pos === 'CCONJ' || RELATIVE_OPENERS.has(t.lower))) return null;
  // "A senior official with knowledge of the investigation said", "sources with ties to …": a
  // person "with" something is who speaks
  // (but a spokesman's or an official's body speaks for them: "A senior official with the United
  // States Department of Defense said", as after "for" or "from")
  if (prep.lower === 'with' && personNoun(modifier) && !objectAt(toks, s - 1, lo) && !namesBody(doc, end))
    return subjectBefore(doc, s - 1, lo);
  if (s - 3 < lo || !head) return null;
  // (the tagger reads some participles as adjectives: "Companies involved in the project")
  const verbal = modifier.pos === 'VERB' || modifier.pos === 'ADJ';
  // (a present participle modifies people: "Protesters marching through …", "a source speaking to …";
  // after another noun it may be a noun the tagger misread: "the mass shooting in Orlando")
  const participle =
    verbal &&
    (MODIFYING_PARTICIPLES.has(modifier.lower) ||
      (modifier.pos === 'VERB' && /ing$/.test(modifier.lower) && personNoun(head)));
  if (!participle && !RELATION_ADJECTIVES.has(modifier.lower)) return null;
  const common = head.pos === 'NOUN' || head.pos === 'PRON' || (head.pos === 'PROPN' && !doc.entityAt(head.start));
  if (!common || objectAt(toks, s - 2, lo)) return null;
  if (prep.lower === 'by' && !isPeopleNoun(head)) return null;
  // the noun phrase is read back from the modifier as from a cue: "Analysts and activists in some
  // Middle Eastern countries allied with the United States say" is the analysts' and activists'
  return subjectBefore(doc, s - 2, lo);
}

/** Prepositions that put people in a place: "officials in Iraq", "residents across the city". */
const PLACE_PREPOSITIONS = new Set(['in', 'across', 'throughout', 'inside', 'around']);
/** Prepositions after people in the plural that say where they are or are from, not who speaks. */
const PEOPLE_PREPOSITIONS = new Set(['across', 'from', 'among', 'throughout', 'around']);

/**
 * Where the phrase read back from a cue is the second of two places joined by "and" after people
 * ("Gay rights activists in the U.S. and around the world"), the start of the first place's noun
 * phrase; else s.
 */
function firstOfJoinedPlaces(doc: ArticleDocument, s: number, lo: number): number {
  const toks = doc.tokens;
  const prep = (t: Token | undefined) => !!t && (PLACE_PREPOSITIONS.has(t.lower) || PEOPLE_PREPOSITIONS.has(t.lower));
  if (s - 3 < lo || !prep(toks[s - 1]) || toks[s - 2].lower !== 'and') return s;
  const c = phraseStartBefore(toks, s - 2, lo);
  return c - 2 >= lo && c < s - 2 && prep(toks[c - 1]) && peopleNounAt(doc, c - 2) ? c : s;
}
/** Prepositions whose object is only ever where the people before them are, never who speaks. */
const LOCATIVE_PREPOSITIONS = new Set(['outside', 'near', 'beyond', 'opposite']);
/** Whether a word is a preposition of where a speaker is ("officials in Kabul", "protesters near the embassy"). */
export const isPlacePreposition = (word: string): boolean =>
  PLACE_PREPOSITIONS.has(word) || LOCATIVE_PREPOSITIONS.has(word);
/** Common nouns of places: "people in the region", "residents across the city". */
const PLACE_NOUNS = new Set([
  'region',
  'area',
  'city',
  'town',
  'village',
  'country',
  'province',
  'district',
  'capital',
  'county',
  'territory',
  'camp',
  'camps',
  'neighborhood',
  'neighbourhood',
  'world',
]);
/**
 * Whether token k opens the sentence with a common noun in the plural that wink, for its capital,
 * tagged a name ("Officials in Washington …", "People in the region …").
 */
function peopleOpening(doc: ArticleDocument, k: number, lo: number): boolean {
  const t = doc.tokens[k];
  return k === lo && t.pos === 'PROPN' && !doc.entityAt(t.start) && pluralNoun(t.lower);
}

/**
 * The plural noun phrase before "including"/"such as" that opens the examples at token s, when no
 * comma sets them off ("companies including Coca-Cola"), read back as a subject; else null.
 */
function groupBeforeExamples(doc: ArticleDocument, s: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  let i = s - 1;
  if (i - 1 > lo && toks[i].lower === 'as' && toks[i - 1].lower === 'such') i--;
  // ("Clinton economic advisers like Gene Sperling": "like" before examples as "such as")
  else if (toks[i]?.lower !== 'including' && !(toks[i]?.lower === 'like' && toks[i].pos === 'ADP')) return null;
  const noun = toks[i - 1];
  if (i - 1 < lo || !noun || !(noun.pos === 'NOUN' || noun.pos === 'PROPN') || !noun.lower.endsWith('s')) return null;
  if (noun.pos === 'NOUN' && noun.lower === noun.lemma) return null;
  return subjectBefore(doc, i, lo);
}

/**
 * The relative "who"/"which" before a prepositional adjunct that ends at token j ("who in the past
 * has voiced"), or -1.
 */
function relativeBeforeAdjunct(toks: Token[], j: number, lo: number): number {
  let i = j;
  while (i > lo && j - i < 5 && /^(?:NOUN|ADJ|DET|NUM)$/.test(toks[i].pos)) i--;
  if (i === j || i - 1 < lo || toks[i].pos !== 'ADP') return -1;
  const rel = toks[i - 1].lower;
  return rel === 'who' || rel === 'which' ? i - 1 : -1;
}

/** The most tokens of an adjunct set off by commas after a relative pronoun. */
const MAX_RELATIVE_ASIDE = 14;

/**
 * The relative pronoun before an adjunct set off by commas whose closing comma is at j ("…, who, on
 * a press call Friday, criticized …"), or -1: the adjunct opens with a preposition, a subordinator
 * or an adverb and holds no finite verb of its own.
 */
function relativeBeforeCommaAside(toks: Token[], j: number, lo: number): number {
  if (toks[j]?.text !== ',') return -1;
  for (let p = j - 1; p > lo && j - p <= MAX_RELATIVE_ASIDE + 1; p--) {
    const t = toks[p];
    if (t.pos === 'AUX' || /^[.;:!?"“”]$/.test(t.text)) return -1;
    if (t.text !== ',') continue;
    const opens = toks[p + 1];
    if (p + 1 >= j || !(opens.pos === 'ADP' || opens.pos === 'SCONJ' || opens.pos === 'ADV')) return -1;
    return RELATIVE_SUBJECTS.has(toks[p - 1]?.lower ?? '') && p - 1 >= lo ? p - 1 : -1;
  }
  return -1;
}
/** Relative pronouns that may stand as a verb's subject (", which urged …", ", who, on Friday, said …"). */
export const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['who', 'which']);

/** Plural endings of nouns for people ("hard-liners", "activists", "conservatives", "senators"). */
const PEOPLE_PLURAL = /(?:ers|ists|ians|ives|ors)$/;

/**
 * Whether token i is a plural noun for people: a listed or sector noun, a lower-case plural with an
 * ending of people's, or a plural name of a people or party the recogniser typed ("Republicans").
 */
function peopleNounAt(doc: ArticleDocument, i: number): boolean {
  const t = doc.tokens[i];
  if (isPeopleNoun(t)) return true;
  if (t.pos === 'NOUN') return /^\p{Ll}/u.test(t.text) && t.lower !== t.lemma && PEOPLE_PLURAL.test(t.lower);
  const type = t.pos === 'PROPN' && t.lower.endsWith('s') ? doc.entityAt(t.start)?.entity.type : undefined;
  return type === 'NORP' || type === 'MISC';
}

/** Prepositions opening an adjunct of place, occasion or time between a subject and its cue. */
const ADJUNCT_PREPOSITIONS = new Set(['in', 'at', 'during']);

/** Who speaks before an adjunct of where or when: a person or a body named. */
const SPEAKING_TYPES = new Set(['PERSON', 'ORG']);

/** How far back (tokens) from the phrase before the cue a person may stand before an adjunct. */
const MAX_ADJUNCT = 12;

/**
 * The person named right before the adjunct that the phrase at token `s` ends or belongs to
 * ("Ahmadinejad | in a speech to 3,000 students in Tehran | said", "Donald Trump | at a rally in
 * Iowa | said"): the name's last word is followed by in, at or during, and only noun-phrase words
 * and prepositions stand between it and the cue; null when there is none.
 */
function personBeforeAdjunct(doc: ArticleDocument, s: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  for (let x = s - 1; x > lo && s - x <= MAX_ADJUNCT; x--) {
    const t = toks[x];
    if (isBreak(t) || !(phraseWordAt(toks, x) || t.pos === 'ADP')) return null;
    if (!ADJUNCT_PREPOSITIONS.has(t.lower)) continue;
    const before = toks[x - 1];
    const hit = doc.entityAt(before.start);
    // (or a body: "The Holocaust Memorial Museum in Washington said", "the U.S. Embassy in Kyiv said")
    if (hit && SPEAKING_TYPES.has(hit.entity.type) && hit.mention.kind === 'name' && hit.mention.end === before.end) {
      const a = phraseStartBefore(toks, x, lo);
      return a < x ? phrase(doc, a, x) : null;
    }
  }
  return null;
}

/** Prepositions of the agent a speaker speaks through ("through a spokesman", "via his lawyer"). */
const AGENT_PREPOSITIONS = new Set(['through', 'via']);
/** Who or what speaks for someone, as lemmas ("through his office", "via a statement", "through lawyers"). */
const AGENT_NOUNS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'representative',
  'lawyer',
  'attorney',
  'counsel',
  'office',
  'aide',
  'publicist',
  'agent',
  'statement',
  'email',
]);

/**
 * The subject before "through"/"via" when tokens [s, end) are that preposition's object, an agent:
 * "The company through a spokesman denied …", "Curiel, who through his office declined …" are the
 * company's and Curiel's, not the spokesman's or the office's.
 */
function principalBeforeAgent(doc: ArticleDocument, s: number, end: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  const p = s - 1;
  if (p - 1 < lo || !AGENT_PREPOSITIONS.has(toks[p].lower) || !AGENT_NOUNS.has(toks[end - 1].lemma)) return null;
  const before = toks[p - 1];
  if (before.lower === 'who') return phrase(doc, p - 1, p);
  if (before.pos !== 'NOUN' && before.pos !== 'PROPN') return null;
  const a = phraseStartBefore(toks, p, lo);
  return a < p ? phrase(doc, a, p) : null;
}

/** The most tokens between a restrictive relative pronoun and the phrase read before the cue. */
const MAX_RELATIVE = 16;

/**
 * "Current and former officials who spoke with The Huffington Post said": the phrase read back
 * from the cue ends a restrictive relative clause; the noun phrase the clause modifies speaks.
 * Found by looking back from the phrase's start over the clause (a verb, no comma) to "who" or
 * "that" with a noun phrase before it.
 */
function relativeHead(doc: ArticleDocument, s: number, lo: number, end = s + 1): Phrase | null {
  const toks = doc.tokens;
  // ("economists who favor consumption taxes agree": a plain form the tagger read as a noun right
  // after "who", with more of the phrase after it, is the clause's verb; not "the people who voters say")
  let verb =
    toks[s - 1]?.lower === 'who' &&
    toks[s].pos === 'NOUN' &&
    end - s >= 2 &&
    /^\p{Ll}+$/u.test(toks[s].text) &&
    !/s$/.test(toks[s].lower);
  for (let r = s - 1; r > lo && s - r <= MAX_RELATIVE; r--) {
    const t = toks[r];
    if (t.text === ',' || isBreak(t) || /^[.;:!?—―]$/.test(t.text)) return null;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    if (t.lower !== 'who' && t.lower !== 'that') continue;
    if (!verb) return null;
    const before = toks[r - 1];
    if (!(before.pos === 'NOUN' || before.pos === 'PROPN')) return null;
    const a = phraseStartBefore(toks, r, lo);
    return a < r ? phrase(doc, a, r) : null;
  }
  return null;
}

/**
 * Whether token e is a period that ends the sentence: not one of a short abbreviation glued to it
 * ("Army Maj. Gen. Benjamin R. Mixon", where the sentence splitter may break too): an inverted subject
 * never runs into the next sentence ("… said an Israeli official. The official also said").
 */
function sentencePeriod(toks: readonly Token[], e: number): boolean {
  if (toks[e].text !== '.') return false;
  const prev = toks[e - 1];
  return !prev || prev.end !== toks[e].start || !/^\p{Lu}\p{Ll}{0,3}$/u.test(prev.text);
}

/** A possessive determiner after "of" inside a noun phrase: "one of his aides", "a friend of her family". */
function possessiveAfterLink(toks: Token[], e: number, k: number): boolean {
  return e > k && POSSESSIVES.has(toks[e].lower) && toks[e - 1].lower === 'of' && toks[e + 1]?.pos === 'NOUN';
}

/**
 * phraseAfter, also for a noun phrase opened by a possessive determiner: the inverted subject of
 * "“We will appeal,” said his lawyer, John Smith." (not in general: "According to their press release
 * the ban …" would run on past the source).
 */
export function possessedPhraseAfter(doc: ArticleDocument, k: number, hi: number): Phrase | null {
  const toks = doc.tokens;
  const next = toks[k + 1];
  if (k + 1 < hi && POSSESSIVES.has(toks[k].lower) && (next.pos === 'NOUN' || next.pos === 'ADJ')) {
    const rest = phraseAfter(doc, k + 1, hi);
    if (rest) return nameInApposition(doc, phrase(doc, k, rest.endToken), hi);
  }
  const found = phraseAfter(doc, k, hi);
  return found ? nameInApposition(doc, found, hi) : null;
}

/**
 * The person named in apposition after an inverted speaker that is a title or a body ("…," said
 * Lieutenant Colonel of the 4th Infantry Division, Jonathan Withington. / "…," said the division
 * spokesman, Lt. Col. Jonathan Withington.): the name, which ends the frame; else the phrase itself.
 */
export function nameInApposition(doc: ArticleDocument, p: Phrase, hi: number): Phrase {
  const toks = doc.tokens;
  const comma = p.endToken;
  if (comma + 1 >= hi || toks[comma].text !== ',' || isPersonPhrase(doc, p)) return p;
  const name = phraseAfter(doc, comma + 1, hi);
  // (a full name: "said U.S. military spokesman, Lt. Col, Christopher C. Garver" has a stray comma)
  if (!name || !isPersonPhrase(doc, name) || !/\s/.test(doc.text.slice(name.head.start, name.head.end))) return p;
  const after = toks[name.endToken];
  // (or by a relative clause on the name or an adjunct of the saying: "…, said local farmer, Hashim
  // Assafi who also said …", "…, said White House spokesman, Sean McCormack in a statement to the press")
  return !after ||
    after.text === ',' ||
    APPOSITION_FOLLOWERS.has(after.lower) ||
    sentencePeriod(toks, name.endToken) ||
    name.endToken >= hi
    ? name
    : p;
}

/** Words that may follow a name in apposition to an inverted speaker: a relative on it, an adjunct of the saying. */
const APPOSITION_FOLLOWERS = new Set(['who', 'whose', 'in', 'to', 'on', 'at', 'during']);

/** Whether a phrase's head is a person the entity layer named. */
function isPersonPhrase(doc: ArticleDocument, p: Phrase): boolean {
  if (p.headKind !== 'name') return false;
  const hit = doc.entityAt(p.head.start);
  return hit?.entity.type === 'PERSON';
}

/** Week days, which a name does not run on into. */
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
const isDay = (t: Token | undefined) =>
  t !== undefined && (DEICTIC_DAYS.has(t.lower) || (t.lower.endsWith('day') && WEEKDAY.test(t.lower)));

/**
 * The index after the day a phrase was said on, when one starts at token e ("according to a report
 * Tuesday from WKOW", "according to a congressional report on Wednesday"): a week day or a deictic
 * day, alone or after "on" (a month may be a name: "Theresa May"); else -1.
 */
export function dayAfter(toks: Token[], e: number): number {
  const end = isDay(toks[e]) ? e + 1 : toks[e]?.lower === 'on' && isDay(toks[e + 1]) ? e + 2 : -1;
  // (a day that modifies the noun after it is part of the phrase: "a Wednesday editorial", "the Sunday Times")
  const next = toks[end];
  if (end < 0 || (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || possessiveApostrophe(toks, end)))) return -1;
  return end;
}

/**
 * Whether "to" at token e follows a person's name: whom the words were said to, not a title's
 * complement ("…," said Olmert to reporters; "said John Smith to Bob Jones"; but "said Ambassador
 * to Japan John Smith").
 */
function addresseeAfterName(doc: ArticleDocument, e: number): boolean {
  if (doc.tokens[e].lower !== 'to' || e === 0) return false;
  const hit = doc.entityAt(doc.tokens[e - 1].start);
  return (
    !!hit && hit.entity.type === 'PERSON' && hit.mention.kind === 'name' && hit.mention.end === doc.tokens[e - 1].end
  );
}

/** The noun phrase starting at token k (an inverted subject: said Sullivan; according to X). */
export function phraseAfter(doc: ArticleDocument, k: number, hi: number): Phrase | null {
  const toks = doc.tokens;
  if (k >= hi) return null;
  const t = toks[k];
  if (t.pos === 'PRON')
    return lex.subjectPronouns.has(t.lower) || t.lower === 'him' || t.lower === 'her' ? phrase(doc, k, k + 1) : null;
  if (!npToken(t) || NP_LINKS.has(t.lower)) return null;
  // "…," said one of them: a quantifier with "of" and a pronoun (not "one of those lawyers")
  if (
    quantifier(t) &&
    toks[k + 1]?.lower === 'of' &&
    PARTITIVE_PRONOUNS.has(toks[k + 2]?.lower ?? '') &&
    k + 2 < hi &&
    !(k + 3 < hi && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(toks[k + 3].pos))
  )
    return phrase(doc, k, k + 3);
  let e = k;
  for (;;) {
    // a hyphened compound is one word of the phrase, whatever the tagger made of its parts
    // ("UK think-tank Demos", "the newly-inaugurated chief")
    while (e > k && e + 3 <= hi && hyphenedToNext(toks, e)) e += 3;
    if (e >= hi || e - k >= MAX_NP || !phraseGoesOn(doc, k, e)) break;
    e++;
  }
  while (e > k && (NP_LINKS.has(toks[e - 1].lower) || toks[e - 1].pos === 'DET')) e--;
  if (e <= k) return null;
  if (e - k === 1 && lex.nonSpeakers.has(t.lower)) return null;
  // (a word that dates the day after it is no phrase: "Late Tuesday", "Next Tuesday")
  if (e - k === 1 && TIME_PREPOSITIONS.has(t.lower) && dayAfter(toks, e) > 0) return null;
  return phrase(doc, k, e);
}

/** Whether token e continues the phrase phraseAfter reads from k. */
function phraseGoesOn(doc: ArticleDocument, k: number, e: number): boolean {
  const toks = doc.tokens;
  return (
    !sentencePeriod(toks, e) &&
    (npToken(toks[e]) ||
      possessiveApostrophe(toks, e) ||
      possessiveAfterLink(toks, e, k) ||
      participleModifierAt(toks, e, k)) &&
    !isBreak(toks[e]) &&
    !(e > k && dayAfter(toks, e) > 0) &&
    !addresseeAfterName(doc, e)
  );
}

/**
 * Whether token e opens a hyphened compound, glued to the hyphen and the word after it, whatever the
 * tagger made of its first part: "UK think-tank Demos", "the fact-checking site".
 */
function hyphenedToNext(toks: Token[], e: number): boolean {
  return (
    toks[e + 1]?.text === '-' &&
    insideWord(toks, e + 1) &&
    /^\p{L}/u.test(toks[e].text) &&
    /^\p{L}/u.test(toks[e + 2].text)
  );
}

/**
 * Whether token e is a participle in -ed modifying the noun after it inside a phrase opened at k,
 * which the tagger read as a verb: "said the printed Cruz slate card".
 */
function participleModifierAt(toks: Token[], e: number, k: number): boolean {
  const t = toks[e];
  const prev = toks[e - 1];
  const next = toks[e + 1];
  if (e <= k || t.pos !== 'VERB' || !/^\p{Ll}+ed$/u.test(t.text) || !prev || !next) return false;
  return (prev.pos === 'DET' || prev.pos === 'ADJ') && (next.pos === 'NOUN' || next.pos === 'PROPN');
}

/**
 * A token after which a new clause opens: a conjunction, a semicolon, a colon or a line break (not
 * a comma: "Ukraine and Azerbaijan, both believed to be …" describes the two; nor a dash, which may
 * close an aside after the subject: "Republican establishment figures — whose party … — both suggested").
 */
function clauseBoundary(t: Token): boolean {
  return t.pos === 'CCONJ' || t.text === ';' || t.text === ':' || isBreak(t);
}
