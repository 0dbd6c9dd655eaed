// Attributions whose content is a preposition's object: a verb (talked about the economy), a
// reporting noun (Trump's criticism of the judge) or an attitude adjective (is critical of the deal),
// listed in data/lexicons/quote-prep-cues.json. The content runs from the preposition's object to
// the end of its clause; the speaker is the verb's subject, or the noun's possessor.
import { frameSpeakerBefore } from './frame-speaker.js';
import { readFileSync } from 'node:fs';
import type { Sentence, Token } from '../document.js';
import { isWord, POSSESSIVES, quoteCandidate, type QuoteContext } from './context.js';
import { contentEnd, objectPredicateEnd } from './content-end.js';
import { whatOpensClause } from './content-start.js';
import { mainSubject } from './main-subject.js';
import { lexiconPath } from './lexicon.js';
import { nounTaggedVerb } from './noun-tagged-verb.js';
import { timeSpentVerb } from './participle-speaker.js';
import { ARTICLES, phrase, phraseStartBefore, type Phrase } from './phrases.js';
import { subjectBefore } from './subject-before.js';
import { mediumIssuer } from './medium-issuer.js';
import { WordFilter } from './word-filter.js';
import { BE_WORDS, isCalendarText } from '../nlp/closed-class.js';

type PrepCueClass = 'verb' | 'noun' | 'adj';

interface PrepCueFile {
  verbs: string[];
  nouns: string[];
  adjectives: string[];
}

/** Cue words (lemma, lower case) → the word sequences that may follow them, with their class. */
type PrepCues = Map<string, { rest: string[]; cls: PrepCueClass }[]>;

function load(): PrepCues {
  const raw = JSON.parse(readFileSync(lexiconPath('quote-prep-cues.json'), 'utf8')) as PrepCueFile;
  const cues: PrepCues = new Map();
  const add = (entries: string[], cls: PrepCueClass) => {
    for (const e of entries) {
      const [head, ...rest] = e.toLowerCase().split(/\s+/);
      const list = cues.get(head) ?? [];
      list.push({ rest, cls });
      cues.set(head, list);
    }
  };
  add(raw.verbs, 'verb');
  add(raw.nouns, 'noun');
  add(raw.adjectives, 'adj');
  return cues;
}

const prepCues = load();
/** Every token of every sentence is asked about: most are answered without hashing their words. */
const prepCueWords = new WordFilter(prepCues.keys());

const POS_OF: Record<PrepCueClass, Set<string>> = {
  verb: new Set(['VERB']),
  noun: new Set(['NOUN']),
  adj: new Set(['ADJ', 'VERB']),
};

const cueOptions = (word: string) => (prepCueWords.mayHold(word) ? prepCues.get(word) : undefined);

/** Token index just past the cue's words starting at k (with an optional 'out'), or -1. */
function cueEnd(ctx: QuoteContext, k: number): { end: number; cls: PrepCueClass } | -1 {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  if (t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'ADJ') return -1;
  // (a participle after "be" is the listed adjective first: "are worried about" is "worried
  // about", not a passive of "worry about")
  const adjective = t.lower !== t.lemma && afterBe(toks, k) ? cueOptions(t.lower) : undefined;
  const options = adjective ?? cueOptions(t.lemma) ?? (t.lower === t.lemma ? undefined : cueOptions(t.lower));
  if (!options) return -1;
  for (const { rest, cls } of options) {
    if (!POS_OF[cls].has(t.pos) && !(cls === 'verb' && nounTaggedVerb(ctx.doc, k))) continue;
    let j = k + 1;
    if (cls === 'verb' && toks[j]?.lower === 'out' && rest[0] !== 'out') j++;
    // "spoke out Tuesday about", "spoke to CNN about": a day or a hearer between verb and preposition
    if (cls === 'verb' && rest.length === 1) j = afterVerbAdjunct(ctx, j, rest[0]);
    let ok = true;
    for (const w of rest) {
      const tj = toks[j];
      if (!tj || ctx.inSpan[j] >= 0 || (tj.lower !== w && tj.lemma !== w)) {
        ok = false;
        break;
      }
      j++;
    }
    if (ok) return { end: j, cls };
  }
  return -1;
}

