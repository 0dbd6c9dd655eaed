// First-order Viterbi decoding of one line under the BILOU constraints, and the structured perceptron
// update that trains with the same decoder: the best whole-line tag path, not token by token.
import type { Token } from '../../document.js';
import {
  lineContext,
  LineScratch,
  memoryFeatures,
  PAD,
  remember,
  staticFeatures,
  transitionFeatures,
  type DocumentWords,
  type LineContext,
  type WordMemory,
} from './features.js';
import { markOutside, markUnread, nameInternalWords } from './outside.js';
import { ALLOWED, O, startsName } from './tags.js';
import { everyWordCapitalised } from '../../nlp/headline-case.js';
import { NUM_TAGS, type LinearScorer, type TaggedLine, type TaggerResources } from './tagger.js';
import { CLOSED, CONTINUED_FROM, CONTINUING, INSIDE, NEXT, OPENING, POSITION, ROW_MAXIMA } from './transition-table.js';

const K = NUM_TAGS;
/** The (previous tag, tag) pairs of the continuing tags, in the order of a table's INSIDE part. */
const INSIDE_TAG = Int8Array.from([...CONTINUING].flatMap((t) => [...CONTINUED_FROM[t]].map(() => t)));
const INSIDE_PREVIOUS = Int8Array.from([...CONTINUING].flatMap((t) => [...CONTINUED_FROM[t]]));

const MAX_FEATURES = 256;
const buffer = new Int32Array(MAX_FEATURES);
const trans = new Float64Array(K);
/** With a model's transition tables: each token's word table and remembered-label table (-1: none)… */
let tables = new Int32Array(64);
let memoryTables = new Int32Array(64);
/** …in this array. */
let tableData: Float32Array = new Float32Array(0);
let emit = new Float64Array(64 * K);
/** With restricted decoding: outside[i] = 1 where token i may only be O (outside.ts); else null. */
let outside: Uint8Array | null = null;
let outsideBuffer = new Uint8Array(64);
/** …and unread[i] = 1 where nothing reads token i's word (outside.ts markUnread). */
let unreadBuffer = new Uint8Array(64);
/** …and noTable[i] = 1 where nothing reads token i's transition table (markTablesUnused). */
let noTableBuffer = new Uint8Array(64);
let best = new Float64Array(64 * K);
/** The line context's part-of-speech rows (a context lives only while its line is decoded). */
const lineScratch = new LineScratch();
let back = new Int8Array(64 * K);

/** Training's side of a line: the gold tags, and how to change the weights. */
export interface LineLearner {
  gold: number[];
  rate: number;
  /** Positions whose gold tag is not to be learnt (the predicted tag counts as right there). */
  skip?: (i: number) => boolean;
  tick(): void;
  add(features: Int32Array, count: number, tag: number, delta: number): void;
  /** Every position counts as wrong, so that all gold-path features are added (collecting the vocabulary). */
  everything?: boolean;
  /** Called with the number of tokens tagged right. */
  scored?(right: number, total: number): void;
}

function emissions(scorer: LinearScorer, ctx: LineContext, remembered: Array<WordMemory | undefined>): void {
  const n = ctx.seq.length;
  if (emit.length < n * K) {
    emit = new Float64Array(2 * n * K);
    best = new Float64Array(2 * n * K);
    back = new Int8Array(2 * n * K);
  }
  if (tables.length < n) {
    tables = new Int32Array(2 * n);
    memoryTables = new Int32Array(2 * n);
  }
  if (scorer.emissionScores !== undefined) scorer.emissionScores(ctx, remembered, emit, outside);
  else {
    const cached = scorer.wordScores !== undefined;
    if (cached) scorer.wordScores!(ctx, emit);
    else emit.fill(0, 0, n * K);
    const scores = emitScores;
    for (let i = 0; i < n; i++) {
      if (outside !== null && outside[i]) continue;
      let count = staticFeatures(ctx, i, !cached, buffer, 0);
      count = memoryFeatures(ctx, remembered[i], buffer, count);
      scores.fill(0);
      scorer.addAll(buffer, count, scores);
      for (let t = 0; t < K; t++) emit[i * K + t] += scores[t];
    }
  }
  // a token certainly outside names keeps no emission scores: the forward pass gives it O alone
  // (forwardOutside), and maxMarginals fills its row when margins are asked for
}

