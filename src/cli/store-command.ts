// What the store-reading commands (actor, events, quotes, search) share: the --db, --limit, --json
// and --help options, the check of --limit and of the required words, and a store that is always closed.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_DB_PATH, openStore } from '../store/sqlite-store.js';
import type { Store } from '../store/store.js';

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON = {
  db: { type: 'string', default: DEFAULT_DB_PATH },
  limit: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export interface StoreCommand<O extends Options> {
  name: string;
  help: string;
  options: O;
  defaultLimit: number;
  /** When set, the positional words are required and this says what they are ("a NAME"). */
  words?: string;
}

export type StoreCommandArgs<O extends Options> = ReturnType<typeof parseCommand<O>>;

function parseCommand<O extends Options>(argv: string[], command: StoreCommand<O>) {
  return parseArgs({
    args: argv,
    allowPositionals: command.words !== undefined,
    options: { ...COMMON, ...command.options },
  });
}

/**
 * Parses the arguments, prints the help or a usage error (exit 2), then runs `query` on the store
 * opened read-write from --db (which must exist) and closes it whatever happens.
 */
export async function runStoreCommand<O extends Options>(
  argv: string[],
  command: StoreCommand<O>,
  query: (
    store: Store,
    args: { values: StoreCommandArgs<O>['values']; words: string; limit: number },
  ) => number | Promise<number>,
  validate?: (values: StoreCommandArgs<O>['values']) => string | null,
): Promise<number> {
  const { values, positionals } = parseCommand(argv, command);
  // the generic result type does not let TypeScript see the common options: name them once
  const common = values as { help?: boolean; limit?: string; db?: string };
  if (common.help) {
    console.log(command.help);
    return 0;
  }
  const words = positionals.join(' ').trim();
  const limit = common.limit === undefined ? command.defaultLimit : Number(common.limit);
  const problem =
    command.words !== undefined && !words
      ? `give ${command.words}`
      : !Number.isInteger(limit) || limit < 1
        ? '--limit must be a positive integer'
        : (validate?.(values) ?? null);
  if (problem) {
    console.error(`dossier ${command.name}: ${problem}\n\n${command.help}`);
    return 2;
  }
  const store = openStore(common.db ?? DEFAULT_DB_PATH, { mustExist: true });
  try {
    return await query(store, { values, words, limit });
  } finally {
    store.close();
  }
}
