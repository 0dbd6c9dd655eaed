// dossier export in every format, parsed back: CSV columns, GraphML well-formed, JSONL analyses, PLOVER records.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Analysis, ArticleInput } from '../src/analyze/types.js';
import { CSV_COLUMNS, csvField } from '../src/export/csv.js';
import { xmlEscape } from '../src/export/graphml.js';
import { ingest } from '../src/ingest/ingest.js';
import type { SourceItem } from '../src/ingest/sources.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { repoRoot } from './helpers.js';

const workDir = mkdtempSync(join(tmpdir(), 'dossier-export-test-'));
after(() => rmSync(workDir, { recursive: true, force: true }));
const db = join(workDir, 'export.db');
const bin = join(repoRoot, 'bin', 'dossier');

/** Two reports of one meeting (one denies it), with commas, quotes and a line break to escape. */
function analysis(input: ArticleInput): Analysis {
  const denied = input.text.includes('denied');
  return {
    id: input.id,
    published: input.published ?? null,
    entities: [
      { id: 'e1', type: 'GPE', name: 'France', actor: 'FRA', country: 'FRA', kb: null, roles: [], mentions: [] },
      {
        id: 'e2',
        type: 'GPE',
        name: 'Germany, "the Federal Republic"',
        actor: 'DEU',
        country: 'DEU',
        kb: null,
        roles: [],
        mentions: [],
      },
    ],
    quotes: [],
    times: [],
    events: [
      {
        id: 'ev1',
        type: 'CONSULT',
        mode: 'visit',
        code: '042',
        source: [{ entity: 'e1', actor: 'FRA' }],
        target: [{ entity: 'e2', actor: 'DEU' }],
        status: denied ? 'denied' : 'asserted',
        asserted_by: { entity: null, name: denied ? 'A "spokesman"' : 'Reuters' },
        denied_by: [],
        trigger: { start: 0, end: 6, text: input.text.slice(0, 6) },
        sentence: { start: 0, end: input.text.length },
        time: null,
      },
    ],
  };
}

async function* articles(): AsyncGenerator<SourceItem> {
  const texts = [
    ['a', 'France visited Germany, officials said,\n"warmly".', 'https://example.org/a'],
    ['b', 'Berlin denied the visit <took> place & more.', 'https://example.org/b'],
  ];
  for (const [id, text, url] of texts)
    yield { ok: true, article: { id, text, url, published: '2024-03-05' }, where: id };
}

before(async () => {
  const store = SqliteStore.open(db);
  await ingest(store, articles(), { analyze: analysis });
  store.close();
});

const exportAs = (format: string) => {
  const r = spawnSync(process.execPath, [bin, 'export', '--format', format, '--db', db], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
};

/** RFC 4180 records, quoted fields with line breaks included. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  return rows;
}

test('csv: GDELT columns plus status, asserter and deniers; fields escaped; Goldstein and quad class from CAMEO', () => {
  const rows = parseCsv(exportAs('csv'));
  assert.deepEqual(rows[0], CSV_COLUMNS);
  assert.equal(rows.length, 2, 'one event from two reports');
  const r = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
  assert.equal(r.Day, '20240305');
  assert.deepEqual(
    [r.Actor1Code, r.Actor1Name, r.Actor2Code, r.Actor2Name],
    ['FRA', 'France', 'DEU', 'Germany, "the Federal Republic"'],
  );
  assert.deepEqual([r.EventCode, r.EventRootCode, r.QuadClass, r.GoldsteinScale], ['042', '04', '1', '1.9']);
  assert.deepEqual([r.NumMentions, r.NumArticles, r.Status], ['2', '2', 'contested']);
  assert.deepEqual([r.Asserter, r.Deniers], ['Reuters', 'A "spokesman"']);
  assert.equal(r.SentenceText, 'France visited Germany, officials said,\n"warmly".');
  assert.equal(csvField('a,"b"'), '"a,""b"""');
});

test('jsonl: one stored Analysis per line', () => {
  const lines = exportAs('jsonl').trim().split('\n');
  assert.deepEqual(
    lines.map((l) => (JSON.parse(l) as Analysis).id),
    ['a', 'b'],
  );
});

test('plover: one record per event with type, mode, actors, date and every report as evidence', () => {
  const records = exportAs('plover')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(records.length, 1);
  const [r] = records;
  assert.deepEqual(
    [r.event_type, r.mode, r.event_date, r.source_actor, r.target_country, r.contested],
    ['CONSULT', 'visit', '2024-03-05', 'France', 'DEU', true],
  );
  assert.equal((r.reports as unknown[]).length, 2);
});

test('graphml: well-formed XML with actor nodes and a counted edge', () => {
  const xml = exportAs('graphml');
  const { document } = parseHTML(xml.replace(/^<\?xml[^>]*>/, ''));
  assert.equal(document.querySelectorAll('node').length, 2);
  const edges = document.querySelectorAll('edge');
  assert.equal(edges.length, 1);
  const data = (key: string) => edges[0].querySelector(`data[key="${key}"]`)?.textContent;
  assert.deepEqual([data('events'), data('reports'), data('quad_class')], ['1', '2', '1']);
  assert.match(xml, /Germany, &quot;the Federal Republic&quot;/);
  // Every tag closes: a strict count of opening and closing elements.
  for (const tag of ['graphml', 'graph', 'node', 'edge']) {
    assert.equal(
      (xml.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length,
      (xml.match(new RegExp(`</${tag}>`, 'g')) ?? []).length,
    );
  }
  assert.equal(xmlEscape('a<b>&"\u0001'), 'a&lt;b&gt;&amp;&quot;');
});

test('export --out writes a file; a missing store or format is an error', () => {
  const out = join(workDir, 'events.csv');
  const r = spawnSync(process.execPath, [bin, 'export', '--format', 'csv', '--db', db, '--out', out], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(readFileSync(out, 'utf8'), /^GlobalEventID,Day,/);
  assert.equal(spawnSync(process.execPath, [bin, 'export', '--format', 'xls', '--db', db]).status, 2);
  assert.equal(
    spawnSync(process.execPath, [bin, 'export', '--format', 'csv', '--db', join(workDir, 'none.db')]).status,
    2,
  );
});
