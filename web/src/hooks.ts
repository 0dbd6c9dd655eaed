import { useEffect, useState } from 'preact/hooks';
import type { Json } from './api.js';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/** Loads `fn()` whenever `key` changes; a stale answer is dropped. */
export function useLoad<T = Json>(key: string | null, fn: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: key !== null });
  useEffect(() => {
    if (key === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    let live = true;
    setState((s) => ({ data: s.data, error: null, loading: true }));
    fn().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (e: Error) => live && setState({ data: null, error: e.message || String(e), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}
