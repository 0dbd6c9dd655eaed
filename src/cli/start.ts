// dossier start [--db PATH]: what `npm start` runs. Loads the demo corpus into the store (a re-run
// skips what is already there) and shows what the store holds.
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ingest } from '../ingest/ingest.js';
import { readArticles } from '../ingest/sources.js';
import { entityLine } from '../store/plain-text.js';
import { openStore } from '../store/sqlite-store.js';
import { availableParallelism } from 'node:os';
import { DEFAULT_DB, formatSummary, progressBar } from './ingest.js';

const HELP = `usage: dossier start [--db PATH] [--corpus FILE.jsonl]

Ingests the demo corpus (data/demo/pdnews.jsonl, or --corpus) into the store (default ${DEFAULT_DB})
unless it is already there, then prints what the store holds and its most-mentioned actors.`;

// dist/src/cli/start.js → the repository root, wherever the command is run from.
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DEMO_CORPUS = join(repoRoot, 'data', 'demo', 'pdnews.jsonl');

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string', default: DEFAULT_DB },
      corpus: { type: 'string', default: DEMO_CORPUS },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const store = openStore(values.db);
  try {
    console.log(`Loading ${relative(process.cwd(), values.corpus) || values.corpus} into ${values.db}…`);
    const bar = await progressBar('dossier start', [values.corpus]);
    const summary = await ingest(store, readArticles([values.corpus]), {
      workers: availableParallelism(),
      onError: (id, error, where) => {
        bar?.break();
        console.error(`dossier start: ${id} (${where}): ${error}`);
      },
      onItem: bar ? (s) => bar.update(s) : undefined,
    });
    if (bar) {
      bar.update(summary, true);
      bar.break();
    }
    console.log(formatSummary(summary));
    const c = store.counts();
    console.log(
      `\nThe store holds ${c.articles} articles, ${c.entities} entities (${c.mentions} mentions, ${c.roles} roles), ` +
        `${c.quotes} quotes, ${c.events} events (${c.assertions} assertions), ${c.times} time expressions.`,
    );
    const top = store.topActors(10);
    console.log(`\nMost-mentioned actors:`);
    if (!top.length) console.log('  (none yet)');
    top.forEach((e, i) => console.log(`${String(i + 1).padStart(4)}. ${entityLine(e)}`));
    console.log(`\nTry: dossier search TEXT, dossier actor NAME, dossier quotes --speaker NAME, dossier events`);
    return summary.failed ? 1 : 0;
  } finally {
    store.close();
  }
}
