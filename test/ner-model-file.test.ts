import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleDocument } from '../src/analyze/document.js';
import { tokenizer } from '../src/analyze/nlp/wink.js';
import { Gazetteer, packGazetteer, type GazetteerLists } from '../src/analyze/entities/ner/gazetteer.js';
import { FeatureIndex, strHash } from '../src/analyze/entities/ner/hashing.js';
import { readModelFile, writeModelFile } from '../src/analyze/entities/ner/model-file.js';
import { defaultModelPath, loadModel, saveModel } from '../src/analyze/entities/ner/model.js';
import { DEFAULT_FEATURES } from '../src/analyze/entities/ner/lexicon.js';
import { nameSequences } from '../src/analyze/entities/ner/sequences.js';
import { TAGS } from '../src/analyze/entities/ner/tags.js';

const LISTS: GazetteerLists = {
  LOC: ['new york', 'new york city', 'york', 'south korea'],
  ORG: ['new york times', 'bank of england', 'new york'],
  PER: ['antonio guterres'],
};

function tokens(text: string) {
  const doc = new ArticleDocument({ id: 't', text });
  tokenizer.run(doc);
  return nameSequences(doc.tokens)[0];
}

const mark = (cat: string, part: 'U' | 'B' | 'I') => strHash(`${cat}:${part}`);

test('the gazetteer, built word by word on first look-up, marks phrases with their categories in list order', () => {
  const seq = tokens('The New York Times reporter met Antonio Guterres in New York City.');
  const marks = Gazetteer.fromLists(LISTS).mark(seq);
  const at = (word: string) => marks[seq.findIndex((t) => t.text === word)];
  // the first "New": New York (LOC, ORG) and New York Times (ORG) begin there, in that order
  assert.deepEqual([...at('New')!], [mark('LOC', 'B'), mark('ORG', 'B'), mark('ORG', 'B')]);
  assert.deepEqual([...at('Antonio')!], [mark('PER', 'B')]);
  assert.deepEqual([...at('Guterres')!], [mark('PER', 'I')]);
  assert.equal(at('reporter'), null);
  // the later "York": inside New York (LOC, ORG) and New York City, and listed alone
  const york = marks[seq.map((t) => t.text).lastIndexOf('York')]!;
  assert.deepEqual([...york].sort(), [mark('LOC', 'U'), mark('LOC', 'I'), mark('ORG', 'I'), mark('LOC', 'I')].sort());
});

test('packed gazetteer lines group the phrases by first word', () => {
  const packed = packGazetteer(LISTS);
  assert.deepEqual(packed.categories, ['LOC', 'ORG', 'PER']);
  const lines = packed.groups.split('\n');
  assert.ok(lines.includes('new\t0york\t0york city\t1york times\t1york'), packed.groups);
  assert.ok(lines.includes('york\t0'), packed.groups);
});

test('a model written and read back has the same rows, lists and clusters', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-model-'));
  try {
    const keys = Int32Array.from([strHash('a'), strHash('b'), -5]);
    const weights = Int16Array.from({ length: keys.length * TAGS.length }, (_, k) => k * 7 - 100);
    const path = join(dir, 'ner.bin');
    writeModelFile(path, {
      tags: TAGS,
      keys,
      rowScales: Float32Array.from([0.5, 2, 1e-3]),
      weights,
      gazetteer: packGazetteer(LISTS),
      clusters: new Map([
        ['séoul', 12],
        ['the', 1044692],
      ]),
      features: { viterbi: true },
      trainedOn: { docs: 3 },
    });
    const back = readModelFile(path);
    assert.deepEqual([...back.keys], [...keys]);
    assert.deepEqual([...back.rowScales], [...Float32Array.from([0.5, 2, 1e-3])]);
    assert.deepEqual([...back.weights], [...weights]);
    assert.deepEqual(back.gazetteer, packGazetteer(LISTS));
    assert.deepEqual(
      [...back.clusters!],
      [
        ['séoul', 12],
        ['the', 1044692],
      ],
    );
    assert.deepEqual(back.trainedOn, { docs: 3 });
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('the shipped model loads its feature index with every row where adding key by key puts it', () => {
  const file = readModelFile(defaultModelPath());
  assert.ok(file.keys.length > 10_000);
  const oneByOne = new FeatureIndex(file.keys.length);
  for (const k of file.keys) oneByOne.add(k);
  const bulk = FeatureIndex.ofKeys(file.keys);
  assert.equal(bulk.size, oneByOne.size);
  assert.deepEqual(bulk.keysByRow(), oneByOne.keysByRow());
  for (const k of file.keys.subarray(0, 2000)) assert.equal(bulk.get(k), oneByOne.get(k));
  assert.equal(bulk.get(strHash('no such feature')), -1);
  assert.ok(loadModel(defaultModelPath()).lexicon.clusters!.size > 10_000);
});

test('a model saved as training saves it loads with its weights to within the quantisation step', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-model-'));
  try {
    const K = TAGS.length;
    const keys = Int32Array.from([strHash('w=korea'), strHash('bias'), strHash('w=said')]);
    const rows = Float32Array.from({ length: keys.length * K }, (_, k) => ((k % K) - 3) * (k < K ? 0.01 : 2.5));
    const path = join(dir, 'ner.bin');
    saveModel(path, keys, rows, LISTS, { korea: 7, said: 3 }, { ...DEFAULT_FEATURES }, { docs: 1 });
    const model = loadModel(path);
    for (let r = 0; r < keys.length; r++) {
      const scores = new Float64Array(K);
      model.addAll(Int32Array.from([keys[r]]), 1, scores);
      const max = Math.max(...rows.subarray(r * K, (r + 1) * K).map(Math.abs));
      for (let t = 0; t < K; t++)
        assert.ok(Math.abs(scores[t] - rows[r * K + t]) <= max / 32767 + 1e-7, `row ${r} tag ${t}`);
    }
    assert.equal(model.lexicon.clusters!.get('korea'), 7);
    const seq = tokens('Officials in South Korea said so.');
    assert.deepEqual(model.gazetteer.mark(seq), Gazetteer.fromLists(LISTS).mark(seq));
  } finally {
    rmSync(dir, { recursive: true });
  }
});
