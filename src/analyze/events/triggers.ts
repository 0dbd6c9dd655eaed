// Event triggers in a sentence: lexicon patterns matched on lemmas, noun triggers kept only after a
// light verb ("held talks") or alone in their sentence, and complements folded into the trigger that
// governs them ("agreed to provide", "travel to Russia to meet").
import type { ArticleDocument, Sentence, Token } from '../document.js';
import type { Span } from '../types.js';
import { PERSONAL_REFLEXIVES, POSSESSIVE_DETERMINERS, SUBORDINATORS } from '../nlp/closed-class.js';
import { isAgreementName } from '../entities/agreement-names.js';
import { endsInAgreementHead } from '../entities/typing.js';
import { cue, type EventLexicon, type TriggerPattern } from './lexicon.js';
import { afterModal, isPunct, MODALS } from './clauses.js';
import { intendable } from './recode.js';
import { attributiveParticiple } from '../nlp/attributive.js';
import { firstPersonBefore, isCourtesy } from './courtesy.js';

export interface TriggerMatch {
  pattern: TriggerPattern;
  /** Token indexes of the first and last matched word (inclusive). */
  first: number;
  last: number;
  /** First token of the trigger span: a light verb before a noun trigger, else `first`. */
  spanFirst: number;
  rule: string;
  /** The complement trigger this one absorbed ("prepared to impose martial law"), if any. */
  complement?: TriggerPattern;
}

const MAX_GAP = 6;
/** Most tokens between a governing trigger and the complement it absorbs ("call on North Korea to"). */
const MAX_ABSORB_GAP = 5;
const LIGHT_VERB_REACH = 4;
const NOUN_PHRASE_POS = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADV']);

const wordIs = (t: Token, w: string) => t.lemma === w || t.lower === w;
const isVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
const isNoun = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN';

/** Matches one pattern at token i; returns the last matched token index or -1. */
function matchAt(
  tokens: Token[],
  i: number,
  end: number,
  p: TriggerPattern,
  skipTime: (j: number) => number = (j) => j,
): number {
  let at = i;
  for (let k = 0; k < p.words.length; k++) {
    const w = p.words[k];
    if (w === '*') continue;
    if (k > 0 && p.words[k - 1] === '*') {
      let found = -1;
      for (let j = at + 1; j < end && j <= at + 1 + MAX_GAP; j++) {
        // (a currency sign is an amount's, no break: "released $50 million in aid")
        if (isPunct(tokens[j]) && tokens[j].text !== '-' && !CURRENCY.test(tokens[j].text) && !listComma(tokens, j))
          break;
        // (nor past a clause or time phrase a subordinator opens: "withdrew before Israeli troops arrived")
        if (SUBORDINATORS.has(tokens[j].lower)) break;
        // (the pattern's first word again starts the match there: "provided or attempted to provide support")
        if (wordIs(tokens[j], p.words[0])) return -1;
        if (wordIs(tokens[j], w)) {
          found = j;
          break;
        }
      }
      if (found < 0) return -1;
      at = found;
    } else {
      // ("travel June 1-3 to", "travel on July 28 to": a time adjunct between a verb and its particle)
      // (the first word is the one the pattern was looked up by)
      const j = k === 0 ? i : skipTime(at + 1);
      if (j >= end || (k > 0 && !wordIs(tokens[j], w))) return -1;
      at = j;
    }
  }
  return at;
}

/** Currency signs, standing before an amount inside a pattern's gap. */
const CURRENCY = /^(?:[$€£¥]|US\$)$/;

const LIST_ITEM_POS = new Set(['ADJ', 'NOUN']);

/** A comma between a list's modifiers: "provide security, economic, and humanitarian support". */
function listComma(tokens: Token[], j: number): boolean {
  const before = tokens[j - 1];
  let next = tokens[j + 1];
  if (next?.pos === 'CCONJ') next = tokens[j + 2];
  // (a participle among the modifiers too: "imposing swift, coordinated, and severe costs")
  const item = (t: Token) => LIST_ITEM_POS.has(t.pos) || (t.pos === 'VERB' && /ed$/.test(t.lower));
  return tokens[j].text === ',' && !!before && !!next && item(before) && item(next);
}

/** "open-ended", "Syrian-backed", "rebel-held": a participle closing a hyphenated modifier is no act. */
function hyphenParticiple(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return (
    !!prev && prev.text === '-' && prev.end === t.start && t.lower !== t.lemma && /(ed|en|ld|ht|nt)$/.test(t.lower)
  );
}

/** Verbs that with a reflexive object name a suicide ("killed himself", "hanged herself"). */
const SUICIDE_VERBS = new Set(['kill', 'hang', 'shoot']);

/**
 * Prepositions after "demonstrate" that mark its sense "show" ("demonstrate to Iran", "as demonstrated
 * by", "through", "with"); the others leave a protest ("demonstrated against", "in", "outside").
 */
const OBJECT_PREPOSITIONS = new Set(['to', 'by', 'through', 'with']);
const OBJECT_START = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'SCONJ']);

/**
 * Whether the verb at i..last is used transitively or in the passive: an object, a clause or "to"/"by"
 * after it (adverbs passed over: "demonstrated very clearly that"), or "as"/"be" before it ("as
 * demonstrated by", "is being demonstrated").
 */
