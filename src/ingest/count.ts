// How many articles an ingest's inputs hold, counted cheaply (lines, <item>/<entry> tags) so a
// progress bar can show the total before the articles are read.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { inputFiles, type InputFormat } from './files.js';

async function countLines(path: string): Promise<number> {
  let n = 0;
  let lastLineEmpty = true;
  for await (const chunk of createReadStream(path)) {
    const buf = chunk as Buffer;
    for (let i = 0; i < buf.length; i++) {
      if (buf[i] === 10) {
        if (!lastLineEmpty) n++;
        lastLineEmpty = true;
      } else if (buf[i] !== 13 && buf[i] !== 32) lastLineEmpty = false;
    }
  }
  return lastLineEmpty ? n : n + 1;
}

export async function countArticles(paths: string[], format?: InputFormat): Promise<number> {
  let total = 0;
  for await (const file of inputFiles(paths, format)) {
    if (!file.ok || file.path === '-') {
      total++;
      continue;
    }
    try {
      if (file.format === 'jsonl') total += await countLines(file.path);
      else if (file.format === 'feed') {
        total += Math.max(1, ((await readFile(file.path, 'utf8')).match(/<(item|entry)[\s>]/g) ?? []).length);
      } else total++;
    } catch {
      total++; // it will be one error item
    }
  }
  return total;
}
