// Publication metadata of a news page: meta tags, JSON-LD, <time>, and dates in the URL.
import { isIsoDate } from '../article-input.js';

interface MetaDocument {
  querySelector(sel: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(sel: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
  'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]',
];

/** YYYY-MM-DD from an ISO timestamp or a few common date shapes, else null. */
export function toDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (iso && isIsoDate(iso[0])) return iso[0];
  const compact = value.trim().match(/^(\d{4})(\d{2})(\d{2})\b/);
  if (compact) {
    const day = `${compact[1]}-${compact[2]}-${compact[3]}`;
    if (isIsoDate(day)) return day;
  }
  const parsed = Date.parse(value);
  if (!Number.isNaN(parsed)) {
    const day = new Date(parsed).toISOString().slice(0, 10);
    if (Number(day.slice(0, 4)) > 1900) return day;
  }
  return null;
}

function jsonLdDates(doc: MetaDocument): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const raw = scripts[i].textContent;
    if (!raw) continue;
    const found = raw.match(/"datePublished"\s*:\s*"([^"]+)"/) ?? raw.match(/"dateCreated"\s*:\s*"([^"]+)"/);
    const day = toDay(found?.[1]);
    if (day) return day;
  }
  return null;
}

export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = url.match(/\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|[^\d])/);
  if (!m) return null;
  const day = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isIsoDate(day) ? day : null;
}

export function publishedDate(doc: MetaDocument, url?: string | null, readabilityTime?: string | null): string | null {
  for (const sel of DATE_META) {
    const day = toDay(doc.querySelector(sel)?.getAttribute('content'));
    if (day) return day;
  }
  return (
    toDay(readabilityTime) ??
    jsonLdDates(doc) ??
    toDay(doc.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    dateFromUrl(url)
  );
}

export function metaContent(doc: MetaDocument, selectors: string[]): string | null {
  for (const sel of selectors) {
    const v = doc.querySelector(sel)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}
