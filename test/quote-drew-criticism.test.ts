import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotes } from './quote-helpers.js';

// What draws criticism (fire, scrutiny, praise …) is what its critics spoke of: the verb's subject is
// the content, the critics after "from" its speaker.

test('the subject of "drew criticism" is the content, the critics after "from" the speaker', () => {
  const text = 'The tax plan has drawn harsh criticism from fellow Republican lawmakers.';
  const q = quotes(text).find((x) => x.rule === 'drew-criticism');
  assert.ok(q, 'a drew-criticism quote');
  assert.equal(q.text, 'The tax plan');
  assert.equal(q.cue?.text, 'drawn harsh criticism');
  assert.equal(q.speaker?.name, 'fellow Republican lawmakers');
  // and the reaction noun's own phrase is no content ("criticism from fellow …")
  assert.ok(!quotes(text).some((x) => x.text.startsWith('harsh criticism')));
});

test('the whole subject noun phrase is the content; without critics named there is no speaker', () => {
  const text = 'The consultant’s advisory work and business links with tycoons draw scrutiny.';
  const q = quotes(text).find((x) => x.rule === 'drew-criticism');
  assert.ok(q);
  assert.equal(q.text, 'The consultant’s advisory work and business links with tycoons');
  assert.equal(q.speaker, null);
});

test('a reaction with a clause of its own keeps it as the content ("drew complaints that …")', () => {
  const text = 'Within a year, though, the law was drawing complaints that it was underfunded.';
  const qs = quotes(text);
  assert.ok(!qs.some((x) => x.rule === 'drew-criticism'));
  assert.ok(qs.some((x) => x.text.includes('that it was underfunded')));
});
