// GET /api/actors (ranked by mentions) and GET /api/actors/:key (roles, quotes, events both ways,
// counterparts and the contested claims the actor is part of).
import type { FastifyInstance } from 'fastify';
import { listActors, resolveActorKey } from '../../store/queries/actor-list.js';
import { actorReport } from '../../store/queries/actor-report.js';
import type { ServeContext } from '../context.js';
import { HttpError } from '../errors.js';
import { badRequest, ENTITY_TYPES, notFound, paging, query, text, type Paging, type RouteSchema } from '../schemas.js';

interface ListQuery extends Paging {
  type?: string;
  country?: string;
  q?: string;
}

const listSchema: RouteSchema = {
  summary: 'Actors ranked by mentions, by type, country and name',
  tags: ['actors'],
  querystring: query({
    type: { type: 'string', enum: [...ENTITY_TYPES], description: 'entity type' },
    country: { type: 'string', pattern: '^[A-Za-z]{3}$', description: 'ISO 3166-1 alpha-3' },
    q: text('part of a name, or an exact actor code or kb id'),
    ...paging(200, 50),
  }),
  responses: { 200: { description: '{total, limit, offset, actors}' }, 400: badRequest },
};

const oneSchema: RouteSchema = {
  summary: "An actor's roles, quotes, events as source and as target, counterparts and contested claims",
  description:
    'key is the entity id or its key as /api/actors gives it (kb:ID or TYPE:name); the key of an entity merged into another (aliases: a surname alone, another form of a person’s name, initials) leads to that one.',
  tags: ['actors'],
  params: query({ key: { type: 'string', minLength: 1, maxLength: 300 } }, ['key']),
  querystring: query({
    limit: { type: 'integer', minimum: 1, maximum: 100, default: 10, description: 'per list, at most 100' },
  }),
  responses: {
    200: { description: '{entity, aliases, roles, roleSpans, quotes, asSource, asTarget, counterparts, contested}' },
    400: badRequest,
    404: notFound,
  },
};

export function actorRoutes(app: FastifyInstance, { db }: ServeContext): void {
  app.get<{ Querystring: ListQuery }>('/api/actors', { schema: listSchema }, async (request) => {
    const { limit, offset } = request.query;
    return { ...listActors(db, request.query), limit, offset };
  });

  app.get<{ Params: { key: string }; Querystring: { limit: number } }>(
    '/api/actors/:key',
    { schema: oneSchema },
    async (request) => {
      const found = resolveActorKey(db, request.params.key);
      const report = found ? actorReport(db, found.id, request.query.limit) : null;
      if (!report) throw new HttpError(404, `no actor with key ${JSON.stringify(request.params.key)}`);
      return report;
    },
  );
}
