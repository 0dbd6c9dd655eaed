// Attributions set after or inside what they report: "…, he said.", "…, said a spokesman for …", "His
// leverage, they believe, isn't going anywhere". Where such a frame ends, whether the words before it
// are what was said, and whether what follows it is an aside of the writer's.
import type { Sentence, Token } from '../document.js';
import { isSentenceEnd, POSSESSIVES, type QuoteContext } from './context.js';
import { isRecordWord } from './evidence.js';
import { SUBORDINATORS, afterFrontedAdjunct } from './sentence-opening.js';
import { quoteLexicon as lex } from './lexicon.js';
import { npToken, type Phrase } from './phrases.js';
import { RELATIVE_SUBJECTS } from './subject-asides.js';
import { dayAfter, phraseAfter } from './phrase-after.js';
import { TIME_WORD } from '../nlp/closed-class.js';
import { CLAUSE_STOP, isClauseVerb, finiteVerb } from './clause.js';
import { opensOwnAttribution } from './content-end.js';
import { APPOSITIVE_ARTICLES, inOpeningSubordinate } from './content-asides.js';
import { pluralNoun } from '../entities/plural-nouns.js';

/** The fewest words after a parenthetical frame that make a clause the content ends after. */
export const MIN_REST_WORDS = 3;

/** Pronouns of the one speaking or spoken to: their "I think" in a parenthesis is a hedge. */
export const FIRST_AND_SECOND_PERSON = new Set(['i', 'we', 'you']);

/** Verbs of belief that frame a clause from a parenthesis or after it, as verbs of saying do. */
export const PARENTHETICAL_BELIEFS = new Set(['believe', 'think', 'suspect', 'fear', 'reckon', 'suppose', 'assume']);

/**
 * The relative word of ", which, X said, …" right before the comma that opens a frame at
 * frameStart, else `first` (the sentence's start).
 */
export function relativeBeforeFrame(toks: Token[], frameStart: number, first: number): number {
  const r = frameStart - 2;
  return r - 1 > first && RELATIVE_SUBJECTS.has(toks[r].lower) && toks[r - 1].text === ',' ? r : first;
}

/** Whether an adjunct's end (adjunctEnd) is the sentence's: no comma or clause comes after it. */
export function closesSentence(ctx: QuoteContext, end: number, s: Sentence): boolean {
  return end >= s.endToken || (end >= 0 && isSentenceEnd(ctx.doc.tokens[end]));
}

/**
 * Whether the words [from, frameStart) before a frame that goes on past its cue are one fronted
 * adverbial and nothing else, a participle or a subordinate clause: "Rattling off promises to lower
 * student debt, Clinton promised …", "After the appeals court refused to reconsider the decision,
 * Schuette asked the Supreme Court for quick action". (With nothing after the cue, a subordinate clause
 * may still hold a main clause of its own: "If elected I will cut taxes, he said".)
 */
export function frontedAdverbialOnly(ctx: QuoteContext, from: number, frameStart: number): boolean {
  const t = ctx.doc.tokens[from];
  const participle = t.pos === 'VERB' && /^\p{Lu}\p{Ll}+ing$/u.test(t.text);
  if (!participle && !SUBORDINATORS.has(t.lower)) return false;
  return afterFrontedAdjunct(ctx, from, frameStart) === frameStart;
}
/** Nouns whose "found" reports what they found: a study, a poll, an investigation. */
export const RESEARCH_NOUNS = new Set([
  'study',
  'poll',
  'survey',
  'report',
  'paper',
  'analysis',
  'investigation',
  'review',
  'audit',
  'research',
  'researcher',
  'inquiry',
  'probe',
]);

