// dossier quotes [--speaker NAME] [--text T] [--db PATH] [--limit N] [--json]
import { parseArgs } from 'node:util';
import { quoteLines } from '../store/plain-text.js';
import { DEFAULT_DB_PATH as DEFAULT_DB, openStore } from '../store/sqlite-store.js';

const HELP = `usage: dossier quotes [--speaker NAME] [--text T] [--db PATH] [--limit N] [--json]

Stored quotes, newest article first. --speaker matches the speaker's name (any part of it), actor
code or kb id; --text keeps quotes containing all of its words.`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      speaker: { type: 'string' },
      text: { type: 'string' },
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
  if (!Number.isInteger(limit) || limit < 1) {
    console.error(`dossier quotes: --limit must be a positive integer\n${HELP}`);
    return 2;
  }
  const store = openStore(values.db, { mustExist: true });
  try {
    const rows = store.quotes({ speaker: values.speaker, text: values.text, limit });
    if (values.json) {
      console.log(JSON.stringify(rows, null, 2));
      return 0;
    }
    if (!rows.length) console.log('No quotes found.');
    for (const q of rows) console.log(quoteLines(q, false).join('\n'));
    return 0;
  } finally {
    store.close();
  }
}
