import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../src/analyze/analyzer.js';
import { boundModel } from '../src/analyze/quotes/bound-model.js';
import type { Quote } from '../src/analyze/types.js';

/** The quote cued by `cue` in `text`, run through the whole pipeline. */
function quoteCuedBy(text: string, cue: string): Quote {
  const doc = analyzeDocument({ id: 't', text });
  const q = doc.quotes.find((x) => x.cue?.text === cue);
  assert.ok(q, `a quote cued by "${cue}"`);
  // offsets and text agree whatever the model did to the span
  assert.equal(text.slice(q.start, q.end), q.text);
  return q;
}

test('the boundary model is trained on the tune part of PolNeAR only', () => {
  const model = boundModel();
  assert.ok(model, 'data/models/quote-bounds.json is shipped');
  assert.match(model.trainedOn, /tune part only/);
  assert.doesNotMatch(model.trainedOn, /check/);
});

// The sentences below are adapted from the tune part of PolNeAR (the model's training part).

test('a clause content ends before a coordinated verb phrase, which is a quote of its own', () => {
  const text =
    'He said that he would offer a prayer for the eventual Republican nominee but did not suggest it would be Trump.';
  const q = quoteCuedBy(text, 'said');
  assert.equal(q.text, 'that he would offer a prayer for the eventual Republican nominee');
  assert.equal(q.rule, 'cue-speech+bounded-end');
  assert.equal(q.kind, 'indirect');
  // no longer nested in the first quote's span, the second statement is kept
  assert.equal(quoteCuedBy(text, 'suggest').text, 'it would be Trump');
});

test('a clause content ends before an adverbial clause of the writer (…, as he charged …)', () => {
  const q = quoteCuedBy(
    'Donald Trump vowed he and his supporters would never quit, as he charged into unexpected territory.',
    'vowed',
  );
  assert.equal(q.text, 'he and his supporters would never quit');
  assert.equal(q.speaker?.name, 'Donald Trump');
  assert.match(q.rule ?? '', /\+bounded-end$/);
});

test('a noun-phrase content stops before its adjuncts (endorsed Trump in early June, …)', () => {
  const q = quoteCuedBy(
    'Ryan endorsed Trump in early June, but only after publicly deliberating over the decision.',
    'endorsed',
  );
  assert.equal(q.text, 'Trump');
  assert.equal(q.rule, 'cue-object+bounded-end');
});

test('a noun-phrase content stops before "and" with a second verb of the speaker', () => {
  const text =
    'Sanders often questions Clinton’s ties to super PACs and has called for her to release the transcripts of her speeches.';
  assert.equal(quoteCuedBy(text, 'questions').text, 'Clinton’s ties to super PACs');
});

test('a mixed quote ends with its quotation, before a dash aside', () => {
  const q = quoteCuedBy(
    'He has also called the Texas senator “the next George Washington” – the Founding Father whom Beck idolizes.',
    'called',
  );
  assert.equal(q.text, 'the Texas senator “the next George Washington”');
  assert.equal(q.kind, 'mixed');
});

test('a content the model ends at a quotation’s closing mark takes the mark with it', () => {
  // demo corpus, wikinews-116316 and wikinews-6486: the span had stopped one character short of the mark
  const described = quoteCuedBy(
    "Silvio Berlusconi, Italy's Prime Minister, congratulated Obama, describing him as “young, handsome and tanned” (translated).",
    'describing',
  );
  assert.equal(described.text, 'him as “young, handsome and tanned”');
  assert.equal(described.kind, 'mixed');
  // a chant in marks with the writer's words after it: the chant alone, a direct quotation
  const chant = quoteCuedBy(
    'Protestors chanted "Oppose war, Love Taiwan" in what has been termed a "democratic carnival" in downtown Taipei.',
    'chanted',
  );
  assert.equal(chant.text, 'Oppose war, Love Taiwan');
  assert.equal(chant.kind, 'direct');
});

test('a whole content clause keeps the rule’s end (said the bill would protect consumers)', () => {
  const q = quoteCuedBy('Senator Warren said the bill would protect consumers.', 'said');
  assert.equal(q.text, 'the bill would protect consumers');
  assert.equal(q.rule, 'cue-speech');
});

test('quotations inside marks keep their marks’ bounds', () => {
  const text = '“We will not back down from this fight, not now and not ever,” the senator said on Friday.';
  const doc = analyzeDocument({ id: 't', text });
  const q = doc.quotes.find((x) => x.kind === 'direct');
  assert.ok(q);
  assert.doesNotMatch(q.rule ?? '', /bounded/);
  assert.ok(q.text.includes('not now and not ever'), q.text);
});

test('a list of noun phrases closed by "and" is not cut at its commas (rule nounListGoesOn)', () => {
  const q = quoteCuedBy('The senator criticized the governor, the mayor and the police chief.', 'criticized');
  assert.equal(q.text, 'the governor, the mayor and the police chief');
});

