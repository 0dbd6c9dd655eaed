// Restricted NER decoding: which tokens are certainly outside names (outside.ts), on real sentences,
// and that names with lower-case words inside them are still found while lower-case stretches are
// not scored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleDocument, type Token } from '../src/analyze/document.js';
import { tokenizer } from '../src/analyze/nlp/wink.js';
import { nerModel, recognizeWith } from '../src/analyze/entities/ner/recognizer.js';
import { tagDocumentLines } from '../src/analyze/entities/ner/document-tagger.js';
import { nameSequences } from '../src/analyze/entities/ner/sequences.js';
import { markOutside, markUnread, nameInternalWords } from '../src/analyze/entities/ner/outside.js';
import { tagsToSpans } from '../src/analyze/entities/ner/tags.js';
import {
  documentWords,
  lineContext,
  LineScratch,
  PAD,
  type LineContext,
  type WordMemory,
} from '../src/analyze/entities/ner/features.js';
import { NUM_TAGS, type LinearScorer } from '../src/analyze/entities/ner/tagger.js';

function line(text: string): Token[] {
  const doc = new ArticleDocument({ id: 't', text });
  tokenizer.run(doc);
  return nameSequences(doc.tokens)[0];
}

/** The tokens of the line the rule leaves out. */
function outsideWords(text: string): string[] {
  const seq = line(text);
  const out = new Uint8Array(seq.length);
  markOutside(seq, nameInternalWords()!, out);
  return seq.filter((_, i) => out[i]).map((t) => t.text);
}

function names(text: string, restricted: boolean): string[] {
  const model = nerModel()!;
  const doc = new ArticleDocument({ id: 't', text });
  tokenizer.run(doc);
  if (restricted) return recognizeWith(model, doc, { scores: false }).map((n) => text.slice(n.start, n.end));
  const seqs = nameSequences(doc.tokens);
  return tagDocumentLines(model, seqs, model, undefined, undefined, false, false).flatMap((l, s) =>
    tagsToSpans(seqs[s], l.tags).map((n) => text.slice(n.start, n.end)),
  );
}

test('the name-internal words are derived data: particles and function words, not content words', () => {
  const internal = nameInternalWords()!;
  for (const w of ['of', 'and', 'the', 'de', 'van', 'von', 'der', 'da', 'bin', 'al', '&'])
    assert.ok(internal.words.has(w), w);
  for (const w of ['said', 'would', 'respond', 'rates']) assert.ok(!internal.words.has(w), w);
  // particles may begin a name said without its given name; function words may neither begin nor end one
  for (const w of ['de', 'van', 'bin']) assert.ok(internal.starts.has(w), w);
  for (const w of ['of', 'and', 'the', 'in']) assert.ok(!internal.starts.has(w) && !internal.ends.has(w), w);
});

test('lower-case words are outside names unless glued to a capital or inside a name near one', () => {
  const text = 'European Commission President Ursula von der Leyen said the union would respond to the U.S.-led plan.';
  const out = outsideWords(text);
  // von and der stand between capitals; "led" is glued to U.S.
  for (const w of ['von', 'der', 'led']) assert.ok(!out.includes(w), w);
  for (const w of ['said', 'union', 'would', 'respond', 'plan']) assert.ok(out.includes(w), w);
  // a sentence's first word, a brand in lower case with a capital inside, numbers in names
  assert.deepEqual(
    outsideWords('Apple said the iPhone 15 and Apollo 11 were on display in the hall.').filter((w) =>
      ['Apple', 'iPhone', '15', 'Apollo', '11'].includes(w),
    ),
    [],
  );
  // punctuation at the end of a glued run is not glued into the name; inside one it is
  assert.ok(outsideWords('He met Obama, and then left.').includes(','));
  const places = line('Police in Evansville, Indiana, said nothing.');
  const flags = new Uint8Array(places.length);
  markOutside(places, nameInternalWords()!, flags);
  // the comma between two capitals may be inside a name; the one after Indiana is followed by none
  assert.deepEqual(
    places.filter((t) => t.text === ',').map((t) => flags[places.indexOf(t)]),
    [0, 1],
  );
  assert.ok(!outsideWords('North Korean leader Kim Jong-un visited Russia.').includes('un'));
});

test('a run of name-internal words is scored only where a name can pass through it', () => {
  const text =
    'The talks in Geneva ended, the United States said, and de Klerk agreed to the Organization of the Petroleum Exporting Countries plan.';
  const seq = line(text);
  const out = new Uint8Array(seq.length);
  markOutside(seq, nameInternalWords()!, out);
  const flag = (w: string, nth = 0) => out[seq.filter((t) => t.text === w).map((t) => seq.indexOf(t))[nth]];
  // "in" and the first "the" lead to a capital on one side only; "de" begins a family name
  assert.equal(flag('in'), 1);
  assert.equal(flag('the', 0), 1);
  assert.equal(flag('de'), 0);
  // "of the" between "Organization" and "Petroleum"; "to the" before it can lead nowhere
  assert.equal(flag('of'), 0);
  assert.equal(flag('the', 2), 0);
  assert.equal(flag('to'), 1);
  assert.equal(flag('the', 1), 1);
});

