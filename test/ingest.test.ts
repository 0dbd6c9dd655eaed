// Ingest from folders of pages, feeds, JSONL and text; worker threads; near-duplicates on real
// syndicated Reuters pairs; event identity across articles; analyser versions.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Analysis, ArticleInput, Event } from '../src/analyze/types.js';
import { ingest } from '../src/ingest/ingest.js';
import { minhash, fingerprintText, similarity } from '../src/ingest/near-duplicates/minhash.js';
import { readArticles, type SourceItem } from '../src/ingest/sources.js';
import { checkConsistency } from '../src/store/check.js';
import { eventKey, isoWeek } from '../src/store/keys.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { readJsonl, repoRoot, sharedDir } from './helpers.js';

const workDir = mkdtempSync(join(tmpdir(), 'dossier-ingest-test-'));
after(() => rmSync(workDir, { recursive: true, force: true }));
let dbCount = 0;
const freshDb = () => join(workDir, `ingest-${++dbCount}.db`);

type Rec = { id: string; text: string; title?: string; published?: string; date?: string };
const reuters = new Map(
  readJsonl<Rec>(join(sharedDir, 'data', 'corpus', 'reuters21578.jsonl')).map((r) => [r.id, r] as const),
);
const demo = readJsonl<Rec>(join(repoRoot, 'data', 'demo', 'pdnews.jsonl'));
const wikinews = demo.filter((r) => r.id.startsWith('wikinews-') && r.text.length < 1800);

