// dossier ingest FILE... [--db PATH] [--format text|jsonl] [--batch-size N] [--force] [--json]
import { parseArgs } from 'node:util';
import { DEFAULT_BATCH_SIZE, ingest, type IngestSummary } from '../ingest/ingest.js';
import { readArticles, type InputFormat } from '../ingest/sources.js';
import { DEFAULT_DB_PATH, openStore } from '../store/sqlite-store.js';

export const DEFAULT_DB = DEFAULT_DB_PATH;

const HELP = `usage: dossier ingest FILE... [--db PATH] [--format text|jsonl] [--batch-size N] [--force] [--json]

Analyses each article and stores it (default database ${DEFAULT_DB}). A .jsonl file (or -, standard
input) holds one {"id","text",...} article a line; any other file is one plain-text article whose id
is its file name. An article stored before with the same text and date is skipped without analysis;
a changed one replaces its old analysis. Batches of --batch-size articles (default ${DEFAULT_BATCH_SIZE}) are
committed whole, so an interrupted run can simply be run again. A bad line is reported on standard
error and skipped; the exit status is then 1.

  --force   analyse and store again even articles that have not changed`;

const perSecond = (n: number, seconds: number) => {
  const rate = seconds > 0 ? n / seconds : n;
  return rate >= 10 ? String(Math.round(rate)) : rate.toFixed(1);
};

export function formatSummary(s: IngestSummary): string {
  const seen = s.added + s.replaced + s.unchanged + s.failed;
  return (
    `${s.added} added, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.failed} failed` +
    ` in ${s.seconds.toFixed(2)} s (${perSecond(seen, s.seconds)} articles/s;` +
    ` ${perSecond(s.added + s.replaced, s.seconds)} analysed and stored/s)`
  );
}

/** Shows how far a long run has got, on a terminal only. */
export function progressReporter(label: string): ((s: IngestSummary) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (s) => {
    const done = s.added + s.replaced + s.unchanged + s.failed;
    process.stderr.write(`\r${label}: ${done} articles…`);
  };
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string', default: DEFAULT_DB },
      format: { type: 'string' },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
      force: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!positionals.length) {
    console.error(`dossier ingest: give at least one FILE\n${HELP}`);
    return 2;
  }
  if (values.format !== undefined && values.format !== 'text' && values.format !== 'jsonl') {
    console.error(`dossier ingest: --format must be text or jsonl, not ${values.format}`);
    return 2;
  }
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    console.error(`dossier ingest: --batch-size must be a positive integer, not ${values['batch-size']}`);
    return 2;
  }
  const store = openStore(values.db);
  try {
    const progress = progressReporter('dossier ingest');
    const summary = await ingest(store, readArticles(positionals, values.format as InputFormat | undefined), {
      batchSize,
      force: values.force,
      onError: (id, error, where) => console.error(`${progress ? '\n' : ''}dossier ingest: ${id} (${where}): ${error}`),
      afterBatch: progress,
    });
    if (progress) process.stderr.write('\n');
    if (values.json) console.log(JSON.stringify({ db: values.db, ...summary }));
    else console.log(`dossier ingest: ${formatSummary(summary)} → ${values.db}`);
    return summary.failed ? 1 : 0;
  } finally {
    store.close();
  }
}
