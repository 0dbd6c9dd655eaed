import { useMemo, useState } from 'preact/hooks';
import { get, post, splitArticle, type Analysis, type Json } from '../api.js';
import { AnnotatedText, ErrorBox, ExtLink, Legend, Loading, SidePanel } from '../components.js';
import { useLoad } from '../hooks.js';
import { go, href } from '../router.js';

function parseAt(at: string | null) {
  const m = at && /^(\d+)-(\d+)$/.exec(at);
  return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
}

export function AnalysisView({ text, analysis, at }: { text: string; analysis: Analysis; at?: string | null }) {
  const highlight = useMemo(() => parseAt(at ?? null), [at]);
  return (
    <div class="analysis">
      <div class="main-col">
        <Legend />
        <AnnotatedText text={text} analysis={analysis} highlight={highlight} />
      </div>
      <SidePanel analysis={analysis} />
    </div>
  );
}

/** The passage to highlight: ?at=START-END, or ?find=TEXT (its first occurrence). */
function atOf(text: string, params: URLSearchParams): string | null {
  const find = params.get('find');
  if (find) {
    const i = text.indexOf(find);
    if (i >= 0) return `${i}-${i + find.length}`;
  }
  return params.get('at');
}

export function ArticlePage({ id, params }: { id: string; params: URLSearchParams }) {
  const res = useLoad<Json>(`a:${id}`, () => get(`/api/articles/${encodeURIComponent(id)}`));
  if (res.loading) return <Loading what="the article" />;
  if (res.error) return <ErrorBox error={res.error} />;
  const { meta, text, analysis } = splitArticle(res.data);
  return (
    <article>
      <h1>{meta.title || meta.id}</h1>
      <p class="muted">
        {meta.published ?? 'undated'}
        {meta.source ? ` · ${meta.source}` : ''}
        {meta.url ? ' · ' : ''}
        <ExtLink url={meta.url}>original</ExtLink>
        {meta.license ? ` · ${meta.license}` : ''}
      </p>
      {analysis ? <AnalysisView text={text} analysis={analysis} at={atOf(text, params)} /> : <p>{text}</p>}
    </article>
  );
}

export function Analyze() {
  const [mode, setMode] = useState<'text' | 'html'>('text');
  const [input, setInput] = useState('');
  const [published, setPublished] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Json>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const body = () => {
    const b: Json = mode === 'text' ? { text: input } : { html: input };
    if (published) b.published = published;
    if (title.trim()) b.title = title.trim();
    if (mode === 'html' && url.trim()) b.url = url.trim();
    return b;
  };
  const run = async (what: 'analyze' | 'store') => {
    setBusy(true);
    setError(null);
    try {
      if (what === 'analyze') {
        setSaved(null);
        setResult(await post('/api/analyze', body()));
      } else {
        const r = await post('/api/articles', body());
        setSaved(r.id);
        if (r.analysis && !result) setResult(r.analysis);
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section>
      <h1>Analyse</h1>
      <form
        class="analyze-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (input.trim()) void run('analyze');
        }}
      >
        <fieldset class="inline">
          <legend>Input</legend>
          <label>
            <input type="radio" name="mode" checked={mode === 'text'} onChange={() => setMode('text')} /> Plain text
          </label>
          <label>
            <input type="radio" name="mode" checked={mode === 'html'} onChange={() => setMode('html')} /> HTML page
          </label>
        </fieldset>
        <label for="analyze-input">{mode === 'text' ? 'Article text' : 'Web page HTML'}</label>
        <textarea id="analyze-input" rows={10} value={input} onInput={(e) => setInput(e.currentTarget.value)} />
        <div class="filters">
          <label>
            Published{' '}
            <input
              type="date"
              name="published"
              value={published}
              onInput={(e) => setPublished(e.currentTarget.value)}
            />
          </label>
          <label>
            Title <input name="title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
          </label>
          {mode === 'html' && (
            <label>
              URL <input name="url" type="url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
            </label>
          )}
          <button type="submit" disabled={busy || !input.trim()}>
            {busy ? 'Working…' : 'Analyse'}
          </button>
          <button type="button" disabled={busy || !input.trim()} onClick={() => void run('store')}>
            Add to the store
          </button>
        </div>
      </form>
      {error && <ErrorBox error={error} />}
      {saved && (
        <p class="ok" role="status">
          Stored as <a href={href('article', saved)}>{saved}</a>.{' '}
          <button type="button" class="linklike" onClick={() => go(href('article', saved))}>
            Open it
          </button>
        </p>
      )}
      {result && (
        <AnalysisView text={String(result.text ?? (mode === 'text' ? input : ''))} analysis={result as Analysis} />
      )}
    </section>
  );
}
