// Actors ranked by mentions, filtered by type, country and name; one actor found by id or key.
import type Database from 'better-sqlite3';
import type { EntitySummary } from '../store.js';
import { containsPattern } from './like.js';
import { ensureUnaccent, unaccentedContains } from './unaccent.js';
import { mentionRanking } from './mention-ranking.js';
import { ENTITY_SUMMARY_COLUMNS } from './overview.js';

export interface ActorListFilter {
  type?: string;
  country?: string;
  /** Part of a name, or an exact actor code or kb id. */
  q?: string;
  limit: number;
  offset: number;
}

export interface ActorListItem extends EntitySummary {
  /** The entity's stable key across articles: kb:ID or TYPE:normalised name. */
  key: string;
}

function filterWhere(filter: ActorListFilter, params: Record<string, unknown>): string[] {
  const where: string[] = [];
  if (filter.type?.trim()) {
    where.push('e.type = @type COLLATE NOCASE');
    params.type = filter.type.trim();
  }
  if (filter.country?.trim()) {
    where.push('e.country = @country COLLATE NOCASE');
    params.country = filter.country.trim();
  }
  if (filter.q?.trim()) {
    const q = filter.q.trim();
    where.push(
      `(e.name LIKE @qLike ESCAPE '\\' OR unaccent(e.name) LIKE @qPlain ESCAPE '\\' OR e.actor = @q COLLATE NOCASE OR e.kb = @q)`,
    );
    params.q = q;
    params.qLike = containsPattern(q);
    params.qPlain = unaccentedContains(q);
  }
  return where;
}

/** Mentioned entities only (an entity known only as a speaker or event actor has no rank). */
export function listActors(db: Database.Database, filter: ActorListFilter): { total: number; actors: ActorListItem[] } {
  const ranking = mentionRanking(db);
  const params: Record<string, unknown> = {};
  ensureUnaccent(db);
  const where = filterWhere(filter, params);
  let ranked = ranking.order;
  if (where.length) {
    const ids = db
      .prepare(`SELECT e.id FROM entity e WHERE ${where.join(' AND ')}`)
      .pluck()
      .all(params) as number[];
    ranked = ids.filter((id) => ranking.place.has(id));
    ranked.sort((a, b) => (ranking.place.get(a) as number) - (ranking.place.get(b) as number));
  }
  const page = ranked.slice(filter.offset, filter.offset + filter.limit);
  const rows = db
    .prepare(`SELECT ${ENTITY_SUMMARY_COLUMNS}, e.key FROM entity e WHERE e.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(page)) as Omit<ActorListItem, 'mentions' | 'articles'>[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const actors = page.flatMap((id) => {
    const row = byId.get(id);
    const counts = ranking.counts.get(id);
    return row && counts ? [{ ...row, ...counts }] : [];
  });
  return { total: ranked.length, actors };
}

/** The entity id for a path key: a numeric id, or the entity's key (kb:ID, TYPE:name). */
export function resolveActorKey(db: Database.Database, key: string): { id: number; key: string } | null {
  const row = /^\d+$/.test(key)
    ? db.prepare('SELECT id, key FROM entity WHERE id = ?').get(Number(key))
    : (db.prepare('SELECT id, key FROM entity WHERE key = ?').get(key) ??
      // a merged entity's old key ("PERSON:blinken", "PERSON:tony blinken") leads to the one it joined
      db.prepare('SELECT e.id, e.key FROM entity_alias a JOIN entity e ON e.id = a.entity WHERE a.key = ?').get(key));
  return (row as { id: number; key: string } | undefined) ?? null;
}
