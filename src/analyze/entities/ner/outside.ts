// Which tokens of a line are certainly outside every name, so that the decoder can leave them out
// (restricted decoding, viterbi.ts): a token with neither a capital nor a digit is never part of a
// name unless it is glued to a piece that has one ("Jong-un", "7-Eleven", "al-Assad") or it is one
// of the few words names carry inside them ("Bank of England", "F.W. de Klerk", "Osama bin Laden")
// where a name can pass through it (markOutside). That list is data
// (data/lexicons/name-internal-words.json), derived by scripts/name-internal-words.ts from the
// training names, the model's own names and its person gazetteer.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Token } from '../../document.js';

/** Whether the text has a capital letter or a digit anywhere (iPhone, eBay, 11, Jong-Un). */
export function hasCapitalOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // (small letters first: they are nearly every character asked about, and settle with one test)
    if (c >= 97 && c <= 122) continue;
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
    if (c > 127 && capitalOrDigitAbove127(c)) return true;
  }
  return false;
}

/** Per UTF-16 unit above 127: 1 capital or digit, 2 neither, 0 not known yet (curly quotes recur). */
const unitKinds = new Uint8Array(65536);
function capitalOrDigitAbove127(c: number): boolean {
  let kind = unitKinds[c];
  if (kind === 0) {
    const ch = String.fromCharCode(c);
    kind = unitKinds[c] = ch !== ch.toLowerCase() || /\p{N}/u.test(ch) ? 1 : 2;
  }
  return kind === 1;
}

/** Whether the text has a letter or digit (a word), not punctuation alone. */
function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
    if (c > 127 && letterOrDigitAbove127(c)) return true;
  }
  return false;
}

/** Per UTF-16 unit above 127: 1 letter or digit, 2 neither, 0 not known yet. */
const unitLetters = new Uint8Array(65536);
function letterOrDigitAbove127(c: number): boolean {
  let kind = unitLetters[c];
  if (kind === 0) kind = unitLetters[c] = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 2;
  return kind === 1;
}

/**
 * Marks in `anchored` the tokens of glued runs (no space between tokens) that hold a capital or a
 * digit somewhere: "Jong" "-" "un", "al" "-" "Assad", "7" "-" "Eleven", "McDonald" "'s", "AT" "&"
 * "T". Punctuation at either end of a run is not part of the name it is glued to ("Obama" ",",
 * "(" "Reuters"). A lone token is not marked here.
 */
export function markGluedToCapitals(seq: Token[], capital: Uint8Array, anchored: Uint8Array): void {
  let from = 0;
  for (let i = 1; i <= seq.length; i++) {
    if (i < seq.length && seq[i - 1].end === seq[i].start) continue;
    if (i - from > 1) {
      let any = 0;
      for (let k = from; k < i; k++) any |= capital[k];
      for (let k = from; k < i; k++) anchored[k] = any;
      if (any) {
        // punctuation alone at the run's ends: "Smith" "." and "(" "UN" ")" are not glued into names
        let a = from;
        let b = i - 1;
        while (a < b && !capital[a] && !hasLetterOrDigit(seq[a].text)) anchored[a++] = 0;
        while (b > a && !capital[b] && !hasLetterOrDigit(seq[b].text)) anchored[b--] = 0;
      }
    }
    from = i;
  }
}

let capital = new Uint8Array(64);
let glued = new Uint8Array(64);

/** The name-internal words, and those of them that may begin a name, and that may end one. */
export interface NameInternalWords {
  words: ReadonlySet<string>;
  starts: ReadonlySet<string>;
  ends: ReadonlySet<string>;
}

/**
 * out[i] = 1 where token i of the line is certainly outside every name (0 where a name may use it).
 * A token with a capital or digit, or glued to one, may be in a name. So may a run of name-internal
 * words where a name can pass through it: between two such tokens ("Bank of England", "Organization
 * of the Petroleum …", "Evansville , Indiana"), or from one of them to a word that may end a name
 * ("Acme corp"), or from a word that may begin a name to one of them ("de Klerk", "bin Laden"). Every
 * other word is outside ("in" of "talks in Geneva", "the" of "said the United States").
 */
export function markOutside(seq: Token[], internal: NameInternalWords, out: Uint8Array): void {
  const n = seq.length;
  if (capital.length < n) {
    capital = new Uint8Array(2 * n);
    glued = new Uint8Array(2 * n);
  }
  for (let i = 0; i < n; i++) capital[i] = hasCapitalOrDigit(seq[i].text) ? 1 : 0;
  glued.fill(0, 0, n);
  markGluedToCapitals(seq, capital, glued);
  // between two tokens with capitals (or the line's ends) lies a gap of other words: only a run of
  // listed words touching a capital can be in a name, so the list is asked only from the gap's ends
  // inwards (with no capital, a token's text is its own lower case)
  let a = 0;
  while (a < n) {
    if (capital[a] || glued[a]) {
      out[a++] = 0;
      continue;
    }
    let b = a;
    while (b < n && !capital[b] && !glued[b]) out[b++] = 1;
    const left = a > 0;
    const right = b < n;
    const words = internal.words;
    // the run of listed words after the capital before the gap, and the one before the capital after it
    let p = a;
    if (left) while (p < b && words.has(seq[p].text)) p++;
    let q = b;
    if (right) while (q > a && (q <= p ? true : words.has(seq[q - 1].text))) q--;
    if (left && right && p === b) {
      // the whole gap is listed words between two capitals: a name may run through it
      out.fill(0, a, b);
    } else {
      // a run touching the capital before it must reach a word that may end a name…
      let ends = false;
      for (let k = p - 1; k >= a; k--) if ((ends ||= internal.ends.has(seq[k].text))) out[k] = 0;
      // …and one touching the capital after it must start at a word that may begin one
      let begun = false;
      for (let k = q; k < b; k++) if ((begun ||= internal.starts.has(seq[k].text))) out[k] = 0;
    }
    a = b;
  }
}

let lastRead = new Int32Array(64);

/**
 * unread[i] = 1 where token i and every token within `reach` of it are outside names: nothing reads
 * its word (a scored token reads its neighbours up to `reach` away, and a token's transition into O
 * matters only after a scored token).
 */
export function markUnread(outside: Uint8Array, n: number, reach: number, unread: Uint8Array): void {
  if (lastRead.length < n) lastRead = new Int32Array(2 * n);
  // lastRead[j]: the last token at or before j that a name may use (-1: none)
  let last = -1;
  for (let j = 0; j < n; j++) lastRead[j] = last = outside[j] ? last : j;
  for (let k = 0; k < n; k++) unread[k] = lastRead[Math.min(n - 1, k + reach)] < k - reach ? 1 : 0;
}

export const NAME_INTERNAL_FILE = 'name-internal-words.json';

/** Finds data/lexicons/NAME walking up from this module (it runs from dist/src/analyze/entities/ner). */
function lexiconPath(name: string): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 7; i++) {
    const candidate = join(dir, 'data', 'lexicons', name);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return null;
}

let internalWords: NameInternalWords | null | undefined;

/** The name-internal words, read once; null when the list is missing (then nothing is left out). */
export function nameInternalWords(): NameInternalWords | null {
  if (internalWords !== undefined) return internalWords;
  const path = lexiconPath(NAME_INTERNAL_FILE);
  if (!path) return (internalWords = null);
  const file = JSON.parse(readFileSync(path, 'utf8')) as { words: string[]; starts: string[]; ends: string[] };
  internalWords = { words: new Set(file.words), starts: new Set(file.starts), ends: new Set(file.ends) };
  return internalWords;
}