/** Whether a form of "be" stands before token k, across adverbs ("are deeply worried about"). */
function afterBe(toks: Token[], k: number): boolean {
  let b = k - 1;
  while (b > 0 && toks[b].pos === 'ADV') b--;
  return b >= 0 && BE_FORMS.has(toks[b].lower);
}

/** What "spoke on …" names when it names the terms of speaking rather than its topic. */
const SPEAKING_TERMS = /^(?:the\s+)?(?:condition\s+(?:of|that)\b|record\b|(?:deep\s+)?background\b)/i;
/** Verbs of answering, as lemmas, whose object may be what asked for an answer. */
const ANSWERING_VERBS = new Set(['respond', 'reply']);
/**
 * What asks a source for words ("did not respond to requests for comment", "did not reply to my
 * messages"): answering it says nothing of what was said, if anything was.
 */
const REQUESTS_FOR_WORDS =
  /^(?:(?:the|a|an|my|our|his|her|their|multiple|several|repeated|numerous|further|additional|written|emailed|e-mailed|phone|telephone|two|three)\s+)*(?:requests?|messages?|e-?mails?|calls?|inquiry|inquiries|quer(?:y|ies)|voicemails?)\b/i;

/** The most words of a hearer between a verb and its preposition (spoke to CNN's Jake Tapper about). */
const MAX_HEARER = 4;
const DAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)$/;

/**
 * Token index after a day or a hearer ("to CNN", "with reporters") standing at j before the cue's
 * preposition `prep`, or j itself when none stands there or the preposition does not follow.
 */
function afterVerbAdjunct(ctx: QuoteContext, j: number, prep: string): number {
  const toks = ctx.doc.tokens;
  let e = j;
  if (toks[e] && DAY.test(toks[e].text)) e++;
  // an adverb: "called again for President Obama to resign", "warned repeatedly about"
  // (a manner adverb or "again", not one of direction: "coming back for", "push forward for")
  else if (toks[e]?.pos === 'ADV' && (/^\p{Ll}+ly$/u.test(toks[e].text) || toks[e].lower === 'again')) e++;
  else if (toks[e] && (toks[e].lower === 'to' || toks[e].lower === 'with')) {
    e++;
    const from = e;
    while (
      e < toks.length &&
      e - from < MAX_HEARER &&
      ctx.inSpan[e] < 0 &&
      ['PROPN', 'NOUN', 'DET', 'PRON', 'PART'].includes(toks[e].pos) &&
      toks[e].lower !== prep
    )
      e++;
    if (e === from) return j;
    // ("spoke with Canadian Minister of Foreign Affairs Marc Garneau": an "of" after a capitalised
    // hearer goes on with the hearer's title or name)
    if (prep === 'of' && /^\p{Lu}/u.test(toks[e - 1].text)) return j;
  }
  return toks[e]?.lower === prep ? e : j;
}

/**
 * The noun phrase ending at the possessive mark at j. It runs back as a subject would, but not past
 * a preposition that joins a verb's object to its complement: "compared the chancellor's figures to
 * the prime minister's claims" is the prime minister's ("of" and "for" stay inside: "the Secretary
 * of State's remarks", "the spokesman for the ministry's statement").
 */
function possessorPhrase(ctx: QuoteContext, j: number, lo: number): Phrase | null {
  const p = subjectBefore(ctx.doc, j, lo);
  if (!p) return p;
  const toks = ctx.doc.tokens;
  // a subject reading that stops short of the mark ("new troop commitments based on the President's
  // decision") is not the possessor: the phrase right before the mark is
  if (p.endToken !== j) {
    const a = phraseStartBefore(toks, j, lo);
    return a < j ? phrase(ctx.doc, a, j) : null;
  }
  for (let i = j - 1; i > p.first; i--)
    if (OBJECT_LINKS.has(toks[i].text) && i + 1 < j) return phrase(ctx.doc, i + 1, j);
  return p;
}

/**
 * The possessor of the first of two nouns joined by "and" when the second's is "its" or "their" at j:
 * "Russia's aggression toward Ukraine and its rejection of international law" is Russia's rejection,
 * not Ukraine's, the nearer name. Only inside one noun phrase: no verb between.
 */
