import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../src/analyze/analyzer.js';
import { boundModel } from '../src/analyze/quotes/bound-model.js';
import type { Quote } from '../src/analyze/types.js';

/** The quote cued by `cue` in `text`, run through the whole pipeline. */
function quoteCuedBy(text: string, cue: string): Quote {
  const doc = analyzeDocument({ id: 't', text });
  const q = doc.quotes.find((x) => x.cue?.text === cue);
  assert.ok(q, `a quote cued by "${cue}"`);
  // offsets and text agree whatever the model did to the span
  assert.equal(text.slice(q.start, q.end), q.text);
  return q;
}

test('the boundary model is trained on the tune part of PolNeAR only', () => {
  const model = boundModel();
  assert.ok(model, 'data/models/quote-bounds.json is shipped');
  assert.match(model.trainedOn, /tune part only/);
  assert.doesNotMatch(model.trainedOn, /check/);
});

test('a parenthesis and the clause after it are no part of the content (carried interest (…), as did …)', () => {
  const q = quoteCuedBy(
    'Jeb Bush said he would end the favored tax treatment of carried interest (a special tax break for ' +
      'operators of hedge funds and private equity funds), as did Hillary Clinton.',
    'said',
  );
  assert.equal(q.text, 'he would end the favored tax treatment of carried interest');
  assert.equal(q.rule, 'cue-speech+bounded-end');
  assert.equal(q.kind, 'indirect');
  assert.equal(q.speaker?.name, 'Jeb Bush');
});

test('a noun-phrase content stops before a time adjunct (criticized the police chief on Tuesday)', () => {
  const q = quoteCuedBy('The mayor criticized the police chief on Tuesday.', 'criticized');
  assert.equal(q.text, 'the police chief');
  assert.match(q.rule ?? '', /\+bounded-end$/);
});

test('a dash aside after the content is the writer’s, not the speaker’s', () => {
  const q = quoteCuedBy(
    'The governor denied that he had anything to apologize for — his outreach will go only so far.',
    'denied',
  );
  assert.equal(q.text, 'that he had anything to apologize for');
});

test('a whole content clause keeps the rule’s end (said the bill would protect consumers)', () => {
  const q = quoteCuedBy('Senator Warren said the bill would protect consumers.', 'said');
  assert.equal(q.text, 'the bill would protect consumers');
  assert.equal(q.rule, 'cue-speech');
});

test('quotations inside marks keep their marks’ bounds', () => {
  const text = '“We will not back down from this fight, not now and not ever,” the senator said on Friday.';
  const doc = analyzeDocument({ id: 't', text });
  const q = doc.quotes.find((x) => x.kind === 'direct');
  assert.ok(q);
  assert.doesNotMatch(q.rule ?? '', /bounded/);
  assert.ok(q.text.includes('not now and not ever'), q.text);
});
