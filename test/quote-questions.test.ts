// A question is no one's claim: the verb of a question ("Do you think …?", "Can you say …?", "Did
// the President ask …?") gives no quote, nor does what the question goes on to say. Sentences from
// White House briefing transcripts in the demo corpus (public domain).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../src/analyze/analyzer.js';
import type { ArticleDocument } from '../src/analyze/document.js';
import { quotes } from './quote-helpers.js';

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

// Questions and presumptions that keep the statement's order (demo corpus: White House briefings and
// State Department press conferences, public domain)
const PUT_TO_YOU = [
  'MR. SAMORE: We expect a good summit.',
  '',
  'Q I have two questions. You mentioned that Chile is going to send all of its high-enriched uranium to the United States. Do you expect or do you encourage other countries in the region to do the same?',
  '',
  'MR. SAMORE: We do.',
  '',
  'Q Sir, can you put the negotiations in the context of the unfreezing of the settlement moratorium, and whether you expect that settlements will commence once again?',
  '',
  'MR. SAMORE: Our position on settlements is well known.',
  '',
  "Q Does it make a difference who controls the Senate? You might say that the Democrats will still control the Senate, but I'm just wondering is that sort of part of the calculus at all in your timing.",
  '',
  'MR. SAMORE: No.',
  '',
  'Q So why do you still pursue this resolution while you know that it may not go through? And you were also here meeting with your European counterparts. You know the EU is at the moment trying to get a European oil ban on Russia.',
  '',
  'MR. SAMORE: We will keep working.',
].join('\n');

test("what a question asks or presumes of the official is not the official's claim, in a statement's order", () => {
  const doc = run(PUT_TO_YOU);
  // a belief asked about in a question ("whether you expect …?", "while you know …?")
  assert.deepEqual(quotesWith(doc, 'settlements will commence once again'), []);
  assert.deepEqual(quotesWith(doc, 'it may not go through'), []);
  // a modal's "you might say" and the presuming "You know …"
  assert.deepEqual(quotesWith(doc, 'the Democrats will still control the Senate'), []);
  assert.deepEqual(quotesWith(doc, 'the EU is at the moment trying'), []);
  // while what the reporter says the official said stays the official's
  assert.deepEqual(quotesWith(doc, 'Chile is going to send all of its'), ['Samore']);
});

test('what "your" names in a question, and the answer\'s "your question about …", are no one\'s words', () => {
  // demo corpus (State Department press briefings, public domain)
  const doc = run(
    [
      'MS PORTER: Good afternoon. Thank you so much for joining today’s press briefing. I will start with taking your questions.',
      '',
      'QUESTION: So what’s your assessment of the current situation? Are you still waiting for the Eritreans also to withdraw from Tigray region?',
      '',
      'MS PORTER: Thanks, Camilla. To your question about a timeline, I’m certainly not able to predict or share a timeline in reference to the Secretary’s travel.',
    ].join('\n'),
  );
  const covering = (words: string) => {
    const at = doc.text.indexOf(words);
    return doc.quotes.filter((q) => q.start <= at && q.end >= at + words.length && q.cue);
  };
  assert.deepEqual(covering('the current situation'), []);
  assert.deepEqual(covering('a timeline'), []);
});

test('a questioner\'s own "I" frames a question: no statement of record, named or not', () => {
  // demo corpus (White House briefings and a State Department press briefing, public domain)
  const doc = run(
    [
      'MR. RHODES: With that, we’d be happy to take any of your questions.',
      '',
      'Q Thank you. I had another, further question on the Korean FTA. I wondered if you could go a little further in distinguishing them from pledges that the President has made in the past.',
      '',
      'MR. RHODES: Sure.',
      '',
      'Q Thank you for taking the call. I wanted to ask about the timing of this. You mentioned that the President will travel to Seoul next month.',
      '',
      'MR. RHODES: He will.',
    ].join('\n'),
  );
  assert.deepEqual(quotesWith(doc, 'you could go a little further'), []);
  assert.deepEqual(quotesWith(doc, 'to ask about the timing of this'), []);
  // what the questioner says the official said stays the official's
  assert.deepEqual(quotesWith(doc, 'the President will travel to Seoul'), ['Rhodes']);
});

test('a briefing speaker handing the floor ("I don\'t know if you have anything to add") makes no quote', () => {
  // demo corpus, White House and State Department background briefings
  const text =
    "That is why we want to see Iran come in line with its obligations.\n\nI don't know if you have anything to add on Turkey or not.\n\nSo with that, I think -- Mike, I don’t know if you want to wrap up the call.";
  const qs = quotes(text);
  assert.ok(!qs.some((q) => q.cue?.text === 'know'), qs.map((q) => `${q.cue?.text}: ${q.text}`).join(' | '));
  // (a speaker's own doubt stays, in the same briefings)
  const doubt = quotes(
    "And I don't know if in the situation in Syria you can ever be absolutely confident about anything.",
  );
  assert.ok(doubt.some((q) => q.cue?.text === 'know' && q.text.startsWith('if in the situation in Syria')));
});
