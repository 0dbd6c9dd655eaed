// "As Ms. Simonyan put it in a statement, RT is “providing a perspective …”" / "As Smith said last
// week, the economy is weak" / "As reported by the Times, …": a fronted "as" clause of saying
// attributes the main clause after its comma. Further into the sentence, after a comma or a linking
// word, such a frame attributes the clause after it only where that is a whole clause with no speaker
// and cue of its own ("given that, as The Times reported, he has already emerged as …"). The cue
// verb's own rules would read the adjunct after it as the content, so this frame is read first and
// claims the cue.
import type { Sentence } from '../document.js';
import { isBreak, type QuoteContext } from './context.js';
import { clauseAt } from './clause.js';
import { contentEnd, contentSpan } from './content-end.js';
import { pushIndirect } from './indirect-candidate.js';
import { subjectBefore } from './subject-before.js';
import { phraseAfter } from './phrase-after.js';
import { CLAUSE_OUT_VERBS } from './prepositional.js';
import { PERSONAL_SUBJECT_PRONOUNS } from '../nlp/closed-class.js';

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

/** Words after which a frame may open inside the sentence ("given that, as The Times reported, he …"). */
const FRAME_LINKS = new Set([',', 'that', 'because', 'and', 'but', 'so']);

function asFrameInSentence(ctx: QuoteContext, s: Sentence): void {
  const toks = ctx.doc.tokens;
  let a = s.firstToken;
  // (a bullet's symbol may stand first: "~ As Vulture put it, …")
  while (
    a < s.endToken &&
    (toks[a].pos === 'CCONJ' || toks[a].pos === 'PUNCT' || toks[a].pos === 'SYM' || isBreak(toks[a]))
  )
    a++;
  if (toks[a]?.lower === 'as' && asFrameAt(ctx, s, a, false)) return;
  // a frame further in attributes only a whole clause after it: "… is odd, given that, as The Times
  // reported, he has already emerged as …" (not "we have, as you said, a tightly focused summit")
  for (let k = a + 1; k < s.endToken; k++)
    if (toks[k].lower === 'as' && FRAME_LINKS.has(toks[k - 1].lower) && ctx.inSpan[k] < 0 && asFrameAt(ctx, s, k, true))
      return;
}

/**
 * Whether the frame's cue has content of its own right after it: a that-clause ("as some politicians
 * insist that …", "as he told reporters that …") or an infinitive ("as technology threatens to
 * change …"). An adjunct may follow it ("as Biden said in his State of the Union address, …").
 */
function ownContent(ctx: QuoteContext, from: number, comma: number): boolean {
  const toks = ctx.doc.tokens;
  if (toks[from]?.lower === 'to' && toks[from + 1]?.pos === 'VERB') return true;
  for (let j = from; j < comma && j - from <= MAX_HEARER; j++) {
    if (toks[j].lower === 'that' && toks[j].pos === 'SCONJ') return true;
    if (toks[j].pos === 'ADP' || toks[j].pos === 'PUNCT' || toks[j].pos === 'SCONJ') return false;
  }
  return false;
}
/** The most tokens of a hearer between the cue and its "that" ("told reporters that"). */
const MAX_HEARER = 3;

/** Whether a clause opens at j with its subject (not a preposition, infinitive or relative). */
function subjectOpensAt(ctx: QuoteContext, j: number, end: number): boolean {
  const t = ctx.doc.tokens[j];
  if (!t || !SUBJECT_POS.has(t.pos) || RELATIVES.has(t.lower)) return false;
  return clauseAt(ctx, j, end);
}
const SUBJECT_POS = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'NUM', 'ADJ']);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'that', 'what']);

