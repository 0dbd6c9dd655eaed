import { useState } from 'preact/hooks';
import { get, qs, type Json } from '../api.js';
import { ActorLink, ErrorBox, Loading, Pager, Status, quadOf, vagueTime } from '../components.js';
import { useLoad } from '../hooks.js';
import { href } from '../router.js';

function Report({ r }: { r: Json }) {
  return (
    <li>
      <strong>{r.by ? <ActorLink k={r.by.entity} name={r.by.name} /> : 'the article itself'}</strong>{' '}
      <Status status={r.status} />
      <blockquote>
        <a href={href('article', r.article, { at: `${r.sentence?.start}-${r.sentence?.end}` })}>
          {r.sentence?.text ?? r.trigger?.text}
        </a>
      </blockquote>
      <div class="small muted">
        {r.title || r.article} · {r.published ?? 'undated'}
      </div>
    </li>
  );
}

export function ClaimCard({ c }: { c: Json }) {
  const ev = c.event ?? {};
  const names = (refs: Json[]) => (refs ?? []).map((r: Json) => r.name ?? r.actor ?? '?').join(', ') || '—';
  return (
    <div class="claim">
      <h3>
        <span class={`evtype quad-${quadOf(ev.type)}`}>{ev.type}</span> {names(ev.source)} → {names(ev.target)}
        {ev.time && <span class="muted"> · {vagueTime(ev.time) ?? ev.time}</span>}
      </h3>
      <div class="sides">
        <div>
          <h4>Asserted by</h4>
          <ul class="plain">
            {(c.asserted ?? []).map((r: Json, i: number) => (
              <Report r={r} key={i} />
            ))}
          </ul>
        </div>
        <div>
          <h4>Denied by</h4>
          <ul class="plain">
            {(c.denied ?? []).map((r: Json, i: number) => (
              <Report r={r} key={i} />
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

export function Contested() {
  const [offset, setOffset] = useState(0);
  const limit = 20;
  const res = useLoad<Json>(`c:${offset}`, () => get('/api/contested' + qs({ limit, offset })));
  const claims: Json[] = res.data?.claims ?? [];
  return (
    <section>
      <h1>Contested claims</h1>
      <p class="lead">Events that one report asserts and another denies, side by side.</p>
      {res.loading && <Loading />}
      {res.error && <ErrorBox error={res.error} />}
      {claims.map((c, i) => (
        <ClaimCard c={c} key={i} />
      ))}
      {res.data && !claims.length && <p class="muted">No contested claims in the store.</p>}
      <Pager offset={offset} limit={limit} count={claims.length} total={res.data?.total ?? null} onPage={setOffset} />
    </section>
  );
}
