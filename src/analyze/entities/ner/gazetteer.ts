// Name lists as features: which tokens lie inside a listed phrase (countries, capitals, demonyms,
// organisations, people, first names). Phrases are stored as lower-cased wink tokens joined by
// one space, so matching uses exactly the tokenisation of the text being tagged.
import type { Token } from '../../document.js';
import { strHash } from './hashing.js';

export type GazetteerLists = Record<string, string[]>;

/** Longest phrase tried, in tokens. */
const MAX_LEN = 6;

/** A line without marks (the tagger reads it as "no marks anywhere"). */
const NO_MARKS: Array<Int32Array | null> = [];

export class Gazetteer {
  private readonly phrases = new Map<string, string[]>();
  /** Hashes of `CAT:U`, `CAT:B`, `CAT:I` per category. */
  private readonly marks = new Map<string, [number, number, number]>();
  /** Every proper prefix of a listed phrase (its first word, first two words, ...). */
  private readonly prefixes = new Set<string>();

  constructor(lists: GazetteerLists) {
    for (const [category, phrases] of Object.entries(lists)) {
      for (const phrase of phrases) {
        const known = this.phrases.get(phrase);
        if (known) {
          if (!known.includes(category)) known.push(category);
        } else this.phrases.set(phrase, [category]);
        const words = phrase.split(' ');
        for (let n = 1; n < words.length; n++) this.prefixes.add(words.slice(0, n).join(' '));
      }
      this.marks.set(category, [strHash(`${category}:U`), strHash(`${category}:B`), strHash(`${category}:I`)]);
    }
  }

  /**
   * For each token, hashes of the marks of every listed phrase covering it (`CAT:U` for a one-token
   * phrase, `CAT:B`/`CAT:I` for longer ones), or null. Only phrases starting with a capital or a
   * non-ASCII letter are tried.
   */
  mark(seq: Token[]): Array<Int32Array | null> {
    let out: Array<number[] | null> | null = null;
    for (let i = 0; i < seq.length; i++) {
      const c = seq[i].text.charCodeAt(0);
      if (!(c >= 65 && c <= 90) && c < 128) continue;
      let key = '';
      for (let n = 1; n <= MAX_LEN && i + n <= seq.length; n++) {
        key = n === 1 ? seq[i].lower : `${key} ${seq[i + n - 1].lower}`;
        const cats = this.phrases.get(key);
        const more = this.prefixes.has(key);
        if (!cats) {
          if (more) continue;
          break;
        }
        for (const cat of cats) {
          const [u, b, inside] = this.marks.get(cat)!;
          out ??= new Array<number[] | null>(seq.length).fill(null);
          if (n === 1) (out[i] ??= []).push(u);
          else for (let k = 0; k < n; k++) (out[i + k] ??= []).push(k === 0 ? b : inside);
        }
        if (!more) break;
      }
    }
    return out ? out.map((m) => (m ? Int32Array.from(m) : null)) : NO_MARKS;
  }
}
