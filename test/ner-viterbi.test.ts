// The pruned, packed Viterbi decoder of the pipeline against a plain one that tries every allowed
// pair of tags, on real news lines with names and with words the document remembers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ArticleDocument } from '../src/analyze/document.js';
import { tokenizer } from '../src/analyze/nlp/wink.js';
import { nerModel } from '../src/analyze/entities/ner/recognizer.js';
import { documentWords, lineContext, type WordMemory } from '../src/analyze/entities/ner/features.js';
import { nameSequences } from '../src/analyze/entities/ner/sequences.js';
import { decodeLine } from '../src/analyze/entities/ner/viterbi.js';
import { markOutside, nameInternalWords } from '../src/analyze/entities/ner/outside.js';
import { NUM_TAGS } from '../src/analyze/entities/ner/tagger.js';
import { ALLOWED, O, startsName } from '../src/analyze/entities/ner/tags.js';
import { unpackTable } from '../src/analyze/entities/ner/transition-table.js';
import { ScorePool } from '../src/analyze/entities/ner/score-pool.js';
import { readJsonl, seedArticle, sharedDir } from './helpers.js';

const K = NUM_TAGS;

/** Textbook first-order Viterbi over full K × K tables: every allowed pair, the first best kept. */
function plainViterbi(emit: Float64Array, full: Float32Array[], memory: Array<Float32Array | null>): number[] {
  const n = full.length;
  const best = new Float64Array(n * K).fill(-Infinity);
  const back = new Int8Array(n * K);
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < K; p++) {
      const from = i === 0 ? (p === O ? 0 : -Infinity) : best[(i - 1) * K + p];
      if (from === -Infinity) continue;
      for (let t = 0; t < K; t++) {
        if (!ALLOWED[p * K + t]) continue;
        const mem = memory[i];
        const s = mem === null ? from + full[i][p * K + t] : from + full[i][p * K + t] + mem[p * K + t];
        if (s > best[i * K + t]) {
          best[i * K + t] = s;
          back[i * K + t] = p;
        }
      }
    }
    for (let t = 0; t < K; t++) best[i * K + t] += emit[i * K + t];
  }
  let last = O;
  for (let t = 0; t < K; t++) if (ALLOWED[t * K + O] && best[(n - 1) * K + t] > best[(n - 1) * K + last]) last = t;
  const tags = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = last;
    last = back[i * K + last];
  }
  return tags;
}

test('the pruned Viterbi decoder tags real news lines exactly as the plain one', () => {
  const model = nerModel()!;
  const articles = [
    seedArticle(),
    ...readJsonl<{ text: string }>(join(sharedDir, 'data', 'corpus', 'pdnews.jsonl'))
      .slice(0, 30)
      .map((a) => a.text),
  ];
  let tokens = 0;
  let named = 0;
  let remembered = 0;
  for (const text of articles) {
    const doc = new ArticleDocument({ id: 't', text });
    tokenizer.run(doc);
    const seqs = nameSequences(doc.tokens);
    const words = documentWords(seqs);
    const memory = new Map<string, WordMemory>();
    for (const seq of seqs) {
      // what the decoder will see, taken before it updates the document's memory
      const known = seq.map((t) => (startsName(t.text) ? memory.get(t.text) : undefined));
      const ctx = lineContext(seq, words, model.lexicon, model.gazetteer);
      const emit = new Float64Array(seq.length * K);
      model.emissionScores(ctx, known, emit);
      const at = new Int32Array(seq.length);
      const memAt = new Int32Array(seq.length);
      const data = model.transitionTables(ctx, known, at, memAt);
      const unpack = (offset: number) => {
        const full = new Float32Array(K * K);
        unpackTable(data, offset, full);
        return full;
      };
      const expected = plainViterbi(
        emit,
        Array.from(at, unpack),
        Array.from(memAt, (m) => (m < 0 ? null : unpack(m))),
      );
      const { tags } = decodeLine(model, seq, words, model, memory, undefined, false);
      assert.deepEqual(tags, expected, seq.map((t) => t.text).join(' '));
      tokens += seq.length;
      named += tags.filter((t) => t !== O).length;
      remembered += known.filter((m) => m !== undefined).length;
    }
  }
  assert.ok(
    tokens > 10_000 && named > 1_000 && remembered > 500,
    `${tokens} tokens, ${named} named, ${remembered} remembered`,
  );
});