function parallelPossessor(ctx: QuoteContext, j: number, lo: number): Phrase | null {
  const toks = ctx.doc.tokens;
  if (j - 1 <= lo || toks[j - 1].pos !== 'CCONJ') return null;
  for (let i = j - 2; i > lo; i--) {
    const t = toks[i];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'PRON') return null;
    if (/^['’]s?$/.test(t.text) && t.pos === 'PART') {
      const p = possessorPhrase(ctx, i, lo);
      return p && p.headKind !== 'pronoun' ? p : null;
    }
  }
  return null;
}

/** Prepositions that join a verb's object to its complement (compared X to Y, took X from Y). */
const OBJECT_LINKS = new Set(['to', 'with', 'from', 'against', 'into', 'on', 'at', 'in']);

/** The holder of a reporting noun: its possessor (Trump's, her), else the subject of the verb it follows. */
export function nounHolder(ctx: QuoteContext, s: Sentence, k: number): { speaker: Phrase | null; rule: string } {
  const toks = ctx.doc.tokens;
  // "Kaine is a staunch opponent of …": a copula's subject or an apposition's name, never a possessor
  // or the subject of a verb governing it ("the world's largest supporter of …", "Obama addressed
  // critics of his policy")
  if (AGENT_NOUNS.has(toks[k].lemma)) return { speaker: agentHolder(ctx, s, k), rule: 'cue-subject' };
  let j = k - 1;
  while (j > s.firstToken && (toks[j].pos === 'ADJ' || toks[j].pos === 'ADV')) j--;
  const t: Token | undefined = toks[j];
  if (t && j >= s.firstToken && POSSESSIVES.has(t.lower)) {
    // "Acpo made its call for …", "The unions renewed their demand for …": a body's possessive in
    // the object of a verb is its subject's (the nearest body before may be another one)
    const verb = t.lower === 'its' || t.lower === 'their' ? verbBefore(toks, j, s.firstToken) : -1;
    const subject = verb >= 0 ? subjectBefore(ctx.doc, verb, s.firstToken) : null;
    if (subject && subject.headKind !== 'pronoun') return { speaker: subject, rule: 'possessor-subject' };
    const parallel = t.lower === 'its' || t.lower === 'their' ? parallelPossessor(ctx, j, s.firstToken) : null;
    if (parallel) return { speaker: parallel, rule: 'possessor-parallel' };
    return {
      speaker: { start: t.start, end: t.end, head: t, headKind: 'pronoun', first: j, endToken: j + 1 },
      rule: 'possessor',
    };
  }
  // Trump's criticism, Sanders' criticism (a bare apostrophe after a plural or a name in -s)
  if (t && (/^['’]s$/.test(t.lower) || (/^['’]$/.test(t.text) && /s$/.test(toks[j - 1]?.lower ?? ''))))
    return { speaker: possessorPhrase(ctx, j, s.firstToken), rule: 'possessor' };
  const modifier = t && j >= s.firstToken && j < k ? nameModifier(ctx, s, j) : null;
  if (modifier) return { speaker: modifier, rule: 'name-modifier' };
  // raised questions about, voiced her support for: the governing verb's subject
  // (not of a verb that meets someone else's words: "I saw a report that …", "faces allegations that")
  for (let v = j; v >= s.firstToken && k - v <= 4; v--) {
    if (toks[v].pos === 'VERB' && PERCEIVING_VERBS.has(toks[v].lemma)) break;
    if (toks[v].pos === 'VERB' && RECEIVING_VERBS.has(toks[v].lemma) && !FELT_NOUNS.has(toks[k].lemma))
      return { speaker: null, rule: UNKNOWN_HOLDER };
    if (toks[v].pos === 'VERB') return { speaker: subjectBefore(ctx.doc, v, s.firstToken), rule: 'cue-subject' };
    if (!(toks[v].pos === 'DET' || toks[v].pos === 'ADJ' || toks[v].pos === 'NUM')) break;
  }
  return { speaker: null, rule: 'cue-subject' };
}

/** The verb that governs the noun phrase opening at j (adverbs between), or -1. */
function verbBefore(toks: readonly Token[], j: number, first: number): number {
  let v = j - 1;
  while (v > first && toks[v].pos === 'ADV') v--;
  return v >= first && toks[v].pos === 'VERB' ? v : -1;
}

