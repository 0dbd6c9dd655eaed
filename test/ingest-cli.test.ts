// dossier ingest as a user runs it, with worker threads, while other connections read the store (WAL).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { checkConsistency } from '../src/store/check.js';
import { readJsonl, repoRoot } from './helpers.js';

const workDir = mkdtempSync(join(tmpdir(), 'dossier-ingest-cli-test-'));
after(() => rmSync(workDir, { recursive: true, force: true }));

test('readers keep reading whole articles while an ingest with two workers writes', async () => {
  const sample = readJsonl<{ id: string; text: string }>(join(repoRoot, 'data', 'demo', 'pdnews.jsonl'))
    .filter((r) => r.id.startsWith('wikinews-') && r.text.length < 2000)
    .slice(40, 64);
  const file = join(workDir, 'sample.jsonl');
  writeFileSync(file, sample.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const db = join(workDir, 'wal.db');
  const bin = join(repoRoot, 'bin', 'dossier');
  const child = spawn(process.execPath, [bin, 'ingest', file, '--db', db, '--workers', '2', '--batch-size', '2'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => (done = true));

  const seen: number[] = [];
  while (!done) {
    await sleep(20);
    let reader: Database.Database;
    try {
      reader = new Database(db, { readonly: true, fileMustExist: true });
    } catch {
      continue; // not created yet
    }
    try {
      const version = reader.pragma('user_version', { simple: true }) as number;
      if (version < 3) continue;
      // One read transaction sees whole batches: every stored original has its analysis's events.
      const read = reader.transaction(() => {
        const n = (reader.prepare('SELECT count(*) AS n FROM article').get() as { n: number }).n;
        const rows = reader
          .prepare(
            `SELECT a.id, a.analysis, (SELECT count(DISTINCT local_event) FROM assertion
          WHERE article = a.id) AS events FROM article a WHERE duplicate_of IS NULL`,
          )
          .all() as {
          id: string;
          analysis: string;
          events: number;
        }[];
        for (const r of rows) {
          const expected = new Set((JSON.parse(r.analysis) as { events: { id: string }[] }).events.map((e) => e.id));
          assert.equal(r.events, expected.size, `${r.id} read half-written`);
        }
        return n;
      });
      seen.push(read());
    } finally {
      reader.close();
    }
  }
  assert.equal(await exited, 0, stdout);
  assert.ok(seen.length >= 2, `reads during the ingest: ${seen.length}`);
  assert.deepEqual(
    seen,
    [...seen].sort((a, b) => a - b),
    'the count only grows',
  );
  assert.ok(seen.some((n) => n > 0 && n < sample.length) || seen.at(-1) === sample.length);
  const check = new Database(db);
  assert.deepEqual(checkConsistency(check), []);
  assert.equal((check.prepare('SELECT count(*) AS n FROM article').get() as { n: number }).n, sample.length);
  check.close();
});
