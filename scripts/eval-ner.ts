// Scores the name recogniser on the held-out split (nerSplit = 'test') of each NER gold file with
// the shared scorer, and measures its speed on the pdnews corpus.
//   node dist/scripts/eval-ner.js [--model PATH] [--shared ../shared] [--out TMPDIR/ner-eval] [--no-speed]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleDocument } from '../src/analyze/document.js';
import { annotatedEnd, NER_SOURCES, readGold, type NerSource } from '../src/analyze/entities/ner/gold.js';
import { defaultModelPath, loadModel } from '../src/analyze/entities/ner/model.js';
import { recognizeWith, type NameSpan } from '../src/analyze/entities/ner/recognizer.js';
import { nerSplit } from '../src/analyze/entities/ner/split.js';
import { readTokens, tokenizer, wink } from '../src/analyze/nlp/wink.js';
import { option, scriptArgs, sharedOption } from './options.js';

/** Milliseconds of CPU this process spent (user + system): steadier than wall time on a busy machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const shared = sharedOption();
const outDir = option('out', join(tmpdir(), 'ner-eval'));
const model = loadModel(option('model', defaultModelPath()));
mkdirSync(outDir, { recursive: true });

const TYPE = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' } as const;

function predictionLine(id: string, names: NameSpan[]): string {
  const byLabel = new Map<string, Array<{ start: number; end: number; kind: 'name' }>>();
  for (const n of names) {
    const list = byLabel.get(n.label) ?? [];
    list.push({ start: n.start, end: n.end, kind: 'name' });
    byLabel.set(n.label, list);
  }
  const entities = [...byLabel].map(([label, mentions]) => ({ type: TYPE[label as keyof typeof TYPE], mentions }));
  return JSON.stringify({ id, entities });
}

function score(gold: string, pred: string, ignore: string[]): { f1: number; p: number; r: number } {
  const extra = ignore.length ? ['--ignore', ignore.join(',')] : [];
  const out = execFileSync(
    'node',
    [join(shared, 'eval', 'score.mjs'), 'ner', '--gold', gold, '--pred', pred, ...extra],
    {
      encoding: 'utf8',
    },
  );
  const lines = out.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as { f1: number; p: number; r: number };
}

const results: Record<string, unknown> = {};
for (const source of NER_SOURCES) {
  const goldPath = join(outDir, `${source}.gold.jsonl`);
  const predPath = join(outDir, `${source}.pred.jsonl`);
  const regionPath = join(outDir, `${source}.pred-annotated.jsonl`);
  const gold = readGold(join(shared, 'data', 'ner', `${source}.dev.jsonl`)).filter((g) => nerSplit(g.id) === 'test');
  const preds: string[] = [];
  const regionPreds: string[] = [];
  for (const g of gold) {
    const doc = new ArticleDocument({ id: g.id, text: g.text });
    tokenizer.run(doc);
    const names = recognizeWith(model, doc);
    preds.push(predictionLine(g.id, names));
    const end = annotatedEnd(source as NerSource, g.text);
    regionPreds.push(
      predictionLine(
        g.id,
        names.filter((n) => n.end <= end),
      ),
    );
  }
  writeFileSync(
    goldPath,
    gold.map((g) => JSON.stringify({ id: g.id, text: g.text, entities: g.entities })).join('\n') + '\n',
  );
  writeFileSync(predPath, preds.join('\n') + '\n');
  const ignore = source === 'meantime' ? ['MISC'] : [];
  const full = score(goldPath, predPath, ignore);
  const line = `${source.padEnd(10)} docs ${String(gold.length).padStart(4)}  F1 ${full.f1.toFixed(4)}  P ${full.p.toFixed(4)}  R ${full.r.toFixed(4)}`;
  if (source === 'meantime') {
    writeFileSync(regionPath, regionPreds.join('\n') + '\n');
    const region = score(goldPath, regionPath, ignore);
    console.log(
      `${line}   (annotated lines only: F1 ${region.f1.toFixed(4)} P ${region.p.toFixed(4)} R ${region.r.toFixed(4)})`,
    );
    results[source] = { ...full, annotatedLinesOnly: region };
  } else {
    console.log(line);
    results[source] = full;
  }
}

if (!scriptArgs.includes('--no-speed')) {
  const texts = readFileSync(join(shared, 'data', 'corpus', 'pdnews.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 400)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const nlp = wink();
  let t0 = cpuMs();
  const docs = texts.map((text, i) => {
    const d = new ArticleDocument({ id: String(i), text });
    tokenizer.run(d);
    return d;
  });
  const tokenize = cpuMs() - t0;
  t0 = cpuMs();
  for (const text of texts) readTokens(text);
  const winkOnly = cpuMs() - t0;
  t0 = cpuMs();
  for (const text of texts) nlp.readDoc(text);
  const readDoc = cpuMs() - t0;
  const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
  // the first pass starts with empty per-word caches (as a fresh process would, with the held-out
  // docs above already read); the second runs with the caches warm, as in a long-running process
  t0 = cpuMs();
  for (const d of docs) recognizeWith(model, d);
  const cold = cpuMs() - t0;
  t0 = cpuMs();
  for (const d of docs) recognizeWith(model, d);
  const ner = cpuMs() - t0;
  const rate = (ms: number) => Math.round(tokens / (ms / 1000));
  console.log(
    `speed on ${texts.length} pdnews texts, ${tokens} tokens (CPU time): recogniser ${rate(cold)} tokens/s first pass (${cold.toFixed(0)} ms), ${rate(ner)} tokens/s second pass (${ner.toFixed(0)} ms); ` +
      `wink readDoc ${rate(readDoc)} tokens/s (${readDoc.toFixed(0)} ms); wink readTokens ${rate(winkOnly)} tokens/s (${winkOnly.toFixed(0)} ms); ` +
      `tokenizer component ${tokenize.toFixed(0)} ms; recogniser speed / readDoc speed ${(readDoc / cold).toFixed(2)} first pass, ${(readDoc / ner).toFixed(2)} second pass`,
  );
  results.speed = { tokens, nerFirstPassMs: cold, nerMs: ner, winkReadDocMs: readDoc, winkReadTokensMs: winkOnly };
}
writeFileSync(join(outDir, 'summary.json'), JSON.stringify(results, null, 2));
