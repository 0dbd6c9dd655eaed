// Everything the store knows about one actor: its roles, what it said, what it did and what was done to it.
import type Database from 'better-sqlite3';
import type { ActorAlias, ActorReport, EntitySummary, QuoteRow, RoleRow, RoleSpan } from '../store.js';
import { events } from './events.js';
import { ENTITY_SUMMARY_COLUMNS } from './overview.js';
import { QUOTE_COLUMNS, QUOTE_JOINS, toQuoteRow } from './quotes.js';

export function actor(db: Database.Database, entityId: number, limit = 20): ActorReport | null {
  const entity = db
    .prepare(
      `SELECT ${ENTITY_SUMMARY_COLUMNS},
         (SELECT count(*) FROM mention WHERE entity = e.id) AS mentions,
         (SELECT count(DISTINCT article) FROM mention WHERE entity = e.id) AS articles
       FROM entity e WHERE e.id = ?`,
    )
    .get(entityId) as EntitySummary | undefined;
  if (!entity) return null;
  const roles = actorRoles(db, entityId, limit);
  const quotes = actorQuotes(db, entityId, limit);
  return {
    entity,
    aliases: actorAliases(db, entityId),
    roles,
    roleSpans: actorRoleSpans(db, entityId, limit),
    quotes,
    reported: actorReportedQuotes(db, entityId, limit),
    asSource: events(db, { entity: { id: entityId, side: 'source' }, limit }),
    asTarget: events(db, { entity: { id: entityId, side: 'target' }, limit }),
  };
}

/**
 * The entities merged into an actor (a surname alone, another form of the name, initials, the same
 * name read as another type: surname-aliases.ts, name-variants.ts, acronym-aliases.ts,
 * type-splits.ts), so a reader sees why the actor holds their articles.
 */
export function actorAliases(db: Database.Database, entityId: number): ActorAlias[] {
  return db
    .prepare('SELECT key, name FROM entity_alias WHERE entity = ? ORDER BY name, key')
    .all(entityId) as ActorAlias[];
}

/** The roles the articles give an actor, newest first. */
export function actorRoles(db: Database.Database, entityId: number, limit: number): RoleRow[] {
  return db
    .prepare(
      `SELECT r.title, r.org, r.country, r.as_of AS asOf, coalesce(r.former, 0) AS former, r.start, r."end", a.id AS article,
         a.title AS articleTitle, a.published, a.url
       FROM role r JOIN article a ON a.id = r.article WHERE r.entity = ? ORDER BY r.as_of DESC, a.id LIMIT ?`,
    )
    .all(entityId, limit)
    .map((r) => ({ ...(r as RoleRow), former: (r as { former: number }).former === 1 }));
}

/**
 * The roles the articles give an actor, gathered: one row per title (whatever its capitals), body,
 * country and tense, with the dates it spans and how many articles give it; newest first. Twenty
 * press releases that each call Zelenskyy "President" are one role of twenty articles, not twenty.
 */
export function actorRoleSpans(db: Database.Database, entityId: number, limit: number): RoleSpan[] {
  const rows = db
    .prepare(
      `SELECT r.title, r.org, r.country, coalesce(r.as_of, a.published) AS asOf, coalesce(r.former, 0) AS former,
         r.start, r."end", a.id AS article, a.title AS articleTitle, a.published
       FROM role r JOIN article a ON a.id = r.article WHERE r.entity = ? ORDER BY asOf, a.id, r.start`,
    )
    .all(entityId) as Array<Omit<RoleRow, 'former' | 'url'> & { former: number }>;
  const spans = new Map<string, RoleSpan & { seen: Set<string> }>();
  for (const r of rows) {
    const key = [r.title.toLowerCase(), r.org ?? '', r.country ?? '', r.former].join('\u0000');
    let span = spans.get(key);
    if (!span) {
      span = {
        title: r.title,
        org: r.org,
        country: r.country,
        former: r.former === 1,
        from: r.asOf,
        to: r.asOf,
        articles: 0,
        latest: latestOf(r),
        seen: new Set(),
      };
      spans.set(key, span);
    }
    // (rows come oldest first: the last one met is the newest, and its spelling of the title is kept)
    span.to = r.asOf ?? span.to;
    span.title = r.title;
    span.latest = latestOf(r);
    if (!span.seen.has(r.article)) span.articles++;
    span.seen.add(r.article);
  }
  return [...spans.values()]
    .sort((x, y) => (y.to ?? '').localeCompare(x.to ?? '') || y.articles - x.articles)
    .slice(0, limit)
    .map(({ seen: _seen, ...span }) => span);
}

function latestOf(r: {
  article: string;
  articleTitle: string | null;
  published: string | null;
  start: number;
  end: number;
}): RoleSpan['latest'] {
  return { article: r.article, articleTitle: r.articleTitle, published: r.published, start: r.start, end: r.end };
}

/** What an actor said, alone or together with others, newest first. */
export function actorQuotes(db: Database.Database, entityId: number, limit: number): QuoteRow[] {
  const rows = db
    .prepare(
      `SELECT ${QUOTE_COLUMNS} FROM quote q ${QUOTE_JOINS}
       WHERE q.speaker = @id OR q.id IN (SELECT quote FROM quote_with WHERE entity = @id)
       ORDER BY a.published DESC, a.id, q.start LIMIT @limit`,
    )
    .all({ id: entityId, limit }) as Parameters<typeof toQuoteRow>[0][];
  return rows.map(toQuoteRow);
}

/** The quotes an actor reports, others' words ("“…,” Sanders said, according to CNN"), newest first. */
export function actorReportedQuotes(db: Database.Database, entityId: number, limit: number): QuoteRow[] {
  const rows = db
    .prepare(
      `SELECT ${QUOTE_COLUMNS} FROM quote q ${QUOTE_JOINS} WHERE q.reported_by = @id
       ORDER BY a.published DESC, a.id, q.start LIMIT @limit`,
    )
    .all({ id: entityId, limit }) as Parameters<typeof toQuoteRow>[0][];
  return rows.map(toQuoteRow);
}
