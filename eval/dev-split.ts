// Tuning/check split of the rule-based layers' dev sets. Rules are tuned on the `tune` part and
// measured on the `check` part, so a figure on `check` says how the rules generalise. The split is a
// hash of the document id: stable, independent of file order, the same on every machine.
import { createHash } from 'node:crypto';

export type DevPart = 'tune' | 'check';

/** Quotes: a quarter of PolNeAR's documents are kept for checking. Events: about 30% of each set. */
export function devSplit(task: string, id: string): DevPart {
  const firstByte = createHash('md5').update(id).digest()[0];
  if (task === 'quotes') return firstByte % 4 === 0 ? 'check' : 'tune';
  return firstByte < 179 ? 'tune' : 'check';
}
