// A file of lines sorted by their UTF-8 bytes, searched in place: the buffer is read once and
// never split or decoded as a whole, so opening a 2.6 MB index costs one file read.

export class SortedLines {
  private readonly buf: Buffer;

  constructor(buf: Buffer) {
    this.buf = buf;
  }

  /** Byte offset of the start of the first line not below the probe (buf.length when none). */
  private lowerBound(probe: Buffer): number {
    const buf = this.buf;
    let lo = 0;
    let hi = buf.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const s = mid === 0 ? 0 : Math.max(lo, buf.lastIndexOf(10, mid - 1) + 1);
      const nl = buf.indexOf(10, s);
      const end = nl < 0 ? buf.length : nl;
      const cmp = buf.compare(probe, 0, probe.length, s, Math.min(end, s + probe.length));
      if (cmp < 0) lo = end + 1;
      else hi = s;
    }
    return lo;
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
