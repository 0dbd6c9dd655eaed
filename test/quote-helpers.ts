// Shared by the quote tests: the quote layer alone over a text, and the quote covering some words.
import assert from 'node:assert/strict';
import { ArticleDocument } from '../src/analyze/document.js';
import { tokenizer } from '../src/analyze/nlp/wink.js';
import { quoteExtractor } from '../src/analyze/quotes/component.js';
import type { Quote } from '../src/analyze/types.js';

/** The quotes of `text`, found after tokenising only (no entity layer). */
export function quotes(text: string): Quote[] {
  const doc = new ArticleDocument({ id: 't', text });
  tokenizer.run(doc);
  quoteExtractor.run(doc);
  return doc.quotes;
}

/** The first quote whose span covers `words` of `text`; fails when the words or the quote are missing. */
export function covering(qs: Quote[], text: string, words: string): Quote {
  const at = text.indexOf(words);
  assert.ok(at >= 0, `test text lacks "${words}"`);
  const q = qs.find((x) => x.start <= at && x.end >= at + words.length);
  assert.ok(q, `no quote covers "${words}"`);
  return q;
}

/** The first quote of `text` cued by the word(s) `cue`; fails when there is none. */
export function cuedBy(text: string, cue: string): Quote {
  const q = quotes(text).find((x) => x.cue?.text === cue);
  assert.ok(q, `no quote cued by "${cue}" in: ${text}`);
  return q;
}