/** nounHolder's rule for a report, claim or charge someone left unnamed made ("faced criticism for …"). */
export const UNKNOWN_HOLDER = 'unknown-holder';

/**
 * Verbs whose subject meets, weighs or stops a report, claim, promise or plan made by someone else: the
 * noun's holder is not their subject, and the sentence does not say who it is ("I saw a report that …",
 * "Police are investigating claims that …", "The final vote saw 280 votes against the motion").
 */
const PERCEIVING_VERBS = new Set([
  'see',
  'hear',
  'read',
  'review',
  'investigate',
  'probe',
  'examine',
  'monitor',
  'ignore',
  // (a plan or a proposal someone else made: "The US, which can veto any plan to sell IMF gold")
  'veto',
  'block',
]);

/**
 * Verbs whose subject suffers or draws a charge someone unnamed made: the words are someone's, the
 * holder unknown ("Cruz faced criticism for …", "faces allegations that …").
 */
const RECEIVING_VERBS = new Set(['face', 'receive', 'fuel', 'spark', 'prompt', 'trigger', 'attract']);

/** Nouns of what the subject itself feels, which it faces as its own ("are facing acute fears of …"). */
const FELT_NOUNS = new Set(['fear', 'concern', 'worry', 'anxiety', 'doubt', 'uncertainty']);

/** The most words of the modifiers between an article and an agent noun (a full-fledged booster). */
const MAX_AGENT_MODIFIERS = 4;

/**
 * The holder of an agent noun's stance ("a staunch opponent of …"): the subject of the copula before
 * its article, or the name an apposition describes; past adjectives, adverbs, participles and
 * hyphens ("a pointed critic", "a full-fledged booster").
 */
function agentHolder(ctx: QuoteContext, s: Sentence, k: number): Phrase | null {
  const toks = ctx.doc.tokens;
  let j = k - 1;
  while (
    j > s.firstToken &&
    k - j <= MAX_AGENT_MODIFIERS &&
    (toks[j].pos === 'ADJ' ||
      toks[j].pos === 'ADV' ||
      toks[j].text === '-' ||
      (toks[j].pos === 'VERB' && /(?:ing|ed)$/.test(toks[j].lower)))
  )
    j--;
  if (j > s.firstToken && ARTICLES.has(toks[j].lower)) {
    const before = toks[j - 1];
    // "Kaine is a staunch opponent of …", "she has been a dogged defender of …": the copula's subject
    if (BE_FORMS.has(before.lower)) return subjectBefore(ctx.doc, j, s.firstToken);
    if (LINKING_VERBS.has(before.lemma)) return subjectBefore(ctx.doc, j - 1, s.firstToken);
    // "Kirsten Gillibrand, a supporter of …": the name the apposition describes
    if (before.text === ',' || before.text === '\u2014' || before.text === '\u2015') {
      // (past an age set off by commas: "Ashley Yago, 33, a supporter of …")
      const age = toks[j - 2]?.pos === 'NUM' && toks[j - 3]?.text === ',' ? j - 3 : j - 1;
      return subjectBefore(ctx.doc, age, s.firstToken);
    }
  }
  return null;
}

/** Nouns for one who holds a stance (a supporter, a critic of …): a copula's subject or an apposition's name holds it. */
const AGENT_NOUNS = new Set([
  'supporter',
  'opponent',
  'critic',
  'advocate',
  'proponent',
  'champion',
  'booster',
  'backer',
  'detractor',
  'defender',
]);
/** Verbs that link a subject to what it is, as "be" does (she became a vocal critic of …). */
const LINKING_VERBS = new Set(['become', 'remain']);

/** Verbs whose object stands between them and the preposition ("accused Russia of …", "praised her for …"). */
const OBJECT_BEFORE_PREP = new Set([
  'accuse of',
  'criticize for',
  'criticise for',
  'blame for',
  'praise for',
  'thank for',
  'credit for',
]);
/** "be" and "stand", before a participle or adjective that a prepositional cue follows ("is focused on", "stood opposed to"). */
const BE_FORMS = new Set([...BE_WORDS, 'stands', 'stand', 'stood']);
const RELATIVES = new Set(['which', 'who', 'whom', 'that']);

