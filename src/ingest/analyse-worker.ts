// A worker thread of the analyser pool: analyses each article it is sent and posts back the Analysis
// (or the error's message) under the job number it came with.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analyze/analyzer.js';
import type { ArticleInput } from '../analyze/types.js';

export interface Job {
  job: number;
  article: ArticleInput;
}

parentPort?.on('message', ({ job, article }: Job) => {
  try {
    parentPort!.postMessage({ job, analysis: analyze(article) });
  } catch (e) {
    parentPort!.postMessage({ job, error: e instanceof Error ? e.message : String(e) });
  }
});
