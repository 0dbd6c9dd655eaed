// Every error leaves as JSON {error}: validation and FTS syntax problems are 400s, the framework's own
// client errors keep their codes (413 for an oversized body), anything else is a logged 500.
import type { FastifyError, FastifyInstance } from 'fastify';
import { isFtsSyntaxError } from '../store/fts-query.js';
import { SearchQueryError } from '../store/queries/search.js';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      return reply.code(400).send({ error: `bad ${error.validationContext ?? 'request'}: ${error.message}` });
    }
    if (error instanceof SearchQueryError || isFtsSyntaxError(error)) {
      return reply.code(400).send({ error: `bad search query: ${error.message}` });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.code(status).send({ error: error.message });
    request.log.error(error);
    return reply.code(500).send({ error: 'internal error' });
  });
}
