// A quick "no" before a hash lookup of a token's word in a lexicon. Most words a scan over every
// token asks about are in no lexicon, and hashing a word the first time it is looked up costs more
// than reading two of its characters: this filter answers from the first and last letters and the
// length alone (a word it lets through is then looked up as before).

export class WordFilter {
  /** Per (first letter, last letter) bucket: bit n set when a word of length n (above 31: bit 31) falls in it. */
  private readonly lengths = new Uint32Array(1024);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const slot = bucket(w);
      if (slot >= 0) this.lengths[slot] |= lengthBit(w);
    }
  }

  /** False when no word of the lexicon can equal w; true when one may (so always for non-ASCII edges). */
  mayHold(w: string): boolean {
    const slot = bucket(w);
    return slot < 0 || (this.lengths[slot] & lengthBit(w)) !== 0;
  }
}

/** The bucket of a word's first and last characters (5 bits each), or -1 for an empty word or non-ASCII edges. */
function bucket(w: string): number {
  if (w.length === 0) return -1;
  const first = w.charCodeAt(0);
  const last = w.charCodeAt(w.length - 1);
  if (first >= 128 || last >= 128) return -1;
  return ((first & 31) << 5) | (last & 31);
}

const lengthBit = (w: string) => 1 << Math.min(w.length, 31);
