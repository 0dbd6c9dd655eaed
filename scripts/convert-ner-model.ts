// Converts a model in the former JSON form (dossier-ner-3, data/models/ner.json.gz, written by
// train-ner before the binary file) into data/models/ner.bin, bit for bit: the quantised weights are
// copied, not quantised again. `npm run train:ner` writes ner.bin itself; this keeps the committed
// model without training it again:
//   git show 4ea4806:data/models/ner.json.gz > /tmp/ner.json.gz
//   node dist/scripts/convert-ner-model.js --from /tmp/ner.json.gz [--out data/models/ner.bin]
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { packGazetteer, type GazetteerLists } from '../src/analyze/entities/ner/gazetteer.js';
import type { FeatureOptions } from '../src/analyze/entities/ner/lexicon.js';
import { writeModelFile } from '../src/analyze/entities/ner/model-file.js';
import { defaultModelPath } from '../src/analyze/entities/ner/model.js';
import { option } from './options.js';

interface JsonModel {
  format: string;
  tags: string[];
  keys: string;
  rowScales: string;
  weights: string;
  gazetteer: GazetteerLists;
  clusters: Record<string, number>;
  features: Partial<FeatureOptions>;
  trainedOn: Record<string, unknown>;
}

/** A fresh, aligned ArrayBuffer with the base64 string's bytes. */
function base64Bytes(s: string): ArrayBuffer {
  const raw = Buffer.from(s, 'base64');
  return raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength) as ArrayBuffer;
}

const from = option('from', '');
if (!from) throw new Error('--from PATH (a dossier-ner-3 ner.json.gz) is required');
const out = option('out', defaultModelPath());
const json = JSON.parse(gunzipSync(readFileSync(from)).toString('utf8')) as JsonModel;
if (json.format !== 'dossier-ner-3') throw new Error(`${from}: format ${json.format}, not dossier-ner-3`);
const entries = Object.entries(json.clusters);
const bytes = writeModelFile(out, {
  tags: json.tags,
  keys: new Int32Array(base64Bytes(json.keys)),
  rowScales: new Float32Array(base64Bytes(json.rowScales)),
  weights: new Int16Array(base64Bytes(json.weights)),
  gazetteer: packGazetteer(json.gazetteer),
  clusters: entries.length ? new Map(entries) : null,
  features: json.features,
  trainedOn: json.trainedOn,
});
console.log(`wrote ${out}: ${(bytes / 1e6).toFixed(2)} MB`);
