// Features of a candidate attribution cue (a verb outside quotation marks) for the trained cue
// model: the word itself, its neighbours, and what follows and precedes it (a that-clause, a
// colon, a quotation, a named subject). Shared by the model at run time and by its training script.
import { feat1, feat2, strHash, strHashRange } from '../entities/ner/hashing.js';
import type { QuoteContext } from './context.js';

/** Feature templates: a feature is a hash of its template number and its value(s). */
const enum T {
  Bias,
  Lemma,
  Lower,
  Suffix,
  LexClass,
  PrevWord,
  PrevPos,
  Prev2Pos,
  NextWord,
  NextPos,
  Next2Word,
  Next2Pos,
  ThatFollows,
  ToVerbFollows,
  ColonFollows,
  QuoteNear,
  PostPosed,
  CommaBefore,
  SubjectKind,
  Relative,
  LemmaThat,
  LemmaNextPos,
  LemmaSubject,
  LemmaPostPosed,
  Passive,
  Shape,
  QuoteInSentence,
  ToFollowsLater,
}

/** How far after the cue a "that" still opens its clause (told reporters on Monday that). */
const THAT_WINDOW = 6;
/** How far before the cue its subject is looked for. */
const SUBJECT_WINDOW = 6;
const RELATIVES = new Set(['who', 'which', 'that']);
// (the cue model was trained on exactly these: closed-class.ts BE_WORDS has "am" too)
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);

/** Hashes of the few fixed values (tags, classes, kinds). */
const fixed = new Map<string, number>();
function h(s: string): number {
  let v = fixed.get(s);
  if (v === undefined) fixed.set(s, (v = strHash(s)));
  return v;
}

/**
 * What the features need of the document being read, built on its first scored token: each token's
 * word, lemma and tag hashes (filled as tokens are asked for) and which sentences hold a quotation.
 * One set of buffers serves document after document, as in bound-features.ts (allocating them for
 * every text cost more than filling them).
 */
export class CueFeatureData {
  ctx: QuoteContext | null = null;
  done = new Uint8Array(0);
  lower = new Int32Array(0);
  lemma = new Int32Array(0);
  pos = new Int32Array(0);
  /** Per re-joined sentence: 1 if it holds a quotation, 0 if not, -1 not yet known. */
  quoted = new Int8Array(0);

  /** Ready for `ctx`'s document: buffers large enough and cleared. */
  reset(ctx: QuoteContext): void {
    const doc = ctx.doc;
    const n = doc.tokens.length;
    this.ctx = ctx;
    if (this.done.length < n) {
      const size = Math.max(n, this.done.length * 2);
      this.done = new Uint8Array(size);
      this.lower = new Int32Array(size);
      this.lemma = new Int32Array(size);
      this.pos = new Int32Array(size);
    } else this.done.fill(0, 0, n);
    const sentences = ctx.sentences.length;
    if (this.quoted.length < sentences) this.quoted = new Int8Array(Math.max(sentences, this.quoted.length * 2));
    this.quoted.fill(-1, 0, sentences);
  }

  /** Token j's hashes filled in. */
  hash(j: number): void {
    if (this.done[j]) return;
    const t = (this.ctx as QuoteContext).doc.tokens[j];
    this.lower[j] = strHash(t.lower);
    this.lemma[j] = strHash(t.lemma);
    this.pos[j] = h(t.pos);
    this.done[j] = 1;
  }

  sentenceHasQuote(si: number, first: number, end: number): number {
    if (this.quoted[si] < 0) {
      this.quoted[si] = 0;
      const inSpan = (this.ctx as QuoteContext).inSpan;
      for (let j = first; j < end; j++)
        if (inSpan[j] >= 0) {
          this.quoted[si] = 1;
          break;
        }
    }
    return this.quoted[si];
  }
}
const NONE = strHash('<s>');
const shared = new CueFeatureData();
/** The data for ctx's document, reset when another document's context asks. */
const dataOf = (ctx: QuoteContext) => {
  if (shared.ctx !== ctx) shared.reset(ctx);
  return shared;
};

/** Whether a token may be a cue the model decides on: a verb outside quotation marks. */
export function isCueCandidate(ctx: QuoteContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  return t !== undefined && t.pos === 'VERB' && ctx.inSpan[i] < 0;
}

/**
 * The kind of phrase before the cue acting as its subject: a person or organisation entity, a
 * pronoun, another noun, or none (a comma, the sentence start), skipping adverbs and auxiliaries.
 */