test('restricted decoding tags real news lines as the plain decoder does when tokens outside names may only be O', () => {
  const model = nerModel()!;
  const internal = nameInternalWords()!;
  const articles = readJsonl<{ text: string }>(join(sharedDir, 'data', 'corpus', 'pdnews.jsonl'))
    .slice(30, 60)
    .map((a) => a.text);
  let tokens = 0;
  let outsideTokens = 0;
  let named = 0;
  for (const text of articles) {
    const doc = new ArticleDocument({ id: 't', text });
    tokenizer.run(doc);
    const seqs = nameSequences(doc.tokens);
    const words = documentWords(seqs);
    const memory = new Map<string, WordMemory>();
    for (const seq of seqs) {
      const known = seq.map((t) => (startsName(t.text) ? memory.get(t.text) : undefined));
      const outside = new Uint8Array(seq.length);
      markOutside(seq, internal, outside);
      const ctx = lineContext(seq, words, model.lexicon, model.gazetteer);
      const emit = new Float64Array(seq.length * K);
      model.emissionScores(ctx, known, emit);
      // the plain decoder with the restriction spelt out: only O where the rule says so
      for (let i = 0; i < seq.length; i++)
        if (outside[i]) for (let t = 0; t < K; t++) if (t !== O) emit[i * K + t] = -Infinity;
      const at = new Int32Array(seq.length);
      const memAt = new Int32Array(seq.length);
      const data = model.transitionTables(ctx, known, at, memAt);
      const unpack = (offset: number) => {
        const full = new Float32Array(K * K);
        unpackTable(data, offset, full);
        return full;
      };
      const expected = plainViterbi(
        emit,
        Array.from(at, unpack),
        Array.from(memAt, (m) => (m < 0 ? null : unpack(m))),
      );
      const { tags } = decodeLine(model, seq, words, model, memory, undefined, false, true);
      assert.deepEqual(tags, expected, seq.map((t) => t.text).join(' '));
      tokens += seq.length;
      outsideTokens += outside.reduce((a, b) => a + b, 0);
      named += tags.filter((t) => t !== O).length;
    }
  }
  // most tokens are left out, and names remain
  assert.ok(outsideTokens > tokens / 2 && named > 1_000, `${tokens} tokens, ${outsideTokens} outside, ${named} named`);
});

test('restricted decoding is for inference: a training line asks for the full decoder', () => {
  const model = nerModel()!;
  const doc = new ArticleDocument({ id: 't', text: 'The Bank of England raised interest rates on Thursday.' });
  tokenizer.run(doc);
  const [seq] = nameSequences(doc.tokens);
  const learner = { gold: seq.map(() => O), rate: 1, tick() {}, add() {} };
  assert.throws(() => decodeLine(model, seq, documentWords([seq]), model, new Map(), learner, false, true));
});

test('a score pool empties into a new generation at its limit, and grows below it', () => {
  const pool = new ScorePool(4, 10, (n) => new Float64Array(n));
  assert.equal(pool.reserve(3), false);
  const first = pool.take();
  pool.take();
  pool.take();
  assert.equal(first, 0);
  // 3 + 8 blocks would pass the limit of 10: the pool starts again
  assert.equal(pool.reserve(8), true);
  assert.equal(pool.generation, 1);
  assert.equal(pool.take(), 0);
  // a line longer than the limit still gets its room
  assert.equal(pool.reserve(20), true);
  assert.ok(pool.data.length >= 20 * 4);
});
