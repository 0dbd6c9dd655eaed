// Trains the name recogniser (averaged perceptron over hashed features; BILOU lines decoded with
// Viterbi as a structured perceptron, or greedily with --features lacking viterbi) on the
// training split of the shared NER gold data and writes data/models/ner.bin.
// Deterministic: fixed seeds, fixed order.
//   node dist/scripts/train-ner.js [--epochs 10] [--out PATH] [--shared ../shared]
//     [--corpus-cache PATH] [--rate-gum 1] [--rate-meantime 1] [--features viterbi,memoryShare]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tagDocumentLines } from '../src/analyze/entities/ner/document-tagger.js';
import { Gazetteer } from '../src/analyze/entities/ner/gazetteer.js';
import { NER_SOURCES, readGold, tagDocument, type TaggedDocument } from '../src/analyze/entities/ner/gold.js';
import { corpusWords, prng } from '../src/analyze/entities/ner/corpus-words.js';
import { FeatureIndex } from '../src/analyze/entities/ner/hashing.js';
import { kbLists } from '../src/analyze/entities/ner/kb-lists.js';
import { DEFAULT_FEATURES, Lexicon, type FeatureOptions } from '../src/analyze/entities/ner/lexicon.js';
import { defaultModelPath, saveModel } from '../src/analyze/entities/ner/model.js';
import { AveragedPerceptron } from '../src/analyze/entities/ner/perceptron.js';
import { fnv1a, nerSplit } from '../src/analyze/entities/ner/split.js';
import { type LinearScorer, type TaggerResources } from '../src/analyze/entities/ner/tagger.js';
import { O } from '../src/analyze/entities/ner/tags.js';
import { option, scriptArgs, sharedOption } from './options.js';

const shared = sharedOption();
const epochs = Number(option('epochs', '10'));
const out = option('out', defaultModelPath());
/** Rows whose largest averaged weight is smaller are left out of the file. */
const MIN_WEIGHT = Number(option('min-weight', '0'));
/** Per-source learning rate: the two small Wikinews corpora are closest to what Dossier reads. */
const RATE: Record<string, number> = {
  conll2003: 1,
  gum: Number(option('rate-gum', '1')),
  meantime: Number(option('rate-meantime', '1')),
};
const featureOptions: FeatureOptions = { ...DEFAULT_FEATURES };
/** Feature groups and decoding: by default Viterbi with label shares in the document memory. */
for (const name of option('features', 'viterbi,memoryShare').split(',').filter(Boolean)) {
  if (!(name in featureOptions)) throw new Error(`unknown feature group ${name}`);
  featureOptions[name as keyof FeatureOptions] = true;
}

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(0);
const lists = kbLists(join(shared, 'data', 'kb'));
const CORPORA = ['pdnews.jsonl', 'reuters21578.jsonl', 'bbc.jsonl'];
const corpusOptions = {
  maxDocs: Number(option('corpus-docs', '20000')),
  minCount: 3,
  maxWords: Number(option('corpus-words', '50000')),
  fine: Number(option('clusters', '256')),
  coarse: 32,
  iterations: 8,
};
/**
 * Corpus word knowledge, cached in a file (--corpus-cache PATH, by default in the temp folder). It is
 * always computed in a child process: wink learns from the text it reads, so tokenising the corpora
 * in this process would change how the gold documents are tokenised afterwards.
 */
function readCorpusWords(): Record<string, number> {
  if (scriptArgs.includes('--no-corpus')) return {};
  const key = JSON.stringify({ CORPORA, corpusOptions, version: 2 });
  const cache = option('corpus-cache', join(tmpdir(), `dossier-ner-corpus-${fnv1a(key).toString(16)}.json`));
  const stored = () =>
    existsSync(cache)
      ? (JSON.parse(readFileSync(cache, 'utf8')) as { key?: string; words?: Record<string, number> })
      : {};
  let found = stored();
  if (found.key !== key || !found.words) {
    execFileSync(
      process.execPath,
      [fileURLToPath(import.meta.url), ...scriptArgs, '--corpus-only', '--corpus-cache', cache],
      {
        stdio: 'inherit',
      },
    );
    found = stored();
  }
  if (found.key !== key || !found.words) throw new Error(`no corpus words in ${cache}`);
  return found.words;
}
if (scriptArgs.includes('--corpus-only')) {
  const computed = corpusWords(
    CORPORA.map((f) => join(shared, 'data', 'corpus', f)),
    corpusOptions,
  );
  const key = JSON.stringify({ CORPORA, corpusOptions, version: 2 });
  writeFileSync(option('corpus-cache', ''), JSON.stringify({ key, words: computed }));
  process.exit(0);
}
const words = readCorpusWords();
console.log(`corpus words ${Object.keys(words).length} (${seconds()} s)`);
const clusters = Object.keys(words).length ? new Map(Object.entries(words)) : null;
const resources: TaggerResources = {
  gazetteer: Gazetteer.fromLists(lists),
  lexicon: new Lexicon(clusters, featureOptions),
};