function takesObject(tokens: Token[], i: number, last: number, end: number): boolean {
  const before = tokens[i - 1];
  if (before && (before.lower === 'as' || before.lemma === 'be' || /^be(ing|en)$/.test(before.lower))) return true;
  let j = last + 1;
  // (adverbs, set off by commas or not — "demonstrates, again, the approach", "very, very clearly" —,
  // "time and again", and a second verb sharing the object: "demonstrate and elevate the focus")
  let aside = false;
  while (j < end) {
    const t = tokens[j];
    if (t.text === ',' && (tokens[j + 1]?.pos === 'ADV' || aside)) aside = !aside || tokens[j + 1]?.pos === 'ADV';
    else if (!(
      t.pos === 'ADV' ||
      t.lower === 'and' ||
      t.lower === 'time' ||
      (t.pos === 'VERB' && tokens[j - 1].lower === 'and')
    ))
      break;
    j++;
  }
  const t = tokens[j];
  if (!t || j >= end || isPunct(t)) return false;
  if (t.pos === 'ADP') return OBJECT_PREPOSITIONS.has(t.lower);
  // ("demonstrated sustained bipartisan leadership": a participle before a noun modifies the object)
  if (t.pos === 'VERB') return OBJECT_START.has(tokens[j + 1]?.pos ?? '');
  return OBJECT_START.has(t.pos) || t.pos === 'ADV';
}

/**
 * Whether a noun of the cue list `list` is in the object after token `last`, within `reach` words
 * (five unless told) and before any punctuation ("reinforce NATO's eastern flank", "defend their own country").
 */
function objectNounIn(tokens: Token[], last: number, end: number, lex: EventLexicon, list: string, reach = 5): boolean {
  const nouns = cue(lex, list);
  for (let j = last + 1; j < end && j <= last + reach && !isPunct(tokens[j]); j++)
    if (nouns.has(tokens[j].lemma) || nouns.has(tokens[j].lower)) return true;
  return false;
}

/** Verbs of violence whose object may be an agreement or an order rather than a victim ("killed the deal"). */
const UNDOING = new Set(['kill', 'attack', 'destroy', 'assault']);

/** Verbs of fighting, whose object may be a problem rather than a foe ("fight the pandemic"). */
const FIGHTING = new Set(['fight', 'combat', 'battle', 'tackle']);

/** Whether the object after a verb of fighting (past "against") is a problem, not a foe: "fighting the pandemic". */
function fightsProblem(tokens: Token[], last: number, end: number, lex: EventLexicon): boolean {
  const from = tokens[last + 1]?.lower === 'against' ? last + 1 : last;
  return objectHeadIn(tokens, from, end, cue(lex, 'foughtProblems'));
}

/** Words that may stand between a verb and its object's head: "meet its major commitments". */
const OBJECT_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON', 'NOUN', 'PROPN']);

/**
 * Whether the object after token `last` is headed by a noun of cue list `list`: read through its
 * determiners, modifiers and "of" ("released a set of principles") up to the first word of another
 * kind. Unlike objectNounIn, a noun after a preposition or a verb ("meet with leaders to discuss
 * their needs") is another phrase's.
 */
function objectHeadIn(tokens: Token[], last: number, end: number, nouns: ReadonlySet<string>): boolean {
  for (let j = last + 1; j < end && j <= last + 6; j++) {
    const t = tokens[j];
    if (nouns.has(t.lemma) || nouns.has(t.lower)) return true;
    if (t.lower !== 'of' && !OBJECT_MODIFIERS.has(t.pos)) return false;
  }
  return false;
}

/** Where an act of undoing's object starts, less one: past its noun's "on" or "against" ("an attack on democracy"). */
const undoneAfter = (tokens: Token[], last: number): number =>
  isNoun(tokens[last]) && UNDONE_PREPOSITIONS.has(tokens[last + 1]?.lower ?? '') ? last + 1 : last;
const UNDONE_PREPOSITIONS = new Set(['on', 'against']);

/**
 * Whether "recognize" at i..last grants recognition: a passive ("Kosovo was recognized by …"), or an
 * object naming a party or its standing before any clause ("recognize Kosovo", "recognized the
 * so-called “independence” of …", "recognize the election"), not a content clause ("recognize that
 * …", "recognize this is …") nor a truth ("the importance of", "the sacrifices of").
 */
function recognizesParty(tokens: Token[], i: number, last: number, end: number, lex: EventLexicon): boolean {
  let b = i - 1;
  while (tokens[b]?.pos === 'ADV') b--;
  if (tokens[b]?.lemma === 'be' || tokens[b]?.lemma === 'get') return true;
  const standing = cue(lex, 'recognizedStatus');
  for (let j = last + 1; j < end && j <= last + 8; j++) {
    const t = tokens[j];
    if (t.pos === 'PROPN' || standing.has(t.lower)) return true;
    // ("the so-called “independence”", "the self-proclaimed independence": a hyphened modifier and
    // quotation marks are read past)
    if (tokens[j + 1]?.text === '-' && tokens[j + 1].start === t.end && tokens[j + 2]?.start === tokens[j + 1].end) {
      j += 2;
      continue;
    }
    // (nor a participle after the article: "the purported “independence”")
    if (QUOTE_MARKS.test(t.text) || (t.pos === 'VERB' && /ed$/.test(t.lower) && tokens[j - 1].pos === 'DET')) continue;
    if (t.lower === 'that' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'NOUN' || isPunct(t)) return false;
  }
  return false;
}

