// npm run bench:api [-- DB] [--no-cache]: the HTTP API under a bounded load. The server runs in a worker thread
// on 127.0.0.1, port 0; 20 clients in the main thread send realistic requests to the actor, search and
// event endpoints for about 10 s (at most MAX_REQUESTS), then requests/s and latency percentiles are
// printed per endpoint. Target: p95 under 50 ms. The server keeps GET answers until the database
// changes, so this mostly measures repeated questions; --no-cache makes every request run its queries.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { buildServer } from '../src/serve/server.js';
import { listActors } from '../src/store/queries/actor-list.js';
import { SqliteStore } from '../src/store/sqlite-store.js';

const CLIENTS = 20;
const DURATION_MS = 10_000;
const MAX_REQUESTS = 200_000;
const SEARCH_WORDS = ['president', 'sanctions', 'nuclear', 'security', 'minister', 'talks', 'election', 'troops'];
const EVENT_TYPES = ['CONSULT', 'ACCUSE', 'SUPPORT', 'ASSAULT', 'AGREE', 'REQUEST'];

interface Target {
  endpoint: string;
  path: string;
}

async function serveInWorker(db: string, cache: boolean): Promise<void> {
  const app = buildServer({ db, cache });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  parentPort?.postMessage(address);
  parentPort?.on('message', () => void app.close().then(() => process.exit(0)));
}

/** Requests built from what the store holds: its most-mentioned actors, their codes, common words. */
function plan(db: string): Target[] {
  const store = SqliteStore.open(db, { mustExist: true, readonly: true });
  try {
    const top = listActors(store.db, { limit: 20, offset: 0 }).actors;
    if (!top.length) throw new Error(`${db} holds no actors: ingest some articles first`);
    const codes = [...new Set(top.map((a) => a.actor).filter((c): c is string => !!c))];
    const targets: Target[] = [];
    top.forEach((a, i) => {
      const code = codes[i % Math.max(1, codes.length)] ?? 'USA';
      targets.push(
        { endpoint: 'GET /api/actors?q=', path: `/api/actors?q=${encodeURIComponent(a.name.slice(0, 5))}&limit=20` },
        { endpoint: 'GET /api/actors/:key', path: `/api/actors/${encodeURIComponent(a.key)}` },
        { endpoint: 'GET /api/search?q=', path: `/api/search?q=${SEARCH_WORDS[i % SEARCH_WORDS.length]}` },
        {
          endpoint: 'GET /api/events?source=&type=',
          path: `/api/events?source=${code}&type=${EVENT_TYPES[i % EVENT_TYPES.length]}&limit=20`,
        },
      );
    });
    return targets;
  } finally {
    store.close();
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

async function load(base: string, targets: Target[]) {
  const latencies = new Map<string, number[]>(targets.map((t) => [t.endpoint, []]));
  const errors = new Map<string, number>();
  let sent = 0;
  const started = performance.now();
  const client = async (offset: number) => {
    for (let i = offset; performance.now() - started < DURATION_MS && sent < MAX_REQUESTS; i += CLIENTS) {
      const target = targets[i % targets.length];
      sent++;
      const t0 = performance.now();
      const res = await fetch(base + target.path);
      await res.arrayBuffer();
      latencies.get(target.endpoint)?.push(performance.now() - t0);
      if (res.status !== 200) errors.set(target.endpoint, (errors.get(target.endpoint) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
  return { latencies, errors, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const cache = !args.includes('--no-cache');
  const db = args.find((a) => !a.startsWith('--')) ?? './dossier.db';
  if (!existsSync(db)) {
    console.error(`bench:api: no database at ${db} (./bin/dossier ingest data/demo/pdnews.jsonl --db ${db})`);
    return 2;
  }
  const targets = plan(db);
  const worker = new Worker(new URL(import.meta.url), { workerData: { db, cache } });
  const base = await new Promise<string>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  // One pass first: the first request of each kind pays for compiling statements and warming caches.
  for (const t of targets) await (await fetch(base + t.path)).arrayBuffer();
  const { latencies, errors, seconds } = await load(base, targets);
  worker.postMessage('stop');
  await new Promise((done) => worker.once('exit', done));

  const all: number[] = [];
  const rows = [...latencies.entries()].map(([endpoint, ms]) => {
    all.push(...ms);
    const sorted = [...ms].sort((a, b) => a - b);
    return { endpoint, requests: ms.length, sorted, errors: errors.get(endpoint) ?? 0 };
  });
  rows.push({ endpoint: 'all', requests: all.length, sorted: all.sort((a, b) => a - b), errors: 0 });
  const fmt = (n: number) => n.toFixed(1).padStart(7);
  console.log(
    `${db}: ${CLIENTS} clients, ${seconds.toFixed(1)} s, ${all.length} requests, answer cache ${cache ? 'on' : 'off'}`,
  );
  console.log(
    `${'endpoint'.padEnd(30)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  errors`,
  );
  for (const r of rows) {
    console.log(
      `${r.endpoint.padEnd(30)} ${fmt(r.requests / seconds)} ${fmt(percentile(r.sorted, 50))} ` +
        `${fmt(percentile(r.sorted, 95))} ${fmt(percentile(r.sorted, 99))}  ${r.errors}`,
    );
  }
  const p95 = percentile(all, 95);
  console.log(`p95 over all requests: ${p95.toFixed(1)} ms (target < 50 ms): ${p95 < 50 ? 'met' : 'NOT met'}`);
  return 0;
}

if (isMainThread) {
  main().then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      console.error(`bench:api: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    },
  );
} else {
  const { db, cache } = workerData as { db: string; cache: boolean };
  void serveInWorker(db, cache);
}
