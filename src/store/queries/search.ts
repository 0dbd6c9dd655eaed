// Full-text search over articles (title and text) and over quotes, best matches first, with snippets.
import type Database from 'better-sqlite3';
import { isFtsSyntaxError, quoteTerms } from '../fts-query.js';
import type { ArticleHit, SearchOptions, SearchResult } from '../store.js';
import { QUOTE_COLUMNS, QUOTE_JOINS, toQuoteRow } from './quotes.js';

/** Where a snippet's matched terms start and end. Plain text: the caller escapes or styles them. */
export const MARK_OPEN = '«';
export const MARK_CLOSE = '»';

export class SearchQueryError extends Error {}

export function search(db: Database.Database, text: string, options: SearchOptions = {}): SearchResult {
  const limit = options.limit ?? 10;
  const query = options.raw ? text : quoteTerms(text);
  if (!query.trim()) return { query, articles: [], quotes: [] };
  try {
    const articles = db
      .prepare(
        `SELECT a.id AS article, a.title, a.published, a.url, a.source,
           snippet(article_fts, 1, @open, @close, '…', 16) AS snippet
         FROM article_fts JOIN article a ON a.n = article_fts.rowid
         WHERE article_fts MATCH @query ORDER BY bm25(article_fts, 5.0, 1.0) LIMIT @limit`,
      )
      .all({ query, limit, open: MARK_OPEN, close: MARK_CLOSE }) as ArticleHit[];
    const quotes = db
      .prepare(
        `SELECT ${QUOTE_COLUMNS}, highlight(quote_fts, 0, @open, @close) AS snippet
         FROM quote_fts JOIN quote q ON q.id = quote_fts.rowid ${QUOTE_JOINS}
         WHERE quote_fts MATCH @query ORDER BY rank LIMIT @limit`,
      )
      .all({ query, limit, open: MARK_OPEN, close: MARK_CLOSE }) as Parameters<typeof toQuoteRow>[0][];
    return { query, articles, quotes: quotes.map(toQuoteRow) };
  } catch (e) {
    if (isFtsSyntaxError(e)) {
      throw new SearchQueryError(`not a valid FTS5 query: ${JSON.stringify(text)} (${(e as Error).message})`);
    }
    throw e;
  }
}
