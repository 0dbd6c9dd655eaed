// dossier extract [FILE|-] [--format html|jsonl]
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../ingest/extract/extract.js';
import { readAll } from '../ingest/lines.js';
import { mapJsonlLines } from './jsonl-map.js';

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
  const { failed } = await mapJsonlLines('extract', file, (line, lineNo) => {
    let id = `line-${lineNo}`;
    try {
      const r = JSON.parse(line) as { id?: unknown; html?: unknown; url?: unknown };
      if (typeof r.id === 'string' && r.id) id = r.id;
      if (typeof r.html !== 'string') return { ok: false, id, error: 'no "html" string' };
      return { ok: true, value: extractArticle(id, r.html, typeof r.url === 'string' ? r.url : null) };
    } catch (e) {
      return { ok: false, id, error: (e as Error).message };
    }
  });
  return failed ? 1 : 0;
}
