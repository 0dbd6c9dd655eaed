// Trains the name recogniser (averaged perceptron, greedy BILOU) on the training split of the
// shared NER gold data and writes data/models/ner.json.gz. Deterministic: fixed seed, fixed order.
//   node dist/scripts/train-ner.js [--epochs 8] [--out PATH] [--shared /work/shared]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentWords } from '../src/analyze/entities/ner/features.js';
import { Gazetteer } from '../src/analyze/entities/ner/gazetteer.js';
import { NER_SOURCES, readGold, tagDocument, type TaggedDocument } from '../src/analyze/entities/ner/gold.js';
import { corpusWords } from '../src/analyze/entities/ner/corpus-words.js';
import { kbLists } from '../src/analyze/entities/ner/kb-lists.js';
import { defaultModelPath, saveModel } from '../src/analyze/entities/ner/model.js';
import { AveragedPerceptron } from '../src/analyze/entities/ner/perceptron.js';
import { nerSplit } from '../src/analyze/entities/ner/split.js';
import { tagLine, type LinearScorer, type TaggerResources } from '../src/analyze/entities/ner/tagger.js';
import { O } from '../src/analyze/entities/ner/tags.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const shared = opt('shared', '/work/shared');
const epochs = Number(opt('epochs', '10'));
const out = opt('out', defaultModelPath());
/** Features seen fewer times than this in training (with gold history) are not learned. */
const MIN_COUNT = Number(opt('min-count', '1'));
/** Rows whose largest averaged weight is smaller are left out of the file. */
const MIN_WEIGHT = Number(opt('min-weight', '0.02'));
/** Per-source learning rate: the two small Wikinews corpora are closest to what Dossier reads. */
const RATE: Record<string, number> = {
  conll2003: 1,
  gum: Number(opt('rate-gum', '1')),
  meantime: Number(opt('rate-meantime', '1')),
};

/** mulberry32: a small seeded PRNG so that shuffles are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const started = Date.now();
const lists = kbLists(join(shared, 'data', 'kb'));
/** Corpus word knowledge, optionally cached in a file between runs (--corpus-cache PATH). */
function readCorpusWords(): Record<string, string> {
  if (args.includes('--no-corpus')) return {};
  const cache = opt('corpus-cache', '');
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Record<string, string>;
  const computed = corpusWords(
    ['pdnews.jsonl', 'reuters21578.jsonl'].map((f) => join(shared, 'data', 'corpus', f)),
    { maxDocs: Number(opt('corpus-docs', '20000')), minCount: 5, maxWords: 40000 },
  );
  if (cache) writeFileSync(cache, JSON.stringify(computed));
  return computed;
}
const words = readCorpusWords();
console.log(`corpus words ${Object.keys(words).length} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
const clusters = Object.keys(words).length ? new Map(Object.entries(words)) : null;
const resources: TaggerResources = { gazetteer: new Gazetteer(lists), clusters };

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
const featureCounts = new Map<string, number>();
const goldPath: LinearScorer = { add() {} };
for (const d of docs) {
  const words = documentWords(d.lines);
  const memory = new Map<string, number>();
  d.lines.forEach((seq, s) =>
    tagLine(goldPath, seq, words, resources, memory, (i, features) => {
      for (const f of features) featureCounts.set(f, (featureCounts.get(f) ?? 0) + 1);
      return d.gold[s][i];
    }),
  );
}
const vocabulary = [...featureCounts].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f);
console.log(`features ${featureCounts.size}, kept ${vocabulary.length} seen ≥ ${MIN_COUNT} times`);
featureCounts.clear();

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
    const words = documentWords(d.lines);
    const memory = new Map<string, number>();
    d.lines.forEach((seq, s) =>
      tagLine(perceptron, seq, words, resources, memory, (i, features, predicted) => {
        const gold = d.gold[s][i];
        perceptron.tick();
        total++;
        if (predicted === gold) right++;
        else if (!(d.source === 'meantime' && gold === O && demonyms.has(seq[i].lower)))
          perceptron.update(features, gold, predicted, rate);
        return predicted;
      }),
    );
  }
  console.log(
    `epoch ${epoch}: token accuracy ${(right / total).toFixed(4)} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
}

const { features, rows } = perceptron.averaged(MIN_WEIGHT);
const bytes = saveModel(out, features, rows, lists, words, {
  docs: counts,
  epochs,
  minCount: MIN_COUNT,
  minWeight: MIN_WEIGHT,
  rate: RATE,
});
console.log(
  `wrote ${out}: ${features.length} features, ${(bytes / 1e6).toFixed(2)} MB, ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
