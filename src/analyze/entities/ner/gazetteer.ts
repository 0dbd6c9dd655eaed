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

/**
 * The lists grouped by first word, as the model file keeps them: one line per first word,
 * `first<TAB>entry<TAB>entry...`, each entry a category's index (one character from "0") and the
 * phrase's other words (none for a one-word phrase). Entries keep the order the lists give them,
 * category by category, so a phrase's categories come out in the lists' order.
 */
export interface PackedGazetteer {
  categories: string[];
  groups: string;
}

/** The character standing for category index `c` in a packed entry. */
const CATEGORY_CHAR_0 = 48;

export function packGazetteer(lists: GazetteerLists): PackedGazetteer {
  const categories = Object.keys(lists);
  const byFirst = new Map<string, string[]>();
  categories.forEach((category, c) => {
    for (const phrase of lists[category]) {
      if (/[\t\n]/.test(phrase))
        throw new Error(`gazetteer phrase with a tab or line break: ${JSON.stringify(phrase)}`);
      const space = phrase.indexOf(' ');
      const first = space < 0 ? phrase : phrase.slice(0, space);
      const entry = String.fromCharCode(CATEGORY_CHAR_0 + c) + (space < 0 ? '' : phrase.slice(space + 1));
      const group = byFirst.get(first);
      if (group) group.push(entry);
      else byFirst.set(first, [entry]);
    }
  });
  const lines: string[] = [];
  for (const [first, entries] of byFirst) lines.push(`${first}\t${entries.join('\t')}`);
  return { categories, groups: lines.join('\n') };
}

export class Gazetteer {
  /**
   * Listed phrases and their proper prefixes (first word, first two words, ...) by their first word,
   * then word by word. A first word's trie is built when the word is first looked up (most never
   * are): until then it is its packed line.
   */
  private readonly roots = new Map<string, PhraseNode | string>();
  /** The `CAT:U`, `CAT:B`, `CAT:I` hashes by category index. */
  private readonly marks: Array<[number, number, number]>;
  /** Few distinct entries exist (one per set of categories, listed or also a prefix): shared. */
  private readonly shared = new Map<string, GazetteerEntry>();

  static fromLists(lists: GazetteerLists): Gazetteer {
    return new Gazetteer(packGazetteer(lists));
  }

  constructor(packed: PackedGazetteer) {
    this.marks = packed.categories.map((c) => [strHash(`${c}:U`), strHash(`${c}:B`), strHash(`${c}:I`)]);
    const text = packed.groups;
    for (let at = 0; at < text.length;) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', at);
      this.roots.set(text.slice(at, tab), text.slice(tab + 1, end));
      at = end + 1;
    }
  }

  /** The node of a first word, its trie built on first use. */
  private root(word: string): PhraseNode | undefined {
    const found = this.roots.get(word);
    if (typeof found !== 'string') return found;
    const node = this.buildRoot(found);
    this.roots.set(word, node);
    return node;
  }

  /** A first word's trie from its packed entries, word by word; a node keeps its categories in the lists' order. */
  private buildRoot(packed: string): PhraseNode {
    const blank = (): PhraseNode => ({ entry: NO_ENTRY, next: null });
    const root = blank();
    const categories = new Map<PhraseNode, number[]>();
    for (const entry of packed.split('\t')) {
      const category = entry.charCodeAt(0) - CATEGORY_CHAR_0;
      let node = root;
      if (entry.length > 1)
        for (const word of entry.slice(1).split(' ')) {
          const next: Map<string, PhraseNode> = (node.next ??= new Map());
          let child: PhraseNode | undefined = next.get(word);
          if (!child) next.set(word, (child = blank()));
          node = child;
        }
      const known = categories.get(node);
      if (known) {
        if (!known.includes(category)) known.push(category);
      } else categories.set(node, [category]);
    }
    // a sequence is "more" when a longer listed phrase starts with it: its node has children
    const stack = [root];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      node.entry = this.entryFor(categories.get(node) ?? null, node.next !== null);
      if (node.next) for (const child of node.next.values()) stack.push(child);
    }
    return root;
  }

  private entryFor(cats: number[] | null, more: boolean): GazetteerEntry {
    const key = `${cats?.join(',') ?? ''}|${more}`;
    let entry = this.shared.get(key);
    if (!entry) {
      entry = {
        marks: cats && Int32Array.from(cats.flatMap((c) => this.marks[c])),
        single: cats && Int32Array.from(cats.map((c) => this.marks[c][0])),
        more,
      };
      this.shared.set(key, entry);
    }
    return entry;
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
        else node = words ? this.firstWord(words.info[i + words.offset]) : this.root(seq[i].lower);
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
    if (out === null) return NO_MARKS;
    // the lists made packed, in place (no second array a line)
    for (let k = 0; k < out.length; k++) {
      const m = out[k];
      if (Array.isArray(m)) out[k] = new Int32Array(m);
    }
    return out as Array<Int32Array | null>;
  }

  /** The node of a one-word sequence, kept with the word (no look-up of a new lower-case string each time). */
  private firstWord(w: WordInfo): PhraseNode | null {
    if (w.gazetteerOwner !== this || w.gazetteerEntry === undefined) {
      // the lists write most foreign names without accents: "bogotá" is listed as "bogota"
      w.gazetteerEntry = this.root(w.lower) ?? this.root(withoutAccents(w.lower)) ?? null;
      w.gazetteerOwner = this;
    }
    return w.gazetteerEntry;
  }
}
