import { test } from 'node:test';
import assert from 'node:assert/strict';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ArticleDocument } from '../src/analyze/document.js';
import { readerForgets, readTokens, tokenizer, wink } from '../src/analyze/nlp/wink.js';
import { forgetful } from '../src/analyze/nlp/wink-forget.js';
import { seedArticle } from './helpers.js';
import { analyzeDocument } from '../src/analyze/analyzer.js';

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

test("the sentence-and-POS-only reader gives wink's full readDoc tags, lemmas and sentences", () => {
  const text = seedArticle();
  const { tokens, winkSentences } = readTokens(text);
  const nlp = wink();
  const full = nlp.readDoc(text);
  const its = nlp.its;
  const words = full.tokens();
  assert.deepEqual(
    tokens.map((t) => t.pos),
    words.out(its.pos),
  );
  const lemmas = words.out(its.lemma as unknown as typeof its.value) as string[];
  const values = words.out(its.value) as string[];
  // (but for a passive's "being", whose lemma is "be" here: see the test below)
  assert.deepEqual(
    tokens.map((t) => (t.lower === 'being' ? 'being' : t.lemma)),
    lemmas.map((l, i) => (l ?? values[i]).toLowerCase()),
  );
  assert.deepEqual(winkSentences, full.sentences().out(its.span));
});

// Wikinews, 30 March 2007 (CC BY 2.5)
test('a passive’s "being" has the lemma "be", as "was" and "been" have; the noun keeps its own', () => {
  const { tokens } = readTokens(
    'Iran is still detaining the 15 British sailors and marines being held in Tehran, and every human being deserves better.',
  );
  assert.deepEqual(
    tokens.filter((t) => t.lower === 'being').map((t) => t.lemma),
    ['be', 'being'],
  );
});

test('a text reads the same whatever wink read before it in the process', () => {
  // adapted from pdnews: once wink has read "The U.S government" it knows "U.S" as a word, and
  // left alone would then read the typo "the U.S.." as "U.S" "..", no longer as "U.S." "."
  const text = 'Tensions have risen between Pakistan and the U.S.. Recently elected President Zardari spoke.';
  const fresh = readTokens(text);
  const words = fresh.tokens.map((t) => t.text);
  assert.deepEqual(words.slice(words.indexOf('the') + 1, words.indexOf('Recently')), ['U.S.', '.']);
  readTokens('The U.S government has provided more than $170 million to the programme.');
  assert.deepEqual(readTokens(text), fresh);
});

test("the reader finds wink's lexicon where it expects it, so it can forget what a text taught", () => {
  // false would mean a wink-nlp upgrade moved its lexicon: forgetting would silently do nothing
  assert.ok(readerForgets());
});

test('a core model without the lexicon wink 2.x has: forgetting does nothing, and says so', () => {
  const odd = { ...model, core: () => ({ features: { lexeme: 'moved' } }) } as unknown as typeof model;
  const memory = forgetful(odd);
  (memory.model.core as unknown as () => unknown)();
  assert.equal(memory.active(), false);
  assert.doesNotThrow(() => memory.forget());
  assert.equal(memory.forgottenSlots(), 0);
});

