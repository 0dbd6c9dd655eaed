// A news web page → its article: body text (Readability on linkedom), title, byline, date, site, language.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blocksToText } from './html-text.js';
import { metaContent, publishedDate } from './metadata.js';

export interface ExtractedArticle {
  id: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  site: string | null;
  lang: string | null;
  text: string;
  url?: string | null;
}

const clean = (s: string | null | undefined) => {
  const v = s?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
};

function siteFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function extractArticle(id: string, html: string, url?: string | null): ExtractedArticle {
  // fragments and broken pages parse to a document without a root: give them one
  let { document } = parseHTML(html);
  if (!document.documentElement || !document.body) {
    ({ document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`));
  }
  // metadata first: Readability mutates the document it reads
  const lang = clean(document.documentElement?.getAttribute('lang'))?.split(/[-_]/)[0]?.toLowerCase() ?? null;
  const metaTitle = metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const metaSite = metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const metaAuthor = metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]']);
  const published = publishedDate(document, url);
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: 300 }).parse();
  } catch {
    parsed = null; // a page Readability cannot read has no article body; its metadata still counts
  }
  let text = '';
  if (parsed?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    text = blocksToText(content.body as unknown as Parameters<typeof blocksToText>[0]);
  }
  return {
    id,
    title: clean(parsed?.title) ?? clean(metaTitle),
    byline: clean(parsed?.byline) ?? clean(metaAuthor),
    published: published ?? null,
    site: clean(parsed?.siteName) ?? clean(metaSite) ?? siteFromUrl(url),
    lang: lang ?? clean(parsed?.lang)?.split(/[-_]/)[0]?.toLowerCase() ?? null,
    text,
    ...(url ? { url } : {}),
  };
}
