// Shared pieces: the annotated text with its popover, the side panel, badges, links, paging.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { entityKey, type Analysis, type Entity, type Event, type Quote, type Span } from './api.js';
import type { PloverType } from '../../src/analyze/types.js';
import { actorName, entityById, layout, type Mark } from './annotate.js';
import { href, safeUrl } from './router.js';

export function Status({ status }: { status: string }) {
  return <span class={`badge status-${status}`}>{status}</span>;
}

export function TypeTag({ type }: { type: string }) {
  return <span class={`tag ent-${type}`}>{type}</span>;
}

export function ExtLink({ url, children }: { url: unknown; children?: ComponentChildren }) {
  const safe = safeUrl(url);
  if (!safe) return null;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children ?? safe}
    </a>
  );
}

export function Loading({ what }: { what?: string }) {
  return (
    <p class="muted" role="status">
      Loading{what ? ` ${what}` : ''}…
    </p>
  );
}

export function ErrorBox({ error }: { error: string }) {
  return (
    <p class="error" role="alert">
      {error}
    </p>
  );
}

export function Pager({ offset, limit, count, total, onPage }: PagerProps) {
  const hasNext = total !== null ? offset + limit < total : count >= limit;
  return (
    <nav class="pager" aria-label="Pages">
      <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>
        ← Previous
      </button>
      <span class="muted">
        {count ? `${offset + 1}–${offset + count}` : '0'}
        {total !== null ? ` of ${total}` : ''}
      </span>
      <button type="button" disabled={!hasNext} onClick={() => onPage(offset + limit)}>
        Next →
      </button>
    </nav>
  );
}
interface PagerProps {
  offset: number;
  limit: number;
  count: number;
  total: number | null;
  onPage: (offset: number) => void;
}

/** Link to an actor page by whatever identifies it (store id, kb id or name). */
export function ActorLink({ k, name }: { k: string | number | null | undefined; name: string }) {
  if (k === null || k === undefined || k === '') return <span>{name}</span>;
  return <a href={href('actor', String(k))}>{name}</a>;
}

function MarkInfo({ mark, ents }: { mark: Mark; ents: Map<string, Entity> }) {
  const rows: [string, string | null | undefined][] = [];
  let title = '';
  if (mark.kind === 'entity' && mark.entity) {
    const e = mark.entity;
    title = `${e.type} · ${e.name}`;
    rows.push(['mention', mark.mentionKind ?? 'name'], ['actor', e.actor], ['country', e.country], ['kb', e.kb]);
    if (e.roles?.length) rows.push(['roles', e.roles.map((r) => r.title).join('; ')]);
    rows.push(['rule', mark.rule]);
  } else if (mark.kind === 'event' && mark.event) {
    const ev = mark.event;
    title = `${ev.type}${ev.code ? ` (CAMEO ${ev.code})` : ''} · ${ev.status}`;
    rows.push(
      ['source', ev.source.map((r) => actorName(r, ents)).join(', ') || '—'],
      ['target', ev.target.map((r) => actorName(r, ents)).join(', ') || '—'],
      ['mode', ev.mode],
      ['asserted by', ev.asserted_by ? ev.asserted_by.name : "the article's own voice"],
      ['denied by', ev.denied_by?.map((d) => d.name).join(', ')],
      ['time', ev.time ? `${ev.time.text} = ${ev.time.value}` : null],
      ['rule', ev.rule],
      ['status rule', ev.status_rule],
    );
  } else if (mark.kind === 'time' && mark.time) {
    const t = mark.time;
    title = `${t.type} · ${t.value}`;
    rows.push(['text', t.text], ['rule', t.rule]);
  } else if (mark.kind === 'cue' && mark.quote) {
    title = `Speech cue of quote ${mark.quote.id}`;
    rows.push(['speaker', mark.quote.speaker?.name ?? 'none'], ['speaker rule', mark.quote.speaker_rule]);
  }
  return (
    <>
      <strong>{title}</strong>
      <dl>
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </>
          ))}
      </dl>
    </>
  );
}

