import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../src/ingest/extract/extract.js';
import { dateFromUrl, toDay } from '../src/ingest/extract/metadata.js';
import { sharedDir } from './helpers.js';

const PAGE = `<!doctype html><html lang="en-GB"><head>
<title>Talks stall | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2023-09-06T08:15:00Z">
<meta name="author" content="Jane Reporter">
<script>window.tracking = "Advertisement";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>North Korea and Russia deny arms talks</h1>
<p>Published 1 day ago</p>
<p>Both Moscow and Pyongyang have denied that they are negotiating an arms deal, despite claims by U.S. officials that talks are actively advancing.</p>
<figure><img src="a.jpg"><figcaption>Kim Jong-un at a parade in an earlier year. Photo: Agency</figcaption></figure>
<p>Advertisement</p>
<p>National security adviser Jake Sullivan said North Korea would pay a price in the international community if it supplied weapons to Russia for the war in Ukraine.</p>
<p>The Kremlin declined to comment when asked about a possible visit by the North Korean leader to Vladivostok later this month.</p>
<ul><li><a href="/a">Related: Ten things to know</a></li><li><a href="/b">Another story</a></li></ul>
</article>
<footer>Copyright The Daily Example. <a href="/privacy">Privacy</a></footer>
</body></html>`;

test('a news page gives its body text, title, byline, date, site and language', () => {
  const a = extractArticle('p1', PAGE, 'https://example.org/world/2023/09/06/talks');
  assert.equal(a.published, '2023-09-06');
  assert.equal(a.lang, 'en');
  assert.equal(a.byline, 'Jane Reporter');
  assert.equal(a.site, 'The Daily Example');
  assert.match(a.title ?? '', /Talks stall|deny arms talks/);
  const paragraphs = a.text.split('\n\n');
  assert.ok(paragraphs.some((p) => p.startsWith('Both Moscow and Pyongyang have denied')));
  assert.ok(paragraphs.some((p) => p.startsWith('The Kremlin declined to comment')));
  for (const junk of [
    'Advertisement',
    'Published 1 day ago',
    'Photo: Agency',
    'Related: Ten things',
    'Privacy',
    'tracking',
  ]) {
    assert.ok(!a.text.includes(junk), `text holds "${junk}"`);
  }
});

test('dates from timestamps, compact dates and URLs; none from nonsense', () => {
  assert.equal(toDay('2019-11-19T06:51:00-05:00'), '2019-11-19');
  assert.equal(toDay('20191119'), '2019-11-19');
  assert.equal(toDay('not a date'), null);
  assert.equal(dateFromUrl('https://www.hawaiinewsnow.com/2019/11/19/scientists-use-telescope/'), '2019-11-19');
  assert.equal(dateFromUrl('https://example.org/2019/13/45/x'), null);
});

test('empty or broken HTML gives an empty text, not an exception', () => {
  for (const html of ['', '<html', '<<<>>>', '<p>Short.</p>']) {
    const a = extractArticle('x', html);
    assert.equal(typeof a.text, 'string');
  }
});

test('on real benchmark pages the body overlaps the gold article closely', () => {
  const pages = gunzipSync(readFileSync(join(sharedDir, 'data', 'html', 'aeb.dev.jsonl.gz')))
    .toString('utf8')
    .trim()
    .split('\n')
    .slice(0, 10)
    .map((l) => JSON.parse(l) as { id: string; html: string; url: string; text: string });
  const words = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  let recall = 0;
  for (const p of pages) {
    const got = words(extractArticle(p.id, p.html, p.url).text);
    const want = [...words(p.text)];
    recall += want.filter((w) => got.has(w)).length / want.length;
  }
  assert.ok(recall / pages.length > 0.9, `mean word recall ${recall / pages.length}`);
});
