import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doubledMarkKinds } from '../eval/gold-readings.js';

// The diagnostic reading of PolNeAR's quote kinds (eval/gold-readings.ts), on gold records shaped as
// the corpus gives them (texts from the PolNeAR dev set, NYT).

const quote = (text: string, kind: string) => ({ id: 'E1', text, kind, kind_source: 'heuristic' });

test("PolNeAR's ''…'' quotations read as direct or mixed; nothing else changes", () => {
  const record = {
    id: 'polnear-nyt',
    text: '…',
    quotes: [
      quote(
        "''It is going to take a lot more than one positive jobs report to seriously dent the pessimism,''",
        'indirect',
      ),
      quote("that he opposes American ''boots on the ground'' in far-flung parts of the world", 'indirect'),
      quote('a new security agreement and ways to counter Iran', 'indirect'),
      quote('“always run a lean campaign and will continue to do so.”', 'direct'),
    ],
  };
  const reread = doubledMarkKinds(record) as { quotes: { kind: string; text: string }[] };
  assert.deepEqual(
    reread.quotes.map((q) => q.kind),
    ['direct', 'mixed', 'indirect', 'direct'],
  );
  assert.deepEqual(
    reread.quotes.map((q) => q.text),
    record.quotes.map((q) => q.text),
  );
  // the gold as read from disk is left as it was
  assert.equal(record.quotes[0].kind, 'indirect');
});
