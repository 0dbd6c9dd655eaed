// Finds the earlier article a text is a copy of by MinHash (identical texts agree everywhere) with locality-sensitive hashing (16 bands of 4 values: pairs at Jaccard 0.8 share a band
// with probability > 0.999, pairs at 0.3 rarely), each candidate then checked on its whole signature.
import { mix32, similarity } from './minhash.js';

export const DEFAULT_THRESHOLD = 0.8;
const BANDS = 16;

export interface Match {
  /** The first article of the story (a copy's copy leads back to it). */
  original: string;
  /** The article this text resembles most among the candidates. */
  similarity: number;
}

interface Entry {
  order: number;
  minhash: Uint32Array | null;
  duplicateOf: string | null;
}

export class NearDuplicateIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly byBand = new Map<number, string[]>();
  private nextOrder = 0;

  constructor(private readonly threshold = DEFAULT_THRESHOLD) {}

  get size(): number {
    return this.entries.size;
  }

  /** Records an article (in the order articles were first stored) so later texts compare with it. */
  add(id: string, sig: Uint32Array | null, duplicateOf: string | null): void {
    const known = this.entries.get(id);
    this.entries.set(id, { order: known?.order ?? this.nextOrder++, minhash: sig, duplicateOf });
    if (!sig) return;
    for (const key of bandKeys(sig)) {
      const ids = this.byBand.get(key);
      if (!ids) this.byBand.set(key, [id]);
      else if (ids[ids.length - 1] !== id) ids.push(id);
    }
  }

  /** The earliest article (other than id itself) this text copies, or null for a new story. */
  find(id: string, sig: Uint32Array | null): Match | null {
    if (!sig) return null; // too short to tell a copy from a template
    let best: { root: string; order: number; similarity: number } | null = null;
    const consider = (candidate: string, score: number) => {
      if (candidate === id || score < this.threshold) return;
      const root = this.rootOf(candidate);
      if (root === null || root === id) return;
      const order = this.entries.get(root)?.order ?? Infinity;
      if (!best || order < best.order) best = { root, order, similarity: score };
    };
    const seen = new Set<string>();
    for (const key of bandKeys(sig)) {
      for (const candidate of this.byBand.get(key) ?? []) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        const other = this.entries.get(candidate)?.minhash;
        // A band shared with a text's old signature is stale: check the current one.
        if (other) consider(candidate, similarity(sig, other));
      }
    }
    const found = best as { root: string; similarity: number } | null;
    return found ? { original: found.root, similarity: found.similarity } : null;
  }

  /** Follows duplicate_of links to the first article; null when a link is broken or loops. */
  private rootOf(id: string): string | null {
    let current = id;
    for (let hops = 0; hops < 100; hops++) {
      const entry = this.entries.get(current);
      if (!entry) return null;
      if (entry.duplicateOf === null) return current;
      current = entry.duplicateOf;
    }
    return null;
  }
}

function bandKeys(sig: Uint32Array): number[] {
  const rows = Math.floor(sig.length / BANDS);
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b;
    for (let r = 0; r < rows; r++) h = mix32(h ^ sig[b * rows + r]);
    keys.push(b * 0x100000000 + h);
  }
  return keys;
}
