// npm run bench: analysis throughput beside wink-nlp's own readDoc on the same texts, in one run.
// Corpora: 500 articles of ../shared/data/corpus/bbc.jsonl and all of pdnews.jsonl.
// Times are process CPU seconds, not wall time: the machine is often shared, and readDoc runs beside.
// The per-component table also gives the main thread's own CPU seconds (Linux): the process's figure
// counts V8's background threads (compiling, garbage collection) against whichever component runs.
//   npm run bench [-- --bbc 500 --components --only pdnews --limit 300 --passes 2 --readdoc-apart]
// --passes N runs readDoc and the pipeline N times over the corpora and reports the last pass: the
// first pass also pays V8's compiling of every function (its threads count in the CPU time), a long
// ingest's steady state does not.
// readDoc is timed article by article between the pipeline's articles, so that both meet the same
// machine (other processes, heap size, caches): timed over a whole corpus on its own, readDoc ran up to
// 40% faster or slower than between pipeline runs. --readdoc-apart times it the old way, corpus by
// corpus before the pipeline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ArticleDocument } from '../src/analyze/document.js';
import { defaultPipeline } from '../src/analyze/analyzer.js';
import type { Component, Pipeline } from '../src/analyze/pipeline.js';
import { toAnalysis } from '../src/analyze/analysis.js';
import { wink } from '../src/analyze/nlp/wink.js';
import { entityComponents } from '../src/analyze/entities/index.js';
import { quoteComponents } from '../src/analyze/quotes/index.js';
import { sharedDir } from '../eval/paths.js';
import { threadCpuClock } from './thread-cpu.js';

interface Article {
  id: string;
  text: string;
  published: string | null;
}

function load(file: string, limit: number): Article[] {
  return readFileSync(join(sharedDir, 'data', 'corpus', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, limit)
    .map((l) => {
      const r = JSON.parse(l) as { id: string; text: string; published?: string };
      return { id: r.id, text: r.text, published: r.published ? r.published.slice(0, 10) : null };
    });
}

let peakRss = 0;
const sampleMemory = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** The main thread's CPU seconds; null off Linux. */
const mainThreadSeconds = threadCpuClock();

/** CPU seconds of the whole process and of the main thread alone (NaN where it cannot be read). */
interface Cpu {
  all: number;
  main: number;
}

/**
 * Runs fn and returns its CPU time. The main thread's clock is read outside the process's, so that
 * the process figure does not include the reading of the other clock.
 */
function timeIt(fn: () => void): Cpu {
  const m0 = mainThreadSeconds?.() ?? NaN;
  const t0 = cpuSeconds();
  fn();
  const all = cpuSeconds() - t0;
  return { all, main: (mainThreadSeconds?.() ?? NaN) - m0 };
}

function addTo(seconds: Map<string, Cpu>, name: string, cpu: Cpu): void {
  const sum = seconds.get(name) ?? { all: 0, main: 0 };
  seconds.set(name, { all: sum.all + cpu.all, main: sum.main + cpu.main });
}

/** Pipeline.runTimed, by CPU rather than wall clock, so that the figures compare with readDoc's. */
function runCpuTimed(pipeline: Pipeline, doc: ArticleDocument, seconds: Map<string, Cpu>): ArticleDocument {
  for (const c of pipeline.components) {
    const cpu = timeIt(() => c.run(doc));
    addTo(seconds, c.name, cpu);
    for (const a of c.adds) doc.markProvided(a);
  }
  return doc;
}

function main() {
  const { values } = parseArgs({
    options: {
      bbc: { type: 'string', default: '500' },
      components: { type: 'boolean', default: true },
      /** One corpus only: bbc or pdnews. */
      only: { type: 'string' },
      /** At most this many articles of each corpus. */
      limit: { type: 'string' },
      /** Runs over the corpora; the figures are the last run's. */
      passes: { type: 'string', default: '1' },
      /** Times readDoc over each whole corpus before the pipeline, not article by article between. */
      'readdoc-apart': { type: 'boolean', default: false },
    },
  });
  const limit = values.limit ? Number(values.limit) : Infinity;
  const corpora: Array<[string, Article[]]> = (
    [
      ['bbc', load('bbc.jsonl', Math.min(Number(values.bbc), limit))],
      ['pdnews', load('pdnews.jsonl', limit)],
    ] as Array<[string, Article[]]>
  ).filter(([name]) => !values.only || values.only === name);
  const nlp = wink();
  const pipeline = defaultPipeline();
  // warm up: load models and lexicons, let the JIT settle
  for (const a of corpora.flatMap(([, articles]) => articles).slice(0, 20))
    toAnalysis(pipeline.run(new ArticleDocument(a)));
  const sampler = setInterval(sampleMemory, 50);
  console.log(`pipeline: ${pipeline.components.map((c) => c.name).join(' → ')}\n`);
  if (Number(values.passes) > 1) console.log(`(the last of ${values.passes} passes over the corpora)\n`);
  const header = ['corpus', 'articles', 'MB', 'wink art/s', 'dossier art/s', 'dossier MB/s', 'ratio'];
  const passes = Math.max(1, Number(values.passes) || 1);
  let rows: string[][] = [];
  let timings = new Map<string, Cpu>();
  let totalWink: Cpu = { all: 0, main: 0 };
  let totalDossier = 0;
  for (let pass = 0; pass < passes; pass++) {
    rows = [];
    timings = new Map<string, Cpu>();
    totalWink = { all: 0, main: 0 };
    totalDossier = 0;
    for (const [name, articles] of corpora) {
      const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
      let wink: Cpu = { all: 0, main: 0 };
      let dossierSeconds = 0;
      if (values['readdoc-apart']) {
        wink = timeIt(() => {
          for (const a of articles) nlp.readDoc(a.text);
        });
        sampleMemory();
        dossierSeconds = timeIt(() => {
          for (const a of articles) toAnalysis(runCpuTimed(pipeline, new ArticleDocument(a), timings));
        }).all;
      } else {
        for (const a of articles) {
          const read = timeIt(() => nlp.readDoc(a.text));
          wink = { all: wink.all + read.all, main: wink.main + read.main };
          dossierSeconds += timeIt(() => toAnalysis(runCpuTimed(pipeline, new ArticleDocument(a), timings))).all;
        }
      }
      sampleMemory();
      const winkSeconds = wink.all;
      totalWink = { all: totalWink.all + wink.all, main: totalWink.main + wink.main };
      totalDossier += dossierSeconds;
      rows.push([
        name,
        String(articles.length),
        mb.toFixed(2),
        (articles.length / winkSeconds).toFixed(0),
        (articles.length / dossierSeconds).toFixed(0),
        (mb / dossierSeconds).toFixed(2),
        (dossierSeconds / winkSeconds).toFixed(2),
      ]);
    }
  }
  clearInterval(sampler);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => c.padStart(widths[i])).join('  ');
  console.log(fmt(header));
  for (const r of rows) console.log(fmt(r));
  console.log(
    `\nall: dossier takes ${(totalDossier / totalWink.all).toFixed(2)}× wink-nlp's readDoc time (aim: ≤ 2.5×)`,
  );
  console.log(`peak RSS ${(peakRss / 1048576).toFixed(0)} MiB`);
  if (values.components) printComponents(timings, totalWink);
}

