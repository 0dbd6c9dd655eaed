// Writes data/lexicons/given-names.txt: the English given names of data/sources/moby-first-names.txt
// (Moby Word II, public domain) that news does not also use as common words. A name written in lower
// case in at least 5% of its sightings inside running text of the unlabelled corpora ("north",
// "will", "bill", "rose", "bank") is left out; a name the corpora never show is kept.
//   npm run build:given-names [-- --shared ../shared]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusTexts } from './kb-news-casing.js';
import { sharedOption } from './options.js';

/** The lower-case share of a name's running-text sightings from which it counts as a common word. */
const COMMON_WORD_SHARE = 0.05;
/** Names news writes mostly in bodies' and places' names, as adjectives ("Royal Navy", "Royal Highness"). */
const NAME_WORDS_OF_BODIES = new Set(['Royal']);
const CORPORA = ['pdnews.jsonl', 'reuters21578.jsonl', 'bbc.jsonl'];

const source = join(process.cwd(), 'data', 'sources', 'moby-first-names.txt');
const names = readFileSync(source, 'utf8').split('\n').filter(Boolean);
const keys = new Set(names.map((n) => n.toLowerCase()));

// a word after a lower-case word or a comma stands inside a sentence: its case is the word's own
const lower = new Map<string, number>();
const capital = new Map<string, number>();
const shared = sharedOption();
for (const text of corpusTexts(CORPORA.map((f) => join(shared, 'data', 'corpus', f)))) {
  for (const m of text.matchAll(/(?<=[a-z,;] )[A-Za-z]+/g)) {
    const w = m[0];
    const k = w.toLowerCase();
    if (!keys.has(k)) continue;
    const counts = w === k ? lower : /^[A-Z][a-z]/.test(w) ? capital : null;
    counts?.set(k, (counts.get(k) ?? 0) + 1);
  }
}
const common = (k: string) => {
  const lo = lower.get(k) ?? 0;
  return lo > 0 && lo / (lo + (capital.get(k) ?? 0)) >= COMMON_WORD_SHARE;
};
const kept = names.filter((n) => !common(n.toLowerCase()) && !NAME_WORDS_OF_BODIES.has(n));
const out = join(process.cwd(), 'data', 'lexicons');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'given-names.txt'), kept.join('\n') + '\n');
console.log(`${kept.length} of ${names.length} given names kept (${names.length - kept.length} common words left out)`);
