// Answers to GET /api requests, kept until the database changes: the same question (a top actor, a
// common word) is asked again and again, and the store only changes when something is ingested.
import type Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { dataVersion } from '../store/queries/data-version.js';

export interface CacheLimits {
  maxEntries: number;
  maxBytes: number;
  /** Larger answers are not kept. */
  maxEntryBytes: number;
}

export const DEFAULT_CACHE_LIMITS: CacheLimits = {
  maxEntries: 2000,
  maxBytes: 64 * 1024 * 1024,
  maxEntryBytes: 2 * 1024 * 1024,
};

/** Least-recently-used answers by URL, all dropped together when the data version moves. */
class ResponseCache {
  private version = '';
  private bytes = 0;
  private readonly entries = new Map<string, string>();

  constructor(private readonly limits: CacheLimits) {}

  get(version: string, url: string): string | undefined {
    if (version !== this.version) {
      this.entries.clear();
      this.bytes = 0;
      this.version = version;
      return undefined;
    }
    const body = this.entries.get(url);
    if (body !== undefined) {
      this.entries.delete(url);
      this.entries.set(url, body);
    }
    return body;
  }

  set(version: string, url: string, body: string): void {
    if (version !== this.version || body.length > this.limits.maxEntryBytes) return;
    this.entries.set(url, body);
    this.bytes += body.length;
    for (const [oldest, old] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.length;
    }
  }
}

const cacheable = (method: string, url: string) => method === 'GET' && url.startsWith('/api/');

export function cacheReads(app: FastifyInstance, db: Database.Database, limits = DEFAULT_CACHE_LIMITS): void {
  const cache = new ResponseCache(limits);
  app.decorateRequest('dataVersion', '');
  app.addHook('onRequest', async (request, reply) => {
    if (!cacheable(request.method, request.url)) return;
    const version = dataVersion(db);
    (request as { dataVersion?: string }).dataVersion = version;
    const body = cache.get(version, request.url);
    if (body !== undefined) return reply.header('x-cache', 'hit').type('application/json; charset=utf-8').send(body);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const version = (request as { dataVersion?: string }).dataVersion;
    if (version && reply.statusCode === 200 && typeof payload === 'string' && !reply.getHeader('x-cache')) {
      cache.set(version, request.url, payload);
    }
    return payload;
  });
}
