// The token sequences the tagger reads: runs of non-blank tokens between line breaks. Lines, not
// wink's sentences, because wink sometimes splits inside a name ("U.S. Air Force") and a name never
// spans a line break.
import type { Token } from '../../document.js';

const BLANK = /^\s*$/;

export function nameSequences(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    if (t.pos === 'SPACE' || BLANK.test(t.text)) {
      if (t.text.includes('\n') && run.length) {
        out.push(run);
        run = [];
      }
      continue;
    }
    run.push(t);
  }
  if (run.length) out.push(run);
  return out;
}
