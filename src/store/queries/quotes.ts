// Quotes by speaker and by words in them.
import type Database from 'better-sqlite3';
import { quoteTerms } from '../fts-query.js';
import type { QuoteFilter, QuoteRow } from '../store.js';
import { containsPattern } from './like.js';

export const QUOTE_COLUMNS = `q.kind, q.start, q."end", q.text, q.cue_text, q.speaker, q.speaker_name,
  coalesce(s.name, q.speaker_name) AS speaker_display, q.rule, q.speaker_rule,
  (SELECT json_group_array(json_object('entity', w.entity, 'name', coalesce(we.name, w.name)))
     FROM (SELECT * FROM quote_with WHERE quote = q.id ORDER BY position) w
     LEFT JOIN entity we ON we.id = w.entity) AS with_json,
  q.reported_by, coalesce(rb.name, q.reported_by_name) AS reported_by_display,
  a.id AS article, a.title, a.published, a.url`;

export const QUOTE_JOINS = `JOIN article a ON a.id = q.article LEFT JOIN entity s ON s.id = q.speaker
  LEFT JOIN entity rb ON rb.id = q.reported_by`;

interface QuoteDbRow {
  kind: string;
  start: number;
  end: number;
  text: string;
  cue_text: string | null;
  speaker: number | null;
  speaker_name: string | null;
  speaker_display: string | null;
  rule: string | null;
  speaker_rule: string | null;
  /** JSON array of the quote's other speakers ('[]' for none). */
  with_json: string | null;
  reported_by: number | null;
  reported_by_display: string | null;
  article: string;
  title: string | null;
  published: string | null;
  url: string | null;
  snippet?: string;
}

export function toQuoteRow(r: QuoteDbRow): QuoteRow {
  return {
    article: r.article,
    title: r.title,
    published: r.published,
    url: r.url,
    kind: r.kind,
    start: r.start,
    end: r.end,
    text: r.text,
    ...(r.snippet !== undefined ? { snippet: r.snippet } : {}),
    cue: r.cue_text,
    speaker: r.speaker_display ? { entity: r.speaker, name: r.speaker_display } : null,
    ...withOf(r.with_json),
    ...(r.reported_by_display ? { reportedBy: { entity: r.reported_by, name: r.reported_by_display } } : {}),
    rule: r.rule,
    speakerRule: r.speaker_rule,
  };
}

/** The quote's other speakers, when it has any. */
function withOf(json: string | null): Pick<QuoteRow, 'with'> {
  const others = json ? (JSON.parse(json) as { entity: number | null; name: string }[]) : [];
  return others.length ? { with: others } : {};
}

export function quotes(db: Database.Database, filter: QuoteFilter): QuoteRow[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: filter.limit ?? 50 };
  let from = `quote q ${QUOTE_JOINS}`;
  if (filter.speaker?.trim()) {
    const term = filter.speaker.trim();
    // (a quote said together counts for each of its speakers)
    where.push(`(s.name LIKE @speakerLike ESCAPE '\\' OR q.speaker_name LIKE @speakerLike ESCAPE '\\'
      OR s.actor = @speaker COLLATE NOCASE OR s.kb = @speaker
      OR q.id IN (SELECT w.quote FROM quote_with w LEFT JOIN entity we ON we.id = w.entity
        WHERE coalesce(we.name, w.name) LIKE @speakerLike ESCAPE '\\' OR we.actor = @speaker COLLATE NOCASE
          OR we.kb = @speaker))`);
    params.speaker = term;
    params.speakerLike = containsPattern(term);
  }
  if (filter.reportedBy?.trim()) {
    const term = filter.reportedBy.trim();
    where.push(`(rb.name LIKE @reporterLike ESCAPE '\\' OR q.reported_by_name LIKE @reporterLike ESCAPE '\\'
      OR rb.actor = @reporter COLLATE NOCASE OR rb.kb = @reporter)`);
    params.reporter = term;
    params.reporterLike = containsPattern(term);
  }
  if (filter.text !== undefined) {
    const match = quoteTerms(filter.text);
    if (!match) return [];
    from = `quote_fts JOIN quote q ON q.id = quote_fts.rowid ${QUOTE_JOINS}`;
    where.push('quote_fts MATCH @match');
    params.match = match;
  }
  const sql = `SELECT ${QUOTE_COLUMNS} FROM ${from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY a.published DESC, a.id, q.start LIMIT @limit`;
  return (db.prepare(sql).all(params) as QuoteDbRow[]).map(toQuoteRow);
}
