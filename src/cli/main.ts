// The command line's entry: `dossier COMMAND ARGS`. Each command lives in its own module, loaded on demand.
type CommandModule = { run(argv: string[]): Promise<number> };

const commands: Record<string, { load: () => Promise<CommandModule>; summary: string }> = {
  analyze: { load: () => import('./analyze.js'), summary: 'analyse articles into Analysis JSON (see CONTRACT.md)' },
  ingest: { load: () => import('./ingest.js'), summary: 'analyse articles and store them (SQLite)' },
  search: { load: () => import('./search.js'), summary: 'full-text search over stored articles and quotes' },
  quotes: { load: () => import('./quotes.js'), summary: 'stored quotes by speaker and words' },
  actor: { load: () => import('./actor.js'), summary: "an actor's roles, quotes and events" },
  events: { load: () => import('./events.js'), summary: 'stored events by source, target, type and status' },
  serve: { load: () => import('./serve.js'), summary: 'serve the store as an HTTP JSON API (and the web app)' },
  export: {
    load: () => import('./export.js'),
    summary: 'write the store as JSONL analyses, GDELT-style CSV, PLOVER records or a GraphML actor network',
  },
  start: { load: () => import('./start.js'), summary: 'load the demo corpus into the store and show what it holds' },
  extract: {
    load: () => import('./extract.js'),
    summary: 'turn news web pages into articles (title, date, body text)',
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: dossier COMMAND [ARGS]\n\ncommands:\n${lines.join('\n')}\n\nRun dossier COMMAND --help for a command's options.`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`dossier: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const module = await command.load();
  return module.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`dossier: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
  },
);
