// Headlines in title case ("Hillary Clinton Slams Donald Trump On Abortion"): the tagger reads their
// verbs as names, so the entity and quote layers know such a verb by its form and the cue lexicon.
import type { Token } from '../document.js';
import { quoteLexicon as lex } from '../quotes/lexicon.js';

/** The fewest capitalised words (of every three) that make a line a headline in title case. */
const TITLE_CASE_SHARE = 2 / 3;
/** The fewest words of such a headline. */
const MIN_HEADLINE_WORDS = 4;

/** How many tokens of [first, end) are words, and how many of those open with a capital. */
export function capitalisedWords(
  toks: readonly Token[],
  first: number,
  end: number,
): { words: number; capitalised: number } {
  let words = 0;
  let capitalised = 0;
  for (let k = first; k < end; k++) {
    if (!/^\p{L}/u.test(toks[k].text)) continue;
    words++;
    if (/^\p{Lu}/u.test(toks[k].text)) capitalised++;
  }
  return { words, capitalised };
}

/** Whether most words of tokens [first, end) are capitalised: a headline in title case. */
export function titleCaseLine(toks: readonly Token[], first: number, end: number): boolean {
  const { words, capitalised } = capitalisedWords(toks, first, end);
  return words >= MIN_HEADLINE_WORDS && capitalised >= words * TITLE_CASE_SHARE;
}

/**
 * Whether every word of four letters or more in tokens [first, end) is capitalised, at least
 * MIN_HEADLINE_WORDS of them: a headline in strict title case ("Marine Le Pen Backs Trump And Denounces
 * Clinton."), not a line of names with a lower-case word or two ("Talks with Kim Jong Un Resume").
 */
export function everyWordCapitalised(toks: readonly Token[], first: number, end: number): boolean {
  let words = 0;
  for (let k = first; k < end; k++) {
    const text = toks[k].text;
    if (text.length < 4 || !/^\p{L}+$/u.test(text)) continue;
    if (!/^\p{Lu}/u.test(text)) return false;
    words++;
  }
  return words >= MIN_HEADLINE_WORDS;
}

/** Whether token k stands in a line of its own that is a headline in title case. */
export function inTitleCaseLine(toks: readonly Token[], k: number): boolean {
  const isLineBreak = (t: Token) => t.pos === 'SPACE' || t.text.includes('\n');
  let first = k;
  while (first > 0 && !isLineBreak(toks[first - 1])) first--;
  let end = k + 1;
  while (end < toks.length && !isLineBreak(toks[end])) end++;
  return titleCaseLine(toks, first, end);
}

/**
 * Whether a headline's capitalised word is a listed cue's verb: a form in -s ("Slams", "Praises",
 * "Tells"), or the plain form after a plural subject ("Black Lawmakers Rip", "New Polls Show").
 */
export function headlineVerb(lower: string, before: Token): boolean {
  const listed = (w: string) => lex.speech.has(w) || lex.object.has(w) || lex.cognition.has(w);
  if (/[^s]s$/.test(lower)) {
    const stems = [lower.slice(0, -1)];
    // ("-es" after a sibilant only: "Bashes" is "bash", "Telles" no "tell")
    if (/(?:s|sh|ch|x|z)es$/.test(lower)) stems.push(lower.slice(0, -2));
    if (lower.endsWith('ies')) stems.push(lower.slice(0, -3) + 'y');
    return stems.some(listed);
  }
  return /[^s']s$/.test(before.lower) && listed(lower);
}
