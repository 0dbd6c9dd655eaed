// Turns one raw input record into an ArticleInput, or says exactly what is wrong with it.
import type { ArticleInput } from '../analyze/types.js';

export type InputResult = { ok: true; article: ArticleInput } | { ok: false; id: string | null; error: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** Dates as the corpora give them: YYYY-MM-DD, or a longer ISO timestamp cut to its day. */
export function normalisePublished(value: unknown): { value: string | null; error?: string } {
  if (value === undefined || value === null || value === '') return { value: null };
  if (typeof value !== 'string') return { value: null, error: `"published" is not a string` };
  const day = value.slice(0, 10);
  if (!isIsoDate(day)) return { value: null, error: `"published" is not a YYYY-MM-DD date: ${JSON.stringify(value)}` };
  return { value: day };
}

const optionalString = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function articleFromRecord(record: unknown, fallbackId: string): InputResult {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { ok: false, id: null, error: 'the line is not a JSON object' };
  }
  const r = record as Record<string, unknown>;
  const id = typeof r.id === 'string' && r.id ? r.id : typeof r.id === 'number' ? String(r.id) : fallbackId;
  if (!('text' in r) || r.text === null || r.text === undefined) return { ok: false, id, error: 'no "text" field' };
  if (typeof r.text !== 'string') return { ok: false, id, error: `"text" is a ${typeof r.text}, not a string` };
  // Some corpora (Reuters-21578) name the publication time "date"; one not ISO is ignored, not an error.
  const date = typeof r.date === 'string' && isIsoDate(r.date.slice(0, 10)) ? r.date : undefined;
  const published = normalisePublished(r.published ?? date);
  if (published.error) return { ok: false, id, error: published.error };
  return {
    ok: true,
    article: {
      id,
      text: r.text,
      published: published.value,
      title: optionalString(r.title),
      source: optionalString(r.source),
      url: optionalString(r.url),
      byline: optionalString(r.byline),
    },
  };
}

export function articleFromJsonLine(line: string, lineNo: number): InputResult {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    return { ok: false, id: `line-${lineNo}`, error: `line ${lineNo} is not JSON: ${(e as Error).message}` };
  }
  const result = articleFromRecord(record, `line-${lineNo}`);
  if (!result.ok && result.id === null) {
    result.id = `line-${lineNo}`;
    result.error = `line ${lineNo}: ${result.error}`;
  }
  return result;
}
