// Per-word facts the tagger needs again and again, computed once per distinct word and cached:
// hashes of the word, its lower case and its shape, and the hashed features of the word itself and
// of the word seen as a neighbour. The model also caches the summed weights of those features here.
import type { PhraseNode } from './gazetteer.js';
import { feat1, feat2, fmix, strHash, strHashRange } from './hashing.js';

/** Word clusters from unlabelled news: lower-cased word → packed code (see clusterCode). */
export type Clusters = Map<string, number>;

/** Packs a capitalisation bucket (0..15), a coarse cluster (0..255) and a fine cluster (0..4095). */
export function clusterCode(bucket: number, coarse: number, fine: number): number {
  return bucket | (coarse << 4) | (fine << 12);
}
const bucketOf = (code: number) => code & 15;

/**
 * Whether the unlabelled news the clusters came from writes the word in lower case at least 70% of
 * the time inside a sentence (capitalisation bucket 0 or 1): "officials", "witnesses", not "Smith";
 * undefined for a word the clusters do not hold.
 */
export function mostlyLowerCase(clusters: Clusters, word: string): boolean | undefined {
  const code = clusters.get(word.toLowerCase());
  return code === undefined ? undefined : bucketOf(code) <= 1;
}
const coarseOf = (code: number) => (code >>> 4) & 255;
const fineOf = (code: number) => code >>> 12;

/** Feature templates: each number names one kind of feature (values are hashed with it). */
export const T = {
  bias: 1,
  word: 2,
  lower: 3,
  shape: 4,
  short: 5,
  prefix3: 6,
  suffix3: 7,
  suffix4: 8,
  suffix2: 9,
  prefix2: 10,
  cap: 11,
  capShort: 12,
  coarse: 13,
  fine: 14,
  unknownShort: 15,
  near: 16, // + neighbour index (4)
  nearFine: 24, // + neighbour index
  nearCap: 32, // + neighbour index
  nearSuffix3: 40, // + neighbour index
  pos: 50,
  prevLowerLower: 51,
  lowerNextLower: 52,
  posPrev: 53,
  posNext: 54,
  posPrevPos: 55,
  posPosNext: 56,
  shortTrigram: 57,
  shortPrev: 58,
  shortNext: 59,
  shortNextLower: 60,
  prevLowerShort: 61,
  initialShort: 62,
  initialLower: 63,
  capsShort: 64,
  capsPrevLower: 65,
  lowerSeen: 66,
  capInside: 67,
  gaz: 68,
  gazPrev: 69,
  gazNext: 70,
  glueBefore: 71,
  glueAfter: 72,
  tag1: 80,
  tag2tag1: 81,
  tag1Lower: 82,
  tag1Short: 83,
  memory: 84,
  memoryTag1: 85,
  memoryShare: 86,
} as const;

/** Offsets of the neighbours whose words are features. */
export const NEIGHBOURS = [-2, -1, 1, 2] as const;

/** Optional feature groups, fixed at training time and recorded in the model file. */
export interface FeatureOptions {
  /** The last three letters of the words either side. */
  nearAffixes: boolean;
  /** How often the same word was tagged as each label earlier in the document. */
  memoryShare: boolean;
  /** First-order Viterbi decoding of each line (structured perceptron) instead of greedy tagging. */
  viterbi: boolean;
}
export const DEFAULT_FEATURES: FeatureOptions = {
  nearAffixes: false,
  memoryShare: false,
  viterbi: false,
};

/** A word's facts with empty caches; every field present from the start, so the hot loops read one object shape. */
function wordInfo(
  text: string,
  lower: string,
  lowerH: number,
  shortH: number,
  upper: boolean,
  features: Int32Array,
): WordInfo {
  return {
    text,
    lower,
    lowerH,
    shortH,
    shapeId: shapeId(shortH),
    upper,
    features,
    scoresAt: -1,
    scoresGeneration: -1,
    ownGeneration: -1,
    transitionsAt: -1,
    transitionsGeneration: -1,
    gazetteerEntry: undefined,
    gazetteerOwner: undefined,
  };
}

