// Reads articles from files and folders: a .jsonl file gives one article a line, an RSS or Atom feed
// one per item, an HTML page one (through the page extractor), any other file one plain-text article.
// A bad line or an unreadable file becomes an error item with its reason; reading goes on.
import { readFile } from 'node:fs/promises';
import type { ArticleRecord } from '../store/store.js';
import { articleFromRecord } from './article-input.js';
import { extractArticle } from './extract/extract.js';
import { formatOf, inputFiles, type InputFormat } from './files.js';
import { parseFeed } from './formats/feed.js';
import { readLines } from './lines.js';

export { formatOf, type InputFormat };

/** An article ready to analyse, or what is wrong with one; `where` is file:line for messages. */
export type SourceItem =
  { ok: true; article: ArticleRecord; where: string } | { ok: false; id: string; error: string; where: string };

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

async function* readJsonl(file: string, name: string): AsyncGenerator<SourceItem> {
  let lineNo = 0;
  for await (const line of readLines(file)) {
    lineNo++;
    if (!line.trim()) continue;
    const where = `${file}:${lineNo}`;
    const result = recordFromJsonLine(line, `${name}:line-${lineNo}`);
    yield { ...result, where };
  }
}

async function* readText(file: string, name: string): AsyncGenerator<SourceItem> {
  const text = await readFile(file, 'utf8');
  if (!text.trim()) yield { ok: false, id: name, error: 'the file is empty', where: file };
  else yield { ok: true, article: { id: name, text }, where: file };
}

async function* readHtml(file: string, name: string): AsyncGenerator<SourceItem> {
  const page = extractArticle(name, await readFile(file, 'utf8'));
  if (!page.text.trim()) {
    yield { ok: false, id: name, error: 'no article text found in the page', where: file };
    return;
  }
  const article = {
    id: name,
    text: page.text,
    title: page.title,
    published: page.published,
    source: page.site,
    byline: page.byline,
  };
  yield { ok: true, article: { ...article, url: page.url ?? null }, where: file };
}

async function* readFeed(file: string, name: string): AsyncGenerator<SourceItem> {
  const results = parseFeed(await readFile(file, 'utf8'), name);
  for (const [i, r] of results.entries()) yield { ...r, where: `${file}#${i + 1}` };
}

const READERS: Record<InputFormat, (file: string, name: string) => AsyncGenerator<SourceItem>> = {
  jsonl: readJsonl,
  text: readText,
  html: readHtml,
  feed: readFeed,
};

export async function* readArticles(paths: string[], format?: InputFormat): AsyncGenerator<SourceItem> {
  for await (const file of inputFiles(paths, format)) {
    if (!file.ok) {
      yield { ok: false, id: file.path, error: file.error, where: file.path };
      continue;
    }
    try {
      yield* READERS[file.format](file.path, file.name);
    } catch (e) {
      yield { ok: false, id: file.name, error: `cannot read ${file.path}: ${(e as Error).message}`, where: file.path };
    }
  }
}