async function collect(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function* fromRecords(records: Rec[]): AsyncGenerator<SourceItem> {
  for (const r of records) {
    const published = (r.published ?? r.date)?.slice(0, 10) ?? null;
    yield { ok: true, article: { id: r.id, text: r.text, title: r.title ?? null, published }, where: r.id };
  }
}

/** A stand-in analyser: one CONSULT event between two fixed actors, undated. Fast and predictable. */
function consultAnalysis(input: ArticleInput): Analysis {
  const trigger = { start: 0, end: Math.min(5, input.text.length), text: input.text.slice(0, 5) };
  return {
    id: input.id,
    published: input.published ?? null,
    entities: [],
    quotes: [],
    times: [],
    events: [
      {
        id: 'ev1',
        type: 'CONSULT',
        mode: null,
        code: '040',
        source: [{ entity: null, actor: 'USA', name: 'United States' }],
        target: [{ entity: null, actor: 'CHN', name: 'China' }],
        status: input.text.includes('denied') ? 'denied' : 'asserted',
        asserted_by: { entity: null, name: input.id },
        denied_by: [],
        trigger,
        sentence: { start: 0, end: input.text.length },
        time: null,
      },
    ],
  };
}

const count = (db: Database.Database, sql: string, ...args: unknown[]) =>
  (db.prepare(sql).get(...args) as { n: number }).n;

test('a folder of HTML pages, RSS and Atom feeds, JSONL and text is read whole; bad files are reported and skipped', async () => {
  const dir = join(workDir, 'inbox');
  mkdirSync(join(dir, 'pages', 'deep'), { recursive: true });
  const para = (s: string) => `<p>${s} The talks went on for several hours behind closed doors in the capital.</p>`;
  writeFileSync(
    join(dir, 'pages', 'deep', 'story.html'),
    `<!doctype html><html lang="en"><head><title>Ministers meet</title>
    <meta property="article:published_time" content="2024-03-05T10:00:00Z"></head><body><article><h1>Ministers meet</h1>
    ${para('Foreign ministers of France and Germany met in Paris on Tuesday to discuss trade.')}
    ${para('Both sides said they would meet again next month.')}${para('Officials described the meeting as constructive.')}
    </article></body></html>`,
  );
  writeFileSync(
    join(dir, 'news.rss'),
    `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
    <title>Wire</title><copyright>CC BY 4.0</copyright>
    <item><title>Talks resume</title><link>https://example.org/a</link><guid>wire-a</guid>
      <pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate>
      <content:encoded><![CDATA[<p>Negotiators from both countries resumed talks in Geneva on Tuesday, officials said.</p><p>A second round is planned for April.</p>]]></content:encoded></item>
    <item><title>Headline only &amp; nothing else</title><link>https://example.org/b</link></item>
    </channel></rss>`,
  );
  writeFileSync(
    join(dir, 'feed.atom'),
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
    <entry><id>urn:atom:1</id><title type="html">Summit &lt;b&gt;ends&lt;/b&gt;</title>
      <link rel="alternate" href="https://example.org/c"/><updated>2024-03-06T12:00:00Z</updated>
      <summary type="html">&lt;p&gt;The summit ended on Wednesday with a joint statement on climate finance.&lt;/p&gt;</summary></entry>
    </feed>`,
  );
  writeFileSync(
    join(dir, 'batch.jsonl'),
    JSON.stringify({ id: 'j1', text: 'A line of news.', published: '2024-03-01' }) + '\n',
  );
  writeFileSync(join(dir, 'note.txt'), 'A plain text note about the talks.');
  writeFileSync(join(dir, 'broken.xml'), '<rss><channel><item><title>unclosed');
  writeFileSync(join(dir, 'image.png'), 'not an article'); // not an article extension: not read
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt')); // listed, cannot be read

  const items = await collect(readArticles([dir]));
  const ok = items.filter((i) => i.ok).map((i) => (i.ok ? i.article : null)!);
  const byId = new Map(ok.map((a) => [a.id, a]));
  assert.deepEqual(
    [...byId.keys()].sort(),
    ['j1', 'note.txt', 'pages/deep/story.html', 'urn:atom:1', 'wire-a', 'https://example.org/b'].sort(),
  );
  const page = byId.get('pages/deep/story.html')!;
  assert.equal(page.published, '2024-03-05');
  assert.match(page.text, /Foreign ministers of France and Germany met in Paris/);
  const rss = byId.get('wire-a')!;
  assert.deepEqual(
    [rss.title, rss.published, rss.url, rss.source, rss.license],
    ['Talks resume', '2024-03-05', 'https://example.org/a', 'Wire', 'CC BY 4.0'],
  );
  assert.match(rss.text, /resumed talks in Geneva on Tuesday, officials said\.\n\nA second round/);
  assert.equal(byId.get('https://example.org/b')!.text, 'Headline only & nothing else');
  const atom = byId.get('urn:atom:1')!;
  assert.deepEqual([atom.title, atom.published, atom.url], ['Summit ends', '2024-03-06', 'https://example.org/c']);
  assert.equal(atom.text, 'The summit ended on Wednesday with a joint statement on climate finance.');
  const errors = items.filter((i) => !i.ok).map((i) => (!i.ok ? `${i.where}: ${i.error}` : ''));
  assert.equal(errors.length, 2, errors.join('\n'));
  assert.ok(errors.some((e) => /broken\.xml.*: not well-formed XML/.test(e)));
  assert.ok(errors.some((e) => /dangling\.txt: cannot read .*ENOENT/.test(e)));

  // Ingest stores everything readable and reports the two bad files.
  const store = SqliteStore.open(freshDb());
  const reported: string[] = [];
  const summary = await ingest(store, readArticles([dir]), {
    analyze: consultAnalysis,
    onError: (id, error) => reported.push(`${id}: ${error}`),
  });
  assert.deepEqual([summary.added, summary.failed], [6, 2]);
  assert.equal(reported.length, 2);
  assert.deepEqual(checkConsistency(store.db), []);
  store.close();
});

test('worker threads give the same store content as one thread', async () => {
  const sample = wikinews.slice(0, 10);
  const dump = (path: string) => {
    const store = SqliteStore.open(path);
    const db = store.db;
    const out = {
      articles: db.prepare('SELECT id, duplicate_of, analysis FROM article ORDER BY id').all(),
      entities: db.prepare('SELECT key, type, name, country, actor, kb FROM entity ORDER BY key').all(),
      events: db
        .prepare(
          `SELECT e.key, e.type, e.code, e.time_value, group_concat(a.article || ':' || a.status, ' ') AS reports
           FROM event e JOIN assertion a ON a.event = e.id GROUP BY e.id ORDER BY e.key`,
        )
        .all(),
      quotes: db.prepare('SELECT article, start, "end", speaker_name FROM quote ORDER BY article, start').all(),
    };
    assert.deepEqual(checkConsistency(db), []);
    store.close();
    return out;
  };
  const one = freshDb();
  const two = freshDb();
  for (const [path, workers] of [
    [one, 0],
    [two, 2],
  ] as const) {
    const store = SqliteStore.open(path);
    const errors: string[] = [];
    const s = await ingest(store, fromRecords(sample), {
      workers,
      batchSize: 3,
      onError: (id, error) => errors.push(`${id}: ${error}`),
    });
    assert.deepEqual(errors, []);
    assert.equal(s.added, sample.length);
    store.close();
  }
  assert.deepEqual(dump(two), dump(one));
});

// Real syndicated pairs from Reuters-21578: the same story re-issued with a new headline or small edits.
const SYNDICATED = [
  ['reuters21578-175', 'reuters21578-190'], // BANKS EXPRESS GRAVE CONCERN ON BRAZIL DEBT MOVE(S)
  ['reuters21578-264', 'reuters21578-344'], // QANTAS TO BUY FOUR 747-400'S
  ['reuters21578-930', 'reuters21578-945'], // MOBIL PLAN(S) TO OPEN PEKING OFFICE, new headline
  ['reuters21578-1680', 'reuters21578-1883'], // GATT SETS UP (DISPUTE) PANEL ON CANADIAN HERRING
  ['reuters21578-2971', 'reuters21578-3028'], // BRAZIL SEAMEN CONTINUE STRIKE DESPITE/AFTER COURT
];

test('near-duplicates: real syndicated Reuters pairs and an edited copy are found; different stories are not', async () => {
  for (const [a, b] of SYNDICATED) {
    const [ra, rb] = [reuters.get(a)!, reuters.get(b)!];
    const s = similarity(minhash(fingerprintText(ra.text, ra.title))!, minhash(fingerprintText(rb.text, rb.title))!);
    assert.ok(s >= 0.8, `${a} ~ ${b}: ${s}`);
  }
  // A syndication edit of a real article: another headline, a dateline, the last paragraph trimmed.
  const original = demo.find((r) => {
    const paragraphs = r.text.split('\n\n');
    return r.id.startsWith('wikinews-') && paragraphs.length >= 8 && paragraphs.at(-1)!.length < r.text.length / 15;
  })!;
  const paragraphs = original.text.split('\n\n');
  const copy: Rec = {
    id: 'syndicated-copy',
    title: `UPDATE 1-${original.title}`,
    published: original.published,
    text: `LONDON (Wire) - ${paragraphs.slice(0, -1).join('\n\n')}`,
  };
  // Templated briefs with the same words but other companies are not copies of each other.
  const briefs = ['reuters21578-3774', 'reuters21578-5085'].map((id) => reuters.get(id)!);
  assert.equal(briefs[0].text, briefs[1].text);

  const path = freshDb();
  let store = SqliteStore.open(path);
  const firstRun = [reuters.get('reuters21578-175')!, reuters.get('reuters21578-264')!, original, ...briefs];
  const first = await ingest(store, fromRecords([...firstRun, reuters.get('reuters21578-190')!]), {
    analyze: consultAnalysis,
  });
  assert.deepEqual([first.added, first.duplicates], [6, 1]);
  store.close();
  // A later run compares against the signatures stored by the first.
  store = SqliteStore.open(path);
  const later = [reuters.get('reuters21578-344')!, copy, reuters.get('reuters21578-930')!];
  const second = await ingest(store, fromRecords(later), { analyze: consultAnalysis });
  assert.deepEqual([second.added, second.duplicates], [3, 2]);
  const dupOf = (id: string) =>
    (store.db.prepare('SELECT duplicate_of AS d FROM article WHERE id = ?').get(id) as { d: string | null }).d;
  assert.equal(dupOf('reuters21578-190'), 'reuters21578-175');
  assert.equal(dupOf('reuters21578-344'), 'reuters21578-264');
  assert.equal(dupOf('syndicated-copy'), original.id);
  for (const id of ['reuters21578-175', 'reuters21578-930', ...briefs.map((b) => b.id)]) assert.equal(dupOf(id), null);
  // Copies assert nothing of their own: the undated CONSULT reports come from originals only.
  assert.equal(count(store.db, `SELECT count(*) AS n FROM assertion WHERE article = 'syndicated-copy'`), 0);
  assert.equal(count(store.db, `SELECT count(*) AS n FROM assertion WHERE article = 'reuters21578-190'`), 0);
  assert.deepEqual(checkConsistency(store.db), []);
  // Running again changes nothing.
  const again = await ingest(store, fromRecords([...firstRun, ...later]), { analyze: consultAnalysis });
  assert.deepEqual([again.added, again.replaced, again.unchanged], [0, 0, firstRun.length + later.length]);
  store.close();
});

test('event identity: reports of one event in the same week merge (and a denial contests it); other weeks stay apart', async () => {
  const ev = (time: Event['time']) => ({ ...consultAnalysis({ id: 'x', text: 'xxxxx' }).events[0], time });
  const keys = new Map<string, string>();
  const at = (published: string | null, time: Event['time'] = null, article = 'a') =>
    eventKey(ev(time), keys, { article, published });
  assert.equal(at('2024-03-04'), at('2024-03-10', null, 'b')); // Monday and Sunday of one ISO week
  assert.notEqual(at('2024-03-04'), at('2024-03-11', null, 'b'));
  assert.notEqual(at(null, null, 'a'), at(null, null, 'b')); // undated and undatable: never merged
  const dated = { start: 0, end: 3, text: 'Tue', type: 'DATE' as const, value: '2024-03-05' };
  assert.equal(at('2024-03-06', dated), at('2024-04-20', { ...dated, value: '2024-03-05T10:00' }, 'b'));
  assert.equal(isoWeek('2021-01-03'), '2020-W53');
  assert.equal(isoWeek('2024-12-30'), '2025-W01');

  const store = SqliteStore.open(freshDb());
  const articles: Rec[] = [
    { id: 'mon', published: '2024-03-04', text: 'Officials said the two sides met in Beijing.' },
    { id: 'wed', published: '2024-03-06', text: 'A spokesman denied that the two sides met.' },
    { id: 'fri', published: '2024-03-08', text: 'Diplomats confirmed the meeting took place.' },
    { id: 'may', published: '2024-05-15', text: 'The two sides met again, reports said.' },
  ];
  await ingest(store, fromRecords(articles), { analyze: consultAnalysis });
  const events = store.events({ type: 'CONSULT' });
  assert.equal(events.length, 2);
  const march = events.find((e) => e.assertions.length === 3)!;
  assert.deepEqual(march.assertions.map((a) => a.article).sort(), ['fri', 'mon', 'wed']);
  assert.equal(march.contested, true);
  const may = events.find((e) => e.assertions.length === 1)!;
  assert.equal(may.assertions[0].article, 'may');
  assert.equal(may.contested, false);
  store.close();
});

test('an article analysed by another analyser version is analysed again; the same version is skipped', async () => {
  const store = SqliteStore.open(freshDb());
  const sample: Rec[] = [{ id: 'v', published: '2024-01-02', text: 'The ministers met on Tuesday in Rome.' }];
  const run = (version: string) =>
    ingest(store, fromRecords(sample), { analyze: consultAnalysis, analyserVersion: version });
  assert.equal((await run('v1')).added, 1);
  assert.equal((await run('v1')).unchanged, 1);
  assert.equal((await run('v2')).replaced, 1);
  assert.equal((store.db.prepare('SELECT analyser FROM article').get() as { analyser: string }).analyser, 'v2');
  store.close();
});

test('the default analyser version changes when an analyser input changes', async () => {
  const { analyserVersion, ANALYSER_INPUTS } = await import('../src/ingest/analyser-version.js');
  assert.match(analyserVersion(), /^\d+\.\d+\.\d+\+[0-9a-f]{16}$/);
  assert.ok(ANALYSER_INPUTS.some((p) => p.endsWith('lexicons')));
  assert.ok(readFileSync(join(repoRoot, 'data', 'lexicons', 'events-cameo.json')).length > 0);
});
