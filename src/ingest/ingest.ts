// Analyses articles and writes them to a store. The main thread reads the input in order, skips what
// is already stored (same text, date and analyser version), spots copies of earlier articles, and
// hands the rest to the analyser (a pool of worker threads); results are written back in input order
// in batches, one transaction each, so a run killed midway leaves whole articles only and the same
// command finishes the job.
//
// A near-duplicate (a syndicated copy of an earlier article) is not analysed: it is stored with its
// text, an empty Analysis and duplicate_of = the first article of the story, so its events are
// asserted once, by the original.
import { analyze } from '../analyze/analyzer.js';
import type { Analysis, ArticleInput } from '../analyze/types.js';
import type { PutItem, Store, StoredState } from '../store/store.js';
import { textHash } from '../store/text-hash.js';
import { inlineAnalyser, WorkerPool, type Analyser } from './analyser-pool.js';
import { analyserVersion } from './analyser-version.js';
import { DEFAULT_THRESHOLD, NearDuplicateIndex } from './near-duplicates/index.js';
import { fingerprintText, minhash } from './near-duplicates/minhash.js';
import type { SourceItem } from './sources.js';

export interface IngestSummary {
  added: number;
  replaced: number;
  unchanged: number;
  failed: number;
  /** Of the added and replaced, how many were stored as copies of an earlier article. */
  duplicates: number;
  seconds: number;
}

export interface IngestOptions {
  batchSize?: number;
  /** Analyse and write again even when the stored copy is the same. */
  force?: boolean;
  /** Analyse on the calling thread with this function instead of the default analyser. */
  analyze?: (input: ArticleInput) => Analysis;
  /** Worker threads for the default analyser; 0 (the default) analyses on the calling thread. */
  workers?: number;
  /** The analyser version stored with each article; null ignores versions. Defaults to analyserVersion(). */
  analyserVersion?: string | null;
  /** Estimated Jaccard similarity of word shingles above which an article is a copy (default 0.8). */
  duplicateThreshold?: number;
  onError?: (id: string, error: string, where: string) => void;
  /** Called after each committed batch with the totals so far. */
  afterBatch?: (summary: IngestSummary) => void;
  /** Called as each input item is settled (stored, skipped or failed), in input order. */
  onItem?: (summary: IngestSummary) => void;
}

export const DEFAULT_BATCH_SIZE = 100;

type Outcome =
  | { kind: 'failed'; id: string; error: string; where: string }
  | { kind: 'unchanged' }
  | { kind: 'put'; item: PutItem; where: string };

export function emptyAnalysis(article: ArticleInput): Analysis {
  return { id: article.id, published: article.published ?? null, entities: [], quotes: [], events: [], times: [] };
}

function chooseAnalyser(options: IngestOptions): Analyser {
  if (options.analyze) return inlineAnalyser(options.analyze);
  if (options.workers && options.workers > 0) return new WorkerPool(options.workers);
  return inlineAnalyser(analyze);
}

export async function ingest(
  store: Store,
  items: AsyncIterable<SourceItem>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const version =
    options.analyserVersion !== undefined ? options.analyserVersion : options.analyze ? null : analyserVersion();
  const started = performance.now();
  const summary: IngestSummary = { added: 0, replaced: 0, unchanged: 0, failed: 0, duplicates: 0, seconds: 0 };
  const elapsed = () => (performance.now() - started) / 1000;
  const fail = (id: string, error: string, where: string) => {
    summary.failed++;
    options.onError?.(id, error, where);
  };

  const copies = new NearDuplicateIndex(options.duplicateThreshold ?? DEFAULT_THRESHOLD);
  for (const s of store.signatures()) copies.add(s.id, s.minhash, s.duplicateOf);

  // What this run already handled, so an id repeated in the input is judged against its last copy.
  const seen = new Map<string, StoredState>();
  let batch: (PutItem & { where: string })[] = [];
  const flush = () => {
    if (!batch.length) return;
    const results = store.putBatch(batch);
    results.forEach((r, i) => {
      if ('error' in r) return fail(r.id, r.error, batch[i].where);
      summary[r.outcome]++;
      if (batch[i].duplicateOf) summary.duplicates++;
    });
    batch = [];
    summary.seconds = elapsed();
    options.afterBatch?.({ ...summary });
  };
  const settle = (o: Outcome) => {
    if (o.kind === 'failed') fail(o.id, o.error, o.where);
    else if (o.kind === 'unchanged') summary.unchanged++;
    else {
      batch.push({ ...o.item, where: o.where });
      if (batch.length >= batchSize) flush();
    }
    if (options.onItem) {
      summary.seconds = elapsed();
      // Items in the pending batch are done but not yet counted as added: show them as such.
      options.onItem({ ...summary, added: summary.added + batch.length });
    }
  };

  const prepare = (item: SourceItem): Outcome | Promise<Outcome> => {
    if (!item.ok) return { kind: 'failed', id: item.id, error: item.error, where: item.where };
    const { article, where } = item;
    const state: StoredState = { textHash: textHash(article.text), published: article.published ?? null };
    const before = seen.get(article.id) ?? (options.force ? undefined : (store.storedState(article.id) ?? undefined));
    if (
      before &&
      before.textHash === state.textHash &&
      before.published === state.published &&
      (version === null || seen.has(article.id) || before.analyser === version)
    ) {
      return { kind: 'unchanged' };
    }
    seen.set(article.id, state);
    const signature = minhash(fingerprintText(article.text, article.title));
    const duplicateOf = copies.find(article.id, signature)?.original ?? null;
    copies.add(article.id, signature, duplicateOf);
    const put = (analysis: Analysis): Outcome => ({
      kind: 'put',
      item: { article, analysis, duplicateOf, analyser: version, minhash: signature },
      where,
    });
    if (duplicateOf !== null) return put(emptyAnalysis(article));
    return analyser.analyse(article).then(put, (e: Error) => ({
      kind: 'failed',
      id: article.id,
      error: `analysis failed: ${e.message}`,
      where,
    }));
  };

  const analyser = chooseAnalyser(options);
  // Enough articles in flight to keep every worker busy while the oldest one is waited for.
  const window = Math.max(8, 4 * (options.workers ?? 1));
  const pending: (Outcome | Promise<Outcome>)[] = [];
  try {
    for await (const item of items) {
      pending.push(prepare(item));
      while (pending.length >= window) settle(await pending.shift()!);
    }
    while (pending.length) settle(await pending.shift()!);
    flush();
  } finally {
    await analyser.close();
  }
  summary.seconds = elapsed();
  return summary;
}
