// dossier quotes [--speaker NAME] [--reported-by NAME] [--text T] [--db PATH] [--limit N] [--json]
import { quoteLines } from '../store/plain-text.js';
import { runStoreCommand } from './store-command.js';

const HELP = `usage: dossier quotes [--speaker NAME] [--reported-by NAME] [--text T] [--db PATH] [--limit N] [--json]

Stored quotes, newest article first. --speaker matches the speaker's name (any part of it), actor
code or kb id; --reported-by the same of who reports the speaker's words ("according to CNN");
--text keeps quotes containing all of its words.`;

const COMMAND = {
  name: 'quotes',
  help: HELP,
  defaultLimit: 50,
  options: { speaker: { type: 'string' }, 'reported-by': { type: 'string' }, text: { type: 'string' } },
} as const;

export async function run(argv: string[]): Promise<number> {
  return runStoreCommand(argv, COMMAND, (store, { values, limit }) => {
    const rows = store.quotes({
      speaker: values.speaker,
      reportedBy: values['reported-by'],
      text: values.text,
      limit,
    });
    if (values.json) console.log(JSON.stringify(rows, null, 2));
    else if (!rows.length) console.log('No quotes found.');
    else for (const q of rows) console.log(quoteLines(q, false).join('\n'));
    return 0;
  });
}
