// GET /api/contested: events one report asserts and another denies, with who does which and where.
import type { FastifyInstance } from 'fastify';
import { contestedClaims } from '../../store/queries/contested.js';
import type { ServeContext } from '../context.js';
import {
  badRequest,
  eventWindow,
  paging,
  query,
  type EventWindowQuery,
  type Paging,
  type RouteSchema,
} from '../schemas.js';

const { status: _status, ...window } = eventWindow;

const schema: RouteSchema = {
  summary: 'Contested claims: events with both asserting and denying reports',
  description:
    'Each claim lists the reports that assert it and those that deny it: who (null = the article itself), the ' +
    'article, and the trigger and sentence spans in that article.',
  tags: ['events'],
  querystring: query({ ...window, ...paging(100, 20) }),
  responses: { 200: { description: '{total, limit, offset, claims: [{event, asserted, denied}]}' }, 400: badRequest },
};

export function contestedRoutes(app: FastifyInstance, { db }: ServeContext): void {
  app.get<{ Querystring: Omit<EventWindowQuery, 'status'> & Paging }>('/api/contested', { schema }, async (request) => {
    const { limit, offset } = request.query;
    return { ...contestedClaims(db, request.query), limit, offset };
  });
}
