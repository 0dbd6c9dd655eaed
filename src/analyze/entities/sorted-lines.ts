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

export class SortedLines {
  private readonly buf: Buffer;
  /** Where each line starts, found on the first search (4 bytes a line). */
  private starts: Uint32Array | null = null;

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
    this.starts = starts;
    return starts;
  }

  /** Byte offset of the start of the first line not below the probe (buf.length when none). */
  private lowerBound(probe: Buffer): number {
    const buf = this.buf;
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const s = starts[mid];
      // a line ends before the next one's newline; the last one at the end or its final newline
      const end = mid + 1 < starts.length ? starts[mid + 1] - 1 : buf.length - (buf[buf.length - 1] === 10 ? 1 : 0);
      if (compareLineToProbe(buf, s, end, probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length ? starts[lo] : buf.length;
  }

  /** The first line that starts with the prefix, decoded, or undefined. */
  find(prefix: string): string | undefined {
    if (!this.buf.length) return undefined;
    const probe = Buffer.from(prefix, 'utf8');
    const s = this.lowerBound(probe);
    if (s >= this.buf.length || this.buf.compare(probe, 0, probe.length, s, s + probe.length) !== 0) return undefined;
    const nl = this.buf.indexOf(10, s);
    return this.buf.toString('utf8', s, nl < 0 ? this.buf.length : nl);
  }

  /** Every line that starts with the prefix, decoded, in order (lines with one prefix are adjacent). */
  findAll(prefix: string): string[] {
    if (!this.buf.length) return [];
    const probe = Buffer.from(prefix, 'utf8');
    const out: string[] = [];
    let s = this.lowerBound(probe);
    while (s < this.buf.length && this.buf.compare(probe, 0, probe.length, s, s + probe.length) === 0) {
      const nl = this.buf.indexOf(10, s);
      const end = nl < 0 ? this.buf.length : nl;
      out.push(this.buf.toString('utf8', s, end));
      s = end + 1;
    }
    return out;
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
