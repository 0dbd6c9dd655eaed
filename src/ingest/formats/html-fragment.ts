// Text of an HTML fragment (a feed item's description or content) with the page extractor's rules.
import { parseHTML } from 'linkedom';
import { blocksToText } from '../extract/html-text.js';

/** Whether a feed field holds markup rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return /<\/?[a-z][a-z0-9]*(\s[^>]*)?\/?>/i.test(s) || /&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(s);
}

export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const body = document.body as unknown as Parameters<typeof blocksToText>[0];
  // The block filter drops short non-prose edges; a one-line teaser is all some feeds give.
  return blocksToText(body) || (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
