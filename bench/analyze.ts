// npm run bench: analysis throughput beside wink-nlp's own readDoc on the same texts, in one run.
// Corpora: 500 articles of ../shared/data/corpus/bbc.jsonl and all of pdnews.jsonl.
// Times are process CPU seconds, not wall time: the machine is often shared, and readDoc runs beside.
//   npm run bench [-- --bbc 500 --components --only pdnews --limit 300 --passes 2]
// --passes N runs readDoc and the pipeline N times over the corpora and reports the last pass: the
// first pass also pays V8's compiling of every function (its threads count in the CPU time), a long
// ingest's steady state does not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ArticleDocument } from '../src/analyze/document.js';
import { defaultPipeline } from '../src/analyze/analyzer.js';
import type { Pipeline } from '../src/analyze/pipeline.js';
import { toAnalysis } from '../src/analyze/analysis.js';
import { wink } from '../src/analyze/nlp/wink.js';
import { sharedDir } from '../eval/paths.js';

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

/** Pipeline.runTimed, by CPU rather than wall clock, so that the figures compare with readDoc's. */
function runCpuTimed(pipeline: Pipeline, doc: ArticleDocument, seconds: Map<string, number>): ArticleDocument {
  for (const c of pipeline.components) {
    const t0 = cpuSeconds();
    c.run(doc);
    seconds.set(c.name, (seconds.get(c.name) ?? 0) + cpuSeconds() - t0);
    for (const a of c.adds) doc.markProvided(a);
  }
  return doc;
}

function timeIt(fn: () => void): number {
  const t0 = cpuSeconds();
  fn();
  return cpuSeconds() - t0;
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
  let timings = new Map<string, number>();
  let totalWink = 0;
  let totalDossier = 0;
  for (let pass = 0; pass < passes; pass++) {
    rows = [];
    timings = new Map<string, number>();
    totalWink = 0;
    totalDossier = 0;
    for (const [name, articles] of corpora) {
      const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
      const winkSeconds = timeIt(() => {
        for (const a of articles) nlp.readDoc(a.text);
      });
      sampleMemory();
      const dossierSeconds = timeIt(() => {
        for (const a of articles) toAnalysis(runCpuTimed(pipeline, new ArticleDocument(a), timings));
      });
      sampleMemory();
      totalWink += winkSeconds;
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
  console.log(`\nall: dossier takes ${(totalDossier / totalWink).toFixed(2)}× wink-nlp's readDoc time (aim: ≤ 2.5×)`);
  console.log(`peak RSS ${(peakRss / 1048576).toFixed(0)} MiB`);
  if (values.components) {
    console.log('\nCPU time per component (s), all corpora:');
    for (const [c, s] of timings) console.log(`  ${c.padEnd(24)} ${s.toFixed(2)}`);
    console.log(`  ${'wink readDoc alone'.padEnd(24)} ${totalWink.toFixed(2)}`);
  }
}

main();