/** Tags of the words of a record's noun phrase before its author ("a new study by …"). */
const RECORD_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Where the phrase of a record opens when its author after "by" opens at `first` ("a study | by the
 * Council …"): that record's first word, else `first`.
 */
export function recordBeforeAuthor(toks: readonly Token[], first: number, lo: number): number {
  const head = toks[first - 2];
  if (toks[first - 1]?.lower !== 'by' || !head || !(RESEARCH_NOUNS.has(head.lemma) || isRecordWord(head.lower)))
    return first;
  let j = first - 2;
  while (j - 1 >= lo && RECORD_PHRASE_TAGS.has(toks[j - 1].pos)) j--;
  return j;
}

/**
 * After a post-posed cue, the end (exclusive) of an adjunct with no verb of its own (told me this
 * week; said in an interview on Saturday): the next comma or the sentence end; -1 if a clause follows.
 */
export function adjunctEnd(ctx: QuoteContext, a: number, s: Sentence): number {
  const toks = ctx.doc.tokens;
  for (let j = a; j < s.endToken; j++) {
    const t = toks[j];
    if (t.text === ',' || isSentenceEnd(t)) return j;
    if (ctx.inSpan[j] >= 0 || t.lower === 'that' || t.text === ':' || lex.clauseStarters.has(t.lower)) return -1;
    // (an infinitive after a prepositional adjunct's noun modifies it: "during his campaign speech to be
    // a national delegate"; not an object's, "urged ships to strengthen …")
    const infinitive =
      toks[a].pos === 'ADP' && toks[j - 1]?.lower === 'to' && toks[j - 1].pos === 'PART' && toks[j - 2]?.pos === 'NOUN';
    if (isClauseVerb(t) && !npToken(t) && !infinitive) return -1;
  }
  return s.endToken;
}

/**
 * "…, said Sullivan." / "…, said Sullivan, …": an inverted subject closes the frame. A phrase
 * running on into more words ("Hedge, who appraises courses, said the golf industry had …") is
 * the start of the content instead.
 */
export function invertedFrameEnds(ctx: QuoteContext, a: number, s: Sentence, cue: number): boolean {
  const inv = phraseAfter(ctx.doc, a, s.endToken);
  if (!inv) return false;
  // (past the day it was said on: "…, said AU officials Sunday.")
  const end = postmodifierEnd(ctx, cue, invertedSpeakerEnd(ctx.doc.tokens, inv), s);
  const after = ctx.doc.tokens[end];
  if (baseFormListVerb(ctx.doc.tokens, cue, inv, end)) return false;
  return (
    end >= s.endToken ||
    !after ||
    after.text === ',' ||
    isSentenceEnd(after) ||
    ctx.inSpan[end] >= 0 ||
    speakerRelativeEnd(ctx, end, s) > 0
  );
}

/**
 * Whether a cue in its base form is one verb of a list with its object after it, not a frame whose
 * subject it inverts: "to target remaining ISIS cells, deny ISIS sanctuary, and to eliminate …",
 * "providing support to …, maintain local terrorist activities, and plan operations". A base form
 * inverts only a plural subject ("…, say analysts"), so a common noun's singular after it, or ", and"
 * right after the phrase, ends the reading.
 */
function baseFormListVerb(toks: readonly Token[], cue: number, inv: Phrase, end: number): boolean {
  const verb = toks[cue];
  if (verb.lower !== verb.lemma) return false;
  // (the head before any modifying phrase: "economists at the bank")
  let head = inv.first;
  while (head + 1 < inv.endToken && toks[head + 1].pos !== 'ADP' && toks[head + 1].text !== ',') head++;
  const last = toks[head];
  // ("spokespeople", "businessmen": plurals of compounds)
  const plural = pluralNoun(last.lower) || /(?:people|men)$/.test(last.lower);
  const singular = last.pos === 'NOUN' && /^\p{Ll}/u.test(last.text) && !plural;
  const listGoesOn = toks[end]?.text === ',' && toks[end + 1]?.pos === 'CCONJ';
  return singular || listGoesOn;
}

/** Prepositions that open a phrase modifying an inverted speaker ("said the report by the UN …"). */
const SPEAKER_MODIFIERS = new Set(['by', 'of', 'from', 'at', 'for', 'with', 'in']);
/** Verbs of saying that put their subject after them with its modifiers ("…, said the report by …"). */
const INVERTING = new Set(['say', 'add', 'write', 'state', 'report', 'note', 'warn', 'claim', 'conclude', 'estimate']);

/**
 * Where an inverted speaker's modifying phrases end when they run to the sentence's end with no verb:
 * "…, said the report by the UN Economic Commission for Europe and the International Federation of
 * Robotics." (else `end` itself). Only after a verb of saying (a comma before "highlights" closes a
 * relative clause), and only where no quotation stands before it, which frames of their own read.
 */
export function postmodifierEnd(ctx: QuoteContext, cue: number, end: number, s: Sentence): number {
  const toks = ctx.doc.tokens;
  if (!SPEAKER_MODIFIERS.has(toks[end]?.lower ?? '') || !INVERTING.has(toks[cue].lemma)) return end;
  for (let j = s.firstToken; j < cue; j++) if (ctx.inSpan[j] >= 0) return end;
  let j = end;
  while (j < s.endToken && !isSentenceEnd(toks[j])) {
    const t = toks[j];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.text === ';' || t.lower === 'that') return end;
    j++;
  }
  return j;
}