export interface WordInfo {
  text: string;
  lower: string;
  lowerH: number;
  /** Hash of the collapsed shape ("Xx", "X.X.", "d-d")… */
  shortH: number;
  /** …and its small id (shapeId), -1 past MAX_SHAPES. */
  shapeId: number;
  upper: boolean;
  /**
   * The word's features, in one array (a new word costs one allocation, not five): a header of five
   * end offsets, then the features of the word itself, then those of the word as the neighbour at
   * NEIGHBOURS[k] for each k. Read them with featuresFrom and featuresTo.
   */
  features: Int32Array;
  /**
   * Cached summed weights, filled by the model that owns the lexicon: where in its score pool
   * (score-pool.ts) the word's block starts, -1 if nowhere, and in which generation of the pool. The
   * block holds the weights of the word's own features, then those of its features as each
   * neighbour, each part as wide as the tag set.
   */
  scoresAt: number;
  scoresGeneration: number;
  /** The generation in which the block's first part (the word's own features) was summed (-1: not yet). */
  ownGeneration: number;
  /** Cached by the model for Viterbi decoding: where the word's transition table is, in which generation. */
  transitionsAt: number;
  transitionsGeneration: number;
  /** Cached by a gazetteer: its node for the word's lower case (null: nothing listed), and which gazetteer. */
  gazetteerEntry: PhraseNode | null | undefined;
  gazetteerOwner: object | undefined;
}

/** Feature groups of a word: its own (0), then as the neighbour at NEIGHBOURS[k] (k + 1). */
export const SELF = 0;
const HEADER = 1 + NEIGHBOURS.length;

/** Where feature group `group` of the word starts in `features`… */
export function featuresFrom(w: WordInfo, group: number): number {
  return group === 0 ? HEADER : w.features[group - 1];
}
/** …and where it ends. */
export function featuresTo(w: WordInfo, group: number): number {
  return w.features[group];
}

/** Packs feature groups after their header of end offsets. */
function packFeatures(groups: number[][]): Int32Array {
  let size = HEADER;
  for (const g of groups) size += g.length;
  const out = new Int32Array(size);
  let at = HEADER;
  for (let k = 0; k < groups.length; k++) {
    out.set(groups[k], at);
    at += groups[k].length;
    out[k] = at;
  }
  return out;
}

/** Word shape with runs capped at 3 ("Xxxxxxx" → "Xxxx"... runs of 4+ become 3). */
export function wordShape(text: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < text.length && out.length < 12; i++) {
    const c = text.charCodeAt(i);
    const k =
      c >= 65 && c <= 90
        ? 'X'
        : c >= 97 && c <= 122
          ? 'x'
          : c >= 48 && c <= 57
            ? 'd'
            : c > 127
              ? shapeOfWide(text[i])
              : text[i];
    run = k === last ? run + 1 : 1;
    last = k;
    if (run <= 3) out += k;
  }
  return out;
}

function shapeOfWide(ch: string): string {
  const up = ch.toUpperCase();
  const low = ch.toLowerCase();
  if (up !== low) return ch === up ? 'X' : 'x';
  return '~';
}

/** The code of a character's shape class, as wordShape writes it. */
function shapeCode(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return 88; // X
  if (c >= 97 && c <= 122) return 120; // x
  if (c >= 48 && c <= 57) return 100; // d
  return c > 127 ? shapeOfWide(text[i]).charCodeAt(0) : c;
}

const FNV_START = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * strHash(wordShape(text)) and strHash(shortShape(wordShape(text))), computed in one pass without
 * building either string (a new word is shaped once, but there are many new words).
 */
export function shapeHashes(text: string): { shapeH: number; shortH: number } {
  let shape = FNV_START;
  let short = FNV_START;
  let length = 0;
  let last = -1;
  let run = 0;
  for (let i = 0; i < text.length && length < 12; i++) {
    const k = shapeCode(text, i);
    run = k === last ? run + 1 : 1;
    if (run <= 3) {
      shape = Math.imul(shape ^ k, FNV_PRIME);
      length++;
      // a run's first character is the only one the short shape keeps
      if (run === 1) short = Math.imul(short ^ k, FNV_PRIME);
    }
    last = k;
  }
  return { shapeH: fmix(shape), shortH: fmix(short) };
}

/** Shape with every run collapsed to one character. */
export function shortShape(shape: string): string {
  let out = '';
  for (let i = 0; i < shape.length; i++) if (shape[i] !== shape[i - 1]) out += shape[i];
  return out;
}

export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && s[0] !== s[0].toLowerCase());
}

/** Collapsed shapes given a small id: ample for real text (under 200 in 4,000 articles), and few enough
 * that a triple of ids is a small integer key (2^30). */
export const MAX_SHAPES = 1024;
const shapeIds = new Map<number, number>();

/** A small, stable id for a collapsed shape's hash (for cache keys), or -1 once MAX_SHAPES are taken. */
export function shapeId(shortH: number): number {
  let id = shapeIds.get(shortH);
  if (id === undefined) {
    if (shapeIds.size >= MAX_SHAPES) return -1;
    shapeIds.set(shortH, (id = shapeIds.size));
  }
  return id;
}

/** Distinct words kept before the cache is emptied (bounds memory on endless input). */
export const LIMIT = 100_000;

/** Numbers per chunk of words' features (Lexicon.keepFeatures): some 3,000 words' (64 KiB). */
export const FEATURE_CHUNK = 16_384;

