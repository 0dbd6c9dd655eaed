// ArticleDocument.entityAt keeps its index up to date as mentions are appended (quote speakers are
// added one at a time between lookups); these tests hold it to a plain scan of the entity layer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleDocument, type EntityRecord } from '../src/analyze/document.js';
import type { Mention, MentionKind } from '../src/analyze/types.js';

const text =
  'Prime Minister Theresa May told the House of Commons on Tuesday that the United Kingdom would leave. ' +
  '"We will deliver," she said, and the Commons clerk, John Bercow, read the motion.';

function mention(doc: ArticleDocument, phrase: string, kind: MentionKind = 'name', from = 0): Mention {
  const start = doc.text.indexOf(phrase, from);
  assert.ok(start >= 0, phrase);
  return { start, end: start + phrase.length, text: phrase, kind, rule: 'test' };
}

/** The reference: the first entity in layer order with a mention covering the offset. */
function scanAt(doc: ArticleDocument, offset: number): { entity: EntityRecord; mention: Mention } | undefined {
  for (const entity of doc.entities)
    for (const m of entity.mentions) if (m.start <= offset && offset < m.end) return { entity, mention: m };
  return undefined;
}

function assertMatchesScan(doc: ArticleDocument): void {
  // entityFinder answers as entityAt does while no mention is added between its look-ups
  const find = doc.entityFinder();
  for (let offset = 0; offset <= doc.text.length; offset++) {
    const want = scanAt(doc, offset);
    for (const got of [doc.entityAt(offset), find(offset)]) {
      assert.equal(got?.entity.id, want?.entity.id, `entity at ${offset}`);
      assert.equal(got?.mention, want?.mention, `mention at ${offset}`);
    }
  }
}

function entity(doc: ArticleDocument, type: EntityRecord['type'], name: string, mentions: Mention[]): EntityRecord {
  return doc.addEntity({ type, name, actor: null, country: null, kb: null, mentions });
}

test('entityAt follows mentions appended to several entities between lookups', () => {
  const doc = new ArticleDocument({ id: 't', text });
  const may = entity(doc, 'PERSON', 'Theresa May', [mention(doc, 'Theresa May')]);
  const uk = entity(doc, 'GPE', 'United Kingdom', [mention(doc, 'United Kingdom')]);
  assertMatchesScan(doc);
  // a speaker pronoun for an earlier entity, then a new entity, then a nominal for the first
  may.mentions.push(mention(doc, 'she', 'pronoun'));
  assertMatchesScan(doc);
  const bercow = entity(doc, 'PERSON', 'John Bercow', [mention(doc, 'John Bercow')]);
  assertMatchesScan(doc);
  may.mentions.push(mention(doc, 'Prime Minister', 'nominal'));
  uk.mentions.push(mention(doc, 'Commons', 'name', text.indexOf('the Commons clerk')));
  bercow.mentions.push(mention(doc, 'the Commons clerk', 'nominal'));
  assertMatchesScan(doc);
  assert.equal(doc.entityAt(text.indexOf('she'))?.entity, may);
  assert.equal(doc.entityAt(text.indexOf('Minister'))?.entity, may);
});

test('entityAt: where mentions nest, the entity listed first wins, whatever order they were added', () => {
  const doc = new ArticleDocument({ id: 't', text });
  // the inner name belongs to a later entity but is indexed first
  const commons = entity(doc, 'ORG', 'House of Commons', []);
  const parliament = entity(doc, 'ORG', 'Parliament', [mention(doc, 'Commons')]);
  assert.equal(doc.entityAt(text.indexOf('Commons'))?.entity, parliament);
  commons.mentions.push(mention(doc, 'the House of Commons', 'nominal'));
  assert.equal(doc.entityAt(text.indexOf('Commons'))?.entity, commons, 'earlier entity covers it now');
  assert.equal(doc.entityAt(text.indexOf('House'))?.entity, commons);
  // a later, longer mention nesting an earlier entity's mention does not take it over
  const may = entity(doc, 'PERSON', 'Theresa May', [mention(doc, 'Theresa May')]);
  entity(doc, 'PERSON', 'Prime Minister Theresa May', [mention(doc, 'Prime Minister Theresa May')]);
  assert.equal(doc.entityAt(text.indexOf('May'))?.entity, may);
  assert.equal(doc.entityAt(text.indexOf('Prime'))?.entity.name, 'Prime Minister Theresa May');
  assertMatchesScan(doc);
});

test('entityAt sees entities dropped or mention lists replaced, not only appends', () => {
  const doc = new ArticleDocument({ id: 't', text });
  entity(doc, 'PERSON', 'Theresa May', [mention(doc, 'Theresa May')]);
  const bercow = entity(doc, 'PERSON', 'John Bercow', [mention(doc, 'John Bercow')]);
  assertMatchesScan(doc);
  doc.entities.shift();
  assertMatchesScan(doc);
  bercow.mentions = [mention(doc, 'the Commons clerk', 'nominal')];
  assertMatchesScan(doc);
  assert.equal(doc.entityAt(text.indexOf('John')), undefined);
});

test('entityAt on an index built at once: mentions out of order and sharing a start, across entities', () => {
  const doc = new ArticleDocument({ id: 't', text });
  // each entity's mentions listed back to front; three mentions start at "the" before Commons clerk
  const clerk = text.indexOf('the Commons clerk');
  entity(doc, 'PERSON', 'John Bercow', [
    mention(doc, 'John Bercow'),
    mention(doc, 'the Commons clerk', 'nominal'),
    mention(doc, 'Prime Minister', 'nominal'),
  ]);
  entity(doc, 'ORG', 'House of Commons', [
    mention(doc, 'the Commons', 'nominal', clerk),
    mention(doc, 'the House of Commons', 'nominal'),
  ]);
  entity(doc, 'ORG', 'Commons', [mention(doc, 'the', 'nominal', clerk), mention(doc, 'Commons', 'name')]);
  assertMatchesScan(doc);
  assert.equal(doc.entityAt(clerk)?.entity.name, 'John Bercow');
});
