// The files an ingest argument names: the file itself, or every readable article file under a folder
// (recursively, sorted so runs are repeatable), each with the id base it gets: its path relative to
// the argument.
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';

export type InputFormat = 'text' | 'jsonl' | 'html' | 'feed';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text',
  '.jsonl': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** The format a file is read as: by its extension; anything unknown given by name is plain text. */
export function formatOf(file: string, override?: InputFormat): InputFormat {
  if (override) return override;
  if (file === '-') return 'jsonl';
  return BY_EXTENSION[extname(file).toLowerCase()] ?? 'text';
}

export type InputFile =
  { ok: true; path: string; name: string; format: InputFormat } | { ok: false; path: string; error: string };

/** Ids are the path below the argument, with / on every platform; a file given by name is its base name. */
const nameBelow = (root: string, path: string) => relative(root, path).split(sep).join('/');

async function* walk(root: string, dir: string): AsyncGenerator<InputFile> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { ok: false, path: dir, error: `cannot read the folder: ${(e as Error).message}` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue; // editors' and VCS's files
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(root, path);
    else if (BY_EXTENSION[extname(entry.name).toLowerCase()]) {
      yield { ok: true, path, name: nameBelow(root, path), format: formatOf(path) };
    }
  }
}

export async function* inputFiles(args: string[], override?: InputFormat): AsyncGenerator<InputFile> {
  for (const arg of args) {
    if (arg === '-') {
      yield { ok: true, path: arg, name: 'stdin', format: formatOf(arg, override) };
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(arg)).isDirectory();
    } catch {
      // a missing file is reported when it is read, with the system's reason
    }
    if (isDir) {
      for await (const f of walk(arg, arg)) yield f.ok && override ? { ...f, format: override } : f;
    } else yield { ok: true, path: arg, name: basename(arg), format: formatOf(arg, override) };
  }
}
