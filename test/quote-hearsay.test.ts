// A clause an adverb of hearsay marks ("reportedly") is a report whose source goes unnamed: a quote
// cued by the adverb, with no speaker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cuedBy, quotes } from './quote-helpers.js';

test('a clause with "reportedly" is a report of no named source', () => {
  // (PolNeAR, Western Journalism: no quote before)
  const fbi =
    'FBI Makes Final Preparations To Interview Hillary Clinton.\n\nThe FBI is reportedly making arrangements to interview Hillary Clinton as it nears the end of its investigation.';
  const q = cuedBy(fbi, 'reportedly');
  assert.ok(q.text.startsWith('The FBI is reportedly making arrangements'), q.text);
  assert.equal(q.rule, 'hearsay-adverb');
  assert.equal(q.speaker, null);
  // fronted with its comma, the clause after it (PolNeAR, Western Journalism)
  const fronted =
    'Reportedly, he made ISIS-sympathetic comments to co-workers and had been under investigation by the FBI for having terrorist ties.';
  assert.ok(cuedBy(fronted, 'Reportedly').text.startsWith('he made ISIS-sympathetic comments'));
  // (demo corpus, Wikinews: the boundary model had cut the clause at its opening adjunct's comma)
  const tour =
    'In mid-December 2005, a delegation from several Danish Muslim organizations went on a tour in several Middle-Eastern and Arabic countries, reportedly to gain sympathy for their point of view.';
  assert.ok(cuedBy(tour, 'reportedly').text.includes('went on a tour'));
});

test('"reportedly" before a cue of its own leaves the attribution to that cue', () => {
  // (PolNeAR, Breitbart) the quotation is Trump's, reportedly
  const said =
    'When asked by a reporter whether this differed from Nazi Germany requiring Jews to register, Trump reportedly said, "You tell me," repeatedly, before he stopped responding to the reporter.';
  assert.ok(!quotes(said).some((q) => q.rule === 'hearsay-adverb'));
  // (demo corpus, Wikinews) a quotation a colon introduces stays its own quote
  const promise =
    'Ellison\'s promise: "You\'ll always find this Muslim standing up for your right to be atheists all you want," reportedly "raised eyebrows" among the 300 present.';
  assert.ok(!quotes(promise).some((q) => q.rule === 'hearsay-adverb'));
});