/** The emission rows of tokens that may only be O: O's score is the same on every path, so 0 will do. */
function fillOutsideRows(n: number): void {
  if (outside === null) return;
  for (let i = 0; i < n; i++)
    if (outside[i]) {
      emit.fill(-Infinity, i * K, i * K + K);
      emit[i * K + O] = 0;
    }
}

/** Transition scores of token i after `prev` into `trans`. */
function transitions(
  scorer: LinearScorer,
  ctx: LineContext,
  i: number,
  prev: number,
  remembered: WordMemory | undefined,
): void {
  const count = transitionFeatures(ctx, i, prev, remembered, buffer, 0);
  trans.fill(0);
  scorer.addAll(buffer, count, trans);
}

/**
 * The forward pass with the cached transition tables (tables, memoryTables): the same best scores and
 * back pointers as trying every allowed pair, in the same order (tables are packed as
 * transition-table.ts says). A closed previous tag other than O
 * is passed over when even its best transition (the table's row maximum) cannot beat the worst of
 * the scores O already gave: rounding is monotone, so from + table[p][t] (+ mem[p][t]) is then at
 * most that score, and a tie never replaces the earlier tag. Most tokens are no name, and after
 * them only the path through O is close.
 */
function forwardCached(n: number): void {
  const D = tableData;
  const E = emit;
  const B = best;
  const back_ = back;
  for (let i = 0; i < n; i++) {
    const row = i * K;
    const prev = row - K;
    const table = tables[i];
    const mem = memoryTables[i];
    if (outside !== null && outside[i]) {
      forwardOutside(i, table);
      continue;
    }
    // after a token that may only be O, the other closed tags and the tags inside names are
    // unreachable: only the opening tags from O are left (the same scores the full pass gives)
    const afterOutside = outside !== null && i > 0 && outside[i - 1] === 1;
    // opening tags: first from O (always reachable)
    const fromO = i === 0 ? 0 : B[prev + O];
    let floor = Infinity;
    for (let k = 0; k < OPENING.length; k++) {
      const t = OPENING[k];
      // O is CLOSED[0]: its scores to the opening tags come first in a table
      const s = mem < 0 ? fromO + D[table + k] : fromO + D[table + k] + D[mem + k];
      B[row + t] = s;
      back_[row + t] = O;
      if (s < floor) floor = s;
    }
    // then from the other closed tags, those that might win
    for (let c = 1; c < CLOSED.length && i > 0 && !afterOutside; c++) {
      const p = CLOSED[c];
      const from = B[prev + p];
      const bound =
        mem < 0 ? from + D[table + ROW_MAXIMA + c] : from + D[table + ROW_MAXIMA + c] + D[mem + ROW_MAXIMA + c];
      if (!(bound > floor)) continue;
      const base = c * OPENING.length;
      let low = Infinity;
      for (let k = 0; k < OPENING.length; k++) {
        const t = OPENING[k];
        const s = mem < 0 ? from + D[table + base + k] : from + D[table + base + k] + D[mem + base + k];
        if (s > B[row + t]) {
          B[row + t] = s;
          back_[row + t] = p;
        }
        if (B[row + t] < low) low = B[row + t];
      }
      floor = low;
    }
    // tags inside a name, from the tags before them in it: pairs in the tables' order, each tag's
    // previous tags ascending (an unreachable previous tag gives -Infinity, which never wins)
    for (let k = 0; k < CONTINUING.length; k++) B[row + CONTINUING[k]] = -Infinity;
    if (i > 0 && !afterOutside)
      for (let x = 0; x < INSIDE_TAG.length; x++) {
        const t = INSIDE_TAG[x];
        const p = INSIDE_PREVIOUS[x];
        const s =
          mem < 0 ? B[prev + p] + D[table + INSIDE + x] : B[prev + p] + D[table + INSIDE + x] + D[mem + INSIDE + x];
        if (s > B[row + t]) {
          B[row + t] = s;
          back_[row + t] = p;
        }
      }
    for (let t = 0; t < K; t++) B[row + t] += E[row + t];
  }
}

/**
 * forwardCached at a token that may only be O (restricted decoding): the best closed tag before it,
 * by its transition to O (a token outside names has no remembered label), and nothing else. These
 * are the O scores and back pointers the full pass gives, as its pruning never drops a winner.
 */