/** Verbs of saying whose noun phrase after them is always the hearer, never an inverted subject. */
export const HEARER_ONLY = new Set(['tell', 'inform']);
/** …and whose noun phrase after them is the accused ("The Tigers, accuse the military … of abuses"). */
export const ACCUSING = new Set(['accuse']);

/** Where an inverted speaker's frame ends: after the speaker, and the day after it if one follows. */
export function invertedSpeakerEnd(toks: Token[], inv: Phrase): number {
  const end = bracketedLabelEnd(toks, inv);
  const day = dayAfter(toks, end);
  return day > 0 ? day : end;
}

/** The most tokens inside a bracketed label after a name ("(IPPR)", "(R-Ohio)"). */
const MAX_LABEL = 6;

/**
 * Where a phrase ends with the bracketed label after it, which may have been read into it in part:
 * "…, says the Institute of Public Policy Research (IPPR)." (the phrase's own end where none follows).
 */
function bracketedLabelEnd(toks: Token[], p: Phrase): number {
  let open = -1;
  for (let i = p.first; i < p.endToken; i++)
    if (toks[i].text === '(') open = i;
    else if (toks[i].text === ')') open = -1;
  if (open < 0 && toks[p.endToken]?.text === '(') open = p.endToken;
  if (open < 0) return p.endToken;
  for (let i = open + 1; i < toks.length && i - open <= MAX_LABEL; i++) {
    if (toks[i].text === ')') return i + 1;
    if (!/^[\p{L}\p{N}.&-]/u.test(toks[i].text)) break;
  }
  return p.endToken;
}

/**
 * "…, said a handful of Democrats who point to his ties with labor.": a relative clause on an
 * inverted speaker describes the speaker; returns where it ends (the next comma or the sentence
 * end), or -1 when no "who" follows the speaker.
 */
export function speakerRelativeEnd(ctx: QuoteContext, w: number, s: Sentence): number {
  const toks = ctx.doc.tokens;
  if (toks[w]?.lower !== 'who' || ctx.inSpan[w] >= 0) return -1;
  for (let j = w + 1; j < s.endToken; j++) {
    if (ctx.inSpan[j] >= 0) return -1;
    if (toks[j].text === ',' || isSentenceEnd(toks[j])) return j;
  }
  return s.endToken;
}

/**
 * Whether the words after a post-posed cue can be an adjunct of the frame ("said in an interview",
 * "said Monday", "told reporters") rather than its object ("began a comeback", "advised politicians").
 */
export function opensAdjunct(ctx: QuoteContext, a: number, cueLemma: string): boolean {
  const t = ctx.doc.tokens[a];
  if (t.pos === 'ADP' || t.pos === 'ADV' || t.pos === 'NUM' || t.pos === 'PROPN') return true;
  // ("said this week"; but "we've conveyed this on a number of occasions": "this" is the object)
  // (a time word after it also where no time layer ran)
  if (t.lower === 'this') return ctx.timeAt(a) || TIME_WORD.test(ctx.doc.tokens[a + 1]?.lower ?? '');
  // a hearer object (told reporters) belongs to the frame too
  return lex.objectTakers.has(cueLemma) || /^(last|next|on|at|in)$/.test(t.lower);
}

/** Participles after a frame that tell how its source spoke, not what (", speaking on condition of anonymity"). */
const SOURCE_PARTICIPLES = new Set(['cite', 'speak', 'ask', 'decline', 'request', 'quote']);

/** Conjunctions that open a clause of the writer's own after a closed frame (", he said, but …"). */
const ASIDE_LINKS = new Set(['and', 'but', 'although', 'though', 'while', 'whereas', 'yet']);

