// Writes lines to a stream one at a time, waiting when it is full: exports never build one big string.
import type { Writable } from 'node:stream';

export async function writeLines(out: Writable, lines: Iterable<string>): Promise<number> {
  let n = 0;
  for (const line of lines) {
    n++;
    if (!out.write(line + '\n')) await new Promise<void>((resolve) => out.once('drain', resolve));
  }
  return n;
}
