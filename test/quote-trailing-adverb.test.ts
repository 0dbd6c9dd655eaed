import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotes } from './quote-helpers.js';

// A linking adverb after a comma at a content's end (", however", ", too", ", either") is the
// writer's, not what was said (src/analyze/quotes/trailing-adverb.ts).

/** The one quote cued by `cue` in `text`. */
function cuedBy(text: string, cue: string) {
  const qs = quotes(text).filter((q) => q.cue?.text === cue);
  assert.equal(qs.length, 1, `one quote cued by "${cue}" in: ${text}`);
  return qs[0];
}

test('a closing ", however", ", too" or ", either" is left out of the content', () => {
  const cases: [string, string, string][] = [
    ['The Vermont senator would not concede defeat, either.', 'concede', 'defeat'],
    ['Clinton flatly rejected that, too.', 'rejected', 'that'],
  ];
  for (const [text, cue, content] of cases) {
    const q = cuedBy(text, cue);
    assert.equal(q.text, content, text);
    assert.match(q.rule ?? '', /\+adverb-end$/, text);
  }
  // (a clause's ", however" is ended already where the content is read: content-end.ts's writer's contrasts)
  const torture = cuedBy('He said that waterboarding constitutes torture, however.', 'said');
  assert.equal(torture.text, 'that waterboarding constitutes torture');
});

test('a linking adverb inside quotation marks is what was said', () => {
  const q = cuedBy('Sanders said the plan is “unrealistic, however you look at it, too”.', 'said');
  assert.match(q.text, /too”$/);
  assert.doesNotMatch(q.rule ?? '', /adverb-end/);
});
