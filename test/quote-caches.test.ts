// The quote layer's per-document caches answer as working the answer out afresh would: a token's cue
// class kept from an earlier ask, a person's gender counted on from the mentions read before, and the
// used cues held as one flag per token answer as the Set of numbers they replace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleDocument, type EntityRecord } from '../src/analyze/document.js';
import { tokenizer } from '../src/analyze/nlp/wink.js';
import { QuoteContext, TokenSet } from '../src/analyze/quotes/context.js';
import { genderOf } from '../src/analyze/quotes/speaker-gender.js';
import type { Mention } from '../src/analyze/types.js';

function tokenized(text: string): ArticleDocument {
  const doc = new ArticleDocument({ id: 't', text });
  tokenizer.run(doc);
  return doc;
}

/** A mention of the words at their first occurrence at or after `from`. */
function mention(text: string, words: string, kind: Mention['kind'], from = 0): Mention {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, `test text lacks "${words}"`);
  return { start, end: start + words.length, text: words, kind };
}

test('a cue class is kept per token, but not one that read the entity layer, which attribution extends', () => {
  const text = 'The statement was read by spokeswoman Hope Hicks on Monday.';
  const doc = tokenized(text);
  const ctx = new QuoteContext(doc);
  const read = doc.tokens.findIndex((t) => t.text === 'read');
  const hope = doc.tokens.findIndex((t) => t.text === 'Hope');
  assert.equal(ctx.cueClass(read), 'speech');
  assert.equal(ctx.cueClass(read), 'speech');
  // with no name found over it, the tagger's verb "Hope" is a cue of believing
  assert.equal(ctx.cueClass(hope), 'cognition');
  // once a speaker's name covers it (as attribution adds speakers), it is part of the name
  doc.addEntity({
    type: 'PERSON',
    name: 'Hope Hicks',
    actor: null,
    country: null,
    kb: null,
    mentions: [mention(text, 'Hope Hicks', 'name')],
  });
  assert.equal(ctx.cueClass(hope), null);
  assert.equal(new QuoteContext(doc).cueClass(hope), null);
});

test('a person’s gender counts the mentions appended since it was last asked, as a fresh count would', () => {
  const text =
    'Jordan Lee, the campaign manager, spoke on Monday. He said the race was close. ' +
    'Later she said the count was wrong, and she asked for a recount. Ms. Lee declined to comment.';
  const doc = tokenized(text);
  const person: EntityRecord = doc.addEntity({
    type: 'PERSON',
    name: 'Jordan Lee',
    actor: null,
    country: null,
    kb: null,
    mentions: [mention(text, 'Jordan Lee', 'name')],
  });
  // "Jordan" is a given name of either sex: nothing shows the gender yet
  assert.equal(genderOf(doc, person), null);
  person.mentions.push(mention(text, 'He', 'pronoun'));
  assert.equal(genderOf(doc, person), 'm');
  person.mentions.push(mention(text, 'she', 'pronoun'));
  assert.equal(genderOf(doc, person), null); // one each way
  person.mentions.push(mention(text, 'she', 'pronoun', text.indexOf('and she')));
  assert.equal(genderOf(doc, person), 'f');
  // an honorific before a name counts as well
  person.mentions.push(mention(text, 'Lee', 'name', text.indexOf('Ms. Lee')));
  assert.equal(genderOf(doc, person), 'f');
  // a list replaced (not appended to) is read again from its start
  person.mentions = [mention(text, 'Jordan Lee', 'name'), mention(text, 'He', 'pronoun')];
  assert.equal(genderOf(doc, person), 'm');
});

test('the used cues, one flag per token, answer as a Set of token indices does, inside the text or not', () => {
  const doc = tokenized('Officials said the talks would resume, and the minister told reporters he agreed.');
  const used = new QuoteContext(doc).usedCue;
  const set = new Set<number>();
  const n = doc.tokens.length;
  // the finders' cue tokens, a multi-word cue's last token, and indices past either end of the text
  for (const i of [1, 9, 10, n - 1, n, n + 3, -1]) {
    used.add(i);
    set.add(i);
  }
  for (let i = -3; i < n + 5; i++) assert.equal(used.has(i), set.has(i), `token ${i}`);
  const other = new TokenSet(n);
  assert.equal(other.has(1), false); // a set of its own per document
});
