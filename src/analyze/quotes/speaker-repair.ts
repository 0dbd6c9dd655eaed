// Second look at the speaker phrase the frame rules found, before it is resolved to an entity. The
// frame rules read a few tokens around the cue; these rules fix the shapes they misread, each one
// recording its name as the quote's speaker rule:
//   progressive-subject   "Clinton is calling for …": the "is" made the frame take it for a passive
//   subject-before-time   "Wells Fargo just this month announced …": a time phrase is no speaker
//   sentence-subject      "Chris Cox, who runs the NRA's lobbying arm, says the actions …" and
//                         "Le Pen told CNN …": the phrase after the cue is content or the hearer
// and, for a quote the frame rules left floating, the rules of speaker-floating.ts.
import type { Sentence, Token } from '../document.js';
import type { Span } from '../types.js';
import {
  DOCUMENT_NOUNS,
  isBreak,
  isSentenceEnd,
  isWord,
  sentence,
  type Candidate,
  type QuoteContext,
} from './context.js';
import { isPastParticiple, phrase, type Phrase } from './phrases.js';
import { subjectBefore } from './subject-before.js';
import { canBeSpeaker } from './speaker-nominal.js';
import { phraseAfter } from './phrase-after.js';
import { afterFrontedAdjunct } from './sentence-opening.js';
import { BE_WORDS, CONTRACTED_ARE, CONTRACTED_IS, TIME_WORD } from '../nlp/closed-class.js';
import { floatingSpeaker, isPersonPronoun, type SpeakerFix } from './speaker-floating.js';

export type { SpeakerFix } from './speaker-floating.js';

/** "be" before a progressive cue, contracted or not ("Clinton's calling for …", "they're calling"). */
const BE = new Set([...BE_WORDS, ...CONTRACTED_IS, ...CONTRACTED_ARE]);
/** Cues whose following noun phrase is the hearer (told CNN, asked reporters), never the speaker. */
const HEARER_CUES = new Set(['tell', 'ask', 'remind', 'assure', 'urge', 'inform', 'warn', 'brief']);
const RELATIVES = new Set(['who', 'whose', 'whom', 'which', 'that']);
const TIME_MODIFIER =
  /^(this|last|next|that|the|a|one|two|three|four|five|six|some|few|several|earlier|later|early|late|past|recent|\d+)$/;

/** Whether the phrase is a time expression (this month, last week, Thursday, months). */
export function isTimePhrase(ctx: QuoteContext, p: Span): boolean {
  const toks = ctx.doc.tokensIn(p).filter(isWord);
  if (toks.length === 0) return false;
  const last = toks.at(-1)!;
  if (!TIME_WORD.test(last.lower)) return false;
  // a capitalised unit is a title or a name (13 Hours), a capitalised day or month is a date
  if (
    /^\p{Lu}/u.test(last.text) &&
    /^(day|days|week|weeks|weekend|month|months|year|years|morning|afternoon|evening|night|decade|decades|hour|hours)$/.test(
      last.lower,
    )
  )
    return false;
  return toks.slice(0, -1).every((t) => TIME_MODIFIER.test(t.lower) || TIME_WORD.test(t.lower));
}

/** Words that lead a time phrase between a subject and its verb (earlier in the day, on Monday). */
const TIME_LEAD = new Set(['in', 'on', 'at', 'during', 'earlier', 'later', 'early', 'late', 'over', 'since']);

/**
 * "Fiorina a month later announced": the phrase read back from the cue ran over a time phrase
 * into the name before it. The name alone, when the words after it make a time phrase.
 */
function nameBeforeTime(ctx: QuoteContext, p: Phrase): Phrase | null {
  const toks = ctx.doc.tokens;
  const last = toks[p.endToken - 1];
  if (!TIME_WORD.test(last.lower) || /^\p{Lu}/u.test(last.text)) return null;
  let t = p.endToken - 1;
  while (t - 1 > p.first && (TIME_MODIFIER.test(toks[t - 1].lower) || TIME_WORD.test(toks[t - 1].lower))) t--;
  if (t <= p.first) return null;
  const prev = toks[t - 1];
  if (prev.pos !== 'PROPN' || !/^\p{Lu}/u.test(prev.text)) return null;
  return phrase(ctx.doc, p.first, t);
}

