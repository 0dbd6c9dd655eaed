// GET /api/quotes: stored quotes by speaker, by who reports them and by words in them.
import type { FastifyInstance } from 'fastify';
import type { ServeContext } from '../context.js';
import { badRequest, query, text, type RouteSchema } from '../schemas.js';

interface QuotesQuery {
  speaker?: string;
  reported_by?: string;
  q?: string;
  limit: number;
}

const schema: RouteSchema = {
  summary:
    'Quotes by speaker (part of a name, an actor code or a kb id), by who reports them ("according to CNN") and by words in them',
  tags: ['quotes'],
  querystring: query({
    speaker: text('part of the speaker name, an actor code or a kb id'),
    reported_by: text('part of the name of who reports the quote ("according to CNN"), an actor code or a kb id'),
    q: text('words that must all appear in the quote'),
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50, description: 'at most 200' },
  }),
  responses: { 200: { description: '{quotes}' }, 400: badRequest },
};

export function quoteRoutes(app: FastifyInstance, { store }: ServeContext): void {
  app.get<{ Querystring: QuotesQuery }>('/api/quotes', { schema }, async (request) => {
    const { speaker, reported_by: reportedBy, q, limit } = request.query;
    return { quotes: store.quotes({ speaker, reportedBy, text: q, limit }) };
  });
}
