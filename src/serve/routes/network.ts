// GET /api/network: actors as nodes, who-acts-on-whom as edges, for drawing the network.
import type { FastifyInstance } from 'fastify';
import { network } from '../../store/queries/network.js';
import type { ServeContext } from '../context.js';
import { badRequest, eventWindow, query, type EventWindowQuery, type RouteSchema } from '../schemas.js';

const schema: RouteSchema = {
  summary: 'The actor network: nodes with event counts, source→target edges with counts, types and CAMEO quad classes',
  description:
    'Quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict (from the ' +
    "event's CAMEO code). The edges reported most are kept, up to maxEdges, with their nodes.",
  tags: ['events'],
  querystring: query({
    ...eventWindow,
    maxEdges: { type: 'integer', minimum: 1, maximum: 5000, default: 500, description: 'at most 5000' },
  }),
  responses: { 200: { description: '{nodes, edges}' }, 400: badRequest },
};

export function networkRoutes(app: FastifyInstance, { db }: ServeContext): void {
  app.get<{ Querystring: EventWindowQuery & { maxEdges: number } }>('/api/network', { schema }, async (request) =>
    network(db, request.query),
  );
}
