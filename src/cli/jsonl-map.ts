// The JSONL loop shared by commands that turn each input line into one output line: output in input
// order, a bad line becomes {"id","error"} on standard output and a message on standard error, the
// run goes on, and the caller exits 1 when any line failed.
import { readLines } from '../ingest/lines.js';

export type LineResult = { ok: true; value: unknown } | { ok: false; id: string; error: string };

export async function mapJsonlLines(
  command: string,
  file: string,
  handle: (line: string, lineNo: number) => LineResult,
): Promise<{ failed: number }> {
  let failed = 0;
  let lineNo = 0;
  for await (const line of readLines(file)) {
    lineNo++;
    if (!line.trim()) continue;
    let result: LineResult;
    try {
      result = handle(line, lineNo);
    } catch (e) {
      result = { ok: false, id: `line-${lineNo}`, error: `failed: ${(e as Error).message}` };
    }
    let out = result.ok ? result.value : null;
    if (!result.ok) {
      failed++;
      console.error(`dossier ${command}: ${result.id}: ${result.error}`);
      out = { id: result.id, error: result.error };
    }
    // respect back-pressure on large runs
    if (!process.stdout.write(JSON.stringify(out) + '\n')) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
  if (failed) console.error(`dossier ${command}: ${failed} of the input lines failed`);
  return { failed };
}
