import { useState } from 'preact/hooks';
import { get, qs, type Json } from '../api.js';
import { ActorLink, ErrorBox, Loading } from '../components.js';
import { useLoad } from '../hooks.js';
import { go, href } from '../router.js';
import { ArticleRow } from './articles.js';

/** A server snippet with matches between « and »: rendered as text with <b> around the matches. */
export function Snippet({ text }: { text: string }) {
  const parts = String(text).split(/(«[^»]*»)/);
  return (
    <p class="snippet">
      {parts.map((p, i) => (p.startsWith('«') && p.endsWith('»') ? <b key={i}>{p.slice(1, -1)}</b> : p))}
    </p>
  );
}

export function SearchBox({ initial = '' }: { initial?: string }) {
  const [q, setQ] = useState(initial);
  return (
    <form
      class="searchbox"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (q.trim()) go(href('search', { q: q.trim() }));
      }}
    >
      <label for="q" class="sr-only">
        Search articles and quotes
      </label>
      <input
        id="q"
        name="q"
        type="search"
        placeholder="Search articles and quotes…"
        value={q}
        onInput={(e) => setQ(e.currentTarget.value)}
      />
      <button type="submit">Search</button>
    </form>
  );
}

export function Search({ params }: { params: URLSearchParams }) {
  const q = params.get('q') ?? '';
  const res = useLoad<Json>(q ? `s:${q}` : null, () => get('/api/search' + qs({ q, limit: 50 })));
  const articles: Json[] = res.data?.articles ?? [];
  const quotes: Json[] = res.data?.quotes ?? [];
  return (
    <section>
      <h1>Search</h1>
      <SearchBox key={q} initial={q} />
      {res.loading && <Loading what="results" />}
      {res.error && <ErrorBox error={res.error} />}
      {res.data && (
        <div class="columns">
          <div>
            <h2>Articles ({articles.length})</h2>
            <ul class="plain articles">
              {articles.map((a) => (
                <ArticleRow a={{ ...a, id: a.article }} key={a.article} />
              ))}
            </ul>
          </div>
          <div>
            <h2>Quotes ({quotes.length})</h2>
            <ul class="plain quotes">
              {quotes.map((qt, i) => (
                <QuoteRow q={qt} key={i} />
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}

export function QuoteRow({ q }: { q: Json }) {
  return (
    <li class="quote-row">
      {q.snippet ? <Snippet text={`“${q.snippet}”`} /> : <p class="qtext">“{q.text}”</p>}
      <div class="small">
        —{' '}
        {q.speaker ? <ActorLink k={q.speaker.entity} name={q.speaker.name} /> : <span class="muted">unattributed</span>}
        {(q.with ?? []).map((w: Json) => (
          <>
            {' with '}
            <ActorLink k={w.entity} name={w.name} />
          </>
        ))}
        {q.reportedBy && (
          <>
            {', according to '}
            <ActorLink k={q.reportedBy.entity} name={q.reportedBy.name} />
          </>
        )}
        {' · '}
        <a href={href('article', q.article, { at: `${q.start}-${q.end}` })}>{q.title || q.article}</a>
        <span class="muted"> {q.published ?? ''}</span>
      </div>
    </li>
  );
}
