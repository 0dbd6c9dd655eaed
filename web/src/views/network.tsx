import { useMemo, useState } from 'preact/hooks';
import { get, qs, type Json } from '../api.js';
import { ErrorBox, Loading, PLOVER, STATUSES } from '../components.js';
import { layoutGraph } from '../force.js';
import { useLoad } from '../hooks.js';
import { go, href } from '../router.js';
import { EventItem } from './actor.js';

const W = 1000;
const H = 640;
const QUAD_COLOURS = ['#8a8f98', '#1a9850', '#91cf60', '#fc8d59', '#d73027'];

/** The mean quad class of an edge (1 verbal cooperation … 4 material conflict), or by type when no code. */
function edgeQuad(e: Json): number {
  const qc: Record<string, number> = e.quadClasses ?? {};
  let n = 0;
  let sum = 0;
  for (const [k, v] of Object.entries(qc)) {
    n += v;
    sum += Number(k) * v;
  }
  return n ? sum / n : 0;
}

function colour(q: number): string {
  if (!q) return QUAD_COLOURS[0];
  // Interpolate between the class colours.
  const lo = Math.max(1, Math.min(4, Math.floor(q)));
  const hi = Math.min(4, lo + 1);
  const t = q - lo;
  const c = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const a = c(QUAD_COLOURS[lo]);
  const b = c(QUAD_COLOURS[hi]);
  return `rgb(${a.map((v, i) => Math.round(v + (b[i] - v) * t)).join(',')})`;
}

type Filter = { from: string; to: string; type: string; status: string };

