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

// Wikinews, "Australian government to impose nuclear waste dump" (CC BY 2.5); a White House briefing (public domain)
test('a participle between a number and its noun is an adjective where the phrase is an object or its noun a subject', () => {
  const sites =
    'The three proposed sites include: Fishers Ridge, a defence site 42km south-east of Katherine; Harts Range, a defence site 130km north-east of Alice Springs.';
  assert.equal(
    quotes(sites).find((q) => q.text.startsWith('sites')),
    undefined,
  );
  const powers =
    "We have the five declared nuclear powers, and there's the Permanent Five members of the Security Council.";
  assert.equal(
    quotes(powers).find((q) => q.text.startsWith('nuclear powers')),
    undefined,
  );
  // "the two" opening the clause is its subject, and the participle its verb
  const two = 'The two discussed regional security and the humanitarian situation in Gaza.';
  assert.ok(quotes(two).some((q) => q.text.startsWith('regional security')));
});
