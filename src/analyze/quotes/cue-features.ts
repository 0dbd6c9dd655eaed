// Features of a candidate attribution cue (a verb outside quotation marks) for the trained cue
// model: the word itself, its neighbours, and what follows and precedes it (a that-clause, a
// colon, a quotation, a named subject). Shared by the model at run time and by its training script.
import type { Token } from '../document.js';
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
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);

/** Hashes of the few fixed values (tags, classes, kinds). */
const fixed = new Map<string, number>();
function h(s: string): number {
  let v = fixed.get(s);
  if (v === undefined) fixed.set(s, (v = strHash(s)));
  return v;
}

/** Per document, each token's word, lemma and tag hashes, computed once when first asked for. */
interface TokenHashes {
  done: Uint8Array;
  lower: Int32Array;
  lemma: Int32Array;
  pos: Int32Array;
}
const tokenHashes = new WeakMap<QuoteContext, TokenHashes>();
const NONE = strHash('<s>');
function hashesOf(ctx: QuoteContext): TokenHashes {
  let th = tokenHashes.get(ctx);
  if (!th) {
    const n = ctx.doc.tokens.length;
    th = { done: new Uint8Array(n), lower: new Int32Array(n), lemma: new Int32Array(n), pos: new Int32Array(n) };
    tokenHashes.set(ctx, th);
  }
  return th;
}
/** Token j's hashes filled in (j must be a token index). */
function hashToken(ctx: QuoteContext, th: TokenHashes, j: number): void {
  if (th.done[j]) return;
  const t = ctx.doc.tokens[j];
  th.lower[j] = strHash(t.lower);
  th.lemma[j] = strHash(t.lemma);
  th.pos[j] = h(t.pos);
  th.done[j] = 1;
}

/** Per document: whether each (re-joined) sentence holds a quotation (-1 not yet known). */
const quotedSentences = new WeakMap<QuoteContext, Int8Array>();
function sentenceHasQuote(ctx: QuoteContext, si: number, first: number, end: number): number {
  let known = quotedSentences.get(ctx);
  if (!known) {
    known = new Int8Array(ctx.sentences.length).fill(-1);
    quotedSentences.set(ctx, known);
  }
  if (known[si] < 0) {
    known[si] = 0;
    for (let j = first; j < end; j++)
      if (ctx.inSpan[j] >= 0) {
        known[si] = 1;
        break;
      }
  }
  return known[si];
}

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
  const quoteInSentence = s ? sentenceHasQuote(ctx, s.i, first, end) : 0;
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
  const th = hashesOf(ctx);
  const inside = (j: number) => j >= first && j < end;
  const posH = (j: number) => (inside(j) ? (hashToken(ctx, th, j), th.pos[j]) : NONE);
  const wordH = (j: number) => (inside(j) ? (hashToken(ctx, th, j), th.lower[j]) : NONE);
  hashToken(ctx, th, i);
  const lem = th.lemma[i];
  const nextPos = posH(i + 1);
  const feats = [
    feat1(T.Bias, 0),
    feat1(T.Lemma, lem),
    feat1(T.Lower, th.lower[i]),
    feat1(T.Suffix, strHashRange(t.lower, Math.max(0, t.lower.length - 3), t.lower.length)),
    feat1(T.LexClass, h(lexClass)),
    feat1(T.PrevWord, wordH(i - 1)),
    feat1(T.PrevPos, posH(i - 1)),
    feat2(T.Prev2Pos, posH(i - 2), posH(i - 1)),
    feat1(T.NextWord, wordH(i + 1)),
    feat1(T.NextPos, nextPos),
    feat1(T.Next2Word, wordH(i + 2)),
    feat2(T.Next2Pos, nextPos, posH(i + 2)),
    feat1(T.ThatFollows, that),
    feat1(T.ToVerbFollows, toVerb ? 1 : 0),
    feat1(T.ColonFollows, colon ? 1 : 0),
    feat1(T.QuoteNear, h(quoteNear)),
    feat1(T.PostPosed, postPosed),
    feat1(T.CommaBefore, prev?.text === ',' ? 1 : 0),
    feat1(T.SubjectKind, subj),
    feat1(T.Relative, prev && RELATIVES.has(prev.lower) ? 1 : 0),
    feat2(T.LemmaThat, lem, that),
    feat2(T.LemmaNextPos, lem, nextPos),
    feat2(T.LemmaSubject, lem, subj),
    feat2(T.LemmaPostPosed, lem, postPosed),
    feat1(T.Passive, prev && BE.has(prev.lower) ? 1 : 0),
    feat1(T.Shape, /^\p{Lu}/u.test(t.text) ? 1 : 0),
    feat1(T.QuoteInSentence, quoteInSentence),
    feat2(T.ToFollowsLater, lem, toLater),
  ];
  for (let k = 0; k < feats.length; k++) out[k] = feats[k];
  return feats.length;
}

/** The most features cueFeatures writes. */
export const MAX_CUE_FEATURES = 32;
