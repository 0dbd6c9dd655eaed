// Coordination in an event's sentence: which side a verb after "and" shares ("kidnappers seized … Jill
// Carroll and demanded …": the kidnappers demand), where an object ends because "and" opens a clause
// of its own ("blew up the outer wall … and IDF helicopters fired …"), and which name before "and" is
// an earlier verb's object rather than a member of the next subject ("Pakistan opposes India, and
// Mexico and Argentina oppose Brazil").
import type { Token } from '../document.js';
import type { ActorMention } from './actors.js';
import { PERSONAL_SUBJECT_PRONOUNS, POSSESSIVE_DETERMINERS } from '../nlp/closed-class.js';
import { afterModal, isPunct } from './clauses.js';

/** Verbs whose object may be a clause, so that a name after them may be its subject ("said Russia and China signed"). */
export const CLAUSE_TAKING = new Set([
  'say',
  'tell',
  'claim',
  'report',
  'believe',
  'think',
  'announce',
  'confirm',
  'add',
  'suspect',
  'state',
  'insist',
  'argue',
  'warn',
  'allege',
  'know',
  'hope',
  'expect',
  'fear',
  'feel',
  'hear',
  'learn',
  'show',
  'find',
  'see',
  'deny',
  'agree',
  'assume',
  'understand',
  'note',
  'suggest',
  'indicate',
  'reveal',
  'estimate',
  'predict',
  'ensure',
  'mean',
]);

/** The most words of a subject's noun phrase between "and" and its verb ("the Israeli army's helicopters"). */
const CLAUSE_SUBJECT_WORDS = 5;
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The index of an "and"/"but" in [from, to) that opens a clause with a subject of its own — a noun
 * phrase and then a finite verb ("… and IDF helicopters fired missiles", "… but Russia vetoed"); else `to`.
 * A name or a list of names before the "and", away from the trigger, is rather the first member of
 * a joined subject ("the pressing global issues the United States and France are confronting",
 * "the success Egypt, Israel, Japan, and Spain have had").
 */
export function nextClauseAfterAnd(tokens: Token[], mentions: ActorMention[], trigger: number, to: number): number {
  for (let j = trigger + 2; j < to; j++) {
    if (tokens[j].lower !== 'and' && tokens[j].lower !== 'but') continue;
    let k = j + 1;
    // ("… opposes the project, and yet his administration waived …": a linking adverb opens the clause)
    while (k < to && LINKING_ADVERBS.has(tokens[k].lower)) k++;
    const subjectAt = k;
    // (or a subject pronoun: "… to discuss only cooperation between the two regions and it is not …")
    const pronoun = PERSONAL_SUBJECT_PRONOUNS.has(tokens[k].lower);
    if (pronoun || tokens[k].lower === 'it') k++;
    else
      while (
        k < to &&
        k - subjectAt < CLAUSE_SUBJECT_WORDS &&
        (SUBJECT_WORDS.has(tokens[k].pos) || POSSESSIVE_DETERMINERS.has(tokens[k].lower))
      )
        k++;
    const v = tokens[k];
    // ("…, and we think …": after a personal pronoun a verb's plain form is finite too)
    if (pronoun && k < to && v?.pos === 'VERB' && v.lower === v.lemma) return j;
    // (after a comma, a past form before its preposition is the new clause's verb: "condemning the
    // dispute, and demonstrators gathered in the streets of Mogadishu")
    const commaPast = tokens[j - 1]?.text === ',' && v?.pos === 'VERB' && verbForm(v) === 'past';
    if (k === subjectAt || k >= to || !v || !(finiteAfterSubject(tokens, k) || commaPast)) continue;
    const leftEnd = tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
    const left = mentions.find((m) => m.last === leftEnd);
    // (nor "to thank the U.S. and the South Korean servicemembers makes perfect sense", "to cooperate
    // between Japan and the G7 is something …": a joined object before the sentence's own "be")
    if (left && (left.first > trigger + 2 || v.lemma === 'be')) continue;
    // (nor the second of two after "between": "talks between Russia and Ukraine began" is one clause)
    if (left && betweenBefore(tokens, left.first)) continue;
    return j;
  }
  return to;
}

