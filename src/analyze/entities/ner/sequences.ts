// The token sequences the tagger reads: runs of non-blank tokens between line breaks. Lines, not
// wink's sentences, because wink sometimes splits inside a name ("U.S. Air Force") and a name never
// spans a line break.
import type { Token } from '../../document.js';

/** Whether the text is all whitespace (tokens are short: a plain loop beats a regular expression). */
function blank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 127 && /\s/.test(text[i])))) return false;
  }
  return true;
}

export function nameSequences(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    if (t.pos === 'SPACE' || blank(t.text)) {
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
