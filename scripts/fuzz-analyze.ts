// npm run fuzz [-- --corpus FILE.jsonl] [--seed N] [--articles N]: analyses articles of a corpus (the
// demo corpus by default) mangled as real input arrives (cut short, re-cased, unpunctuated, …;
// fuzz/manglers.ts) and lists every mangled article on which the analysis failed, its text written to
// a temp folder to debug. Exits 1 when any failed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../eval/paths.js';
import { option } from './options.js';
import { fuzzAnalysis, type FuzzArticle } from './fuzz/fuzz.js';
import { MANGLERS } from './fuzz/manglers.js';

const corpus = option('corpus', join(repoRoot, 'data', 'demo', 'pdnews.jsonl'));
const seed = Number(option('seed', '1'));
const count = Number(option('articles', '100'));
const articles = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as FuzzArticle);

const t0 = performance.now();
const failures = await fuzzAnalysis(articles, seed, count);
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
const analysed = count * Object.keys(MANGLERS).length;
console.log(`${analysed} mangled articles (seed ${seed}) analysed in ${seconds} s: ${failures.length} failed`);
if (failures.length) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-fuzz-'));
  failures.forEach((f, i) => {
    writeFileSync(join(dir, `${i}.txt`), f.text);
    console.log(`  ${i}.txt  ${f.id}: ${f.message}`);
  });
  console.log(`texts in ${dir}`);
  process.exitCode = 1;
}
