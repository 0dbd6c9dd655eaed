// The version of the analyser an Analysis came from: a hash of the package version, the compiled
// analysis code, the models, lexicons and knowledge base it reads, and the store's identity rules.
// An article stored under another version is analysed again by the next ingest, without --force.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// dist/src/ingest/analyser-version.js → dist/src and the repository root.
const distSrc = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(distSrc, '..', '..');

/** What decides an Analysis and how it is keyed in the store. */
export const ANALYSER_INPUTS = [
  join(distSrc, 'analyze'),
  join(distSrc, 'store', 'keys.js'),
  join(repoRoot, 'data', 'lexicons'),
  join(repoRoot, 'data', 'models'),
  join(repoRoot, 'data', 'kb'),
];

function filesUnder(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return []; // a missing input (no model trained yet) is part of the version as an absence
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

let cached: string | null = null;

export function analyserVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version?: string };
  hash.update(`dossier ${pkg.version ?? '?'}\n`);
  for (const file of ANALYSER_INPUTS.flatMap(filesUnder)) {
    if (file.endsWith('.map') || file.endsWith('.d.ts')) continue;
    hash.update(`${relative(repoRoot, file)}\n`);
    hash.update(readFileSync(file));
  }
  cached = `${pkg.version ?? '?'}+${hash.digest('hex').slice(0, 16)}`;
  return cached;
}
