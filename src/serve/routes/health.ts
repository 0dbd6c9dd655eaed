// GET /api/health: is the server up, which schema the store has, and how much it holds.
import type { FastifyInstance } from 'fastify';
import type { ServeContext } from '../context.js';
import type { RouteSchema } from '../schemas.js';

const schema: RouteSchema = {
  summary: 'Server status, store schema version and row counts',
  tags: ['store'],
  responses: { 200: { description: '{status, schemaVersion, counts}' } },
};

export function healthRoutes(app: FastifyInstance, { store, db }: ServeContext): void {
  app.get('/api/health', { schema }, async () => ({
    status: 'ok',
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    counts: store.counts(),
  }));
}
