// The WHERE clauses that pick events by actor, type, status and date, shared by the event list, the
// network and the contested claims. Every value is a bound parameter.
import { containsPattern, prefixPattern } from './like.js';
import { periodWhere, type Period } from './period.js';

export interface EventWindowFilter extends Period {
  /** An actor code (USA matches USA and USAGOV) or part of a name. */
  source?: string;
  target?: string;
  type?: string;
  status?: string;
  /** Only events with this entity among their actors, on the given side. */
  entity?: { id: number; side: 'source' | 'target' };
}

/**
 * The event's date: its own time value when that is a calendar date (YYYY, YYYY-MM, YYYY-MM-DD…),
 * else the earliest publication date of the articles that report it.
 */
export const EVENT_DATE_SQL = `CASE
  WHEN ev.time_value GLOB '[0-9][0-9][0-9][0-9]' OR ev.time_value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'
  THEN substr(ev.time_value, 1, 10)
  ELSE (SELECT min(a.published) FROM assertion x JOIN article a ON a.id = x.article WHERE x.event = ev.id) END`;

const actorMatches = (side: 'source' | 'target') => `EXISTS (
  SELECT 1 FROM event_actor ea LEFT JOIN entity en ON en.id = ea.entity
  WHERE ea.event = ev.id AND ea.side = '${side}'
    AND (ea.actor LIKE @${side}Prefix ESCAPE '\\' OR en.name LIKE @${side}Like ESCAPE '\\'
         OR ea.name LIKE @${side}Like ESCAPE '\\'))`;

/** Clauses over `event ev` (with params filled in); the date clauses need EVENT_DATE_SQL as ev_date. */
export function eventWhere(filter: EventWindowFilter, params: Record<string, unknown>): string[] {
  const where: string[] = [];
  for (const side of ['source', 'target'] as const) {
    const term = filter[side]?.trim();
    if (!term) continue;
    where.push(actorMatches(side));
    params[`${side}Prefix`] = prefixPattern(term);
    params[`${side}Like`] = containsPattern(term);
  }
  if (filter.type?.trim()) {
    where.push('ev.type = @type COLLATE NOCASE');
    params.type = filter.type.trim();
  }
  if (filter.status?.trim()) {
    where.push('EXISTS (SELECT 1 FROM assertion x WHERE x.event = ev.id AND x.status = @status COLLATE NOCASE)');
    params.status = filter.status.trim();
  }
  if (filter.entity) {
    // IN over the entity index: an EXISTS per event would scan the entity's rows once per event.
    where.push('ev.id IN (SELECT event FROM event_actor WHERE entity = @entityId AND side = @entitySide)');
    params.entityId = filter.entity.id;
    params.entitySide = filter.entity.side;
  }
  where.push(...periodWhere('ev_date', filter, params));
  return where;
}

/** FROM clause for `ev`: the event table, with its date computed only when a date bound needs it. */
export function eventSource(filter: Period): string {
  return filter.from || filter.to ? `(SELECT ev.*, ${EVENT_DATE_SQL} AS ev_date FROM event ev) ev` : 'event ev';
}
