// dossier search TEXT [--db PATH] [--limit N] [--raw] [--json]
import { SearchQueryError } from '../store/queries/search.js';
import { articleLabel, quoteLines, showMarks } from '../store/plain-text.js';
import { runStoreCommand } from './store-command.js';

const HELP = `usage: dossier search TEXT [--db PATH] [--limit N] [--raw] [--json]

Full-text search over the stored articles (title and text) and quotes; every word must match
(words are stemmed: "sanction" finds "sanctions"). With --raw, TEXT is an FTS5 query of its own
(AND, OR, NOT, "a phrase", prefix*, NEAR(a b, 5)); a malformed one is reported, not run.`;

const COMMAND = {
  name: 'search',
  help: HELP,
  defaultLimit: 10,
  options: { raw: { type: 'boolean', default: false } },
  words: 'the TEXT to search for',
} as const;

export async function run(argv: string[]): Promise<number> {
  return runStoreCommand(argv, COMMAND, (store, { values, words: text, limit }) => {
    let result;
    try {
      result = store.search(text, { limit, raw: values.raw });
    } catch (e) {
      if (!(e instanceof SearchQueryError)) throw e;
      console.error(`dossier search: ${e.message}`);
      return 1;
    }
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
  });
}
