// POST /api/analyze: an article in, its Analysis out (nothing is stored).
import type { FastifyInstance } from 'fastify';
import { articleBodySchema, rejectCoercedBody, toArticleInput, type ArticleBody } from '../article-input.js';
import type { ServeContext } from '../context.js';
import { badRequest, type RouteSchema } from '../schemas.js';

const schema: RouteSchema = {
  summary: 'Analyse an article without storing it',
  description:
    'Returns the Analysis (CONTRACT.md) with the text it was made from (for html, the extracted article) and ' +
    'its title: every span indexes that text.',
  tags: ['analysis'],
  body: articleBodySchema,
  responses: {
    200: { description: 'the Analysis, plus text and title' },
    400: badRequest,
    413: { description: 'the body is over the size limit' },
  },
};

export function analyzeRoutes(app: FastifyInstance, { analyze }: ServeContext, postLimit: object): void {
  app.post<{ Body: ArticleBody }>(
    '/api/analyze',
    { schema, config: { rateLimit: postLimit }, preValidation: rejectCoercedBody },
    async (request) => {
      const input = toArticleInput(request.body);
      const analysis = await analyze(input);
      return { ...analysis, text: input.text, title: input.title ?? null };
    },
  );
}
