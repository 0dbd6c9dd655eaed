// dossier export --format jsonl|csv|plover|graphml [--db PATH] [--out FILE]
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, isExportFormat } from '../export/index.js';
import { writeLines } from '../export/write-lines.js';
import { DEFAULT_DB_PATH, SqliteStore } from '../store/sqlite-store.js';

const HELP = `usage: dossier export --format jsonl|csv|plover|graphml [--db PATH] [--out FILE]

Writes what the store (default ${DEFAULT_DB_PATH}) holds, to FILE or standard output:
  jsonl    one stored Analysis (CONTRACT.md) per line; near-duplicate copies are left out
  csv      one row per event, GDELT's event-table columns (Day, Actor1Code, EventCode, QuadClass,
           GoldsteinScale, NumMentions, NumSources, NumArticles, SOURCEURL, ...) then PloverType,
           PloverMode, TimeValue, Status (contested when asserted and denied), Asserter, Deniers,
           TriggerText, SentenceText
  plover   one PLOVER JSON record per event a line: event_type, mode, actors, dates, reports as evidence
  graphml  the actor network: actors as nodes, source → target edges with event counts and quad class`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string' },
      db: { type: 'string', default: DEFAULT_DB_PATH },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.format || !isExportFormat(values.format)) {
    console.error(`dossier export: --format must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}\n\n${HELP}`);
    return 2;
  }
  const store = SqliteStore.open(values.db, { mustExist: true, readonly: true });
  try {
    const out = values.out ? createWriteStream(values.out) : process.stdout;
    const lines = await writeLines(out, EXPORT_FORMATS[values.format](store.db));
    if (values.out) {
      out.end();
      await finished(out);
      console.error(`dossier export: ${lines} lines of ${values.format} → ${values.out}`);
    }
    return 0;
  } finally {
    store.close();
  }
}
