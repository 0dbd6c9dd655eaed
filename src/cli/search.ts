// dossier search TEXT [--db PATH] [--limit N] [--raw] [--json]
import { parseArgs } from 'node:util';
import { SearchQueryError } from '../store/queries/search.js';
import { articleLabel, quoteLines, showMarks } from '../store/plain-text.js';
import { DEFAULT_DB_PATH as DEFAULT_DB, openStore } from '../store/sqlite-store.js';

const HELP = `usage: dossier search TEXT [--db PATH] [--limit N] [--raw] [--json]

Full-text search over the stored articles (title and text) and quotes; every word must match
(words are stemmed: "sanction" finds "sanctions"). With --raw, TEXT is an FTS5 query of its own
(AND, OR, NOT, "a phrase", prefix*, NEAR(a b, 5)); a malformed one is reported, not run.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string', default: DEFAULT_DB },
      limit: { type: 'string', default: '10' },
      raw: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const text = positionals.join(' ');
  const limit = Number(values.limit);
  if (!text.trim() || !Number.isInteger(limit) || limit < 1) {
    console.error(`dossier search: give the TEXT to search for (and --limit as a positive integer)\n${HELP}`);
    return 2;
  }
  const store = openStore(values.db, { mustExist: true });
  try {
    const result = store.search(text, { limit, raw: values.raw });
    if (values.json) {
      console.log(JSON.stringify(result, null, 2));
      return 0;
    }
    const terminal = process.stdout.isTTY === true;
    const out: string[] = [`Articles (${result.articles.length}):`];
    for (const a of result.articles) out.push(`  ${articleLabel(a)}`, `    ${showMarks(a.snippet, terminal)}`);
    out.push('', `Quotes (${result.quotes.length}):`);
    for (const q of result.quotes) out.push(...quoteLines(q, terminal).map((l) => `  ${l}`));
    console.log(out.join('\n'));
    return 0;
  } catch (e) {
    if (e instanceof SearchQueryError) {
      console.error(`dossier search: ${e.message}`);
      return 1;
    }
    throw e;
  } finally {
    store.close();
  }
}