/**
 * Whether a released thing is a record, not a person or property: the object of "released a statement",
 * or the noun the participle follows ("the statement was released by", "a poll released on Wednesday").
 */
function releasesRecord(tokens: Token[], i: number, last: number, end: number, lex: EventLexicon): boolean {
  const records = cue(lex, 'releasedRecords');
  if (objectHeadIn(tokens, last, end, records)) return true;
  let j = i - 1;
  while (j >= 0 && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV' || tokens[j].pos === 'PART')) j--;
  // ("The letter, released to the AFP news agency, says …": a participle set off after its noun)
  if (tokens[j]?.text === ',' && j === i - 1) j--;
  const before = tokens[j];
  return !!before && (records.has(before.lemma) || records.has(before.lower));
}

/** The most tokens from "against" to the attack it names ("against President Putin’s brutal and unprovoked war"). */
const AGAINST_REACH = 9;

/**
 * Whether a defence after token `last` is of ground, not in words: a land's noun ("defend their
 * country"), a town or site named right after ("those defending Kharkiv"), or a defence "against" an
 * armed attack.
 */
function defendsGround(doc: ArticleDocument, last: number, end: number, lex: EventLexicon): boolean {
  const tokens = doc.tokens;
  const next = tokens[last + 1];
  if (!next || last + 1 >= end) return false;
  // ("defend against … war", not "defended Iraq … against Western criticism")
  if (next.lower === 'against') return objectNounIn(tokens, last + 1, end, lex, 'armedAttacks', AGAINST_REACH - 1);
  // (a town or a site, not a country: "defended Iraq and Libya" may be in words)
  const place = doc.entityAt(next.start)?.entity;
  if (
    place &&
    (place.type === 'LOC' || place.type === 'FAC' || (place.type === 'GPE' && !place.kb?.startsWith('country:')))
  )
    return true;
  return objectNounIn(tokens, last, end, lex, 'defendedLands');
}

/** Object pronouns that stand for people or parties ("prevent them from …"; not "prevent it"). */
const ACTOR_PRONOUNS = new Set(['them', 'him', 'her', 'us', 'anyone', 'anybody']);

/**
 * Whether the object right after token `last` is a party — a name or a pronoun for people ("prevent Iran
 * from …") — or a party's gathering (cue list `gatherings`: "police prevented the demonstration").
 */
function actorObject(tokens: Token[], last: number, lex: EventLexicon): boolean {
  let j = last + 1;
  if (tokens[j]?.pos === 'DET') j++;
  const t = tokens[j];
  if (!t) return false;
  if (tokens[j - 1].lower === 'the' || j === last + 1) {
    if (t.pos === 'PROPN' || ACTOR_PRONOUNS.has(t.lower)) return true;
  }
  const gatherings = cue(lex, 'gatherings');
  for (let k = j; k < j + 3 && tokens[k] && !isPunct(tokens[k]); k++) if (gatherings.has(tokens[k].lemma)) return true;
  // "prevent the president from seeking a third term", "prevent unsafe airlines from flying": one kept
  // from doing something is a party
  for (let k = j; k < j + 4 && tokens[k] && !isPunct(tokens[k]); k++)
    if (tokens[k].lower === 'from' && /ing$/.test(tokens[k + 1]?.lower ?? '')) return tokens[k - 1].pos === 'NOUN';
  return false;
}

const ENABLING_SUBJECTS = new Set(['it', 'this', 'that', 'which']);

/** The most tokens back from a verb of permission to the thing heading its subject ("the death of Abu Qaswarah"). */
const ENABLING_REACH = 6;

/**
 * Whether "allow" at i..last means "enable", not a party's permission: a thing for its subject ("it
 * allows us to …", "pathways that allow individuals to …", "which will allow Georgia to …", "the
 * death of Qaswarah allows …") or the speaker's side for its object ("allow us to communicate",
 * "Allow me to switch to French").
 */
function enables(tokens: Token[], i: number, last: number, lex: EventLexicon): boolean {
  let b = i - 1;
  // (a quotation may open on the verb: the death of Qaswarah "allows …")
  while (b > 0 && QUOTE_MARKS.test(tokens[b].text)) b--;
  if (MODALS.has(tokens[b]?.lower ?? '')) b--;
  if (ENABLING_SUBJECTS.has(tokens[b]?.lower ?? '')) return true;
  // (not a noun the infinitive completes: "the Government of Yemen’s agreement to allow these flights")
  if (tokens[i - 1]?.lower !== 'to' && thingSubject(tokens, b, lex)) return true;
  const object = tokens[last + 1]?.lower ?? '';
  return (object === 'us' || object === 'me' || object === 'you') && tokens[last + 2]?.lower === 'to';
}

/**
 * Whether the subject phrase ending at token b is headed by a thing (cue list `enablingThings`): "the
 * agreement allows …", "the death of Qaswarah allows …" (the head before its "of").
 */
function thingSubject(tokens: Token[], b: number, lex: EventLexicon): boolean {
  const things = cue(lex, 'enablingThings');
  for (let j = b; j >= 0 && b - j < ENABLING_REACH && !isPunct(tokens[j]) && tokens[j].pos !== 'VERB'; j--)
    if (tokens[j].pos === 'NOUN' && things.has(tokens[j].lemma) && (j === b || tokens[j + 1]?.lower === 'of'))
      return true;
  return false;
}

/** Words that end a verbal pattern ("travel to", "call for", "meet with"). */
const PARTICLE_END = new Set([
  'to',
  'for',
  'with',
  'on',
  'in',
  'at',
  'from',
  'against',
  'into',
  'up',
  'down',
  'off',
  'out',
]);

function posFits(tokens: Token[], i: number, p: TriggerPattern): boolean {
  const t = tokens[i];
  if (p.pos === 'V') return (isVerb(t) && !verbTaggedNoun(tokens, i)) || (t.pos === 'ADJ' && /(ed|ing)$/.test(t.lower));
  if (p.pos === 'N')
    return isNoun(t) || headingAdjective(tokens, i) || openingNounTaggedName(tokens, i) || verbTaggedNoun(tokens, i);
  return true;
}

/**
 * A noun the tagger read as a verb in its base form: after a preposition ("victims of torture",
 * "a convention against torture"), or as the object of a finite verb, with no object of its own
 * ("the constitution prohibits torture.", not "helped negotiate the deal", "helped negotiate and …").
 */
function verbTaggedNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (t.pos !== 'VERB' || t.lower !== t.lemma || !prev) return false;
  if (prev.pos === 'ADP') return prev.lower !== 'to';
  const next = tokens[i + 1];
  const objectAfter =
    !!next && (next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'PRON');
  return (
    prev.pos === 'VERB' &&
    prev.lower !== prev.lemma &&
    !/ing$/.test(prev.lower) &&
    !BARE_INFINITIVE_TAKERS.has(prev.lemma) &&
    !objectAfter
  );
}

