// Hash routing (#/article/ID?x=y): works behind any static server with no fallback rules.
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  path: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#/, '') || '/';
  const [p, q = ''] = h.split('?', 2);
  return { path: p.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(q) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

/** A hash link: href('article', id, {at: '1-5'}). */
export function href(...parts: (string | Record<string, string | number | undefined | null>)[]): string {
  let params = '';
  const segs: string[] = [];
  for (const p of parts) {
    if (typeof p === 'string') segs.push(encodeURIComponent(p));
    else {
      const u = new URLSearchParams();
      for (const [k, v] of Object.entries(p)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
      const s = u.toString();
      if (s) params = `?${s}`;
    }
  }
  return `#/${segs.join('/')}${params}`;
}

export function go(to: string): void {
  location.hash = to.replace(/^#/, '');
}

/** Only http(s) links from the data become hrefs; anything else (javascript:, data:) stays text. */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