/**
 * Whether the participle cue at k is passive, so that what stands
 * before it is the one spoken of, not the speaker: after a form of "be" ("was widely accused of",
 * "stands accused of"), and for a verb whose object comes before the preposition, wherever nothing
 * stands between it and the preposition ("two North Africans accused of …", "leader Ming Campbell
 * criticised for …"), unless a relative clause put its object first ("which Ecuador accused of …").
 */
function isPassive(toks: Token[], k: number, objectFirst: boolean): boolean {
  if (!/(ed|en)$/.test(toks[k].lower)) return false;
  if (BE_FORMS.has(toks[k - 1]?.lower ?? '')) return true;
  // ("are specifically focused on" is a state its subject is in, and speaks for them)
  if (!objectFirst) return false;
  if (afterBe(toks, k)) return true;
  // (the relative opens the clause: "which French President François Hollande blamed for …")
  for (let i = k - 1; i >= Math.max(0, k - 8) && toks[i].pos !== 'PUNCT'; i--)
    if (RELATIVES.has(toks[i].lower)) return i === k - 1;
  return true;
}

/** The most tokens between a verb and the comma after the name it governs (gave an interview to the Advocate,). */
const MAX_NAME_OBJECT = 10;
/** The most tokens an opening adjunct runs before its comma ("In Iowa,"): a name further in is in no such adjunct. */
const MAX_OPENING_ADJUNCT = 10;

/**
 * Whether the participle at k follows a noun phrase that cannot be its subject: a verb's object
 * ("hosted a ministerial focused on food security", "carried signs focused on …"; not a cue's, whose
 * noun phrase may open its clause: "said voters focused on …"), or an indefinite one in apposition
 * to a name or a preposition's object.
 */
function participleModifiesSubject(ctx: QuoteContext, k: number, subject: Phrase, first: number): boolean {
  const toks = ctx.doc.tokens;
  // (the participle right after its noun phrase, no auxiliary between: "the United States is concerned")
  if (!/ed$/.test(toks[k].lower) || subject.endToken < k - 2 || toks[k - 1].pos === 'AUX') return false;
  const before = toks[subject.first - 1];
  if (!before) return false;
  // (a common noun's phrase: a pronoun is a clause's subject, "means they talked about it"; any verb
  // that is no cue, unlike main-subject.ts reducedRelative, whose wider reading of prepositions' objects
  // ("Over 1,400 Department employees voted for …") cost PolNeAR quotes here)
  const objectOfVerb =
    before.pos === 'VERB' && toks[subject.endToken - 1].pos === 'NOUN' && ctx.cueClass(subject.first - 1) === null;
  if (objectOfVerb && subject.first - 1 >= first) return true;
  // (the last of a preposition's list of objects: "draw on expertise from across government,
  // industry, national laboratories, and academia for policy and technical exchanges focused on …")
  if (
    before.lower === 'and' &&
    toks[subject.first].pos === 'NOUN' &&
    listAfterPreposition(toks, subject.first - 1, first)
  )
    return true;
  const article = toks[subject.first].lower;
  if (article !== 'a' && article !== 'an') return false;
  if (before.pos === 'ADP') return true;
  if (before.text !== ',' || toks[subject.first - 2]?.pos !== 'PROPN') return false;
  // a name that a verb before it governs ("founded Henry Realty, a firm …") or that opens no adjunct
  // ("… and CEO of Stewart Global Solutions, an international consulting company focused on …"), not
  // a name in an opening adjunct ("In Iowa, a spokesman focused on …")
  for (let i = subject.first - 3; i >= first && i >= subject.first - MAX_NAME_OBJECT; i--)
    if (toks[i].pos === 'VERB') return true;
  return toks[first].pos !== 'ADP' && subject.first - 2 - first > MAX_OPENING_ADJUNCT;
}

/** The most tokens of a list of nouns back from its "and" to the preposition it follows. */
const MAX_OBJECT_LIST = 12;
/** Tags of the words of a list of bare nouns. */
const LIST_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * Whether the "and" at k ends a list of three or more bare nouns set off by commas that a preposition
 * opens ("from across government, industry, national laboratories, and"), after `first`.
 */
