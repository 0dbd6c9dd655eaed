// "call" reports a view only with a complement ("called the remarks highly irresponsible"); a phone
// call or a name is no quote. Sentences from State Department releases (public domain) and Wikinews
// (CC BY 2.5) in the demo corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../src/analyze/analyzer.js';

const run = (text: string) => analyzeDocument({ id: 't', text, published: '2021-11-01' });
const calls = (text: string) => run(text).quotes.filter((q) => q.cue?.text.toLowerCase().startsWith('call'));

test('a call to someone and a name given are no quotes', () => {
  assert.deepEqual(
    calls(
      'Secretary of State Antony J. Blinken called Kenyan President Uhuru Kenyatta today to discuss the situation in Ethiopia.',
    ),
    [],
  );
  assert.deepEqual(
    calls('The area of land under discussion, called Bangsamoro, refers to an area of the southern Philippines.'),
    [],
  );
  assert.deepEqual(calls('Islamic militia leader Sheikh Sharif Ahmed called a unilateral truce on Tuesday.'), []);
  // (a possessive before the one called is no object of its own: "her | Russian counterpart")
  assert.deepEqual(
    calls(
      "United States Secretary of State Condoleezza Rice also criticized Russia's decision. She called her Russian counterpart Sergei Lavrov to express her concern.",
    ),
    [],
  );
  assert.deepEqual(
    calls(
      'Managers and supervisors call their workers to their office and accuse and humiliate them in such a way that there are few workers who come out without crying.',
    ),
    [],
  );
});

test('"call" with a complement is a view of its speaker', () => {
  const burns = calls(
    'U.S. Undersecretary of State for Political Affairs Nicholas Burns called the Rogozin remarks highly irresponsible.',
  );
  assert.equal(burns.length, 1);
  assert.equal(burns[0].speaker?.name, 'Nicholas Burns');
  const salih = calls('Deputy Prime Minister Barham Salih called the court "just and professional" and said more.');
  assert.equal(salih.length, 1);
  const them = calls('The real estate tycoon kicked off his campaign calling them rapists.');
  assert.equal(them.length, 1);
});
