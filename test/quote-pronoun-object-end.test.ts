import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotes } from './quote-helpers.js';

// A personal pronoun as a cue's object holds no modifier: "in" or "by" after it opens an adjunct of the
// verb (src/analyze/quotes/pronoun-object-end.ts), on sentences in the style of the PolNeAR articles.

/** The text of the one quote cued by `cue` in `text`, and its rule. */
function cuedBy(text: string, cue: string): { text: string; rule: string } {
  const qs = quotes(text).filter((q) => q.cue?.text === cue);
  assert.equal(qs.length, 1, `one quote cued by "${cue}" in: ${text}`);
  return { text: qs[0].text, rule: qs[0].rule ?? '' };
}

test('a pronoun object ends before "in" or "by" opening an adjunct of the verb', () => {
  const cases: [string, string][] = [
    [
      'Hispanics formed an important part of Clinton’s coalition in earlier states, supporting her by about a 67 percentage point margin across 15 earlier contests.',
      'supporting',
    ],
    ['Mr. Trump first described it in print in his 1987 book.', 'described'],
    ['The delegates ultimately appointed him by acclamation on Saturday.', 'appointed'],
  ];
  for (const [text, cue] of cases) {
    const q = cuedBy(text, cue);
    assert.match(q.text, /^(her|it|him)$/, text);
    assert.match(q.rule, /\+np-end$/, text);
  }
});

test('a pronoun object keeps the complement its cue takes, and a quotation after it', () => {
  // "praise … for" names what was praised; "called them … “…”" has its name still to come
  assert.equal(
    cuedBy('Clinton praised her for her courage in the debate.', 'praised').text,
    'her for her courage in the debate',
  );
  const called = cuedBy('Trump called them in an article last week "Manchurian anchors."', 'called');
  assert.match(called.text, /Manchurian anchors/);
  assert.doesNotMatch(called.rule, /np-end/);
});
