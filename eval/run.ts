// npm run eval: runs `dossier analyze` over every dev file in ../shared/data, scores each with
// ../shared/eval/score.mjs, runs the seed check, prints one table, and compares the headline figures
// with eval/figures.json. Exits 1 when a headline falls more than TOLERANCE below its recorded value,
// or when the analysis failed on any input (a component's warning, an article's error record).
//   npm run eval [-- --only ner,time] [--record] [--keep] [--split tune|check]
// --record writes the figures that improved into eval/figures.json (never lowers one).
// --split scores only one part of the quotes and events dev sets (see dev-split.ts); such a run is
// neither gated nor recorded, its figures are not the headline ones.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { devSplit, type DevPart } from './dev-split.js';
import { doubledMarkKinds } from './gold-readings.js';
import { repoRoot, sharedDir } from './paths.js';

const TOLERANCE = 0.005;
const FIGURES = join(repoRoot, 'eval', 'figures.json');

interface Suite {
  /** Unique name, also the key in figures.json. */
  name: string;
  task: 'ner' | 'quotes' | 'time' | 'events' | 'html';
  gold: string;
  /** Field of the gold record holding the reference date. */
  dateField?: string;
  scoreArgs?: string[];
  /** Scorer fields recorded and guarded. */
  headline: string[];
  /** Score only the documents the NER model was not trained on. */
  heldOutOnly?: boolean;
  /** Analyse only the first N lines of each text (the part the gold annotates). */
  firstLines?: number;
  /** Rewrites each gold record before scoring (a diagnostic reading of the same gold). */
  regold?: (g: Record<string, unknown>) => Record<string, unknown>;
}

const SUITES: Suite[] = [
  { name: 'ner/conll2003', task: 'ner', gold: 'ner/conll2003.dev.jsonl', headline: ['f1'], heldOutOnly: true },
  { name: 'ner/gum', task: 'ner', gold: 'ner/gum.dev.jsonl', headline: ['f1'], heldOutOnly: true },
  {
    name: 'ner/meantime',
    task: 'ner',
    gold: 'ner/meantime.dev.jsonl',
    scoreArgs: ['--ignore', 'MISC'],
    headline: ['f1'],
    heldOutOnly: true,
  },
  // MEANTIME annotates only the title, the date line and the first four sentences (one a line): the
  // suite above scores whole texts as the held-out scoring does; this one the annotated part alone.
  {
    name: 'ner/meantime-annotated',
    task: 'ner',
    gold: 'ner/meantime.dev.jsonl',
    scoreArgs: ['--ignore', 'MISC'],
    headline: ['f1'],
    heldOutOnly: true,
    firstLines: 6,
  },
  { name: 'quotes/polnear', task: 'quotes', gold: 'quotes/polnear.dev.jsonl', headline: ['e2e_f1', 'extraction_f1'] },
  {
    name: 'quotes/polnear-direct',
    task: 'quotes',
    gold: 'quotes/polnear.dev.jsonl',
    scoreArgs: ['--kinds', 'direct'],
    headline: ['e2e_f1'],
  },
  // a diagnostic: the direct figure with the gold's ''…'' quotations given their kind (doubledMarkKinds)
  {
    name: 'quotes/polnear-direct-doubled-marks',
    task: 'quotes',
    gold: 'quotes/polnear.dev.jsonl',
    scoreArgs: ['--kinds', 'direct'],
    headline: ['e2e_f1'],
    regold: doubledMarkKinds,
  },
  {
    name: 'time/timebank',
    task: 'time',
    gold: 'time/timebank.dev.jsonl',
    dateField: 'dct',
    headline: ['relaxed_f1', 'value_f1'],
  },
  {
    name: 'time/aquaint',
    task: 'time',
    gold: 'time/aquaint.dev.jsonl',
    dateField: 'dct',
    headline: ['relaxed_f1', 'value_f1'],
  },
  {
    name: 'events/plover',
    task: 'events',
    gold: 'events/plover_gsr.dev.jsonl',
    dateField: 'date',
    headline: ['f1', 'type_f1'],
  },
  {
    name: 'events/petrarch2',
    task: 'events',
    gold: 'events/petrarch2_gsr.dev.jsonl',
    dateField: 'date',
    headline: ['f1'],
  },
  { name: 'html/aeb', task: 'html', gold: 'html/aeb.dev.jsonl.gz', headline: ['f1'] },
  {
    name: 'events/cameo-examples',
    task: 'events',
    gold: 'events/cameo_manual_examples.dev.jsonl',
    dateField: 'date',
    headline: ['type_f1'],
  },
];