/** Verbs a bare infinitive follows ("which the Chinese helped negotiate and …"). */
const BARE_INFINITIVE_TAKERS = new Set(['help', 'let', 'make', 'dare']);

/**
 * Whether the word at i, inside its sentence, is capitalised after a word in lower case and before
 * another capitalised one: a title in capitals ("on Preventing Nuclear War"), not a headline's verb
 * after its capitalised subject ("Russia Attacks Ukraine").
 */
function titleWordAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || prev.sentence !== t.sentence || !next || next.sentence !== t.sentence) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && /^\p{Ll}/u.test(prev.text) && /^\p{Lu}\p{Ll}/u.test(next.text);
}

/**
 * A noun opening its sentence that the tagger read as a name for its capital, a preposition after
 * it: "Talks between Russia and Ukraine …", "Negotiations between …".
 */
function openingNounTaggedName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return (
    t.pos === 'PROPN' &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    (i === 0 || tokens[i - 1].sentence !== t.sentence) &&
    tokens[i + 1]?.pos === 'ADP' &&
    /^\p{Ll}/u.test(tokens[i + 1].text)
  );
}

/**
 * A word the tagger read as an adjective that heads its noun phrase: a determiner or possessive before
 * it, a preposition or a stop after ("Georgian troops launched an offensive against the town").
 */
function headingAdjective(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    tokens[i].pos === 'ADJ' &&
    !!prev &&
    (prev.pos === 'DET' || (prev.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(prev.lower))) &&
    (!next || next.pos === 'ADP' || next.pos === 'PUNCT')
  );
}
/** Determiners that point back to something already named ("the agreement", "these talks"). */
const ANAPHORIC_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);
/** An anaphoric or possessive determiner: the noun after it names a thing already there. */
const definiteDeterminer = (w: string) => ANAPHORIC_DETERMINERS.has(w) || POSSESSIVE_DETERMINERS.has(w);

function lightVerbBefore(tokens: Token[], i: number, sentenceStart: number, lex: EventLexicon): number {
  const light = cue(lex, 'lightVerbs');
  let reach = LIGHT_VERB_REACH;
  for (let j = i - 1; j >= sentenceStart && j >= i - reach; j--) {
    // a hyphen inside the phrase ("a 30-day state of siege") neither ends it nor counts
    if (tokens[j].text === '-') {
      reach++;
      continue;
    }
    if (isPunct(tokens[j])) break;
    // (a participle after a possessive modifies the noun: "Russia's continuing premeditated war")
    if (isVerb(tokens[j]) && light.has(tokens[j].lemma) && !POSSESSIVES.has(tokens[j - 1]?.lower ?? ''))
      return namingCall(tokens, j, i) ? NAMING_CALL : j;
    // (the first word of a hyphened modifier, whatever its tag: "a near-total blockade")
    if (tokens[j + 1]?.text === '-' && tokens[j].end === tokens[j + 1].start) continue;
    // ("the CIA engaged in torture": the light verb's own preposition; "carried out", "stepped up")
    if (tokens[j].lower === 'in' && tokens[j - 1]?.lemma === 'engage') continue;
    // (neither counts against the reach)
    if (LIGHT_PARTICLES.has(tokens[j].lower) && light.has(tokens[j - 1]?.lemma ?? '')) {
      reach++;
      continue;
    }
    // (a range of numbers: "carried out 5 to 8 air strikes")
    if (tokens[j].lower === 'to' && tokens[j - 1]?.pos === 'NUM' && tokens[j + 1]?.pos === 'NUM') {
      reach++;
      continue;
    }
    // only the noun's own modifiers may stand between: "held their first meeting", not "threatened to stop negotiations"
    if (!NOUN_PHRASE_POS.has(tokens[j].pos)) break;
  }
  return -1;
}