function cueIndex(ctx: QuoteContext, c: Candidate): number {
  return c.cue ? ctx.doc.tokenIndexAt(c.cue.start) : -1;
}

/** "X is calling for …", "He's predicting …": the subject before the auxiliary of a progressive cue. */
function progressiveSubject(ctx: QuoteContext, k: number, s: Sentence): Phrase | null {
  const toks = ctx.doc.tokens;
  if (!/ing$/.test(toks[k].lower)) return null;
  let j = k - 1;
  while (j > s.firstToken && toks[j].pos === 'ADV') j--;
  if (j <= s.firstToken || !BE.has(toks[j].lower)) return null;
  // "being" / "been" after a modal or "has" is still progressive; the subject precedes them all
  return subjectBefore(ctx.doc, j, s.firstToken);
}

/** The subject of the verb nearest before token k that has one, other than a time phrase. */
function nearestSubject(ctx: QuoteContext, s: Sentence, k: number): Phrase | null {
  const toks = ctx.doc.tokens;
  for (let v = k - 1; v > s.firstToken; v--) {
    const t = toks[v];
    if (ctx.inSpan[v] >= 0 || !(t.pos === 'VERB' || t.pos === 'AUX') || /^\p{Lu}/u.test(t.text)) continue;
    const p = subjectBefore(ctx.doc, v, s.firstToken);
    if (p && !isTimePhrase(ctx, p.head)) return p;
  }
  return null;
}

/** The subject of the verb whose object (or prepositional object) the phrase is: "He cited polling data". */
function objectVerbSubject(ctx: QuoteContext, s: Sentence, p: Phrase): Phrase | null {
  const toks = ctx.doc.tokens;
  let v = p.first - 1;
  while (
    v > s.firstToken &&
    p.first - v <= 3 &&
    (toks[v].pos === 'ADP' || toks[v].pos === 'ADV' || toks[v].pos === 'PART')
  )
    v--;
  if (v <= s.firstToken || toks[v].pos !== 'VERB' || ctx.inSpan[v] >= 0) return null;
  const subj = subjectBefore(ctx.doc, v, s.firstToken);
  if (!subj || isTimePhrase(ctx, subj.head)) return null;
  return RELATIVES.has(ctx.doc.text.slice(subj.head.start, subj.head.end).toLowerCase()) ? null : subj;
}

/** The noun phrase that opens the sentence (after a dateline dash), if it is followed by a comma. */
function openingSubject(ctx: QuoteContext, s: Sentence, before: number): Phrase | null {
  const toks = ctx.doc.tokens;
  let a = s.firstToken;
  while (a < before && (toks[a].pos === 'PUNCT' || isBreak(toks[a]))) a++;
  // (past a fronted adverbial: "For example, Ban Ki-moon, secretary general of the United Nations,
  // yesterday called for …")
  const fronted = afterFrontedAdjunct(ctx, a, before);
  if (fronted < before) a = fronted;
  const p = phraseAfter(ctx.doc, a, before);
  if (!p || p.headKind === 'pronoun') return p && isPersonPronoun(ctx, p) ? p : null;
  const next = toks[p.endToken];
  return next && (next.text === ',' || next.text === '(') ? p : null;
}

/** Whether an inverted phrase runs on into a clause of its own (said the numbers showed …). */
function runsOnIntoClause(toks: Token[], p: Phrase, end: number): boolean {
  for (let j = p.endToken; j < end && j - p.endToken < 4; j++) {
    const t = toks[j];
    if (t.text === ',' || isSentenceEnd(t) || t.text === '(' || isBreak(t)) return false;
    if (RELATIVES.has(t.lower)) return false; // a relative clause still belongs to the phrase
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (t.pos === 'ADP') return false;
  }
  return false;
}