type Figures = Record<string, Record<string, number>>;

function readJsonl(path: string): Record<string, unknown>[] {
  const raw = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(raw) : raw)
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function heldOutFilter(): Promise<((id: string) => boolean) | null> {
  const splitModule = join(repoRoot, 'dist', 'src', 'analyze', 'entities', 'ner', 'split.js');
  if (!existsSync(splitModule)) return null;
  const { nerSplit } = (await import(splitModule)) as { nerSplit: (id: string) => 'train' | 'test' };
  return (id) => nerSplit(id) === 'test';
}

function firstLines(text: string, n: number): string {
  let at = 0;
  for (let i = 0; i < n; i++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text;
    at = nl + 1;
  }
  return text.slice(0, at);
}

function lastJsonLine(out: string): Record<string, unknown> {
  const lines = out.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as Record<string, unknown>;
}

/**
 * Runs the real command line over the gold inputs, exactly as a user would. Returns what went wrong
 * on the way: a component that failed on an article (it warns and the article goes on without that
 * component's findings, which no score shows plainly) or an article that failed whole.
 */
function runDossier(command: 'analyze' | 'extract', input: string, output: string): string[] {
  const r = spawnSync(join(repoRoot, 'bin', 'dossier'), [command, '--format', 'jsonl', input], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.error) throw r.error;
  writeFileSync(output, r.stdout);
  if (r.status !== 0)
    process.stderr.write(`warning: dossier analyze exited ${r.status} on ${input}\n${r.stderr.slice(-2000)}`);
  const failures = r.stderr
    .split('\n')
    .filter((line) => / Warning: /.test(line))
    .map((line) => line.replace(/^\(node:\d+\) Warning: /, ''));
  for (const line of r.stdout.split('\n')) {
    if (!line.includes('"error"')) continue;
    const record = JSON.parse(line) as { id?: string; error?: string };
    if (record.error) failures.push(`${record.id}: ${record.error}`);
  }
  return failures;
}