function listAfterPreposition(toks: Token[], k: number, first: number): boolean {
  let commas = 0;
  for (let j = k - 1; j >= first && k - j <= MAX_OBJECT_LIST; j--) {
    const t = toks[j];
    if (t.text === ',') commas++;
    else if (t.pos === 'ADP') return commas >= 2 && LIST_TAGS.has(toks[j + 1]?.pos ?? '');
    else if (!LIST_TAGS.has(t.pos) && t.pos !== 'ADV') return false;
  }
  return false;
}

/** Adverbs of time or place that open an adjunct, not an object ("talked about today"). */
const ADJUNCT_ADVERBS = new Set(['here', 'there', 'now', 'today', 'yesterday', 'tonight', 'later', 'again', 'earlier']);
/** The most tokens an adjunct may run before the clause it stands before. */
const MAX_ADJUNCT = 10;

/**
 * Where the content starts after the cue's end a: there, unless an adjunct opens it (a preposition
 * or an adverb of time or place); then at the that-clause after the adjunct, or -1 for none.
 */
function pastOpeningAdjunct(toks: Token[], k: number, a: number, end: number): number {
  const t = toks[a];
  // "raised questions about whether …": the tagger reads "whether" as a preposition, yet it opens
  // the preposition's clausal object, the content itself
  if (!t || !(t.pos === 'ADP' || ADJUNCT_ADVERBS.has(t.lower)) || t.lower === 'whether') return a;
  // a cue that wants an object, not a clause, has none here ("laid out under Trade Promotion Authority
  // that Congress approved": the "that" is the adjunct's relative)
  if (!takesClause(toks, k, a)) return -1;
  for (let j = a + 1; j < Math.min(end, a + 1 + MAX_ADJUNCT); j++) {
    // (after a noun the tagger reads "that" as a relative: "on numerous occasions that Israelis …")
    if (toks[j].lower === 'that') return hasVerb(toks, j + 1, end) ? j : -1;
    if (toks[j].pos === 'PUNCT' || toks[j].pos === 'VERB' || toks[j].pos === 'AUX') return -1;
  }
  return -1;
}

/** Cues from k to a that take a that-clause: "make (it) clear", "point out", "spell out". */
function takesClause(toks: Token[], k: number, a: number): boolean {
  const last = toks[a - 1].lower;
  return last === 'clear' || (last === 'out' && CLAUSE_OUT_VERBS.has(toks[k].lemma));
}
/** Verbs of saying with "out" that take a clause: "point out", "spell out" (also as-frame.ts). */
export const CLAUSE_OUT_VERBS: ReadonlySet<string> = new Set(['point', 'spell']);

/** Whether a verb stands in the clause from `from` ("that one" is no clause). */
function hasVerb(toks: Token[], from: number, end: number): boolean {
  for (let j = from; j < Math.min(end, from + MAX_ADJUNCT); j++) {
    if (toks[j].pos === 'VERB' || toks[j].pos === 'AUX') return true;
    if (toks[j].pos === 'PUNCT') return false;
  }
  return false;
}

/** Nouns of a time or an occasion: "speaking on the final day of military exercises", "on the sidelines of …". */
const OCCASION_NOUNS = new Set([
  'day',
  'eve',
  'anniversary',
  'occasion',
  'sidelines',
  'margins',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
]);

