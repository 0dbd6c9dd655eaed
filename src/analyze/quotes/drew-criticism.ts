// "The proposal has drawn harsh criticism from fellow GOP hopefuls": what draws criticism (or fire,
// scrutiny, praise …) is what the critics spoke of. PolNeAR takes the verb's subject as the content
// and the critics after "from" as its source (rule `drew-criticism`; no critics named, no speaker);
// "drew criticism for his remarks" is the prepositional cue "criticism for".
import type { Sentence } from '../document.js';
import { isWord, type QuoteContext } from './context.js';
import { pushIndirect } from './indirect-candidate.js';
import { npToken } from './phrases.js';
import { subjectBefore } from './subject-before.js';
import { phraseAfter } from './phrase-after.js';

/** Reactions a statement or a person draws: the reaction's authors spoke of the verb's subject. */
const REACTIONS = new Set([
  'criticism',
  'fire',
  'scrutiny',
  'praise',
  'condemnation',
  'rebuke',
  'rebukes',
  'ire',
  'backlash',
  'complaints',
  'protest',
  'protests',
  'objections',
  'outrage',
]);
/** The most words (adjectives, adverbs) between "drew" and the reaction noun (drew sharp, widespread criticism). */
const MAX_MODIFIERS = 2;

function reactionAfter(ctx: QuoteContext, s: Sentence, k: number): number {
  const toks = ctx.doc.tokens;
  for (let j = k + 1; j < s.endToken && j - k <= MAX_MODIFIERS + 1; j++) {
    if (ctx.inSpan[j] >= 0) return -1;
    if (REACTIONS.has(toks[j].lower)) return j;
    if (toks[j].pos !== 'ADJ' && toks[j].pos !== 'ADV') return -1;
  }
  return -1;
}

/** Words that join a noun phrase's parts ("work and business links with tycoons"). */
const NP_JOINS = new Set(['ADP', 'CCONJ', 'PART']);

/**
 * Where the whole subject noun phrase starts, back from the phrase reader's head phrase at `first`
 * over linked nouns ("Manafort's advisory work and business links with tycoons"), not past a comma,
 * a verb or the sentence start.
 */
function wholeNounPhraseStart(ctx: QuoteContext, s: Sentence, first: number): number {
  const toks = ctx.doc.tokens;
  let f = first;
  while (f - 1 >= s.firstToken && ctx.inSpan[f - 1] < 0 && (npToken(toks[f - 1]) || NP_JOINS.has(toks[f - 1].pos))) f--;
  // not from a linking word: "On social issues, …" has stopped at the comma already
  while (f < first && (NP_JOINS.has(toks[f].pos) || !isWord(toks[f]))) f++;
  return f;
}

export function findDrawnReactions(ctx: QuoteContext): void {
  const toks = ctx.doc.tokens;
  for (const s of ctx.sentences) {
    for (let k = s.firstToken; k < s.endToken; k++) {
      const t = toks[k];
      if (t.lemma !== 'draw' || t.pos !== 'VERB' || ctx.inSpan[k] >= 0 || ctx.usedCue.has(k)) continue;
      const n = reactionAfter(ctx, s, k);
      if (n < 0) continue;
      const next = toks[n + 1];
      // "has drawn criticism for his history of …": the prepositional cue "criticism for" has it;
      // "drew complaints that it was underfunded": the reaction's own clause is what was said
      if (next?.lower === 'for' || next?.lower === 'that' || ctx.usedCue.has(n)) continue;
      const subj = subjectBefore(ctx.doc, k, s.firstToken);
      if (!subj) continue;
      const first = wholeNounPhraseStart(ctx, s, subj.first);
      const span = { start: toks[first].start, end: subj.end };
      const speaker = next?.lower === 'from' ? phraseAfter(ctx.doc, n + 2, s.endToken) : null;
      for (let j = k; j <= n; j++) ctx.usedCue.add(j);
      pushIndirect(ctx, span, { start: t.start, end: toks[n].end }, speaker, 'drew-criticism', 'from-phrase');
    }
  }
}
