// npm run bench: analysis throughput beside wink-nlp's own readDoc on the same texts, in one run.
// Corpora: 500 articles of ../shared/data/corpus/bbc.jsonl and all of pdnews.jsonl.
//   npm run bench [-- --bbc 500 --components]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ArticleDocument } from '../src/analyze/document.js';
import { defaultPipeline } from '../src/analyze/analyzer.js';
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

function timeIt(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

function main() {
  const { values } = parseArgs({
    options: { bbc: { type: 'string', default: '500' }, components: { type: 'boolean', default: true } },
  });
  const corpora: Array<[string, Article[]]> = [
    ['bbc', load('bbc.jsonl', Number(values.bbc))],
    ['pdnews', load('pdnews.jsonl', Infinity)],
  ];
  const nlp = wink();
  const pipeline = defaultPipeline();
  // warm up: load models and lexicons, let the JIT settle
  for (const a of corpora[0][1].slice(0, 20)) toAnalysis(pipeline.run(new ArticleDocument(a)));
  const sampler = setInterval(sampleMemory, 50);
  console.log(`pipeline: ${pipeline.components.map((c) => c.name).join(' → ')}\n`);
  const header = ['corpus', 'articles', 'MB', 'wink art/s', 'dossier art/s', 'dossier MB/s', 'ratio'];
  const rows: string[][] = [];
  const timings = new Map<string, number>();
  let totalWink = 0;
  let totalDossier = 0;
  for (const [name, articles] of corpora) {
    const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
    const winkSeconds = timeIt(() => {
      for (const a of articles) nlp.readDoc(a.text);
    });
    sampleMemory();
    const dossierSeconds = timeIt(() => {
      for (const a of articles) toAnalysis(pipeline.runTimed(new ArticleDocument(a), timings));
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
  clearInterval(sampler);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => c.padStart(widths[i])).join('  ');
  console.log(fmt(header));
  for (const r of rows) console.log(fmt(r));
  console.log(`\nall: dossier takes ${(totalDossier / totalWink).toFixed(2)}× wink-nlp's readDoc time (aim: ≤ 2.5×)`);
  console.log(`peak RSS ${(peakRss / 1048576).toFixed(0)} MiB`);
  if (values.components) {
    console.log('\ntime per component (s), all corpora:');
    for (const [c, ms] of timings) console.log(`  ${c.padEnd(24)} ${(ms / 1000).toFixed(2)}`);
    console.log(`  ${'wink readDoc alone'.padEnd(24)} ${totalWink.toFixed(2)}`);
  }
}

main();
