// "As Ms. Simonyan put it in a statement, RT is “providing a perspective …”" / "As Smith said last
// week, the economy is weak" / "As reported by the Times, …": a fronted "as" clause of saying attributes the main clause after its
// comma. The cue verb's own rules would read the adjunct after it as the content, so this frame is
// read first and claims the cue.
import type { Sentence } from '../document.js';
import { isBreak, type QuoteContext } from './context.js';
import { contentEnd, contentSpan, pushIndirect } from './indirect.js';
import { phraseAfter, subjectBefore } from './phrases.js';

/** The most tokens from "As" to the comma that closes the frame. */
const MAX_FRAME = 16;

/** The first comma from j outside quotations within the frame's reach from a, or -1. */
function commaAfter(ctx: QuoteContext, j: number, a: number, end: number): number {
  const toks = ctx.doc.tokens;
  for (; j < end && j - a <= MAX_FRAME && ctx.inSpan[j] < 0; j++) if (toks[j].text === ',') return j;
  return -1;
}

/** Verbs of going on or starting, speech cues only after a quotation ("…," he continued). */
const GOING_ON = new Set(['continue', 'begin', 'start', 'resume', 'go']);

const hasVerb = (ctx: QuoteContext, a: number, b: number) => ctx.doc.tokens.slice(a, b).some((t) => t.pos === 'VERB');

function asFrameInSentence(ctx: QuoteContext, s: Sentence): void {
  const toks = ctx.doc.tokens;
  let a = s.firstToken;
  // (a bullet's symbol may stand first: "~ As Vulture put it, …")
  while (
    a < s.endToken &&
    (toks[a].pos === 'CCONJ' || toks[a].pos === 'PUNCT' || toks[a].pos === 'SYM' || isBreak(toks[a]))
  )
    a++;
  if (toks[a]?.lower !== 'as') return;
  // "As long as …", "As far as you know": a comparison, no frame of saying
  if (toks[a + 2]?.lower === 'as') return;
  // the comma closing the frame, and the cue verb before it
  let comma = commaAfter(ctx, a + 1, a, s.endToken);
  // "As Akhil Amar, professor of law at Yale, put it, …": an apposition to the speaker set off by
  // commas, the cue right after it
  if (comma > 0 && !hasVerb(ctx, a + 1, comma)) {
    const close = commaAfter(ctx, comma + 1, a, s.endToken);
    if (close > 0 && !hasVerb(ctx, comma + 1, close) && toks[close + 1]?.pos === 'VERB')
      comma = commaAfter(ctx, close + 1, a, s.endToken);
  }
  if (comma < 0) return;
  for (let k = a + 1; k < comma; k++) {
    const t = toks[k];
    if (t.pos !== 'VERB') continue;
    const putIt = t.lemma === 'put' && toks[k + 1]?.lower === 'it';
    const cls = ctx.cueClass(k);
    if (!putIt && cls !== 'speech' && cls !== 'cognition') return;
    // "As the fighting continues, …", "As the summit began, …": a verb that goes on speaking after
    // a quotation ("…," he continued) only sets the time here
    if (GOING_ON.has(t.lemma)) return;
    // "As reported by Western Journalism, …": the passive's agent is the source
    const byAgent = toks[k + 1]?.lower === 'by' && k === a + 1;
    const speaker = byAgent ? phraseAfter(ctx.doc, k + 2, comma) : subjectBefore(ctx.doc, k, a + 1);
    if (!speaker) return;
    const start = comma + 1;
    const span = contentSpan(toks, start, contentEnd(ctx, start, s.endToken));
    if (!span) return;
    const cue = { start: t.start, end: putIt ? toks[k + 1].end : t.end };
    pushIndirect(ctx, span, cue, speaker, 'as-frame', byAgent ? 'passive-agent' : 'cue-subject');
    for (let j = k; j < comma; j++) ctx.usedCue.add(j);
    return;
  }
}

export function findAsFrameQuotes(ctx: QuoteContext): void {
  for (const s of ctx.sentences) asFrameInSentence(ctx, s);
}
