// For a store written before rows kept the alias they came through (schema version 5): finds them
// again from each article's stored Analysis. An article's entity whose key is an alias key now
// (keys.ts, as the writer computed it) reached the alias's entity through it; its mentions, roles,
// quotes, assertions and event actors are marked so. Only articles with rows at an alias's entity
// are read.
import type Database from 'better-sqlite3';
import type { Analysis } from '../analyze/types.js';
import { entityKey, eventKey } from './keys.js';

interface ArticleRow {
  id: string;
  published: string | null;
  analysis: string;
}

export function backfillAliasVia(db: Database.Database): void {
  const aliases = new Map(
    (db.prepare('SELECT key, entity FROM entity_alias').all() as { key: string; entity: number }[]).map((a) => [
      a.key,
      a.entity,
    ]),
  );
  if (aliases.size === 0) return;
  const p = (sql: string) => db.prepare(sql);
  const s = {
    // the writer stores an article's mentions and roles in the Analysis's order: the nth row is the nth
    mentionIds: p('SELECT id FROM mention WHERE article = ? ORDER BY id'),
    roleIds: p('SELECT id FROM role WHERE article = ? ORDER BY id'),
    mention: p('UPDATE mention SET via = @via WHERE id = @id AND entity = @entity'),
    role: p('UPDATE role SET via = @via WHERE id = @id AND entity = @entity'),
    roleOrg: p('UPDATE role SET org_via = @via WHERE id = @id AND org_entity = @entity'),
    quote: p(
      'UPDATE quote SET speaker_via = @via WHERE article = @article AND local_id = @local AND speaker = @entity',
    ),
    assertion: p(`UPDATE assertion SET asserter_via = @via WHERE article = @article AND local_event = @local
      AND asserter = @entity`),
    eventActor: p(`UPDATE event_actor SET via = @via WHERE event = (SELECT id FROM event WHERE key = @key)
      AND side = @side AND position = @position AND entity = @entity`),
  };
  const articles = p(`SELECT id, published, analysis FROM article WHERE duplicate_of IS NULL AND id IN (
    SELECT m.article FROM mention m JOIN entity_alias a ON a.entity = m.entity
    UNION SELECT q.article FROM quote q JOIN entity_alias a ON a.entity = q.speaker
    UNION SELECT r.article FROM role r JOIN entity_alias a ON a.entity = r.entity OR a.entity = r.org_entity
    UNION SELECT x.article FROM assertion x JOIN entity_alias a ON a.entity = x.asserter)`).all() as ArticleRow[];
  for (const row of articles) {
    const analysis = JSON.parse(row.analysis) as Analysis;
    const article = row.id;
    const keys = new Map(analysis.entities.map((e) => [e.id, entityKey(e, article)]));
    /** The alias a local entity came through, and the entity it leads to; null when none. */
    const through = (local: string | null | undefined) => {
      const via = local ? keys.get(local) : undefined;
      const entity = via === undefined ? undefined : aliases.get(via);
      return via !== undefined && entity !== undefined ? { via, entity } : null;
    };
    const mentionIds = ids(s.mentionIds.all(article));
    const roleIds = ids(s.roleIds.all(article));
    let m = 0;
    let r = 0;
    for (const e of analysis.entities) {
      const own = through(e.id);
      for (let i = 0; i < e.mentions.length; i++, m++) if (own) s.mention.run({ ...own, id: mentionIds[m] ?? null });
      for (const role of e.roles) {
        const id = roleIds[r++] ?? null;
        if (own) s.role.run({ ...own, id });
        const org = through(role.org);
        if (org) s.roleOrg.run({ ...org, id });
      }
    }
    for (const q of analysis.quotes) {
      const speaker = through(q.speaker?.entity);
      if (speaker) s.quote.run({ ...speaker, article, local: q.id });
    }
    const report = { article, published: row.published ?? analysis.published ?? null };
    for (const ev of analysis.events) {
      for (const agent of [ev.asserted_by, ...(ev.denied_by ?? [])]) {
        const asserter = through(agent?.entity);
        if (asserter) s.assertion.run({ ...asserter, article, local: ev.id });
      }
      // (the first report of an event wrote its actors; a later one with the same actors marks the same rows)
      const key = eventKey(ev, keys, report);
      for (const [side, refs] of [
        ['source', ev.source],
        ['target', ev.target],
      ] as const) {
        refs.forEach((r, position) => {
          const actor = through(r.entity);
          if (actor) s.eventActor.run({ ...actor, key, side, position });
        });
      }
    }
  }
}

const ids = (rows: unknown[]) => (rows as { id: number }[]).map((row) => row.id);