/** Whether a subject pronoun and a cue open the clause at j ("I think", "we would never expect"). */
function pronounAndCue(ctx: QuoteContext, j: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  if (toks[j]?.pos !== 'PRON' || !PERSONAL_SUBJECT_PRONOUNS.has(toks[j].lower)) return false;
  for (let v = j + 1; v < end && v - j <= 4; v++) {
    if (ctx.cueClass(v) !== null) return true;
    if (toks[v].pos !== 'ADV' && toks[v].pos !== 'AUX' && toks[v].pos !== 'PART') return false;
  }
  return false;
}

/** Reads an "as" frame of saying opening at token a; whether it gave a quote. */
function asFrameAt(ctx: QuoteContext, s: Sentence, a: number, inside: boolean): boolean {
  const toks = ctx.doc.tokens;
  // "As long as …", "As far as you know": a comparison, no frame of saying
  if (toks[a + 2]?.lower === 'as') return false;
  // the comma closing the frame, and the cue verb before it
  let comma = commaAfter(ctx, a + 1, a, s.endToken);
  // "As Akhil Amar, professor of law at Yale, put it, …": an apposition to the speaker set off by
  // commas, the cue right after it
  if (comma > 0 && !hasVerb(ctx, a + 1, comma)) {
    const close = commaAfter(ctx, comma + 1, a, s.endToken);
    if (close > 0 && !hasVerb(ctx, comma + 1, close) && toks[close + 1]?.pos === 'VERB')
      comma = commaAfter(ctx, close + 1, a, s.endToken);
  }
  if (comma < 0) return false;
  if (inside && !subjectOpensAt(ctx, comma + 1, s.endToken)) return false;
  // "as Ben mentioned, we expect the President will …": the clause after it has its own speaker and
  // cue, whose quote it is (the frame only says someone said so before)
  if (inside && pronounAndCue(ctx, comma + 1, s.endToken)) return false;
  for (let k = a + 1; k < comma; k++) {
    const t = toks[k];
    // "As Liz Kreutz points out in a column, …" (the tagger may read the form in -s as a noun)
    const outVerb =
      toks[k + 1]?.lower === 'out' && CLAUSE_OUT_VERBS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'NOUN');
    if (t.pos !== 'VERB' && !outVerb) continue;
    // (the cue keeps its second word: "put it", "pointed out")
    const twoWords = (t.lemma === 'put' && toks[k + 1]?.lower === 'it') || outVerb;
    const cls = ctx.cueClass(k);
    // (further in, only a verb of saying: "I think, as everybody knows, the situation …" is a hedge)
    if (!twoWords && cls !== 'speech' && (inside || cls !== 'cognition')) return false;
    // "as some politicians insist that the island is a nation, …": a cue with content of its own
    // gives a reason, no frame
    if (ownContent(ctx, k + (twoWords ? 2 : 1), comma)) return false;
    // "As the fighting continues, …", "As the summit began, …": a verb that goes on speaking after
    // a quotation ("…," he continued) only sets the time here
    if (GOING_ON.has(t.lemma)) return false;
    // "As reported by Western Journalism, …": the passive's agent is the source
    // (further in, the main clause before it is as likely what was reported: "…, as stated by the
    // legislators, which gives …")
    const byAgent = toks[k + 1]?.lower === 'by' && k === a + 1;
    if (byAgent && inside) return false;
    const speaker = byAgent ? phraseAfter(ctx.doc, k + 2, comma) : subjectBefore(ctx.doc, k, a + 1);
    if (!speaker) return false;
    const start = comma + 1;
    const span = contentSpan(toks, start, contentEnd(ctx, start, s.endToken));
    if (!span) return false;
    const cue = { start: t.start, end: twoWords ? toks[k + 1].end : t.end };
    pushIndirect(ctx, span, cue, speaker, 'as-frame', byAgent ? 'passive-agent' : 'cue-subject');
    for (let j = k; j < comma; j++) ctx.usedCue.add(j);
    return true;
  }
  return false;
}

export function findAsFrameQuotes(ctx: QuoteContext): void {
  for (const s of ctx.sentences) asFrameInSentence(ctx, s);
}