/**
 * Whether the words after a parenthetical frame that closes a full clause are the writer's, not the
 * rest of what was said: "X will meet next week, Spicer said, adding …", "…, officials said, although
 * they said …", "…, said Rita Katz, the director of SITE …". A frame set in a clause's middle
 * ("The plan, a source said, is to …") leaves no clause before it and keeps the whole sentence.
 */
export function frameAsideFollows(
  ctx: QuoteContext,
  s: Sentence,
  frameStart: number,
  frameEnd: number,
  inverted: boolean,
  speaker: Phrase | null = null,
) {
  const toks = ctx.doc.tokens;
  if (toks[frameEnd]?.text !== ',' || ctx.inSpan[frameEnd] >= 0) return false;
  let before = false;
  for (let j = s.firstToken; j < frameStart && !before; j++)
    before = ctx.inSpan[j] < 0 && (toks[j].pos === 'AUX' || finiteVerb(toks[j]));
  // "If she becomes president, Clinton suggested, women won't …": the clause before is subordinate
  if (!before || inOpeningSubordinate(ctx, frameStart - 1)) return false;
  const nx = toks[frameEnd + 1];
  if (!nx || ctx.inSpan[frameEnd + 1] >= 0) return false;
  // ", adding …", ", noting …": a participle of saying frames the next content; ", citing
  // intelligence sources", ", speaking on condition of anonymity", ", asking not to be named" tell
  // of the frame's own source
  if (
    nx.pos === 'VERB' &&
    /ing$/.test(nx.lower) &&
    (ctx.cueClass(frameEnd + 1) === 'speech' || SOURCE_PARTICIPLES.has(nx.lemma))
  )
    return true;
  // ", although they said …": a clause with an attribution of its own
  if (ASIDE_LINKS.has(nx.lower) && opensOwnAttribution(ctx, frameEnd + 2, s.endToken)) return true;
  // "…, a spokesperson said, though he refused to comment on …": the speaker's own conduct
  if (ASIDE_LINKS.has(nx.lower) && speakerActsNext(ctx, s, frameEnd + 2, frameStart, speaker)) return true;
  // ", said Rita Katz, the director of …", "…, said Angie Drobnic Holan, Politifact's editor": an
  // apposition to the inverted speaker
  const owner = nx.pos === 'PROPN' && /^['’]s$/.test(toks[frameEnd + 2]?.lower ?? '');
  if (inverted && speakerAside(ctx, frameEnd + 1, s)) return true;
  return inverted && (nx.pos === 'DET' || POSSESSIVES.has(nx.lower) || nx.pos === 'ADJ' || nx.pos === 'NOUN' || owner);
}

const SINGULAR_PERSONAL = new Set(['he', 'she']);
/** Words that take up a person already named: a content with one of them may mean someone else. */
const PERSON_REFERENCES = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);

/**
 * Whether a clause whose subject is "he" or "she" taken up from the frame's speaker opens at p: the
 * writer's account of the speaker (", though he refused to comment on …", ", but she did not say
 * when"), not more of what was said, in which the speaker would be "I". The pronoun is the speaker's
 * only where it can be no one else's: the frame's own pronoun, or a speaker no person before the
 * frame competes with.
 */
function speakerActsNext(
  ctx: QuoteContext,
  s: Sentence,
  p: number,
  frameStart: number,
  speaker: Phrase | null,
): boolean {
  const toks = ctx.doc.tokens;
  const pronoun = toks[p];
  if (speaker === null || !pronoun || !SINGULAR_PERSONAL.has(pronoun.lower) || ctx.inSpan[p] >= 0) return false;
  let v = p + 1;
  if (toks[v]?.pos === 'ADV') v++;
  if (v >= s.endToken || !(toks[v].pos === 'AUX' || finiteVerb(toks[v]))) return false;
  if (speaker.headKind === 'pronoun')
    return ctx.doc.text.slice(speaker.head.start, speaker.head.end).toLowerCase() === pronoun.lower;
  for (let j = s.firstToken; j < frameStart; j++) {
    if (PERSON_REFERENCES.has(toks[j].lower)) return false;
    if (toks[j].pos === 'PROPN' && ctx.doc.entityAt(toks[j].start)?.entity.type === 'PERSON') return false;
  }
  return true;
}

