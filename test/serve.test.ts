// dossier serve on a real SQLite file holding real demo articles, over real HTTP on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { Analysis } from '../src/analyze/types.js';
import { ingest } from '../src/ingest/ingest.js';
import { recordFromJsonLine, type SourceItem } from '../src/ingest/sources.js';
import { SCHEMA_VERSION } from '../src/store/migrate.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { buildServer } from '../src/serve/server.js';
import { repoRoot } from './helpers.js';

const workDir = mkdtempSync(join(tmpdir(), 'dossier-serve-test-'));
const dbPath = join(workDir, 'serve.db');

// Short Wikinews articles (quick to analyse); the first two hold an event both claimed and denied, the
// third a quote reported by someone other than its speaker ("…,” Hill said, according to United Press International).
const WANTED = ['wikinews-69185', 'wikinews-3525', 'wikinews-56317'];
const demoLines = readFileSync(join(repoRoot, 'data', 'demo', 'pdnews.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean);
const chosen = [
  ...demoLines.filter((l) => WANTED.some((id) => l.startsWith(`{"id": "${id}"`))),
  ...demoLines
    .filter((l) => l.startsWith('{"id": "wikinews-') && !WANTED.some((id) => l.startsWith(`{"id": "${id}"`)))
    .filter((l) => (JSON.parse(l) as { text: string }).text.length < 2000)
    .slice(0, 5),
];

async function* lines(): AsyncGenerator<SourceItem> {
  for (const [i, line] of chosen.entries()) yield { ...recordFromJsonLine(line, `line-${i}`), where: `test:${i}` };
}

const routesSeen: { url: string; methods: string[] }[] = [];
let app: FastifyInstance;
let base = '';

before(async () => {
  const store = SqliteStore.open(dbPath);
  const summary = await ingest(store, lines());
  store.close();
  assert.equal(summary.added, chosen.length);
  app = buildServer({ db: dbPath });
  app.addHook('onRoute', (r: RouteOptions) => {
    routesSeen.push({ url: r.url, methods: [r.method].flat().map(String) });
  });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
});

after(async () => {
  await app?.close();
  rmSync(workDir, { recursive: true, force: true });
});

// Response bodies are checked field by field below, so they are typed loosely here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function get(path: string): Promise<{ status: number; body: Json; headers: Headers }> {
  const res = await fetch(base + path);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

async function post(path: string, body: unknown): Promise<{ status: number; body: Json }> {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

test('health gives the status, the schema version and the counts', async () => {
  const { status, body } = await get('/api/health');
  assert.equal(status, 200);
  assert.equal(body.status, 'ok');
  assert.equal(body.schemaVersion, SCHEMA_VERSION);
  assert.equal(body.counts.articles, chosen.length);
  assert.ok(body.counts.entities > 0 && body.counts.events > 0);
});

test('articles: a page with filters, one article with its Analysis, 404 for an unknown id', async () => {
  const all = await get('/api/articles?limit=2');
  assert.equal(all.status, 200);
  assert.equal(all.body.total, chosen.length);
  assert.equal(all.body.articles.length, 2);
  assert.deepEqual([all.body.limit, all.body.offset], [2, 0]);
  const next = await get('/api/articles?limit=2&offset=2');
  assert.notEqual(next.body.articles[0].id, all.body.articles[0].id);

  const bySource = await get('/api/articles?source=wikinews&limit=100');
  assert.equal(bySource.body.total, chosen.length);
  const first = JSON.parse(chosen[0]) as { id: string; published: string; title: string };
  const onDay = await get(`/api/articles?from=${first.published}&to=${first.published}`);
  assert.ok(onDay.body.articles.some((a: { id: string }) => a.id === first.id));
  assert.ok(onDay.body.articles.every((a: { published: string }) => a.published === first.published));
  const word = first.title.split(/\W+/).find((w) => w.length > 5) as string;
  const byWords = await get(`/api/articles?q=${encodeURIComponent(word)}`);
  assert.ok(byWords.body.articles.some((a: { id: string }) => a.id === first.id));
  assert.ok(byWords.body.articles[0].snippet.length > 0);

  const top = (await get('/api/actors?limit=1')).body.actors[0];
  const byEntity = await get(`/api/articles?entity=${encodeURIComponent(top.key)}`);
  assert.equal(byEntity.body.total, top.articles);

  const one = await get(`/api/articles/${encodeURIComponent(first.id)}`);
  assert.equal(one.status, 200);
  assert.equal(one.body.article.id, first.id);
  assert.equal(one.body.analysis.id, first.id);
  for (const e of one.body.analysis.entities as Analysis['entities']) {
    for (const m of e.mentions) assert.equal(one.body.article.text.slice(m.start, m.end), m.text);
  }

  const missing = await get('/api/articles/no-such-article');
  assert.equal(missing.status, 404);
  assert.match(missing.body.error, /no article/);
});

test('bad parameters are 400s with a message', async () => {
  for (const path of [
    '/api/articles?limit=1000',
    '/api/articles?limit=abc',
    '/api/articles?from=yesterday',
    '/api/articles?offset=-1',
    '/api/events?type=HUG',
    '/api/events?status=rumoured',
    '/api/actors?type=ALIEN',
    '/api/actors?country=United%20States',
    '/api/search',
    '/api/network?maxEdges=0',
  ]) {
    const { status, body } = await get(path);
    assert.equal(status, 400, path);
    assert.ok(typeof body.error === 'string' && body.error.length > 0, path);
  }
  assert.equal((await get('/api/nothing-here')).status, 404);
});

test('search finds articles and quotes with snippets; malformed FTS never makes a 500', async () => {
  const { body } = await get('/api/search?q=said');
  assert.ok(body.articles.length + body.quotes.length > 0);
  for (const a of body.articles) assert.match(a.snippet, /«/);
  for (const q of ['"unbalanced', 'NEAR(', '*', 'a OR', '(', 'NOT', '"', 'col:', '^', 'AND AND']) {
    for (const raw of [false, true]) {
      const res = await get(`/api/search?q=${encodeURIComponent(q)}&raw=${raw}`);
      assert.ok(res.status === 200 || res.status === 400, `${q} raw=${raw}: ${res.status}`);
      if (res.status === 400) assert.match(res.body.error, /search query/);
      else assert.ok(Array.isArray(res.body.articles));
    }
  }
  const articles = await get(`/api/articles?q=${encodeURIComponent('"unbalanced NEAR(')}`);
  assert.equal(articles.status, 200);
});

test('actors are ranked by mentions and one actor has roles, quotes, events, counterparts and claims', async () => {
  const { body } = await get('/api/actors?limit=50');
  assert.ok(body.actors.length > 0);
  for (let i = 1; i < body.actors.length; i++) assert.ok(body.actors[i - 1].mentions >= body.actors[i].mentions);
  const gpe = await get('/api/actors?type=GPE');
  assert.ok(gpe.body.actors.every((a: { type: string }) => a.type === 'GPE'));
  const name = body.actors[0].name as string;
  const byName = await get(`/api/actors?q=${encodeURIComponent(name.slice(0, 4))}`);
  assert.ok(byName.body.actors.some((a: { id: number }) => a.id === body.actors[0].id));

  // The actor with the most events as a source: its report must show them.
  const actors = (await get('/api/network')).body.nodes as { entity: number | null; asSource: number }[];
  const busiest = actors.filter((n) => n.entity !== null).sort((a, b) => b.asSource - a.asSource)[0];
  const report = await get(`/api/actors/${busiest.entity}`);
  assert.equal(report.status, 200);
  for (const key of [
    'entity',
    'aliases',
    'roles',
    'roleSpans',
    'quotes',
    'asSource',
    'asTarget',
    'counterparts',
    'contested',
  ]) {
    assert.ok(key in report.body, key);
  }
  assert.equal(report.body.asSource.length > 0, busiest.asSource > 0);
  const byKey = await get(`/api/actors/${encodeURIComponent(report.body.entity.key)}`);
  assert.equal(byKey.body.entity.id, busiest.entity);
  for (const c of report.body.counterparts) assert.ok(c.events > 0 && ['source', 'target'].includes(c.role));
  assert.equal((await get('/api/actors/999999')).status, 404);
  assert.equal((await get('/api/actors/PERSON%3Anobody%20at%20all')).status, 404);
});

test('quotes by speaker and by words; events by type and status', async () => {
  const all = (await get('/api/quotes?limit=200')).body.quotes as { speaker: { name: string } | null; text: string }[];
  assert.ok(all.length > 0);
  const spoken = all.find((q) => q.speaker);
  if (spoken?.speaker) {
    const bySpeaker = await get(`/api/quotes?speaker=${encodeURIComponent(spoken.speaker.name)}`);
    assert.ok(bySpeaker.body.quotes.length > 0);
    for (const q of bySpeaker.body.quotes) assert.ok(q.speaker, 'every quote found by speaker has one');
  }
  const reported = await get('/api/quotes?reported_by=United%20Press');
  assert.deepEqual(
    reported.body.quotes.map((q: { speaker: { name: string }; reportedBy: { name: string } }) => [
      q.speaker.name,
      q.reportedBy.name,
    ]),
    [['Christopher Hill', 'United Press International']],
  );
  const upi = reported.body.quotes[0].reportedBy.entity as number;
  assert.equal((await get(`/api/actors/${upi}`)).body.reported.length, 1);
  const word = all[0].text.split(/\W+/).find((w) => w.length > 4);
  if (word) assert.ok((await get(`/api/quotes?q=${encodeURIComponent(word)}`)).body.quotes.length > 0);

  const events = await get('/api/events?limit=200');
  assert.equal(events.status, 200);
  assert.ok(events.body.events.length > 0);
  const ev = events.body.events[0];
  for (const key of ['id', 'type', 'code', 'source', 'target', 'assertions', 'contested']) assert.ok(key in ev, key);
  const ofType = await get(`/api/events?type=${ev.type}`);
  assert.ok(ofType.body.events.every((e: { type: string }) => e.type === ev.type));
  const status = ev.assertions[0].status as string;
  const ofStatus = await get(`/api/events?status=${status}`);
  for (const e of ofStatus.body.events) assert.ok(e.assertions.some((a: { status: string }) => a.status === status));
  const none = await get('/api/events?from=2100');
  assert.equal(none.body.total, 0);
});

test('contested claims list who asserts and who denies, with article ids and spans', async () => {
  const { status, body } = await get('/api/contested');
  assert.equal(status, 200);
  assert.ok(Array.isArray(body.claims));
  for (const claim of body.claims) {
    assert.ok(claim.asserted.length > 0 && claim.denied.length > 0);
    for (const r of [...claim.asserted, ...claim.denied]) {
      const stored = await get(`/api/articles/${encodeURIComponent(r.article)}`);
      const text = stored.body.article.text as string;
      assert.equal(text.slice(r.trigger.start, r.trigger.end), r.trigger.text);
      assert.ok(r.sentence.start <= r.trigger.start && r.trigger.end <= r.sentence.end);
    }
  }
});

test('the network has actor nodes and source→target edges with types and CAMEO quad classes', async () => {
  const { status, body } = await get('/api/network');
  assert.equal(status, 200);
  assert.ok(body.edges.length > 0);
  const ids = new Set(body.nodes.map((n: { id: string }) => n.id));
  for (const e of body.edges) {
    assert.ok(ids.has(e.source) && ids.has(e.target));
    const typed = Object.values(e.types as Record<string, number>).reduce((a, b) => a + b, 0);
    assert.equal(typed, e.events);
    for (const q of Object.keys(e.quadClasses)) assert.ok(['1', '2', '3', '4'].includes(q));
  }
  const small = await get('/api/network?maxEdges=1');
  assert.equal(small.body.edges.length, 1);
});

test('POST /api/analyze returns an Analysis whose spans slice the text; bad and oversized bodies fail', async () => {
  const text =
    'Russia denied on Tuesday that it had shelled the Zaporizhzhia plant. "We did not fire," Defence Minister ' +
    'Sergei Shoigu told reporters in Moscow. Ukraine accused Russia of attacking the plant last week.';
  const { status, body } = await post('/api/analyze', { text, published: '2022-08-16', title: 'Plant' });
  assert.equal(status, 200);
  assert.equal(body.text, text);
  assert.ok(body.entities.length > 0);
  for (const e of body.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  for (const q of body.quotes) assert.equal(text.slice(q.start, q.end), q.text);
  for (const t of body.times) assert.equal(text.slice(t.start, t.end), t.text);
  for (const ev of body.events) assert.equal(text.slice(ev.trigger.start, ev.trigger.end), ev.trigger.text);

  const html = `<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>${text}</p></article></body></html>`;
  const fromPage = await post('/api/analyze', { html, url: 'https://example.org/talks' });
  assert.equal(fromPage.status, 200);
  for (const e of fromPage.body.entities) {
    for (const m of e.mentions) assert.equal(fromPage.body.text.slice(m.start, m.end), m.text);
  }

  assert.equal((await post('/api/analyze', {})).status, 400);
  assert.equal((await post('/api/analyze', { text, html })).status, 400);
  assert.equal((await post('/api/analyze', { text: 42 })).status, 400);
  assert.equal((await post('/api/analyze', '{not json')).status, 400);
  const huge = await post('/api/analyze', { text: 'word '.repeat(600_000) });
  assert.equal(huge.status, 413);
});

test('POST /api/articles stores an article; the same again is unchanged', async () => {
  const before = (await get('/api/health')).body.counts.articles;
  const article = { id: 'posted-1', text: 'Germany agreed to send tanks to Ukraine, Chancellor Olaf Scholz said.' };
  const added = await post('/api/articles', article);
  assert.equal(added.status, 201);
  assert.equal(added.body.outcome, 'added');
  assert.equal((await get('/api/health')).body.counts.articles, before + 1);
  assert.equal((await get('/api/articles/posted-1')).body.article.text, article.text);
  const again = await post('/api/articles', article);
  assert.equal(again.status, 200);
  assert.equal(again.body.outcome, 'unchanged');
});

test('reads go on while another connection holds a write transaction (WAL)', async () => {
  const writer = new Database(dbPath);
  try {
    writer.prepare('BEGIN IMMEDIATE').run();
    writer.prepare("UPDATE article SET title = 'changed' WHERE id = ?").run(JSON.parse(chosen[0]).id);
    const started = performance.now();
    const { status } = await get('/api/actors?limit=5');
    assert.equal(status, 200);
    assert.ok(performance.now() - started < 2000);
  } finally {
    writer.prepare('ROLLBACK').run();
    writer.close();
  }
});

test('the OpenAPI document lists every route', async () => {
  const { body } = await get('/api/openapi.json');
  assert.equal(body.openapi.slice(0, 2), '3.');
  const apiRoutes = routesSeen.filter((r) => r.url.startsWith('/api/') && r.url !== '/api/openapi.json');
  assert.ok(apiRoutes.length >= 11);
  for (const r of apiRoutes) {
    const path = r.url.replace(/:(\w+)/g, '{$1}');
    for (const m of r.methods.filter((x) => x !== 'HEAD')) {
      assert.ok(body.paths[path]?.[m.toLowerCase()], `${m} ${path} is documented`);
    }
  }
  const events = body.paths['/api/events'].get;
  assert.ok(events.parameters.some((p: { name: string }) => p.name === 'status'));
  assert.ok(body.paths['/api/analyze'].post.requestBody);
});

test('no CORS header unless --cors names the origin', async () => {
  const res = await fetch(`${base}/api/health`, { headers: { origin: 'https://elsewhere.example' } });
  assert.equal(res.headers.get('access-control-allow-origin'), null);
  const corsApp = buildServer({ db: dbPath, cors: 'https://app.example' });
  const corsBase = await corsApp.listen({ host: '127.0.0.1', port: 0 });
  try {
    const allowed = await fetch(`${corsBase}/api/health`, { headers: { origin: 'https://app.example' } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://app.example');
    const other = await fetch(`${corsBase}/api/health`, { headers: { origin: 'https://elsewhere.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  } finally {
    await corsApp.close();
  }
});

test('static files are served from their folder and never from outside it', async () => {
  const site = join(workDir, 'site');
  writeFileSync(join(workDir, 'secret.txt'), 'TOP-SECRET-CONTENT');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), '<h1>Dossier</h1>');
  const staticApp = buildServer({ db: dbPath, staticDir: site });
  const address = await staticApp.listen({ host: '127.0.0.1', port: 0 });
  try {
    assert.match(await (await fetch(`${address}/`)).text(), /Dossier/);
    assert.equal((await fetch(`${address}/api/health`)).status, 200);
    const { port } = new URL(address);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
      assert.ok(!answer.body.includes('TOP-SECRET-CONTENT'), path);
      assert.notEqual(answer.status, 200, path);
    }
  } finally {
    await staticApp.close();
  }
});
