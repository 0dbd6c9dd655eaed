// The Dossier web app: hash-routed views over `dossier serve`'s JSON API.
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { useRoute, href } from './router.js';
import { Home } from './views/home.js';
import { Articles } from './views/articles.js';
import { ArticlePage, Analyze } from './views/article.js';
import { ActorPage, Actors } from './views/actor.js';
import { Network } from './views/network.js';
import { Search } from './views/search.js';
import { Contested } from './views/contested.js';

const NAV: [string, string][] = [
  ['', 'Home'],
  ['search', 'Search'],
  ['articles', 'Articles'],
  ['actors', 'Actors'],
  ['network', 'Network'],
  ['contested', 'Contested'],
  ['analyze', 'Analyse'],
];

function App() {
  const route = useRoute();
  const [view = '', arg] = route.path;
  useEffect(() => {
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [view, arg]);
  let page;
  switch (view) {
    case '':
      page = <Home />;
      break;
    case 'search':
      page = <Search params={route.params} />;
      break;
    case 'articles':
      page = <Articles params={route.params} />;
      break;
    case 'article':
      page = <ArticlePage key={arg} id={arg ?? ''} params={route.params} />;
      break;
    case 'actors':
      page = <Actors params={route.params} />;
      break;
    case 'actor':
      page = <ActorPage key={arg} k={arg ?? ''} />;
      break;
    case 'network':
      page = <Network key={route.params.toString()} params={route.params} />;
      break;
    case 'contested':
      page = <Contested />;
      break;
    case 'analyze':
      page = <Analyze />;
      break;
    default:
      page = <p>No such page.</p>;
  }
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="#/">
          Dossier
        </a>
        <nav aria-label="Main">
          {NAV.map(([p, label]) => (
            <a key={p} href={href(p)} aria-current={view === p ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {page}
      </main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
