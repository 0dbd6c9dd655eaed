// GET /api/search: full-text search over articles and quotes, with the matched words marked «like this».
import type { FastifyInstance } from 'fastify';
import { rankedSearch } from '../../store/queries/ranked-search.js';
import type { ServeContext } from '../context.js';
import { badRequest, query, text, type RouteSchema } from '../schemas.js';

interface SearchQuery {
  q: string;
  raw: boolean;
  limit: number;
}

const schema: RouteSchema = {
  summary: 'Full-text search over articles (title and text) and quotes, with snippets',
  description:
    'Every word must match (stemmed). With raw=true, q is an FTS5 query of its own (AND, OR, NOT, "phrase", ' +
    'prefix*, NEAR(a b, 5)); a malformed one is a 400. Snippets mark matches with « and ».',
  tags: ['search'],
  querystring: query(
    {
      q: { ...text('the words to search for', 500), minLength: 1 },
      raw: { type: 'boolean', default: false, description: 'pass q to FTS5 as its own query syntax' },
      limit: { type: 'integer', minimum: 1, maximum: 50, default: 10, description: 'per kind, at most 50' },
    },
    ['q'],
  ),
  responses: { 200: { description: '{query, articles, quotes}' }, 400: badRequest },
};

export function searchRoutes(app: FastifyInstance, { db }: ServeContext): void {
  app.get<{ Querystring: SearchQuery }>('/api/search', { schema }, async (request) => {
    const { q, raw, limit } = request.query;
    return rankedSearch(db, q, { raw, limit });
  });
}