/** Adverbs that may stand between "and" or "but" and the subject of the clause they open. */
const LINKING_ADVERBS = new Set(['yet', 'then', 'so', 'also', 'thus', 'therefore', 'still']);

/** Whether "between" opens the phrase starting at token k (past an article or a possessive). */
function betweenBefore(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ')) j--;
  return tokens[j]?.lower === 'between';
}

/** Whether the verb at k is finite after its subject, not a participle or gerund that may modify the noun ("US monitors stationed there"). */
function finiteAfterSubject(tokens: Token[], k: number): boolean {
  const v = tokens[k];
  if (v.pos === 'AUX') return tokens[k + 1]?.lower !== 'to';
  if (v.pos !== 'VERB' || verbForm(v) === 'ing' || v.lower === v.lemma) return false;
  if (!/(ed|en)$/.test(v.lower)) return true;
  const next = tokens[k + 1];
  return !!next && !PARTICIPLE_ADJUNCTS.has(next.lower) && next.pos !== 'PUNCT' && next.pos !== 'ADP';
}

/** Words after a past form that make it a participle modifying the noun before it ("stationed there", besides a preposition). */
const PARTICIPLE_ADJUNCTS = new Set(['there', 'here', 'nearby']);

/** Whether the mention's verb follows it, past adverbs: it is that verb's subject ("Egypt condemned"). */
export function verbAfter(tokens: Token[], m: ActorMention): boolean {
  let k = m.last + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  return tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX';
}