const docs: TaggedDocument[] = [];
const stats = { snapped: 0, dropped: 0 };
const counts: Record<string, number> = {};
for (const source of NER_SOURCES) {
  for (const g of readGold(join(shared, 'data', 'ner', `${source}.dev.jsonl`))) {
    if (nerSplit(g.id) !== 'train') continue;
    docs.push(tagDocument(source, g, stats));
    counts[source] = (counts[source] ?? 0) + 1;
  }
}
console.log(
  `training docs ${JSON.stringify(counts)}; gold spans snapped to tokens ${stats.snapped}, dropped ${stats.dropped}`,
);

/** MEANTIME leaves nationalities untagged; CoNLL tags them MISC. Don't learn "O" for them from MEANTIME. */
const demonyms = new Set(lists.DEM);

// Vocabulary: features as they occur along the gold path.
const vocabulary = new FeatureIndex(1 << 18);
const goldPath: LinearScorer = { addAll() {} };
/** With Viterbi decoding, the features of the gold path (and of an untrained model's path) are added. */
const collect = (d: TaggedDocument) => (s: number) => ({
  gold: d.gold[s],
  rate: 1,
  everything: true,
  tick() {},
  add(features: Int32Array, count: number) {
    for (let k = 0; k < count; k++) vocabulary.add(features[k]);
  },
});
for (const d of docs) {
  tagDocumentLines(
    goldPath,
    d.lines,
    resources,
    (s, i, features, count) => {
      for (let k = 0; k < count; k++) vocabulary.add(features[k]);
      return d.gold[s][i];
    },
    collect(d),
  );
}
console.log(`features ${vocabulary.size} (${seconds()} s)`);

const perceptron = new AveragedPerceptron(vocabulary);
const random = prng(20230906);
const order = docs.map((_, i) => i);
for (let epoch = 1; epoch <= epochs; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let right = 0;
  let total = 0;
  for (const k of order) {
    const d = docs[k];
    const rate = RATE[d.source] ?? 1;
    const skip = (s: number, i: number) =>
      d.source === 'meantime' && d.gold[s][i] === O && demonyms.has(d.lines[s][i].lower);
    tagDocumentLines(
      perceptron,
      d.lines,
      resources,
      (s, i, features, count, predicted) => {
        const gold = d.gold[s][i];
        perceptron.tick();
        total++;
        if (predicted === gold) right++;
        else if (!skip(s, i)) perceptron.update(features, count, gold, predicted, rate);
        return predicted;
      },
      (s) => ({
        gold: d.gold[s],
        rate,
        skip: (i) => skip(s, i),
        tick: () => perceptron.tick(),
        add: (features, count, tag, delta) => perceptron.add(features, count, tag, delta),
        scored(r, n) {
          right += r;
          total += n;
        },
      }),
    );
  }
  console.log(`epoch ${epoch}: token accuracy ${(right / total).toFixed(4)} (${seconds()} s)`);
}

const { keys, rows } = perceptron.averaged(MIN_WEIGHT);
const bytes = saveModel(out, keys, rows, lists, words, featureOptions, {
  docs: counts,
  epochs,
  minWeight: MIN_WEIGHT,
  rate: RATE,
  clusters: corpusOptions,
  corpora: CORPORA,
});
console.log(`wrote ${out}: ${keys.length} features, ${(bytes / 1e6).toFixed(2)} MB, ${seconds()} s`);
