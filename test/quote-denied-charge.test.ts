// A denial set after what it denies ("…, a claim Israel rejected"): the denier's quote holds what the
// charge says (denied-charge.ts), beside the quote of whoever made the charge. Wikinews sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../src/analyze/analyzer.js';

function quotes(text: string): Array<[string, string | undefined, string | undefined]> {
  const doc = analyzeDocument({ id: 't', text, published: '2008-03-10' });
  return doc.quotes.map((q) => [q.text, q.cue?.text, q.speaker?.name]);
}

test('a claim and its denial in an aside are two attributions of the same content', () => {
  assert.deepEqual(
    quotes(
      'Earlier this year, the 2006 Swiss President Moritz Leuenberger said the international block on funding to the Palestinian authority was a mistake, a claim Israel rejected.',
    ),
    [
      ['the international block on funding to the Palestinian authority was a mistake', 'said', 'Moritz Leuenberger'],
      ['the international block on funding to the Palestinian authority was a mistake', 'rejected', 'Israel'],
    ],
  );
  // "a charge that X quickly denied"
  const correa = quotes(
    "At the summit, Uribe charged Correa's government of having links with the FARC rebels, a charge that Correa quickly denied.",
  );
  assert.deepEqual(
    correa.map(([, cue]) => cue),
    ['charged', 'denied'],
  );
  assert.ok(correa[1][2]?.endsWith('Correa'), correa[1][2]);
});

test('the aside is no frame of the sentence, and a pronoun denying an accusation is the one accused', () => {
  // before: one quote of the whole sentence, spoken by "an allegation both countries"
  assert.deepEqual(
    quotes('Washington says Pyongyang is supplying arms to Moscow, an allegation both countries deny.').map(
      ([text, cue, speaker]) => [text, cue, speaker],
    ),
    [
      ['Pyongyang is supplying arms to Moscow', 'says', 'United States'],
      ['Pyongyang is supplying arms to Moscow', 'deny', 'both countries'],
    ],
  );
  const rigged = quotes('The opposition accused the government of rigging the vote, a charge it denied.');
  assert.deepEqual(rigged[1], ['the government of rigging the vote', 'denied', 'the government']);
});

test('a claim the aside says is not confirmed keeps the claim’s own attribution, and a participle after a denial is the denier’s', () => {
  // (wire style) before, the aside read as a frame of the whole sentence and the military's
  // statement had no quote of its own
  assert.deepEqual(
    quotes(
      'The Israeli military said in a statement that its forces had killed a senior Hamas commander, a claim Hamas did not immediately confirm.',
    ),
    [
      ['that its forces had killed a senior Hamas commander', 'said', 'Israeli military'],
      ['that its forces had killed a senior Hamas commander', 'confirm', 'Hamas'],
    ],
  );
  // (PolNeAR, Washington Post 2016-04-17) "noting" was the front-runner's
  const noting = quotes(
    'The GOP front-runner complained that the contest had been "rigged" against him, a charge that Colorado Republican leaders strongly denied, noting that they had been using the same system since the 2004 presidential election.',
  );
  assert.deepEqual(
    noting.map(([, cue, speaker]) => [cue, speaker]),
    [
      ['complained', 'The GOP front-runner'],
      ['denied', 'Colorado Republican leaders'],
      ['noting', 'Colorado Republican leaders'],
    ],
  );
});
