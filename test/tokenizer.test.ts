import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleDocument } from '../src/analyze/document.js';
import { tokenizer } from '../src/analyze/nlp/wink.js';
import { seedArticle } from './helpers.js';

function tokenize(text: string): ArticleDocument {
  const doc = new ArticleDocument({ id: 't', text });
  tokenizer.run(doc);
  return doc;
}

test('every token and sentence of the seed article slices back to its own text', () => {
  const text = seedArticle();
  const doc = tokenize(text);
  assert.ok(doc.tokens.length > 500);
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  for (let i = 1; i < doc.tokens.length; i++) assert.ok(doc.tokens[i].start >= doc.tokens[i - 1].end);
  for (const s of doc.sentences) assert.equal(s.start, doc.tokens[s.firstToken].start);
});

test('a line break ends a sentence, so the block quote after "said:" stands alone', () => {
  const text = seedArticle();
  const doc = tokenize(text);
  const block = text.indexOf('If the two leaders want to meet');
  const sentence = doc.sentenceAt(block);
  assert.ok(sentence);
  assert.equal(sentence.start, block);
  const before = doc.sentenceAt(text.indexOf('Remco Breuker said:'));
  assert.ok(before && before.end <= block);
  assert.ok(text.slice(before.start, before.end).endsWith('said:'));
});

test('offsets count UTF-16 code units through emoji and accents', () => {
  const text = 'Señor Núñez 👍 said “yes” to Zoë.';
  const doc = tokenize(text);
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.ok(doc.tokens.some((t) => t.text === 'Zoë'));
});

test('empty and whitespace-only texts give no tokens and no sentences', () => {
  for (const text of ['', '   \n\n  ']) {
    const doc = tokenize(text);
    assert.equal(doc.sentences.length, 0);
  }
});