function score(task: string, gold: string, pred: string, args: string[] = []): Record<string, unknown> {
  const r = spawnSync('node', [join(sharedDir, 'eval', 'score.mjs'), task, '--gold', gold, '--pred', pred, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`score.mjs ${task} failed: ${r.stderr}`);
  return lastJsonLine(r.stdout);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      record: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      split: { type: 'string' },
    },
  });
  const part = values.split as DevPart | undefined;
  if (part !== undefined && part !== 'tune' && part !== 'check') throw new Error('--split takes tune or check');
  const only = values.only ? values.only.split(',') : null;
  // a suite is wanted by its name (ner/gum), its group (ner) or its corpus (gum)
  const wanted = (name: string) =>
    !only || only.some((o) => name === o || name.startsWith(o + '/') || name.split('/')[1] === o);
  const work = join(tmpdir(), `dossier-eval-${process.pid}`);
  mkdirSync(work, { recursive: true });
  const isHeldOut = await heldOutFilter();
  const results: Figures = {};
  const rows: string[][] = [];
  const analysed = new Map<string, { gold: string; pred: string; docs: number }>();
  const failures: string[] = [];

  for (const suite of SUITES.filter((s) => wanted(s.name))) {
    const cacheKey = `${suite.gold}:${suite.heldOutOnly}:${suite.firstLines}:${part}`;
    let prepared = analysed.get(cacheKey);
    if (!prepared) {
      let gold = readJsonl(join(sharedDir, 'data', suite.gold));
      let note = '';
      if (suite.heldOutOnly) {
        if (isHeldOut) gold = gold.filter((g) => isHeldOut(String(g.id)));
        else note = ' (no NER split yet: all documents)';
      }
      if (part && (suite.task === 'quotes' || suite.task === 'events')) {
        gold = gold.filter((g) => devSplit(suite.task, String(g.id)) === part);
        note += ` (${part} part)`;
      }
      const base = join(work, suite.name.replace(/\//g, '_'));
      const goldPath = `${base}.gold.jsonl`;
      const inputPath = `${base}.input.jsonl`;
      const predPath = `${base}.pred.jsonl`;
      writeFileSync(goldPath, gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
      const inputs =
        suite.task === 'html'
          ? gold.map((g) => ({ id: g.id, html: g.html, url: g.url }))
          : gold.map((g) => ({
              id: g.id,
              text: suite.firstLines ? firstLines(String(g.text), suite.firstLines) : g.text,
              published: suite.dateField ? (g[suite.dateField] ?? null) : null,
            }));
      writeFileSync(inputPath, inputs.map((g) => JSON.stringify(g)).join('\n') + '\n');
      const t0 = performance.now();
      const failed = runDossier(suite.task === 'html' ? 'extract' : 'analyze', inputPath, predPath);
      failures.push(...failed.map((f) => `${suite.name}: ${f}`));
      process.stderr.write(
        `${suite.name}: ${gold.length} docs analysed in ${((performance.now() - t0) / 1000).toFixed(1)} s${note}\n`,
      );
      prepared = { gold: goldPath, pred: predPath, docs: gold.length };
      analysed.set(cacheKey, prepared);
    }
    let goldPath = prepared.gold;
    if (suite.regold) {
      goldPath = join(work, `${suite.name.replace(/\//g, '_')}.gold.jsonl`);
      const reread = readJsonl(prepared.gold).map(suite.regold);
      writeFileSync(goldPath, reread.map((g) => JSON.stringify(g)).join('\n') + '\n');
    }
    const figures = score(suite.task, goldPath, prepared.pred, suite.scoreArgs);
    results[suite.name] = Object.fromEntries(suite.headline.map((h) => [h, Number(figures[h])]));
    rows.push([
      suite.name,
      String(prepared.docs),
      suite.headline.map((h) => `${h} ${Number(figures[h]).toFixed(3)}`).join('  '),
    ]);
  }

  if (wanted('seed')) {
    const seedOut = join(work, 'seed.json');
    const r = spawnSync(
      join(repoRoot, 'bin', 'dossier'),
      ['analyze', join(sharedDir, 'seed', 'article.txt'), '--published', '2023-09-06'],
      { encoding: 'utf8' },
    );
    writeFileSync(seedOut, r.stdout);
    const check = spawnSync('node', [join(sharedDir, 'eval', 'seed-check.mjs'), seedOut], { encoding: 'utf8' });
    const figures = lastJsonLine(check.stdout) as { passed: number; total: number };
    results.seed = { passed: figures.passed };
    rows.push(['seed', '1', `passed ${figures.passed}/${figures.total}`]);
  }

  if (failures.length) {
    printTable(rows);
    console.log(`\nFAIL: the analysis failed on part of the input:\n  ${failures.join('\n  ')}`);
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    return 1;
  }

  if (part) {
    printTable(rows);
    console.log(`\n--split ${part}: figures on part of the dev sets, not compared with eval/figures.json`);
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    return 0;
  }

  const recorded: Figures = existsSync(FIGURES) ? (JSON.parse(readFileSync(FIGURES, 'utf8')) as Figures) : {};
  const falls: string[] = [];
  const gains: string[] = [];
  for (const [name, figs] of Object.entries(results)) {
    for (const [key, value] of Object.entries(figs)) {
      const was = recorded[name]?.[key];
      const tolerance = key === 'passed' ? 0 : TOLERANCE;
      if (was !== undefined && value < was - tolerance) falls.push(`${name} ${key}: ${value} < recorded ${was}`);
      if (was === undefined || value > was) gains.push(`${name} ${key}: ${was ?? '-'} → ${value}`);
    }
  }

  printTable(rows);

  if (values.keep) console.log(`inputs, predictions and gold kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });

  if (values.record && gains.length) {
    for (const [name, figs] of Object.entries(results)) {
      recorded[name] ??= {};
      for (const [key, value] of Object.entries(figs)) {
        if (recorded[name][key] === undefined || value > recorded[name][key]) recorded[name][key] = value;
      }
    }
    writeFileSync(FIGURES, JSON.stringify(recorded, null, 2) + '\n');
    console.log(`\nrecorded in eval/figures.json:\n  ${gains.join('\n  ')}`);
  } else if (gains.length) {
    console.log(`\nbetter than recorded (run with --record to keep):\n  ${gains.join('\n  ')}`);
  }
  if (falls.length) {
    console.log(`\nFAIL: below the recorded figures (tolerance ${TOLERANCE}):\n  ${falls.join('\n  ')}`);
    return 1;
  }
  console.log('\nno headline figure fell below its recorded value');
  return 0;
}

function printTable(rows: string[][]): void {
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 5));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(['suite', 'docs', 'headline figures']));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(e);
    process.exitCode = 2;
  },
);
