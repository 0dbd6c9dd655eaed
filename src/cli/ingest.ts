// dossier ingest PATH... [--db PATH] [--workers N] [--format F] [--batch-size N] [--force] [--json]
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { countArticles } from '../ingest/count.js';
import { DEFAULT_BATCH_SIZE, ingest, type IngestSummary } from '../ingest/ingest.js';
import { DEFAULT_THRESHOLD } from '../ingest/near-duplicates/index.js';
import { ProgressBar } from '../ingest/progress.js';
import { readArticles, type InputFormat } from '../ingest/sources.js';
import { DEFAULT_DB_PATH, openStore } from '../store/sqlite-store.js';

export const DEFAULT_DB = DEFAULT_DB_PATH;
const FORMATS = ['text', 'jsonl', 'html', 'feed'];

const HELP = `usage: dossier ingest PATH... [--db PATH] [--workers N] [--format text|jsonl|html|feed]
                      [--batch-size N] [--duplicate-threshold J] [--force] [--json]

Analyses each article and stores it (default database ${DEFAULT_DB}). PATH is a file or a folder
(read recursively):
  .jsonl (or -, standard input)   one {"id","text","published"?,"title"?,...} article a line
  .html, .htm                     a web page; id = its path below the argument, date from the page
  .xml, .rss, .atom               an RSS or Atom feed, one article per item
  .txt (any other file by name)   one plain-text article; id = its path below the argument
A file that cannot be read is reported with the reason and skipped; the exit status is then 1.

An article stored before with the same text, date and analyser version is skipped without analysis; a
changed one (or one analysed by an older analyser) is analysed again and replaces its old analysis.
A near-copy of an earlier article (Jaccard similarity of word 5-shingles >= --duplicate-threshold,
default ${DEFAULT_THRESHOLD}) is stored with duplicate_of = the first article of the story and no
analysis of its own, so its events are counted once. Articles are analysed by --workers threads
(default: one per core) and committed in batches of --batch-size (default ${DEFAULT_BATCH_SIZE}), so an
interrupted run can simply be run again.

  --force   analyse and store again even articles that have not changed`;

const perSecond = (n: number, seconds: number) => {
  const rate = seconds > 0 ? n / seconds : n;
  return rate >= 10 ? String(Math.round(rate)) : rate.toFixed(1);
};

export function formatSummary(s: IngestSummary): string {
  const seen = s.added + s.replaced + s.unchanged + s.failed;
  const copies = s.duplicates ? `; ${s.duplicates} of them copies of an earlier article` : '';
  return (
    `${s.added} added, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.failed} failed${copies}` +
    ` in ${s.seconds.toFixed(2)} s (${perSecond(seen, s.seconds)} articles/s;` +
    ` ${perSecond(s.added + s.replaced, s.seconds)} analysed and stored/s)`
  );
}

/** A progress bar on a terminal (with the inputs' total counted first), nothing otherwise. */
export async function progressBar(label: string, paths: string[], format?: InputFormat): Promise<ProgressBar | null> {
  if (!process.stderr.isTTY) return null;
  const bar = new ProgressBar(process.stderr, label);
  if (!paths.includes('-')) bar.setTotal(await countArticles(paths, format));
  return bar;
}

function positiveInteger(value: string | undefined, name: string, min = 1): number | string {
  const n = Number(value);
  return Number.isInteger(n) && n >= min ? n : `dossier ingest: --${name} must be an integer >= ${min}, not ${value}`;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string', default: DEFAULT_DB },
      format: { type: 'string' },
      workers: { type: 'string', default: String(availableParallelism()) },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
      'duplicate-threshold': { type: 'string', default: String(DEFAULT_THRESHOLD) },
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
    console.error(`dossier ingest: give at least one FILE or folder\n${HELP}`);
    return 2;
  }
  if (values.format !== undefined && !FORMATS.includes(values.format)) {
    console.error(`dossier ingest: --format must be one of ${FORMATS.join(', ')}, not ${values.format}`);
    return 2;
  }
  const batchSize = positiveInteger(values['batch-size'], 'batch-size');
  const workers = positiveInteger(values.workers, 'workers', 0);
  const threshold = Number(values['duplicate-threshold']);
  for (const bad of [batchSize, workers]) {
    if (typeof bad === 'string') {
      console.error(bad);
      return 2;
    }
  }
  if (!(threshold > 0 && threshold <= 1)) {
    console.error(`dossier ingest: --duplicate-threshold must be in (0, 1], not ${values['duplicate-threshold']}`);
    return 2;
  }
  const format = values.format as InputFormat | undefined;
  const store = openStore(values.db);
  try {
    const bar = await progressBar('dossier ingest', positionals, format);
    const summary = await ingest(store, readArticles(positionals, format), {
      batchSize: batchSize as number,
      workers: workers as number,
      duplicateThreshold: threshold,
      force: values.force,
      onError: (id, error, where) => {
        bar?.break();
        console.error(`dossier ingest: ${id} (${where}): ${error}`);
      },
      onItem: bar ? (s) => bar.update(s) : undefined,
    });
    if (bar) {
      bar.update(summary, true);
      bar.break();
    }
    if (values.json) console.log(JSON.stringify({ db: values.db, ...summary }));
    else console.log(`dossier ingest: ${formatSummary(summary)} → ${values.db}`);
    return summary.failed ? 1 : 0;
  } finally {
    store.close();
  }
}