/**
 * Whether the words at f, after the comma that closes a frame with words after its cue, describe
 * the speaker: a name in apposition (", said a former spokesman for the Foreign Ministry, Oleg
 * Voloshyn, …") or a relative clause running to the sentence end (", said former governor Ed
 * Rendell, who serves as chairman of …"; not one followed by the content: "complained to aide John
 * Podesta, who was serving as an adviser, that …").
 */
function speakerAside(ctx: QuoteContext, f: number, s: Sentence): boolean {
  const toks = ctx.doc.tokens;
  if (toks[f].pos === 'PROPN') return true;
  if (!RELATIVE_SUBJECTS.has(toks[f].lower)) return false;
  for (let j = f + 1; j < s.endToken; j++) {
    if (isSentenceEnd(toks[j])) return true;
    if (ctx.inSpan[j] < 0 && CLAUSE_STOP.test(toks[j].text)) return false;
  }
  return true;
}

/**
 * Whether tokens [a, comma) are a noun phrase and a participle aside set off by commas, the comma
 * before the cue closing it: "The report, published on Tuesday by Human Rights Watch, says …" is the
 * report's subject and its aside, not a clause a frame ", says the army …" reports (the tagger may
 * read the content after the cue as a noun phrase: "the army tortured detainees").
 */
export function subjectWithAside(ctx: QuoteContext, a: number, comma: number): boolean {
  const toks = ctx.doc.tokens;
  let c = a;
  // (the noun phrase may hold a prepositional phrase: "One of the victims from Saraf Jidad, who …")
  while (c < comma && (npToken(toks[c]) || (c > a && NOUN_PHRASE_PREPOSITIONS.has(toks[c].lower))) && ctx.inSpan[c] < 0)
    c++;
  if (c === a || c >= comma || toks[c].text !== ',') return false;
  const aside = toks[c + 1];
  // ("One of the victims from Saraf Jidad, who was around 80 years old, recalled the January 24
  // attack": a relative clause about a person is an aside too, with verbs of its own)
  const relative = !!aside && PERSON_RELATIVES.has(aside.lower);
  if (!aside || (!relative && (aside.pos !== 'VERB' || !/(?:ed|en|ing)$/.test(aside.lower)))) return false;
  for (let j = c + 2; j < comma; j++)
    if (ctx.inSpan[j] >= 0 || (!relative && toks[j].pos === 'AUX') || toks[j].text === ',') return false;
  return true;
}

/** Prepositions inside a subject's noun phrase before its aside ("one of the victims from …"). */
const NOUN_PHRASE_PREPOSITIONS = new Set(['of', 'from', 'in', 'at']);
/** Relative words of a clause about a person set off after a subject. */
const PERSON_RELATIVES = new Set(['who', 'whose']);

/** Whether tokens [a, b) hold a verb or a quotation. */
export function hasClauseOrQuote(ctx: QuoteContext, a: number, b: number): boolean {
  const toks = ctx.doc.tokens;
  for (let j = a; j < b; j++) if (ctx.inSpan[j] >= 0 || isClauseVerb(toks[j]) || verbTaggedNoun(toks, j)) return true;
  return false;
}

/**
 * Whether token j is a verb in the third person the tagger read as a plural noun: right after a
 * singular noun and before the article or possessive that opens its object ("The plan marks a
 * change", "The Trump job marks his reemergence onto the U.S. political scene").
 */
function verbTaggedNoun(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  const prev = toks[j - 1];
  const next = toks[j + 1];
  if (t.pos !== 'NOUN' || !/[^s']s$/.test(t.lower) || !prev || !next) return false;
  if (!(prev.pos === 'NOUN' || prev.pos === 'PROPN') || /s$/.test(prev.lower)) return false;
  return (next.pos === 'DET' && APPOSITIVE_ARTICLES.has(next.lower)) || POSSESSIVES.has(next.lower);
}

/** Whether a question frame ("Asked if …", found before) fills the words before the frame at frameStart. */
export function frontedQuestion(ctx: QuoteContext, s: Sentence, frameStart: number): boolean {
  const from = ctx.doc.tokens[s.firstToken].start;
  const to = ctx.doc.tokens[frameStart].start;
  return ctx.candidates.some((c) => c.rule === 'asked-question' && c.start >= from && c.end <= to);
}