test('wink can be loaded again and again in one process (the reader reloads after many articles)', () => {
  // the model's own metaCER() doubles a string at every load; unshared, the 16th load or so throws
  for (let i = 0; i < 20; i++) {
    const nlp = winkNLP(forgetful(model).model, ['sbd']);
    assert.equal(nlp.readDoc('One more load.').tokens().length(), 4);
  }
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

test('entityAt finds the mention covering an offset, the first-listed entity where mentions nest', () => {
  const text = 'U.S. intelligence agencies say North Korea and Russia have held arms talks.';
  const doc = new ArticleDocument({ id: 't', text });
  const usa = doc.addEntity({ type: 'GPE', name: 'United States', actor: 'USA', country: 'USA', kb: null });
  const spy = doc.addEntity({
    type: 'ORG',
    name: 'U.S. intelligence agencies',
    actor: 'USASPY',
    country: 'USA',
    kb: null,
  });
  const prk = doc.addEntity({ type: 'GPE', name: 'North Korea', actor: 'PRK', country: 'PRK', kb: null });
  const at = (s: string) => text.indexOf(s);
  usa.mentions.push({ start: 0, end: 4, text: 'U.S.', kind: 'name' });
  spy.mentions.push({ start: 0, end: at(' say'), text: 'U.S. intelligence agencies', kind: 'name' });
  prk.mentions.push({ start: at('North'), end: at(' and'), text: 'North Korea', kind: 'name' });
  assert.equal(doc.entityAt(1)?.entity, usa);
  assert.equal(doc.entityAt(at('agencies'))?.entity, spy);
  assert.equal(doc.entityAt(at('Korea'))?.entity, prk);
  assert.equal(doc.entityAt(at('Russia')), undefined);
  // a mention added later is seen at once
  const rus = doc.addEntity({ type: 'GPE', name: 'Russia', actor: 'RUS', country: 'RUS', kb: null });
  rus.mentions.push({ start: at('Russia'), end: at('Russia') + 6, text: 'Russia', kind: 'name' });
  assert.equal(doc.entityAt(at('Russia') + 2)?.entity, rus);
  assert.equal(doc.entityAt(text.length), undefined);
});

test('an abbreviation inside a sentence does not end it: "(R-S.C.) earlier in the day"', () => {
  const text =
    'The staff spoke after Chairman Trey Gowdy (R-S.C.) earlier in the day touted progress the panel has made. It ended there.';
  const doc = tokenize(text);
  const first = doc.sentenceAt(text.indexOf('touted'));
  assert.ok(first);
  assert.equal(first.start, 0);
  // a real sentence end still splits
  const second = doc.sentenceAt(text.indexOf('It ended'));
  assert.ok(second && second.start === text.indexOf('It ended'));
});

test('a title abbreviation glued to a prefix ("then-Sen.") does not end the sentence before the name', () => {
  const text = 'He said the gap between Clinton and then-Sen. Barack Obama was narrower. It closed later.';
  const doc = tokenize(text);
  const s = doc.sentenceAt(text.indexOf('Barack'));
  assert.ok(s);
  assert.equal(s.start, 0);
  assert.equal(doc.sentenceAt(text.indexOf('It closed'))?.start, text.indexOf('It closed'));
});

test('a military rank’s abbreviation ("Pfc.", "Spc.", "Pte.") does not end the sentence before the name', () => {
  // Wikinews (demo corpus)
  const text =
    'A June 16 kidnapping led to the death of Spc. David J. Babineau, Pfc. Kristian Menchaca and Pfc. Thomas Tucker who were guarding a bridge into Baghdad. The proposed pardon will include the case of Pte. Harry Farr.';
  const doc = tokenize(text);
  for (const name of ['David J. Babineau', 'Kristian Menchaca', 'Thomas Tucker'])
    assert.equal(doc.sentenceAt(text.indexOf(name))?.start, 0, name);
  assert.equal(doc.sentenceAt(text.indexOf('Harry Farr'))?.start, text.indexOf('The proposed'));
});

test('"I\'m" is a pronoun and a verb, as wink splits "I\'ll" and "we\'re", and sentences still line up', () => {
  const text = "SECRETARY BLINKEN: Thank you. I’m going to talk about the summit. Then I'm done, and we’re off.";
  const doc = tokenize(text);
  const i = doc.tokens.findIndex((t) => t.text === 'I');
  assert.deepEqual(
    doc.tokens.slice(i, i + 3).map((t) => [t.text, t.pos, t.lemma]),
    [
      ['I', 'PRON', 'i'],
      ['’m', 'AUX', 'be'],
      ['going', 'VERB', 'go'],
    ],
  );
  assert.equal(doc.tokens.filter((t) => t.pos === 'PROPN' && /['’]/.test(t.text)).length, 0);
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(
    doc.sentences.map((s) => text.slice(s.start, s.end)),
    ['SECRETARY BLINKEN: Thank you.', 'I’m going to talk about the summit.', "Then I'm done, and we’re off."],
  );
});

test('a possessive is its own token whatever wink read before (wink learns "Trump’s" whole after seeing it before a comma)', () => {
  const first = tokenize('It affected millions of families, including President Putin’s, whose brother died.');
  const at = first.tokens.findIndex((t) => t.text.startsWith('Putin'));
  assert.deepEqual(
    first.tokens.slice(at, at + 3).map((t) => [t.text, t.pos]),
    [
      ['Putin', 'PROPN'],
      ['’s', 'PART'],
      [',', 'PUNCT'],
    ],
  );
  // the same word in the next article is split the same way
  const next = tokenize('President Putin’s brother died, and Mexico must rebut Trump’s claims.');
  assert.deepEqual(
    next.tokens.filter((t) => /Putin|Trump|’s/.test(t.text)).map((t) => t.text),
    ['Putin', '’s', 'Trump', '’s'],
  );
});

test('an initialism after a hyphen is one word, as it is elsewhere ("Mekong-U.S. Partnership")', () => {
  const text = 'She backed the Mekong-U.S. Partnership and the U.S.-China talks. Rep. Trey Gowdy (R-S.C.) spoke.';
  const doc = tokenize(text);
  const words = doc.tokens.map((t) => t.text);
  assert.deepEqual(words.slice(3, 7), ['Mekong', '-', 'U.S.', 'Partnership']);
  assert.ok(words.includes('S.C.'));
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(doc.sentences.length, 2);
});

test('names with letters beyond Latin-1 stay whole words, in the article\'s own spelling ("Erdoğan", "Vučić", "Łódź")', () => {
  const text =
    'Mevlüt Çavuşoğlu met Aleksandar Vučić and Mircea Geoană in Łódź; İlham Əliyev and Nguyễn Phú Trọng wrote.';
  const doc = tokenize(text);
  const words = doc.tokens.filter((t) => t.pos !== 'SPACE').map((t) => t.text);
  for (const name of ['Çavuşoğlu', 'Vučić', 'Geoană', 'Łódź', 'İlham', 'Əliyev', 'Nguyễn', 'Trọng'])
    assert.ok(words.includes(name), `${name} is cut: ${words.join('|')}`);
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(doc.tokens.find((t) => t.text === 'Vučić')?.pos, 'PROPN');
});

test('"Will" and "May" before an inflected verb are names, not a modal or the month', () => {
  // PolNeAR dev (Western Journalism), and sentences of our own for "May"
  const tagOf = (text: string, word: string, nth = 0) => tokenize(text).tokens.filter((t) => t.text === word)[nth].pos;
  assert.equal(tagOf('In particular, Will wrote, Christie can challenge Hillary Clinton.', 'Will'), 'PROPN');
  assert.equal(tagOf('Citing last week’s Paris attack, Will urged the Republican electorate to act.', 'Will'), 'PROPN');
  assert.equal(tagOf('Theresa May spoke first. May said the deal was done.', 'May', 1), 'PROPN');
  // PolNeAR dev (Western Journalism): a present tense in -s takes no modal either
  assert.equal(
    tagOf('After the Paris terrorist attacks, Will believes Christie has been presented with an opportunity.', 'Will'),
    'PROPN',
  );
  // PolNeAR dev (Washington Post): a preposition between a closing mark and "said" (Al From)
  assert.equal(tagOf('"the party of overwhelming government," From said.', 'From'), 'PROPN');
  // a modal before a bare verb, and the month doing something other than speaking, stay as they were
  assert.notEqual(tagOf('Will voters turn out on Tuesday?', 'Will'), 'PROPN');
  assert.notEqual(tagOf('May saw record heat across the country.', 'May'), 'PROPN');
});

test('a gerund after a capitalised word opening the sentence, before an inflected verb, is a noun', () => {
  // PolNeAR dev (NYT, Western Journal): wink reads "Recent" as a name and "polling" as a verb
  const posOf = (text: string, word: string) => tokenize(text).tokens.find((t) => t.text === word)?.pos;
  assert.equal(
    posOf(
      "Recent polling shows that Bill Clinton's favorability rating among working-class white Democrats is roughly equivalent to his wife's.",
      'polling',
    ),
    'NOUN',
  );
  assert.equal(
    posOf('Recent polling is showing Trump has a significant lead over Rubio in Florida.', 'polling'),
    'NOUN',
  );
  // a participle after a name, before a preposition, stays a verb
  assert.equal(posOf('Obama speaking in Ohio said he would win.', 'speaking'), 'VERB');
});

test('a number\'s unit with the full stop ends its sentence: "… closer to A$431m. Qantas shares …"', () => {
  // (a sentence of my own: no shipped corpus has a unit abbreviation closing a sentence)
  const doc = tokenize(
    'Analysts expected a profit of A$431m. Qantas shares fell almost 3%. Its rival paid 5m. in fees',
  );
  const texts = doc.sentences.map((s) => doc.text.slice(s.start, s.end));
  assert.deepEqual(texts, [
    'Analysts expected a profit of A$431m.',
    'Qantas shares fell almost 3%.',
    'Its rival paid 5m. in fees',
  ]);
});

test('an invisible format mark is no token: a left-to-right mark after a colon, a zero-width space', () => {
  // (demo corpus: three State Department readouts write "Spokesperson Ned Price:\u200e" before the line break)
  const text =
    'The below is attributable to Spokesperson Ned Price:\u200e\n\nSecretary Blinken spoke with\u200b Minister França.';
  const doc = analyzeDocument({ id: 't', text, published: '2021-06-17' });
  assert.ok(!doc.tokens.some((t) => /\p{Cf}/u.test(t.text)), doc.tokens.map((t) => JSON.stringify(t.text)).join(' '));
  // (the words around them keep their offsets)
  assert.equal(text.slice(doc.tokens[doc.tokens.length - 3].start, doc.tokens[doc.tokens.length - 3].end), 'Minister');
  // (and the readout after the colon is the spokesperson's, as it is with no mark)
  assert.equal(doc.quotes.find((q) => q.rule === 'block-after-colon')?.speaker?.name, 'Ned Price');
});
