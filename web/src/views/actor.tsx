import { get, qs, type Json } from '../api.js';
import { ActorLink, ErrorBox, Loading, Status, TypeTag, quadOf, vagueTime } from '../components.js';
import { useLoad } from '../hooks.js';
import { href } from '../router.js';
import { QuoteRow } from './search.js';
import { ClaimCard } from './contested.js';

const who = (refs: Json[]) =>
  (refs ?? []).map((r: Json, i: number) => (
    <span key={i}>
      {i ? ', ' : ''}
      <ActorLink k={r.entity} name={r.name ?? r.actor ?? '?'} />
    </span>
  ));

/** When an event happened, for the timeline: its date, else its report's date ("now, 2023-09-06" for PRESENT_REF). */
function eventDate(ev: Json): { label: string; key: string } {
  const published: string = ev.assertions?.[0]?.published ?? '';
  const vague = vagueTime(ev.time);
  if (vague) return { label: published ? `${vague}, ${published}` : vague, key: published };
  const date: string = ev.time ?? published;
  return { label: date || 'undated', key: date };
}

/** An event row of the store: type, status of each report, actors, and the sentence that reports it. */
export function EventItem({ ev }: { ev: Json }) {
  return (
    <li class="event-row">
      <span class="date">{eventDate(ev).label}</span>
      <div>
        <span class={`evtype quad-${quadOf(ev.type)}`}>{ev.type}</span>
        {ev.code && <span class="code"> {ev.code}</span>}{' '}
        {[...new Set((ev.assertions ?? []).map((a: Json) => a.status as string))].map((s) => (
          <Status status={s as string} key={s} />
        ))}{' '}
        {who(ev.source)} → {who(ev.target)}
        {ev.contested && <span class="badge status-denied"> contested</span>}
        {(ev.assertions ?? []).slice(0, 3).map((a: Json, i: number) => (
          <p class="small" key={i}>
            {a.sentence} — {a.asserter ? a.asserter.name : 'the article'},{' '}
            <a href={href('article', a.article, { find: a.sentence })}>{a.title || a.article}</a>
          </p>
        ))}
      </div>
    </li>
  );
}

export function ActorPage({ k }: { k: string }) {
  const res = useLoad<Json>(`actor:${k}`, () => get(`/api/actors/${encodeURIComponent(k)}` + qs({ limit: 50 })));
  if (res.loading) return <Loading what="the actor" />;
  if (res.error) return <ErrorBox error={res.error} />;
  const d = res.data;
  const e = d.entity;
  const events = [
    ...(d.asSource ?? []).map((ev: Json) => ({ ...ev, side: 'source' })),
    ...(d.asTarget ?? []).map((ev: Json) => ({ ...ev, side: 'target' })),
  ].sort((a, b) => eventDate(a).key.localeCompare(eventDate(b).key));
  // (each role once, with the dates the articles give it: oldest first, as a timeline reads)
  const roles: Json[] = [...(d.roleSpans ?? [])].sort((a, b) =>
    String(a.from ?? '').localeCompare(String(b.from ?? '')),
  );
  return (
    <section>
      <h1>
        {e.name} <TypeTag type={e.type} />
      </h1>
      <p class="muted">
        {e.actor && <span class="code">{e.actor}</span>}
        {e.country ? ` · country ${e.country}` : ''}
        {e.kb ? ` · kb ${e.kb}` : ''} · {e.mentions} mentions in {e.articles} articles
      </p>
      {d.aliases?.length ? (
        <p class="muted">
          Includes articles that name them only as {[...new Set(d.aliases.map((a: Json) => a.name))].join(', ')}{' '}
          (merged: another form of the name, or the one full name in the store with that surname or those initials).
        </p>
      ) : null}
      <div class="columns">
        <div>
          <h2>Roles over time</h2>
          {roles.length ? (
            <ul class="timeline">
              {roles.map((r, i) => (
                <li key={i}>
                  <span class="date">
                    {r.from === r.to ? (r.from ?? 'undated') : `${r.from ?? 'undated'} – ${r.to}`}
                  </span>{' '}
                  {r.former ? 'formerly ' : ''}
                  {r.title}
                  {r.org ? `, ${r.org}` : ''}
                  {r.country ? ` (${r.country})` : ''} · {r.articles > 1 ? `${r.articles} articles · ` : ''}
                  <a href={href('article', r.latest.article, { at: `${r.latest.start}-${r.latest.end}` })}>
                    {r.articles > 1 ? 'latest source' : 'source'}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">No roles found.</p>
          )}
          <h2>Events on a timeline</h2>
          <ul class="timeline events">
            {events.map((ev, i) => (
              <EventItem ev={ev} key={`${ev.side}${ev.id}${i}`} />
            ))}
          </ul>
          {!events.length && <p class="muted">No events.</p>}
        </div>
        <div>
          <h2>Counterparts</h2>
          <ul class="plain">
            {(d.counterparts ?? []).map((c: Json, i: number) => (
              <li key={i}>
                {c.role === 'source' ? '← acted on by ' : '→ acts on '}
                <ActorLink k={c.entity} name={c.name ?? c.actor ?? '?'} /> <span class="muted">×{c.events}</span>{' '}
                <span class="small">{(c.types ?? []).join(', ')}</span>
              </li>
            ))}
          </ul>
          <h2>Quotes</h2>
          <ul class="plain quotes">
            {(d.quotes ?? []).map((q: Json, i: number) => (
              <QuoteRow q={q} key={i} />
            ))}
          </ul>
          {!d.quotes?.length && <p class="muted">No quotes.</p>}
          {d.reported?.length > 0 && (
            <>
              <h2>Reports others' words</h2>
              <ul class="plain quotes">
                {d.reported.map((q: Json, i: number) => (
                  <QuoteRow q={q} key={i} />
                ))}
              </ul>
            </>
          )}
          <h2>Contested claims</h2>
          {(d.contested ?? []).map((c: Json, i: number) => (
            <ClaimCard c={c} key={i} />
          ))}
          {!d.contested?.length && <p class="muted">None.</p>}
        </div>
      </div>
    </section>
  );
}

export function Actors({ params }: { params: URLSearchParams }) {
  const q = params.get('q') ?? '';
  const res = useLoad<Json>(`actors:${q}`, () => get('/api/actors' + qs({ q, limit: 100 })));
  return (
    <section>
      <h1>Actors</h1>
      {res.loading && <Loading />}
      {res.error && <ErrorBox error={res.error} />}
      <ol class="top-actors">
        {(res.data?.actors ?? []).map((a: Json) => (
          <li key={a.id}>
            <TypeTag type={a.type} /> <ActorLink k={a.key ?? a.id} name={a.name} />{' '}
            {a.actor && <span class="code">{a.actor}</span>} <span class="muted">{a.mentions} mentions</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
