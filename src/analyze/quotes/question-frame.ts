// "Asked whether he would back Trump, Bush said …" / "… when asked about her weaknesses": "asked"
// with no subject of its own reports a question put to someone. The question (whether …, if …,
// what …, about …, to …) is the content; whoever asked it goes unnamed, so the quote has no speaker,
// unless "by" names the asker ("Asked by Stephanopoulos to respond …").
import type { Sentence, Token } from '../document.js';
import { isBreak, isSentenceEnd, type QuoteContext } from './context.js';
import { clauseAt } from './clause.js';
import { contentEnd, contentSpan } from './content-end.js';
import { pushIndirect } from './indirect-candidate.js';
import type { Phrase } from './phrases.js';
import { phraseAfter } from './phrase-after.js';

/** Words before a bare "asked" that leave it without a subject: "when asked", "Whenever asked". */
const LEADS = new Set(['when', 'whenever', 'after', 'once', 'if', 'before', 'while', 'as', 'until']);
/** Words that open the question itself. */
const QUESTION_WORDS = new Set(['whether', 'if', 'what', 'who', 'whom', 'why', 'how', 'when', 'where', 'which']);
/** The most tokens of an adjunct between "asked" and its question (asked on Monday by The Times whether). */
const MAX_ADJUNCT = 8;

/** Where the question after "asked" at k starts, and whether "about" (then part of the cue) opens it. */
interface Question {
  start: number;
  /** Whether "about" opens the question (it is then part of the cue). */
  about: boolean;
  /** The asker a "by" phrase names, if any. */
  asker: Phrase | null;
}

function questionStart(ctx: QuoteContext, k: number, end: number): Question | null {
  const toks = ctx.doc.tokens;
  let asker: Phrase | null = null;
  for (let j = k + 1; j < end && j - k <= MAX_ADJUNCT; j++) {
    const t = toks[j];
    if (ctx.inSpan[j] >= 0 || t.text === ',' || isBreak(t)) return null;
    if (QUESTION_WORDS.has(t.lower)) return { start: j, about: false, asker };
    if (t.lower === 'about' && j === k + 1) return { start: j + 1, about: true, asker };
    // "when asked at the business conference about the merger": "about" after a short adjunct
    if (t.lower === 'about' && toks[j + 1] && toks[j + 1].text !== ',') return { start: j + 1, about: false, asker };
    // "Asked a direct question about this in the debate, Clinton said": the question named
    if (j === k + 1 && t.pos === 'DET' && askedQuestionNoun(toks, j)) return { start: j, about: false, asker };
    if (t.lower === 'to' && toks[j + 1]?.pos === 'VERB') return { start: j, about: false, asker };
    if (t.lower === 'by' && !asker) {
      // the asker's phrase stops before the question word ("by a reporter whether …")
      let e = j + 1;
      while (e < end && e - j <= MAX_ADJUNCT && !QUESTION_WORDS.has(toks[e].lower) && toks[e].lower !== 'to') e++;
      asker = phraseAfter(ctx.doc, j + 1, e);
    }
    // only a short adjunct may come first: adverbs, prepositions and their noun phrases
    if (!['ADV', 'ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PART'].includes(t.pos)) return null;
  }
  return null;
}

/** Whether a noun phrase naming a question opens at j (a direct question, the question, several questions). */
function askedQuestionNoun(toks: Token[], j: number): boolean {
  for (let e = j + 1; e < toks.length && e - j <= 3; e++) {
    if (/^questions?$/.test(toks[e].lower)) return true;
    if (toks[e].pos !== 'ADJ') return false;
  }
  return false;
}

/** Whether the "asked" at k has no subject: it opens its clause, or follows "when"/"whenever". */
function bareAsked(ctx: QuoteContext, s: Sentence, k: number): boolean {
  const toks = ctx.doc.tokens;
  let p = k - 1;
  while (p >= s.firstToken && toks[p].pos === 'ADV' && !LEADS.has(toks[p].lower)) p--;
  if (p < s.firstToken) return true;
  const prev = toks[p];
  // not after a comma: "Texas, leading a coalition of 13 states, asked a judge to …" has a subject
  // ("And asked how he arrived at …, Bone said": a conjunction opening the sentence)
  if (prev.pos === 'CCONJ' && p === s.firstToken) return true;
  return LEADS.has(prev.lower) || prev.text === ';' || isBreak(prev) || isSentenceEnd(prev);
}

function askedInSentence(ctx: QuoteContext, s: Sentence): void {
  const toks = ctx.doc.tokens;
  for (let k = s.firstToken; k < s.endToken; k++) {
    if (toks[k].lower !== 'asked' || ctx.inSpan[k] >= 0 || ctx.usedCue.has(k) || !bareAsked(ctx, s, k)) continue;
    const q = questionStart(ctx, k, s.endToken);
    if (!q) continue;
    // the question ends where the clause it opens gives way to the main clause ("…, he said")
    let end = contentEnd(ctx, q.start, s.endToken);
    for (let j = q.start + 1; j < end; j++) {
      if (ctx.inSpan[j] < 0 && toks[j].text === ',' && clauseAt(ctx, j + 1, s.endToken)) {
        end = j;
        break;
      }
    }
    const span = contentSpan(toks, q.start, end, 1);
    if (!span) continue;
    const cue = { start: toks[k].start, end: q.about ? toks[q.start - 1].end : toks[k].end };
    pushIndirect(ctx, span, cue, q.asker, 'asked-question', q.asker ? 'asked-by' : null);
    ctx.usedCue.add(k);
  }
}

export function findAskedQuestions(ctx: QuoteContext): void {
  // most texts ask nothing: one search of the text spares the token walk
  if (!/sked/i.test(ctx.doc.text)) return;
  for (const s of ctx.sentences) askedInSentence(ctx, s);
}
