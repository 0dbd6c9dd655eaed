// What the tagger looks at for each token, as integer feature hashes. Static features depend on the
// text only; history features depend on the tags already chosen to the left and in the document.
// The token's own word and its neighbours' words come from the lexicon's per-word cache.
import type { Token } from '../../document.js';
import type { Gazetteer } from './gazetteer.js';
import { feat1, feat2, feat3, strHash } from './hashing.js';
import { featuresFrom, featuresTo, Lexicon, NEIGHBOURS, SELF, T, startsUpper, type WordInfo } from './lexicon.js';
import { NUM_LABELS, labelIndex } from './tags.js';

/**
 * Document-wide facts about words: seen lower-case, seen capitalised inside a sentence. Only
 * capitalised words are ever asked about (by their lower case), so lowerSeen holds only those.
 */
export interface DocumentWords {
  lowerSeen: Set<string>;
  capitalSeenInside: Set<string>;
}

export function documentWords(seqs: Token[][]): DocumentWords {
  const capitalised = new Set<string>();
  const capitalSeenInside = new Set<string>();
  for (const seq of seqs) {
    for (let i = 0; i < seq.length; i++) {
      const t = seq[i];
      if (!startsUpper(t.text)) continue;
      capitalised.add(t.lower);
      if (i > 0 && seq[i - 1].sentence === t.sentence && !isAllCaps(t.text)) capitalSeenInside.add(t.lower);
    }
  }
  // the words seen lower-case, of those asked about: most words of a text are never capitalised in it
  const lowerSeen = new Set<string>();
  for (const seq of seqs)
    for (const t of seq) {
      const c = t.text.charCodeAt(0);
      if (c >= 97 && c <= 122 && capitalised.has(t.text)) lowerSeen.add(t.text);
    }
  return { lowerSeen, capitalSeenInside };
}

function isAllCaps(s: string): boolean {
  if (s.length < 2) return false;
  // ASCII, as nearly every word is, by its letters (no upper- and lower-case copies to compare with):
  // no small letter, and a capital somewhere
  let capital = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return s === s.toUpperCase() && s !== s.toLowerCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capital = true;
  }
  return capital;
}

/** True when most letters on the line are capitals (wire headlines, datelines). */
function capsLine(seq: Token[]): boolean {
  let upper = 0;
  let lower = 0;
  // characters not read yet: once even all of them as capitals could not make the line capitals,
  // the answer is known (most lines are found out within their first third)
  let left = 0;
  for (const t of seq) left += t.text.length;
  for (const t of seq) {
    if (upper + left <= 2 * lower) return false;
    left -= t.text.length;
    for (let i = 0; i < t.text.length; i++) {
      const c = t.text.charCodeAt(i);
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
    }
  }
  return upper > 3 && upper > 2 * lower;
}

/** Parts of speech by small id (0 and 1 stand before and after a line), and each one's hash. */
const posIds = new Map<string, number>();
const posHashById: number[] = [];
function posId(pos: string): number {
  let id = posIds.get(pos);
  if (id === undefined) {
    posIds.set(pos, (id = posHashById.length));
    posHashById.push(strHash(pos));
  }
  return id;
}
const BEFORE_POS = posId('<s>');
const AFTER_POS = posId('</s>');

/** One line prepared for tagging: its words, parts of speech, gazetteer marks and line facts. */
export interface LineContext {
  seq: Token[];
  /** info[i + 2] is token i's word; two boundary words pad each side. */
  info: WordInfo[];
  /** pos[i + 2], padded like info: the hash of token i's part of speech… */
  pos: Int32Array;
  /** …and its small id (posIds, in the order first seen), for cache keys. */
  posIds: Int32Array;
  gaz: Array<Int32Array | null>;
  caps: boolean;
  words: DocumentWords;
  lexicon: Lexicon;
}

export const PAD = 2;

/**
 * Arrays a caller lends lineContext for the part-of-speech rows, so that a line does not cost two
 * new typed arrays (each line's is past V8's in-heap size, so each was a buffer allocated outside
 * the heap and freed by the collector). A context made with them holds until they are lent again.
 */
export class LineScratch {
  pos = new Int32Array(64);
  posIds = new Int32Array(64);

  /** Room for `length` entries. */
  fit(length: number): void {
    if (this.pos.length >= length) return;
    this.pos = new Int32Array(2 * length);
    this.posIds = new Int32Array(2 * length);
  }
}