function QuoteInfo({ quote }: { quote: Quote }) {
  return (
    <>
      <strong>
        {quote.kind} quote · {quote.speaker ? quote.speaker.name : 'no speaker found'}
        {quote.with?.length ? ` with ${quote.with.map((w) => w.name).join(', ')}` : ''}
      </strong>
      <dl>
        {quote.cue && (
          <>
            <dt>cue</dt>
            <dd>{quote.cue.text}</dd>
          </>
        )}
        {quote.reported_by && (
          <>
            <dt>reported by</dt>
            <dd>{quote.reported_by.name}</dd>
          </>
        )}
        <dt>rule</dt>
        <dd>{quote.rule ?? '—'}</dd>
        <dt>speaker rule</dt>
        <dd>{quote.speaker_rule ?? '—'}</dd>
      </dl>
    </>
  );
}

type Active = { kind: 'mark'; mark: Mark } | { kind: 'quote'; quote: Quote };

/**
 * The article text with its marks. Every piece of text is a text node; hovering or focusing a mark
 * (Tab moves through them) shows what was extracted and by which rule.
 */
export function AnnotatedText({
  text,
  analysis,
  highlight,
}: {
  text: string;
  analysis: Analysis | null;
  highlight?: Span | null;
}) {
  const chunks = useMemo(() => layout(text, analysis, highlight), [text, analysis, highlight]);
  const ents = useMemo(() => entityById(analysis), [analysis]);
  const marks = useMemo(() => {
    const m = new Map<string, Mark>();
    for (const c of chunks) for (const p of c.pieces) if (p.mark) m.set(p.mark.key, p.mark);
    return m;
  }, [chunks]);
  const quotes = useMemo(() => new Map((analysis?.quotes ?? []).map((q) => [q.id, q])), [analysis]);
  const box = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<{ what: Active; x: number; y: number } | null>(null);

  useEffect(() => {
    if (!highlight) return;
    box.current?.querySelector('.hl')?.scrollIntoView({ block: 'center' });
  }, [chunks, highlight]);

  const show = (target: EventTarget | null) => {
    const el = target instanceof Element ? target.closest<HTMLElement>('[data-mark],[data-quote]') : null;
    if (!el || !box.current) return;
    const mk = el.dataset.mark ? marks.get(el.dataset.mark) : undefined;
    const q = el.dataset.quote ? quotes.get(el.dataset.quote) : undefined;
    const what: Active | null = mk ? { kind: 'mark', mark: mk } : q ? { kind: 'quote', quote: q } : null;
    if (!what) return;
    const r = el.getBoundingClientRect();
    const b = box.current.getBoundingClientRect();
    const x = Math.max(0, Math.min(r.left - b.left, b.width - 300));
    setActive({ what, x, y: r.bottom - b.top + 4 });
  };
  const hide = () => setActive(null);

  return (
    <div
      class="annotated"
      ref={box}
      onMouseOver={(e) => show(e.target)}
      onMouseLeave={hide}
      onFocusCapture={(e) => show(e.target)}
      onBlurCapture={hide}
      onKeyDown={(e) => e.key === 'Escape' && hide()}
    >
      <div class="text">
        {chunks.map((c) => {
          const inner = c.pieces.map((p) =>
            p.mark ? (
              <mark
                key={p.start}
                class={markClass(p.mark)}
                data-mark={p.mark.key}
                tabIndex={0}
                aria-label={`${p.mark.kind} ${text.slice(p.start, p.end)}`}
              >
                {text.slice(p.start, p.end)}
              </mark>
            ) : (
              text.slice(p.start, p.end)
            ),
          );
          const body = c.quote ? (
            <q
              key={c.start}
              class={`quote${c.quote.speaker ? '' : ' unattributed'}`}
              data-quote={c.quote.id}
              id={c.quoteFirst ? `quote-${c.quote.id}` : undefined}
            >
              {inner}
            </q>
          ) : (
            inner
          );
          const tag =
            c.quote && c.quoteLast ? (
              <span class="speaker-tag" data-quote={c.quote.id} tabIndex={0} aria-label={`quote ${c.quote.id} speaker`}>
                {c.quote.speaker ? c.quote.speaker.name : '?'}
              </span>
            ) : null;
          const out = (
            <>
              {body}
              {tag}
            </>
          );
          return c.highlight ? (
            <span class="hl" key={`h${c.start}`}>
              {out}
            </span>
          ) : (
            out
          );
        })}
      </div>
      {active && (
        <div class="popover" role="tooltip" style={{ left: `${active.x}px`, top: `${active.y}px` }}>
          {active.what.kind === 'mark' ? (
            <MarkInfo mark={active.what.mark} ents={ents} />
          ) : (
            <QuoteInfo quote={active.what.quote} />
          )}
        </div>
      )}
    </div>
  );
}

