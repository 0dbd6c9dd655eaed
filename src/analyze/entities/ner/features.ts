// What the tagger looks at for each token. Static features depend on the text only and are computed
// once per line; history features depend on the tags already chosen to the left and in the document.
import type { Token } from '../../document.js';
import type { Gazetteer } from './gazetteer.js';
import { TAGS, labelOf } from './tags.js';

/** Word shape with runs capped at 3 ("Xxxx" → "Xxxx" for any length ≥ 4 becomes "Xxxx"). */
export function wordShape(text: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < text.length && out.length < 12; i++) {
    const c = text.charCodeAt(i);
    const k =
      c >= 65 && c <= 90
        ? 'X'
        : c >= 97 && c <= 122
          ? 'x'
          : c >= 48 && c <= 57
            ? 'd'
            : c > 127
              ? shapeOfWide(text[i])
              : text[i];
    run = k === last ? run + 1 : 1;
    last = k;
    if (run <= 3) out += k;
  }
  return out;
}

function shapeOfWide(ch: string): string {
  const up = ch.toUpperCase();
  const low = ch.toLowerCase();
  if (up !== low) return ch === up ? 'X' : 'x';
  return '~';
}

/** Shape with every run collapsed to one character ("Xx", "X.X.", "d-d"). */
export function shortShape(shape: string): string {
  let out = '';
  for (let i = 0; i < shape.length; i++) if (shape[i] !== shape[i - 1]) out += shape[i];
  return out;
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const startsUpper = (s: string) => {
  const c = s.charCodeAt(0);
  return isUpper(c) || (c > 127 && s[0] !== s[0].toLowerCase());
};

/** Document-wide facts about words: seen lower-case, seen capitalised inside a sentence. */
export interface DocumentWords {
  lowerSeen: Set<string>;
  capitalSeenInside: Set<string>;
}

export function documentWords(seqs: Token[][]): DocumentWords {
  const lowerSeen = new Set<string>();
  const capitalSeenInside = new Set<string>();
  for (const seq of seqs) {
    for (let i = 0; i < seq.length; i++) {
      const t = seq[i];
      const c = t.text.charCodeAt(0);
      if (c >= 97 && c <= 122) lowerSeen.add(t.text);
      else if (i > 0 && seq[i - 1].sentence === t.sentence && startsUpper(t.text) && !isAllCaps(t.text))
        capitalSeenInside.add(t.lower);
    }
  }
  return { lowerSeen, capitalSeenInside };
}

function isAllCaps(s: string): boolean {
  return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** True when most letters on the line are capitals (wire headlines, datelines). */
function capsLine(seq: Token[]): boolean {
  let upper = 0;
  let lower = 0;
  for (const t of seq) {
    for (let i = 0; i < t.text.length; i++) {
      const c = t.text.charCodeAt(i);
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
    }
  }
  return upper > 3 && upper > 2 * lower;
}

/** Word clusters (lower-cased word → cluster path), if the model has them. */
export type Clusters = Map<string, string>;

/** Features of the token's own text (cached per word at inference). */
export function selfFeatures(text: string, lower: string, clusters: Clusters | null): string[] {
  const shape = wordShape(text);
  const short = shortShape(shape);
  const f = ['b', 'w=' + text, 'l=' + lower, 's=' + shape, 'ss=' + short];
  if (lower.length > 3) f.push('p3=' + lower.slice(0, 3), 's3=' + lower.slice(-3), 's4=' + lower.slice(-4));
  if (lower.length > 2) f.push('s2=' + lower.slice(-2), 'p2=' + lower.slice(0, 2));
  if (clusters) {
    // value: capitalisation bucket digit, then the distributional code
    const c = clusters.get(lower);
    if (c)
      f.push(
        'cap=' + c[0],
        'cap|ss=' + c[0] + '|' + short,
        'c4=' + c.slice(1, 5),
        'c8=' + c.slice(1, 9),
        'c=' + c.slice(1),
      );
    else f.push('cap=?|ss=' + short);
  }
  return f;
}

/** Offsets of the neighbours whose words are features. */
export const NEIGHBOURS = [-2, -1, 1, 2] as const;
const BOUNDARY = new Set(['<s>', '</s>']);

/** Features of a neighbour's word at `offset` ('<s>'/'</s>' past the line's edges). */
export function neighbourFeatures(offset: number, lower: string, clusters: Clusters | null): string[] {
  const name = offset < 0 ? `l${offset}=` : `l+${offset}=`;
  const f = [name + lower];
  if (clusters && (offset === -1 || offset === 1) && !BOUNDARY.has(lower)) {
    const c = clusters.get(lower);
    if (c) f.push((offset < 0 ? 'c-1=' : 'c+1=') + c.slice(0, 7));
  }
  return f;
}

/**
 * The static features of every token in a line. Without `withWords`, the features of the token's
 * own word and of its neighbours' words are left out (the caller adds them from a per-word cache).
 */
export function staticFeatures(
  seq: Token[],
  words: DocumentWords,
  gazetteer: Gazetteer | null,
  clusters: Clusters | null,
  withWords = true,
): string[][] {
  const n = seq.length;
  const short = seq.map((t) => shortShape(wordShape(t.text)));
  const gaz = gazetteer ? gazetteer.mark(seq) : seq.map(() => [] as string[]);
  const caps = capsLine(seq);
  const lw = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : seq[i].lower);
  const pos = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : seq[i].pos);
  const ss = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : short[i]);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const t = seq[i];
    const l = t.lower;
    const f: string[] = [
      'pos=' + t.pos,
      'l-1|l=' + lw(i - 1) + '|' + l,
      'l|l+1=' + l + '|' + lw(i + 1),
      'pos-1=' + pos(i - 1),
      'pos+1=' + pos(i + 1),
      'pos-1|pos=' + pos(i - 1) + '|' + t.pos,
      'pos|pos+1=' + t.pos + '|' + pos(i + 1),
      'ss-1|ss|ss+1=' + ss(i - 1) + '|' + short[i] + '|' + ss(i + 1),
      'ss-1=' + ss(i - 1),
      'ss+1=' + ss(i + 1),
      'ss|l+1=' + short[i] + '|' + lw(i + 1),
      'l-1|ss=' + lw(i - 1) + '|' + short[i],
    ];
    if (withWords) {
      f.push(...selfFeatures(t.text, l, clusters));
      for (const k of NEIGHBOURS) f.push(...neighbourFeatures(k, lw(i + k), clusters));
    }
    const initial = i === 0 || seq[i - 1].sentence !== t.sentence;
    if (initial) f.push('init|ss=' + short[i], 'init|l=' + l);
    if (caps) f.push('caps|ss=' + short[i], 'caps|l-1=' + lw(i - 1));
    if (startsUpper(t.text)) {
      if (words.lowerSeen.has(l)) f.push('lowerSeen', 'lowerSeen|init=' + initial);
      if (words.capitalSeenInside.has(l)) f.push('capInside', 'capInside|init=' + initial);
    }
    for (const g of gaz[i]) f.push('g=' + g);
    if (i > 0) for (const g of gaz[i - 1]) f.push('g-1=' + g);
    if (i + 1 < n) for (const g of gaz[i + 1]) f.push('g+1=' + g);
    // glued tokens: hyphenated names ("Jong-un"), possessives, abbreviations
    if (i > 0 && seq[i - 1].end === t.start) f.push('glue-|ss=' + ss(i - 1) + '|' + short[i]);
    if (i + 1 < n && seq[i + 1].start === t.end) f.push('glue+|ss=' + short[i] + '|' + ss(i + 1));
    out.push(f);
  }
  return out;
}

/** Features from the tags chosen so far: the two previous tags and this word's last label in the document. */
export function historyFeatures(
  seq: Token[],
  i: number,
  prev: number,
  prev2: number,
  memory: Map<string, number>,
  out: string[],
): void {
  const t = seq[i];
  const p1 = TAGS[prev];
  out.push(
    'p1=' + p1,
    'p2p1=' + TAGS[prev2] + '|' + p1,
    'p1|l=' + p1 + '|' + t.lower,
    'p1|s=' + p1 + '|' + shortShape(wordShape(t.text)),
  );
  const remembered = memory.get(t.text);
  if (remembered !== undefined)
    out.push('h=' + (labelOf(remembered) ?? 'O'), 'h|p1=' + (labelOf(remembered) ?? 'O') + '|' + p1);
}
