// MinHash signatures over word shingles: two texts' signatures agree in about as many positions as
// the Jaccard similarity of their shingle sets, so syndicated copies (new headline, dateline, a
// trimmed paragraph) score high while different stories score near zero.

export const SHINGLE_WORDS = 5;
export const SIGNATURE_SIZE = 64;
/** Fewer shingles than this and one changed word swings the score: such texts match only when identical. */
export const MIN_SHINGLES = 10;

/** murmur3's finaliser: spreads every input bit over the 32-bit output. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashString(s: string): number {
  let h = 0x811c9dc5; // FNV-1a, then mixed
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix32(h);
}

// One seed per hash function, fixed so signatures stored by one run compare with the next's.
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(0x9e3779b9 + i * 0x7f4a7c15));

/** Lower-cased words: punctuation, case and spacing edits do not change them. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function shingleHashes(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.add(hashString(w.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/** Below this many words a text may be a template (dividend notices, results tables) told apart only by its headline. */
export const SHORT_TEXT_WORDS = 40;

/** What two copies must share: the text, and for a short text its headline too. */
export function fingerprintText(text: string, title?: string | null): string {
  return title && words(text).length < SHORT_TEXT_WORDS ? `${title}\n${text}` : text;
}

/** The text's signature, or null when it is too short to compare by shingles. */
export function minhash(text: string): Uint32Array | null {
  const shingles = shingleHashes(text);
  if (shingles.size < MIN_SHINGLES) return null;
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const h of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix32(h ^ SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** The estimated Jaccard similarity: the share of positions where the two signatures agree. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return n ? same / n : 0;
}
