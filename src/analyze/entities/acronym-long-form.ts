// A body's name that the recogniser cut short before the acronym that follows it: "Office of Foreign
// Assets Control (OFAC)" read as "Foreign Assets Control", "Movement for Democratic Change (MDC)" as
// "Democratic Change", "United Nations Interim Force in Lebanon (UNIFIL)" as a body and a place. The
// acronym says how far back the name goes: the shortest run of words before it, opening with a
// capitalised word, whose letters spell the acronym in order (Schwartz and Hearst's test,
// acronym-definition.ts), within their bound on the long form's length, min(|A| + 5, 2|A|) words.
import type { ArticleDocument } from '../document.js';
import { abbreviates } from './acronym-definition.js';
import type { Candidate } from './candidates.js';
import { lexiconSets } from './lexicon.js';

/** "(OFAC)", "(IRGC-QF)" right after a name; not a party and state ("(R-AZ)", "(D-N.Y.)"). */
const BRACKETED_ACRONYM = /^\s?\((\p{Lu}[\p{Lu}\d&-]{1,9})\)/u;
const PARTY_STATE = /^[RDI]-/;

/** Lower-case words a body's name may hold between its capitalised ones. */
const NAME_GLUE = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'del', 'des', 'du', '&', '-']);

/**
 * The candidates with every name cut short before its bracketed acronym run back to where the
 * acronym's letters begin; the candidates the longer name covers are dropped into it.
 */
export function withAcronymLongForms(doc: ArticleDocument, candidates: Candidate[], make: MakeCandidate): Candidate[] {
  let out = candidates;
  for (const c of candidates) {
    // (most names have no bracket after them: the character test spares the slice and the match)
    if (c.label === 'PER' || (doc.text[c.end] !== '(' && doc.text[c.end + 1] !== '(')) continue;
    const m = BRACKETED_ACRONYM.exec(doc.text.slice(c.end, c.end + 14));
    if (!m || PARTY_STATE.test(m[1])) continue;
    const letters = m[1].replace(/[-&]/g, '');
    if (abbreviates(letters, doc.slice(c))) continue;
    const start = longFormStart(doc, c, letters);
    if (start < 0) continue;
    const covered = out.filter((x) => x.start >= start && x.end <= c.end);
    // a body's label where one of its pieces was read as a body ("Islamic State …" in "Islamic State of
    // Iraq and Syria in the Greater Sahara"); a place inside it ("… Force in Lebanon") is no label for it
    // (else none: the name's head words type it, "… Convention on the Law of the Sea" an agreement)
    const label = covered.some((x) => x.label === 'ORG')
      ? 'ORG'
      : covered.some((x) => x.label === 'MISC')
        ? 'MISC'
        : null;
    // a name running into the long form: a possessor ends before it ("the Treasury's Office of Foreign
    // Assets Control (OFAC)": "Treasury's Office" keeps "Treasury"), else it opens the whole name
    // ("the New Zealand Ministry of Foreign Affairs and Trade (MFAT)": not "New Zealand Ministry")
    const into = out.find((x) => x.start < start && x.end > start);
    const possessor = into && /['’]s\b/.test(doc.text.slice(into.start, start));
    const from = into && !possessor ? into.start : start;
    const longer = make(from, c.end, label, `${c.rule}+acronym-long-form`, false);
    const end = into && possessor ? endBefore(doc, start, into.start) : -1;
    const cut =
      into && end > into.start
        ? [make(into.start, end, into.label, `${into.rule}+cut-at-long-form`, into.afterTitle)]
        : [];
    const kept = out.filter((x) => !covered.includes(x) && x !== into);
    out = [...kept, ...cut, longer].sort((x, y) => x.start - y.start);
  }
  return out;
}

/** Where a name that runs into offset `start` ends before it: its last word, without a possessive or glue word. */
function endBefore(doc: ArticleDocument, start: number, from: number): number {
  const toks = doc.tokens;
  for (let k = doc.tokenIndexAt(start) - 1; k >= 0 && toks[k].start >= from; k--) {
    const t = toks[k];
    if (/^['’]s$/.test(t.text) || NAME_GLUE.has(t.lower) || t.pos === 'PUNCT') continue;
    return t.end;
  }
  return from;
}

export type MakeCandidate = (
  start: number,
  end: number,
  label: Candidate['label'],
  rule: string,
  afterTitle: boolean,
) => Candidate;

/** Where the long form of the acronym ending at the candidate starts (a character offset), or -1. */
function longFormStart(doc: ArticleDocument, c: Candidate, letters: string): number {
  const toks = doc.tokens;
  const first = doc.tokenIndexAt(c.start);
  const sentenceStart = doc.sentences[toks[first]?.sentence]?.firstToken ?? 0;
  const maxWords = Math.min(letters.length + 5, 2 * letters.length);
  const initial = letters[0].toLowerCase();
  const lex = lexiconSets();
  let words = doc.slice(c).split(/\s+/).length;
  for (let k = first - 1; k >= sentenceStart && words < maxWords; k--) {
    const t = toks[k];
    const capitalised = /^\p{Lu}/u.test(t.text);
    if (!capitalised && !NAME_GLUE.has(t.lower) && !/^['’]s$/.test(t.text)) return -1;
    // (an office's title is no body's name: "Special Envoy for the Horn of Africa (SEHOA)")
    if (lex.titleHeads.has(t.lower)) return -1;
    if (t.text !== '-' && !/^['’]s$/.test(t.text)) words++;
    if (capitalised && t.lower[0] === initial) {
      const long = doc.text.slice(t.start, c.end);
      if (abbreviates(letters, long) && initialsSpell(long, letters)) return t.start;
    }
  }
  return -1;
}

/**
 * Whether the initials of the long form's capitalised words occur in the acronym in order: a name run
 * back over another ("the Social Democratic Union and the Hungarian Democratic Union (UDMR)") is no
 * long form, though its letters, read anywhere in its words, would spell the acronym.
 */
function initialsSpell(long: string, letters: string): boolean {
  const acronym = letters.toLowerCase();
  let at = 0;
  for (const word of long.split(/[\s-]+/)) {
    if (!/^\p{Lu}/u.test(word)) continue;
    at = acronym.indexOf(word[0].toLowerCase(), at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