function markClass(m: Mark): string {
  if (m.kind === 'entity') return `m-ent ent-${m.entity?.type} k-${m.mentionKind ?? 'name'}`;
  if (m.kind === 'event') return `m-ev status-${m.event?.status}`;
  if (m.kind === 'time') return 'm-time';
  return 'm-cue';
}

const jump = (id: string) => () => {
  const el = document.querySelector<HTMLElement>(`[data-mark="${CSS.escape(id)}"],#${CSS.escape(id)}`);
  if (el) {
    el.scrollIntoView({ block: 'center' });
    el.focus?.();
  }
};

export function EventLine({ ev, ents }: { ev: Event; ents: Map<string, Entity> }) {
  return (
    <>
      <span class={`evtype quad-${quadOf(ev.type)}`}>{ev.type}</span> <Status status={ev.status} />{' '}
      {ev.source.map((r) => actorName(r, ents)).join(', ') || '—'} →{' '}
      {ev.target.map((r) => actorName(r, ents)).join(', ') || '—'}
    </>
  );
}

/** The side panel of an analysed article: quotes, events, actors, times. */
export function SidePanel({ analysis }: { analysis: Analysis }) {
  const ents = useMemo(() => entityById(analysis), [analysis]);
  const actors = [...analysis.entities].sort((a, b) => (b.mentions?.length ?? 0) - (a.mentions?.length ?? 0));
  return (
    <aside class="side" aria-label="What was extracted">
      <details open>
        <summary>Quotes ({analysis.quotes.length})</summary>
        <ul class="plain">
          {analysis.quotes.map((q) => (
            <li key={q.id}>
              <button type="button" class="linklike" onClick={jump(`quote-${q.id}`)}>
                <strong>{q.speaker?.name ?? 'unattributed'}</strong>
              </button>{' '}
              <span class="muted">({q.kind})</span> <span class="qtext">“{clip(q.text, 160)}”</span>
            </li>
          ))}
        </ul>
      </details>
      <details open>
        <summary>Events ({analysis.events.length})</summary>
        <ul class="plain">
          {analysis.events.map((ev) => (
            <li key={ev.id}>
              <button type="button" class="linklike" onClick={jump(`ev:${ev.id}`)}>
                {ev.trigger.text}
              </button>{' '}
              <EventLine ev={ev} ents={ents} />
              {ev.asserted_by && <span class="muted"> · per {ev.asserted_by.name}</span>}
              {ev.denied_by?.length ? (
                <span class="muted"> · denied by {ev.denied_by.map((d) => d.name).join(', ')}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </details>
      <details open>
        <summary>Actors ({actors.length})</summary>
        <ul class="plain">
          {actors.map((e) => (
            <li key={e.id}>
              <TypeTag type={e.type} /> <ActorLink k={entityKey(e)} name={e.name} />
              {e.actor && <span class="code"> {e.actor}</span>}
              <span class="muted"> ×{e.mentions?.length ?? 0}</span>
              {e.roles?.[0] && <span class="muted"> · {e.roles[0].title}</span>}
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>Times ({analysis.times.length})</summary>
        <ul class="plain">
          {analysis.times.map((t) => (
            <li key={t.start}>
              {t.text} <span class="code">{t.value}</span> <span class="muted">{t.type}</span>
            </li>
          ))}
        </ul>
      </details>
    </aside>
  );
}

export function Legend() {
  return (
    <p class="legend" aria-label="Legend">
      {['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC'].map((t) => (
        <mark class={`m-ent ent-${t}`} key={t}>
          {t}
        </mark>
      ))}
      <q class="quote">quote</q>
      <mark class="m-ev status-asserted">event</mark>
      <mark class="m-time">time</mark>
    </p>
  );
}

export function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

const QUAD: Record<PloverType, number> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  PROTEST: 3,
  SANCTION: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};
/** PLOVER type → quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export const quadOf = (type: string): number => QUAD[type as PloverType] ?? 0;
export { PLOVER_TYPES as PLOVER, EVENT_STATUSES as STATUSES } from '../../src/analyze/types.js';

/** TIMEX3's vague references in words ("PRESENT_REF" → "now"), else undefined. */
export function vagueTime(value: unknown): string | undefined {
  return ({ PRESENT_REF: 'now', PAST_REF: 'before', FUTURE_REF: 'to come' } as Record<string, string>)[String(value)];
}
