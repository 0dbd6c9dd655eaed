// A passive cue with its agent: "His comments were quickly derided by Armin Laschet", "O'Malley's
// move was first reported by MSNBC". What the agent said is about the passive's subject, so the
// subject is the content and the agent after "by" the speaker. (A passive with "that" after it, "it
// was reported by X that …", keeps its clause: cue-in-sentence.ts reads that first.)
import type { Sentence, Token } from '../document.js';
import { isBreak, isPossessive, type QuoteContext } from './context.js';
import { npToken, phrase, type Phrase } from './phrases.js';
import { subjectBefore } from './subject-before.js';
import { canBeSpeaker } from './speaker-nominal.js';
import { nameInApposition, phraseAfter } from './phrase-after.js';
import { isCalendarText } from '../nlp/closed-class.js';

/** Prepositions inside a subject noun phrase (the downturn in the sport, her relationship with Biden). */
const SUBJECT_PREPOSITIONS = new Set([
  'in',
  'of',
  'with',
  'from',
  'about',
  'over',
  'between',
  'among',
  'against',
  'by',
]);
/** The most tokens a subject noun phrase is read back over. */
const MAX_SUBJECT_CHAIN = 20;

/**
 * Where the noun phrase ending with the phrase that starts at token first begins, read back over its
 * possessives and prepositional links ("the fallout of the downturn in the sport", where the phrase
 * reader stops at "in"; "His comments").
 */
function nounPhraseChainStart(toks: Token[], first: number, lo: number): number {
  let f = first;
  while (
    f - 1 >= lo &&
    first - f < MAX_SUBJECT_CHAIN &&
    (npToken(toks[f - 1]) ||
      SUBJECT_PREPOSITIONS.has(toks[f - 1].lower) ||
      isPossessive(toks[f - 1]) ||
      gerundNoun(toks, f - 1, lo)) &&
    toks[f - 1].text !== ',' &&
    !isBreak(toks[f - 1])
  )
    f--;
  // (not a link or a preposition opening it: "In the sport, …")
  while (f < first && (toks[f].pos === 'ADP' || toks[f].pos === 'CCONJ' || toks[f].pos === 'PART')) f++;
  return f;
}

/** A gerund heading a noun phrase after a possessive or an article: "NATO's backing of …", "the bombing of …". */
function gerundNoun(toks: Token[], j: number, lo: number): boolean {
  const before = j - 1 >= lo ? toks[j - 1] : undefined;
  return /ing$/.test(toks[j].lower) && before !== undefined && (isPossessive(before) || before.pos === 'DET');
}

/** Prepositions that open the saying's date after its agent (by the union on Friday). */
const DATE_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'since']);

/** The agent phrase read after "by", its date left out ("Elizabeth Warren on Friday" → "Elizabeth Warren"). */
function agentAfter(ctx: QuoteContext, by: number, hi: number): Phrase | null {
  const toks = ctx.doc.tokens;
  const p = phraseAfter(ctx.doc, by + 1, hi);
  if (!p) return null;
  for (let j = p.first + 1; j < p.endToken - 1; j++)
    if (DATE_PREPOSITIONS.has(toks[j].lower) && isCalendarText(toks[j + 1].text)) return phrase(ctx.doc, p.first, j);
  // ("by the United Nations (UN) Secretary General, Kofi Annan": the name in apposition to the title)
  return nameInApposition(ctx.doc, p, hi);
}

const DATE_DETERMINERS = new Set(['this', 'last', 'next']);

/** The token after a date that starts at token a ("this Thursday", "on Monday"), or a where none does. */
export function pastDate(ctx: QuoteContext, a: number, hi: number): number {
  const toks = ctx.doc.tokens;
  let b = a;
  if (b + 1 < hi && DATE_PREPOSITIONS.has(toks[b].lower) && ctx.timeAt(b + 1)) b++;
  // ("this Thursday": the time expression may leave its determiner out)
  if (b + 1 < hi && DATE_DETERMINERS.has(toks[b].lower) && ctx.timeAt(b + 1)) b++;
  if (b >= hi || !ctx.timeAt(b)) return a;
  while (b < hi && ctx.timeAt(b)) b++;
  return b;
}

/** The passive's subject as content, tokens [first, end), and its agent as speaker. */
export interface PassiveAgent {
  first: number;
  end: number;
  agent: Phrase;
}

/**
 * The subject and the agent of the passive cue at token k, whose first token after it and its
 * adverbs is a ("by"), or null where no agent or no subject is found.
 */
export function passiveAgent(ctx: QuoteContext, s: Sentence, k: number, a: number): PassiveAgent | null {
  const toks = ctx.doc.tokens;
  // ("had been announced this Thursday by Marcos Tilman", "was announced on Monday by the ministry":
  // the date of the saying stands between the cue and its agent)
  a = pastDate(ctx, a, s.endToken);
  if (toks[a]?.lower !== 'by' || ctx.inSpan[a] >= 0) return null;
  const agent = agentAfter(ctx, a, s.endToken);
  const subject = subjectBefore(ctx.doc, k, s.firstToken);
  // (a relative "who" or "which" stands for its noun and is the content, as annotators mark it, but
  // "that" after a thing is no report: "the killing of a Saudi officer that was claimed by …")
  if (!agent || !subject || toks[subject.first].lower === 'that') return null;
  const first =
    subject.headKind === 'pronoun' ? subject.first : nounPhraseChainStart(toks, subject.first, s.firstToken);
  return { first, end: subject.endToken, agent };
}

/**
 * The agent of a passive cue whose content is a clause of its own ("was told by National Security
 * Advisor Stephen Hadley that a test was imminent", "was told shortly after 10 p.m. that a test was
 * imminent by National Security Advisor Stephen Hadley"): after "by" between the cue and the content
 * (past any adjunct there), or after a "by" that ends the sentence where the content's last word
 * before it is no participle (a participle's agent would be the content's own: "that the city was
 * captured by rebels"). Null where there is none; `contentEnd` is where the content stops before it.
 */
export function clauseAgent(
  ctx: QuoteContext,
  s: Sentence,
  k: number,
  start: number,
  end: number,
): { agent: Phrase; contentEnd: number } | null {
  const toks = ctx.doc.tokens;
  for (let b = k + 1; b < start; b++) {
    if (ctx.inSpan[b] >= 0) return null;
    if (toks[b].lower !== 'by') continue;
    const agent = agentAfter(ctx, b, start);
    return agent && canBeSpeaker(ctx, agent) ? { agent, contentEnd: end } : null;
  }
  for (let b = end - 1; b > start; b--) {
    if (toks[b].lower !== 'by' || ctx.inSpan[b] >= 0) continue;
    const before = toks[b - 1];
    if (before.pos === 'VERB' || before.pos === 'AUX') return null;
    const agent = agentAfter(ctx, b, s.endToken);
    // (the agent must end the sentence: "by" with more after it is the content's own phrase)
    if (
      !agent ||
      !canBeSpeaker(ctx, agent) ||
      toks.slice(agent.endToken, s.endToken).some((t) => /\p{L}/u.test(t.text))
    )
      return null;
    return { agent, contentEnd: b };
  }
  return null;
}
