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
import { existsSync } from 'node:fs';
import { DEFAULT_DB, formatSummary, progressBar } from './ingest.js';
import { run as serve } from './serve.js';

const HELP = `usage: dossier start [--db PATH] [--corpus FILE.jsonl] [--serve [--host H] [--port N]]

Ingests the demo corpus (data/demo/pdnews.jsonl, or --corpus) into the store (default ${DEFAULT_DB})
unless it is already there, then prints what the store holds and its most-mentioned actors. With
--serve (what npm start passes) it then serves the web app and the API at http://127.0.0.1:7373.`;

// dist/src/cli/start.js → the repository root, wherever the command is run from.
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DEMO_CORPUS = join(repoRoot, 'data', 'demo', 'pdnews.jsonl');
const WEB_APP = join(repoRoot, 'web', 'dist');

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string', default: DEFAULT_DB },
      corpus: { type: 'string', default: DEMO_CORPUS },
      serve: { type: 'boolean', default: false },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '7373' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const loaded = await load(values.db, values.corpus);
  if (!values.serve) return loaded;
  const serveArgs = ['--db', values.db, '--host', values.host, '--port', values.port];
  if (existsSync(join(WEB_APP, 'index.html'))) serveArgs.push('--static', WEB_APP);
  else console.error(`dossier start: no web app in ${WEB_APP} (npm run build:web builds it); serving the API alone`);
  console.log(`\nOpen http://${values.host}:${values.port}/ in a browser. Ctrl-C stops the server.`);
  return serve(serveArgs);
}

/** Ingests the corpus (a re-run skips what is stored) and prints what the store holds. */
async function load(db: string, corpus: string): Promise<number> {
  const values = { db, corpus };
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