function invertedIsNoSpeaker(ctx: QuoteContext, c: Candidate, k: number, s: Sentence): boolean {
  const p = c.speaker;
  if (!p || p.first <= k) return false;
  const toks = ctx.doc.tokens;
  // (a passive's agent after "by" is who spoke: "was told … by National Security Advisor Stephen Hadley")
  // (not "has been characterised by vigorous patrolling": a thing is no agent of saying)
  if (toks[p.first - 1]?.lower === 'by' && canBeSpeaker(ctx, p)) return false;
  if (HEARER_CUES.has(toks[k].lemma)) return true;
  return runsOnIntoClause(toks, p, s.endToken);
}

/** A better speaker phrase for the candidate, or null to keep what the frame rule found. */
export function repairSpeaker(ctx: QuoteContext, c: Candidate): SpeakerFix | null {
  const k = cueIndex(ctx, c);
  if (c.rule === 'floating-quote' && !c.cue) return floatingSpeaker(ctx, c);
  if (k < 0) return null;
  const sent = ctx.sentenceAt(k);
  if (!sent) return null;
  // a frame after its quote reads from the quote's end, not from the sentence's start inside it
  const afterQuote = c.end <= ctx.doc.tokens[k].start ? ctx.doc.tokenIndexAt(c.end) : sent.firstToken;
  const s = sentence(sent.i, sent.start, sent.end, Math.max(sent.firstToken, afterQuote), sent.endToken);
  if (!c.speaker) {
    const p = progressiveSubject(ctx, k, s);
    return p ? { phrase: p, rule: 'progressive-subject' } : null;
  }
  const p = c.speaker;
  const cut = p.headKind !== 'pronoun' ? nameBeforeTime(ctx, p) : null;
  if (cut) return { phrase: cut, rule: 'subject-before-time' };
  if (p.headKind !== 'pronoun' && isTimePhrase(ctx, p.head)) {
    // "Gowdy earlier in the day touted": step over the time phrase's preposition and adverb too
    let b = p.first;
    while (b - 1 > s.firstToken && TIME_LEAD.has(ctx.doc.tokens[b - 1].lower)) b--;
    const before = subjectBefore(ctx.doc, b, s.firstToken);
    if (before && !isTimePhrase(ctx, before.head)) return { phrase: before, rule: 'subject-before-time' };
    // "a poll conducted last week found": the noun phrase before the participle the time phrase follows
    const v = p.first - 1;
    const toks = ctx.doc.tokens;
    if (v > s.firstToken && isPastParticiple(toks[v])) {
      const np = subjectBefore(ctx.doc, v, s.firstToken);
      if (np && np.headKind !== 'pronoun') return { phrase: np, rule: 'subject-before-time' };
    }
    const near = nearestSubject(ctx, s, k);
    if (near) return { phrase: near, rule: 'subject-before-time' };
    const open = openingSubject(ctx, s, p.first);
    return open && !isTimePhrase(ctx, open.head) ? { phrase: open, rule: 'subject-before-time' } : null;
  }
  // "Trump and Ryan issued a statement describing …": the -ing cue qualifies an object; its verb's subject speaks
  if (
    /ing$/.test(ctx.doc.tokens[k].lower) &&
    p.endToken === k &&
    p.headKind === 'nominal' &&
    DOCUMENT_NOUNS.has(ctx.doc.tokens[k - 1].lemma)
  ) {
    const subj = objectVerbSubject(ctx, s, p);
    if (subj) return { phrase: subj, rule: 'participle-object-subject' };
  }
  if (invertedIsNoSpeaker(ctx, c, k, s)) {
    const before = subjectBefore(ctx.doc, k, s.firstToken);
    if (before) return { phrase: before, rule: 'sentence-subject' };
    const open = openingSubject(ctx, s, k);
    if (open) return { phrase: open, rule: 'sentence-subject' };
  }
  return null;
}
