// The store's commands as a user runs them: bin/dossier in child processes, on real demo articles,
// including a run killed with SIGKILL in the middle of an ingest.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { checkConsistency } from '../src/store/check.js';
import { repoRoot } from './helpers.js';

const workDir = mkdtempSync(join(tmpdir(), 'dossier-cli-test-'));
after(() => rmSync(workDir, { recursive: true, force: true }));
const bin = join(repoRoot, 'bin', 'dossier');

const demoLines = readFileSync(join(repoRoot, 'data', 'demo', 'pdnews.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean);
const wikinews = demoLines.filter((l) => {
  const r = JSON.parse(l) as { id: string; text: string };
  return r.id.startsWith('wikinews-') && r.text.length < 2500;
});

function corpus(name: string, lines: string[]): string {
  const path = join(workDir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

function dossier(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: workDir });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function inspect(dbPath: string): { articles: number; problems: string[] } {
  const db = new Database(dbPath);
  try {
    const articles = (db.prepare('SELECT count(*) AS n FROM article').get() as { n: number }).n;
    return { articles, problems: checkConsistency(db) };
  } finally {
    db.close();
  }
}

test('ingest reports a bad line on stderr with its id, stores the rest, exits 1; a re-run changes nothing', () => {
  const db = join(workDir, 'bad-line.db');
  const file = corpus('bad-line.jsonl', [wikinews[0], '{"id": "half", "text": "no end', wikinews[1]]);
  const first = dossier('ingest', file, '--db', db);
  assert.equal(first.status, 1);
  assert.match(first.stderr, /bad-line\.jsonl:line-2 \(.*bad-line\.jsonl:2\): not JSON/);
  assert.match(first.stdout, /2 added, 0 replaced, 0 unchanged, 1 failed/);
  assert.match(first.stdout, /articles\/s/);
  const second = dossier('ingest', file, '--db', db, '--json');
  assert.equal(second.status, 1);
  const summary = JSON.parse(second.stdout) as Record<string, number>;
  assert.deepEqual([summary.added, summary.unchanged, summary.failed], [0, 2, 1]);
  assert.deepEqual(inspect(db), { articles: 2, problems: [] });
  // A plain-text file is one article named by its file name.
  const text = dossier('ingest', join(repoRoot, '..', 'shared', 'seed', 'article.txt'), '--db', db);
  assert.equal(text.status, 0);
  assert.match(text.stdout, /1 added/);
  assert.equal(inspect(db).articles, 3);
});

test('an ingest killed with SIGKILL midway leaves a consistent database, and a re-run completes it', async () => {
  const db = join(workDir, 'killed.db');
  const lines = wikinews.slice(2, 22);
  const file = corpus('killed.jsonl', lines);
  const child = spawn(process.execPath, [bin, 'ingest', file, '--db', db, '--batch-size', '2'], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let seen = 0;
  for (let i = 0; i < 2000 && seen < 4; i++) {
    await sleep(10);
    try {
      const probe = new Database(db, { fileMustExist: true });
      try {
        seen = (probe.prepare('SELECT count(*) AS n FROM article').get() as { n: number }).n;
      } finally {
        probe.close();
      }
    } catch {
      // not created or not migrated yet
    }
  }
  child.kill('SIGKILL');
  const code = await exited;
  const midway = inspect(db);
  assert.deepEqual(midway.problems, []);
  assert.ok(midway.articles >= 4, `articles stored before the kill: ${midway.articles}`);
  assert.ok(code === null, 'the child was killed, not finished');
  assert.ok(midway.articles < lines.length, 'killed before the end');
  assert.equal(midway.articles % 2, 0, 'whole batches only');

  const rerun = dossier('ingest', file, '--db', db, '--json');
  assert.equal(rerun.status, 0, rerun.stderr);
  const summary = JSON.parse(rerun.stdout) as Record<string, number>;
  assert.equal(summary.unchanged, midway.articles);
  assert.equal(summary.added, lines.length - midway.articles);
  assert.deepEqual(inspect(db), { articles: lines.length, problems: [] });
});

test('search, quotes, events and actor answer in text and JSON; malformed searches never crash', () => {
  const db = join(workDir, 'query.db');
  const ids = ['wikinews-176236', 'wikinews-57105'];
  const file = corpus(
    'query.jsonl',
    demoLines.filter((l) => ids.includes((JSON.parse(l) as { id: string }).id)),
  );
  assert.equal(dossier('ingest', file, '--db', db).status, 0);

  const found = dossier('search', 'nuclear', 'sanctions', '--db', db);
  assert.equal(found.status, 0);
  assert.match(found.stdout, /Articles \(2\)/);
  assert.match(found.stdout, /«sanctions»|«nuclear»/);
  const json = JSON.parse(dossier('search', 'Ahmadinejad', '--db', db, '--json').stdout) as {
    articles: { article: string }[];
  };
  assert.deepEqual(
    json.articles.map((a) => a.article),
    ['wikinews-57105'],
  );
  for (const q of ['"unbalanced', 'NEAR(', '"', 'AND OR']) {
    const r = dossier('search', q, '--db', db);
    assert.equal(r.status, 0, `search ${q}: ${r.stderr}`);
  }
  const raw = dossier('search', 'NEAR(', '--raw', '--db', db);
  assert.equal(raw.status, 1);
  assert.match(raw.stderr, /not a valid FTS5 query/);
  assert.doesNotMatch(raw.stderr, /\n\s+at /); // a message, not a stack trace

  for (const args of [
    ['quotes', '--speaker', 'Biden'],
    ['events', '--target', 'IRN'],
    ['events', '--type', 'sanction'],
  ]) {
    const r = dossier(...args, '--db', db, '--json');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(Array.isArray(JSON.parse(r.stdout)));
    assert.equal(dossier(...args, '--db', db).status, 0);
  }
  assert.equal(dossier('events', '--status', 'rumoured', '--db', db).status, 2);
  const nobody = dossier('actor', 'Nobody Atall', '--db', db);
  assert.equal(nobody.status, 1);
  assert.match(nobody.stdout, /No actor matches/);
  const actorJson = JSON.parse(dossier('actor', 'Nobody Atall', '--db', db, '--json').stdout) as { report: unknown };
  assert.equal(actorJson.report, null);

  const missing = dossier('search', 'Iran', '--db', join(workDir, 'nowhere.db'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no database at/);
});

test('start loads its corpus once and shows what the store holds; the second run skips every article', () => {
  const db = join(workDir, 'start.db');
  const file = corpus('start.jsonl', wikinews.slice(22, 26));
  const first = dossier('start', '--db', db, '--corpus', file);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /4 added/);
  assert.match(first.stdout, /The store holds 4 articles/);
  assert.match(first.stdout, /Most-mentioned actors/);
  const second = dossier('start', '--db', db, '--corpus', file);
  assert.match(second.stdout, /0 added, 0 replaced, 4 unchanged/);
});
