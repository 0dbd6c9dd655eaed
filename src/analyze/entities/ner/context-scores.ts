// Inference-time scores of the context features (features.ts staticFeatures without the words' own,
// and memoryFeatures): the same features, but the weights of those whose values recur together — a
// part-of-speech triple, a shape triple, a glued shape pair, a gazetteer mark, a remembered label —
// are summed once and cached, so that a token costs a few look-ups instead of a dozen hashes and
// probes. Features of word pairs and of line starts are too varied to cache and are probed directly.
// The cached sums live in one pool (score-pool.ts), and a line's emission scores start from one
// fused pass: the words' blocks plus the part-of-speech and shape sums, added in the same order.
import { PAD, type LineContext, type WordMemory } from './features.js';
import { feat1, feat2, feat3, type FeatureIndex } from './hashing.js';
import { MAX_SHAPES, NEIGHBOURS, T } from './lexicon.js';
import { ScorePool } from './score-pool.js';
import { NUM_LABELS, TAGS, labelIndex } from './tags.js';

const K = TAGS.length;
/** Cached sums kept before the tables are emptied (bounds memory on endless odd input). */
const LIMIT = 200_000;
/** The most sums one token can take from the pool: two triples, two glue pairs, 3 × 8 marks. */
const PER_TOKEN = 28;
/** Parts of speech given a cache key (wink has 18). */
const MAX_POS = 64;

