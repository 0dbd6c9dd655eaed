// dossier events [--source X] [--target Y] [--type T] [--status S] [--db PATH] [--limit N] [--json]
import { parseArgs } from 'node:util';
import { EVENT_STATUSES, PLOVER_TYPES } from '../analyze/types.js';
import { eventLines } from '../store/plain-text.js';
import { DEFAULT_DB_PATH as DEFAULT_DB, openStore } from '../store/sqlite-store.js';

const HELP = `usage: dossier events [--source X] [--target Y] [--type T] [--status S] [--db PATH] [--limit N] [--json]

Stored events, most reported first, each with every report of it (status, asserter, article).
X and Y match an actor code from its start (USA matches USAGOV) or any part of an actor's name.
--type is a PLOVER type (${PLOVER_TYPES.join(' ')});
--status keeps events with at least one report of that status (${EVENT_STATUSES.join(' ')}).`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      source: { type: 'string' },
      target: { type: 'string' },
      type: { type: 'string' },
      status: { type: 'string' },
      db: { type: 'string', default: DEFAULT_DB },
      limit: { type: 'string', default: '50' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const limit = Number(values.limit);
  const type = values.type?.toUpperCase();
  const status = values.status?.toLowerCase();
  const problem =
    !Number.isInteger(limit) || limit < 1
      ? '--limit must be a positive integer'
      : type && !(PLOVER_TYPES as readonly string[]).includes(type)
        ? `--type must be one of ${PLOVER_TYPES.join(' ')}`
        : status && !(EVENT_STATUSES as readonly string[]).includes(status)
          ? `--status must be one of ${EVENT_STATUSES.join(' ')}`
          : null;
  if (problem) {
    console.error(`dossier events: ${problem}`);
    return 2;
  }
  const store = openStore(values.db, { mustExist: true });
  try {
    const rows = store.events({ source: values.source, target: values.target, type, status, limit });
    if (values.json) {
      console.log(JSON.stringify(rows, null, 2));
      return 0;
    }
    if (!rows.length) console.log('No events found.');
    for (const ev of rows) console.log(eventLines(ev).join('\n'));
    return 0;
  } finally {
    store.close();
  }
}
