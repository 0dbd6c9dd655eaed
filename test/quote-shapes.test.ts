import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../src/analyze/analyzer.js';
import { proposeQuotes } from '../src/analyze/quotes/component.js';

// The quote rules make their candidates in many places, and the code that reads them is compiled by
// V8 for the hidden classes it meets: a candidate with a field the others lack, or with its fields in
// another order, is another class and costs a deoptimisation and a compile. Every candidate is
// written with the same fields in the same order.
const TEXT = [
  'Biden: "We will not back down"',
  '',
  '"We are ready to talk," the foreign minister said on Tuesday. "The talks will go on as long as they must.',
  '',
  '"We expect progress by Friday," she added.',
  '',
  'The spokesman said that the army would withdraw from the border within a week.',
  '',
  'Officials warned about the risks of a wider war in the region, according to the ministry.',
  '',
  '"It is a dangerous moment for everyone."',
].join('\n');

test('quote candidates from different rules have the same fields in the same order', () => {
  const ctx = proposeQuotes(analyzeDocument({ id: 't', text: TEXT }));
  const rules = new Set(ctx.candidates.map((c) => c.rule));
  assert.ok(rules.size >= 4, `several rules made candidates: ${[...rules].join(', ')}`);
  const shapes = new Set(ctx.candidates.map((c) => Object.keys(c).join(',')));
  assert.deepEqual([...shapes], ['kind,start,end,parts,cue,speaker,inheritFrom,rule,speakerRule,reportedBy']);
});

test('"The below is attributable to Spokesperson Ned Price:" credits the readout to him, and the reports inside it stand', () => {
  // (demo corpus: 265 State Department readouts open so, beside 120 with "The following is …")
  const text =
    'The below is attributable to Spokesperson Ned Price:\n\n' +
    'Secretary of State Antony J. Blinken spoke today by phone with Ukrainian Foreign Minister Dmytro Kuleba to reaffirm unwavering U.S. support for Ukraine. ' +
    'The Secretary noted our swift response to Russia’s decision to recognize the purported “independence” of the so-called republics controlled by Russian proxy authorities in eastern Ukraine.';
  const doc = analyzeDocument({ id: 't', text, published: '2022-02-22' });
  const block = doc.quotes.find((q) => q.rule === 'block-after-colon');
  assert.ok(block, doc.quotes.map((q) => q.rule).join(', '));
  assert.equal(block.speaker?.name, 'Ned Price');
  const noted = doc.quotes.find((q) => q.cue?.text === 'noted');
  assert.ok(noted, 'the Secretary’s report inside the readout');
  assert.equal(noted.speaker?.name, 'Antony J. Blinken');
  assert.ok(noted.text.includes('“independence”'));
});

test('inside a block credited after a colon, a report lying wholly inside another is part of it', () => {
  // demo corpus (State Department readout, public domain): "support for" had reported a second time
  // what "reaffirmed their unwavering support for …" reports
  const text =
    'The below is attributable to Spokesperson Ned Price:\n\nDeputy Secretary of State Wendy Sherman met with Irish Foreign Minister Simon Coveney today in Washington, D.C. Deputy Secretary Sherman and Foreign Minister Coveney reaffirmed their unwavering support for Ukraine’s sovereignty and territorial integrity in the face of Moscow’s war of choice. They discussed the need to continue providing humanitarian assistance to Ukraine and to increase pressure on the Kremlin.';
  const source = 'U.S. Department of State (press releases RSS)';
  const doc = analyzeDocument({ id: 't', text, published: '2022-04-29', source });
  const reports = doc.quotes.filter(
    (q) => q.kind !== 'direct' && text.slice(q.start, q.end).includes('territorial integrity'),
  );
  assert.deepEqual(
    reports.map((q) => q.cue?.text),
    ['reaffirmed'],
  );
  // (the block itself and the later report still stand)
  assert.ok(doc.quotes.some((q) => q.rule === 'block-after-colon'));
  assert.ok(doc.quotes.some((q) => q.cue?.text === 'discussed'));
});
