// A question is no one's claim: the verb of a question ("Do you think …?", "Can you say …?", "Did
// the President ask …?") gives no quote, nor does what the question goes on to say. Sentences from
// White House briefing transcripts in the demo corpus (public domain).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../src/analyze/analyzer.js';
import type { ArticleDocument } from '../src/analyze/document.js';

function run(text: string): ArticleDocument {
  return analyzeDocument({ id: 't', text, published: '2009-04-06' });
}

/** The quotes whose content holds the words, with their speakers' names. */
function quotesWith(doc: ArticleDocument, words: string): string[] {
  const at = doc.text.indexOf(words);
  assert.ok(at >= 0, `"${words}" is not in the text`);
  return doc.quotes
    .filter((q) => q.start <= at && q.end >= at + words.length && q.rule?.startsWith('cue'))
    .map((q) => (q.speaker?.entity ? (doc.entityById(q.speaker.entity)?.name ?? '') : (q.speaker?.name ?? '')));
}

const BRIEFING = [
  'MR. GIBBS: The President condemned the launch this morning.',
  '',
  'Q Robert, at the top you said there had been numerous failures in what the North Koreans have tried. Do you think the North Koreans are trying to test him? And can you just say how many launches there have been?',
  '',
  'MR. GIBBS: I would not read that much into it.',
  '',
  'Q Did the President ask Chancellor Merkel to explain her call with Putin yesterday? What do you think of that characterization?',
  '',
  'MR. GIBBS: I will leave that to the Germans.',
  '',
  'Q What kind of reaction do you expect to produce from Russia as a result of these sanctions? And do you mean to say that the President will bring up the conviction of Anwar Ibrahim?',
  '',
  'MR. GIBBS: We will see.',
].join('\n');

test("a question put to the official is not the official's claim", () => {
  const doc = run(BRIEFING);
  assert.deepEqual(quotesWith(doc, 'the North Koreans are trying to test him'), []);
  assert.deepEqual(quotesWith(doc, 'how many launches there have been'), []);
  assert.deepEqual(quotesWith(doc, 'Chancellor Merkel to explain her call'), []);
  assert.deepEqual(quotesWith(doc, 'of that characterization'), []);
  // a question phrase before the auxiliary ("What kind of reaction do you …"), a verb before "to"
  assert.deepEqual(quotesWith(doc, 'to produce from Russia'), []);
  assert.deepEqual(quotesWith(doc, 'the conviction of Anwar Ibrahim'), []);
});

test("what the reporter says the official said is still the official's, in the same turn as a question", () => {
  const doc = run(BRIEFING);
  assert.deepEqual(quotesWith(doc, 'there had been numerous failures'), ['Gibbs']);
});

test('an inversion that is no question stays a report', () => {
  // "Nor have they …" ends in a full stop; "you said …, didn't you?" keeps its subject first
  const doc = run(
    "Nor have they warned Mr. Hannity away from giving advice to Mr. Trump. Senator Smith said the bill would pass, didn't he?",
  );
  assert.equal(quotesWith(doc, 'Mr. Hannity away from giving advice').length, 1);
  assert.deepEqual(quotesWith(doc, 'the bill would pass'), ['Smith']);
});
