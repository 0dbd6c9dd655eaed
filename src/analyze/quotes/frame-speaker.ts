// '"…," said spokesman John Kirby, referring to Clinton's successor': a participle right after a
// quote's attribution frame has that frame's speaker as its subject. The main-clause subject
// readers cannot see it: the sentence opens with the quotation and its subject is inverted.
import type { Sentence } from '../document.js';
import type { QuoteContext } from './context.js';
import type { Phrase } from './phrases.js';

/** The most tokens between the end of a frame and the participle (", adding," …). */
const MAX_GAP = 2;

/** The speaker phrase of a quote whose frame ends just before token k (past a comma), or null. */
export function frameSpeakerBefore(ctx: QuoteContext, s: Sentence, k: number): Phrase | null {
  const toks = ctx.doc.tokens;
  let j = k - 1;
  while (j > s.firstToken && k - j <= MAX_GAP && (toks[j].pos === 'ADV' || toks[j].text === ',')) j--;
  if (toks[k - 1]?.text !== ',' || j < s.firstToken) return null;
  const frameEnd = toks[j].end;
  for (const c of ctx.candidates) {
    const p = c.speaker;
    if (!p || !c.cue || c.cue.start < toks[s.firstToken].start) continue;
    // the frame's last word is its speaker's (said Kirby,) or its cue's (Kirby said,)
    if (p.end === frameEnd || (c.cue.end === frameEnd && p.end <= c.cue.start)) return p;
  }
  return null;
}
