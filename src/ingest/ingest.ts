// Analyses articles and writes them to a store in batches. An article already stored with the same
// text and date is skipped before it is analysed, so a re-run only does what is left to do; each
// batch is one transaction, so a run killed midway leaves whole articles only.
import { analyze } from '../analyze/analyzer.js';
import type { Analysis, ArticleInput } from '../analyze/types.js';
import type { PutItem, Store, StoredState } from '../store/store.js';
import { textHash } from '../store/text-hash.js';
import type { SourceItem } from './sources.js';

export interface IngestSummary {
  added: number;
  replaced: number;
  unchanged: number;
  failed: number;
  seconds: number;
}

export interface IngestOptions {
  batchSize?: number;
  /** Analyse and write again even when the stored copy is the same (e.g. after the analyser improved). */
  force?: boolean;
  analyze?: (input: ArticleInput) => Analysis;
  onError?: (id: string, error: string, where: string) => void;
  /** Called after each committed batch with the totals so far. */
  afterBatch?: (summary: IngestSummary) => void;
}

export const DEFAULT_BATCH_SIZE = 100;

export async function ingest(
  store: Store,
  items: AsyncIterable<SourceItem>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const analyseOne = options.analyze ?? analyze;
  const started = performance.now();
  const summary: IngestSummary = { added: 0, replaced: 0, unchanged: 0, failed: 0, seconds: 0 };
  const fail = (id: string, error: string, where: string) => {
    summary.failed++;
    options.onError?.(id, error, where);
  };
  // What this run already handled, so an id repeated in the input is judged against its last copy.
  const seen = new Map<string, StoredState>();
  let batch: (PutItem & { where: string })[] = [];

  const flush = () => {
    if (!batch.length) return;
    const results = store.putBatch(batch);
    results.forEach((r, i) => {
      if ('error' in r) fail(r.id, r.error, batch[i].where);
      else summary[r.outcome]++;
    });
    batch = [];
    summary.seconds = (performance.now() - started) / 1000;
    options.afterBatch?.({ ...summary });
  };

  for await (const item of items) {
    if (!item.ok) {
      fail(item.id, item.error, item.where);
      continue;
    }
    const { article } = item;
    const state: StoredState = { textHash: textHash(article.text), published: article.published ?? null };
    const before = seen.get(article.id) ?? (options.force ? undefined : (store.storedState(article.id) ?? undefined));
    if (before && before.textHash === state.textHash && before.published === state.published) {
      summary.unchanged++;
      continue;
    }
    let analysis: Analysis;
    try {
      analysis = analyseOne(article);
    } catch (e) {
      fail(article.id, `analysis failed: ${(e as Error).message}`, item.where);
      continue;
    }
    seen.set(article.id, state);
    batch.push({ article, analysis, where: item.where });
    if (batch.length >= batchSize) flush();
  }
  flush();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
