// Indirect and mixed quotes: a cue verb (said, warned, believes, plans, denied …) or "according to X"
// and the content clause it governs, read off the sentence around the cue. Quoted fragments inside
// that clause make it a mixed quote (or a direct one when the clause is all quotation).
import { frameSpeakerBefore } from './frame-speaker.js';
import type { Sentence, Token } from '../document.js';
import {
  BE_FORMS,
  isSentenceEnd,
  isWord,
  POSSESSIVES,
  STANDALONE_SUBJECTS,
  type CueClass,
  type QuoteContext,
} from './context.js';
import { isCueCandidate } from './cue-features.js';
import { cueModel } from './cue-model.js';
import { evidenceVerb, isRecordWord } from './evidence.js';
import { canBeSpeaker } from './speaker-nominal.js';
import { passiveAgent, pastDate } from './passive-agent.js';
import { attitudeAdjective } from './attitude-adjective.js';
import { SUBORDINATORS, afterFrontedAdjunct } from './sentence-opening.js';
import { saidBySubjectAfterObject, timeSpentVerb } from './participle-speaker.js';
import { quoteLexicon as lex } from './lexicon.js';
import { lexiconSets as entityLexicon } from '../entities/lexicon.js';
import {
  dayAfter,
  nameInApposition,
  npToken,
  phrase,
  phraseAfter,
  RELATIVE_SUBJECTS,
  subjectBefore,
  type Phrase,
} from './phrases.js';
import { issuesReportingMedium, mediumIssuer } from './medium-issuer.js';
import { FINITE_BE_WORDS, TIME_WORD } from '../nlp/closed-class.js';
import { CLAUSE_STOP, isClauseVerb, finiteVerb, irregularPast, finiteVerbAt, clauseAt, NEGATIONS } from './clause.js';
import {
  MIN_CONTENT_WORDS,
  contentSpan,
  contentEnd,
  objectPredicateEnd,
  opensOwnAttribution,
  FRAME_ONLY,
  NO_NP_CONTENT,
} from './content-end.js';
import { APPOSITIVE_ARTICLES, inOpeningSubordinate, OPEN_QUOTE } from './content-asides.js';
import { OBJECT_PRONOUNS, infinitiveAfter, contentStart, CURRENCY_SIGN, RELATIVE_OBJECTS } from './content-start.js';
import { pushIndirect, quotationPastSentence } from './indirect-candidate.js';
import { mainSubject, RELATIVE_WORDS, insideOtherContent, OBJECT_OPENERS } from './main-subject.js';
import {
  verbFrameStart,
  afterEarlierContent,
  SHORT_SUBJECT,
  PARTICIPLE_LEAD,
  earlierCueSubject,
  relativeOfCoordinatedVerb,
  inRelativeVerbList,
  infinitiveObject,
  FAR_SUBJECT_LEAD,
  postmodifiedSubject,
  coordinatedAdjunct,
  openingParticiple,
  clauseStartBefore,
  afterTimeAdjunct,
  mediumBeforeRelative,
  perfectContraction,
  PASSIVE_COGNITION,
  stateOfMind,
  adverbedPassive,
  coordinatedPassive,
  reducedBeliefParticiple,
} from './cue-subject.js';
import { accordingTo } from './according-to.js';

/** Verbs whose object noun carries the attitude they report: "launched an attack against", "voiced support for". */
const LIGHT_CUE_VERBS = new Set([
  'make',
  'launch',
  'unleash',
  'raise',
  'level',
  'file',
  'voice',
  'express',
  'offer',
  'take',
  'avoid',
  'claim',
  'deliver',
  'sound',
  'show',
  'draw',
  'issue',
  'pen',
  'write',
  'mount',
  'lodge',
]);
/** Nouns of stance or statement whose preposition's object is what the stance is about. */
const STANCE_NOUNS = new Set([
  'attack',
  'attacks',
  'defense',
  'defence',
  'criticism',
  'praise',
  'support',
  'opposition',
  'hostility',
  'enthusiasm',
  'disdain',
  'contempt',
  'skepticism',
  'scepticism',
  'doubts',
  'concern',
  'concerns',
  'note',
  'opinion',
  'opinions',
  'views',
  'piece',
  'op-ed',
  'lawsuit',
  'suit',
  'complaint',
  'complaints',
  'allegations',
  'accusations',
  'charges',
  'questions',
  'question',
  'remarks',
  'comments',
  'language',
  'responsibility',
  'credit',
  'blame',
  'warning',
  'warnings',
  'appeal',
  'plea',
  'case',
  'apology',
  'tribute',
  'sympathy',
]);
const STANCE_PREPOSITIONS = new Set(['about', 'of', 'on', 'for', 'against', 'toward', 'towards', 'over', 'regarding']);
/** The most modifiers between the object's determiner and its stance noun ("a more measured, substantive"). */
const MAX_STANCE_MODIFIERS = 4;

/**
 * Where the content of a light cue starts when its object is a stance noun and a preposition: "launched
 * a pre-emptive attack against [Obama]", "claimed responsibility for [the attack]", "voiced strong
 * support for [the deal]". The noun and preposition belong to the cue; what follows is what the stance
 * is about. `start` otherwise.
 */
function pastStanceNoun(ctx: QuoteContext, k: number, start: number, end: number): number {
  if (start < 0 || !LIGHT_CUE_VERBS.has(ctx.cueLemma(k))) return start;
  const toks = ctx.doc.tokens;
  let j = start;
  if (toks[j]?.pos === 'DET' || toks[j]?.pos === 'PRON') j++;
  for (
    let m = 0;
    m < MAX_STANCE_MODIFIERS &&
    j < end &&
    (toks[j].pos === 'ADJ' || toks[j].pos === 'ADV' || toks[j].text === ',' || toks[j].pos === 'NOUN') &&
    !STANCE_NOUNS.has(toks[j].lower);
    m++
  )
    j++;
  const noun = toks[j];
  const prep = toks[j + 1];
  if (!noun || !prep || j + 2 >= end || ctx.inSpan[j] >= 0) return start;
  if (!STANCE_NOUNS.has(noun.lower) || !STANCE_PREPOSITIONS.has(prep.lower)) return start;
  // ("sounded a rare note of self-deprecation": a note of something is its kind, not its topic)
  if (noun.lower === 'note' && prep.lower === 'of') return start;
  // ("Claiming the criticism of Lauer is designed to …": the noun phrase is a clause's subject)
  for (let v = j + 2; v < end && toks[v].pos !== 'PUNCT'; v++) if (finiteVerbAt(ctx, v)) return start;
  return j + 2;
}

/** The fewest words after a parenthetical frame that make a clause the content ends after. */
const MIN_REST_WORDS = 3;

/** Pronouns of the one speaking or spoken to: their "I think" in a parenthesis is a hedge. */
export const FIRST_AND_SECOND_PERSON = new Set(['i', 'we', 'you']);

/** Verbs of belief that frame a clause from a parenthesis or after it, as verbs of saying do. */
const PARENTHETICAL_BELIEFS = new Set(['believe', 'think', 'suspect', 'fear', 'reckon', 'suppose', 'assume']);

/**
 * Where the object at a of a cue in a relative clause ends: after a pronoun standing alone before a
 * conjunction or preposition ("those who support it until it ceases the violence"; not "describe it
 * as …"), else before a predicate of its own.
 */
function relativeObjectEnd(ctx: QuoteContext, a: number, end: number): number {
  const toks = ctx.doc.tokens;
  const after = toks[a + 1];
  const pronoun = OBJECT_PRONOUNS.has(toks[a].lower) || toks[a].lower === 'it';
  const closes =
    after !== undefined &&
    (after.pos === 'SCONJ' || after.pos === 'CCONJ' || (after.pos === 'ADP' && after.lower !== 'as'));
  return pronoun && closes ? a + 1 : objectPredicateEnd(ctx, a, end);
}

/**
 * The relative word of ", which, X said, …" right before the comma that opens a frame at
 * frameStart, else `first` (the sentence's start).
 */
function relativeBeforeFrame(toks: Token[], frameStart: number, first: number): number {
  const r = frameStart - 2;
  return r - 1 > first && RELATIVE_SUBJECTS.has(toks[r].lower) && toks[r - 1].text === ',' ? r : first;
}

/** Whether an adjunct's end (adjunctEnd) is the sentence's: no comma or clause comes after it. */
function closesSentence(ctx: QuoteContext, end: number, s: Sentence): boolean {
  return end >= s.endToken || (end >= 0 && isSentenceEnd(ctx.doc.tokens[end]));
}

/**
 * Whether the words [from, frameStart) before a frame that goes on past its cue are one fronted
 * adverbial and nothing else, a participle or a subordinate clause: "Rattling off promises to lower
 * student debt, Clinton promised …", "After the appeals court refused to reconsider the decision,
 * Schuette asked the Supreme Court for quick action". (With nothing after the cue, a subordinate clause
 * may still hold a main clause of its own: "If elected I will cut taxes, he said".)
 */
