// CAMEO quad classes (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
// conflict) by event code, from data/lexicons/events-cameo.json, read once on first use.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// dist/src/store/queries → the repository root.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

let quads: Map<string, number> | null = null;

function load(): Map<string, number> {
  const path = join(repoRoot, 'data', 'lexicons', 'events-cameo.json');
  const lexicon = JSON.parse(readFileSync(path, 'utf8')) as { codes: Record<string, { quad?: number }> };
  return new Map(
    Object.entries(lexicon.codes).flatMap(([code, c]) => (typeof c.quad === 'number' ? [[code, c.quad]] : [])),
  );
}

/** The quad class of a CAMEO code (its own entry, else its two-digit root's), or null. */
export function quadClass(code: string | null): number | null {
  if (!code) return null;
  quads ??= load();
  return quads.get(code) ?? quads.get(code.slice(0, 2)) ?? null;
}