// Demo corpus sentences (Wikinews, State Department): the content opens with a clause of its own
// before its main clause; the comma that closes it ends nothing (rule closesFrontedClause).
test('a content that opens with an adverbial clause goes on past the comma that closes it', () => {
  const cases: Array<[string, string, string]> = [
    [
      'Opponents of the bill claim that to allow detainees those rights, the U.S. would potentially be engulfed in an endless line of lawsuits.',
      'claim',
      'that to allow detainees those rights, the U.S. would potentially be engulfed in an endless line of lawsuits',
    ],
    [
      'The Department of Homeland Security has suggested that because Montserrat is a British overseas territory, Montserratians should go to the UK.',
      'suggested',
      'that because Montserrat is a British overseas territory, Montserratians should go to the UK',
    ],
    [
      'We will keep open the door to dialogue and diplomacy while making clear to the Kremlin that unless it changes course, it will continue down the road of increasing isolation and economic pain.',
      'making clear',
      'that unless it changes course, it will continue down the road of increasing isolation and economic pain',
    ],
  ];
  for (const [text, cue, content] of cases) assert.equal(quoteCuedBy(text, cue).text, content);
});

test('an "if" that asks a question is the content itself, and a comma may end it', () => {
  const text =
    "Q Did the issue of oil exploration come up at all in President Obama and Calderón's meeting?\n\n" +
    "AMBASSADOR DAVIDOW: I don't know if it came up in the President's meeting, I wasn't there.";
  assert.equal(quoteCuedBy(text, 'know').text, "if it came up in the President's meeting");
});

test('a raising or believing verb’s content is not cut at its own cue (Wikinews)', () => {
  const q = quoteCuedBy(
    'The two bombs appear to have been detonated by remote control as police investigated claims of a suspicious package left near a garden area in the town of Catak (in the Van province).',
    'appear',
  );
  assert.match(q.text, /^The two bombs appear to have been detonated by remote control/);
  // and a passive verb of belief's ("Al-Shabaab is considered …" was cut to "Al")
  const held = quoteCuedBy(
    'The group\'s leader, Mukhtar Robow, issued a statement after the attack warning residents and troops to "go home, otherwise you will meet our hell". Al-Shabaab is considered to be formed from remnants of the Islamic Courts Union (ICU). The group claims that at least 52 people were killed.',
    'considered',
  );
  assert.match(held.text, /^Al-Shabaab is considered to be formed from remnants/);
});

test('a content never ends inside a date or a name (the September 11, 2001 attacks)', () => {
  // Wikinews (demo corpus): the model once ended these at the comma after "September 11"
  const ridge =
    'In his resignation, Ridge thanked President Bush for the opportunity to help secure the nation and expressed ' +
    'his sentiments that the new security systems put in place since the September 11, 2001 attacks had made ' +
    'America safer and more prepared than it had been.';
  const sentiments = quoteCuedBy(ridge, 'expressed');
  assert.match(sentiments.text, /since the September 11, 2001 attacks had made America safer/);
  const plotting = quoteCuedBy(
    'Osama bin Laden was accused of plotting the September 11, 2001 attacks on the World Trade Centre.',
    'accused of',
  );
  assert.match(plotting.text, /^plotting the September 11, 2001 attacks/);
});

test('a that-clause content is never cut to its "that" alone (the group claims that at least 52 …)', () => {
  // Wikinews and a White House briefing (demo corpus); wink tags the first "that" PRON
  const claims = quoteCuedBy(
    'The group claims that at least 52 people were killed and 34 others injured in the suicide attack.',
    'claims',
  );
  assert.equal(claims.text, 'that at least 52 people were killed and 34 others injured in the suicide attack');
  const text =
    'That will obviously demand fewer troops than we have in Afghanistan today, and the President has made ' +
    "clear that after we get down to 68,000 at the end of the summer, we're going to continue to come down.";
  assert.match(quoteCuedBy(text, 'made clear').text, /^that after we get down to 68,000 .* continue to come down$/);
});

test('a clause before its frame keeps at least its first verb: the model does not end it inside the subject', () => {
  // demo corpus (Wikinews): the model had ended the content at the comma after the opening adjunct
  const text =
    'During the exchange of gunfire, one of the vehicles used by the terrorists exploded and according to the Syrian Government, was detonated by the terrorists.';
  const doc = analyzeDocument({ id: 't', text, published: '2007-01-01' });
  const q = doc.quotes.find((x) => x.cue?.text === 'according to');
  assert.ok(q, JSON.stringify(doc.quotes.map((x) => x.text)));
  assert.ok(q.text.includes('exploded'), q.text);
});

test('a content never ends on the article or possessive that opens a noun phrase', () => {
  // demo corpus (State Department transcripts): the model had ended these at "the" and "their"
  const korea =
    'We have a lot to cover. And we are very concerned about the – all of the situation of the Korean Peninsula in particular, and I hope we can also have an exchange of views.';
  const k = quoteCuedBy(korea, 'concerned about');
  assert.notEqual(k.text, 'the');
  const iran =
    'We know what Iran’s position is, but that’s why one of their – these are one of many reasons that we are still engaged in the talks.';
  const q = quoteCuedBy(iran, 'know');
  assert.ok(!/\b(?:the|their|a|an)$/.test(q.text), q.text);
});

test('a content never ends inside a hyphened word', () => {
  // (demo corpus: a White House press call and a State Department speech ended at "buy" and "Russia")
  const buyIn =
    'A treaty, for instance, related to fissile material is something that we have expressed support for in the past but that there is not sufficient international buy-in to advance at this time.';
  assert.ok(quoteCuedBy(buyIn, 'expressed').text.endsWith('buy-in to advance at this time'));
  const installed =
    'Some simply vanish.\n\nHere’s what we expect to see next: Russia-installed leaders will hold sham referendums to manufacture the fiction that the people in those places want to join Russia.';
  assert.ok(quoteCuedBy(installed, 'expect').text.endsWith('want to join Russia'));
});