function frontedAdverbialOnly(ctx: QuoteContext, from: number, frameStart: number): boolean {
  const t = ctx.doc.tokens[from];
  const participle = t.pos === 'VERB' && /^\p{Lu}\p{Ll}+ing$/u.test(t.text);
  if (!participle && !SUBORDINATORS.has(t.lower)) return false;
  return afterFrontedAdjunct(ctx, from, frameStart) === frameStart;
}

/** Whether the cue at k stands in a relative clause set off by a comma (", who endorsed Canova and said …"). */
function inCommaRelative(ctx: QuoteContext, s: Sentence, k: number): boolean {
  const toks = ctx.doc.tokens;
  for (let j = k - 1; j > s.firstToken; j--) {
    if (ctx.inSpan[j] >= 0) return false;
    if (toks[j].pos === 'PUNCT') return toks[j].text === ',' && RELATIVE_SUBJECTS.has(toks[j + 1]?.lower ?? '');
  }
  return false;
}

/**
 * Whether the cue at k is a participle set off by a comma after the sentence's subject, a noun phrase
 * with no verb: "Mr. Smith, fearing that the vote is lost, left the room", "Many voters, convinced
 * that the race is rigged, stayed home" (its content ends where the subject's own verb comes).
 */
function subjectParticiple(ctx: QuoteContext, s: Sentence, k: number): boolean {
  const toks = ctx.doc.tokens;
  if (toks[k - 1]?.text !== ',' || !/^\p{Ll}+(?:ing|ed)$/u.test(toks[k].text)) return false;
  let noun = false;
  for (let j = s.firstToken; j < k - 1; j++) {
    const t = toks[j];
    if (ctx.inSpan[j] >= 0 || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ')
      return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') noun = true;
  }
  return noun;
}

/** Whether the verb at k is an imperative: the base form opening its sentence, or "thank you". */
function imperative(ctx: QuoteContext, s: Sentence, k: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  if (t.lemma === 'thank' && toks[k + 1]?.lower === 'you') return true;
  if (t.lower !== t.lemma) return false;
  let f = s.firstToken;
  while (f < k && !isWord(toks[f])) f++;
  return f === k;
}
/** How far before "by" a study's noun may stand (a recent Brookings study by …). */
const MAX_STUDY_WORDS = 4;
/** Nouns whose "found" reports what they found: a study, a poll, an investigation. */
const RESEARCH_NOUNS = new Set([
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

/**
 * "A 2014 study by Justin Levitt found 31 incidents …": "find" is a cue when a study or a poll finds
 * (not in "was found guilty", "found it difficult").
 */
function findingOfStudy(ctx: QuoteContext, s: Sentence, k: number): CueClass | null {
  const t = ctx.doc.tokens[k];
  if (t.lemma !== 'find' || t.pos !== 'VERB') return null;
  const subj = subjectBefore(ctx.doc, k, s.firstToken);
  if (!subj) return null;
  // the study's own words, not a name inside it, nor its author ("a study by Justin Levitt")
  const toks = ctx.doc.tokens;
  let from = subj.first;
  if (toks[from - 1]?.lower === 'by') from = Math.max(s.firstToken, from - 1 - MAX_STUDY_WORDS);
  // ("…, the poll found.", "…, a study by the Council of the Great City Schools found.": a frame
  // after what was found, read as a verb of saying's; so is a body's or researchers' own, "…,
  // Bloomberg New Energy Finance found.")
  const frame = !!toks[k + 1] && /^[.,;!?]$/.test(toks[k + 1].text) && commaOpensFrame(toks, k, s.firstToken);
  for (let i = from; i < subj.endToken; i++) if (RESEARCH_NOUNS.has(toks[i].lemma)) return frame ? 'speech' : 'object';
  const finder = ctx.doc.entityAt(subj.head.start)?.entity.type;
  return frame && subj.headKind !== 'pronoun' && (finder === 'ORG' || finder === 'PERSON') ? 'speech' : null;
}

/** Tags of the words of a record's noun phrase before its author ("a new study by …"). */
const RECORD_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Where the phrase of a record opens when its author after "by" opens at `first` ("a study | by the
 * Council …"): that record's first word, else `first`.
 */
function recordBeforeAuthor(toks: readonly Token[], first: number, lo: number): number {
  const head = toks[first - 2];
  if (toks[first - 1]?.lower !== 'by' || !head || !(RESEARCH_NOUNS.has(head.lemma) || isRecordWord(head.lower)))
    return first;
  let j = first - 2;
  while (j - 1 >= lo && RECORD_PHRASE_TAGS.has(toks[j - 1].pos)) j--;
  return j;
}

/** Whether a comma stands before the cue at k with no verb between: a frame set after what it reports. */
function commaOpensFrame(toks: readonly Token[], k: number, first: number): boolean {
  for (let j = k - 1; j > first; j--) {
    if (toks[j].text === ',') return true;
    if (toks[j].pos === 'VERB' || toks[j].pos === 'AUX') return false;
  }
  return false;
}

/** Pronouns a relative clause with no "that" may follow ("everything Trump says is …"). */
const GAP_ANTECEDENTS = new Set(['everything', 'anything', 'nothing', 'something', 'all', 'much']);

/**
 * After a post-posed cue, the end (exclusive) of an adjunct with no verb of its own (told me this
 * week; said in an interview on Saturday): the next comma or the sentence end; -1 if a clause follows.
 */
function adjunctEnd(ctx: QuoteContext, a: number, s: Sentence): number {
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
function invertedFrameEnds(ctx: QuoteContext, a: number, s: Sentence, cue: number): boolean {
  const inv = phraseAfter(ctx.doc, a, s.endToken);
  if (!inv) return false;
  // (past the day it was said on: "…, said AU officials Sunday.")
  const end = postmodifierEnd(ctx, cue, invertedSpeakerEnd(ctx.doc.tokens, inv), s);
  const after = ctx.doc.tokens[end];
  return (
    end >= s.endToken ||
    !after ||
    after.text === ',' ||
    isSentenceEnd(after) ||
    ctx.inSpan[end] >= 0 ||
    speakerRelativeEnd(ctx, end, s) > 0
  );
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
function postmodifierEnd(ctx: QuoteContext, cue: number, end: number, s: Sentence): number {
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
const HEARER_ONLY = new Set(['tell', 'inform']);
/** …and whose noun phrase after them is the accused ("The Tigers, accuse the military … of abuses"). */
const ACCUSING = new Set(['accuse']);

/** Where an inverted speaker's frame ends: after the speaker, and the day after it if one follows. */
function invertedSpeakerEnd(toks: Token[], inv: Phrase): number {
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
function speakerRelativeEnd(ctx: QuoteContext, w: number, s: Sentence): number {
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
function opensAdjunct(ctx: QuoteContext, a: number, cueLemma: string): boolean {
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
function frameAsideFollows(ctx: QuoteContext, s: Sentence, frameStart: number, frameEnd: number, inverted: boolean) {
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
  // ", said Rita Katz, the director of …", "…, said Angie Drobnic Holan, Politifact's editor": an
  // apposition to the inverted speaker
  const owner = nx.pos === 'PROPN' && /^['’]s$/.test(toks[frameEnd + 2]?.lower ?? '');
  if (inverted && speakerAside(ctx, frameEnd + 1, s)) return true;
  return inverted && (nx.pos === 'DET' || POSSESSIVES.has(nx.lower) || nx.pos === 'ADJ' || nx.pos === 'NOUN' || owner);
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
 * Where a relative clause set off by commas ends after its cue at k: at a comma before the
 * sentence's own predicate (an auxiliary or a finite verb: ", who advises Kasich, is no fan …").
 */
function relativeClauseEnd(ctx: QuoteContext, k: number, end: number): number {
  const toks = ctx.doc.tokens;
  // a that-clause whose verb is still to come: the comma closes an aside in its subject ("who also
  // said that the two men, and Mr. Cruz in particular, must do more …")
  let openClause = false;
  for (let j = k + 1; j < end; j++) {
    if (ctx.inSpan[j] >= 0) continue;
    if (toks[j].lower === 'that' && toks[j].pos === 'SCONJ') openClause = true;
    else if (isClauseVerb(toks[j])) openClause = false;
    if (toks[j].text !== ',' || openClause) continue;
    let v = j + 1;
    while (v < end && toks[v].pos === 'ADV') v++;
    if (v < end && ctx.inSpan[v] < 0 && (toks[v].pos === 'AUX' || finiteVerb(toks[v]) || irregularPast(toks[v])))
      return j;
  }
  return end;
}

/**
 * Whether tokens [a, comma) are a noun phrase and a participle aside set off by commas, the comma
 * before the cue closing it: "The report, published on Tuesday by Human Rights Watch, says …" is the
 * report's subject and its aside, not a clause a frame ", says the army …" reports (the tagger may
 * read the content after the cue as a noun phrase: "the army tortured detainees").
 */
function subjectWithAside(ctx: QuoteContext, a: number, comma: number): boolean {
  const toks = ctx.doc.tokens;
  let c = a;
  while (c < comma && npToken(toks[c]) && ctx.inSpan[c] < 0) c++;
  if (c === a || c >= comma || toks[c].text !== ',') return false;
  const aside = toks[c + 1];
  if (!aside || aside.pos !== 'VERB' || !/(?:ed|en|ing)$/.test(aside.lower)) return false;
  for (let j = c + 2; j < comma; j++)
    if (ctx.inSpan[j] >= 0 || toks[j].pos === 'AUX' || toks[j].text === ',') return false;
  return true;
}

/** Whether tokens [a, b) hold a verb or a quotation. */
function hasClauseOrQuote(ctx: QuoteContext, a: number, b: number): boolean {
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

function cueInSentence(
  ctx: QuoteContext,
  s: Sentence,
  k: number,
  cls: CueClass,
  learned = false,
  label: RuleLabel | null = null,
): void {
  const toks = ctx.doc.tokens;
  const cueTok = toks[k];
  // passives (is expected to, was told) have no subject speaker
  // (an adjective-tagged participle after "is" is progressive: "Trump is promising to …")
  // (but a past participle of a state of mind is the subject's own: "Others are determined to …";
  // not "it was decided that …", "is known to have …")
  // ("the right to bear arms, considered sacrosanct by gun advocates", "Gunfire, believed to be shots
  // …": a belief's participle set after its noun is a passive, whose holder is no subject)
  const passive =
    reducedBeliefParticiple(toks, k) ||
    (k > s.firstToken &&
      BE_FORMS.has(toks[k - 1].lower) &&
      !(cueTok.pos === 'ADJ' && /ing$/.test(cueTok.lower)) &&
      !stateOfMind(toks, k, cls) &&
      !perfectContraction(toks, k, s.firstToken)) ||
    (!learned &&
      (cls !== 'cognition' || PASSIVE_COGNITION.has(cueTok.lemma)) &&
      (adverbedPassive(toks, k, s.firstToken) || coordinatedPassive(toks, k, s.firstToken)));
  // "The Producers was named best musical", "He was named chief executive": an award or an office
  // given, with no one named who gave it, is no saying
  if (
    passive &&
    APPOINTING_CUES.has(cueTok.lemma) &&
    /ed$/.test(cueTok.lower) &&
    !toks.slice(k + 1, s.endToken).some((t) => t.lower === 'by')
  )
    return;
  // ", saying that …" / "by arguing …": a participle's speaker is its main clause's subject
  // (also right after the clause's object: "denounced the raid saying it was …")
  // ("Calling the deal a disaster, Trump vowed …": a participle opening the sentence is the subject's after it)
  const opening = !passive ? openingParticiple(ctx, s, k) : null;
  const participle =
    opening !== null ||
    (/ing$/.test(cueTok.lower) &&
      k > s.firstToken &&
      (PARTICIPLE_LEAD.has(toks[k - 1].lower) ||
        afterTimeAdjunct(ctx, k) ||
        saidBySubjectAfterObject(ctx, s.firstToken, k)));
  // ("Clinton spent much of the run-up … portraying Sanders as …": whoever spends the time)
  const spent = !passive && !opening ? timeSpentVerb(ctx, s.firstToken, k) : -1;
  let subj = passive
    ? null
    : opening
      ? opening.subject
      : spent >= 0
        ? subjectBefore(ctx.doc, spent, s.firstToken)
        : participle
          ? mainSubject(ctx, s, k)
          : subjectBefore(ctx.doc, k, afterEarlierContent(ctx, s, k));
  // ("a state where polls show …": the record the tagger read as a verb is no phrase word, yet the subject)
  if (!subj && label === 'evidence' && toks[k - 1]?.pos === 'VERB' && isRecordWord(toks[k - 1].lower))
    subj = phrase(ctx.doc, k - 1, k);
  const adjunct = subj && !participle ? coordinatedAdjunct(ctx, s, subj) : null;
  if (adjunct) subj = adjunct.subject;
  const adjunctLead = adjunct?.conjunction ?? -1;
  // "Trump unleashed a series of tweets early Friday saying …": the one who issued the medium speaks
  // (and so does a relative clause of the medium's: "ran a piece that noted …", "released a press
  // statement that said they …")
  const medium =
    subj && !participle && /ing$/.test(cueTok.lower) ? subj : subj ? mediumBeforeRelative(ctx, s, subj) : null;
  const issuer = medium ? mediumIssuer(ctx, s, medium, mainSubject) : null;
  if (issuer) subj = issuer;
  if (
    subj &&
    subj.headKind === 'pronoun' &&
    cls === 'cognition' &&
    subj.head &&
    ctx.doc.text.slice(subj.head.start, subj.head.end).toLowerCase() === 'it'
  )
    return;
  let a = k + 1;
  while (a < s.endToken && toks[a].pos === 'ADV') a++;
  const next = toks[a];
  // "Everything Trump says is a lie", "not everything Trump says is true": the cue is in a relative
  // clause on the pronoun before its subject, whose own predicate follows; it reports nothing here
  // (the phrase reader may have taken the pronoun into the subject: "Everything Trump")
  const gap =
    subj !== null &&
    (GAP_ANTECEDENTS.has(toks[subj.first - 1]?.lower ?? '') ||
      (GAP_ANTECEDENTS.has(toks[subj.first].lower) &&
        (toks[subj.first + 1]?.pos === 'PROPN' || toks[subj.first + 1]?.pos === 'PRON')));
  if (gap && next?.pos === 'AUX' && finiteVerbAt(ctx, a)) return;
  const cue = { start: cueTok.start, end: cueTok.end };
  // "…, political analysts say; in 2012, …": a semicolon closes a post-posed frame as a full stop does
  // (not one that introduces a quotation: "…, a dean at Baghdad University said; "It's …")
  const semicolon = next?.text === ';' && !(ctx.inSpan[a + 1] < 0 && ctx.inSpan[a + 2] >= 0);
  if (
    cls === 'speech' &&
    !participle &&
    !passive &&
    (!next || next.text === ',' || semicolon || isSentenceEnd(next)) &&
    !(subj && toks[subj.first - 1]?.text === ',')
  )
    subj = postmodifiedSubject(ctx, s, k) ?? subj;
  // post-posed or parenthetical attribution: "…, he said." / "…, advisers say, …" / "…, said Sullivan."
  // (a record's author read as the subject frames from the record: "…, a study by the Council of the
  // Great City Schools found.")
  const frameStart = subj ? recordBeforeAuthor(toks, subj.first, s.firstToken) : k;
  // ", which urged …", ", who accused …": a relative clause after a comma describes its noun; it
  // frames no attribution of the sentence around it
  const relative = RELATIVE_SUBJECTS.has(toks[frameStart].lower);
  const before = frameStart > s.firstToken && toks[frameStart - 1].text === ',' && !relative;
  // "After the appeals court refused …, Schuette asked the Supreme Court for quick action": a fronted
  // adverbial before the subject is no statement; the cue takes what follows it, as in any clause
  // (only where the frame's own words run on to the sentence's end: "If she becomes president, Clinton
  // suggested in a tweet, women won't be punished …" frames the words on both sides)
  const adverbialOnly =
    before &&
    subj !== null &&
    !!next &&
    next.text !== ',' &&
    !semicolon &&
    !isSentenceEnd(next) &&
    closesSentence(ctx, adjunctEnd(ctx, a, s), s) &&
    frontedAdverbialOnly(ctx, relativeBeforeFrame(toks, frameStart, s.firstToken), frameStart);
  // (a belief set off the same way: "His leverage, they believe, isn't going anywhere", "That won't
  // happen, they believe."; not the speaker's own hedge, "He, I think, was in there", "You, sir, I believe")
  const ownWords =
    subj !== null && FIRST_AND_SECOND_PERSON.has(ctx.doc.text.slice(subj.head.start, subj.head.end).toLowerCase());
  const parentheticalBelief =
    cls === 'cognition' &&
    subj !== null &&
    !ownWords &&
    PARENTHETICAL_BELIEFS.has(cueTok.lemma) &&
    (!next || next.text === ',' || semicolon || isSentenceEnd(next));
  if (
    !participle &&
    (cls === 'speech' || parentheticalBelief) &&
    before &&
    !adverbialOnly &&
    (!next ||
      next.text === ',' ||
      semicolon ||
      isSentenceEnd(next) ||
      (!subj &&
        npToken(next) &&
        !ACCUSING.has(cueTok.lemma) &&
        invertedFrameEnds(ctx, a, s, k) &&
        !subjectWithAside(ctx, s.firstToken, k - 1)) ||
      (subj && opensAdjunct(ctx, a, cueTok.lemma) && adjunctEnd(ctx, a, s) > 0))
  ) {
    let frameEnd = subj && next && next.text !== ',' && !isSentenceEnd(next) ? adjunctEnd(ctx, a, s) : a;
    if (!subj) {
      // only a finite cue inverts its subject (said Sullivan), not a participle (posting images)
      if (/ing$/.test(cueTok.lower)) return;
      // nor one whose object is its hearer: "…, told ITV news on Friday" names who was told
      if (HEARER_ONLY.has(cueTok.lemma)) return;
      const found = phraseAfter(ctx.doc, a, s.endToken);
      if (!found) return;
      // ("…, said a spokesman for the division, Jonathan Withington": the name in apposition)
      const inv = nameInApposition(ctx.doc, found, s.endToken);
      if (!canBeSpeaker(ctx, inv)) return;
      subj = inv;
      const invEnd = postmodifierEnd(ctx, k, invertedSpeakerEnd(toks, inv), s);
      const relative = speakerRelativeEnd(ctx, invEnd, s);
      frameEnd = relative > 0 ? relative : invEnd;
    }
    const rest =
      toks.slice(frameEnd, semicolon ? a : s.endToken).some(isWord) &&
      !frameAsideFollows(ctx, s, frameStart, frameEnd, subj !== null && frameEnd > k + 1);
    // "Asked if …, he declined to answer": a fronted clause framed by a cue of its own is not this cue's content
    if (!rest && frontedQuestion(ctx, s, frameStart)) return;
    // "At each ministerial, the Secretary will emphasize …": words before the frame with no verb
    // and no quotation are a fronted adjunct, not what was said
    if (!rest && !hasClauseOrQuote(ctx, s.firstToken, frameStart)) return;
    // (a frame inside a relative clause frames that clause only: "… extrajudicial killings, which, it
    // said, mostly came from the military")
    const from = relativeBeforeFrame(toks, frameStart, s.firstToken);
    // (the words after the frame end as any content does: "…, they believe, isn't going anywhere, and
    // most don't expect him to …" is a second attribution)
    // (only where a clause of the content's own comes first: "California demanded, but was denied,
    // the chance …" goes on past the aside; and not the speaker's own "I should note", whose words
    // run on as they were spoken)
    let restEnd = s.endToken;
    if (next?.text === ',' && frameEnd === a && toks[a + 1]?.pos !== 'CCONJ' && !ownWords) {
      const cut = contentEnd(ctx, frameEnd + 1, s.endToken);
      if (toks.slice(frameEnd + 1, cut).filter(isWord).length >= MIN_REST_WORDS) restEnd = cut;
    }
    const span = rest ? contentSpan(toks, from, restEnd) : contentSpan(toks, from, frameStart);
    if (span)
      pushIndirect(
        ctx,
        span,
        cue,
        subj,
        label ? `${label}-parenthetical` : learned ? 'cue-model-parenthetical' : 'cue-parenthetical',
        subj === null ? null : frameEnd > k + 1 ? 'cue-inverted' : 'cue-subject',
      );
    return;
  }
  // "Rex Early, a former chairman who …, said" / "… did not apologize, but said": the main subject
  let speakerRule =
    spent >= 0
      ? 'time-spent-subject'
      : participle
        ? 'main-subject'
        : issuer && subj === issuer
          ? 'medium-issuer'
          : 'cue-subject';
  if (participle && !subj) {
    subj = frameSpeakerBefore(ctx, s, k);
    speakerRule = 'frame-speaker';
  }
  // "The victory led Reince Priebus to declare …", "forced Stumpf to admit …": the object of the
  // verb (or preposition) before an infinitive cue is who speaks, not the sentence's subject
  // (also where a subject was read further back, and after "for" or "on": "an opening for Clinton
  // to highlight …", "the pressure on her to say …", "The win led her to declare …")
  if (!passive && toks[k - 1]?.lower === 'to' && k - 1 > s.firstToken) {
    const obj = infinitiveObject(ctx, k - 1, s.firstToken, !subj);
    if (obj) {
      subj = obj;
      speakerRule = 'infinitive-object';
    }
  }
  // ("… and instead argued": adverbs between the conjunction and the cue are passed over)
  let lead = k - 1;
  // (and auxiliaries and their negation, not an infinitive's "to": "… but did not recommend
  // charges", "… and has championed an agenda")
  // (and a catenative with its "to": "… and seemed to think …")
  for (;;) {
    while (
      lead > s.firstToken &&
      (toks[lead].pos === 'ADV' || toks[lead].pos === 'AUX' || NEGATIONS.has(toks[lead].lower))
    )
      lead--;
    if (lead - 1 <= s.firstToken || toks[lead].lower !== 'to' || !lex.catenatives.has(toks[lead - 1].lemma)) break;
    lead -= 2;
  }
  if (adjunctLead > 0) lead = adjunctLead;
  if (!subj && !passive && k > s.firstToken && FAR_SUBJECT_LEAD.has(toks[lead].lower)) {
    // ("opposition to all activities that undermine, destabilize, or threaten …": a verb listed with a
    // relative clause's verbs describes the relative's noun; no one is reported saying it)
    if (inRelativeVerbList(toks, s.firstToken, lead + 1)) return;
    const shared = earlierCueSubject(ctx, s, lead, k);
    // ("staff members around the world, who review the material and determine whether …": the
    // relative pronoun of the verb the cue is coordinated with)
    const relative = shared ? null : relativeOfCoordinatedVerb(ctx, s, lead);
    subj = shared ?? relative ?? mainSubject(ctx, s, k) ?? phraseAfter(ctx.doc, s.firstToken, k);
    speakerRule = shared ? 'coordinated-cue' : relative ? 'coordinated-relative' : 'main-subject';
  }
  if (!subj && !passive && cls === 'speech') {
    subj = mainSubject(ctx, s, k);
    speakerRule = 'main-subject';
    // "Nearly a third say …": a short sentence-initial subject no phrase reader takes whole still
    // speaks when "say" opens a clause right after it (after a fronted adjunct and its comma: "By an
    // overwhelming 80%-10%, most Americans say …")
    const from = clauseStartBefore(toks, s, k);
    // (the subject ends before a verb frame of "say": "I have to say", "Everybody kept on saying";
    // an infinitive's "to say …" has none)
    let subjectEnd = verbFrameStart(toks, from, k);
    while (subjectEnd < k && subjectEnd - 1 > from && toks[subjectEnd - 1].pos === 'ADV') subjectEnd--;
    if (
      !subj &&
      toks[k].lemma === 'say' &&
      k - from <= SHORT_SUBJECT &&
      subjectEnd > from &&
      clauseAt(ctx, a, s.endToken)
    ) {
      subj = phrase(ctx.doc, from, subjectEnd);
      speakerRule = from > s.firstToken ? 'clause-start' : 'sentence-start';
    }
    if (!subj) return;
  }
  // "Exit polling showed that …": a that-clause is content even where no subject phrase was read
  if (!subj && !passive && toks[a]?.lower === 'that' && toks[a].pos === 'SCONJ') {
    subj = phraseAfter(ctx.doc, s.firstToken, k);
    speakerRule = 'sentence-start';
  }
  if (!subj && !passive) return;
  // "Florida, which he describes as his second home": the relative clause is what was said of its noun
  const rel = subj && !passive ? relativeObjectBefore(ctx, s, subj, k) : -1;
  if (rel >= 0) {
    // (set off by commas, the clause ends where the sentence's own predicate resumes: "The man, who
    // police say is armed, fled the scene")
    const relEnd = toks[rel - 1]?.text === ',' ? relativeClauseEnd(ctx, k, s.endToken) : s.endToken;
    // ("what Mr. Hedge called ''the prior economy model,'' the club …": the quotation closes it)
    const quoted = toks[rel].lower === 'what' ? quotationEndAfter(ctx, k) : -1;
    const span = contentSpan(toks, rel, quoted > 0 ? quoted : contentEnd(ctx, k, relEnd), 1);
    if (span) pushIndirect(ctx, span, cue, subj, 'cue-relative-object', speakerRule);
    return;
  }
  // ", which urged consideration of other nominees, reflected …": a relative clause's content ends
  // where the sentence's own predicate resumes
  // (also a cue further on in such a clause: ", who endorsed Canova in late May and said he would …,
  // ultimately did not show up")
  const limit = opening
    ? opening.clauseEnd
    : relative || inCommaRelative(ctx, s, k) || subjectParticiple(ctx, s, k)
      ? relativeClauseEnd(ctx, k, s.endToken)
      : s.endToken;
  const objectStart = contentStart(ctx, k, cls, limit, learned);
  const start = pastStanceNoun(ctx, k, objectStart, limit);
  // "charged a $100,000 initiation fee", "has charged the campaign approximately $3.7 million": a price
  // asked, not an accusation
  if (start >= 0 && ctx.cueLemma(k) === 'charge' && chargesMoney(toks, start, limit)) return;
  // (the stance noun and its preposition join the cue: "launched a pre-emptive attack against")
  const frameCue = start > objectStart ? { start: cue.start, end: toks[start - 1].end } : cue;
  // ("had been announced this Thursday by Marcos Tilman": a date before "by" is no content)
  const dateThenAgent = passive && start >= 0 && toks[pastDate(ctx, start, s.endToken)]?.lower === 'by';
  if (start < 0 || dateThenAgent) {
    // "His comments were quickly derided by Armin Laschet": what a passive cue reports on is its subject
    const by = passive ? passiveAgent(ctx, s, k, a) : null;
    const span = by ? contentSpan(toks, by.first, by.end, 1) : null;
    if (by && span) pushIndirect(ctx, span, cue, by.agent, 'passive-agent', 'by-agent');
    return;
  }
  // a verb's or preposition's noun phrase object ends before a predicate of its own
  const npObject = learned && toks[start - 1]?.pos === 'ADP';
  // (so does the object of a verb in a relative clause with no comma: "the respondents who support
  // Sanders are young")
  const relativeObject =
    cls === 'object' &&
    subj !== null &&
    RELATIVE_SUBJECTS.has(toks[subj.first].lower) &&
    toks.slice(subj.endToken, k).every((t) => t.pos === 'ADV' || t.pos === 'AUX');
  const stop = relativeObject
    ? relativeObjectEnd(ctx, start, limit)
    : npObject
      ? objectPredicateEnd(ctx, start, limit)
      : limit;
  // "46 percent of voters said yes": an answer word is a whole reply on its own
  const answer = ctx.cueLemma(k) === 'say' && ANSWER_WORDS.has(toks[start].lower);
  // "denied involvement", "urged restraint", "claimed responsibility": a verb of saying's one-noun
  // object is what was said (not a time: "warned Tuesday" has none)
  // (right after a finite cue with its own subject, in no other content: "written statement",
  // "warning shots", "to counter corruption", "to build resilience and counter disinformation" are none)
  const nounObject =
    cls === 'speech' &&
    subj !== null &&
    speakerRule === 'cue-subject' &&
    start === k + 1 &&
    toks[k - 1]?.lower !== 'to' &&
    !/ing$/.test(toks[k].lower) &&
    !NO_NP_CONTENT.has(ctx.cueLemma(k)) &&
    bareNounObject(ctx, start) &&
    !insideOtherContent(ctx, toks[k].start, -1);
  const span =
    quotationPastSentence(ctx, start, s) ??
    contentSpan(
      toks,
      start,
      contentEnd(ctx, start, stop),
      cls === 'object' || answer || nounObject ? 1 : MIN_CONTENT_WORDS,
    );
  if (!span) return;
  const rule = label ? MAIN_RULE[label] : learned ? 'cue-model' : participle ? `cue-participle` : `cue-${cls}`;
  pushIndirect(ctx, span, frameCue, subj, rule, speakerRule);
}

/** Words of a price, after "charge" (charged fees, charged a premium). */
const PRICE_WORDS = new Set([
  'fee',
  'fees',
  'price',
  'prices',
  'rate',
  'rates',
  'interest',
  'tuition',
  'premium',
  'premiums',
  'dollars',
  'cents',
  'rent',
  'tax',
  'taxes',
  'toll',
  'tolls',
]);
/** The most tokens of "charge"'s object read for a price ("the campaign approximately $3.7 million"). */
const PRICE_WINDOW = 6;

/** Whether the object from a holds an amount of money or a word of a price within a few tokens. */
function chargesMoney(toks: Token[], a: number, end: number): boolean {
  for (let j = a; j < end && j - a < PRICE_WINDOW; j++) {
    const t = toks[j];
    if (CURRENCY_SIGN.test(t.text) || PRICE_WORDS.has(t.lower)) return true;
    if (t.lower === 'with' || t.lower === 'that' || t.pos === 'PUNCT') return false;
  }
  return false;
}

/** Verbs whose object "what" a quotation after them gives ("what Mr. Hedge called ''…''"). */
const QUOTED_NAMING = new Set(['call', 'dub', 'term', 'label', 'brand', 'describe', 'characterize', 'nickname']);

/**
 * The token after the closing mark of a quotation opening right after token k (its mark one or two
 * tokens: ''…''), when the quotation closes the phrase: a punctuation mark inside it or after it, or a
 * verb after it ("what X called ''the prior economy model,'' the club …"; not "what it calls
 * “psychographic” profiles of voters", where the quoted word modifies a noun); else -1.
 */
function quotationEndAfter(ctx: QuoteContext, k: number): number {
  const toks = ctx.doc.tokens;
  let open = k + 1;
  while (open <= k + 2 && ctx.inSpan[open + 1] !== undefined && ctx.inSpan[open + 1] < 0) open++;
  const span = ctx.inSpan[open + 1];
  if (span === undefined || span < 0 || ctx.openToken[span] > k + 2 || ctx.openToken[span] <= k) return -1;
  const close = ctx.spans[span].close;
  if (close < 0) return -1;
  const end = ctx.doc.tokenIndexAt(close);
  let after = end + 1;
  while (toks[after] && toks[after].start < ctx.spans[span].end) after++;
  const inner = ctx.doc.text[ctx.spans[span].end - 1] ?? '';
  const next = toks[after];
  const closes = /[,.;:!?]/.test(inner) || !next || next.pos === 'PUNCT' || next.pos === 'AUX' || next.pos === 'VERB';
  return closes ? after : -1;
}

/**
 * The token of a relative word right before the cue's subject that is the cue's object ("which he
 * described as …", "a country that Mitt Romney called …", "what it calls …"), or -1. "that" counts
 * only after a noun: after a verb it opens a content clause ("said that Trump called …").
 */
function relativeObjectBefore(ctx: QuoteContext, s: Sentence, subj: Phrase, k: number): number {
  const toks = ctx.doc.tokens;
  const r = subj.first - 1;
  if (r < s.firstToken || ctx.inSpan[r] >= 0 || !RELATIVE_OBJECTS.has(toks[r].lower)) return -1;
  // (a "that" the tagger read as a determiner is as often the noun's content: see objectAfter)
  if (toks[r].lower === 'that' && (!thatRelative(ctx, s, r) || (toks[r].pos === 'DET' && objectAfter(toks, k))))
    return -1;
  // "in which Trump introduces …", "with whom he worked": the relative is an adjunct, not the object;
  // "Which Republicans want …" opening the sentence asks a question (but "what" before a quotation
  // is the object whose words follow: "under what Mr. Hedge called ''the prior economy model''")
  const quotedWhat = toks[r].lower === 'what' && QUOTED_NAMING.has(ctx.cueLemma(k)) && quotationEndAfter(ctx, k) > 0;
  if (!quotedWhat && (r === s.firstToken || toks[r - 1].pos === 'ADP')) return -1;
  // "which he said that …": a cue with a that-clause of its own has its object already
  if (toks[k + 1]?.lower === 'that') return -1;
  // "which Mr. Obama championed": with nothing said of the noun after the cue, no content
  const next = toks[k + 1];
  if (!next || !(isWord(next) || OPEN_QUOTE.test(next.text)) || next.pos === 'CCONJ') return -1;
  return r;
}

/**
 * Whether the cue at k has an object of its own right after it ("reports that security forces denied
 * medical personnel access …", "history that aggressors only understand one thing"): then "that"
 * opened the noun's content, not a relative clause whose gap the cue's object is.
 */
function objectAfter(toks: Token[], k: number): boolean {
  let a = k + 1;
  while (toks[a]?.pos === 'ADV') a++;
  const t = toks[a];
  if (!t) return false;
  if (OBJECT_OPENERS.has(t.pos)) return true;
  return t.pos === 'ADJ' && (toks[a + 1]?.pos === 'NOUN' || toks[a + 1]?.pos === 'PROPN');
}

/**
 * Whether "that" at r opens a clause on the common noun before it ("a country that Romney called …",
 * "the suggestion that Mr. Trump had shown …"), not the content clause of a verb of saying whose
 * hearer or time adjunct stands before it ("announced Thursday that it has …", "told reporters that …").
 */
function thatRelative(ctx: QuoteContext, s: Sentence, r: number): boolean {
  const toks = ctx.doc.tokens;
  if (toks[r - 1]?.pos !== 'NOUN' && toks[r - 1]?.pos !== 'PROPN') return false;
  let f = r - 1;
  while (f > s.firstToken && npToken(toks[f - 1]) && toks[f - 1].pos !== 'VERB') f--;
  return !(f > s.firstToken && toks[f - 1].pos === 'VERB' && ctx.cueClass(f - 1) === 'speech');
}

/** Whether a question frame ("Asked if …", found before) fills the words before the frame at frameStart. */
function frontedQuestion(ctx: QuoteContext, s: Sentence, frameStart: number): boolean {
  const from = ctx.doc.tokens[s.firstToken].start;
  const to = ctx.doc.tokens[frameStart].start;
  return ctx.candidates.some((c) => c.rule === 'asked-question' && c.start >= from && c.end <= to);
}

/**
 * A verb the lexicon does not list that the trained cue model takes for a cue (found, seemed,
 * criticized, offered …). It frames its content as a verb taking an object does: a that-clause, an
 * infinitive or the noun phrase after it (PolNeAR's attributions often have a noun phrase as content;
 * this class did better than the believing and saying frames on held-out folds of the tune part).
 */
function learnedCue(ctx: QuoteContext, k: number): CueClass | null {
  const model = cueModel();
  if (!model || !isCueCandidate(ctx, k) || !model.knows(ctx.doc.tokens[k].lemma)) return null;
  // "appeared to suggest that …": the listed verb after the catenative is the cue and frames the content
  const toks = ctx.doc.tokens;
  if (toks[k + 1]?.lower === 'to' && lex.catenatives.has(toks[k].lemma) && ctx.cueClass(k + 2)) return null;
  // a word in capitals is a transcript label's name ("MR. HAMMER: Hello, good evening"), no verb
  if (/^\p{Lu}{2,}$/u.test(toks[k].text)) return null;
  // nor is a word of a name the entity layer found ("the Holy See Secretary of State")
  if (ctx.insideName(k)) return null;
  // nor a plain form right after "is" ("an official who is point man for …"): a noun the tagger slipped
  // on (a participle spelt as its plain form is a passive: "is forecast to", "was read out")
  const plain = toks[k].lower === toks[k].lemma && !SAME_FORM_PARTICIPLES.has(toks[k].lower);
  if (plain && FINITE_BE_WORDS.has(toks[k - 1]?.lower ?? '')) return null;
  // nor a verb with an adverb and a preposition of its own, a way of going on ("Ireland pressed hard
  // from the outset", "pressed ahead with reforms"): no content follows
  const next = toks[k + 1]?.lower ?? '';
  if (GOING_ON_ADVERBS.has(next) && toks[k + 2]?.pos === 'ADP' && !CONTENT_PREPOSITIONS.has(toks[k + 2].lower))
    return null;
  return model.score(ctx, k, 'none') > model.threshold ? 'object' : null;
}

/** Adverbs that make a verb a way of going on (pressed ahead, pushed on, pressed hard). */
const GOING_ON_ADVERBS = new Set(['ahead', 'on', 'onward', 'onwards', 'forward', 'hard']);
/** Prepositions that may open what the verb and such an adverb lead to ("pressed hard for a vote", "look forward to"). */
const CONTENT_PREPOSITIONS = new Set(['for', 'to', 'that']);

/** Cues whose passive with no agent gives an award or an office ("was named best musical"). */
const APPOINTING_CUES = new Set(['name', 'nominate', 'appoint', 'promote', 'elect']);

/** Past participles spelt as the plain form. */
const SAME_FORM_PARTICIPLES = new Set([
  'forecast',
  'broadcast',
  'read',
  'set',
  'put',
  'cut',
  'hit',
  'let',
  'bid',
  'cast',
  'spread',
  'upset',
  'quit',
  'shut',
  'cost',
  'hurt',
]);

/** Whether token a is a common noun standing alone before the sentence's end, no time's word. */
function bareNounObject(ctx: QuoteContext, a: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[a];
  return t.pos === 'NOUN' && !!toks[a + 1] && isSentenceEnd(toks[a + 1]) && !ctx.timeAt(a);
}

/** Words that answer a question whole (said yes, say no). */
const ANSWER_WORDS = new Set(['yes', 'no']);

/** Rules of their own read through cueInSentence: what a record shows, a view held of something. */
type RuleLabel = 'evidence' | 'view-as';
const MAIN_RULE: Record<RuleLabel, string> = { evidence: 'evidence-shows', 'view-as': 'view-as' };

/** Verbs of holding a view of something as something (see X as Y, view X as Y, regard X as Y). */
const VIEW_VERBS = new Set(['see', 'sees', 'saw', 'view', 'views', 'viewed', 'regard', 'regards', 'regarded']);
/** The most tokens of the object between a verb of viewing and its "as". */
const MAX_VIEWED = 10;

/**
 * Whether the token at k is a verb of viewing in the active voice whose object is followed by "as"
 * and a predicate ("voters see the campaign of Donald Trump as most unfair", "The market views
 * Trump as a great unknown"), whatever part of speech the tagger gave it.
 */
function viewAs(ctx: QuoteContext, s: Sentence, k: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  if (!VIEW_VERBS.has(t.text) || ctx.inSpan[k] >= 0 || BE_FORMS.has(toks[k - 1]?.lower ?? '')) return false;
  for (let j = k + 1; j < s.endToken && j - k <= MAX_VIEWED; j++) {
    const w = toks[j];
    if (ctx.inSpan[j] >= 0 || w.text === ',' || isSentenceEnd(w)) return false;
    if (w.lower === 'as')
      // not "as well as", "as often as", "such as"
      return j > k + 1 && toks[j - 1].lower !== 'such' && toks[j + 1] !== undefined && toks[j + 2]?.lower !== 'as';
    if (isClauseVerb(w) && !npToken(w)) return false;
  }
  return false;
}

/** Verbs that raise their subject: "Trump appears to have learned …", "the fallout seems significant". */
const RAISING = new Set(['seem', 'appear']);

/** "to" with an adverb and then its verb: "to again pass", "to easily advance". */
const adverbedInfinitive = (toks: Token[], a: number) => toks[a + 1]?.pos === 'ADV' && toks[a + 2]?.pos === 'VERB';

/** Quantifiers that float after an auxiliary ("are all believed to be", "were all expected to"). */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);

/** Verbs whose passive reports a belief held by nobody named: "X is expected to …", "X is seen as …". */
const BELIEF_PASSIVES = new Set(['expect', 'consider', 'see', 'believe', 'think', 'report', 'say', 'regard', 'intend']);

/**
 * "Enthusiasm for Clinton appears to have plummeted", "Pigs are considered unclean", "the drafting
 * process is seen as one way …": an impression or a belief with no holder named. The content is the
 * whole clause, its subject with it (what is said to seem so); it has no speaker. Returns whether a
 * quote was made.
 */
function evidentialClause(ctx: QuoteContext, s: Sentence, k: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  if (t.pos !== 'VERB') return false;
  const raising = RAISING.has(t.lemma);
  let b = k - 1;
  // (across a negation or a floating quantifier: "is not expected to …", "are all believed to …")
  while (
    b > s.firstToken &&
    (toks[b].pos === 'ADV' || NEGATIONS.has(toks[b].lower) || FLOATING_QUANTIFIERS.has(toks[b].lower))
  )
    b--;
  const passive =
    !raising && BELIEF_PASSIVES.has(t.lemma) && /ed$|seen|thought|said/.test(t.lower) && BE_FORMS.has(toks[b]?.lower);
  if (!raising && !passive) return false;
  let a = k + 1;
  while (a < s.endToken && toks[a].pos === 'ADV') a++;
  const next = toks[a];
  if (!next || ctx.inSpan[a] >= 0) return false;
  // ("appears to be slipping": the tagger reads "be" as an auxiliary; "is expected to again pass")
  const toVerb =
    next.lower === 'to' && (infinitiveAfter(ctx, a) || toks[a + 1]?.pos === 'AUX' || adverbedInfinitive(toks, a));
  // "appeared to suggest that …": the listed verb after it is the cue; but what "is expected to
  // disclose" or "to show" is still expected of its subject, whom nobody quotes
  if (toVerb && raising && ctx.cueClass(a + 1)) return false;
  const complement = raising
    ? toVerb || next.pos === 'ADJ' || next.lower === 'like'
    : toVerb || next.lower === 'as' || (t.lemma === 'consider' && (next.pos === 'ADJ' || next.pos === 'DET'));
  if (!complement) return false;
  const subj = subjectBefore(ctx.doc, k, s.firstToken);
  let first = subj?.first ?? -1;
  // "Many of his supporters are expected …": the phrase reader stops at "of" before the possessive
  // that opens its phrase; the whole noun phrase is the subject of what is expected
  while (
    first > s.firstToken &&
    POSSESSIVES.has(toks[first].lower) &&
    first - 1 > s.firstToken &&
    toks[first - 1].lower === 'of'
  ) {
    first -= 1;
    while (first > s.firstToken && npToken(toks[first - 1]) && toks[first - 1].text !== ',') first--;
  }
  // "Negotiations between Canada and the U.S. are expected …", "Further write-offs by the bank are
  // expected …": the phrase reader stops at a preposition; the noun it follows heads the subject
  // (the one who seems so is then that noun's phrase, no speaker: "The new pledge by Mr. Ramon appears …")
  const headFirst = first > s.firstToken ? nounBeforePreposition(toks, first, s.firstToken) : first;
  const objectOfHead = headFirst !== first;
  first = headFirst;
  // "who appeared likable", "which is seen as …": a relative subject opens the clause
  const rel = passive ? b - 1 : b;
  if (first < 0 && rel >= s.firstToken && RELATIVE_WORDS.has(toks[rel].lower)) first = rel;
  if (first < 0) return false;
  const span = contentSpan(toks, first, contentEnd(ctx, a, s.endToken));
  if (!span) return false;
  ctx.usedCue.add(k);
  // the one who seems to imply or to believe something is its speaker, if anyone is; a passive names nobody
  const speaker = raising && subj && !objectOfHead ? subj : null;
  pushIndirect(
    ctx,
    span,
    { start: t.start, end: t.end },
    speaker,
    raising ? 'raising-clause' : 'belief-passive',
    speaker ? 'cue-subject' : null,
  );
  return true;
}

/** Tags of the words of a noun phrase read back before a preposition (Mr. Bush's talks with …). */
const NOUN_PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);

/**
 * Where a subject phrase starting at `first` starts when it is the object of a preposition after a
 * noun ("Reductions in | Iran's oil exports", "The approval of the treaty in | the Romanian
 * parliament"): at that noun's phrase; `first` when no noun stands before the preposition.
 */
function nounBeforePreposition(toks: Token[], first: number, sentenceStart: number): number {
  while (
    first - 2 >= sentenceStart &&
    toks[first - 1].pos === 'ADP' &&
    (toks[first - 2].pos === 'NOUN' || toks[first - 2].pos === 'PROPN')
  ) {
    first -= 2;
    while (first > sentenceStart) {
      const prev = toks[first - 1];
      // (a hyphened word, whatever the tagger made of its first part: "write-offs")
      if (prev.text === '-' && first - 2 >= sentenceStart && prev.start === toks[first - 2].end) first -= 2;
      else if (NOUN_PHRASE_TAGS.has(prev.pos) || /^(?:of|['’]s)$/.test(prev.lower)) first--;
      else break;
    }
  }
  return first;
}

/** Verbs of a poll's respondents' preference (46 percent would choose Clinton, most prefer …). */
const PREFERENCE_VERBS = new Set(['prefer', 'choose', 'back', 'support', 'favor', 'favour', 'oppose']);
/** Head words of a share of those polled (46 percent, 49%, two-thirds, a majority of Republicans). */
const SHARE_WORDS = new Set(['percent', '%', 'majority', 'plurality', 'half', 'third', 'quarter', 'fifth']);
/** Words before a share's number (about 46 percent, fewer than half). */
const SHARE_MODIFIERS = new Set(
  'about nearly almost only just roughly some over under fewer less more than'.split(' '),
);
/** The most tokens from a share's head to the verb (two-thirds of Republican primary voters in all five states). */
const MAX_SHARE_SUBJECT = 14;

/**
 * "46 percent would choose Clinton", "About two-thirds of Republican primary voters support …": a
 * share of those polled stating a preference is their stance, its object the content (the tagger
 * often reads the verb as a noun: "support"). Returns whether a quote was made.
 */
function pollPreference(ctx: QuoteContext, s: Sentence, k: number): boolean {
  const toks = ctx.doc.tokens;
  if (!PREFERENCE_VERBS.has(toks[k].lemma) || /ing$/.test(toks[k].lower)) return false;
  let j = k - 1;
  while (j > s.firstToken && (toks[j].pos === 'AUX' || toks[j].pos === 'ADV' || toks[j].pos === 'PART')) j--;
  // the share's head, within its noun phrase ("of Republican primary voters")
  let head = -1;
  for (let i = j; i >= s.firstToken && j - i < MAX_SHARE_SUBJECT; i--) {
    const t = toks[i];
    if (SHARE_WORDS.has(t.lemma) || SHARE_WORDS.has(t.lower)) {
      head = i;
      break;
    }
    // (a participle may describe those polled: "of college students polled", "voting Tuesday")
    const participle = t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower);
    if ((t.pos === 'VERB' && !participle) || t.pos === 'AUX' || t.pos === 'PRON' || /^[,;:.!?()]$/.test(t.text))
      return false;
  }
  if (head < 0) return false;
  // the share's own words before it: a number, an article, "about", "nearly", "two-"
  let first = head;
  while (
    first > s.firstToken &&
    (toks[first - 1].pos === 'NUM' ||
      toks[first - 1].pos === 'DET' ||
      toks[first - 1].text === '-' ||
      toks[first - 1].text === '%' ||
      SHARE_MODIFIERS.has(toks[first - 1].lower))
  )
    first--;
  // a share needs its number or its own word ("a majority", "half"), not "percent" alone
  if (toks[head].lower === 'percent' || toks[head].text === '%') {
    if (toks[head - 1]?.pos !== 'NUM') return false;
  }
  // "McCain's 62 percent support": a share someone holds is a noun phrase, not a subject
  const before = toks[first - 1];
  if (before && (POSSESSIVES.has(before.lower) || /^['’]s$/.test(before.lower))) return false;
  let a = k + 1;
  while (a < s.endToken && toks[a].pos === 'ADV' && ctx.inSpan[a] < 0) a++;
  const next = toks[a];
  if (a >= s.endToken || ctx.inSpan[a] >= 0 || !(npToken(next) || next.pos === 'DET' || next.pos === 'VERB'))
    return false;
  // "His 32% support gives him …", "5 percent support of the black vote": the noun "support"
  if (toks[k].pos === 'NOUN' && (next.pos === 'ADP' || (next.pos === 'VERB' && !/ing$/.test(next.lower)))) return false;
  let end = contentEnd(ctx, a, s.endToken);
  // "… Clinton and 44 percent would back Trump": the next share's own preference
  for (let i = a + 1; i < end; i++)
    if ((toks[i].lower === 'and' || toks[i].text === ',') && toks[i + 1]?.pos === 'NUM') {
      end = i;
      break;
    }
  const span = contentSpan(toks, a, end, 1);
  if (!span) return false;
  ctx.usedCue.add(k);
  pushIndirect(
    ctx,
    span,
    { start: toks[k].start, end: toks[k].end },
    phrase(ctx.doc, first, j + 1),
    'poll-preference',
    'cue-subject',
  );
  return true;
}

/** Verbs whose participle after an indefinite noun phrase names it (a group called …). */
const NAMING_VERBS = new Set(['call', 'name', 'dub']);
/** The most words of the noun phrase between "a" and the naming participle (a special convention beer called). */
const MAX_NAMED_NP = 4;

/** Whether the participle at k names the indefinite noun phrase right before it: "a program called BleachBit". */
function namingParticiple(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!NAMING_VERBS.has(t.lemma) || !/ed$/.test(t.lower) || toks[k - 1]?.pos !== 'NOUN') return false;
  for (let j = k - 1; j >= 0 && k - j <= MAX_NAMED_NP + 1; j--) {
    const w = toks[j];
    if (w.lower === 'a' || w.lower === 'an') return true;
    if (w.pos !== 'NOUN' && w.pos !== 'ADJ') return false;
  }
  return false;
}

/** Whether the -ing word at k stands between an adjective or a possessive and a common noun it modifies. */
function gerundModifier(toks: Token[], k: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (!prev || !next || !/^\p{Ll}+ing$/u.test(toks[k].text) || next.pos !== 'NOUN') return false;
  return prev.pos === 'ADJ' || POSSESSIVES.has(prev.lower) || /^['’]s$/.test(prev.lower);
}

/** Past participles of verbs of saying not in -ed: "Giuliani's written statement", "his spoken remarks". */
const IRREGULAR_PARTICIPLES = new Set(['written', 'spoken', 'given', 'sworn', 'shown', 'drawn', 'known', 'chosen']);

/**
 * Whether the participle at k modifies the noun after it, after a number, a possessive or a
 * preposition (and -ly adverbs), where no subject of its own can stand: "270 pledged delegates", "the
 * convention's pledged delegates", "a lead in pledged delegates", "his repeated refusal", "supported
 * by recently confirmed Ambassador … Taylor" (a title is a noun too), "Giuliani's written statement".
 */
function participleModifier(toks: Token[], k: number): boolean {
  if (!toks[k + 1] || !(/^\p{Ll}+ed$/u.test(toks[k].text) || IRREGULAR_PARTICIPLES.has(toks[k].text))) return false;
  // (past one adjective: "the five declared nuclear powers")
  const lowerNoun = (t: Token | undefined) => t?.pos === 'NOUN' && /^\p{Ll}/u.test(t.text);
  const n = toks[k + 1].pos === 'ADJ' && lowerNoun(toks[k + 2]) ? k + 2 : k + 1;
  const next = toks[n];
  const noun = lowerNoun(next);
  if (!noun && !entityLexicon().titleHeads.has(next.lower)) return false;
  let p = k - 1;
  while (p > 0 && toks[p].pos === 'ADV' && /ly$/.test(toks[p].lower)) p--;
  // (past an adjective after a possessive: "its own recommended list", "his long written statement")
  if (toks[p]?.pos === 'ADJ' && (POSSESSIVES.has(toks[p - 1]?.lower ?? '') || /^['’]s$/.test(toks[p - 1]?.lower ?? '')))
    p--;
  const prev = toks[p];
  if (!prev) return false;
  // (but "the two discussed issues …": a number after a determiner stands for its subject; not
  // where the phrase is an object, "We have the five declared nuclear powers", or its noun the
  // subject of the verb after it, "The three proposed sites include: …")
  // (so after an adjective that follows a determiner: "The other proposed names include …")
  if (prev.pos === 'NUM' || (prev.pos === 'ADJ' && toks[p - 1]?.pos === 'DET')) {
    if (toks[p - 1]?.pos !== 'DET') return true;
    const lead = toks[p - 2];
    if (lead && (lead.pos === 'VERB' || lead.pos === 'AUX' || lead.pos === 'ADP')) return true;
    const after = toks[n + 1];
    return !!after && (after.pos === 'VERB' || after.pos === 'AUX') && /^\p{Ll}/u.test(after.text);
  }
  // ("he's asked Attorney General Holder to …": a pronoun's 's is "has")
  const possessive = /^['’]s$/.test(prev.lower) && toks[p - 1]?.pos !== 'PRON';
  return prev.pos === 'ADP' || POSSESSIVES.has(prev.lower) || possessive;
}

export function findIndirectQuotes(ctx: QuoteContext): void {
  for (const s of ctx.sentences) indirectQuotesIn(ctx, s);
}

/**
 * Nouns of what is won, lost or recorded, not said, after the verbs that take them: the lives a
 * bombing or a storm "claimed", the share of the vote or the prize a candidate "claimed" ("claiming 41
 * percent of the vote"); the growth, loss or profit an economy or a company "posted" ("posted
 * positive growth, at 0.2 percent").
 */
const RESULT_OBJECTS = new Map([
  ['claim', new Set(['life', 'lives', 'victims', 'percent', '%', 'prize', 'share', 'seats'])],
  // (the people or the body a leader "dismissed" from office: "dismiss 20 officers from the army's
  // leadership corps", "Akayev dismissed Interior Minister Bakirdin Subanbekov", "dismiss the government")
  [
    'dismiss',
    new Set([
      'officer',
      'officers',
      'official',
      'officials',
      'minister',
      'ministers',
      'government',
      'cabinet',
      'employee',
      'employees',
      'staff',
      'worker',
      'workers',
      'soldier',
      'soldiers',
      'general',
      'generals',
      'commander',
      'commanders',
      'judge',
      'judges',
      'prosecutor',
      'chief',
      'director',
      'governor',
      'members',
      // ("dismissed from the army": removed from a post)
      'from',
    ]),
  ],
  [
    'post',
    new Set([
      'growth',
      'loss',
      'losses',
      'profit',
      'profits',
      'gain',
      'gains',
      'decline',
      'declines',
      'revenue',
      'revenues',
      'earnings',
      'deficit',
      'surplus',
      'record',
      'bail',
      'bond',
      'win',
      'victory',
      'upturn',
      'downturn',
      'increase',
      'rise',
      'fall',
      'drop',
      'contraction',
      'expansion',
    ]),
  ],
]);

/** Whether token k is "claim" taking lives, or "post" a result, as its object ("claimed 23 lives", "posted a loss"). */
function takesResultObject(toks: readonly Token[], k: number): boolean {
  const results = RESULT_OBJECTS.get(toks[k].lemma);
  if (!results) return false;
  for (let j = k + 1; j < toks.length && j <= k + 4; j++) {
    if (results.has(toks[j].lower)) return true;
    // (a title's capitalised words before its head: "dismissed Interior Minister …")
    const title = toks[j].pos === 'PROPN' && /^\p{Lu}/u.test(toks[j].text);
    if (!(toks[j].pos === 'DET' || toks[j].pos === 'NUM' || toks[j].pos === 'ADJ' || toks[j].pos === 'ADV' || title))
      return false;
  }
  return false;
}

/** Cue words and the nouns they open compounds with ("think tank"): the pair is a noun. */
const COMPOUND_HEADS = new Map([['think', new Set(['tank', 'tanks'])]]);

/**
 * The cues of one sentence and their contents. A function of its own, called per sentence, rather
 * than the body of one loop over the whole text: V8 compiled that loop only by on-stack replacement,
 * again after every deoptimisation (a rare branch first taken), up to seventeen times in a pass.
 */
function indirectQuotesIn(ctx: QuoteContext, s: Sentence): void {
  const toks = ctx.doc.tokens;
  for (let k = s.firstToken; k < s.endToken; k++) {
    // only a verb, a noun (cueClass's tagger slips) or "according" can start anything below
    const pos = toks[k].pos;
    // (and an adjective the tagger made of a cue: "…, promising to …", "Gowdy referenced …")
    if (pos !== 'VERB' && pos !== 'NOUN' && pos !== 'ADJ' && toks[k].lower !== 'according') continue;
    if (ctx.usedCue.has(k)) continue;
    // "his supporters are optimistic that …", "was eager to …": an adjective of a held attitude
    if ((pos === 'ADJ' || pos === 'VERB') && attitudeAdjective(ctx, s, k)) continue;
    // a cue's word opening a compound noun ("U.S. think tanks this week released …") is no verb
    if (COMPOUND_HEADS.get(toks[k].lower)?.has(toks[k + 1]?.lower ?? '')) continue;
    // "a suicide bombing that claimed 23 lives": a claim on lives is a death toll, no statement
    // (nor does an economy that "posted positive growth" say anything)
    if (takesResultObject(toks, k)) continue;
    if (ctx.isAccordingTo(k)) {
      accordingTo(ctx, s, k);
      continue;
    }
    // "issued a statement saying …": the statement's participle reports it (medium-issuer.ts)
    if (issuesReportingMedium(ctx, s, k)) continue;
    // an imperative ("Thank you so much", "Consider what happened") reports nobody's words
    if (imperative(ctx, s, k)) continue;
    // "Polls show …", "…, records show.": a record reports what it holds as a speaker would
    const evidence = evidenceVerb(ctx, k);
    // "Four in 10 voters see the campaign of Donald Trump as most unfair": a view held of something
    const seesAs = !evidence && viewAs(ctx, s, k);
    const listed = evidence ? 'speech' : seesAs ? 'object' : ctx.cueClass(k);
    // "began"/"continued" frame a quotation ("…,” he continued) but govern no reported clause
    if (listed === 'speech' && FRAME_ONLY.has(toks[k].lemma)) continue;
    const learnedCls = listed ?? learnedCue(ctx, k);
    // (a study's "found" is a rule of its own, read as a verb taking an object)
    // ("…, a study by the Council of the Great City Schools found.": a study's frame after its finding
    // speaks, whatever the cue model made of "found")
    const finding = toks[k].lemma === 'find' && learnedCls !== 'speech' ? findingOfStudy(ctx, s, k) : null;
    const cls = finding === 'speech' ? finding : (learnedCls ?? finding);
    // "46 percent would choose Clinton": a share of those polled and its preference
    if (pollPreference(ctx, s, k)) continue;
    if (!cls) continue;
    // (an impression or a held belief takes its subject into the content)
    if (evidentialClause(ctx, s, k)) continue;
    ctx.usedCue.add(k);
    // a noun phrase's participle is no cue (the report released Monday)
    // (but "Another said …", "Each says …": a determiner standing alone is the subject)
    if (toks[k - 1]?.pos === 'DET' && !STANDALONE_SUBJECTS.has(toks[k - 1].lower)) continue;
    // "a presidential nominating contest", "her party's nominating convention": a gerund between a
    // modifier and its noun is part of the noun
    if (gerundModifier(toks, k)) continue;
    // "Clinton leads by 270 pledged delegates", "his repeated refusal": a participle between a
    // number, a possessive or a preposition and its noun is an adjective
    if (participleModifier(toks, k)) continue;
    // "a website called Real News Right Now", "a cleric named Gulen": naming a thing just introduced
    if (namingParticiple(toks, k)) continue;
    cueInSentence(
      ctx,
      s,
      k,
      cls,
      listed === null && learnedCls !== null,
      evidence ? 'evidence' : seesAs ? 'view-as' : null,
    );
  }
}
