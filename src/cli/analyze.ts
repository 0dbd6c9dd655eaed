// dossier analyze [FILE|-] [--format text|jsonl] [--published YYYY-MM-DD]
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../analyze/analyzer.js';
import { articleFromJsonLine, normalisePublished } from '../ingest/article-input.js';
import { readAll, readLines } from '../ingest/lines.js';

const HELP = `usage: dossier analyze [FILE|-] [--format text|jsonl] [--published YYYY-MM-DD] [--compact]

Analyses a plain-text article (default) or a JSONL file of {"id","text","published"?,...} records
and prints one Analysis per article as JSON (CONTRACT.md). A bad JSONL line gets {"id","error"};
the run goes on and exits with status 1 at the end.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      published: { type: 'string' },
      compact: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length > 1) {
    console.error(`dossier analyze: one FILE at most\n${HELP}`);
    return 2;
  }
  const file = positionals[0] ?? '-';
  const published = normalisePublished(values.published);
  if (published.error) {
    console.error(`dossier analyze: --published: ${published.error}`);
    return 2;
  }
  if (values.format === 'text') {
    const text = await readAll(file);
    const id = file === '-' ? 'stdin' : basename(file);
    const analysis = analyze({ id, text, published: published.value });
    process.stdout.write(JSON.stringify(analysis, null, values.compact ? undefined : 2) + '\n');
    return 0;
  }
  if (values.format !== 'jsonl') {
    console.error(`dossier analyze: --format must be text or jsonl, not ${values.format}`);
    return 2;
  }
  let failed = 0;
  let lineNo = 0;
  for await (const line of readLines(file)) {
    lineNo++;
    if (!line.trim()) continue;
    const input = articleFromJsonLine(line, lineNo);
    let out: unknown;
    if (!input.ok) {
      failed++;
      console.error(`dossier analyze: ${input.id ?? `line ${lineNo}`}: ${input.error}`);
      out = { id: input.id, error: input.error };
    } else {
      if (published.value && !input.article.published) input.article.published = published.value;
      try {
        out = analyze(input.article);
      } catch (e) {
        failed++;
        const error = `analysis failed: ${(e as Error).message}`;
        console.error(`dossier analyze: ${input.article.id}: ${error}`);
        out = { id: input.article.id, error };
      }
    }
    // write synchronously-ordered output; respect back-pressure on large runs
    if (!process.stdout.write(JSON.stringify(out) + '\n')) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
  if (failed) console.error(`dossier analyze: ${failed} of the input lines failed`);
  return failed ? 1 : 0;
}
