// dossier actor NAME [--db PATH] [--limit N] [--json]
import { entityLabel, entityLine, eventLines, quoteLines, roleSpanLine } from '../store/plain-text.js';
import type { ActorReport } from '../store/store.js';
import { runStoreCommand } from './store-command.js';

const HELP = `usage: dossier actor NAME [--db PATH] [--limit N] [--json]

What the store knows about an actor: its roles, its quotes, the events it is the source of and
those it is the target of. NAME is a name (or part of one), an actor code (USA, RUSMIL) or a kb id;
the best match is shown and the other matches listed.`;

function describe(report: ActorReport): string {
  const out = [entityLine(report.entity)];
  if (report.aliases.length) out.push(`Also named: ${[...new Set(report.aliases.map((a) => a.name))].join(', ')}`);
  out.push('', `Roles (${report.roleSpans.length}):`);
  out.push(...report.roleSpans.map((r) => `  ${roleSpanLine(r)}`));
  out.push('', `Quotes (${report.quotes.length}):`);
  for (const q of report.quotes) out.push(...quoteLines(q, false).map((l) => `  ${l}`));
  if (report.reported.length) {
    out.push('', `Reports others' words (${report.reported.length}):`);
    for (const q of report.reported) out.push(...quoteLines(q, false).map((l) => `  ${l}`));
  }
  out.push('', `Events as source (${report.asSource.length}):`);
  for (const ev of report.asSource) out.push(...eventLines(ev).map((l) => `  ${l}`));
  out.push('', `Events as target (${report.asTarget.length}):`);
  for (const ev of report.asTarget) out.push(...eventLines(ev).map((l) => `  ${l}`));
  return out.join('\n');
}

const COMMAND = { name: 'actor', help: HELP, defaultLimit: 20, options: {}, words: 'a NAME' } as const;

export async function run(argv: string[]): Promise<number> {
  return runStoreCommand(argv, COMMAND, (store, { values, words: name, limit }) => {
    const matches = store.findEntities(name, 10);
    const report = matches.length ? store.actor(matches[0].id, limit) : null;
    if (values.json) {
      console.log(JSON.stringify({ matches, report }, null, 2));
      return report ? 0 : 1;
    }
    if (!report) {
      console.log(`No actor matches "${name}".`);
      return 1;
    }
    console.log(describe(report));
    if (matches.length > 1) {
      console.log(`\nOther matches: ${matches.slice(1).map(entityLabel).join('; ')}`);
    }
    return 0;
  });
}