export function lineContext(
  seq: Token[],
  words: DocumentWords,
  lexicon: Lexicon,
  gazetteer: Gazetteer | null,
  /** Tokens whose word nothing will read (restricted decoding): lexicon.unread stands for them. */
  unread: Uint8Array | null = null,
  /** Where to write the part-of-speech rows (else new arrays): see LineScratch. */
  scratch: LineScratch | null = null,
): LineContext {
  const n = seq.length;
  const info: WordInfo[] = new Array<WordInfo>(n + 2 * PAD);
  scratch?.fit(n + 2 * PAD);
  const pos = scratch ? scratch.pos : new Int32Array(n + 2 * PAD);
  const ids = scratch ? scratch.posIds : new Int32Array(n + 2 * PAD);
  for (let k = 0; k < PAD; k++) {
    info[k] = lexicon.before;
    ids[k] = BEFORE_POS;
    info[n + PAD + k] = lexicon.after;
    ids[n + PAD + k] = AFTER_POS;
  }
  for (let i = 0; i < n; i++) {
    // (nothing reads an unread token's part of speech either: only its neighbours' within one)
    if (unread !== null && unread[i]) {
      info[i + PAD] = lexicon.unread;
      ids[i + PAD] = BEFORE_POS;
    } else {
      info[i + PAD] = lexicon.get(seq[i].text, seq[i].lower);
      ids[i + PAD] = posId(seq[i].pos);
    }
  }
  for (let j = 0; j < n + 2 * PAD; j++) pos[j] = posHashById[ids[j]];
  return {
    seq,
    info,
    pos,
    posIds: ids,
    gaz: gazetteer ? gazetteer.mark(seq, { info, offset: PAD }) : [],
    caps: capsLine(seq),
    words,
    lexicon,
  };
}

/**
 * Writes token i's static features into `out` from `at`; returns the new end. Without `withWords`,
 * the features of the token's own word and of its neighbours' words are left out (the caller adds
 * their weights from the per-word cache).
 */
export function staticFeatures(ctx: LineContext, i: number, withWords: boolean, out: Int32Array, at: number): number {
  const { seq, info, pos } = ctx;
  const n = seq.length;
  const j = i + PAD;
  const w = info[j];
  const prev = info[j - 1];
  const next = info[j + 1];
  const t = seq[i];
  out[at++] = feat1(T.pos, pos[j]);
  out[at++] = feat2(T.prevLowerLower, prev.lowerH, w.lowerH);
  out[at++] = feat2(T.lowerNextLower, w.lowerH, next.lowerH);
  out[at++] = feat1(T.posPrev, pos[j - 1]);
  out[at++] = feat1(T.posNext, pos[j + 1]);
  out[at++] = feat2(T.posPrevPos, pos[j - 1], pos[j]);
  out[at++] = feat2(T.posPosNext, pos[j], pos[j + 1]);
  out[at++] = feat3(T.shortTrigram, prev.shortH, w.shortH, next.shortH);
  out[at++] = feat1(T.shortPrev, prev.shortH);
  out[at++] = feat1(T.shortNext, next.shortH);
  out[at++] = feat2(T.shortNextLower, w.shortH, next.lowerH);
  out[at++] = feat2(T.prevLowerShort, prev.lowerH, w.shortH);
  if (withWords) {
    for (let m = featuresFrom(w, SELF); m < featuresTo(w, SELF); m++) out[at++] = w.features[m];
    for (let k = 0; k < NEIGHBOURS.length; k++) {
      const near = info[j + NEIGHBOURS[k]];
      for (let m = featuresFrom(near, k + 1); m < featuresTo(near, k + 1); m++) out[at++] = near.features[m];
    }
  }
  const initial = i === 0 || seq[i - 1].sentence !== t.sentence;
  if (initial) {
    out[at++] = feat1(T.initialShort, w.shortH);
    out[at++] = feat1(T.initialLower, w.lowerH);
  }
  if (ctx.caps) {
    out[at++] = feat1(T.capsShort, w.shortH);
    out[at++] = feat1(T.capsPrevLower, prev.lowerH);
  }
  if (w.upper) {
    const init = initial ? 1 : 0;
    if (ctx.words.lowerSeen.has(w.lower)) {
      out[at++] = feat1(T.lowerSeen, 2);
      out[at++] = feat1(T.lowerSeen, init);
    }
    if (ctx.words.capitalSeenInside.has(w.lower)) {
      out[at++] = feat1(T.capInside, 2);
      out[at++] = feat1(T.capInside, init);
    }
  }
  const gaz = ctx.gaz;
  if (gaz.length) {
    at = gazFeatures(gaz[i], T.gaz, out, at);
    if (i > 0) at = gazFeatures(gaz[i - 1], T.gazPrev, out, at);
    if (i + 1 < n) at = gazFeatures(gaz[i + 1], T.gazNext, out, at);
  }
  // glued tokens: hyphenated names ("Jong-un"), possessives, abbreviations
  if (i > 0 && seq[i - 1].end === t.start) out[at++] = feat2(T.glueBefore, prev.shortH, w.shortH);
  if (i + 1 < n && seq[i + 1].start === t.end) out[at++] = feat2(T.glueAfter, w.shortH, next.shortH);
  return at;
}

