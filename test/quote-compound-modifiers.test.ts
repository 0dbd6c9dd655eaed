import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotes } from './quote-helpers.js';

// A listed cue word glued by a hyphen to the word before it ends a modifier ("self-declared",
// "self-proclaimed", "ethnically-charged"): an adjective of the noun after it, which says nothing.

test('a cue word ending a hyphenated modifier is part of an adjective, no cue ("self-declared moratorium")', () => {
  const text =
    'We deeply regret that the DPRK, with the most recent launches, has also abandoned its self-declared moratorium on ICBM launches.';
  assert.equal(
    quotes(text).find((q) => q.text.startsWith('moratorium')),
    undefined,
  );
  // a verb's own prefix leaves it a cue
  const tweeted = 'Donald Trump responded from the heart as he live-tweeted the president’s Oval Office address.';
  assert.ok(quotes(tweeted).some((q) => q.text.startsWith('the president’s Oval Office address')));
});
