// A posted article, as plain text or as a web page, turned into the analyser's input.
import type { FastifyRequest } from 'fastify';
import { extractArticle } from '../ingest/extract/extract.js';
import type { ArticleInput } from '../analyze/types.js';
import { textHash } from '../store/text-hash.js';
import { HttpError } from './errors.js';
import { date, text } from './schemas.js';

export interface ArticleBody {
  id?: string;
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  published?: string;
  source?: string;
  byline?: string;
}

const MAX_CHARS = 1_000_000;

export const articleBodySchema = {
  type: 'object',
  description: 'Either text (the article body) or html (a news web page, whose article is extracted first).',
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 300, description: 'defaults to one made from the text' },
    text: { type: 'string', maxLength: MAX_CHARS },
    html: { type: 'string', maxLength: MAX_CHARS },
    url: text('where the article was found', 2000),
    title: text('the headline', 1000),
    published: { ...date('the reference date for relative dates'), pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
    source: text('the publisher', 300),
    byline: text('who wrote or gave it: names people a transcript or statement calls by surname alone', 1000),
  },
  additionalProperties: false,
} as const;

/**
 * The validator coerces values (so that ?limit=5 is a number); a body field that should be a
 * string must have been one before that, or {"text": 42} would pass as "42".
 */
export function rejectCoercedBody(request: FastifyRequest, _reply: unknown, done: (err?: Error) => void): void {
  const body = request.body as Record<string, unknown> | null;
  if (body && typeof body === 'object') {
    for (const [field, value] of Object.entries(body)) {
      if (typeof value !== 'string') return done(new HttpError(400, `bad body: ${field} must be a string`));
    }
  }
  done();
}

export function toArticleInput(body: ArticleBody): ArticleInput {
  if ((body.text === undefined) === (body.html === undefined)) {
    throw new HttpError(400, 'give either text or html (one of them, not both)');
  }
  if (body.html !== undefined) {
    const page = extractArticle(body.id ?? 'page', body.html, body.url ?? null);
    if (!page.text.trim()) throw new HttpError(400, 'no article text could be extracted from the html');
    return {
      id: body.id ?? `web-${textHash(page.text).slice(0, 16)}`,
      text: page.text,
      title: body.title ?? page.title,
      published: body.published ?? page.published,
      source: body.source ?? page.site,
      byline: body.byline ?? page.byline,
      url: body.url ?? null,
    };
  }
  const articleText = body.text as string;
  if (!articleText.trim()) throw new HttpError(400, 'text is empty');
  return {
    id: body.id ?? `web-${textHash(articleText).slice(0, 16)}`,
    text: articleText,
    title: body.title ?? null,
    published: body.published ?? null,
    source: body.source ?? null,
    byline: body.byline ?? null,
    url: body.url ?? null,
  };
}
