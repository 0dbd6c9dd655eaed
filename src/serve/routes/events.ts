// GET /api/events: events by source, target, type, status and date, each with every report of it.
import type { FastifyInstance } from 'fastify';
import { eventPage } from '../../store/queries/event-window.js';
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

const schema: RouteSchema = {
  summary: 'Events by source, target, PLOVER type, report status and date, most reported first',
  description:
    "An event's date is its own time value when that is a calendar date, else the earliest publication date of " +
    'the articles that report it; a month or year is in range when it overlaps from..to.',
  tags: ['events'],
  querystring: query({ ...eventWindow, ...paging(200, 50) }),
  responses: { 200: { description: '{total, limit, offset, events}' }, 400: badRequest },
};

export function eventRoutes(app: FastifyInstance, { db }: ServeContext): void {
  app.get<{ Querystring: EventWindowQuery & Paging }>('/api/events', { schema }, async (request) => {
    const { limit, offset } = request.query;
    return { ...eventPage(db, request.query), limit, offset };
  });
}
