// One name, one reading per article: a name of several capitalised words (or one word the KB knows)
// that the recogniser read as a person or body somewhere in the article is a name wherever else it
// stands, though the recogniser missed it there ("Irish national airline Aer Lingus have purchased…"
// after the headline's "Aer Lingus"; "posted to Twitter").
import type { ArticleDocument, Token } from '../document.js';
import { lookupName } from './kb.js';
import { lexiconSets } from './lexicon.js';
import type { TokenSpan } from './span-repair.js';

const CAPITAL = /^\p{Lu}/u;
/** A capitalised word of letters (O'Leary, AT&T): no number, no sentence's "No." */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’&]*$/u;

/**
 * The span's words as one key ("Aer Lingus"), or null when a word of it is no capitalised word of
 * letters, or is a title's, a portfolio's or a common word ("Permanent Secretary", "Foreign
 * Affairs": the same words are an office or a heading elsewhere, not the name).
 */
function keyOf(toks: Token[], a: number, b: number): string | null {
  const lex = lexiconSets();
  let key = '';
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (!NAME_WORD.test(t.text)) return null;
    if (lex.titleHeads.has(t.lower) || lex.titleModifiers.has(t.lower) || lex.bodyEndWords.has(t.lower)) return null;
    if (lex.notNames.has(t.lower)) return null;
    key += (k > a ? ' ' : '') + toks[k].text;
  }
  return key;
}

/**
 * The recogniser's spans, with a span added at each other place where the words of a person's or
 * body's span stand alone: no span holds them, and no capitalised word runs on before or after (the
 * words are the whole name there, not a part of a longer one). The label is the one the name was
 * read with most often.
 */
export function withRepeatedNames(doc: ArticleDocument, spans: TokenSpan[]): TokenSpan[] {
  const toks = doc.tokens;
  const labels = new Map<string, Map<TokenSpan['label'], number>>();
  /** First word → the keys that open with it. */
  const byFirstWord = new Map<string, string[]>();
  for (const sp of spans) {
    // (persons and bodies: their names are their own; a place's or a thing's words are often
    // common words capitalised in a heading)
    // (a piece of a span cut at a comma is no name the recogniser read as one)
    if ((sp.label !== 'PER' && sp.label !== 'ORG') || sp.rule.includes('+split')) continue;
    const key = keyOf(toks, sp.a, sp.b);
    // (one word only when the KB knows it for a name: "Twitter", not "Officers")
    if (!key || (sp.b - sp.a < 2 && !lookupName(key))) continue;
    let counts = labels.get(key);
    if (!counts) {
      labels.set(key, (counts = new Map()));
      const first = toks[sp.a].text;
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), key]);
    }
    counts.set(sp.label, (counts.get(sp.label) ?? 0) + 1);
  }
  if (!labels.size) return spans;
  const taken = new Uint8Array(toks.length);
  for (const sp of spans) taken.fill(1, sp.a, sp.b);
  const added: TokenSpan[] = [];
  for (let k = 0; k < toks.length; k++) {
    // (every key opens with a capital: a lower-case ASCII first letter, most tokens', needs no look-up)
    const c = toks[k].text.charCodeAt(0);
    if (taken[k] || (c >= 97 && c <= 122)) continue;
    const keys = byFirstWord.get(toks[k].text);
    if (!keys) continue;
    for (const key of keys) {
      const n = key.split(' ').length;
      if (k + n > toks.length || toks[k + n - 1].sentence !== toks[k].sentence || keyOf(toks, k, k + n) !== key)
        continue;
      if (taken.subarray(k, k + n).some((x) => x === 1)) continue;
      // (a part of a longer run of capitals is another name: "Aer Lingus Group")
      const before = toks[k - 1];
      const after = toks[k + n];
      // (one word opening a sentence is capitalised whatever it is)
      if (n === 1 && (!before || before.sentence !== toks[k].sentence)) continue;
      // (nor a maker before a model's number, "Boeing 787", nor a word hyphened into another, "EU-wide")
      if (n === 1 && after && (/\d/.test(after.text) || (after.text === '-' && after.start === toks[k].end))) continue;
      if (before && before.sentence === toks[k].sentence && CAPITAL.test(before.text)) continue;
      // (a heading of these words alone, "Global Issues", names a section, not the body)
      const opensLine = !before || doc.text.slice(before.end, toks[k].start).includes('\n');
      if (opensLine && (!after || doc.text.slice(toks[k + n - 1].end, after.start).includes('\n'))) continue;
      // ("Minister for Foreign Affairs": the words after a title's glue are its portfolio)
      if (before && lexiconSets().titleGlue.has(before.lower)) continue;
      if (after && after.sentence === toks[k].sentence && CAPITAL.test(after.text)) continue;
      taken.fill(1, k, k + n);
      added.push({ a: k, b: k + n, label: mostFrequent(labels.get(key)!), rule: 'ner-perceptron+repeated-name' });
      break;
    }
  }
  return added.length ? [...spans, ...added].sort((x, y) => x.a - y.a) : spans;
}

/** The label a name was read with most often (the first read on a tie). */
function mostFrequent(counts: Map<TokenSpan['label'], number>): TokenSpan['label'] {
  let label: TokenSpan['label'] = 'MISC';
  let most = 0;
  for (const [l, c] of counts)
    if (c > most) {
      most = c;
      label = l;
    }
  return label;
}
