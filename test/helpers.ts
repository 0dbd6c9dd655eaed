// Shared test helpers: the seed article and the gold data live in ../shared, beside the repo.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root (tests run from dist/test). */
export const repoRoot = join(here, '..', '..');
export const sharedDir = join(repoRoot, '..', 'shared');

export function seedArticle(): string {
  return readFileSync(join(sharedDir, 'seed', 'article.txt'), 'utf8');
}

export function readJsonl<T = Record<string, unknown>>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
