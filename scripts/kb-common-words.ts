// Which one-word aliases of KB bodies are common words. The Phoenix dictionaries list under a body
// its translations and nicknames: Shahin's "Falcon", Al-Aqsa Martyrs' "Martyrs", a party's "Front".
// News writes such a word in lower case far more often than with a capital; a capitalised use of it
// ("the Falcon", a Ford model) is then some other name, not that body. The unlabelled news corpora
// decide: counted inside sentences (a sentence's first word shows no casing), a word written in lower
// case at least as often as with a capital, and seen often enough, is a common word. Names news writes
// with a capital (Hamas, Likud, Mossad, Taliban) are not.
import { corpusTexts } from './kb-news-casing.js';

/** Fewer sightings than this in running text say nothing: the alias stays. */
const MIN_SIGHTINGS = 5;
/** The share of sightings in lower case from which a word is a common word. */
const LOWER_SHARE = 0.5;

export interface CasingCounts {
  /** Written all in lower case. */
  lower: number;
  /** Written with a capital inside a sentence (not after . ? ! : or a line start). */
  capital: number;
}

/** Counts, per word of `words` (lower case), its lower-case and capitalised forms inside sentences. */
export function countInnerCasing(texts: Iterable<string>, words: ReadonlySet<string>): Map<string, CasingCounts> {
  const counts = new Map<string, CasingCounts>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      // a line in capitals or in title case (a header, a headline) shows no casing
      if (!/\p{Ll}{3}/u.test(line) || titleCased(line)) continue;
      for (const m of line.matchAll(/\p{L}[\p{L}'’]*/gu)) {
        const w = m[0];
        const lower = w.toLowerCase();
        if (!words.has(lower)) continue;
        // letters glued to a hyphen are part of a longer word ("Falcon-class", "anti-Front")
        const before = line[m.index - 1] ?? '';
        const after = line[m.index + w.length] ?? '';
        if (before === '-' || after === '-') continue;
        const c = counts.get(lower) ?? { lower: 0, capital: 0 };
        if (w === lower) c.lower++;
        else if (!sentenceStart(line, m.index)) c.capital++;
        counts.set(lower, c);
      }
    }
  }
  return counts;
}

/** Whether the text before `at` ends a sentence (or is empty), quotes and brackets aside. */
function sentenceStart(line: string, at: number): boolean {
  const before = line.slice(0, at).replace(/[\s"'“”‘’([]+$/u, '');
  return before === '' || /[.?!:;]$/.test(before);
}

/** A line most of whose longer words start with a capital (a headline, a title). */
function titleCased(line: string): boolean {
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3) return false;
  const capitals = words.filter((w) => w[0] !== w[0].toLowerCase()).length;
  return capitals / words.length > 0.6;
}

/** Whether counts say news usually writes the word in lower case. */
export function isCommonWord(c: CasingCounts | undefined): boolean {
  if (!c) return false;
  const seen = c.lower + c.capital;
  return seen >= MIN_SIGHTINGS && c.lower >= LOWER_SHARE * seen;
}

/** The words (lower case) among `words` that news usually writes in lower case, by the corpora. */
export function commonWords(words: Iterable<string>, corpusFiles: string[]): Map<string, CasingCounts> {
  const wanted = new Set([...words].map((w) => w.toLowerCase()));
  const out = new Map<string, CasingCounts>();
  for (const [w, c] of countInnerCasing(corpusTexts(corpusFiles), wanted)) if (isCommonWord(c)) out.set(w, c);
  return out;
}
