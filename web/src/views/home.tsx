import { get, qs, type Json } from '../api.js';
import { ActorLink, ErrorBox, Loading, TypeTag } from '../components.js';
import { useLoad } from '../hooks.js';
import { href } from '../router.js';
import { SearchBox } from './search.js';
import { ArticleList } from './articles.js';

export function Home() {
  const health = useLoad<Json>('health', () => get('/api/health'));
  const actors = useLoad<Json>('actors', () => get('/api/actors' + qs({ limit: 12 })));
  const counts = health.data?.counts ?? {};
  return (
    <section>
      <h1>Dossier</h1>
      <p class="lead">Who said what, who did what to whom, according to whom, who denies it, and when.</p>
      <SearchBox />
      {health.error && <ErrorBox error={health.error} />}
      <ul class="counts" aria-label="What the store holds">
        {['articles', 'entities', 'quotes', 'events', 'assertions', 'times'].map((k) => (
          <li key={k}>
            <strong>{counts[k] ?? '–'}</strong> {k}
          </li>
        ))}
      </ul>
      <div class="columns">
        <div>
          <h2>Recent articles</h2>
          <ArticleList limit={10} />
          <p>
            <a href={href('articles')}>All articles →</a>
          </p>
        </div>
        <div>
          <h2>Top actors</h2>
          {actors.loading && <Loading />}
          {actors.error && <ErrorBox error={actors.error} />}
          <ol class="top-actors">
            {(actors.data?.actors ?? []).map((a: Json) => (
              <li key={a.id}>
                <TypeTag type={a.type} /> <ActorLink k={a.key ?? a.id} name={a.name} />{' '}
                {a.actor && <span class="code">{a.actor}</span>}{' '}
                <span class="muted">
                  {a.mentions} mentions in {a.articles} articles
                </span>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
