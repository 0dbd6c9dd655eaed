// An adjective of certainty, hope, fear or feeling after "be" or "remain" frames what its subject believes
// (attitude-adjective.ts). Sentences of PolNeAR's dev set and of the demo corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../src/analyze/analyzer.js';
import { cuedBy, quotes } from './quote-helpers.js';

test('"are optimistic that", "remain confident that": the clause is what the subject believes', () => {
  const cruz =
    'Despite Ted Cruz’s shortcoming in South Carolina’s primary Saturday, his supporters are optimistic that he’ll make a comeback in his home state of Texas and southern states with large evangelical populations.';
  const q = cuedBy(cruz, 'optimistic');
  assert.equal(q.rule, 'attitude-adjective');
  assert.equal(q.speaker?.name, 'his supporters');
  assert.ok(q.text.startsWith('that he’ll make a comeback'), q.text);
  const henry =
    "Ms. Henry and other labor leaders remain confident that they can keep their members in the fold by making a case that the Republican Party's economic agenda would hurt them.";
  const h = cuedBy(henry, 'confident');
  assert.equal(h.speaker?.name, 'Ms. Henry and other labor leaders');
  assert.ok(h.text.startsWith('that they can keep their members'), h.text);
});

test('an infinitive is wanted after "eager", and "it is not clear whether …" is nobody’s', () => {
  const freddy = 'Coney Island was the first to bear the family name. Freddy was eager to make his mark.';
  assert.equal(cuedBy(freddy, 'eager').text, 'to make his mark');
  const clear =
    "But it is not clear whether any Democrat can replicate Mr. Obama's relationship with the new voters in his two campaigns.";
  const c = cuedBy(clear, 'clear');
  assert.equal(c.speaker, null);
  assert.ok(c.text.startsWith('whether any Democrat'), c.text);
});

test('a likelihood ("certain to pass") and an adjective without a clause frame nothing', () => {
  const bills =
    "Congress simply combines bad proposals that wouldn't stand on their own, like the Real ID Act (which should be repealed), into bills that are certain to pass, such as a troop appropriation bill.";
  assert.equal(
    quotes(bills).find((q) => q.cue?.text === 'certain'),
    undefined,
  );
  assert.equal(
    quotes('He was sure of it. They were confident in the plan.').find((q) => q.rule === 'attitude-adjective'),
    undefined,
  );
});

test('a coordinated predicate shares its subject: "… and are convinced that …"', () => {
  // (demo corpus and PolNeAR dev) the word before "are" is a conjunction, not a subject; the whole
  // pipeline, whose entities the clause's subject is read with
  const cued = (text: string, cue: string) => {
    const q = analyzeDocument({ id: 't', text, published: '2016-06-01' }).quotes.find((x) => x.cue?.text === cue);
    assert.ok(q, `no quote cued by "${cue}"`);
    return q;
  };
  const darfur =
    'Insurgents in Darfur have become increasingly disillusioned with the AU peacekeepers, and are convinced that they too often side with the Sudanese government.';
  const d = cued(darfur, 'convinced');
  assert.equal(d.speaker?.name, 'Insurgents');
  assert.equal(d.speaker_rule, 'main-subject');
  const ohio =
    'In swing states like Ohio, many voters yearn for an economic comeback and are not confident that Mrs. Clinton understands their frustrations.';
  assert.equal(cued(ohio, 'confident').speaker?.name, 'many voters');
});

test('a feeling about a fact ("are shocked that", "frustrated that") is its subject’s; "sorry if" is no content', () => {
  // PolNeAR dev (USA Today, Washington Post)
  const pundits = 'Political pundits are shocked that Donald Trump is leading in the polls.';
  const p = cuedBy(pundits, 'shocked');
  assert.equal(p.rule, 'attitude-adjective');
  assert.equal(p.speaker?.name, 'Political pundits');
  assert.equal(p.text, 'that Donald Trump is leading in the polls');
  const protesters =
    "Protesters were frustrated that the city's police department released only some of the video footage collected during Scott's encounter with officers.";
  assert.equal(cuedBy(protesters, 'frustrated').speaker?.name, 'Protesters');
  // demo corpus (Wikinews)
  const judge = 'Abu Saeda was astonished that the judge doubled the sentence and the lashes after the appeal.';
  const j = cuedBy(judge, 'astonished');
  assert.equal(j.speaker?.name, 'Abu Saeda');
  assert.ok(j.text.startsWith('that the judge doubled'), j.text);
  // demo corpus (State Department): a condition is not what is felt
  assert.equal(
    quotes('I’m sorry if this got asked in the first question.').find((q) => q.cue?.text === 'sorry'),
    undefined,
  );
});

test('an adjective of certainty or hope takes a clause without "that"', () => {
  // PolNeAR dev (Washington Post, Politico)
  const hopeful = quotes("Some Democrats are hopeful they can even threaten the GOP's lead in the House.");
  const q = hopeful.find((x) => x.cue?.text === 'hopeful');
  assert.equal(q?.text, "they can even threaten the GOP's lead in the House");
  assert.match(q?.speaker?.name ?? '', /Democrats/);
  const convinced = quotes('Not everyone is convinced the issue will play the same role in the Iowa caucuses.');
  assert.equal(convinced.find((x) => x.cue?.text === 'convinced')?.rule, 'attitude-adjective');
  // an infinitive after "sure" is a likelihood, not a belief
  assert.ok(!quotes('He is sure to win the nomination.').some((x) => x.cue?.text === 'sure'));
});
