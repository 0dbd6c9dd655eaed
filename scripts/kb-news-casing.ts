// How news writes a short body name the KB source only gives in one case: "HAMAS_" could be an
// acronym (NATO, UNITA) or a word (Hamas, Amal, Likud). The unlabelled news corpora decide: a name
// written with one capital far more often than in capitals, in running text, keeps one capital.
import { existsSync, readFileSync } from 'node:fs';

/** Fewer sightings than this in running text say nothing: the name stays in capitals. */
const MIN_SIGHTINGS = 3;
/** One capital must be this many times as common as all capitals. */
const DOMINANCE = 2;

/** Counts, per lower-cased word of `words`, its title-case and all-capital forms in running text. */
function countForms(texts: Iterable<string>, words: Set<string>): Map<string, { title: number; caps: number }> {
  const counts = new Map<string, { title: number; caps: number }>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      // a line in capitals (a header, a speaker label) shows no casing
      if (!/\p{Ll}{3}/u.test(line)) continue;
      for (const m of line.matchAll(/\b[A-Z][A-Za-z]{1,4}\b/g)) {
        const w = m[0];
        const lower = w.toLowerCase();
        if (!words.has(lower)) continue;
        const c = counts.get(lower) ?? { title: 0, caps: 0 };
        if (w === w.toUpperCase()) c.caps++;
        else if (w.slice(1) === lower.slice(1)) c.title++;
        counts.set(lower, c);
      }
    }
  }
  return counts;
}

/** The `text` field of each line of the JSONL files that exist. */
export function* corpusTexts(files: string[]): Generator<string> {
  for (const f of files) {
    if (!existsSync(f)) continue;
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      yield (JSON.parse(line) as { text?: string }).text ?? '';
    }
  }
}

/** The short names (lower case) that news writes with one capital rather than as an acronym. */
export function wordLikeNames(shortNames: Iterable<string>, corpusFiles: string[]): Set<string> {
  const words = new Set([...shortNames].map((n) => n.toLowerCase()));
  const out = new Set<string>();
  for (const [w, c] of countForms(corpusTexts(corpusFiles), words))
    if (c.title >= MIN_SIGHTINGS && c.title >= DOMINANCE * c.caps) out.add(w);
  return out;
}
