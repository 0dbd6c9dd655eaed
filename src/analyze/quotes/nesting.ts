// One attribution per stretch of text: news annotation (PolNeAR) almost never nests one quote in
// another, so a candidate lying wholly inside a longer one (the "supports" in "said she supports
// the bill") is dropped; the outer quote is the attribution a reader sees.
import type { Candidate, QuoteContext } from './context.js';

export function dropNested(ctx: QuoteContext): void {
  const cands = ctx.candidates;
  // a quote another one inherits its speaker from stays (the floating-quote chain)
  const inherited = new Set<Candidate>();
  for (const c of cands) if (c.inheritFrom) inherited.add(c.inheritFrom);
  const byStart = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  const drop = new Set<Candidate>();
  // sweep in text order: the longest quote open so far covers every later one ending before it
  let cover: Candidate | null = null;
  for (const c of byStart) {
    // "… like Saddam Hussein - ''He would have loved Stalin,'' Mr. Biden said": a quotation with an
    // attribution of its own past the longer content's end is no part of that content, which ends before it
    if (cover && c.end <= cover.end && ownFrameAfter(cover, c)) {
      endBefore(ctx, cover, c.start);
      cover = c;
      continue;
    }
    if (
      cover &&
      c.end <= cover.end &&
      c.end - c.start < cover.end - cover.start &&
      !inherited.has(c) &&
      !inFrameOfDirect(ctx, cover, c)
    )
      drop.add(c);
    else if (!cover || c.end > cover.end) cover = c;
  }
  if (drop.size) ctx.keepCandidates((c) => !drop.has(c));
}

/**
 * Whether c lies in the narrative between the pieces of a direct quote ("''…,'' Mr. Hedge said,
 * referring to the two Trump resorts. ''…''"): the frame's own participle says something of its own.
 */
function inFrameOfDirect(ctx: QuoteContext, cover: Candidate, c: Candidate): boolean {
  if (cover.kind !== 'direct') return false;
  for (const t of ctx.doc.tokensIn(c)) if (ctx.inSpan[t.i] >= 0) return false;
  return true;
}

/** Whether c is a quotation whose own cue stands after `cover`, which began with its cue before c. */
function ownFrameAfter(cover: Candidate, c: Candidate): boolean {
  return (
    c.kind !== 'indirect' &&
    !!c.cue &&
    c.cue.start >= cover.end &&
    !!cover.cue &&
    cover.cue.end <= cover.start &&
    cover.start < c.start
  );
}

/** Ends candidate q before offset `at` (without the spaces, dashes and commas before it); its kind follows. */
function endBefore(ctx: QuoteContext, q: Candidate, at: number): void {
  const text = ctx.doc.text;
  let end = at;
  while (end > q.start && /[\s,;:\u2014\u2013'"“‘-]/.test(text[end - 1])) end--;
  q.end = end;
  let quoted = false;
  for (const t of ctx.doc.tokensIn(q)) if (ctx.inSpan[t.i] >= 0) quoted = true;
  if (!quoted && q.kind === 'mixed') q.kind = 'indirect';
}
