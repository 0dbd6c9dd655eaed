// Name lists as features: which tokens lie inside a listed phrase (countries, capitals, demonyms,
// organisations, people, first names). Phrases are stored as lower-cased wink tokens joined by
// one space, so matching uses exactly the tokenisation of the text being tagged.
import type { Token } from '../../document.js';

export type GazetteerLists = Record<string, string[]>;

/** Longest phrase tried, in tokens. */
const MAX_LEN = 6;

export class Gazetteer {
  private readonly phrases = new Map<string, string[]>();
  private readonly firstWords = new Set<string>();

  constructor(lists: GazetteerLists) {
    for (const [category, phrases] of Object.entries(lists)) {
      for (const phrase of phrases) {
        const known = this.phrases.get(phrase);
        if (known) {
          if (!known.includes(category)) known.push(category);
        } else this.phrases.set(phrase, [category]);
        this.firstWords.add(phrase.split(' ', 1)[0]);
      }
    }
  }

  /**
   * For each token, the features of every listed phrase covering it: `CAT:U` for a one-token phrase,
   * `CAT:B`/`CAT:I` for longer ones. Only phrases starting with a capital or a non-ASCII letter are tried.
   */
  mark(seq: Token[]): string[][] {
    const out: string[][] = seq.map(() => []);
    for (let i = 0; i < seq.length; i++) {
      const c = seq[i].text.charCodeAt(0);
      if (!(c >= 65 && c <= 90) && c < 128) continue;
      if (!this.firstWords.has(seq[i].lower)) continue;
      let key = '';
      for (let n = 1; n <= MAX_LEN && i + n <= seq.length; n++) {
        key = n === 1 ? seq[i].lower : `${key} ${seq[i + n - 1].lower}`;
        const cats = this.phrases.get(key);
        if (!cats) continue;
        for (const cat of cats) {
          if (n === 1) out[i].push(`${cat}:U`);
          else for (let k = 0; k < n; k++) out[i + k].push(`${cat}:${k === 0 ? 'B' : 'I'}`);
        }
      }
    }
    return out;
  }
}
