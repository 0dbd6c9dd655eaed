// Who acts on whom: actors as nodes, source→target pairs as edges with their event counts, event
// types and CAMEO quad classes, over the events a filter picks.
import type Database from 'better-sqlite3';
import { quadClass } from './cameo-quad.js';
import { eventSource, eventWhere, type EventWindowFilter } from './event-filter.js';

export interface NetworkNode {
  /** e<entity id> for a known entity, else a:<actor code> or n:<name>. */
  id: string;
  entity: number | null;
  name: string;
  actor: string | null;
  type: string | null;
  /** Events it is the source of, the target of, and both together (an event counts once). */
  asSource: number;
  asTarget: number;
  events: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  types: Record<string, number>;
  /** Events by CAMEO quad class (1–4); events without a code are left out. */
  quadClasses: Record<string, number>;
}

export interface NetworkFilter extends EventWindowFilter {
  /** The most-reported edges kept (their nodes come with them). */
  maxEdges: number;
}

interface PairRow {
  event: number;
  type: string;
  code: string | null;
  s_entity: number | null;
  s_actor: string | null;
  s_name: string | null;
  s_type: string | null;
  t_entity: number | null;
  t_actor: string | null;
  t_name: string | null;
  t_type: string | null;
}

const nodeId = (entity: number | null, actor: string | null, name: string | null) =>
  entity !== null ? `e${entity}` : actor ? `a:${actor}` : `n:${name ?? '?'}`;

export function network(db: Database.Database, filter: NetworkFilter): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const params: Record<string, unknown> = {};
  const where = eventWhere(filter, params);
  const rows = db
    .prepare(
      `SELECT ev.id AS event, ev.type, ev.code,
         s.entity AS s_entity, s.actor AS s_actor, coalesce(se.name, s.name) AS s_name, se.type AS s_type,
         t.entity AS t_entity, t.actor AS t_actor, coalesce(te.name, t.name) AS t_name, te.type AS t_type
       FROM ${eventSource(filter)}
       JOIN event_actor s ON s.event = ev.id AND s.side = 'source'
       JOIN event_actor t ON t.event = ev.id AND t.side = 'target'
       LEFT JOIN entity se ON se.id = s.entity LEFT JOIN entity te ON te.id = t.entity
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
    )
    .all(params) as PairRow[];

  const edges = new Map<string, NetworkEdge & { seen: Set<number> }>();
  const nodes = new Map<string, NetworkNode & { sourceOf: Set<number>; targetOf: Set<number> }>();
  const node = (entity: number | null, actor: string | null, name: string | null, type: string | null) => {
    const id = nodeId(entity, actor, name);
    let n = nodes.get(id);
    if (!n) {
      n = {
        ...{ id, entity, name: name ?? actor ?? '?', actor, type, asSource: 0, asTarget: 0, events: 0 },
        sourceOf: new Set<number>(),
        targetOf: new Set<number>(),
      };
      nodes.set(id, n);
    }
    return n;
  };
  for (const r of rows) {
    const s = node(r.s_entity, r.s_actor, r.s_name, r.s_type);
    const t = node(r.t_entity, r.t_actor, r.t_name, r.t_type);
    if (s.id === t.id) continue;
    s.sourceOf.add(r.event);
    t.targetOf.add(r.event);
    const key = `${s.id}\u0000${t.id}`;
    let e = edges.get(key);
    if (!e) {
      e = { source: s.id, target: t.id, events: 0, types: {}, quadClasses: {}, seen: new Set() };
      edges.set(key, e);
    }
    if (e.seen.has(r.event)) continue;
    e.seen.add(r.event);
    e.events++;
    e.types[r.type] = (e.types[r.type] ?? 0) + 1;
    const quad = quadClass(r.code);
    if (quad !== null) e.quadClasses[quad] = (e.quadClasses[quad] ?? 0) + 1;
  }
  const kept = [...edges.values()]
    .sort((a, b) => b.events - a.events || a.source.localeCompare(b.source) || a.target.localeCompare(b.target))
    .slice(0, filter.maxEdges)
    .map(({ seen: _seen, ...e }) => e);
  const keptNodes = new Set(kept.flatMap((e) => [e.source, e.target]));
  const outNodes = [...nodes.values()]
    .filter((n) => keptNodes.has(n.id))
    .map(({ sourceOf, targetOf, ...n }) => ({
      ...n,
      asSource: sourceOf.size,
      asTarget: targetOf.size,
      events: new Set([...sourceOf, ...targetOf]).size,
    }))
    .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
  return { nodes: outNodes, edges: kept };
}
