// The model file's layout (data/models/ner.bin): the arrays as raw little-endian bytes, read as typed
// arrays straight from the file, and the gazetteer and word clusters as text split once at load.
// Loading it takes a few milliseconds where gunzipping and parsing the JSON form took about 100.
//
//   "DNER" · u32 header bytes · header (UTF-8 JSON) · padding to 4 bytes ·
//   keys Int32[rows] · row scales Float32[rows] · weights Int16[rows × tags] · padding to 4 bytes ·
//   cluster codes Int32[words] · cluster words (UTF-8, one a line) · gazetteer groups (UTF-8)
import { endianness } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import type { PackedGazetteer } from './gazetteer.js';
import type { Clusters, FeatureOptions } from './lexicon.js';

export const MODEL_FORMAT = 'dossier-ner-4';
const MAGIC = 'DNER';

/** What a model file holds: quantised weight rows (weight = int / 32767 × the row's scale) and the lists. */
export interface ModelContents {
  tags: string[];
  /** Feature hashes, one per row. */
  keys: Int32Array;
  /** The row's largest absolute weight. */
  rowScales: Float32Array;
  /** rows × tags. */
  weights: Int16Array;
  gazetteer: PackedGazetteer;
  /** Lower-cased word → packed cluster code (lexicon.ts clusterCode); null when there are none. */
  clusters: Clusters | null;
  features: Partial<FeatureOptions>;
  trainedOn: Record<string, unknown>;
}

interface Header {
  format: typeof MODEL_FORMAT;
  tags: string[];
  rows: number;
  clusterWords: number;
  /** Byte lengths of the two text sections. */
  clusterBytes: number;
  gazetteerBytes: number;
  categories: string[];
  features: Partial<FeatureOptions>;
  trainedOn: Record<string, unknown>;
}

// typed arrays read the machine's byte order; every machine Node runs on here is little-endian
function assertLittleEndian(): void {
  if (endianness() !== 'LE') throw new Error('the NER model file is little-endian; this machine is not');
}

const pad4 = (n: number) => (4 - (n % 4)) % 4;

export function writeModelFile(path: string, m: ModelContents): number {
  assertLittleEndian();
  const rows = m.keys.length;
  if (m.rowScales.length !== rows || m.weights.length !== rows * m.tags.length) throw new Error('model sizes differ');
  const words = m.clusters ? [...m.clusters.keys()] : [];
  if (words.some((w) => w.includes('\n'))) throw new Error('a cluster word with a line break');
  const codes = Int32Array.from(words, (w) => m.clusters!.get(w)!);
  const clusterText = Buffer.from(words.join('\n'), 'utf8');
  const gazetteerText = Buffer.from(m.gazetteer.groups, 'utf8');
  const header: Header = {
    format: MODEL_FORMAT,
    tags: m.tags,
    rows,
    clusterWords: words.length,
    clusterBytes: clusterText.length,
    gazetteerBytes: gazetteerText.length,
    categories: m.gazetteer.categories,
    features: m.features,
    trainedOn: m.trainedOn,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  const bytesOf = (a: Int32Array | Float32Array | Int16Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1'), length, headerBytes];
  parts.push(Buffer.alloc(pad4(8 + headerBytes.length)));
  parts.push(bytesOf(m.keys), bytesOf(m.rowScales), bytesOf(m.weights), Buffer.alloc(pad4(m.weights.byteLength)));
  parts.push(bytesOf(codes), clusterText, gazetteerText);
  const file = Buffer.concat(parts);
  writeFileSync(path, file);
  return file.length;
}

export function readModelFile(path: string): ModelContents {
  assertLittleEndian();
  const file = readFileSync(path);
  if (file.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${path}: not a Dossier NER model`);
  const headerLength = file.readUInt32LE(4);
  const header = JSON.parse(file.toString('utf8', 8, 8 + headerLength)) as Header;
  if (header.format !== MODEL_FORMAT) throw new Error(`${path}: format ${header.format}, not ${MODEL_FORMAT}`);
  let at = 8 + headerLength;
  at += pad4(at);
  // views need 4-byte alignment in the ArrayBuffer; a file read whole starts its own, aligned one
  const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
  const view = <T>(make: (b: ArrayBuffer, offset: number, length: number) => T, count: number, size: number): T => {
    const out = make(bytes.buffer as ArrayBuffer, bytes.byteOffset + at, count);
    at += count * size;
    return out;
  };
  const rows = header.rows;
  const keys = view((b, o, n) => new Int32Array(b, o, n), rows, 4);
  const rowScales = view((b, o, n) => new Float32Array(b, o, n), rows, 4);
  const weights = view((b, o, n) => new Int16Array(b, o, n), rows * header.tags.length, 2);
  at += pad4(at);
  const codes = view((b, o, n) => new Int32Array(b, o, n), header.clusterWords, 4);
  const clusterText = bytes.toString('utf8', at, at + header.clusterBytes);
  at += header.clusterBytes;
  const groups = bytes.toString('utf8', at, at + header.gazetteerBytes);
  at += header.gazetteerBytes;
  if (at !== bytes.length) throw new Error(`${path}: ${bytes.length - at} bytes left over`);
  let clusters: Clusters | null = null;
  if (header.clusterWords > 0) {
    clusters = new Map();
    let start = 0;
    for (let k = 0; k < header.clusterWords; k++) {
      let end = clusterText.indexOf('\n', start);
      if (end < 0) end = clusterText.length;
      clusters.set(clusterText.slice(start, end), codes[k]);
      start = end + 1;
    }
  }
  return {
    tags: header.tags,
    keys,
    rowScales,
    weights,
    gazetteer: { categories: header.categories, groups },
    clusters,
    features: header.features,
    trainedOn: header.trainedOn,
  };
}
