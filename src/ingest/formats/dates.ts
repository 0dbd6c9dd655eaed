// Feed and page dates (RFC 822 pubDate, ISO 8601 updated) as the store's YYYY-MM-DD day.

export function dayOf(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
