// Command-line options of the training scripts: `--name value` pairs, and where the shared data is.
import { sharedDir } from '../eval/paths.js';

/** The script's own arguments. */
export const scriptArgs = process.argv.slice(2);

/** The value after `--name` on the command line, or the fallback. */
export function option(name: string, fallback: string): string {
  const i = scriptArgs.indexOf(`--${name}`);
  return i >= 0 && scriptArgs[i + 1] ? scriptArgs[i + 1] : fallback;
}

/** The shared data folder: `--shared`, else ../shared beside the repository (or DOSSIER_SHARED). */
export const sharedOption = (): string => option('shared', sharedDir);
