// Stored articles: a page of them by words, source, published date and entity; one with its Analysis.
import type Database from 'better-sqlite3';
import { quoteTerms } from '../fts-query.js';
import { containsPattern } from './like.js';
import { MARK_CLOSE, MARK_OPEN } from './search.js';
import { periodWhere } from './period.js';

export interface ArticleFilter {
  /** Words that must all appear in the title or text (quoted for FTS5, so never a syntax error). */
  q?: string;
  source?: string;
  from?: string;
  to?: string;
  /** An entity's id, key (kb:ID or TYPE:name) or exact name. */
  entity?: string;
  limit: number;
  offset: number;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  source: string | null;
  published: string | null;
  url: string | null;
  license: string | null;
  duplicateOf: string | null;
  analysedAt: string;
  snippet?: string;
}

export interface ArticlePage {
  total: number;
  articles: ArticleSummary[];
}

const SUMMARY_COLUMNS = `a.id, a.title, a.source, a.published, a.url, a.license, a.duplicate_of AS duplicateOf,
  a.analysed_at AS analysedAt`;

export function listArticles(db: Database.Database, filter: ArticleFilter): ArticlePage {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  let from = 'article a';
  let order = 'a.published DESC, a.id';
  let snippet = '';
  if (filter.q !== undefined) {
    const match = quoteTerms(filter.q);
    if (!match) return { total: 0, articles: [] };
    from = 'article_fts JOIN article a ON a.n = article_fts.rowid';
    where.push('article_fts MATCH @match');
    params.match = match;
    order = 'bm25(article_fts, 5.0, 1.0)';
    snippet = `, snippet(article_fts, 1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 16) AS snippet`;
  }
  if (filter.source?.trim()) {
    where.push(`a.source LIKE @source ESCAPE '\\'`);
    params.source = containsPattern(filter.source.trim());
  }
  where.push(...periodWhere('a.published', filter, params));
  if (filter.entity?.trim()) {
    const term = filter.entity.trim();
    where.push(`EXISTS (SELECT 1 FROM mention m JOIN entity e ON e.id = m.entity WHERE m.article = a.id
      AND (e.id = @entityId OR e.key = @entity OR e.name = @entity COLLATE NOCASE))`);
    params.entity = term;
    params.entityId = /^\d+$/.test(term) ? Number(term) : -1;
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM ${from} ${whereSql}`).get(params) as { n: number }).n;
  const articles = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}${snippet} FROM ${from} ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: filter.limit, offset: filter.offset }) as ArticleSummary[];
  return { total, articles };
}

export interface StoredArticle extends ArticleSummary {
  text: string;
  /** The Analysis as stored: JSON text, so a caller can pass it on without parsing it. */
  analysisJson: string;
}

export function getArticle(db: Database.Database, id: string): StoredArticle | null {
  const row = db
    .prepare(`SELECT ${SUMMARY_COLUMNS}, a.text, a.analysis AS analysisJson FROM article a WHERE a.id = ?`)
    .get(id) as StoredArticle | undefined;
  return row ?? null;
}
