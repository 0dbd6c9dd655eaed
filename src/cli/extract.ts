// dossier extract [FILE|-] [--format html|jsonl]
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../ingest/extract/extract.js';
import { readAll, readLines } from '../ingest/lines.js';

const HELP = `usage: dossier extract [FILE|-] [--format html|jsonl] [--url URL]

Turns a news web page into its article: {"id","title","byline","published","site","lang","text"}.
With --format jsonl each input line is {"id","html","url"?}; a bad line gets {"id","error"}, the run
goes on and exits with status 1 at the end.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'html' },
      url: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const file = positionals[0] ?? '-';
  if (values.format === 'html') {
    const html = await readAll(file);
    const id = file === '-' ? 'stdin' : basename(file);
    console.log(JSON.stringify(extractArticle(id, html, values.url ?? null), null, 2));
    return 0;
  }
  if (values.format !== 'jsonl') {
    console.error(`dossier extract: --format must be html or jsonl, not ${values.format}`);
    return 2;
  }
  let failed = 0;
  let lineNo = 0;
  for await (const line of readLines(file)) {
    lineNo++;
    if (!line.trim()) continue;
    let out: unknown;
    let id = `line-${lineNo}`;
    try {
      const r = JSON.parse(line) as { id?: unknown; html?: unknown; url?: unknown };
      if (typeof r.id === 'string' && r.id) id = r.id;
      if (typeof r.html !== 'string') throw new Error('no "html" string');
      out = extractArticle(id, r.html, typeof r.url === 'string' ? r.url : null);
    } catch (e) {
      failed++;
      const error = (e as Error).message;
      console.error(`dossier extract: ${id}: ${error}`);
      out = { id, error };
    }
    if (!process.stdout.write(JSON.stringify(out) + '\n')) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
  return failed ? 1 : 0;
}