/**
 * "called the agreement a “unique deal”": "call" with a definite object names or judges a thing
 * already there, not one it calls for ("called a ceasefire", "call an election").
 */
function namingCall(tokens: Token[], verb: number, noun: number): boolean {
  if (tokens[verb].lemma !== 'call' || !definiteDeterminer(tokens[verb + 1]?.lower ?? '') || verb + 1 >= noun)
    return false;
  // (a predicate after the object says so: "a “unique deal”", "a mistake"; "called the talks in
  // order to stop the violence" convened them)
  for (let k = verb + 2; k < tokens.length && k <= noun + COMPLEMENT_REACH; k++) {
    if (tokens[k].pos === 'PUNCT' && !QUOTE_MARKS.test(tokens[k].text)) return false;
    if (k !== noun && (tokens[k].lower === 'a' || tokens[k].lower === 'an' || QUOTE_MARKS.test(tokens[k].text)))
      return true;
  }
  return false;
}
/** Words that make the next one a noun phrase's modifier, not its verb: a possessive determiner or "'s". */
const POSSESSIVES: ReadonlySet<string> = new Set([...POSSESSIVE_DETERMINERS, "'s", '’s']);
/** How far past the object's noun a naming call's predicate may open ("the threats by Israel a way"). */
const COMPLEMENT_REACH = 4;
const QUOTE_MARKS = /^["“”'‘’«»]+$/;
/** Particles a light verb takes before its noun ("carried out air strikes", "stepped up attacks"). */
const LIGHT_PARTICLES = new Set(['out', 'up']);
/** lightVerbBefore's answer for a naming "call": no light verb, and the noun no event of the sentence's own. */
const NAMING_CALL = -2;

/** By document: where each time expression (with a preposition before it) ends, by its first token. */
const timeAdjuncts = new WeakMap<ArticleDocument, Map<number, number>>();

/**
 * A function from a token index to the index after the time expression that starts there ("July 28",
 * "on July 28"), or the index itself: worked out once per document, within each expression's sentence.
 */
function timeAdjunctSkipper(doc: ArticleDocument): (j: number) => number {
  let after = timeAdjuncts.get(doc);
  if (!after) {
    after = new Map();
    const tokens = doc.tokens;
    for (const t of doc.times) {
      const a = doc.tokenIndexAt(t.start);
      if (a < 0) continue;
      const sentence = tokens[a].sentence;
      let b = a;
      while (b < tokens.length && tokens[b].start < t.end && tokens[b].sentence === sentence) b++;
      after.set(a, b);
      const prep = tokens[a - 1];
      if (prep && prep.sentence === sentence && TIME_PREPOSITIONS.has(prep.lower)) after.set(a - 1, b);
    }
    timeAdjuncts.set(doc, after);
  }
  const ends = after;
  return (j) => ends.get(j) ?? j;
}

const TIME_PREPOSITIONS = new Set(['on', 'in', 'at']);

/** Entity types whose names hold words of acts in another sense (a body's, a place's, a person's). */
const NAMING_TYPES = new Set(['ORG', 'GPE', 'LOC', 'FAC', 'PERSON']);

/** CAMEO's codes of consulting (040–046): meetings, talks, conferences. */
export const MEETING_CODES = '04';

/**
 * The name of several words of such an entity that token t lies inside, not at its start ("Peace
 * Corps" and a one-word name the recogniser may have read on a verb keep their trigger), or null.
 */
function nameAround(doc: ArticleDocument, t: Token): Span | null {
  const hit = doc.entityAt(t.start);
  const inside =
    !!hit &&
    hit.mention.kind === 'name' &&
    hit.mention.start < t.start &&
    t.end <= hit.mention.end &&
    NAMING_TYPES.has(hit.entity.type);
  return inside ? hit.mention : null;
}

export function findTriggers(doc: ArticleDocument, s: Sentence, lex: EventLexicon): TriggerMatch[] {
  const tokens = doc.tokens;
  const skipTime = timeAdjunctSkipper(doc);
  /** A trigger verb used in another sense ("these tests demonstrate the threat"): the sentence's predicate. */
  let predicateSeen = false;
  const verbs: TriggerMatch[] = [];
  const nouns: TriggerMatch[] = [];
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = tokens[i];
    // (a name's tag leaves a plural unlemmatised: "Negotiations between …" opening its sentence)
    const candidates =
      lex.byFirstWord.get(t.lemma) ??
      lex.byFirstWord.get(t.lower) ??
      (t.lower.endsWith('s') && openingNounTaggedName(tokens, i)
        ? lex.byFirstWord.get(t.lower.slice(0, -1))
        : undefined);
    if (!candidates || hyphenParticiple(tokens, i) || attributiveParticiple(tokens, i)) continue;
    // ("For more information …, please visit www.state.gov/…": a request to the reader names no act)
    if (tokens[i - 1]?.lower === 'please') continue;
    // ("the Minsk agreements", "the Paris agreement": an agreement known by its name is no new one)
    if (namedAgreementBefore(doc, tokens, i)) continue;
    // ("a detainee at the United States prison camp killed himself": a suicide is no attack on anyone)
    // (not where others die with the one who killed: "a man killed himself and five Iraqis")
    if (
      SUICIDE_VERBS.has(t.lemma) &&
      PERSONAL_REFLEXIVES.has(tokens[i + 1]?.lower ?? '') &&
      !['and', ','].includes(tokens[i + 2]?.lower ?? '')
    )
      continue;
    // a word inside a body's or a place's name names no act ("Organization for Security and
    // Cooperation in Europe", "Committee against Torture"), except a meeting the name ends in: "the
    // U.S.-Croatia Strategic Dialogue", "the Berlin II Conference" are meetings
    const inName = nameAround(doc, t);
    if (inName && !(inName.end === t.end && candidates.some((p) => p.code?.startsWith(MEETING_CODES)))) continue;
    // "the statement of 3 January 2022 on Preventing Nuclear War and Avoiding Arms Races": a word of a
    // title in capitals after a word in lower case names a text, no act
    if (titleWordAt(tokens, i)) continue;
    for (const p of candidates) {
      // a multiword noun pattern ("military exercise") checks its head, the last word
      const multiNoun = p.pos === 'N' && p.words.length > 1;
      if (!multiNoun && !posFits(tokens, i, p) && !(p.pos === 'V' && afterModal(tokens, i))) continue;
      const last = matchAt(tokens, i, s.endToken, p, skipTime);
      if (last < 0 || (multiNoun && !posFits(tokens, last, p))) continue;
      // (a verb in another sense than the pattern's: "these tests demonstrate the threat")
      const otherSense =
        (p.role === 'intransitive' && takesObject(tokens, i, last, s.endToken)) ||
        (p.role === 'military-object' && !objectNounIn(tokens, last, s.endToken, lex, 'militaryObjects')) ||
        (p.role === 'verbal' && defendsGround(doc, last, s.endToken, lex)) ||
        (p.role === 'actor-object' && !actorObject(tokens, last, lex)) ||
        (p.role === 'permission' && enables(tokens, i, last, lex)) ||
        // "released a statement", "a poll released on Wednesday": a record made public frees nobody
        (p.role === 'person-release' && releasesRecord(tokens, i, last, s.endToken, lex)) ||
        // "signed his resignation", "signed copies of his book": a paper of one's own is no agreement
        (p.role === 'agreement-sign' && objectHeadIn(tokens, last, s.endToken, cue(lex, 'signedPersonalPapers'))) ||
        // "meet its commitments", "meet the expectations of Afghans": a standard met is no meeting
        (p.role === 'party-meeting' && objectHeadIn(tokens, last, s.endToken, cue(lex, 'metStandards'))) ||
        // "recognized that …", "recognize the importance of …": a truth acknowledged, no party recognised
        (p.role === 'recognition' && !recognizesParty(tokens, i, last, s.endToken, lex)) ||
        // "support Tanzania in fighting the pandemic", "battling cancer": a fight against a problem is no attack
        (FIGHTING.has(t.lemma) && fightsProblem(tokens, last, s.endToken, lex)) ||
        // "President Putin killed Minsk Agreements", "he attacked the world order", "if Congress were to
        // kill this deal": an agreement or an order undone is no violence
        // (nor is a noun's: "a full assault on media freedom and the truth")
        (UNDOING.has(t.lemma) &&
          objectHeadIn(tokens, undoneAfter(tokens, last), s.endToken, cue(lex, 'abstractObjects')));
      if (otherSense) predicateSeen = true;
      if (p.code !== null && !otherSense) {
        // a pattern read on a noun ("arrest warrants", "bans on travel to") names its event as a noun does
        const isNounTrigger = p.pos === 'N' || (p.pos !== 'V' && isNoun(t) && !isVerb(t));
        const m: TriggerMatch = { pattern: p, first: i, last, spanFirst: i, rule: `lex:${p.words.join('_')}` };
        if (isNounTrigger) nouns.push(m);
        else verbs.push(m);
      }
      i = last; // the longest pattern (or a blocking one) owns these tokens
      break;
    }
  }
  const kept: TriggerMatch[] = [...verbs];
  // "truce monitors", "aid workers", "threat preparedness", "the chemical weapons resolution": a noun
  // modifying a noun for people or things names no event
  const modifier = (n: TriggerMatch) => {
    const next = tokens[n.last + 1];
    const contiguous = !n.pattern.words.includes('*');
    return contiguous && next?.pos === 'NOUN' && cue(lex, 'modifiedNouns').has(next.lemma);
  };
  for (const n of nouns) {
    if (modifier(n)) continue;
    const lv = lightVerbBefore(tokens, n.first, s.firstToken, lex);
    // ("called the agreement a …": the sentence judges an event named before; it reports none)
    if (lv === NAMING_CALL) predicateSeen = true;
    if (lv >= 0 && !verbs.some((v) => v.first <= lv && lv <= v.last)) {
      kept.push({ ...n, spanFirst: lv, rule: `${n.rule}+light-verb` });
    }
  }
  kept.sort((a, b) => a.first - b.first);
  // an intention frame is an event only with an act it turns into an intent ("wants to attack")
  const own = absorbComplements(tokens, kept, lex).filter((m) => m.pattern.role !== 'intent-frame' || m.complement);
  // a sentence with no verbal trigger may still name its event by a noun ("riots against ...")
  // (not a verbal pattern read on a noun: "bans on travel to Canada")
  const sole = nouns.find(
    (n) =>
      !modifier(n) &&
      (n.pattern.pos === 'N' || n.pattern.words.length === 1 || !PARTICLE_END.has(n.pattern.words.at(-1) ?? '')),
  );
  // (not after a verb that names no event but has the nouns for its object: "… demonstrates the threat")
  if (!own.length && sole && !predicateSeen && !namedBefore(tokens, sole) && !openingSetting(tokens, s, sole))
    own.push({ ...sole, rule: `${sole.rule}+sole-noun` });
  // the topic of a talk is an event of its own, as it is in a sentence with no verb of its own:
  // "spoke today with … about Russia’s unprovoked attack on Ukraine"
  else {
    const topic = nouns.find((n) => !own.some((m) => m.first === n.first) && topicOfTalk(tokens, own, n));
    if (topic) own.push({ ...topic, rule: `${topic.rule}+talk-topic` });
    // an attack with its attacker's possessive names its event, whatever the sentence's verb:
    // "in response to Russia's continuing premeditated war against Ukraine"
    // (so does one with its attacker after "by": "in response to any further military aggression by
    // Russia against Ukraine")
    // (and so does a visit: "welcomes the visit by Israeli Foreign Minister Yair Lapid to the Kingdom of
    // Morocco", "Lapid’s trip to Morocco")
    for (const n of nouns) {
      const named = n.pattern.code?.startsWith(ATTACK_CODES) || n.pattern.code === VISIT_CODE;
      if (!named || own.some((m) => m.first <= n.first && n.first <= m.last)) continue;
      if (possessedNoun(tokens, n.first, s.firstToken)) own.push({ ...n, rule: `${n.rule}+possessed` });
      else if (namedAgentAfter(tokens, n.last)) own.push({ ...n, rule: `${n.rule}+by-agent` });
    }
    own.sort((a, b) => a.first - b.first);
  }
  return own;
}

