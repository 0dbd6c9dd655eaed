// Lays an Analysis over its text: quotes (and a highlighted passage) split the text into chunks,
// and entity mentions, event triggers, times and quote cues become marks inside them. Overlapping
// marks are resolved by priority (trigger, time, name, cue, nominal/pronoun); what is left out still
// shows in the side panel. Pure functions: the view renders the result as text nodes only.
import type { Analysis, Entity, Event, Quote, Span, TimeValue } from './api.js';

export type MarkKind = 'entity' | 'event' | 'time' | 'cue';

export interface Mark {
  key: string;
  kind: MarkKind;
  start: number;
  end: number;
  entity?: Entity;
  mentionKind?: string;
  rule?: string;
  event?: Event;
  time?: TimeValue;
  quote?: Quote;
}

export interface Piece {
  start: number;
  end: number;
  mark: Mark | null;
}

export interface Chunk {
  start: number;
  end: number;
  quote: Quote | null;
  /** The first chunk of a quote carries its opening tag; the last its speaker tag. */
  quoteFirst: boolean;
  quoteLast: boolean;
  highlight: boolean;
  pieces: Piece[];
}

const valid = (s: Span | null | undefined, n: number): s is Span =>
  !!s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= n && s.start < s.end;

function marksOf(a: Analysis, n: number): Mark[] {
  const ranked: [number, Mark][] = [];
  for (const ev of a.events ?? [])
    if (valid(ev.trigger, n))
      ranked.push([0, { key: `ev:${ev.id}`, kind: 'event', start: ev.trigger.start, end: ev.trigger.end, event: ev }]);
  for (const t of a.times ?? [])
    if (valid(t, n)) ranked.push([1, { key: `t:${t.start}`, kind: 'time', start: t.start, end: t.end, time: t }]);
  for (const e of a.entities ?? [])
    for (const m of e.mentions ?? [])
      if (valid(m, n))
        ranked.push([
          m.kind === 'name' || !m.kind ? 2 : 4,
          {
            key: `m:${e.id}:${m.start}`,
            kind: 'entity',
            start: m.start,
            end: m.end,
            entity: e,
            mentionKind: m.kind,
            rule: m.rule,
          },
        ]);
  for (const q of a.quotes ?? [])
    if (q.cue && valid(q.cue, n))
      ranked.push([3, { key: `cue:${q.id}`, kind: 'cue', start: q.cue.start, end: q.cue.end, quote: q }]);
  ranked.sort((x, y) => x[0] - y[0] || x[1].start - y[1].start);
  // Greedy by priority over an occupancy list kept sorted by start.
  const taken: Mark[] = [];
  for (const [, m] of ranked) {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid].start < m.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = taken[lo - 1];
    const next = taken[lo];
    if ((prev && prev.end > m.start) || (next && next.start < m.end)) continue;
    taken.splice(lo, 0, m);
  }
  return taken;
}

/** Quote pieces (parts, or the whole quote) that do not overlap an earlier one. */
function quoteRanges(a: Analysis, n: number): { start: number; end: number; quote: Quote }[] {
  const out: { start: number; end: number; quote: Quote }[] = [];
  for (const q of a.quotes ?? []) {
    const parts = q.parts?.length ? q.parts : [{ start: q.start, end: q.end }];
    for (const p of parts) if (valid(p, n)) out.push({ start: p.start, end: p.end, quote: q });
  }
  out.sort((x, y) => x.start - y.start);
  const kept: typeof out = [];
  for (const r of out) if (!kept.length || kept[kept.length - 1].end <= r.start) kept.push(r);
  return kept;
}

export function layout(text: string, a: Analysis | null, highlight?: Span | null): Chunk[] {
  const n = text.length;
  const quotes = a ? quoteRanges(a, n) : [];
  const hl = highlight && valid(highlight, n) ? highlight : null;
  const cuts = new Set<number>([0, n]);
  for (const q of quotes) cuts.add(q.start).add(q.end);
  if (hl) cuts.add(hl.start).add(hl.end);
  const bounds = [...cuts].sort((x, y) => x - y);
  const chunks: Chunk[] = [];
  let qi = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i];
    const end = bounds[i + 1];
    while (qi < quotes.length && quotes[qi].end <= start) qi++;
    const q = quotes[qi] && quotes[qi].start <= start && quotes[qi].end >= end ? quotes[qi] : null;
    chunks.push({
      start,
      end,
      quote: q?.quote ?? null,
      quoteFirst: !!q && q.start === start && q.quote.start === start,
      quoteLast: !!q && q.end === end && q.quote.end === end,
      highlight: !!hl && hl.start <= start && hl.end >= end,
      pieces: [],
    });
  }
  // Marks, clipped to chunks.
  const marks = a ? marksOf(a, n) : [];
  let mi = 0;
  for (const c of chunks) {
    while (mi < marks.length && marks[mi].end <= c.start) mi++;
    let pos = c.start;
    for (let j = mi; j < marks.length && marks[j].start < c.end; j++) {
      const m = marks[j];
      const s = Math.max(m.start, c.start);
      const e = Math.min(m.end, c.end);
      if (s > pos) c.pieces.push({ start: pos, end: s, mark: null });
      c.pieces.push({ start: s, end: e, mark: m });
      pos = e;
    }
    if (pos < c.end) c.pieces.push({ start: pos, end: c.end, mark: null });
  }
  return chunks;
}

export const entityById = (a: Analysis | null): Map<string, Entity> =>
  new Map((a?.entities ?? []).map((e) => [e.id, e]));

/** A short name for an actor reference: the entity's name, else its actor code. */
export function actorName(
  ref: { entity: string | null; actor?: string | null; name?: string },
  ents: Map<string, Entity>,
) {
  return (ref.entity && ents.get(ref.entity)?.name) || ref.name || ref.actor || '?';
}
