// A quick "no" before a hash lookup of a token's word in a small lexicon. Most words a scan over
// every token asks about are in no lexicon, and hashing a word the first time it is looked up
// costs more than reading its first letter and length; this filter answers from those two alone.

export class WordFilter {
  /** Per ASCII first letter: bit n set when some word of length n (lengths above 31 share bit 31) starts with it. */
  private readonly lengths = new Uint32Array(128);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const c = w.charCodeAt(0);
      if (c < 128) this.lengths[c] |= lengthBit(w);
    }
  }

  /** False when no word of the lexicon can equal w; true when one may (words opening with non-ASCII always may). */
  mayHold(w: string): boolean {
    const c = w.charCodeAt(0);
    return !(c < 128) || (this.lengths[c] & lengthBit(w)) !== 0;
  }
}

const lengthBit = (w: string) => 1 << Math.min(w.length, 31);
