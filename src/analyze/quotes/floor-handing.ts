// "I don't know if you have anything to add", "I don't know if Mike wants to take that": in a
// briefing, a speaker hands the floor to a colleague. The words are no claim of theirs about anything,
// so no quote is made of them (a demo-corpus briefing held some twenty such "quotes").
import type { Span } from '../types.js';
import type { QuoteContext } from './context.js';

/** The words after "if"/"whether" that offer the floor: someone wanting to, or having something, to add. */
const OFFER = /^(?:if|whether)\s+(?:[\p{L}'’]+\s+){1,3}?(?:wants?|would like|ha(?:s|ve) any(?:thing)?)\b/iu;

/** Whether the cue at `cue` is a first person's "don't know" and its content offers the floor. */
export function handsTheFloor(ctx: QuoteContext, span: Span, cue: Span): boolean {
  const doc = ctx.doc;
  if (!/^know$/i.test(doc.text.slice(cue.start, cue.end))) return false;
  // ("I don't know", "I do not know")
  const before = doc.text.slice(Math.max(0, cue.start - 16), cue.start);
  if (!/\bI\s+(?:don['’]t|do not)\s+$/.test(before)) return false;
  return OFFER.test(doc.text.slice(span.start, span.end));
}