/** Whether the mention stands right after a verb of an act in its clause, as its object ("attacked Israel"). */
export function objectOfAct(tokens: Token[], m: ActorMention, from: number): boolean {
  let k = m.first - 1;
  while (k >= from && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k--;
  const v = tokens[k];
  return k >= from && v.pos === 'VERB' && verbForm(v) !== 'ing' && v.lower !== v.lemma && !CLAUSE_TAKING.has(v.lemma);
}

/** A verb's inflection, told from its surface and lemma: base, third person -s, -ing, or past. */
export function verbForm(t: Token): 'base' | 's' | 'ing' | 'past' {
  if (t.lower === t.lemma) return 'base';
  if (t.lower.endsWith('ing')) return 'ing';
  if (t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es`) return 's';
  return 'past';
}

/** The most tokens between an earlier conjunct's verb and the trigger coordinated with it. */
const CONJUNCT_REACH = 20;

/**
 * The verb of an earlier conjunct that a trigger right after "and"/"or" is coordinated with, when the
 * trigger's would-be subject `m` stands after that verb as its object ("arrested protesters and
 * charged them"): the last verb of the trigger's form before `m`. Else -1.
 */
export function earlierConjunct(tokens: Token[], m: ActorMention, first: number, from: number): number {
  const trigger = tokens[first];
  if (trigger.pos !== 'VERB') return -1;
  let j = first - 1;
  while (j > m.last && tokens[j].pos === 'ADV') j--;
  if (j <= m.last || (tokens[j].lower !== 'and' && tokens[j].lower !== 'or')) return -1;
  // (only the object's own phrase between it and "and": "Afghans to the United States and meet")
  // (nor a gerund the tagger made a noun: "prevent Hezbollah from stockpiling missiles and attacking")
  const form = verbForm(trigger);
  const between = tokens.slice(m.last + 1, j);
  if (
    between.some(
      (t) => t.pos === 'VERB' || t.pos === 'AUX' || isPunct(t) || (form === 'ing' && t.lower.endsWith('ing')),
    )
  )
    return -1;
  // (a passive's agent follows it: "called for by the OAS and backed by the UN Human Rights Council")
  if (tokens[first + 1]?.lower === 'by') return -1;
  for (let v = m.first - 1; v >= from && first - v <= CONJUNCT_REACH; v--) {
    const t = tokens[v];
    if (isPunct(t)) return -1;
    // (the tagger reads a plain verb after a modal as an adjective too: "will welcome")
    const verb = t.pos === 'VERB' || afterModal(tokens, v);
    if (verb && verbForm(t) === form && !modifierParticiple(tokens, v, from)) return v;
  }
  return -1;
}

/** Auxiliaries of a perfect that may open a member of a list of verb phrases ("…, and has deployed"). */
const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had']);

/**
 * The first verb of a list of verb phrases whose last member is the trigger at `first`: "They
 * deplored President Putin's ruinous war in Ukraine, reiterated their support …, and discussed …"
 * (the verb the clause opens with, in the trigger's form, before a comma the list goes on after);
 * else -1. The list's subject is that verb's, not a name inside an earlier member's object.
 */
export function listHeadVerb(tokens: Token[], first: number, from: number): number {
  let j = first - 1;
  // ("Portugal currently has a … C-130 …, and has deployed more than 800 troops": a perfect's
  // auxiliary is the member's verb, of the form of the list's head "has")
  const perfect = tokens[j]?.pos === 'AUX' && PERFECT_AUXILIARIES.has(tokens[j].lower) ? tokens[j--] : null;
  const trigger = perfect ?? tokens[first];
  const form = trigger.pos === 'VERB' || perfect ? verbForm(trigger) : 'base';
  if (form !== 'past' && form !== 's') return -1;
  // ("Sherman denounced the DPRK's … launches … and discussed …": two members joined by "and" alone)
  const bare = tokens[j]?.lower === 'and' && tokens[j - 1]?.text !== ',';
  if (tokens[j]?.lower === 'and') j--;
  if (tokens[j]?.text !== ',' && !bare) return -1;
  let head = -1;
  for (let v = from; v < j; v++) {
    if (tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX') continue;
    // (the tagger may read a main verb "has" as an auxiliary: the perfect's "has" matches it)
    // (nor a copula, "a settlement that is inclusive, respects …, and prevents …": "is" heads the list)
    const copula = copulaAt(tokens, v);
    const verb = tokens[v].pos === 'VERB' || (perfect !== null && tokens[v].lemma === 'have') || copula;
    head = verb && (copula ? BE_FORMS[tokens[v].lower] : verbForm(tokens[v])) === form ? v : -1;
    break;
  }
  // (with "and" alone, the head must follow its subject: "Isolated, Poland relented and agreed" opens
  // with a participle of its own)
  if (head < 0 || (bare && head === from)) return -1;
  // (no clause of its own between: "As I said, all NATO Allies remain engaged, aligned, committed to …"
  // is the Allies' list, not the speaker's; a participle modifying a noun may stand in a member)
  for (let v = head + 1; v < j; v++) {
    const t = tokens[v];
    const finite = t.pos === 'AUX' || (t.pos === 'VERB' && (verbForm(t) === 'base' || verbForm(t) === 's'));
    // (an infinitive is no clause of its own: "the need for all countries … to respect …")
    const member = tokens[v - 1].text === ',' || tokens[v - 1].lower === 'and' || tokens[v - 1].lower === 'to';
    if (finite && !member) return -1;
    // (with "and" alone, no other verb of the trigger's form between: "arrested the men who attacked
    // the embassy and burned …" may be the men's)
    if (bare && t.pos === 'VERB' && verbForm(t) === form && !modifierParticiple(tokens, v, from)) return -1;
  }
  return head;
}

/** The forms of "be" a list's member may share: "is … and prevents", "was … and prevented". */
const BE_FORMS: Record<string, 'base' | 's' | 'past' | undefined> = { is: 's', was: 'past', were: 'past', are: 'base' };

/** Whether the "be" at v is a copula, a verb of its own: no verb of its own after it ("is inclusive"). */
function copulaAt(tokens: Token[], v: number): boolean {
  if (tokens[v].lemma !== 'be') return false;
  let k = v + 1;
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART') k++;
  return !!tokens[k] && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX';
}

/** Tags before a participle that make it a noun's modifier ("the wounded", "welcome newly arrived Afghans"). */
const BEFORE_MODIFIER = new Set(['DET', 'ADJ', 'VERB', 'ADP', 'NUM']);

/** Whether the past form at v modifies the noun after it ("newly arrived Afghans"), not "Police arrested protesters". */
function modifierParticiple(tokens: Token[], v: number, from: number): boolean {
  if (verbForm(tokens[v]) !== 'past') return false;
  let k = v - 1;
  while (k > from && tokens[k].pos === 'ADV') k--;
  return k >= from && BEFORE_MODIFIER.has(tokens[k].pos);
}
