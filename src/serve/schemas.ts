// JSON Schema pieces shared by the routes: they validate requests (a bad value is a 400 before any
// query runs) and describe the parameters in the OpenAPI document.
import type { FastifySchema } from 'fastify';
import { EVENT_STATUSES, PLOVER_TYPES } from '../analyze/types.js';

/** A route's schema plus what only the OpenAPI document needs. */
export interface RouteSchema extends FastifySchema {
  summary: string;
  description?: string;
  tags: string[];
  /** Status code → what it means (and, where worth saying, the body's shape). */
  responses: Record<string, { description: string; schema?: object }>;
}

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'MISC'] as const;

export const text = (description: string, maxLength = 200) => ({ type: 'string', maxLength, description }) as const;

export const date = (description: string) =>
  ({
    type: 'string',
    pattern: '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$',
    description: `${description} (YYYY, YYYY-MM or YYYY-MM-DD)`,
  }) as const;

export const paging = (max: number, byDefault: number) =>
  ({
    limit: { type: 'integer', minimum: 1, maximum: max, default: byDefault, description: `at most ${max}` },
    offset: { type: 'integer', minimum: 0, maximum: 100000, default: 0 },
  }) as const;

export const eventType = { type: 'string', enum: [...PLOVER_TYPES], description: 'PLOVER event type' } as const;
export const eventStatus = { type: 'string', enum: [...EVENT_STATUSES], description: 'status of a report' } as const;

export const eventWindow = {
  source: text('source actor: a code (USA matches USAGOV) or part of a name'),
  target: text('target actor: a code or part of a name'),
  type: eventType,
  status: eventStatus,
  from: date('events on or after'),
  to: date('events on or before'),
} as const;

export const query = (properties: Record<string, object>, required: string[] = []) =>
  ({ type: 'object', properties, required, additionalProperties: false }) as const;

export const errorBody = {
  type: 'object',
  properties: { error: { type: 'string' } },
  required: ['error'],
} as const;

export const badRequest = { description: 'a parameter is missing or malformed', schema: errorBody };
export const notFound = { description: 'no such item', schema: errorBody };

export interface Paging {
  limit: number;
  offset: number;
}

export interface EventWindowQuery {
  source?: string;
  target?: string;
  type?: string;
  status?: string;
  from?: string;
  to?: string;
}