export function Network({ params }: { params: URLSearchParams }) {
  const init: Filter = {
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    type: params.get('type') ?? '',
    status: params.get('status') ?? '',
  };
  const [f, setF] = useState<Filter>(init);
  const key = JSON.stringify(init);
  const res = useLoad<Json>(key, () => get('/api/network' + qs({ ...init, maxEdges: 150 })));
  const [sel, setSel] = useState<Json>(null);

  const graph = useMemo(() => {
    const nodes: Json[] = res.data?.nodes ?? [];
    const edges: Json[] = res.data?.edges ?? [];
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    const pairs = edges
      .filter((e) => index.has(e.source) && index.has(e.target))
      .map((e) => [index.get(e.source)!, index.get(e.target)!] as [number, number]);
    const laid = layoutGraph(
      nodes.map((n) => n.id),
      nodes.map((n) => n.events ?? 1),
      pairs,
      W,
      H,
    );
    return { nodes, edges, index, laid };
  }, [res.data]);

  const apply = (e: Event) => {
    e.preventDefault();
    go(href('network', f));
  };
  const maxCount = Math.max(1, ...graph.edges.map((e) => e.events ?? 1));
  const nodeBy = (id: string) => graph.nodes[graph.index.get(id)!];
  return (
    <section>
      <h1>Network</h1>
      <form class="filters" onSubmit={apply}>
        <label>
          From <input type="date" value={f.from} onInput={(e) => setF({ ...f, from: e.currentTarget.value })} />
        </label>
        <label>
          To <input type="date" value={f.to} onInput={(e) => setF({ ...f, to: e.currentTarget.value })} />
        </label>
        <label>
          Type{' '}
          <select value={f.type} onChange={(e) => setF({ ...f, type: e.currentTarget.value })}>
            <option value="">any</option>
            {PLOVER.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select value={f.status} onChange={(e) => setF({ ...f, status: e.currentTarget.value })}>
            <option value="">any</option>
            {STATUSES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <button type="submit">Apply</button>
      </form>
      <p class="legend small">
        Edges: <span class="swatch" style={{ background: QUAD_COLOURS[1] }} /> verbal cooperation{' '}
        <span class="swatch" style={{ background: QUAD_COLOURS[2] }} /> material cooperation{' '}
        <span class="swatch" style={{ background: QUAD_COLOURS[3] }} /> verbal conflict{' '}
        <span class="swatch" style={{ background: QUAD_COLOURS[4] }} /> material conflict · width = events · click an
        edge for its evidence
      </p>
      {res.loading && <Loading what="the network" />}
      {res.error && <ErrorBox error={res.error} />}
      {res.data && !graph.nodes.length && <p class="muted">No events match.</p>}
      <div class="network-wrap">
        {graph.nodes.length > 0 && (
          <svg class="network" viewBox={`0 0 ${W} ${H}`} role="group" aria-label="Actor network">
            <defs>
              <marker
                id="arrow"
                viewBox="0 0 10 10"
                refX="10"
                refY="5"
                markerWidth="6"
                markerHeight="6"
                orient="auto-start-reverse"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" fill="#999" />
              </marker>
            </defs>
            <g class="edges">
              {graph.edges.map((e, i) => {
                const a = graph.laid[graph.index.get(e.source) ?? -1];
                const b = graph.laid[graph.index.get(e.target) ?? -1];
                if (!a || !b) return null;
                const width = 1 + 7 * Math.sqrt((e.events ?? 1) / maxCount);
                const label = `${nodeBy(e.source)?.name} → ${nodeBy(e.target)?.name}: ${e.events} events`;
                const pick = () => setSel(e);
                const same = a === b;
                return (
                  <g
                    key={i}
                    class={`edge${sel === e ? ' selected' : ''}`}
                    tabindex={0}
                    role="button"
                    aria-label={label}
                    onClick={pick}
                    onKeyDown={(ev) => (ev.key === 'Enter' || ev.key === ' ') && (ev.preventDefault(), pick())}
                  >
                    <title>{label}</title>
                    {same ? (
                      <circle
                        cx={a.x}
                        cy={a.y - 14}
                        r={12}
                        fill="none"
                        stroke={colour(edgeQuad(e))}
                        stroke-width={width}
                      />
                    ) : (
                      <>
                        <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} class="hit" />
                        <line
                          x1={a.x}
                          y1={a.y}
                          x2={b.x}
                          y2={b.y}
                          stroke={colour(edgeQuad(e))}
                          stroke-width={width}
                          stroke-opacity="0.75"
                        />
                      </>
                    )}
                  </g>
                );
              })}
            </g>
            <g class="nodes">
              {graph.nodes.map((n, i) => {
                const p = graph.laid[i];
                const r = 4 + Math.sqrt(n.events ?? 1) * 1.6;
                return (
                  <a
                    key={n.id}
                    href={n.entity !== null && n.entity !== undefined ? href('actor', String(n.entity)) : undefined}
                    class="node"
                  >
                    <circle cx={p.x} cy={p.y} r={r} />
                    <text x={p.x + r + 2} y={p.y + 4}>
                      {n.name ?? n.actor}
                    </text>
                  </a>
                );
              })}
            </g>
          </svg>
        )}
        {sel && (
          <Evidence
            edge={sel}
            from={nodeBy(sel.source)}
            to={nodeBy(sel.target)}
            filter={init}
            onClose={() => setSel(null)}
          />
        )}
      </div>
    </section>
  );
}

function Evidence({
  edge,
  from,
  to,
  filter,
  onClose,
}: {
  edge: Json;
  from: Json;
  to: Json;
  filter: Filter;
  onClose: () => void;
}) {
  const q = { ...filter, source: from?.actor ?? from?.name, target: to?.actor ?? to?.name, limit: 30 };
  const res = useLoad<Json>(JSON.stringify(q), () => get('/api/events' + qs(q)));
  const fromIds = new Set([from?.entity]);
  const toIds = new Set([to?.entity]);
  // The filter matches by code or name; keep the events whose actors are these very nodes when they are known.
  const events: Json[] = (res.data?.events ?? []).filter(
    (ev: Json) =>
      from?.entity == null ||
      to?.entity == null ||
      ((ev.source ?? []).some((s: Json) => fromIds.has(s.entity)) &&
        (ev.target ?? []).some((t: Json) => toIds.has(t.entity))),
  );
  return (
    <aside class="evidence" aria-label="Evidence for the selected edge">
      <button type="button" class="close" onClick={onClose} aria-label="Close">
        ×
      </button>
      <h2>
        {from?.name} → {to?.name}
      </h2>
      <p class="small muted">
        {edge.events} events ·{' '}
        {Object.entries(edge.types ?? {})
          .map(([t, n]) => `${t} ${n}`)
          .join(', ')}
      </p>
      {res.loading && <Loading what="evidence" />}
      {res.error && <ErrorBox error={res.error} />}
      <ul class="timeline events">
        {events.map((ev) => (
          <EventItem ev={ev} key={ev.id} />
        ))}
      </ul>
      {res.data && !events.length && <p class="muted">No matching reports.</p>}
    </aside>
  );
}