export class ContextScores {
  /** By part-of-speech triple key, directly (MAX_POS³ entries; -1: not summed yet). */
  private readonly posTriples = new Int32Array(MAX_POS * MAX_POS * MAX_POS).fill(-1);
  /** Cached sums by key → their offset in the pool. */
  private readonly shapeTriples = new Map<number, number>();
  private readonly glueBefore = new Map<number, number>();
  private readonly glueAfter = new Map<number, number>();
  /** Per gazetteer template (gaz, gazPrev, gazNext): mark hash → its weights. */
  private readonly gazMarks = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];
  private readonly pool = new ScorePool(K, LIMIT, (n) => new Float64Array(n));
  /** By whether the token starts a sentence: the two lowerSeen features, the two capInside ones. */
  private readonly lowerSeen: Float64Array[];
  private readonly capInside: Float64Array[];
  /** By remembered label; by label × share bucket (0, ≥ half, all). */
  private readonly memoryLabel: Float64Array[];
  private readonly memoryShare: Float64Array[];
  private readonly keys = new Int32Array(8);

  constructor(
    private readonly index: FeatureIndex,
    private readonly weights: Float32Array,
    private readonly memoryShareOn: boolean,
  ) {
    const vector = (a: number, b: number, count = 2) => {
      const v = new Float64Array(K);
      this.add(v, 0, a);
      if (count > 1) this.add(v, 0, b);
      return v;
    };
    this.lowerSeen = [0, 1].map((init) => vector(feat1(T.lowerSeen, 2), feat1(T.lowerSeen, init)));
    this.capInside = [0, 1].map((init) => vector(feat1(T.capInside, 2), feat1(T.capInside, init)));
    this.memoryLabel = Array.from({ length: NUM_LABELS + 1 }, (_, l) => vector(feat1(T.memory, l), 0, 1));
    this.memoryShare = Array.from({ length: (NUM_LABELS + 1) * 3 }, (_, x) =>
      vector(feat2(T.memoryShare, Math.floor(x / 3), x % 3), 0, 1),
    );
  }

  /** Adds the weights of feature `key` to out[at..at+K). */
  private add(out: Float64Array, at: number, key: number): void {
    const row = this.index.get(key);
    if (row < 0) return;
    const w = this.weights;
    const base = row * K;
    for (let t = 0; t < K; t++) out[at + t] += w[base + t];
  }

  /** The summed weights of this.keys[0..count), in a new block of the pool: its offset. */
  private sum(count: number): number {
    const at = this.pool.take();
    const v = this.pool.data;
    v.fill(0, at, at + K);
    for (let k = 0; k < count; k++) this.add(v, at, this.keys[k]);
    return at;
  }

  /** Remembers offset `at` under `key`. */
  private static keep(table: Map<number, number>, key: number, at: number): number {
    table.set(key, at);
    return at;
  }

  /** Makes room in the pool for a line's sums; emptying it empties every table that points into it. */
  private reserve(tokens: number): void {
    if (!this.pool.reserve(tokens * PER_TOKEN)) return;
    this.posTriples.fill(-1);
    this.shapeTriples.clear();
    this.glueBefore.clear();
    this.glueAfter.clear();
    for (const table of this.gazMarks) table.clear();
  }

  /** The part-of-speech features of position j (hashed only on a cache miss). */
  private posTriple(ctx: LineContext, j: number): number {
    const a = ctx.posIds[j - 1];
    const b = ctx.posIds[j];
    const c = ctx.posIds[j + 1];
    const small = a < MAX_POS && b < MAX_POS && c < MAX_POS;
    const key = (a * MAX_POS + b) * MAX_POS + c;
    if (small && this.posTriples[key] >= 0) return this.posTriples[key];
    const pos = ctx.pos;
    const keys = this.keys;
    keys[0] = feat1(T.pos, pos[j]);
    keys[1] = feat1(T.posPrev, pos[j - 1]);
    keys[2] = feat1(T.posNext, pos[j + 1]);
    keys[3] = feat2(T.posPrevPos, pos[j - 1], pos[j]);
    keys[4] = feat2(T.posPosNext, pos[j], pos[j + 1]);
    const v = this.sum(5);
    if (small) this.posTriples[key] = v;
    return v;
  }

  /** The shape features of position j. */
  private shapeTriple(ctx: LineContext, j: number): number {
    const prev = ctx.info[j - 1];
    const w = ctx.info[j];
    const next = ctx.info[j + 1];
    const small = prev.shapeId >= 0 && w.shapeId >= 0 && next.shapeId >= 0;
    const key = (prev.shapeId * MAX_SHAPES + w.shapeId) * MAX_SHAPES + next.shapeId;
    const known = small ? this.shapeTriples.get(key) : undefined;
    if (known !== undefined) return known;
    const keys = this.keys;
    keys[0] = feat3(T.shortTrigram, prev.shortH, w.shortH, next.shortH);
    keys[1] = feat1(T.shortPrev, prev.shortH);
    keys[2] = feat1(T.shortNext, next.shortH);
    const v = this.sum(3);
    return small ? ContextScores.keep(this.shapeTriples, key, v) : v;
  }

  /** A glue feature of two shapes. */
  private gluePair(
    table: Map<number, number>,
    template: number,
    a: number,
    b: number,
    ida: number,
    idb: number,
  ): number {
    const small = ida >= 0 && idb >= 0;
    const key = ida * MAX_SHAPES + idb;
    const known = small ? table.get(key) : undefined;
    if (known !== undefined) return known;
    this.keys[0] = feat2(template, a, b);
    const v = this.sum(1);
    return small ? ContextScores.keep(table, key, v) : v;
  }

  private gaz(out: Float64Array, at: number, marks: Int32Array | null, g: number, template: number): void {
    if (!marks) return;
    const table = this.gazMarks[g];
    for (let k = 0; k < marks.length && k < 8; k++) {
      let v = table.get(marks[k]);
      if (v === undefined) {
        this.keys[0] = feat1(template, marks[k]);
        v = ContextScores.keep(table, marks[k], this.sum(1));
      }
      addPooled(out, at, this.pool.data, v);
    }
  }

  /**
   * A line's emission scores into out (n × K): each token's word sums (`words`, at each WordInfo's
   * scoresAt: its own block, then its neighbours' blocks as neighbours), then exactly the weights of
   * staticFeatures(ctx, i, false) and memoryFeatures(ctx, remembered[i]), in that order. Tokens
   * with outside[i] = 1 are passed over (restricted decoding fills their rows).
   */
  lineScores(
    ctx: LineContext,
    remembered: Array<WordMemory | undefined>,
    words: Float32Array,
    out: Float64Array,
    outside: Uint8Array | null = null,
  ): void {
    const { seq, info } = ctx;
    const n = seq.length;
    this.reserve(n);
    const [n0, n1, n2, n3] = NEIGHBOURS;
    for (let i = 0; i < n; i++) {
      if (outside !== null && outside[i]) continue;
      const j = i + PAD;
      const at = i * K;
      const posAt = this.posTriple(ctx, j);
      const shapeAt = this.shapeTriple(ctx, j);
      const own = info[j].scoresAt;
      const a = info[j + n0].scoresAt + K;
      const b = info[j + n1].scoresAt + 2 * K;
      const c = info[j + n2].scoresAt + 3 * K;
      const d = info[j + n3].scoresAt + 4 * K;
      const C = this.pool.data;
      // one expression, summed left to right: the same doubles as adding one block at a time
      for (let t = 0; t < K; t++)
        out[at + t] =
          words[own + t] + words[a + t] + words[b + t] + words[c + t] + words[d + t] + C[posAt + t] + C[shapeAt + t];
      this.addRest(ctx, i, remembered[i], out);
    }
  }

  /** Token i's context scores after the part-of-speech and shape sums. */
  private addRest(ctx: LineContext, i: number, remembered: WordMemory | undefined, out: Float64Array): void {
    const { seq, info } = ctx;
    const n = seq.length;
    const j = i + PAD;
    const w = info[j];
    const prev = info[j - 1];
    const next = info[j + 1];
    const t = seq[i];
    const at = i * K;
    this.add(out, at, feat2(T.prevLowerLower, prev.lowerH, w.lowerH));
    this.add(out, at, feat2(T.lowerNextLower, w.lowerH, next.lowerH));
    this.add(out, at, feat2(T.shortNextLower, w.shortH, next.lowerH));
    this.add(out, at, feat2(T.prevLowerShort, prev.lowerH, w.shortH));
    const initial = i === 0 || seq[i - 1].sentence !== t.sentence;
    if (initial) {
      this.add(out, at, feat1(T.initialShort, w.shortH));
      this.add(out, at, feat1(T.initialLower, w.lowerH));
    }
    if (ctx.caps) {
      this.add(out, at, feat1(T.capsShort, w.shortH));
      this.add(out, at, feat1(T.capsPrevLower, prev.lowerH));
    }
    if (w.upper) {
      const init = initial ? 1 : 0;
      if (ctx.words.lowerSeen.has(w.lower)) addVector(out, at, this.lowerSeen[init]);
      if (ctx.words.capitalSeenInside.has(w.lower)) addVector(out, at, this.capInside[init]);
    }
    const gaz = ctx.gaz;
    if (gaz.length) {
      this.gaz(out, at, gaz[i], 0, T.gaz);
      if (i > 0) this.gaz(out, at, gaz[i - 1], 1, T.gazPrev);
      if (i + 1 < n) this.gaz(out, at, gaz[i + 1], 2, T.gazNext);
    }
    if (i > 0 && seq[i - 1].end === t.start)
      addPooled(
        out,
        at,
        this.pool.data,
        this.gluePair(this.glueBefore, T.glueBefore, prev.shortH, w.shortH, prev.shapeId, w.shapeId),
      );
    if (i + 1 < n && seq[i + 1].start === t.end)
      addPooled(
        out,
        at,
        this.pool.data,
        this.gluePair(this.glueAfter, T.glueAfter, w.shortH, next.shortH, w.shapeId, next.shapeId),
      );
    if (remembered !== undefined) {
      addVector(out, at, this.memoryLabel[labelIndex(remembered.last)]);
      if (this.memoryShareOn) {
        const counts = remembered.counts;
        let total = 0;
        for (let k = 0; k <= NUM_LABELS; k++) total += counts[k];
        for (let k = 0; k <= NUM_LABELS; k++) {
          if (counts[k] === 0) continue;
          const share = counts[k] / total;
          addVector(out, at, this.memoryShare[k * 3 + (share === 1 ? 2 : share >= 0.5 ? 1 : 0)]);
        }
      }
    }
  }
}

function addVector(out: Float64Array, at: number, v: Float64Array): void {
  for (let t = 0; t < K; t++) out[at + t] += v[t];
}

/** Adds the pool's block at `from`. */
function addPooled(out: Float64Array, at: number, pool: Float64Array, from: number): void {
  for (let t = 0; t < K; t++) out[at + t] += pool[from + t];
}
