// Trains the attribution-cue model (src/analyze/quotes/cue-model.ts) on the `tune` part of the
// PolNeAR dev set only (eval/dev-split.ts; the `check` part stays unseen for measuring): every verb
// outside quotation marks is an example, a cue when it is the first verb of a gold attribution's cue
// span. An averaged perceptron over the hashed features of cue-features.ts; fixed seed, fixed order.
//   node dist/scripts/train-quote-cues.js [--epochs 8] [--threshold 0] [--out PATH] [--shared ../shared]
//     [--folds N --fold K]   (train on the other folds of tune only, to measure on fold K)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { devSplit } from '../eval/dev-split.js';
import { analyzeDocument } from '../src/analyze/analyzer.js';
import { prng } from '../src/analyze/entities/ner/corpus-words.js';
import { FeatureIndex } from '../src/analyze/entities/ner/hashing.js';
import { AveragedPerceptron } from '../src/analyze/entities/ner/perceptron.js';
import { NUM_TAGS } from '../src/analyze/entities/ner/tagger.js';
import { QuoteContext } from '../src/analyze/quotes/context.js';
import { cueFeatures, isCueCandidate, MAX_CUE_FEATURES } from '../src/analyze/quotes/cue-features.js';
import { cueModelPath, type CueModelFile } from '../src/analyze/quotes/cue-model.js';
import type { Span } from '../src/analyze/types.js';
import { option, sharedOption } from './options.js';

// the examples must not depend on an older model (it is loaded lazily, after this line)
process.env.DOSSIER_NO_CUE_MODEL = '1';
// …nor on the content-boundary model, trained after this one from its proposals
process.env.DOSSIER_NO_BOUND_MODEL = '1';

const shared = sharedOption();
const epochs = Number(option('epochs', '8'));
const threshold = Number(option('threshold', '0'));
const out = option('out', cueModelPath());
const folds = Number(option('folds', '0'));
const fold = Number(option('fold', '-1'));
/** Averaged weights smaller than this are left out of the file (they hardly move a score). */
const MIN_WEIGHT = Number(option('min-weight', '1'));
const SEED = 20260311;
const NOT_CUE = 0;
const CUE = 1;

interface GoldDoc {
  id: string;
  text: string;
  quotes: { cue?: Span | null }[];
}
interface Example {
  features: Int32Array;
  label: number;
}

const fnvFold = (id: string) => {
  let x = 0;
  for (let i = 0; i < id.length; i++) x = (x * 31 + id.charCodeAt(i)) >>> 0;
  return x % Math.max(1, folds);
};

const lines = readFileSync(join(shared, 'data', 'quotes', 'polnear.dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean);
const docs = lines
  .map((l) => JSON.parse(l) as GoldDoc)
  .filter((d) => devSplit('quotes', d.id) === 'tune')
  .filter((d) => folds <= 1 || fnvFold(d.id) !== fold)
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const examples: Example[] = [];
/** How often each lemma was a cue: the model decides only on verbs seen as cues at least MIN_CUE_COUNT times. */
const cueCounts = new Map<string, number>();
const MIN_CUE_COUNT = Number(option('min-cue-count', '2'));
/** …and as cues in at least this share of their occurrences (scoring every "make" and "go" costs time for little). */
const MIN_CUE_RATE = Number(option('min-cue-rate', '0.2'));
const verbCounts = new Map<string, number>();
const buffer = new Int32Array(MAX_CUE_FEATURES);
for (const g of docs) {
  const doc = analyzeDocument({ id: g.id, text: g.text });
  const ctx = new QuoteContext(doc);
  const cues = g.quotes.flatMap((q) => (q.cue ? [q.cue] : []));
  // the first candidate verb inside a gold cue span is the cue; other verbs inside it are left out
  const positive = new Set<number>();
  const inside = new Set<number>();
  for (const c of cues) {
    let firstSeen = false;
    for (let i = doc.tokenIndexAt(c.start); i < doc.tokens.length && doc.tokens[i].start < c.end; i++) {
      if (!isCueCandidate(ctx, i)) continue;
      inside.add(i);
      if (!firstSeen) positive.add(i);
      firstSeen = true;
    }
  }
  for (let i = 0; i < doc.tokens.length; i++) {
    if (!isCueCandidate(ctx, i) || (inside.has(i) && !positive.has(i))) continue;
    const lexClass = ctx.cueClass(i) ?? 'none';
    const n = cueFeatures(ctx, i, lexClass, buffer);
    examples.push({ features: buffer.slice(0, n), label: positive.has(i) ? CUE : NOT_CUE });
    verbCounts.set(doc.tokens[i].lemma, (verbCounts.get(doc.tokens[i].lemma) ?? 0) + 1);
    if (positive.has(i)) cueCounts.set(doc.tokens[i].lemma, (cueCounts.get(doc.tokens[i].lemma) ?? 0) + 1);
  }
}
const positives = examples.filter((e) => e.label === CUE).length;
process.stderr.write(`${docs.length} tune documents, ${examples.length} candidate verbs, ${positives} cues\n`);

const index = new FeatureIndex(1 << 16);
for (const e of examples) for (const f of e.features) index.add(f);
const model = new AveragedPerceptron(index);
const scores = new Float64Array(NUM_TAGS);
const random = prng(SEED);
const order = examples.map((_, k) => k);
for (let epoch = 0; epoch < epochs; epoch++) {
  // Fisher–Yates with the fixed-seed generator: the same order on every run
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [order[k], order[j]] = [order[j], order[k]];
  }
  let errors = 0;
  for (const k of order) {
    const e = examples[k];
    scores.fill(0);
    model.addAll(e.features, e.features.length, scores);
    const predicted = scores[CUE] > scores[NOT_CUE] ? CUE : NOT_CUE;
    if (predicted !== e.label) errors++;
    model.update(e.features, e.features.length, e.label, predicted);
    model.tick();
  }
  process.stderr.write(`epoch ${epoch + 1}: ${errors} errors\n`);
}

// two classes: one weight per feature, the cue score minus the not-cue score
const { keys, rows } = model.averaged(0);
const outKeys: number[] = [];
const outWeights: number[] = [];
for (let r = 0; r < keys.length; r++) {
  const w = rows[r * NUM_TAGS + CUE] - rows[r * NUM_TAGS + NOT_CUE];
  if (Math.abs(w) < MIN_WEIGHT) continue;
  outKeys.push(keys[r]);
  outWeights.push(Math.round(w * 100) / 100);
}
const file: CueModelFile = {
  trainedOn:
    `PolNeAR dev, tune part only (eval/dev-split.ts${folds > 1 ? `, without fold ${fold} of ${folds}` : ''}): ` +
    `${docs.length} documents, ${examples.length} verbs, ${positives} cues; ${epochs} epochs, seed ${SEED}`,
  threshold,
  lemmas: [...cueCounts]
    .filter(([l, c]) => c >= MIN_CUE_COUNT && c >= MIN_CUE_RATE * (verbCounts.get(l) ?? 0))
    .map(([l]) => l)
    .sort(),
  keys: outKeys,
  weights: outWeights,
};
writeFileSync(out, JSON.stringify(file) + '\n');
process.stderr.write(`wrote ${out}: ${outKeys.length} features\n`);
