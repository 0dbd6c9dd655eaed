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
  // ASCII, as nearly every probe is, byte for byte here (Buffer.write's call into the runtime costs
  // more than the copy); anything else by Buffer.write
  const n = prefix.length;
  let i = 0;
  for (; i < n; i++) {
    const c = prefix.charCodeAt(i);
    if (c >= 128) break;
    probeScratch[i] = c;
  }
  const length = i === n ? n : probeScratch.write(prefix, 0, 'utf8');
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
  /**
   * One bit per hash of each line's first field (its bytes before the first tab, or the whole line):
   * a key whose bit is clear is the first field of no line. Most names a text asks about are in no
   * file, and the filter answers them without the binary search (built with lineStarts).
   */
  private keyBits: Int32Array | null = null;
  private keyMask = 0;

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
    this.buildKeyBits(starts);
    this.starts = starts;
    return starts;
  }

  /** keyBits for the lines: about 16 bits a line, so that few absent keys share a bit with a present one. */
  private buildKeyBits(starts: Uint32Array): void {
    let bits = 1024;
    while (bits < starts.length * 16) bits *= 2;
    const keyBits = new Int32Array(bits >>> 5);
    const buf = this.buf;
    for (let k = 0; k < starts.length; k++) {
      const end = this.lineEnd(starts, k);
      let at = starts[k];
      while (at < end && buf[at] !== TAB) at++;
      const h = keyHash(buf, starts[k], at) & (bits - 1);
      keyBits[h >>> 5] |= 1 << (h & 31);
    }
    this.keyMask = bits - 1;
    this.keyBits = keyBits;
  }

  /** False when no line's first field is the probe's bytes [0, length) (keyBits built). */
  private mayHaveKey(probe: Buffer, length: number): boolean {
    const h = keyHash(probe, 0, length) & this.keyMask;
    return (this.keyBits![h >>> 5] & (1 << (h & 31))) !== 0;
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

  /** The whole file as text, for a scan made once. */
  allText(): string {
    return this.buf.toString('utf8');
  }

  /** The first line that starts with the prefix, decoded, or undefined. */
  find(prefix: string): string | undefined {
    if (!this.buf.length) return undefined;
    const probe = encodeProbe(prefix);
    if (!this.mayStartALine(probe)) return undefined;
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
    if (!this.mayStartALine(probe)) return out;
    let s = this.lowerBound(probe);
    while (this.startsAt(probe, s)) {
      const nl = this.buf.indexOf(10, s);
      const end = nl < 0 ? this.buf.length : nl;
      out.push(this.buf.toString('utf8', s, end));
      s = end + 1;
    }
    return out;
  }

  /**
   * False when no line can start with the probe, by keyBits: a probe whose one tab ends it ("key\t")
   * starts only a line whose first field is the key. Other probes may start any line.
   */
  private mayStartALine(probe: Buffer): boolean {
    const n = probe.length;
    if (n === 0 || probe[n - 1] !== TAB) return true;
    for (let i = 0; i < n - 1; i++) if (probe[i] === TAB) return true;
    this.lineStarts();
    return this.mayHaveKey(probe, n - 1);
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

const TAB = 9;

/** FNV-1a over bytes [from, to), then MurmurHash3's finaliser (keyBits' index). */
function keyHash(buf: Buffer, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ buf[i], 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Sorts lines the way SortedLines searches them: by their UTF-8 bytes. */
export function sortLines(lines: string[]): string[] {
  return lines
    .map((l) => ({ l, b: Buffer.from(l, 'utf8') }))
    .sort((x, y) => Buffer.compare(x.b, y.b))
    .map((x) => x.l);
}
