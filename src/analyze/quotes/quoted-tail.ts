// A reported clause that runs on into a quoted fragment: "He argued the Islamic State, which …, is
// "in retreat across many fronts."" / "Powell has said he has reviewed the messages and disagrees …,
// because "I do not see what makes them classified."". The indirect content the cue introduced was
// cut before the quotation, which was left as a fragment of its own; the fragment finishes the
// clause, so the content runs on to its end and the fragment is dropped.
import type { Candidate, QuoteContext } from './context.js';
import { isSentenceEnd } from './context.js';

/** Whether fragment f finishes the clause of candidate c in the same sentence, with only narrative between. */
function finishesClause(ctx: QuoteContext, c: Candidate, f: Candidate): boolean {
  // a quotation closed before its attribution ("“…,” he said") has its end already
  if (c.kind === 'direct' || !c.cue || c.parts || c.end > f.start || c.rule.startsWith('quote-then-cue')) return false;
  // a noun-phrase object ("called the merger “a terrible deal”") is no clause a fragment could finish
  if (/object|prep/.test(c.rule)) return false;
  const { doc } = ctx;
  const toks = doc.tokens;
  const cueTok = doc.tokenIndexAt(c.cue.start);
  const from = doc.tokenIndexAt(c.end);
  const to = doc.tokenIndexAt(f.start);
  const sentence = ctx.sentenceAt(cueTok);
  if (!sentence || ctx.sentenceAt(to) !== sentence) return false;
  for (let j = from; j < to; j++) {
    const t = toks[j];
    if (t.end <= c.end) continue;
    if (isSentenceEnd(t) || t.text === ';') return false;
    // another quotation between them is not this clause's
    if (ctx.inSpan[j] >= 0 && ctx.inSpan[j] !== ctx.inSpan[to]) return false;
    if (ctx.inSpan[j] >= 0) continue;
    // another cue between them reports something of its own ("…, adding that …", "…, telling X that “…”")
    if (ctx.cueClass(j) !== null) return false;
    // so does a participle set off by a comma ("…, musing why they aren't “all over the place.”")
    if (t.pos === 'VERB' && /ing$/.test(t.lower) && toks[j - 1]?.text === ',') return false;
  }
  return true;
}

/** Runs each indirect or mixed content on over the quoted fragment that finishes its clause. */
export function joinQuotedTails(ctx: QuoteContext): void {
  const drop = new Set<Candidate>();
  for (const f of ctx.candidates) {
    if (f.rule !== 'fragment-near-quote' || !f.inheritFrom) continue;
    const c = f.inheritFrom;
    if (drop.has(c) || !finishesClause(ctx, c, f)) continue;
    c.end = f.end;
    c.kind = 'mixed';
    c.rule += '+quoted-tail';
    drop.add(f);
  }
  if (!drop.size) return;
  const kept = ctx.candidates.filter((c) => !drop.has(c));
  ctx.candidates.splice(0, ctx.candidates.length, ...kept);
}
