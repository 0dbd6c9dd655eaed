// One growable Float32Array holding the per-word score blocks (model.ts wordSums), each word's at an
// offset: the hot loop that sums a token's five blocks then reads one array instead of five small
// ones (about twice as fast in V8). Emptied, with a new generation, when it would pass its limit, so
// that endless input cannot grow it without bound; a word's offset is valid in its generation only.

export class ScorePool {
  data: Float32Array;
  private used = 0;
  generation = 0;

  constructor(
    /** Floats per block. */
    private readonly width: number,
    /** Blocks kept before the pool is emptied. */
    private readonly limit: number,
  ) {
    this.data = new Float32Array(width * 1024);
  }

  /** Makes room for `count` more blocks now, emptying the pool first if they would pass the limit. */
  reserve(count: number): void {
    const need = this.used + count * this.width;
    if (need > this.limit * this.width) {
      this.used = 0;
      this.generation++;
      if (count * this.width > this.data.length) this.data = new Float32Array(count * this.width);
      return;
    }
    if (need <= this.data.length) return;
    let size = this.data.length;
    while (size < need) size *= 2;
    const grown = new Float32Array(Math.min(size, this.limit * this.width));
    grown.set(this.data.subarray(0, this.used));
    this.data = grown;
  }

  /** The offset of a new block (after reserve). */
  take(): number {
    const at = this.used;
    this.used += this.width;
    return at;
  }
}
