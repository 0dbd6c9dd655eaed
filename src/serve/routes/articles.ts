// GET /api/articles (a filtered page), GET /api/articles/:id (one with its Analysis) and
// POST /api/articles (analyse one article and store it).
import type { FastifyInstance } from 'fastify';
import { getArticle, listArticles } from '../../store/queries/articles.js';
import { textHash } from '../../store/text-hash.js';
import { articleBodySchema, rejectCoercedBody, toArticleInput, type ArticleBody } from '../article-input.js';
import type { ServeContext } from '../context.js';
import { HttpError } from '../errors.js';
import { badRequest, date, notFound, paging, query, text, type Paging, type RouteSchema } from '../schemas.js';

interface ListQuery extends Paging {
  q?: string;
  source?: string;
  from?: string;
  to?: string;
  entity?: string;
}

const listSchema: RouteSchema = {
  summary: 'Stored articles, newest first (best match first with q)',
  tags: ['articles'],
  querystring: query({
    q: text('words that must all appear in the title or text'),
    source: text('part of the publisher name'),
    from: date('published on or after'),
    to: date('published on or before'),
    entity: text('an entity id, key (kb:ID, TYPE:name) or exact name the article mentions'),
    ...paging(100, 20),
  }),
  responses: { 200: { description: '{total, limit, offset, articles}' }, 400: badRequest },
};

const oneSchema: RouteSchema = {
  summary: 'One stored article with its full Analysis',
  tags: ['articles'],
  params: query({ id: { type: 'string', minLength: 1, maxLength: 300 } }, ['id']),
  responses: { 200: { description: '{article, analysis}' }, 404: notFound },
};

const addSchema: RouteSchema = {
  summary: 'Analyse an article and store it (replacing an older copy with the same id)',
  tags: ['articles'],
  body: articleBodySchema,
  responses: {
    200: { description: '{id, outcome: "unchanged"}: the same text and date are already stored' },
    201: { description: '{id, outcome: "added" | "replaced", analysis}' },
    400: badRequest,
    413: { description: 'the body is over the size limit' },
  },
};

export function articleRoutes(app: FastifyInstance, { store, db, analyze }: ServeContext, postLimit: object): void {
  app.get<{ Querystring: ListQuery }>('/api/articles', { schema: listSchema }, async (request) => {
    const { limit, offset } = request.query;
    return { ...listArticles(db, request.query), limit, offset };
  });

  app.get<{ Params: { id: string } }>('/api/articles/:id', { schema: oneSchema }, async (request, reply) => {
    const found = getArticle(db, request.params.id);
    if (!found) throw new HttpError(404, `no article with id ${JSON.stringify(request.params.id)}`);
    const { analysisJson, ...article } = found;
    // The stored Analysis is already JSON: splice it in rather than parse and print it again.
    return reply.type('application/json').send(`{"article":${JSON.stringify(article)},"analysis":${analysisJson}}`);
  });

  app.post<{ Body: ArticleBody }>(
    '/api/articles',
    { schema: addSchema, config: { rateLimit: postLimit }, preValidation: rejectCoercedBody },
    async (request, reply) => {
      const input = toArticleInput(request.body);
      const stored = store.storedState(input.id);
      if (stored && stored.textHash === textHash(input.text) && stored.published === (input.published ?? null)) {
        return reply.code(200).send({ id: input.id, outcome: 'unchanged' });
      }
      const analysis = await analyze(input);
      const [result] = store.putBatch([{ article: input, analysis }]);
      if ('error' in result) throw new Error(result.error);
      return reply.code(201).send({ id: result.id, outcome: result.outcome, analysis });
    },
  );
}