export class Lexicon {
  private readonly byText = new Map<string, WordInfo>();
  /** The words standing for the positions before and after a line. */
  readonly before: WordInfo;
  readonly after: WordInfo;

  constructor(
    readonly clusters: Clusters | null,
    readonly options: FeatureOptions = DEFAULT_FEATURES,
  ) {
    this.before = this.boundary('<s>');
    this.after = this.boundary('</s>');
    this.unread = this.boundary('<unread>');
  }

  /** Stands for a token restricted decoding never reads (far from any token a name may use). */
  readonly unread: WordInfo;

  get(text: string, lower: string): WordInfo {
    let info = this.byText.get(text);
    if (info === undefined) {
      if (this.byText.size >= LIMIT) this.byText.clear();
      info = this.make(text, lower);
      this.byText.set(text, info);
    }
    return info;
  }

  private boundary(mark: string): WordInfo {
    const h = strHash(mark);
    return wordInfo(mark, mark, h, h, false, packFeatures([[], ...NEIGHBOURS.map((_, k) => [feat1(T.near + k, h)])]));
  }

  /** A new word's features as they are gathered (at most 14 of its own and 4 as neighbours; ample room). */
  private readonly scratch = new Int32Array(64);

  /**
   * A new word's facts. The features go straight into one scratch array, laid out as packFeatures
   * lays them out (header of group ends, then the groups), and are copied once: a text has thousands
   * of distinct words, and building five small arrays for each showed in the profile.
   */
  private make(text: string, lower: string): WordInfo {
    const { shapeH, shortH } = shapeHashes(text);
    const lowerH = strHash(lower);
    const n = lower.length;
    const f = this.scratch;
    let at = HEADER;
    f[at++] = feat1(T.bias, 0);
    f[at++] = feat1(T.word, text === lower ? lowerH : strHash(text));
    f[at++] = feat1(T.lower, lowerH);
    f[at++] = feat1(T.shape, shapeH);
    f[at++] = feat1(T.short, shortH);
    if (n > 3) {
      f[at++] = feat1(T.prefix3, strHashRange(lower, 0, 3));
      f[at++] = feat1(T.suffix3, strHashRange(lower, n - 3, n));
      f[at++] = feat1(T.suffix4, strHashRange(lower, n - 4, n));
    }
    if (n > 2) {
      f[at++] = feat1(T.suffix2, strHashRange(lower, n - 2, n));
      f[at++] = feat1(T.prefix2, strHashRange(lower, 0, 2));
    }
    const code = this.clusters ? this.clusters.get(lower) : undefined;
    if (this.clusters) {
      if (code !== undefined) {
        f[at++] = feat1(T.cap, bucketOf(code));
        f[at++] = feat2(T.capShort, bucketOf(code), shortH);
        f[at++] = feat1(T.coarse, coarseOf(code));
        f[at++] = feat1(T.fine, fineOf(code));
      } else f[at++] = feat1(T.unknownShort, shortH);
    }
    f[0] = at;
    const suffix3 = n > 3 ? strHashRange(lower, n - 3, n) : 0;
    for (let k = 0; k < NEIGHBOURS.length; k++) {
      const offset = NEIGHBOURS[k];
      f[at++] = feat1(T.near + k, lowerH);
      if (offset === -1 || offset === 1) {
        if (code !== undefined) {
          f[at++] = feat1(T.nearFine + k, fineOf(code));
          f[at++] = feat1(T.nearCap + k, bucketOf(code));
        }
        if (suffix3 && this.options.nearAffixes) f[at++] = feat1(T.nearSuffix3 + k, suffix3);
      }
      f[k + 1] = at;
    }
    return wordInfo(text, lower, lowerH, shortH, startsUpper(text), this.keepFeatures(f, at));
  }

  /** The chunk new words' features are kept in, and how much of it is taken. */
  private chunk = new Int32Array(FEATURE_CHUNK);
  private chunkUsed = 0;

  /**
   * A copy of features[0..length), as a view into the current chunk. A word's features (some twenty
   * numbers) in an array of their own would be past V8's in-heap size: a buffer outside the heap
   * for every new word, which the collector must track and free; a view shares the chunk's buffer.
   */
  private keepFeatures(features: Int32Array, length: number): Int32Array {
    if (this.chunkUsed + length > this.chunk.length) {
      this.chunk = new Int32Array(Math.max(FEATURE_CHUNK, length));
      this.chunkUsed = 0;
    }
    const at = this.chunkUsed;
    for (let k = 0; k < length; k++) this.chunk[at + k] = features[k];
    this.chunkUsed += length;
    return this.chunk.subarray(at, at + length);
  }
}
