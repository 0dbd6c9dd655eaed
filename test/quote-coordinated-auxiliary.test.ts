import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotes } from './quote-helpers.js';

// A second cue coordinated with an auxiliary before it ("… but did not recommend", "…, and has
// championed") shares the subject of the clause's first verb.

test('a coordinated cue after an auxiliary shares the first verb’s subject', () => {
  const cases: Record<string, [string, string, string]> = {
    recommend: [
      'The inspector general sharply criticized the agency’s handling of the records but did not recommend charges against its director.',
      'charges against its director',
      'The inspector general',
    ],
    championed: [
      'The governor insists the state must balance its budget, and has championed a plan to cut school funding.',
      'a plan to cut school funding',
      'The governor',
    ],
  };
  for (const [cue, [text, content, speaker]] of Object.entries(cases)) {
    const q = quotes(text).find((x) => x.cue?.text === cue && x.text === content);
    assert.ok(q, `a quote of "${content}" cued by "${cue}"`);
    assert.equal(text.slice(q.speaker?.start, q.speaker?.end), speaker, text);
  }
});
