// Name lists as features: which tokens lie inside a listed phrase (countries, capitals, demonyms,
// organisations, people, first names). Phrases are stored as lower-cased wink tokens joined by
// one space, so matching uses exactly the tokenisation of the text being tagged.
import { withoutAccents } from '../../nlp/accents.js';
import type { Token } from '../../document.js';
import { strHash } from './hashing.js';
import type { WordInfo } from './lexicon.js';

export type GazetteerLists = Record<string, string[]>;

/** Longest phrase tried, in tokens. */
const MAX_LEN = 6;

/** A node's entry until the trie is complete. */
const NO_ENTRY: GazetteerEntry = { marks: null, single: null, more: false };

/** A line without marks (the tagger reads it as "no marks anywhere"). */
const NO_MARKS: Array<Int32Array | null> = [];

/** What the gazetteer knows of a lower-cased token sequence. */
export interface GazetteerEntry {
  /** The `CAT:U`, `CAT:B`, `CAT:I` hashes of each category listing the sequence, or null if none does. */
  marks: Int32Array | null;
  /** The `CAT:U` hashes alone: a token only a one-word phrase covers shares this array (read only). */
  single: Int32Array | null;
  /** Whether a longer listed phrase starts with the sequence. */
  more: boolean;
}

/** A listed phrase or a proper prefix of one, and the words that extend it (a trie over words). */
export interface PhraseNode {
  entry: GazetteerEntry;
  /** Next word (lower-cased) → the longer sequence's node; null when none is listed. */
  next: Map<string, PhraseNode> | null;
}

/** The node a listed phrase continues to with the word, written with or without its accents. */
function nextWord(node: PhraseNode, lower: string): PhraseNode | undefined {
  const next = node.next;
  if (next === null) return undefined;
  const child = next.get(lower);
  if (child !== undefined) return child;
  const plain = withoutAccents(lower);
  return plain === lower ? undefined : next.get(plain);
}

export class Gazetteer {
  /** Listed phrases and their proper prefixes (first word, first two words, ...) by their first word, then word by word. */
  private readonly roots = new Map<string, PhraseNode>();

  constructor(lists: GazetteerLists) {
    // the trie first, word by word; a phrase's node keeps its categories in the order they list it
    const categories = new Map<PhraseNode, string[]>();
    const marks = new Map<string, [number, number, number]>();
    const blank = (): PhraseNode => ({ entry: NO_ENTRY, next: null });
    for (const [category, phrases] of Object.entries(lists)) {
      for (const phrase of phrases) {
        const words = phrase.split(' ');
        let node: PhraseNode | undefined = this.roots.get(words[0]);
        if (!node) this.roots.set(words[0], (node = blank()));
        for (let k = 1; k < words.length; k++) {
          const next: Map<string, PhraseNode> = (node.next ??= new Map());
          let child: PhraseNode | undefined = next.get(words[k]);
          if (!child) next.set(words[k], (child = blank()));
          node = child;
        }
        const known = categories.get(node);
        if (known) {
          if (!known.includes(category)) known.push(category);
        } else categories.set(node, [category]);
      }
      marks.set(category, [strHash(`${category}:U`), strHash(`${category}:B`), strHash(`${category}:I`)]);
    }
    // few distinct entries exist (one per set of categories, listed or also a prefix): share them
    const shared = new Map<string, GazetteerEntry>();
    const entryFor = (cats: string[] | null, more: boolean): GazetteerEntry => {
      const key = `${cats?.join(',') ?? ''}|${more}`;
      let entry = shared.get(key);
      if (!entry) {
        entry = {
          marks: cats && Int32Array.from(cats.flatMap((c) => marks.get(c)!)),
          single: cats && Int32Array.from(cats.map((c) => marks.get(c)![0])),
          more,
        };
        shared.set(key, entry);
      }
      return entry;
    };
    // a sequence is "more" when a longer listed phrase starts with it: its node has children
    const stack = [...this.roots.values()];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      node.entry = entryFor(categories.get(node) ?? null, node.next !== null);
      if (node.next) for (const child of node.next.values()) stack.push(child);
    }
  }

  /**
   * For each token, hashes of the marks of every listed phrase covering it (`CAT:U` for a one-token
   * phrase, `CAT:B`/`CAT:I` for longer ones), or null. Only phrases starting with a capital or a
   * non-ASCII letter are tried.
   */
  mark(seq: Token[], words?: { info: WordInfo[]; offset: number }): Array<Int32Array | null> {
    // a token's marks: the shared array of its one-word phrase while that is all, else a list
    let out: Array<Int32Array | number[] | null> | null = null;
    const listAt = (k: number): number[] => {
      const m = out![k];
      if (Array.isArray(m)) return m;
      const list = m ? Array.from(m) : [];
      out![k] = list;
      return list;
    };
    for (let i = 0; i < seq.length; i++) {
      const c = seq[i].text.charCodeAt(0);
      if (!(c >= 65 && c <= 90) && c < 128) continue;
      let node: PhraseNode | null | undefined = null;
      for (let n = 1; n <= MAX_LEN && i + n <= seq.length; n++) {
        if (n > 1) node = nextWord(node!, seq[i + n - 1].lower);
        else node = words ? this.firstWord(words.info[i + words.offset]) : this.roots.get(seq[i].lower);
        if (node === undefined || node === null) break;
        const entry = node.entry;
        const marks = entry.marks;
        if (marks !== null) {
          out ??= new Array<Int32Array | number[] | null>(seq.length).fill(null);
          if (n === 1 && out[i] === null) out[i] = entry.single;
          else if (n === 1) listAt(i).push(...entry.single!);
          else
            for (let m = 0; m < marks.length; m += 3)
              for (let k = 0; k < n; k++) listAt(i + k).push(k === 0 ? marks[m + 1] : marks[m + 2]);
        }
        if (!entry.more) break;
      }
    }
    return out ? out.map((m) => (m === null || m instanceof Int32Array ? m : new Int32Array(m))) : NO_MARKS;
  }

  /** The node of a one-word sequence, kept with the word (no look-up of a new lower-case string each time). */
  private firstWord(w: WordInfo): PhraseNode | null {
    if (w.gazetteerOwner !== this || w.gazetteerEntry === undefined) {
      // the lists write most foreign names without accents: "bogotá" is listed as "bogota"
      w.gazetteerEntry = this.roots.get(w.lower) ?? this.roots.get(withoutAccents(w.lower)) ?? null;
      w.gazetteerOwner = this;
    }
    return w.gazetteerEntry;
  }
}
