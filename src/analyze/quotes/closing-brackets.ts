// A content that opens a bracket closes it: "that the senate vote … at 11:00 a.m. (eastern time)" had
// ended at "time", the bracket left open, where the content's end trimmed the closing one with the
// punctuation after it.
import type { QuoteContext } from './context.js';

/** Takes the closing bracket right after each content that left one open. */
export function closeOpenBrackets(ctx: QuoteContext): void {
  const text = ctx.doc.text;
  for (const c of ctx.candidates) {
    let open = 0;
    for (let i = c.start; i < c.end; i++) open += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
    while (open > 0 && text[c.end] === ')') {
      c.end++;
      open--;
    }
  }
}
