// Spans the recogniser cut across a body the knowledge base names in full. "Voice of America has
// reported" was read as the country "America" (the speaker then the United States); "The BBC and
// Voice of America reported" as one body of both names. The KB's full name decides: a name run on
// back over the capitalised words and glue before it where the whole is a body the KB knows
// (rule `+kb-extended`), and a name split at its "and" where the KB knows each side and not the
// whole (rule `+kb-split`: "Bosnia and Herzegovina", "Procter and Gamble" stay whole).
import type { ArticleDocument } from '../document.js';
import type { Candidate } from './candidates.js';
import type { MakeCandidate } from './acronym-long-form.js';
import { lookupName } from './kb.js';
import { lexiconSets } from './lexicon.js';

/** The most words a known body's name may start before the piece the recogniser kept ("Voice of"). */
const MAX_WORDS_BEFORE = 4;
/** Lower-case words inside a body's name between its capitalised ones. */
const GLUE = new Set(['of', 'for', 'the', 'de', 'del', 'du', 'on']);

export function withKnownNameSpans(doc: ArticleDocument, candidates: Candidate[], make: MakeCandidate): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const split = splitAtAnd(doc, c, make);
    if (split) {
      out.push(...split);
      continue;
    }
    const previous = out.length ? out[out.length - 1] : undefined;
    const extended = extendedBack(doc, c, previous, make);
    // (a country's name takes in the piece before it the recogniser cut off: "Democratic Republic" +
    // "of the Congo")
    if (extended && previous && previous.end > extended.start) out.pop();
    out.push(extended ?? c);
  }
  return out;
}

/** The candidate run back to the start of the known body's name it ends, or null. */
function extendedBack(
  doc: ArticleDocument,
  c: Candidate,
  previous: Candidate | undefined,
  make: MakeCandidate,
): Candidate | null {
  const previousEnd = previous?.end ?? -1;
  if (c.label === 'PER') return null;
  const toks = doc.tokens;
  const a = doc.tokenIndexAt(c.start);
  // (most names stand after a lower-case word that is no glue: one test spares the rest)
  const before = toks[a - 1];
  if (!before || !(GLUE.has(before.text) || /^\p{Lu}/u.test(before.text))) return null;
  const lex = lexiconSets();
  let found: Candidate | null = null;
  // (the candidate before may be taken in whole only by a country's name, not a body's, and only where
  // it lies wholly in the words read back: "Democratic" + "Republic of the Congo")
  const absorbable =
    !!previous &&
    (previous.label === 'LOC' || previous.label === 'MISC') &&
    previous.start >= toks[Math.max(0, a - MAX_WORDS_BEFORE)].start;
  for (let s = a - 1; s >= 0 && a - s <= MAX_WORDS_BEFORE; s--) {
    const t = toks[s];
    const inPrevious = t.end <= previousEnd;
    if (inPrevious && !absorbable) break;
    if (t.end + 1 < toks[s + 1].start || t.pos === 'SPACE') break;
    const capital = /^\p{Lu}/u.test(t.text);
    if (!capital && !GLUE.has(t.text)) break;
    if (!capital || t.lower === 'the') continue;
    // an office is no body here: "The President of the United States has said" is its holder's
    if (lex.titleHeads.has(t.lower) || lex.titleModifiers.has(t.lower)) break;
    const hit = lookupName(doc.text.slice(t.start, c.end));
    if (hit?.kind === 'org' && !inPrevious) found = make(t.start, c.end, 'ORG', `${c.rule}+kb-extended`, false);
    // (not inside a longer name or title: "Secretary of State of the United States")
    else if (
      hit?.kind === 'country' &&
      c.label === 'LOC' &&
      (!inPrevious || previous!.start >= t.start) &&
      !(s > 0 && (toks[s - 1].lower === 'of' || /^\p{Lu}/u.test(toks[s - 1].text)))
    )
      found = make(t.start, c.end, 'LOC', `${c.rule}+kb-extended`, false);
  }
  return found;
}

/**
 * Two names the recogniser ran together across "and", each known to the KB, the whole not; either
 * may hold an "and" of its own ("Council of Europe and Organization for Security and Cooperation in
 * Europe"): the first "and" that leaves two known names splits.
 */
function splitAtAnd(doc: ArticleDocument, c: Candidate, make: MakeCandidate): Candidate[] | null {
  const text = doc.text.slice(c.start, c.end);
  let at = text.indexOf(' and ');
  if (at < 0 || lookupName(text)) return null;
  while (at >= 0 && !(lookupName(text.slice(0, at)) && lookupName(text.slice(at + 5))))
    at = text.indexOf(' and ', at + 1);
  if (at < 0) return null;
  const rule = `${c.rule}+kb-split`;
  return [
    make(c.start, c.start + at, c.label, rule, c.afterTitle),
    make(c.start + at + 5, c.end, c.label, rule, false),
  ];
}