function subjectKind(ctx: QuoteContext, i: number, first: number): string {
  const toks = ctx.doc.tokens;
  for (let j = i - 1; j >= first && i - j <= SUBJECT_WINDOW; j--) {
    const t = toks[j];
    if (t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART') continue;
    if (t.pos === 'PRON') return RELATIVES.has(t.lower) ? 'rel' : 'pron';
    if (t.pos === 'PROPN' || t.pos === 'NOUN') {
      // the entity whose mention the word starts in (where mentions nest, the one listed first):
      // asked of the one word that needs it, not worked out for every token of the document
      const hit = ctx.doc.entityAt(t.start);
      if (hit) return hit.entity.type === 'PERSON' ? 'person' : hit.entity.type === 'ORG' ? 'org' : 'ent';
      return t.pos === 'PROPN' ? 'propn' : 'noun';
    }
    return t.text === ',' ? 'comma' : t.pos;
  }
  return 'none';
}

/** Fills `out` with the hashed features of token i; returns how many. */
export function cueFeatures(ctx: QuoteContext, i: number, lexClass: string, out: Int32Array): number {
  const toks = ctx.doc.tokens;
  const s = ctx.sentenceAt(i);
  const first = s ? s.firstToken : 0;
  const end = s ? s.endToken : toks.length;
  const t = toks[i];
  const at = (j: number) => (j >= first && j < end ? toks[j] : undefined);
  const prev = at(i - 1);
  const next = at(i + 1);
  const next2 = at(i + 2);
  let that = 0;
  for (let j = i + 1; j < end && j - i <= THAT_WINDOW; j++) {
    if (toks[j].lower === 'that' && toks[j].pos === 'SCONJ') {
      that = j - i === 1 ? 1 : 2;
      break;
    }
    if (toks[j].pos === 'PUNCT' && toks[j].text !== ',') break;
  }
  const toVerb = next?.lower === 'to' && next2?.pos === 'VERB';
  const colon = next?.text === ':' || next2?.text === ':';
  let quoteNear = 'no';
  for (let j = i + 1; j < end && j - i <= 3; j++)
    if (ctx.inSpan[j] >= 0) {
      quoteNear = 'after';
      break;
    }
  if (quoteNear === 'no')
    for (let j = i - 1; j >= first && i - j <= 4; j--) if (ctx.inSpan[j] >= 0) quoteNear = 'before';
  const data = dataOf(ctx);
  const quoteInSentence = s ? data.sentenceHasQuote(s.i, first, end) : 0;
  // told them to leave, urged Congress to act: an infinitive after an object
  let toLater = 0;
  for (let j = i + 2; j < end && j - i <= 5; j++) {
    if (toks[j].lower === 'to' && toks[j + 1]?.pos === 'VERB') {
      toLater = 1;
      break;
    }
    if (toks[j].pos === 'PUNCT' || toks[j].pos === 'VERB') break;
  }
  const postPosed = !next || next.text === ',' || /^[.!?]$/.test(next.text) ? 1 : 0;
  const subj = h(subjectKind(ctx, i, first));
  const th = data;
  const inside = (j: number) => j >= first && j < end;
  const posH = (j: number) => (inside(j) ? (th.hash(j), th.pos[j]) : NONE);
  const wordH = (j: number) => (inside(j) ? (th.hash(j), th.lower[j]) : NONE);
  th.hash(i);
  const lem = th.lemma[i];
  const nextPos = posH(i + 1);
  // written straight into `out`: this runs for every candidate verb of every text
  let n = 0;
  out[n++] = feat1(T.Bias, 0);
  out[n++] = feat1(T.Lemma, lem);
  out[n++] = feat1(T.Lower, th.lower[i]);
  out[n++] = feat1(T.Suffix, strHashRange(t.lower, Math.max(0, t.lower.length - 3), t.lower.length));
  out[n++] = feat1(T.LexClass, h(lexClass));
  out[n++] = feat1(T.PrevWord, wordH(i - 1));
  out[n++] = feat1(T.PrevPos, posH(i - 1));
  out[n++] = feat2(T.Prev2Pos, posH(i - 2), posH(i - 1));
  out[n++] = feat1(T.NextWord, wordH(i + 1));
  out[n++] = feat1(T.NextPos, nextPos);
  out[n++] = feat1(T.Next2Word, wordH(i + 2));
  out[n++] = feat2(T.Next2Pos, nextPos, posH(i + 2));
  out[n++] = feat1(T.ThatFollows, that);
  out[n++] = feat1(T.ToVerbFollows, toVerb ? 1 : 0);
  out[n++] = feat1(T.ColonFollows, colon ? 1 : 0);
  out[n++] = feat1(T.QuoteNear, h(quoteNear));
  out[n++] = feat1(T.PostPosed, postPosed);
  out[n++] = feat1(T.CommaBefore, prev?.text === ',' ? 1 : 0);
  out[n++] = feat1(T.SubjectKind, subj);
  out[n++] = feat1(T.Relative, prev && RELATIVES.has(prev.lower) ? 1 : 0);
  out[n++] = feat2(T.LemmaThat, lem, that);
  out[n++] = feat2(T.LemmaNextPos, lem, nextPos);
  out[n++] = feat2(T.LemmaSubject, lem, subj);
  out[n++] = feat2(T.LemmaPostPosed, lem, postPosed);
  out[n++] = feat1(T.Passive, prev && BE.has(prev.lower) ? 1 : 0);
  out[n++] = feat1(T.Shape, /^\p{Lu}/u.test(t.text) ? 1 : 0);
  out[n++] = feat1(T.QuoteInSentence, quoteInSentence);
  out[n++] = feat2(T.ToFollowsLater, lem, toLater);
  return n;
}

/** The most features cueFeatures writes. */
export const MAX_CUE_FEATURES = 32;