test('restricted decoding still finds names with lower-case words inside them', () => {
  const sentences = [
    ['European Commission President Ursula von der Leyen said the union would respond.', 'Ursula von der Leyen'],
    ['Brazilian President Luiz Inácio Lula da Silva arrived in Beijing on Tuesday.', 'Luiz Inácio Lula da Silva'],
    ['My country supported Osama bin Laden in the fight against the Soviets.', 'Osama bin Laden'],
    ['Former South African President F.W. de Klerk met Nelson Mandela in Cape Town.', 'F.W. de Klerk'],
    [
      'The Organization of the Petroleum Exporting Countries agreed to cut output.',
      'Organization of the Petroleum Exporting Countries',
    ],
    ['The Bank of England raised interest rates on Thursday.', 'Bank of England'],
    ['North Korean leader Kim Jong-un visited the Vostochny Cosmodrome.', 'Kim Jong-un'],
  ];
  for (const [text, name] of sentences) {
    const found = names(text, true);
    assert.ok(found.includes(name), `${name} in ${found.join(' | ')}`);
    assert.deepEqual(found, names(text, false), text);
  }
});

test('a lower-case stretch is not scored, and words far from any capital are not even read', () => {
  const model = nerModel()!;
  const text =
    'After the vote, officials in the capital said that the new rules would take effect within weeks, Reuters reported.';
  const seq = line(text);
  const outside = new Uint8Array(seq.length);
  markOutside(seq, nameInternalWords()!, outside);
  const unread = new Uint8Array(seq.length);
  markUnread(outside, seq.length, 2, unread);
  const word = (w: string) => seq.findIndex((t) => t.text === w);
  for (const w of ['officials', 'capital', 'rules', 'effect', 'weeks']) assert.equal(outside[word(w)], 1, w);
  for (const w of ['officials', 'rules', 'effect']) assert.equal(unread[word(w)], 1, w);
  // two tokens from "Reuters": still read as its neighbour, though not scored
  assert.equal(unread[word('weeks')], 0);
  assert.equal(outside[word('Reuters')], 0);
  // the scorer writes emission rows only for the tokens a name may use
  let rows: number[] = [];
  const spy: LinearScorer = {
    addAll: (f, c, s) => model.addAll(f, c, s),
    transitionTables: (ctx, r, w, m) => model.transitionTables(ctx, r, w, m),
    emissionScores(ctx: LineContext, r: Array<WordMemory | undefined>, out: Float64Array, skip?: Uint8Array | null) {
      out.fill(NaN, 0, ctx.seq.length * NUM_TAGS);
      model.emissionScores(ctx, r, out, skip);
      rows = ctx.seq.map((_, i) => i).filter((i) => !Number.isNaN(out[i * NUM_TAGS]));
    },
  };
  const [tagged] = tagDocumentLines(spy, [seq], model, undefined, undefined, false, true);
  assert.deepEqual(
    rows.map((i) => seq[i].text),
    seq.filter((_, i) => !outside[i]).map((t) => t.text),
  );
  assert.deepEqual(
    tagsToSpans(seq, tagged.tags).map((n) => text.slice(n.start, n.end)),
    ['Reuters'],
  );
});

test('a line context written into lent arrays reads as a new one wherever a token is read, line after line', () => {
  const model = nerModel()!;
  // a long line, then shorter ones: the lent arrays keep what the longer line left past the shorter's end
  const text = [
    'Secretary of State Antony J. Blinken met Foreign Minister Sergey Lavrov of Russia in Geneva on Friday, ' +
      'and the two spoke for about an hour about the war in Ukraine, the prisoners held in each country and ' +
      'the talks that the United Nations and Turkey hope to hold in Istanbul before the end of the month, ' +
      'when the ministers of France, Germany and Italy are to join them for a day of meetings on grain.',
    'The talks were slow.',
    'He said that the ministers of the two countries would meet again in New York.',
  ].join('\n');
  const doc = new ArticleDocument({ id: 't', text });
  tokenizer.run(doc);
  const seqs = nameSequences(doc.tokens);
  const words = documentWords(seqs);
  const scratch = new LineScratch();
  let compared = 0;
  for (const seq of seqs) {
    const outside = new Uint8Array(seq.length);
    markOutside(seq, nameInternalWords()!, outside);
    const unread = new Uint8Array(seq.length);
    markUnread(outside, seq.length, PAD, unread);
    const lent = lineContext(seq, words, model.lexicon, model.gazetteer, unread, scratch);
    const fresh = lineContext(seq, words, model.lexicon, model.gazetteer);
    for (let j = 0; j < seq.length + 2 * PAD; j++) {
      const i = j - PAD;
      if (i >= 0 && i < seq.length && unread[i]) continue;
      assert.equal(lent.posIds[j], fresh.posIds[j], `${seq[i]?.text ?? 'padding'}: part of speech`);
      assert.equal(lent.pos[j], fresh.pos[j], `${seq[i]?.text ?? 'padding'}: its hash`);
      assert.equal(lent.info[j], fresh.info[j]);
      compared++;
    }
  }
  // (the first line is longer than the arrays a LineScratch starts with)
  assert.ok(seqs[0].length + 2 * PAD > new LineScratch().pos.length && seqs.length === 3);
  assert.ok(compared > 40);
});