/** Whether the phrase at a is headed by a noun of a time or an occasion: when one spoke, not about what. */
function occasionAt(toks: Token[], a: number): boolean {
  let k = a;
  while (k < toks.length && k - a < 4 && /^(DET|ADJ|NUM)$/.test(toks[k].pos)) k++;
  // (not a modifier or a possessor of the head: "responded to this morning's raid")
  const next = toks[k + 1];
  return OCCASION_NOUNS.has(toks[k]?.lower ?? '') && next?.pos !== 'NOUN' && !/^['’]s?$/.test(next?.text ?? '');
}

/** Tags of words that open an adjunct or a subordinate clause ("From …", "In …", "while …"). */
const ADJUNCT_OPENERS = new Set(['ADP', 'SCONJ']);

/**
 * Where a content that opens at a must end when its cue k stands in an adjunct or a subordinate clause
 * before the sentence's main clause: at the comma after which the main clause begins ("From his remarks
 * in Iowa to his call for a federal “deportation force,” Will described Trump as …" is a call for a
 * deportation force, not for what Will described; "while most of his competitors called for a bigger
 * military effort …, Trump hewed …"). Else the sentence's end.
 */
function frontedAdjunctEnd(ctx: QuoteContext, s: Sentence, k: number, a: number): number {
  const toks = ctx.doc.tokens;
  // the clause that holds the cue opens after the last comma before it (one outside a quotation)
  let from = s.firstToken;
  for (let j = k - 1; j > s.firstToken; j--)
    if (toks[j].text === ',' && ctx.inSpan[j] < 0) {
      from = j + 1;
      break;
    }
  if (!ADJUNCT_OPENERS.has(toks[from].pos)) return s.endToken;
  // (a prepositional adjunct holds a noun's cue, not a verb's: "in this section we made clear that …"
  // is the main clause after its adjunct)
  if (toks[from].pos === 'ADP' && toks[k].pos !== 'NOUN') return s.endToken;
  for (let j = from + 1; j < k; j++) if (toks[j].pos === 'VERB' || toks[j].pos === 'AUX') return s.endToken;
  for (let j = a + 1; j < s.endToken; j++) {
    if (toks[j].text !== ',') continue;
    let c = j + 1;
    if (/^["”’']$/.test(toks[c]?.text ?? '')) c++;
    // the main clause: a subject (a name, a pronoun, a noun phrase) and its finite verb within a few
    // words (not an infinitive's, "attempts to install …", nor a participle)
    if (!toks[c] || !/^(PROPN|PRON|DET|NOUN)$/.test(toks[c].pos)) continue;
    for (let v = c + 1; v < Math.min(s.endToken, c + 5); v++)
      if (
        (toks[v].pos === 'VERB' || toks[v].pos === 'AUX') &&
        toks[v - 1].lower !== 'to' &&
        !/ing$/.test(toks[v].lower)
      )
        return c > j + 1 ? c : j;
    return s.endToken;
  }
  return s.endToken;
}

export function findPrepositionalQuotes(ctx: QuoteContext): void {
  const toks = ctx.doc.tokens;
  for (const s of ctx.sentences) {
    for (let k = s.firstToken; k < s.endToken; k++) {
      if (ctx.inSpan[k] >= 0) continue;
      const hit = cueEnd(ctx, k);
      // the used-cue lookup only for the few cue words (cueEnd only reads)
      if (hit === -1 || ctx.usedCue.has(k)) continue;
      // a capitalised cue word in a name or a title is none ("the BBC's Focus on Africa programme")
      if (k > s.firstToken && /^\p{Lu}/u.test(toks[k].text) && (/^['’]s$/.test(toks[k - 1].text) || ctx.insideName(k)))
        continue;
      const { cls } = hit;
      // "made clear on numerous occasions that …": past an adjunct, to the clause it stands before;
      // "which my colleague can talk about at length here": the object came first, no content follows
      let a = pastOpeningAdjunct(toks, k, hit.end, s.endToken);
      if (a < 0 || a >= s.endToken) continue;
      // ("What President Putin has made clear is that this is about …": a pseudo-cleft's complement)
      const cleft =
        toks[a].lemma === 'be' && toks[a + 1]?.lower === 'that' && a + 2 < s.endToken && whatOpensClause(ctx, k);
      if (cleft) a += 2;
      const b = contentEnd(ctx, a, cleft ? s.endToken : objectPredicateEnd(ctx, a, frontedAdjunctEnd(ctx, s, k, a)));
      let e = b;
      while (e > a && !isWord(toks[e - 1]) && !/["”’'»]/.test(toks[e - 1].text)) e--;
      if (e <= a || (!isWord(toks[a]) && !/["“‘'«]/.test(toks[a].text))) continue;
      // "a statement on Monday saying …": the day is when, not what about
      if (isCalendarText(toks[a].text)) continue;
      // "spoke to reporters about 20 minutes later": a time after the preposition is when, not a topic
      if (ctx.timeAt(a) || occasionAt(toks, a)) continue;
      let speaker: Phrase | null;
      let speakerRule: string;
      let accusation = false;
      if (cls === 'noun') {
        ({ speaker, rule: speakerRule } = nounHolder(ctx, s, k));
        accusation = speakerRule === UNKNOWN_HOLDER;
      } else {
        // (a verb whose object comes before its preposition, right before it: "accused of")
        const objectFirst = a === k + 2 && OBJECT_BEFORE_PREP.has(`${toks[k].lemma} ${toks[k + 1].lower}`);
        const passive = cls === 'verb' && isPassive(toks, k, objectFirst);
        // "A Turkish religious movement accused of illegally financing …": an accusation or praise
        // made by someone the clause leaves out is still one, its speaker unknown
        accusation = passive && objectFirst;
        // ("Ayotte has spent nearly all of her time responding to …": whoever spends the time)
        const spent = passive ? -1 : timeSpentVerb(ctx, s.firstToken, k);
        speaker = passive ? null : subjectBefore(ctx.doc, spent >= 0 ? spent : k, s.firstToken);
        // "Bachelet issued a statement essentially warning of …": the statement's issuer (medium-issuer.ts)
        const issuer = speaker && /ing$/.test(toks[k].lower) ? mediumIssuer(ctx, s, speaker, mainSubject) : null;
        // "Henry Realty, a firm focused on real estate", "during a rally here focused on veterans":
        // a participle after an indefinite noun phrase in apposition or after a preposition modifies it
        if (speaker && cls === 'verb' && participleModifiesSubject(ctx, k, speaker, s.firstToken)) continue;
        speakerRule = spent >= 0 ? 'time-spent-subject' : 'cue-subject';
        if (issuer) {
          speaker = issuer;
          speakerRule = 'medium-issuer';
        }
        // to vote for, after talking about: the subject of the sentence's main verb
        if (!speaker && !passive) {
          speaker = mainSubject(ctx, s, k);
          speakerRule = 'main-subject';
        }
        if (!speaker && !passive) {
          speaker = frameSpeakerBefore(ctx, s, k);
          speakerRule = 'frame-speaker';
        }
      }
      // a stance nobody holds in the text is no attribution (the campaign was focused on …)
      if (!speaker && !accusation) continue;
      const span = { start: toks[a].start, end: toks[e - 1].end };
      // "spoke on condition of anonymity", "spoke on the record": the terms of speaking, not a topic
      if (cls === 'verb' && SPEAKING_TERMS.test(ctx.doc.text.slice(span.start, span.end))) continue;
      if (ANSWERING_VERBS.has(toks[k].lemma) && REQUESTS_FOR_WORDS.test(ctx.doc.text.slice(span.start, span.end)))
        continue;
      // quoted words inside make it a mixed quote ("warned of the dangers of “owners of technology”
      // who …"); where a quote rule took them as a quote of their own, the longer stays (dropNested)
      const quoted = ctx.doc.tokensIn(span).some((t) => ctx.inSpan[t.i] >= 0);
      for (let j = k; j < hit.end; j++) ctx.usedCue.add(j);
      ctx.candidates.push(
        quoteCandidate({
          kind: quoted ? 'mixed' : 'indirect',
          start: span.start,
          end: span.end,
          cue: { start: toks[k].start, end: toks[hit.end - 1].end },
          speaker,
          rule: `cue-prep-${cls}`,
          speakerRule: speaker ? speakerRule : null,
        }),
      );
    }
  }
}

/** Entity types that hold a report, claim or plan named before it ("a New York Times report that …"). */
const MODIFIER_HOLDERS = new Set(['PERSON', 'ORG']);

/**
 * The name that modifies a reporting noun right after an article, as its holder: "a New York Times
 * report that …", "an Associated Press report that …", "the Pentagon plan to …"; a person's or an
 * organisation's name mention ending at token j, else null. A place's name is where the noun is from
 * or about, not who made it ("the Benghazi report", "the Iran claim").
 */
function nameModifier(ctx: QuoteContext, s: Sentence, j: number): Phrase | null {
  const toks = ctx.doc.tokens;
  const t = toks[j];
  if (t.pos !== 'PROPN') return null;
  const hit = ctx.doc.entityAt(t.start);
  if (!hit || hit.mention.kind !== 'name' || hit.mention.end !== t.end || !MODIFIER_HOLDERS.has(hit.entity.type))
    return null;
  let f = j;
  while (f > s.firstToken && toks[f - 1].start >= hit.mention.start) f--;
  if (toks[f].start !== hit.mention.start || f === s.firstToken || !ARTICLES.has(toks[f - 1].lower)) return null;
  return phrase(ctx.doc, f, j + 1);
}
