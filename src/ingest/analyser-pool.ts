// Where ingest sends articles to be analysed: the calling thread itself, or a pool of worker threads
// (one analyser each) fed from one queue, so every core works while the main thread writes.
import { Worker } from 'node:worker_threads';
import type { Analysis, ArticleInput } from '../analyze/types.js';
import type { Job } from './analyse-worker.js';

export interface Analyser {
  analyse(article: ArticleInput): Promise<Analysis>;
  close(): Promise<void>;
}

/** Runs the function on the calling thread (tests, --workers 0, a custom analyser). */
export function inlineAnalyser(fn: (input: ArticleInput) => Analysis): Analyser {
  return {
    analyse: async (article) => fn(article),
    close: async () => {},
  };
}

interface Pending {
  job: number;
  article: ArticleInput;
  resolve: (a: Analysis) => void;
  reject: (e: Error) => void;
}

const WORKER_URL = new URL('./analyse-worker.js', import.meta.url);

export class WorkerPool implements Analyser {
  private readonly queue: Pending[] = [];
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly workers = new Set<Worker>();
  private nextJob = 0;
  private closed = false;

  constructor(readonly size: number) {
    for (let i = 0; i < Math.max(1, size); i++) this.spawn();
  }

  analyse(article: ArticleInput): Promise<Analysis> {
    if (this.closed) return Promise.reject(new Error('the analyser pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job: this.nextJob++, article, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('the analyser pool is closed'));
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }

  private spawn(): void {
    const worker = new Worker(WORKER_URL);
    this.workers.add(worker);
    worker.on('message', (msg: { job: number; analysis?: Analysis; error?: string }) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      if (pending && pending.job === msg.job) {
        if (msg.analysis) pending.resolve(msg.analysis);
        else pending.reject(new Error(msg.error ?? 'no analysis'));
      }
      this.idle.push(worker);
      this.dispatch();
    });
    // A worker that dies (out of memory, a crash in native code) fails its article and is replaced.
    const onDeath = (error: Error) => {
      if (!this.workers.delete(worker)) return;
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      pending?.reject(new Error(`the analyser worker died: ${error.message}`));
      if (!this.closed) {
        this.spawn();
        this.dispatch();
      }
    };
    worker.on('error', onDeath);
    worker.on('exit', (code) => onDeath(new Error(`exit code ${code}`)));
    this.idle.push(worker);
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      worker.postMessage({ job: pending.job, article: pending.article } satisfies Job);
    }
  }
}