/**
 * Whether the word at i follows a place's name that the entity layer read as an agreement's ("the
 * Minsk agreements", "the Schengen/Dublin bilateral agreements"; entities/agreement-names.ts).
 */
function namedAgreementBefore(doc: ArticleDocument, tokens: Token[], i: number): boolean {
  // ("U.S. support for the Belfast/Good Friday Agreement": a capitalised agreement's word after
  // capitalised words inside the sentence ends the agreement's name, whatever the recogniser read)
  const prev = tokens[i - 1];
  if (
    endsInAgreementHead(tokens[i].text) &&
    prev &&
    prev.sentence === tokens[i].sentence &&
    /^\p{Lu}/u.test(prev.text) &&
    tokens[i - 2]?.sentence === tokens[i].sentence
  )
    return true;
  let j = i - 1;
  if (tokens[j]?.pos === 'ADJ') j--;
  const hit = j >= 0 ? doc.entityAt(tokens[j].start) : undefined;
  return !!hit && isAgreementName(hit.mention);
}

/** Whether "by" and a name follow the noun ending at `last` ("aggression by Russia", "attacks by the Taliban"). */
function namedAgentAfter(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.lower !== 'by') return false;
  const k = tokens[last + 2]?.lower === 'the' ? last + 3 : last + 2;
  return /^\p{Lu}/u.test(tokens[k]?.text ?? '');
}

