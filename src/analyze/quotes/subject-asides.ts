// What stands between a subject and its cue that subjectBefore steps over: an adjunct or an aside
// after an auxiliary ("have in the past said"), an adverb set off by commas, a catenative frame ("went
// on to praise"), a relative's adjunct, and comma-set modifiers after a clause's opening name.
import type { ArticleDocument, Token } from '../document.js';
import { BE_FORMS } from './context.js';
import {
  FINITE_BE_WORDS,
  isCalendarText,
  PERSONAL_SUBJECT_PRONOUNS,
  SENTENCE_OPENING_ADVERBS,
} from '../nlp/closed-class.js';
import { isBreak, nominalAdverbAt, phrase, phraseStartBefore, RELATIVE_OPENERS, type Phrase } from './phrases.js';
import { timeAdjunctStart } from './time-adjunct.js';

/** How far back (tokens) the modifiers between a clause's opening name and its verb may reach. */
const MAX_MODIFIERS = 30;

/** Reflexive pronouns, which may open an apposition ("X, himself a former senator, said"). */
export const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves']);

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

/** Quantifiers that open an aside on a plural subject ("both domestic and international", "all of them"). */
const QUANTIFIER_ASIDES = new Set(['both', 'all', 'each', 'many', 'most', 'some']);

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
const notAName = (t: Token) => SENTENCE_OPENING_ADVERBS.has(t.lower) || isCalendarText(t.text);
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
export function titledNameBefore(doc: ArticleDocument, j: number, lo: number): number {
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
export function openingNameBeforeModifiers(doc: ArticleDocument, comma: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  let a = lo;
  // (a connective adverb opens the clause before its subject: "Yet Democratic economists, …")
  while (
    a < comma &&
    (toks[a].pos === 'CCONJ' ||
      toks[a].pos === 'PUNCT' ||
      isBreak(toks[a]) ||
      (toks[a].pos === 'ADV' &&
        /^\p{Lu}/u.test(toks[a].text) &&
        // (or set off by its comma: "However, most observers, both domestic and international, agreed")
        (toks[a + 1]?.pos !== 'PUNCT' || (toks[a + 1].text === ',' && SENTENCE_OPENING_ADVERBS.has(toks[a].lower)))))
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
    // (or a quantifier's: "most observers, both domestic and international, agreed")
    const nounWithComparison =
      last.pos === 'NOUN' &&
      (COMPARISON_ASIDES.has(toks[f + 1]?.lower ?? '') || QUANTIFIER_ASIDES.has(toks[f + 1]?.lower ?? ''));
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

/** The most tokens of a prepositional adjunct between an auxiliary and its participle (in the past). */
const MAX_AUX_ADJUNCT = 5;
const ADJUNCT_WORD_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV']);

/**
 * Where the auxiliary before a prepositional adjunct ending at j stands, when the adjunct comes
 * between the auxiliary and the cue's participle: "Gore's friends have in the past said", "Beck, who
 * has in the past described", "has for years argued" (an auxiliary's participle follows at once
 * unless an adjunct is set in). -1 for none.
 */
export function adjunctAfterAuxiliary(toks: Token[], j: number, lo: number): number {
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
export function asideAfterAuxiliary(toks: Token[], j: number, lo: number): number {
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
export function adverbAsideAfterSubject(toks: Token[], j: number, lo: number): number {
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
export function catenativeFrameBefore(toks: Token[], j: number): boolean {
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
export const TWO_WORD_ADVERBS = new Set([
  'of course',
  'in fact',
  'at least',
  'at times',
  'for instance',
  'for example',
  'in general',
  'in particular',
  'in turn',
  'in addition',
  'in short',
  'as well',
  'of late',
]);

/** "since" as an adverb after a perfect's auxiliary, which the tagger reads as a conjunction: "have since denounced". */
export const perfectSince = (toks: readonly Token[], j: number) =>
  toks[j].lower === 'since' && toks[j - 1]?.pos === 'AUX' && toks[j - 1].lemma === 'have';

/**
 * The relative "who"/"which" before a prepositional adjunct that ends at token j ("who in the past
 * has voiced"), or -1.
 */
export function relativeBeforeAdjunct(toks: Token[], j: number, lo: number): number {
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
export function relativeBeforeCommaAside(toks: Token[], j: number, lo: number): number {
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
