// Reads articles from files: a .jsonl file gives one article a line, any other file is one plain-text
// article named by its file name. A bad line or an unreadable file becomes an error item; reading goes on.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ArticleRecord } from '../store/store.js';
import { articleFromRecord } from './article-input.js';
import { readLines } from './lines.js';

export type InputFormat = 'text' | 'jsonl';

/** An article ready to analyse, or what is wrong with one; `where` is file:line for messages. */
export type SourceItem =
  { ok: true; article: ArticleRecord; where: string } | { ok: false; id: string; error: string; where: string };

export function formatOf(file: string, override?: InputFormat): InputFormat {
  if (override) return override;
  return extname(file).toLowerCase() === '.jsonl' || file === '-' ? 'jsonl' : 'text';
}

/** One JSONL line: the contract's article fields (validated by article-input.ts) plus its licence. */
export function recordFromJsonLine(
  line: string,
  fallbackId: string,
): { ok: true; article: ArticleRecord } | { ok: false; id: string; error: string } {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    return { ok: false, id: fallbackId, error: `not JSON: ${(e as Error).message}` };
  }
  const result = articleFromRecord(record, fallbackId);
  if (!result.ok) return { ok: false, id: result.id ?? fallbackId, error: result.error };
  const license = (record as Record<string, unknown>).license;
  return { ok: true, article: { ...result.article, license: typeof license === 'string' ? license : null } };
}

async function* readJsonl(file: string): AsyncGenerator<SourceItem> {
  const name = file === '-' ? 'stdin' : basename(file);
  let lineNo = 0;
  for await (const line of readLines(file)) {
    lineNo++;
    if (!line.trim()) continue;
    const where = `${file}:${lineNo}`;
    const result = recordFromJsonLine(line, `${name}:line-${lineNo}`);
    yield { ...result, where };
  }
}

async function* readText(file: string): AsyncGenerator<SourceItem> {
  const text = await readFile(file, 'utf8');
  yield { ok: true, article: { id: basename(file), text }, where: file };
}

export async function* readArticles(files: string[], format?: InputFormat): AsyncGenerator<SourceItem> {
  for (const file of files) {
    const reader = formatOf(file, format) === 'jsonl' ? readJsonl(file) : readText(file);
    try {
      yield* reader;
    } catch (e) {
      yield { ok: false, id: basename(file), error: `cannot read ${file}: ${(e as Error).message}`, where: file };
    }
  }
}
