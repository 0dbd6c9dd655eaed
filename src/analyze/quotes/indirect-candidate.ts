// Makes the indirect or mixed quote for a content span (pushIndirect): its kind from the quoted words
// it holds, its end run on to a quotation that outlasts the sentence. Every reader of a cue's content
// ends here, in this folder and out of it.
import type { Sentence } from '../document.js';
import type { QuoteKind, Span } from '../types.js';
import { isWord, quoteCandidate, type QuoteContext } from './context.js';
import { handsTheFloor } from './floor-handing.js';
import type { Phrase } from './phrases.js';
import { TIME_PREPOSITIONS } from './time-adjunct.js';

/**
 * Kind by the quotation inside the content; marks the quoted spans it takes in, unless another
 * quote holds one of them already (the two are then left to dropNested).
 */
function kindOf(ctx: QuoteContext, span: Span): QuoteKind {
  const toks = ctx.doc.tokensIn(span);
  let quoted = 0;
  let plain = 0;
  let clash = false;
  const seen = new Set<number>();
  for (const t of toks) {
    const s = ctx.inSpan[t.i];
    if (s >= 0) {
      seen.add(s);
      if (isWord(t)) quoted++;
    } else if (isWord(t)) plain++;
  }
  for (const s of seen) if (ctx.taken.has(s)) clash = true;
  if (!clash) for (const s of seen) ctx.taken.add(s);
  return quoted === 0 ? 'indirect' : plain === 0 ? 'direct' : 'mixed';
}

export function pushIndirect(
  ctx: QuoteContext,
  span: Span,
  cue: Span,
  speaker: Phrase | null,
  rule: string,
  speakerRule: string | null,
  /** The pieces of a content its attribution interrupts ("Their talks, according to the U.S., could …"). */
  parts?: Span[],
) {
  // ("I don't know if you have anything to add": a briefing's speaker handing the floor says nothing)
  if (handsTheFloor(ctx, span, cue)) return;
  // ("the measures … other partners announced February 22.", "the sanctions the EU announced last week
  // are strong": a cue whose object is the noun before it dates its act; no content follows)
  if (onlyTimeAfterGap(ctx, span)) return;
  span = withQuotationRunOn(ctx, span);
  // a content that takes in a quotation another quote holds is kept as well: where one lies inside
  // the other, the longer stays (dropNested), so "“…,” the pope told reporters, according to
  // Reuters" is Reuters' and "…, told him she worries he’s “too nice” …" is not lost to an
  // earlier content that ran over it and its quotation
  const kind = kindOf(ctx, span);
  ctx.candidates.push(
    quoteCandidate({
      kind,
      start: span.start,
      end: span.end,
      cue,
      speaker,
      rule,
      speakerRule: speaker ? speakerRule : null,
      // (the last piece ends where the content does, after any quotation it ran on into)
      ...(parts ? { parts: [...parts.slice(0, -1), { start: parts[parts.length - 1].start, end: span.end }] } : {}),
    }),
  );
}

/**
 * Whether the content is a time expression alone, or one the sentence's own verb follows: the cue's
 * object was the noun it modifies, and the time dates the saying.
 */
function onlyTimeAfterGap(ctx: QuoteContext, span: Span): boolean {
  const toks = ctx.doc.tokens;
  const first = ctx.doc.tokenIndexAt(span.start);
  const after = ctx.timeEndAt(first);
  if (after < 0) return false;
  let e = after;
  while (e < toks.length && toks[e].end <= span.end && !isWord(toks[e])) e++;
  const next = toks[e];
  if (!next || next.start >= span.end) return true;
  // (an adverbial time only: "say 2007 was marked by …" has the year for its content's subject)
  const adverbial = ADVERBIAL_TIME_LEADS.has(toks[first].lower) || toks[after - 1].lower === 'ago';
  return adverbial && (next.pos === 'AUX' || (next.pos === 'VERB' && next.lower !== next.lemma));
}

/** First words of a time that dates an act and names no thing ("last week", "every day", "on Monday"). */
const ADVERBIAL_TIME_LEADS = new Set([...TIME_PREPOSITIONS, 'at', 'later', 'every', 'each']);

/**
 * The quotation opening at token `start` when the sentence splitter cut it at a "!" or "?" inside it
 * ("Some chanted “USA! USA!”" is split after the first "USA!"): the content is the whole quotation, up
 * to its closing mark in the same paragraph; else null.
 */
export function quotationPastSentence(ctx: QuoteContext, start: number, s: Sentence): Span | null {
  const si = ctx.inSpan[start + 1] ?? -1;
  if (si < 0 || ctx.openToken[si] !== start) return null;
  const q = ctx.spans[si];
  if (q.close < 0 || q.close < ctx.doc.tokens[s.endToken - 1].end) return null;
  if (ctx.paragraphOf(q.close) !== ctx.paragraphOf(q.open)) return null;
  return { start: q.open, end: q.close + 1 };
}

/**
 * A content ending inside a quotation that runs on past its sentence ('he is "weak on illegal
 * immigration, you know that. Weak like a baby."') ends where the quotation closes, in the same paragraph.
 */
function withQuotationRunOn(ctx: QuoteContext, span: Span): Span {
  const last = ctx.doc.tokenIndexAt(span.end - 1);
  const si = ctx.inSpan[last] ?? -1;
  if (si < 0) return span;
  const q = ctx.spans[si];
  if (q.close < 0 || q.end <= span.end || ctx.paragraphOf(q.close) !== ctx.paragraphOf(span.start)) return span;
  return { start: span.start, end: q.close + 1 };
}
