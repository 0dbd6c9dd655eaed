// A number's own modifier right after a cue opens the content: "Witnesses said at least 20 people
// were killed", "officials said up to 300 troops …", "police said nearly 40 people …". Read as an
// adjunct of the cue ("said at a rally", "said over the weekend") or an adverb of it, the modifier
// either lost the quote or was cut off it, and "nearly 40" is not what "40" is.
import type { Token } from '../document.js';
import type { QuoteContext } from './context.js';

/** Modifiers of a number, as lower-case word sequences. */
const QUANTITY_LEADS: readonly (readonly string[])[] = [
  ['at', 'least'],
  ['at', 'most'],
  ['up', 'to'],
  ['as', 'many', 'as'],
  ['as', 'much', 'as'],
  ['as', 'few', 'as'],
  ['no', 'more', 'than'],
  ['more', 'than'],
  ['fewer', 'than'],
  ['less', 'than'],
  ['close', 'to'],
  ['well', 'over'],
  ['an', 'estimated'],
  ['nearly'],
  ['almost'],
  ['about'],
  ['around'],
  ['roughly'],
  ['approximately'],
  ['some'],
  ['over'],
  ['only'],
  ['just'],
  ['under'],
];

/** Whether the token is a number: tagged one, or written in digits ("20", "1,500"). */
const isNumber = (t: Token | undefined) => t !== undefined && (t.pos === 'NUM' || /^\d/.test(t.text));

/**
 * If tokens from `a` (before `end`) are a number's modifier and then the number, the number's token
 * index, else -1. A time is no quantity: "said around 3 p.m. that …" and "said over 20 minutes" keep
 * their time adjuncts.
 */
export function quantityNumberAt(ctx: QuoteContext, a: number, end: number): number {
  const toks = ctx.doc.tokens;
  const first = toks[a]?.lower;
  for (const lead of QUANTITY_LEADS) {
    if (lead[0] !== first || a + lead.length >= end) continue;
    let k = 1;
    while (k < lead.length && toks[a + k].lower === lead[k]) k++;
    if (k < lead.length) continue;
    const n = a + k;
    const number = toks[n];
    if (!isNumber(number) || ctx.inSpan[n] >= 0) return -1;
    return ctx.timeAt(n) ? -1 : n;
  }
  return -1;
}
