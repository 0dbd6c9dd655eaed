// "The FBI is reportedly making arrangements to interview Hillary Clinton", "Reportedly, he made
// ISIS-sympathetic comments to co-workers": an adverb of hearsay makes its clause a report whose
// source the text leaves unnamed. PolNeAR annotates such a clause as an attribution with
// "reportedly" as its cue and no source; Dossier gives it as a quote with no speaker, whose status
// is reported.
import type { Sentence } from '../document.js';
import type { QuoteContext } from './context.js';
import { contentEnd, contentSpan } from './content-end.js';
import { pushIndirect } from './indirect-candidate.js';
import { holdsCandidate } from './source-phrase.js';

/** Adverbs that give their clause as hearsay (not "allegedly": an accusation, read by the events layer). */
const HEARSAY_ADVERBS = new Set(['reportedly']);

/** Where the clause holding token k opens: after an open bracket, a semicolon or a fronted "Reportedly,". */
function clauseStart(ctx: QuoteContext, s: Sentence, k: number): { start: number; bracketed: boolean } {
  const toks = ctx.doc.tokens;
  for (let j = k - 1; j >= s.firstToken; j--) {
    const t = toks[j].text;
    if (t === ')' || t === ';') return { start: j + 1, bracketed: false };
    if (t === '(') return { start: j + 1, bracketed: true };
  }
  // ("Reportedly, he made …": the clause after the adverb and its comma)
  if (k === s.firstToken && toks[k + 1]?.text === ',') return { start: k + 2, bracketed: false };
  return { start: s.firstToken, bracketed: false };
}

function hearsayInSentence(ctx: QuoteContext, s: Sentence, k: number): void {
  const toks = ctx.doc.tokens;
  const { start, bracketed } = clauseStart(ctx, s, k);
  let end = s.endToken;
  if (bracketed) {
    end = start;
    while (end < s.endToken && toks[end].text !== ')') end++;
  }
  end = contentEnd(ctx, start, end);
  // (the adverb must lie inside the clause it reports, or open it: "…, and he reportedly refused" is
  // the second clause's)
  if ((k < start && start !== k + 2) || k >= end) return;
  const span = contentSpan(toks, start, end);
  // a cue in the clause makes its own attribution ("Trump reportedly said, “You tell me,”"), and so
  // does a colon before a quotation ("Ellison's promise: “…,” reportedly “raised eyebrows”")
  if (!span || holdsCandidate(ctx, span.start, span.end)) return;
  if (ctx.doc.text.slice(span.start, span.end).includes(':')) return;
  pushIndirect(ctx, span, { start: toks[k].start, end: toks[k].end }, null, 'hearsay-adverb', null);
}

/** Clauses an adverb of hearsay gives as reported by someone unnamed. */
export function findHearsayQuotes(ctx: QuoteContext): void {
  const toks = ctx.doc.tokens;
  for (const s of ctx.sentences)
    for (let k = s.firstToken; k < s.endToken; k++)
      if (HEARSAY_ADVERBS.has(toks[k].lower) && ctx.inSpan[k] < 0) hearsayInSentence(ctx, s, k);
}
