// The client of `dossier serve`'s JSON API. Shapes are read defensively: a field the server does not
// send yet shows as missing, never as a crash.

export type Span = { start: number; end: number };
export type TextSpan = Span & { text: string };

export interface Mention extends TextSpan {
  kind?: string;
  rule?: string;
}
export interface Role {
  title: string;
  org?: string | null;
  country?: string | null;
  span?: Span;
  rule?: string;
}
export interface Entity {
  id: string;
  type: string;
  name: string;
  actor?: string | null;
  country?: string | null;
  kb?: string | null;
  roles: Role[];
  mentions: Mention[];
}
export interface Quote {
  id: string;
  kind: string;
  start: number;
  end: number;
  text: string;
  cue: TextSpan | null;
  speaker: { entity: string | null; name: string; start?: number; end?: number } | null;
  parts?: Span[];
  rule?: string;
  speaker_rule?: string | null;
}
export interface ActorRef {
  entity: string | null;
  actor: string | null;
  name?: string;
}
export interface Event {
  id: string;
  type: string;
  mode: string | null;
  code: string | null;
  source: ActorRef[];
  target: ActorRef[];
  status: string;
  asserted_by: { entity: string | null; name: string } | null;
  denied_by: { entity: string | null; name: string }[];
  trigger: TextSpan;
  sentence: Span;
  time: (TextSpan & { value: string; type?: string }) | null;
  rule?: string;
  status_rule?: string;
}
export interface TimeValue extends TextSpan {
  type: string;
  value: string;
  rule?: string;
}
export interface Analysis {
  id: string;
  published: string | null;
  entities: Entity[];
  quotes: Quote[];
  events: Event[];
  times: TimeValue[];
}

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
