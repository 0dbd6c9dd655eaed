// A frame the writer left inside the quotation marks: "The Transport Ministry has decided to revoke
// Adam Air's operational specification, effective 12am Wednesday, said Suyitno." — the closing mark
// set after the frame instead of before its comma. The quotation ends at that comma, and the name
// after the cue speaks it (issue #3: misplaced marks).
import type { Token } from '../document.js';
import { isSentenceEnd, type Candidate, type QuoteContext } from './context.js';
import { lexiconSets as entityLexicon } from '../entities/lexicon.js';
import { quoteLexicon as lex } from './lexicon.js';
import { phrase } from './phrases.js';

/** A courtesy title or a style that may open the inverted speaker's name ("said Mr Hill", "said Dr. Ali"). */
function courtesy(t: Token): boolean {
  const word = t.lower.replace(/\.$/, '');
  const lex = entityLexicon();
  return lex.courtesyTitles.has(word) || lex.styleTitles.has(word);
}

/** The most words of the inverted speaker's name. */
const MAX_NAME = 4;

export function splitFramesInsideMarks(ctx: QuoteContext): void {
  for (const c of ctx.candidates) if (c.kind === 'direct' && !c.parts) splitFrame(ctx, c);
}

function splitFrame(ctx: QuoteContext, c: Candidate): void {
  const doc = ctx.doc;
  const toks = doc.tokens;
  let last = doc.tokenIndexAt(c.end - 1);
  const first = doc.tokenIndexAt(c.start);
  if (last < 0 || first < 0) return;
  // (the closing mark, and the sentence's full stop inside it)
  while (last > first && /^["”’']+$/.test(toks[last].text)) last--;
  if (isSentenceEnd(toks[last])) last--;
  // the name: capitalised words after the cue, a courtesy title first
  let n = last;
  while (n > first && last - n < MAX_NAME && properWord(toks[n])) n--;
  if (n === last) return;
  if (courtesy(toks[n])) n--;
  const cue = toks[n];
  const comma = toks[n - 1];
  // (the cue read from the lexicon: inside the marks the context reads no cues)
  if (!cue || n - 1 <= first + 2 || comma?.text !== ',' || !lex.speech.has(cue.lemma)) return;
  // (a finite cue: "said", "says", "added"; not a bare verb the quotation ends with)
  if (cue.pos !== 'VERB' || cue.lower === cue.lemma) return;
  const name = phrase(doc, n + 1, last + 1);
  if (name.headKind !== 'name') return;
  c.end = comma.start;
  c.cue = { start: cue.start, end: cue.end };
  c.speaker = name;
  c.inheritFrom = undefined;
  c.rule = 'frame-inside-marks';
  c.speakerRule = 'cue-inverted';
}

const properWord = (t: Token) => /^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN');
