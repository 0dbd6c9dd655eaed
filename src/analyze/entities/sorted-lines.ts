// A file of lines sorted by their UTF-8 bytes, searched in place: the buffer is read once and
// never split or decoded as a whole, so opening a 2.6 MB index costs one file read.

/**
 * The line from `start` to `end`, cut to the probe's length, against the probe: below zero when the
 * line sorts first, zero when equal (Buffer.compare's order; a byte loop, as the first few bytes
 * mostly decide and Buffer.compare's argument checks cost more than that).
 */
function compareLineToProbe(buf: Buffer, start: number, end: number, probe: Buffer): number {
  const n = Math.min(end - start, probe.length);
  for (let k = 0; k < n; k++) {
    const d = buf[start + k] - probe[k];
    if (d !== 0) return d;
  }
  return n < probe.length ? -1 : 0;
}

/** A line's bucket: its first two bytes (a missing byte counts as 0, which keeps buckets in line order). */
const bucketOf = (buf: Buffer, start: number, end: number): number =>
  (end > start ? buf[start] << 8 : 0) | (end > start + 1 ? buf[start + 1] : 0);

/** Probes are encoded here rather than into a new Buffer each (a look-up per new name in every text). */
let probeScratch = Buffer.alloc(256);

/** The probe's UTF-8 bytes, in the shared scratch buffer when they fit (read them before the next call). */
function encodeProbe(prefix: string): Buffer {
  // at most 3 bytes per UTF-16 unit: a probe that might not fit gets a buffer of its own
  if (prefix.length * 3 > probeScratch.length) probeScratch = Buffer.alloc(prefix.length * 3);
  const length = probeScratch.write(prefix, 0, 'utf8');
  return probeScratch.subarray(0, length);
}

export class SortedLines {
  private readonly buf: Buffer;
  /** Where each line starts, found on the first search (4 bytes a line). */
  private starts: Uint32Array | null = null;
  /**
   * firstOfBucket[k]: the first line whose bucket (first two bytes) is k or more; 65,537 entries.
   * A probe's search starts within its bucket's lines: a few probes instead of seventeen over a
   * file of megabytes, each a likely cache miss (new names are looked up in every text).
   */
  private firstOfBucket: Uint32Array | null = null;

  constructor(buf: Buffer) {
    this.buf = buf;
  }

  /**
   * The start of every line. Searching by line number saves each probe a backward scan for the
   * start of the line it lands in, which showed in the profile (names recur, but there are many).
   */
  private lineStarts(): Uint32Array {
    if (this.starts) return this.starts;
    const buf = this.buf;
    let count = 0;
    for (let at = 0; at < buf.length; count++) {
      const nl = buf.indexOf(10, at);
      at = nl < 0 ? buf.length : nl + 1;
    }
    const starts = new Uint32Array(count);
    for (let at = 0, k = 0; k < count; k++) {
      starts[k] = at;
      at = buf.indexOf(10, at) + 1;
    }
    const first = new Uint32Array(65537);
    let bucket = 0;
    for (let k = 0; k < count; k++) {
      const b = bucketOf(buf, starts[k], this.lineEnd(starts, k));
      while (bucket <= b) first[bucket++] = k;
    }
    while (bucket <= 65536) first[bucket++] = count;
    this.firstOfBucket = first;
    this.starts = starts;
    return starts;
  }

  /** The end of line k (before its newline; the last line at the end or its final newline). */
  private lineEnd(starts: Uint32Array, k: number): number {
    const buf = this.buf;
    return k + 1 < starts.length ? starts[k + 1] - 1 : buf.length - (buf[buf.length - 1] === 10 ? 1 : 0);
  }

  /** Byte offset of the start of the first line not below the probe (buf.length when none). */
  private lowerBound(probe: Buffer): number {
    const buf = this.buf;
    const starts = this.lineStarts();
    // lines of a lower bucket sort below the probe, and those of a higher one above it
    const bucket = bucketOf(probe, 0, probe.length);
    let lo = this.firstOfBucket![bucket];
    let hi = this.firstOfBucket![bucket + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareLineToProbe(buf, starts[mid], this.lineEnd(starts, mid), probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length ? starts[lo] : buf.length;
  }

  /** The first line that starts with the prefix, decoded, or undefined. */
  find(prefix: string): string | undefined {
    if (!this.buf.length) return undefined;
    const probe = encodeProbe(prefix);
    const s = this.lowerBound(probe);
    if (!this.startsAt(probe, s)) return undefined;
    const nl = this.buf.indexOf(10, s);
    return this.buf.toString('utf8', s, nl < 0 ? this.buf.length : nl);
  }

  /** Every line that starts with the prefix, decoded, in order (lines with one prefix are adjacent). */
  findAll(prefix: string): string[] {
    if (!this.buf.length) return [];
    const probe = encodeProbe(prefix);
    const out: string[] = [];
    let s = this.lowerBound(probe);
    while (this.startsAt(probe, s)) {
      const nl = this.buf.indexOf(10, s);
      const end = nl < 0 ? this.buf.length : nl;
      out.push(this.buf.toString('utf8', s, end));
      s = end + 1;
    }
    return out;
  }

  /** Whether the bytes at `s` begin with the probe (a probe longer than what is left does not). */
  private startsAt(probe: Buffer, s: number): boolean {
    return s + probe.length <= this.buf.length && this.buf.compare(probe, 0, probe.length, s, s + probe.length) === 0;
  }

  /** Whether the exact line is present (a line sorts before every longer line it begins). */
  has(line: string): boolean {
    return this.find(line) === line;
  }
}

/** Sorts lines the way SortedLines searches them: by their UTF-8 bytes. */
export function sortLines(lines: string[]): string[] {
  return lines
    .map((l) => ({ l, b: Buffer.from(l, 'utf8') }))
    .sort((x, y) => Buffer.compare(x.b, y.b))
    .map((x) => x.l);
}