function gazFeatures(marks: Int32Array | null, template: number, out: Int32Array, at: number): number {
  if (marks) for (let k = 0; k < marks.length && k < 8; k++) out[at++] = feat1(template, marks[k]);
  return at;
}

/** What the document remembers of a word: its last tag, and how often it was tagged with each label. */
export interface WordMemory {
  last: number;
  /** Counts per label (NUM_LABELS) then for O. */
  counts: Int32Array;
}

export function remember(
  memory: Map<string, WordMemory>,
  text: string,
  tag: number,
  counted: boolean,
  /** The word's entry, when the caller has already looked it up (entries are never replaced). */
  known?: WordMemory,
): void {
  let m = known ?? memory.get(text);
  if (!m) memory.set(text, (m = { last: tag, counts: counted ? new Int32Array(NUM_LABELS + 1) : NO_COUNTS }));
  m.last = tag;
  if (counted) m.counts[labelIndex(tag)]++;
}
const NO_COUNTS = new Int32Array(0);

/** Writes the history features: the two previous tags and what the document remembers of the word. */
export function historyFeatures(
  ctx: LineContext,
  i: number,
  prev: number,
  prev2: number,
  remembered: WordMemory | undefined,
  out: Int32Array,
  at: number,
): number {
  const w = ctx.info[i + PAD];
  out[at++] = feat1(T.tag1, prev);
  out[at++] = feat2(T.tag2tag1, prev2, prev);
  out[at++] = feat2(T.tag1Lower, prev, w.lowerH);
  out[at++] = feat2(T.tag1Short, prev, w.shortH);
  if (remembered !== undefined) {
    const label = labelIndex(remembered.last);
    out[at++] = feat1(T.memory, label);
    out[at++] = feat2(T.memoryTag1, label, prev);
    if (ctx.lexicon.options.memoryShare) {
      const counts = remembered.counts;
      let total = 0;
      for (let k = 0; k <= NUM_LABELS; k++) total += counts[k];
      for (let k = 0; k <= NUM_LABELS; k++) {
        if (counts[k] === 0) continue;
        const share = counts[k] / total;
        out[at++] = feat2(T.memoryShare, k, share === 1 ? 2 : share >= 0.5 ? 1 : 0);
      }
    }
  }
  return at;
}

/**
 * Viterbi decoding's features, in two parts. What the document remembers of the word, which does not
 * depend on the tags of this line:
 */
export function memoryFeatures(
  ctx: LineContext,
  remembered: WordMemory | undefined,
  out: Int32Array,
  at: number,
): number {
  if (remembered === undefined) return at;
  out[at++] = feat1(T.memory, labelIndex(remembered.last));
  if (ctx.lexicon.options.memoryShare) {
    const counts = remembered.counts;
    let total = 0;
    for (let k = 0; k <= NUM_LABELS; k++) total += counts[k];
    for (let k = 0; k <= NUM_LABELS; k++) {
      if (counts[k] === 0) continue;
      const share = counts[k] / total;
      out[at++] = feat2(T.memoryShare, k, share === 1 ? 2 : share >= 0.5 ? 1 : 0);
    }
  }
  return at;
}

/** …and the features of token i that depend on the previous token's tag (first order only). */
export function transitionFeatures(
  ctx: LineContext,
  i: number,
  prev: number,
  remembered: WordMemory | undefined,
  out: Int32Array,
  at: number,
): number {
  const w = ctx.info[i + PAD];
  out[at++] = feat1(T.tag1, prev);
  out[at++] = feat2(T.tag1Lower, prev, w.lowerH);
  out[at++] = feat2(T.tag1Short, prev, w.shortH);
  if (remembered !== undefined) out[at++] = feat2(T.memoryTag1, labelIndex(remembered.last), prev);
  return at;
}
