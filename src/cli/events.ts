// dossier events [--source X] [--target Y] [--type T] [--status S] [--db PATH] [--limit N] [--json]
import { EVENT_STATUSES, PLOVER_TYPES } from '../analyze/types.js';
import { eventLines } from '../store/plain-text.js';
import { runStoreCommand } from './store-command.js';

const HELP = `usage: dossier events [--source X] [--target Y] [--type T] [--status S] [--db PATH] [--limit N] [--json]

Stored events, most reported first, each with every report of it (status, asserter, article).
X and Y match an actor code from its start (USA matches USAGOV) or any part of an actor's name.
--type is a PLOVER type (${PLOVER_TYPES.join(' ')});
--status keeps events with at least one report of that status (${EVENT_STATUSES.join(' ')}).`;

const COMMAND = {
  name: 'events',
  help: HELP,
  defaultLimit: 50,
  options: {
    source: { type: 'string' },
    target: { type: 'string' },
    type: { type: 'string' },
    status: { type: 'string' },
  },
} as const;

export async function run(argv: string[]): Promise<number> {
  return runStoreCommand(
    argv,
    COMMAND,
    (store, { values, limit }) => {
      const type = values.type?.toUpperCase();
      const status = values.status?.toLowerCase();
      const rows = store.events({ source: values.source, target: values.target, type, status, limit });
      if (values.json) console.log(JSON.stringify(rows, null, 2));
      else if (!rows.length) console.log('No events found.');
      else for (const ev of rows) console.log(eventLines(ev).join('\n'));
      return 0;
    },
    (values) => {
      const type = values.type?.toUpperCase();
      const status = values.status?.toLowerCase();
      if (type && !(PLOVER_TYPES as readonly string[]).includes(type))
        return `--type must be one of ${PLOVER_TYPES.join(' ')}`;
      if (status && !(EVENT_STATUSES as readonly string[]).includes(status))
        return `--status must be one of ${EVENT_STATUSES.join(' ')}`;
      return null;
    },
  );
}
