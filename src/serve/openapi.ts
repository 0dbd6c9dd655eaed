// The OpenAPI 3 document, written from the schemas the routes validate with: every route registered
// under /api is collected as it is added, so the document cannot forget one.
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { RouteSchema } from './schemas.js';

interface Operation {
  summary: string;
  description?: string;
  tags: string[];
  parameters: object[];
  requestBody?: object;
  responses: Record<string, object>;
}

type JsonSchema = { properties?: Record<string, object>; required?: string[] };

const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z_]\w*)/g, '{$1}');

function parameters(schema: RouteSchema): object[] {
  const out: object[] = [];
  for (const [where, part] of [
    ['path', schema.params],
    ['query', schema.querystring],
  ] as const) {
    const s = part as JsonSchema | undefined;
    for (const [name, prop] of Object.entries(s?.properties ?? {})) {
      const { description, ...rest } = prop as { description?: string };
      out.push({
        name,
        in: where,
        required: where === 'path' || (s?.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  }
  return out;
}

function operation(schema: RouteSchema): Operation {
  return {
    summary: schema.summary,
    ...(schema.description ? { description: schema.description } : {}),
    tags: schema.tags,
    parameters: parameters(schema),
    ...(schema.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: schema.body } } } }
      : {}),
    responses: Object.fromEntries(
      Object.entries(schema.responses).map(([code, r]) => [
        code,
        { description: r.description, ...(r.schema ? { content: { 'application/json': { schema: r.schema } } } : {}) },
      ]),
    ),
  };
}

/** Records each /api route's schema as it is registered; document() then writes them out. */
export class OpenApiCollector {
  private readonly paths = new Map<string, Record<string, Operation>>();

  constructor(private readonly version: string) {}

  attach(app: FastifyInstance): void {
    app.addHook('onRoute', (route: RouteOptions) => {
      const schema = route.schema as RouteSchema | undefined;
      if (!route.url.startsWith('/api/') || !schema?.summary) return;
      const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
      const path = toOpenApiPath(route.url);
      const entry = this.paths.get(path) ?? {};
      for (const method of methods) entry[method.toLowerCase()] = operation(schema);
      this.paths.set(path, entry);
    });
  }

  document(): object {
    return {
      openapi: '3.0.3',
      info: {
        title: 'Dossier API',
        version: this.version,
        description:
          'Source-attributed records from news articles: entities, quotes, PLOVER events with who asserts and ' +
          'who denies them, and times. Spans are UTF-16 offsets into the stored article text.',
      },
      paths: Object.fromEntries([...this.paths.entries()].sort(([a], [b]) => a.localeCompare(b))),
    };
  }
}
