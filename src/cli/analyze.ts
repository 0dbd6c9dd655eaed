// dossier analyze [FILE|-] [--format text|jsonl] [--published YYYY-MM-DD]
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../analyze/analyzer.js';
import { articleFromJsonLine, normalisePublished } from '../ingest/article-input.js';
import { readAll } from '../ingest/lines.js';
import { mapJsonlLines } from './jsonl-map.js';

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
  const { failed } = await mapJsonlLines('analyze', file, (line, lineNo) => {
    const input = articleFromJsonLine(line, lineNo);
    if (!input.ok) return { ok: false, id: input.id ?? `line-${lineNo}`, error: input.error };
    if (published.value && !input.article.published) input.article.published = published.value;
    try {
      return { ok: true, value: analyze(input.article) };
    } catch (e) {
      return { ok: false, id: input.article.id, error: `analysis failed: ${(e as Error).message}` };
    }
  });
  return failed ? 1 : 0;
}
