// Everything the API tells about one actor: its mention counts, roles, quotes, events as source and
// as target, the actors on the other side, and the contested claims it is part of.
import type Database from 'better-sqlite3';
import type { ActorAlias, EntitySummary, EventRow, QuoteRow, RoleRow, RoleSpan } from '../store.js';
import { contestedClaims, type ContestedClaim } from './contested.js';
import { counterparts, type Counterpart } from './counterparts.js';
import { eventPage } from './event-window.js';
import { ENTITY_SUMMARY_COLUMNS } from './overview.js';
import { actorAliases, actorQuotes, actorReportedQuotes, actorRoleSpans, actorRoles } from './actor.js';

/** An event with its first reports only (an actor's busiest events have hundreds), and how many there are. */
export type ReportedEvent = EventRow & { reports: number };

const REPORTS_SHOWN = 3;

export interface ActorApiReport {
  entity: EntitySummary & { key: string };
  /** Entities merged into this actor: a surname alone ("Blinken"), another form of the name ("Tony Blinken"), initials ("UN"). */
  aliases: ActorAlias[];
  roles: RoleRow[];
  /** The roles gathered across articles: one row per title, body and country, with its dates and count. */
  roleSpans: RoleSpan[];
  quotes: QuoteRow[];
  /** Others' words this actor reports ("according to CNN"). */
  reported: QuoteRow[];
  asSource: ReportedEvent[];
  asTarget: ReportedEvent[];
  counterparts: Counterpart[];
  /** The first reports each way; /api/contested gives them all. */
  contested: (ContestedClaim & { reports: { asserted: number; denied: number } })[];
}

export function actorReport(db: Database.Database, entityId: number, limit: number): ActorApiReport | null {
  const entity = db
    .prepare(
      `SELECT ${ENTITY_SUMMARY_COLUMNS}, e.key,
         (SELECT count(*) FROM mention WHERE entity = e.id) AS mentions,
         (SELECT count(DISTINCT article) FROM mention WHERE entity = e.id) AS articles
       FROM entity e WHERE e.id = ?`,
    )
    .get(entityId) as ActorApiReport['entity'] | undefined;
  if (!entity) return null;
  const roles = actorRoles(db, entityId, limit);
  const quotes = actorQuotes(db, entityId, limit);
  const side = (s: 'source' | 'target') =>
    eventPage(db, { entity: { id: entityId, side: s }, limit, offset: 0 }).events.map((ev) => ({
      ...ev,
      reports: ev.assertions.length,
      assertions: ev.assertions.slice(0, REPORTS_SHOWN),
    }));
  return {
    entity,
    aliases: actorAliases(db, entityId),
    roles,
    roleSpans: actorRoleSpans(db, entityId, limit),
    quotes,
    reported: actorReportedQuotes(db, entityId, limit),
    asSource: side('source'),
    asTarget: side('target'),
    counterparts: counterparts(db, entityId, limit),
    contested: contestedClaims(db, { involving: entityId, limit, offset: 0 }).claims.map((c) => ({
      ...c,
      reports: { asserted: c.asserted.length, denied: c.denied.length },
      asserted: c.asserted.slice(0, REPORTS_SHOWN),
      denied: c.denied.slice(0, REPORTS_SHOWN),
    })),
  };
}