/** CAMEO's code of a visit (042). */
export const VISIT_CODE = '042';

/** CAMEO's codes of force (190–196): attacks, invasions, wars. */
const ATTACK_CODES = '19';
/**
 * The most modifiers between a possessive and its noun, commas and "and" not counted ("Russia’s
 * premeditated, unprovoked, unjustified, and brutal war").
 */
const POSSESSED_REACH = 6;

/** Whether the noun at i follows a possessive, with only its modifiers between. */
function possessedNoun(tokens: Token[], i: number, sentenceStart: number): boolean {
  let modifiers = 0;
  for (let j = i - 1; j >= sentenceStart && modifiers <= POSSESSED_REACH; j--) {
    if (POSSESSIVES.has(tokens[j].lower)) return true;
    // (a hyphen inside a modifier neither ends the phrase nor counts: "Russia’s full-scale invasion")
    if (tokens[j].text === ',' || tokens[j].lower === 'and' || tokens[j].text === '-') continue;
    // (a participle modifies it too: "Putin's continued war", "Russia's continuing premeditated war")
    const participle = tokens[j].pos === 'VERB' && /(?:ing|ed)$/.test(tokens[j].lower);
    if (!(NOUN_PHRASE_POS.has(tokens[j].pos) || participle)) return false;
    modifiers++;
  }
  return false;
}

