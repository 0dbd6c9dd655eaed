// GraphML export: the actor network. A node per actor (its entity, else its actor code, else its
// name) with type, country and actor code; a directed edge source → target per pair of actors that
// events join, with how many events and reports, the commonest quad class and the mean Goldstein score.
import type Database from 'better-sqlite3';
import { cameo } from './cameo.js';
import { eventRecords, type ExportActor } from './event-records.js';

interface Node {
  id: string;
  actor: ExportActor;
}

interface Edge {
  source: string;
  target: string;
  events: number;
  reports: number;
  quads: number[];
  goldstein: number[];
  types: Set<string>;
}

export function xmlEscape(s: string): string {
  // Characters XML 1.0 forbids are dropped; the five specials become entities.
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const nodeKey = (a: ExportActor) =>
  a.entity !== null ? `e${a.entity}` : a.code ? `code:${a.code}` : `name:${(a.name ?? '?').toLowerCase()}`;

const KEYS = [
  ['label', 'node', 'string'],
  ['type', 'node', 'string'],
  ['country', 'node', 'string'],
  ['actor_code', 'node', 'string'],
  ['events', 'edge', 'int'],
  ['reports', 'edge', 'int'],
  ['quad_class', 'edge', 'int'],
  ['goldstein', 'edge', 'double'],
  ['event_types', 'edge', 'string'],
] as const;

const data = (key: string, value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? '' : `<data key="${key}">${xmlEscape(String(value))}</data>`;

function mostCommon(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts)
    if (best === null || n > counts.get(best)! || (n === counts.get(best) && v < best)) best = v;
  return best;
}

export function* graphmlLines(db: Database.Database): Generator<string> {
  const nodes = new Map<string, Node>();
  const edges = new Map<string, Edge>();
  for (const e of eventRecords(db)) {
    const c = cameo(e.code);
    for (const a of [...e.source, ...e.target])
      if (!nodes.has(nodeKey(a))) nodes.set(nodeKey(a), { id: nodeKey(a), actor: a });
    for (const s of e.source) {
      for (const t of e.target) {
        const key = `${nodeKey(s)}\u0000${nodeKey(t)}`;
        let edge = edges.get(key);
        if (!edge) {
          edge = {
            source: nodeKey(s),
            target: nodeKey(t),
            events: 0,
            reports: 0,
            quads: [],
            goldstein: [],
            types: new Set(),
          };
          edges.set(key, edge);
        }
        edge.events++;
        edge.reports += e.reports.length;
        edge.types.add(e.type);
        if (c?.quad != null) edge.quads.push(c.quad);
        if (c?.goldstein != null) edge.goldstein.push(c.goldstein);
      }
    }
  }
  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">';
  for (const [id, forWhat, type] of KEYS)
    yield `  <key id="${id}" for="${forWhat}" attr.name="${id}" attr.type="${type}"/>`;
  yield '  <graph id="actors" edgedefault="directed">';
  for (const n of nodes.values()) {
    const a = n.actor;
    yield `    <node id="${xmlEscape(n.id)}">${data('label', a.name ?? a.code)}${data('type', a.type)}${data('country', a.country)}${data('actor_code', a.code)}</node>`;
  }
  let i = 0;
  for (const e of edges.values()) {
    const mean = e.goldstein.length ? e.goldstein.reduce((x, y) => x + y, 0) / e.goldstein.length : null;
    yield (
      `    <edge id="r${++i}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">` +
      `${data('events', e.events)}${data('reports', e.reports)}${data('quad_class', mostCommon(e.quads))}` +
      `${data('goldstein', mean === null ? null : Math.round(mean * 100) / 100)}${data('event_types', [...e.types].sort().join(' '))}</edge>`
    );
  }
  yield '  </graph>';
  yield '</graphml>';
}
