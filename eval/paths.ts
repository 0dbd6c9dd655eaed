// Where the repository and the shared data are, wherever the compiled script runs from.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: this file is compiled to dist/eval/paths.js. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The shared folder beside the repository, or DOSSIER_SHARED. */
export const sharedDir = process.env.DOSSIER_SHARED ?? join(repoRoot, '..', 'shared');
