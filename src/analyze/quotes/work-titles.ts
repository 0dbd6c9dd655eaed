// A quoted title of a work is no quotation: "his book ''The Art of the Deal''", "the Tom Hanks movie
// ''Bridge of Spies''", "a co-editor of ''Chick Lit: The New Woman's Fiction''", "its politics
// podcast, “So, That Happened.”" Such a span is set aside before the quote rules read the spans, so
// that none takes it for a speaker's words (a floating quote of the sentence's speaker, mostly).
import type { QuoteContext } from './context.js';

/** Nouns for a work with a title of its own, set before the title in quotation marks. */
const WORK_NOUNS = new Set([
  'book',
  'memoir',
  'novel',
  'biography',
  'film',
  'movie',
  'documentary',
  'show',
  'series',
  'sitcom',
  'podcast',
  'song',
  'anthem',
  'album',
  'play',
  'musical',
  'opera',
  'poem',
  'painting',
  'episode',
  'column',
  'segment',
  'program',
  'programme',
]);

/** Most words of a title (a longer quoted span is taken for a quotation). */
const MAX_TITLE_WORDS = 12;

/** Sets aside (as taken) each quoted span that is a work's title after its noun. */
export function setAsideWorkTitles(ctx: QuoteContext): void {
  const toks = ctx.doc.tokens;
  for (let si = 0; si < ctx.spans.length; si++) {
    const sp = ctx.spans[si];
    if (sp.close < 0) continue;
    let k = ctx.openToken[si] - 1;
    // "its politics podcast, “So, That Happened.”"
    if (toks[k]?.text === ',') k--;
    const noun = toks[k];
    if (!noun || noun.pos !== 'NOUN' || !WORK_NOUNS.has(noun.lemma)) continue;
    // a title is capitalised and short: "the show “is a disaster,” he said" quotes a verdict
    const first = ctx.doc.text.slice(sp.start, sp.end).trimStart();
    if (!/^\p{Lu}/u.test(first) || first.split(/\s+/).length > MAX_TITLE_WORDS) continue;
    ctx.taken.add(si);
  }
}
