// The client of `dossier serve`'s JSON API. Shapes are read defensively: a field the server does not
// send yet shows as missing, never as a crash.

// The article analysis is the contract's own shape (CONTRACT.md), typed once in src/analyze/types.ts.
import type { Analysis } from '../../src/analyze/types.js';
export type {
  ActorRef,
  Analysis,
  Entity,
  Event,
  Mention,
  Quote,
  Role,
  Span,
  TextSpan,
  TimeValue,
} from '../../src/analyze/types.js';

export interface ArticleMeta {
  id: string;
  title?: string | null;
  published?: string | null;
  source?: string | null;
  url?: string | null;
  license?: string | null;
  snippet?: string;
  text?: string;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

async function request(path: string, init?: RequestInit): Promise<Json> {
  const res = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.headers ?? {}) } });
  let body: Json = null;
  try {
    body = await res.json();
  } catch {
    /* not JSON */
  }
  if (!res.ok) {
    const msg = (body && (body.message || body.error)) || `${res.status} ${res.statusText}`;
    throw new ApiError(String(msg), res.status);
  }
  return body;
}

export function qs(params: Record<string, string | number | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

export const get = (path: string) => request(path);
export const post = (path: string, body: unknown) =>
  request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** A list from a response that may be the array itself or an object holding it under one of `keys`. */
export function listOf<T = Json>(body: Json, ...keys: string[]): T[] {
  if (Array.isArray(body)) return body as T[];
  if (body && typeof body === 'object') {
    for (const k of [...keys, 'items', 'results', 'data']) if (Array.isArray(body[k])) return body[k] as T[];
  }
  return [];
}

/** The total count of a paged response, when it gives one. */
export function totalOf(body: Json): number | null {
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    for (const k of ['total', 'count']) if (typeof body[k] === 'number') return body[k];
  }
  return null;
}

/** Splits a stored article response into its metadata, text and Analysis. */
export function splitArticle(body: Json): { meta: ArticleMeta; text: string; analysis: Analysis | null } {
  const article = body?.article ?? body;
  const analysis: Analysis | null = body?.analysis ?? (Array.isArray(body?.entities) ? body : null);
  return { meta: article, text: String(article?.text ?? body?.text ?? ''), analysis };
}

/** The key of an actor for /api/actors/:key. */
export function actorKey(a: Json): string {
  return String(a?.key ?? a?.id ?? a?.entity ?? a?.kb ?? a?.name ?? '');
}

/** The store's key of an analysis entity (as src/store/keys.ts makes it), for /api/actors/:key. */
export function entityKey(e: { type: string; name: string; kb?: string | null }): string {
  if (e.kb) return `kb:${e.kb}`;
  const norm = e.name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `${e.type}:${norm}`;
}
