import { useState } from 'preact/hooks';
import { get, qs, type Json } from '../api.js';
import { ErrorBox, Loading, Pager } from '../components.js';
import { useLoad } from '../hooks.js';
import { href } from '../router.js';
import { Snippet } from './search.js';

export function ArticleRow({ a }: { a: Json }) {
  return (
    <li class="article-row">
      <a href={href('article', a.id ?? a.article)}>{a.title || a.id || a.article}</a>
      <div class="muted small">
        {a.published ?? 'undated'}
        {a.source ? ` · ${a.source}` : ''}
      </div>
      {a.snippet && <Snippet text={a.snippet} />}
    </li>
  );
}

export function ArticleList({
  limit = 20,
  paged = false,
  filter = {},
}: {
  limit?: number;
  paged?: boolean;
  filter?: Json;
}) {
  const [offset, setOffset] = useState(0);
  const key = JSON.stringify({ ...filter, limit, offset });
  const page = useLoad<Json>(key, () => get('/api/articles' + qs({ ...filter, limit, offset })));
  const list: Json[] = page.data?.articles ?? [];
  return (
    <>
      {page.loading && !page.data && <Loading what="articles" />}
      {page.error && <ErrorBox error={page.error} />}
      <ul class="plain articles">
        {list.map((a) => (
          <ArticleRow a={a} key={a.id} />
        ))}
      </ul>
      {paged && (
        <Pager offset={offset} limit={limit} count={list.length} total={page.data?.total ?? null} onPage={setOffset} />
      )}
    </>
  );
}

export function Articles({ params }: { params: URLSearchParams }) {
  const [f, setF] = useState({
    q: params.get('q') ?? '',
    source: params.get('source') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  });
  const [applied, setApplied] = useState(f);
  return (
    <section>
      <h1>Articles</h1>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(f);
        }}
      >
        <label>
          Words <input type="search" value={f.q} onInput={(e) => setF({ ...f, q: e.currentTarget.value })} />
        </label>
        <label>
          Source <input value={f.source} onInput={(e) => setF({ ...f, source: e.currentTarget.value })} />
        </label>
        <label>
          From <input type="date" value={f.from} onInput={(e) => setF({ ...f, from: e.currentTarget.value })} />
        </label>
        <label>
          To <input type="date" value={f.to} onInput={(e) => setF({ ...f, to: e.currentTarget.value })} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <ArticleList key={JSON.stringify(applied)} limit={25} paged filter={applied} />
    </section>
  );
}
