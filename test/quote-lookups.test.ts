// The quote layer's fast lookups answer as the plain lookups they replace: the weight tables sum a
// shipped model's weights as FeatureIndex rows did, the word filters never rule out a lexicon word,
// and speakers found through the name index are those a scan of the entity layer finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../src/analyze/analyzer.js';
import { FeatureIndex } from '../src/analyze/entities/ner/hashing.js';
import { boundModelPath, type BoundModelFile } from '../src/analyze/quotes/bound-model.js';
import { cueModelPath, type CueModelFile } from '../src/analyze/quotes/cue-model.js';
import { quoteLexicon as lex } from '../src/analyze/quotes/lexicon.js';
import { WeightTable } from '../src/analyze/quotes/weight-table.js';
import { WordFilter } from '../src/analyze/quotes/word-filter.js';

test('the weight tables sum the shipped models exactly as a FeatureIndex and its weights do', () => {
  for (const path of [boundModelPath(), cueModelPath()]) {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as BoundModelFile | CueModelFile;
    const index = new FeatureIndex(raw.keys.length);
    for (const k of raw.keys) index.add(k);
    const table = new WeightTable(raw.keys, raw.weights);
    // features as a text asks them: mostly keys of the model, some not, in runs of 24
    const features = new Int32Array(24);
    let seed = 7;
    for (let run = 0; run < 2000; run++) {
      for (let f = 0; f < features.length; f++) {
        seed = (Math.imul(seed, 1103515245) + 12345) | 0;
        features[f] = f % 10 === 9 ? seed : raw.keys[(seed >>> 8) % raw.keys.length];
      }
      let expected = 0;
      for (const key of features) {
        const row = index.get(key);
        if (row >= 0) expected += raw.weights[row];
      }
      assert.equal(table.sum(features, features.length), expected);
    }
  }
});

test('a word filter lets every word of its lexicon through and rules most other words out', () => {
  const words = [...lex.speech, ...lex.cognition, ...lex.object];
  const filter = new WordFilter(words);
  for (const w of words) assert.ok(filter.mayHold(w), w);
  assert.ok(filter.mayHold('café')); // a non-ASCII first or last letter always goes on to the lookup
  const others = ['table', 'quickly', 'the', 'of', 'government', 'elections', 'seven', 'blue'];
  assert.ok(others.filter((w) => filter.mayHold(w)).length < others.length / 2);
});

test('a bare surname resolves to the person named in full before it, an organisation to its entity', () => {
  const text =
    'National security adviser Jake Sullivan spoke to reporters on Tuesday. ' +
    'Sullivan said the talks would continue. The State Department said it was not aware of a visit.';
  const doc = analyzeDocument({ id: 't', text });
  const byCue = (cue: string, at: number) => doc.quotes.find((q) => q.cue?.text === cue && q.cue.start >= at);
  const sullivan = byCue('said', text.indexOf('Sullivan said'));
  assert.equal(sullivan?.speaker?.name, 'Jake Sullivan');
  const dept = byCue('said', text.indexOf('The State Department'));
  // the KB knows the body: the speaker is its entity, under the KB's name
  assert.equal(dept?.speaker?.name, 'Department of State');
  assert.equal(doc.entityById(dept!.speaker!.entity!)?.actor, 'USAGOV');
});
