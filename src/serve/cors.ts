// CORS for one origin, only when the server is started with --cors ORIGIN: without it no response
// carries an Access-Control header, so other sites' pages cannot read the API from a browser.
import type { FastifyInstance } from 'fastify';

export function allowOrigin(app: FastifyInstance, origin: string): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.headers.origin !== origin) return;
    reply.header('Access-Control-Allow-Origin', origin);
    reply.header('Vary', 'Origin');
    if (request.method === 'OPTIONS') {
      reply.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      reply.header('Access-Control-Allow-Headers', 'Content-Type');
      reply.header('Access-Control-Max-Age', '600');
      return reply.code(204).send();
    }
  });
  // A preflight needs a route to reach the hook above.
  app.options('/api/*', async (_request, reply) => reply.code(204).send());
}