function forwardOutside(i: number, table: number): void {
  const D = tableData;
  const B = best;
  const row = i * K;
  const prev = row - K;
  // only B[row + O] is read after such a token (the next token starts from O; the line's last token is
  // filled in by decodeLine)
  back[row + O] = O;
  // first, or after another such token, every path takes the same step from O to O: it is left out
  // (the token's word is not even read when no scored token is near, outside.ts markUnread)
  if (i === 0 || outside![i - 1] === 1) {
    B[row + O] = i === 0 ? 0 : B[prev + O];
    return;
  }
  let s = B[prev + O] + D[table];
  for (let c = 1; c < CLOSED.length; c++) {
    const from = B[prev + CLOSED[c]];
    const x = from + D[table + c * OPENING.length];
    if (x > s) {
      s = x;
      back[row + O] = CLOSED[c];
    }
  }
  B[row + O] = s;
}

/**
 * unused[i] = 1 where the forward pass never reads token i's transition tables: a token that may only
 * be O after another such token (or first on the line) takes the same step from O on every path
 * (forwardOutside). Returns `unused`.
 */
function markTablesUnused(outside: Uint8Array, n: number, unused: Uint8Array): Uint8Array {
  for (let i = 0; i < n; i++) unused[i] = outside[i] && (i === 0 || outside[i - 1]) ? 1 : 0;
  return unused;
}

/** The forward pass with transition scores from features (training: the weights change as it goes). */
function forwardFeatures(
  scorer: LinearScorer,
  ctx: LineContext,
  remembered: Array<WordMemory | undefined>,
  n: number,
): void {
  const E = emit;
  const B = best;
  const back_ = back;
  for (let i = 0; i < n; i++) {
    const row = i * K;
    B.fill(-Infinity, row, row + K);
    // the best path into each tag, before the tag's own (emission) score is added
    for (let p = 0; p < K; p++) {
      const from = i === 0 ? (p === O ? 0 : -Infinity) : B[row - K + p];
      if (from === -Infinity) continue;
      const next = NEXT[p];
      transitions(scorer, ctx, i, p, remembered[i]);
      for (let k = 0; k < next.length; k++) {
        const t = next[k];
        const s = from + trans[t];
        if (s > B[row + t]) {
          B[row + t] = s;
          back_[row + t] = p;
        }
      }
    }
    for (let t = 0; t < K; t++) B[row + t] += E[row + t];
  }
}

export function decodeLine(
  scorer: LinearScorer,
  seq: Token[],
  words: DocumentWords,
  resources: TaggerResources,
  memory: Map<string, WordMemory>,
  learner?: LineLearner,
  /** Whether to work out each token's margin (else all are 0). */
  withMargins = true,
  /**
   * Restricted decoding: tokens certainly outside names (outside.ts) may only be O, and their
   * emission scores are not worked out. Training never asks for it (the model learnt every token).
   */
  restricted = false,
): TaggedLine {
  const n = seq.length;
  outside = null;
  const internal = restricted ? nameInternalWords() : null;
  if (internal !== null) {
    if (learner) throw new Error('restricted decoding is for inference only');
    if (outsideBuffer.length < n) {
      outsideBuffer = new Uint8Array(2 * n);
      unreadBuffer = new Uint8Array(2 * n);
      noTableBuffer = new Uint8Array(2 * n);
    }
    markOutside(seq, internal, outsideBuffer);
    outside = outsideBuffer;
    markUnread(outside, n, PAD, unreadBuffer);
  }
  const ctx = lineContext(seq, words, resources.lexicon, resources.gazetteer, outside && unreadBuffer, lineScratch);
  // the document remembers only words that could begin a name: no look-up for the others
  const remembered = seq.map((t, i) =>
    (outside === null || !outside[i]) && startsName(t.text) ? memory.get(t.text) : undefined,
  );
  emissions(scorer, ctx, remembered);
  const cached = scorer.transitionTables !== undefined;
  if (cached) {
    // without margins, only the forward pass reads tables (maxMarginals reads every one)
    const unused = outside !== null && !withMargins ? markTablesUnused(outside, n, noTableBuffer) : null;
    tableData = scorer.transitionTables!(ctx, remembered, tables, memoryTables, unused);
    forwardCached(n);
  } else forwardFeatures(scorer, ctx, remembered, n);
  // the line ends as if an O followed
  let last = O;
  const end = (n - 1) * K;
  if (outside !== null && outside[n - 1]) for (let t = 0; t < K; t++) if (t !== O) best[end + t] = -Infinity;
  for (let t = 0; t < K; t++) if (ALLOWED[t * K + O] && best[end + t] > best[end + last]) last = t;
  const tags = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = last;
    last = back[i * K + last];
  }
  // margins are only wanted inside names (and not in training)
  const first = tags.findIndex((t) => t !== O);
  const margins = withMargins && cached && first >= 0 ? maxMarginals(n, tags, first) : new Array<number>(n).fill(0);
  if (learner) learn(learner, ctx, remembered, tags);
  const counted = resources.lexicon.options.memoryShare;
  // (a token outside names never starts with a capital or digit: nothing to remember; a word the
  // line's look-up found needs no second one)
  // (a headline in title case capitalises every word: that a capitalised word there is no name says
  // nothing of it later, "France’s Marine Le Pen Backs Trump And Denounces Clinton." left the body's
  // "Le Pen" outside names; at inference only, so that training decodes as the shipped model was trained)
  const titleCase = !learner && everyWordCapitalised(seq, 0, n);
  for (let i = 0; i < n; i++)
    if ((outside === null || !outside[i]) && startsName(seq[i].text) && !(titleCase && tags[i] === O))
      remember(memory, seq[i].text, tags[i], counted, remembered[i]);
  return { tags, margins };
}

