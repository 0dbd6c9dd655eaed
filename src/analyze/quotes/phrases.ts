// Noun phrases read from wink's POS tags (no parser): which words a speaker phrase is made of, where
// the phrase ending before a token starts, and the name or nominal it is headed by (phrase). The
// subject before a cue is read in subject-before.ts, the inverted subject after it in phrase-after.ts.
import type { ArticleDocument, Token } from '../document.js';
import type { Span } from '../types.js';
import { betweenCapitalWords, STANDALONE_SUBJECTS } from './context.js';
import { quoteLexicon as lex } from './lexicon.js';
import { isCalendarText, YEAR } from '../nlp/closed-class.js';
import { allTitles, counselOfSomeone, groupOfSomeone, relationNoun, titleOf } from './head-nouns.js';

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
export const NP_LINKS = new Set(['of', 'for', 'to', 'at', '&', 'and', '-', '.', "'s", '’s', 'on', '(', ')']);
export const MAX_NP = 14;
/** Words between a person and the body they belong to ("John Smith of the Heritage Foundation"). */
const AFFILIATION_LINKS = new Set(['of', 'from', 'at', 'with']);

export const isName = (t: Token) =>
  t.pos === 'PROPN' || (/^\p{Lu}/u.test(t.text) && t.pos !== 'PRON' && t.pos !== 'PUNCT' && t.pos !== 'DET');

export const isBreak = (t: Token) => t.pos === 'SPACE' || /\n/.test(t.text);

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

/**
 * Where the noun phrase ending before token `end` starts: back over phrase words (at most MAX_NP,
 * not before `lo`), then past any linking word it would begin with ("… to the Clinton campaign").
 * Returns `end` when there is no phrase.
 */
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
  // (and years after a preposition: "In 1991 and 1992 four of six Yugoslavian republics declared …")
  else if (s > lo && toks[s - 1].pos === 'ADP' && YEAR.test(toks[s].text)) {
    let k = s + 1;
    while (k + 1 < end && (toks[k].lower === 'and' || toks[k].text === ',') && YEAR.test(toks[k + 1].text)) k += 2;
    if (k < end) s = k;
  }
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

/** Parts of speech before a noun that keep it in a noun phrase ("the summit", "one point", "first taste"). */
const NOMINAL_BEFORE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** Whether token i may sit in a speaker phrase (see phraseWord), possessive apostrophes included. */
export const phraseWordAt = (toks: Token[], i: number) =>
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
export function affiliationFrom(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  if (toks[i].lower !== 'from' || !prev) return false;
  // (a name, not a capitalised word opening the sentence: "Testimonial from one of the soldiers")
  return prev.pos === 'PROPN' && /^\p{Lu}/u.test(prev.text) && toks[i - 2]?.pos === 'PROPN';
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
export function nominalAdverbAt(toks: Token[], i: number): boolean {
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
/** Nouns of a part of a country that a name before them names ("the Montenegro region of …"). */
const REGION_NOUNS = new Set(['region', 'province', 'part', 'territory', 'state', 'district', 'enclave']);

/** Whether such a noun and "of" stand at token k ("region of Serbia"). */
const regionOf = (toks: Token[], k: number): boolean => REGION_NOUNS.has(toks[k].text) && toks[k + 1]?.lower === 'of';

function headOf(doc: ArticleDocument, a: number, b: number): { head: Span; kind: Phrase['headKind'] } {
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
    // ("the Montenegro region of Serbia and Montenegro": a name modifying the noun that "of" qualifies
    // is the phrase's, not the one after "of")
    const after = doc.tokenIndexAt(hit.mention.end - 1) + 1;
    const opens = hit.mention.start === toks[toks[a].pos === 'DET' ? a + 1 : a]?.start;
    if (opens && !isPerson && !bestPerson && after + 1 < b && regionOf(toks, after))
      return { head: best!, kind: 'name' };
  }
  const last = toks[b - 1];
  // a phrase ending in a common noun is a nominal (U.S. intelligence agencies, the campaign), or in a
  // title the tagger read as an adjective ("Police chief said")
  const nounEnd = last.pos === 'NOUN' || (last.pos === 'ADJ' && lex.titles.has(last.lower));
  if (nounEnd && !isName(last)) return { head: { start: toks[a].start, end: last.end }, kind: 'nominal' };
  // "The president of Colombia", "the head of the World Trade Organization": a title's common noun
  // before "of" heads the phrase; the name after it says whose
  if (!bestPerson && titleOf(toks, a, b) > a) return { head: { start: toks[a].start, end: last.end }, kind: 'nominal' };
  // "his best friend at Lehigh": someone's relation, the name after the preposition where they belong
  if (!bestPerson && relationNoun(toks, a, b) > a)
    return { head: { start: toks[a].start, end: last.end }, kind: 'nominal' };
  // "An advisor to John McCain noted …": the adviser speaks, not the one advised
  if (best && bestPerson && counselOfSomeone(toks, a, b) > a)
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

export function phrase(doc: ArticleDocument, a: number, b: number): Phrase {
  const { head, kind } = headOf(doc, a, b);
  return { start: doc.tokens[a].start, end: doc.tokens[b - 1].end, head, headKind: kind, first: a, endToken: b };
}

export const RELATIVE_OPENERS = new Set(['who', 'whose', 'whom', 'which']);

export const ARTICLES = new Set(['the', 'a', 'an']);
/**
 * Object pronouns a quantifier takes with "of" as a subject ("many of them", "some of us"); not
 * "you", which is generic as often as addressed ("as many of you know, …").
 */
export const PARTITIVE_PRONOUNS = new Set(['them', 'us', 'those']);
/** A quantifier that opens a partitive subject ("Many of them", "Two of them", "Half of us"). */
export const quantifier = (t: Token) => STANDALONE_SUBJECTS.has(t.lower) || t.lower === 'half' || t.pos === 'NUM';

/**
 * Adjectives that relate the noun before them to the phrase after their preposition, as a participle
 * does ("officials familiar with …", "sources close to …", "lawmakers loyal to …").
 */
export const RELATION_ADJECTIVES = new Set([
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
export const MODIFYING_PARTICIPLES = new Set([
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
