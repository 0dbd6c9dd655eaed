// A "self-described" description is the person's own account of themselves: a quote of the
// description whose speaker is the person, at the word "self".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/analyzer.js';

const run = (text: string) => analyze({ id: 't', text, published: '2016-06-01' });

test('"a self-described democratic socialist" is the description its person gives', () => {
  // (PolNeAR: UPI through Breitbart, the New York Times; none was a quote)
  const cases: Array<[string, string, string]> = [
    [
      'Young democrats are gravitating toward Sen. Bernie Sanders, I-Vt., a self-described Democratic socialist, a new poll indicates.',
      'Democratic socialist',
      'Bernie Sanders',
    ],
    [
      'Bernie Sanders spoke in Burlington on Friday.\n\nSanders, a senator from the state of Vermont and self-described democratic socialist, said economic stagnation fuelled the vote.',
      'democratic socialist',
      'Sanders',
    ],
    [
      'But the jobs program amendment was a signature Bernie Sanders move. He is a self-described democratic socialist who has spent a quarter-century in Congress.',
      'democratic socialist',
      'Bernie Sanders',
    ],
  ];
  for (const [text, description, person] of cases) {
    const a = run(text);
    const q = a.quotes.find((x) => x.rule === 'self-description');
    assert.ok(q, text);
    assert.equal(q.text, description);
    assert.equal(text.slice(q.speaker!.start, q.speaker!.end), 'self');
    const entity = a.entities.find((e) => e.id === q.speaker?.entity);
    assert.match(entity?.name ?? '', new RegExp(person));
  }
});

test('a self-proclaimed thing that is no person described is no quote', () => {
  // (demo corpus, Wikinews)
  const a = run(
    'Maskhadov was the last publicly elected leader of the self-proclaimed Republic of Ichkeria. Mr Rajoelina has been publicly supported in turn by the self-proclaimed chief of staff of the Army.',
  );
  assert.ok(!a.quotes.some((q) => q.rule === 'self-description'));
});
