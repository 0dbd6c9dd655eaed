// "North Korea's foreign ministry said in a statement carried by KCNA that …", "In a commentary
// published by the Global Times, the ministry warned …": the outlet that carried the statement
// reports the quote (reported_by), as state media relay a government's words. Only verbs of
// carrying name an outlet: a statement "released by" or "issued by" someone names its issuer, who
// is most often the speaker.
import type { Sentence } from '../document.js';
import type { Candidate, QuoteContext } from './context.js';
import type { Phrase } from './phrases.js';
import { phraseAfter } from './phrase-after.js';

/** Nouns for what an outlet carries. */
const CARRIED_THINGS = new Set([
  'statement',
  'report',
  'commentary',
  'dispatch',
  'article',
  'editorial',
  'message',
  'interview',
  'broadcast',
  'speech',
  'remarks',
  'letter',
]);
/** Participles that make the phrase after "by" the outlet that carried it. */
const CARRYING = new Set(['carried', 'published', 'run', 'aired', 'broadcast', 'relayed', 'televised']);

/** Sets reportedBy on each quote whose cue's sentence names the outlet that carried the statement. */
export function attributeCarriers(ctx: QuoteContext): void {
  for (const c of ctx.candidates) {
    if (!c.cue || c.reportedBy) continue;
    const s = ctx.sentences[ctx.sentenceOf[ctx.doc.tokenIndexAt(c.cue.start)]];
    const outlet = s ? carrierIn(ctx, s, c) : null;
    if (outlet) c.reportedBy = outlet;
  }
}

/** The outlet of "a statement carried by X" outside the quote's content in sentence s, or null. */
function carrierIn(ctx: QuoteContext, s: Sentence, c: Candidate): Phrase | null {
  const toks = ctx.doc.tokens;
  for (let j = s.firstToken + 1; j < s.endToken - 2; j++) {
    const t = toks[j];
    if (!CARRYING.has(t.lower) || toks[j + 1].lower !== 'by') continue;
    const thingAt = carriedThingBefore(ctx, j, s.firstToken);
    if (thingAt < 0) continue;
    // (inside the content it is the content's own: "said the report carried by X was false")
    if (t.start >= c.start && t.end <= c.end) continue;
    if (ctx.inSpan[j] >= 0) continue;
    // (nor the subject's: "A report published by the Iraq Body Count project says …" is the project's own)
    const thing = toks[thingAt];
    if (c.speaker && thing.start >= c.speaker.start && thing.end <= c.speaker.end) continue;
    const outlet = phraseAfter(ctx.doc, j + 2, s.endToken);
    // (the speaker's own words carried by its own outlet name no one else: no reporter)
    if (!outlet || outlet.headKind === 'pronoun') continue;
    if (
      c.speaker &&
      ctx.doc.text.slice(outlet.start, outlet.end) === ctx.doc.text.slice(c.speaker.start, c.speaker.end)
    )
      continue;
    return outlet;
  }
  return null;
}

/** The most tokens between what was carried and its participle ("a speech to Parliament later broadcast by"). */
const MAX_THING_GAP = 4;

/** The token of the statement, speech or report the participle at j follows, or -1. */
function carriedThingBefore(ctx: QuoteContext, j: number, first: number): number {
  const toks = ctx.doc.tokens;
  for (let k = j - 1; k >= first && j - k <= MAX_THING_GAP; k--) {
    if (CARRIED_THINGS.has(toks[k].lower)) return k;
    if (toks[k].pos === 'PUNCT' || toks[k].pos === 'VERB' || toks[k].pos === 'AUX') return -1;
  }
  return -1;
}
