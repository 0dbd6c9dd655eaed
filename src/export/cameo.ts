// Goldstein scale and quad class of a CAMEO code from the event lexicon (the code itself, else its
// base and root codes, which the codebook always lists).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface CameoEntry {
  name: string;
  goldstein: number | null;
  quad: number | null;
}

const lexiconPath = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'data',
  'lexicons',
  'events-cameo.json',
);
let codes: Record<string, CameoEntry> | null = null;

export function cameo(code: string | null): CameoEntry | null {
  if (!code) return null;
  codes ??= (JSON.parse(readFileSync(lexiconPath, 'utf8')) as { codes: Record<string, CameoEntry> }).codes;
  return codes[code] ?? codes[code.slice(0, 3)] ?? codes[code.slice(0, 2)] ?? null;
}