const ALL = 'all threads';
const MAIN = 'main thread';
const cell = (seconds: number, unit = '') => (Number.isNaN(seconds) ? '—' : seconds.toFixed(2) + unit);

/**
 * The CPU time of each component and of readDoc, and the entity and quote layers beside readDoc, each
 * both ways: the whole process (what the figures have always been) and the main thread alone.
 */
function printComponents(timings: Map<string, Cpu>, readDoc: Cpu): void {
  const row = (name: string, cpu: Cpu, unit = '') =>
    `  ${name.padEnd(24)} ${cell(cpu.all, unit).padStart(ALL.length)}  ${cell(cpu.main, unit).padStart(MAIN.length)}`;
  console.log('\nCPU time per component (s), all corpora:');
  console.log(`  ${''.padEnd(24)} ${ALL}  ${MAIN}`);
  for (const [c, s] of timings) console.log(row(c, s));
  console.log(row('wink readDoc alone', readDoc));
  const layers: Array<[string, readonly Component[]]> = [
    ['entities', entityComponents],
    ['quotes', quoteComponents],
  ];
  console.log(`\n  ${'layer / readDoc'.padEnd(24)} ${ALL}  ${MAIN}`);
  for (const [layer, components] of layers) {
    const sum = { all: 0, main: 0 };
    for (const { name } of components) {
      sum.all += timings.get(name)?.all ?? 0;
      sum.main += timings.get(name)?.main ?? 0;
    }
    console.log(row(layer, { all: sum.all / readDoc.all, main: sum.main / readDoc.main }, '×'));
  }
  console.log(`  (entities: ${entityComponents.map((c) => c.name).join(' + ')})`);
  console.log(
    mainThreadSeconds
      ? `  (${ALL}: process.cpuUsage(), with V8's compiler and GC threads; ${MAIN}: /proc/thread-self/stat)`
      : `  (${ALL}: process.cpuUsage(); the ${MAIN}'s time cannot be read on this system)`,
  );
}

main();