let after = new Float64Array(64 * K);
const emitScores = new Float64Array(K);

/**
 * Each token's margin from token `first` on (0 before it: margins are read inside names only): the
 * best path's score less the best score of a path with another tag there (forward scores from the
 * decoding, backward scores from the cached transitions).
 */
function maxMarginals(n: number, tags: number[], first: number): number[] {
  if (after.length < n * K) after = new Float64Array(2 * n * K);
  fillOutsideRows(n);
  const last = (n - 1) * K;
  for (let t = 0; t < K; t++) after[last + t] = ALLOWED[t * K + O] ? 0 : -Infinity;
  for (let i = n - 2; i >= first; i--) {
    const next = (i + 1) * K;
    const table = tables[i + 1];
    const mem = memoryTables[i + 1];
    for (let p = 0; p < K; p++) {
      let m = -Infinity;
      const allowed = NEXT[p];
      for (let k = 0; k < allowed.length; k++) {
        const t = allowed[k];
        const x = POSITION[p * K + t];
        const s = tableData[table + x] + (mem < 0 ? 0 : tableData[mem + x]) + emit[next + t] + after[next + t];
        if (s > m) m = s;
      }
      after[i * K + p] = m;
    }
  }
  const margins = new Array<number>(n).fill(0);
  for (let i = first; i < n; i++) {
    const own = best[i * K + tags[i]] + after[i * K + tags[i]];
    let other = -Infinity;
    for (let t = 0; t < K; t++) if (t !== tags[i]) other = Math.max(other, best[i * K + t] + after[i * K + t]);
    margins[i] = own - other;
  }
  return margins;
}

/** The structured perceptron update: gold path features up, predicted path features down. */
function learn(
  learner: LineLearner,
  ctx: LineContext,
  remembered: Array<WordMemory | undefined>,
  predicted: number[],
): void {
  const n = predicted.length;
  const gold = learner.gold.map((g, i) => (learner.skip?.(i) ? predicted[i] : g));
  let right = 0;
  for (let i = 0; i < n; i++) {
    learner.tick();
    if (gold[i] === predicted[i]) right++;
    const gp = i === 0 ? O : gold[i - 1];
    const pp = i === 0 ? O : predicted[i - 1];
    if (gold[i] === predicted[i] && gp === pp && !learner.everything) continue;
    const r = learner.rate;
    if (gold[i] !== predicted[i] || learner.everything) {
      let count = staticFeatures(ctx, i, true, buffer, 0);
      count = memoryFeatures(ctx, remembered[i], buffer, count);
      learner.add(buffer, count, gold[i], r);
      learner.add(buffer, count, predicted[i], -r);
    }
    let count = transitionFeatures(ctx, i, gp, remembered[i], buffer, 0);
    learner.add(buffer, count, gold[i], r);
    count = transitionFeatures(ctx, i, pp, remembered[i], buffer, 0);
    learner.add(buffer, count, predicted[i], -r);
  }
  learner.scored?.(right, n);
}
