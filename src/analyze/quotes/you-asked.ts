// What is put to "you" rather than reported of them. In a briefing, "You mentioned that Chile is
// going to send its uranium" reports the official's words; but "So you don't think it's going to
// happen this weekend?", "whether you could say specifically what …", "At what point you realized
// …?" ask, and "You know the Obama administration wanted …" presumes: none of them is anything the
// official said or holds. question-clause.ts drops the questions with an inverted auxiliary ("Do you
// think …?"); these keep the statement's order.
import type { QuoteContext } from './context.js';
import type { Token } from '../document.js';
import type { Span } from '../types.js';
import { endsInQuestionMark } from './question-clause.js';

/** Modals that make "you" + a cue a request or a generic remark ("could you say", "you might say"). */
const MODALS = new Set(['can', 'could', 'would', 'will', 'might', 'may', "'d", '’d', "'ll", '’ll', 'ca', 'wo']);
/** Question words: one before the subject makes the sentence a question whatever its order. */
const WH_WORDS = new Set(['what', 'how', 'why', 'when', 'where', 'which', 'who', 'whom', 'whose', 'whether']);

/** Whether a verb form is the past tense or a past participle (its lemma differs, no -s, no -ing). */
function pastForm(t: Token): boolean {
  return t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower);
}

/**
 * Whether the cue whose subject is "you" (at `you`) asks or presumes rather than reports: in a
 * sentence ending in a question mark, a cue of belief, a cue in the present tense or after a modal,
 * or one after a question word, and a noun after "your" ("what's your assessment of …?"); in any
 * sentence, a modal's "you could say" and the bare "you know".
 */
export function askedOfYou(ctx: QuoteContext, you: Span, cueStart: number): boolean {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const first = doc.tokenIndexAt(you.end - 1) + 1;
  const cue = doc.tokenIndexAt(cueStart);
  if (cue < first) return false;
  // "So what's your assessment of the current situation?": a possessive's noun asked for
  if (toks[first - 1].lower === 'your') {
    const sentence = ctx.sentenceAt(cue);
    return !!sentence && endsInQuestionMark(toks, sentence.firstToken, sentence.endToken);
  }
  const group = toks.slice(first, cue + 1);
  // the first verb of the group carries its tense ("you appeared to indicate": past)
  const lead = group.find((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (!lead) return false;
  if (group.some((t) => MODALS.has(t.lower))) return true;
  const cueTok = toks[cue];
  const past = pastForm(lead) || (lead.pos === 'AUX' && /^(?:have|'ve|’ve|had)$/.test(lead.lower));
  if (!past && cueTok.lemma === 'know' && lead === cueTok) return true;
  const sentence = ctx.sentenceAt(cue);
  if (!sentence || !endsInQuestionMark(toks, sentence.firstToken, sentence.endToken)) return false;
  if (!past || ctx.cueClass(cue) === 'cognition') return true;
  // "At what point during the talks you realized …?"
  const youToken = doc.tokenIndexAt(you.start);
  for (let j = youToken - 1; j >= sentence.firstToken; j--) {
    if (WH_WORDS.has(toks[j].lower)) return true;
    if (toks[j].text === ',' || toks[j].text === ';' || toks[j].pos === 'VERB') break;
  }
  return false;
}
