// The analyze command as the contract fixes it, driven through the real bin/dossier.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot, sharedDir } from './helpers.js';

const dossier = join(repoRoot, 'bin', 'dossier');
const run = (args: string[], input?: string) =>
  spawnSync(dossier, args, { input, encoding: 'utf8', maxBuffer: 1 << 26 });

interface Spanned {
  start: number;
  end: number;
  text?: string;
}

/** Every span with a text in the Analysis must be exactly the slice it points to. */
function assertSpansSlice(value: unknown, text: string, path = '$'): number {
  let n = 0;
  if (Array.isArray(value)) value.forEach((v, i) => (n += assertSpansSlice(v, text, `${path}[${i}]`)));
  else if (value && typeof value === 'object') {
    const s = value as Spanned;
    if (Number.isInteger(s.start) && Number.isInteger(s.end)) {
      assert.ok(s.start >= 0 && s.end <= text.length && s.start <= s.end, `${path}: bad range`);
      if (typeof s.text === 'string')
        assert.equal(s.text, text.slice(s.start, s.end), `${path}: text is not its slice`);
      n++;
    }
    for (const [k, v] of Object.entries(value)) n += assertSpansSlice(v, text, `${path}.${k}`);
  }
  return n;
}

test('the seed article gives a valid Analysis whose spans are their slices', async () => {
  const { readFileSync } = await import('node:fs');
  const file = join(sharedDir, 'seed', 'article.txt');
  const r = run(['analyze', file, '--published', '2023-09-06']);
  assert.equal(r.status, 0, r.stderr);
  const analysis = JSON.parse(r.stdout);
  assert.equal(analysis.id, 'article.txt');
  assert.equal(analysis.published, '2023-09-06');
  for (const key of ['entities', 'quotes', 'events', 'times']) assert.ok(Array.isArray(analysis[key]), key);
  assertSpansSlice(analysis, readFileSync(file, 'utf8'));
});

test('JSONL: bad lines get {id, error} in order, the run goes on and exits 1', () => {
  const input = [
    JSON.stringify({ id: 'good-1', text: 'Russia and China signed a trade deal on Monday.', published: '2014-05-21' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'no-text' }),
    JSON.stringify({ id: 'number-text', text: 42 }),
    JSON.stringify({ id: 'bad-date', text: 'Hello.', published: 'May 2014' }),
    '',
    JSON.stringify({ id: 'good-2', text: 'The minister said talks would resume.' }),
  ].join('\n');
  const r = run(['analyze', '--format', 'jsonl', '-'], input);
  assert.equal(r.status, 1);
  const out = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    out.map((o) => o.id),
    ['good-1', 'line-2', 'no-text', 'number-text', 'bad-date', 'good-2'],
  );
  assert.equal(out[0].published, '2014-05-21');
  assert.ok(Array.isArray(out[0].entities));
  for (const o of out.slice(1, 5)) assert.equal(typeof o.error, 'string');
  assert.ok(Array.isArray(out[5].quotes));
  assert.match(r.stderr, /no-text/);
  assert.match(r.stderr, /number-text/);
});

test('plain text from standard input, and a clear refusal of a bad --published', () => {
  const ok = run(['analyze', '-'], 'Kim Jong-un met Vladimir Putin in Vladivostok.');
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).id, 'stdin');
  const bad = run(['analyze', '-', '--published', '2023-13-45'], 'x');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /published/);
});