/** Prepositions that give what a talk is about. */
const TOPIC_PREPOSITIONS = new Set(['about', 'on', 'over']);
/** The most tokens between a talk's preposition of topic and the event noun ("on the global response to Russia’s premeditated, unprovoked, and unjustified attack"). */
const TOPIC_REACH = 16;

/**
 * Whether noun trigger n is what a consultation trigger of `own` before it is about, with its agent
 * as its possessor ("spoke … about Russia’s unprovoked attack"): a topic with no possessor ("talked
 * about the attacks", "discussed cooperation") would take the talkers for its agents.
 */
function topicOfTalk(tokens: Token[], own: TriggerMatch[], n: TriggerMatch): boolean {
  const talk = own.find((m) => m.last < n.first && m.pattern.code?.startsWith(MEETING_CODES));
  if (!talk) return false;
  let possessor = false;
  for (let j = n.first - 1; j > talk.last && n.first - j <= TOPIC_REACH; j--) {
    if (/^['’]s$/.test(tokens[j].text)) possessor = true;
    if (TOPIC_PREPOSITIONS.has(tokens[j].lower)) return possessor;
  }
  return false;
}

/** Prepositions by which an event noun names its own parties ("the massacre of 152 Congolese Tutsis", "the attack by"). */
const ARGUMENT_PREPOSITIONS = new Set(['of', 'by', 'against', 'on', 'with', 'between', 'from', 'to', 'in']);

/**
 * Whether a noun standing alone as its sentence's event is one named before: a definite determiner
 * right before it and no party of its own after it ("said the agreement undercut UN sanctions", "The
 * protests have touched all areas of Nepalese society"). Its sides would be guesses from the sentence
 * around it (the speaker, the one country named), not who acted.
 */
/** Prepositions of a setting that opens a sentence ("At a … conference,", "During the talks,"). */
const SETTING_PREPOSITIONS = new Set(['at', 'during']);

/**
 * Whether noun trigger n heads the phrase of a setting that opens its sentence ("At a Malaysian Human
 * Rights Commission conference in September 2005, Mahathir said …"): where the sentence's words were
 * said, no event of its own between the host and the speaker.
 */
function openingSetting(tokens: Token[], s: Sentence, n: TriggerMatch): boolean {
  let k = n.first - 1;
  while (k > s.firstToken && NOUN_PHRASE_POS.has(tokens[k].pos)) k--;
  return k === s.firstToken && SETTING_PREPOSITIONS.has(tokens[k].lower);
}

function namedBefore(tokens: Token[], n: TriggerMatch): boolean {
  if (!ANAPHORIC_DETERMINERS.has(tokens[n.first - 1]?.lower ?? '')) return false;
  return !ARGUMENT_PREPOSITIONS.has(tokens[n.last + 1]?.lower ?? '');
}

/**
 * Whether an intention frame in the first person governs a courtesy: "I want to thank you, Deputy Prime
 * Minister, and Cambodia" thanks them as it is said — no intention of a later act (courtesy.ts).
 */
const performedCourtesy = (tokens: Token[], frame: TriggerMatch, act: TriggerMatch): boolean =>
  isCourtesy(tokens[act.first]) && firstPersonBefore(tokens, frame.first);

/** Drops a trigger that is the complement of the one before it: "agreed to provide", "refused to allow". */
function absorbComplements(tokens: Token[], triggers: TriggerMatch[], lex: EventLexicon): TriggerMatch[] {
  const comp = cue(lex, 'complementizers');
  const out: TriggerMatch[] = [];
  for (const b of triggers) {
    const a = out[out.length - 1];
    if (a) {
      let j = b.spanFirst - 1;
      while (j > a.last && (tokens[j].pos === 'ADV' || tokens[j].pos === 'PART') && !comp.has(tokens[j].lower)) j--;
      const gap = tokens.slice(a.last + 1, b.spanFirst);
      // a complement right before b ("agreed to provide"), a "to"-chain between ("agreed to undertake joint
      // exercises"), or a pattern's own "to" before a verb ("want to begin by thanking"); before a noun
      // phrase its "to" is a preposition ("travel to Kuwait City where he will meet …" has two events)
      const infinitive = a.pattern.words.at(-1) === 'to' && !NOUN_PHRASE_POS.has(tokens[a.last + 1]?.pos ?? '');
      const linked =
        ((j > a.last && comp.has(tokens[j].lower)) || gap.some((t) => t.lower === 'to') || infinitive) &&
        gap.length <= MAX_ABSORB_GAP + 1;
      let crossesPunct = false;
      for (let k = a.last + 1; k < b.first; k++) if (isPunct(tokens[k]) && tokens[k].text !== '-') crossesPunct = true;
      if ((linked || j === a.last) && !crossesPunct) {
        if (a.pattern.role === 'intent-frame' && (!intendable(b.pattern.code) || performedCourtesy(tokens, a, b))) {
          // "want to ask X to ...": the frame gives way to the act it governs
          out[out.length - 1] = b;
          continue;
        }
        if (!a.complement) a.complement = b.pattern;
        continue;
      }
    }
    out.push(b);
  }
  return out;
}
