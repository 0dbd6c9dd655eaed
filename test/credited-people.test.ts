// A briefing's byline or headline names the briefers its transcript calls by surname or first name alone.
import { test } from 'node:test';
import { entityKey } from '../src/store/keys.js';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/analyzer.js';
import type { Analysis } from '../src/analyze/types.js';
import { bylinePeople, bylinePersonNamed, headlinePersonNamed } from '../src/analyze/entities/credited-people.js';
import { articleFromRecord } from '../src/ingest/article-input.js';

const STATE = 'U.S. Department of State (press releases RSS)';
const BRIEFING =
  '2:06 p.m. EST\n\nMS PORTER: Good afternoon and thank you so much for joining today’s briefing. ' +
  'I just have one announcement at the top, and then we will resume taking questions.\n\n' +
  'QUESTION: Thanks, Jalina. Can you say anything about the talks in Vienna?\n\n' +
  'MS PORTER: We are not going to get ahead of the talks, but we remain committed to diplomacy.';
const run = (text: string, byline: string | null): Analysis =>
  analyze({ id: 't', text, published: '2021-06-04', source: STATE, byline });
const people = (a: Analysis) => a.entities.filter((e) => e.type === 'PERSON').map((e) => e.name);

test('a byline names its people, not its offices, bodies or regions', () => {
  assert.deepEqual(bylinePeople('Jalina Porter, Principal Deputy Spokesperson'), ['Jalina Porter']);
  assert.deepEqual(bylinePeople('Office of the Spokesperson'), []);
  assert.deepEqual(bylinePeople('U.S. Department of State'), []);
  assert.deepEqual(bylinePeople('Sung Kim, Acting Assistant Secretary Bureau of East Asian and Pacific Affairs'), [
    'Sung Kim',
  ]);
  assert.deepEqual(
    bylinePeople(
      'Acting Assistant Secretary for Near East Asian Affairs Joey Hood, Acting Director of the Office of the Global ' +
        'Coalition to Defeat ISIS Patrick Worman, And Office of Monetary Affairs Director Susannah Cooper',
    ),
    ['Joey Hood', 'Patrick Worman', 'Susannah Cooper'],
  );
  assert.deepEqual(
    bylinePeople(
      'Antony J. Blinken, Secretary of State, Sheikh Mohammed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi',
    ),
    ['Antony J. Blinken', 'Mohammed bin Zayed Al Nahyan'],
  );
  assert.deepEqual(bylinePeople('By Daniel J. Kritenbrink and Molly Phee'), ['Daniel J. Kritenbrink', 'Molly Phee']);
});

test('a mention names the one byline person whose surname, given name or full name it is', () => {
  const byline = ['Antony J. Blinken', 'Ned Price'];
  assert.equal(bylinePersonNamed(byline, 'BLINKEN'), 'Antony J. Blinken');
  assert.equal(bylinePersonNamed(byline, 'Tony'), 'Antony J. Blinken');
  assert.equal(bylinePersonNamed(byline, 'Tony Blinken'), 'Antony J. Blinken');
  assert.equal(bylinePersonNamed(byline, 'Price'), 'Ned Price');
  assert.equal(bylinePersonNamed(byline, 'Matt Lee'), undefined);
  assert.equal(bylinePersonNamed(byline, 'Kim'), undefined);
});

test('a transcript’s surname label and first name are the byline’s person', () => {
  const a = run(BRIEFING, 'Jalina Porter, Principal Deputy Spokesperson');
  const porter = a.entities.find((e) => e.name === 'Jalina Porter');
  assert.ok(porter, `one entity is Jalina Porter: ${people(a).join(', ')}`);
  assert.deepEqual(
    porter.mentions.filter((m) => m.kind === 'name').map((m) => m.text),
    ['PORTER', 'Jalina', 'PORTER'],
  );
  assert.ok(!people(a).includes('Porter') && !people(a).includes('Jalina'));
  const answer = a.quotes.find((q) => q.text.includes('get ahead of the talks'));
  assert.equal(answer?.speaker?.name, 'Jalina Porter');
  // without the byline, the transcript gives no full name
  assert.ok(!people(run(BRIEFING, null)).includes('Jalina Porter'));
  // a byline of someone else names nobody here
  assert.ok(!people(run(BRIEFING, 'Ned Price, Department Spokesperson')).includes('Ned Price'));
});

test('the text’s own full name comes before the byline’s', () => {
  const text =
    'Senator Jeff Price of Ohio criticised the plan on Monday. Price said the talks had failed, and the ' +
    'department would not comment.';
  const a = run(text, 'Ned Price, Department Spokesperson');
  assert.ok(people(a).includes('Jeff Price') && !people(a).includes('Ned Price'), people(a).join(', '));
});

test('a JSONL record’s byline reaches the analyser', () => {
  const r = articleFromRecord(
    { id: 'x', text: 'MS PORTER: Good afternoon.', byline: 'Jalina Porter, Spokesperson' },
    'x',
  );
  assert.ok(r.ok);
  assert.equal(r.article.byline, 'Jalina Porter, Spokesperson');
  const none = articleFromRecord({ id: 'y', text: 'Text.', byline: 42 }, 'y');
  assert.ok(none.ok && none.article.byline === null);
});

test('a headline gives the full name around the mention’s word only', () => {
  const gaggle =
    'Press Gaggle by National Security Advisor General Jim Jones and NSC Chief of Staff Denis McDonough Aboard Air Force One';
  assert.equal(headlinePersonNamed(gaggle, 'JONES'), 'Jim Jones');
  assert.equal(headlinePersonNamed(gaggle, 'Denis'), 'Denis McDonough');
  assert.equal(headlinePersonNamed(gaggle, 'McDONOUGH'), 'Denis McDonough');
  // the headline's other capitalised words are not the name's: "Visits Tunisia", "Sherman’s Visit"
  assert.equal(
    headlinePersonNamed('Acting Assistant Secretary of State Joey Hood Visits Tunisia', 'Hood'),
    'Joey Hood',
  );
  assert.equal(
    headlinePersonNamed('Deputy Secretary of State Wendy Sherman’s Visit to Cambodia', 'SHERMAN'),
    'Wendy Sherman',
  );
  assert.equal(headlinePersonNamed('Deputy Secretary Brian P. McKeon Travels to Atlanta', 'McKeon'), 'Brian P. McKeon');
  assert.equal(headlinePersonNamed('Secretary Blinken and Secretary Austin’s Travel to Ukraine', 'Austin'), undefined);
  // a headline that gives no given name, or two people of the name, names no one
  assert.equal(
    headlinePersonNamed('Press Conference with President Obama and President Park of Korea', 'Park'),
    undefined,
  );
  assert.equal(headlinePersonNamed('Press Briefing by Ben Rhodes and Ben Smith', 'Ben'), undefined);
});

test('a transcript’s label is the person its headline names in full', () => {
  const text =
    'MR. McDONOUGH: Good afternoon. General Jones will say a few words about the trip.\n\n' +
    'GENERAL JONES: We are not going to get ahead of the talks, but the President remains committed to them.';
  const a = analyze({
    id: 'g',
    text,
    published: '2009-04-05',
    source: 'The White House (Obama administration) press office',
    title: 'Press Gaggle by National Security Advisor General Jim Jones and NSC Chief of Staff Denis McDonough',
  });
  const answer = a.quotes.find((q) => q.text.includes('get ahead of the talks'));
  assert.equal(answer?.speaker?.name, 'Jim Jones');
  assert.ok(people(a).includes('Denis McDonough'), people(a).join(', '));
});

test('a headline’s name the KB knows leaves the surname to the KB’s reading by the article’s date', () => {
  const a = analyze({
    id: 'b',
    text: 'Bush arrived in Riyadh on Monday. Bush said the talks would focus on oil prices.',
    published: '2008-01-14',
    title: 'George Bush arrives in Saudi Arabia as part of his Middle East visit',
  });
  const bush = a.entities.find((e) => e.mentions.some((m) => m.text === 'Bush'));
  assert.equal(bush?.name, 'George W. Bush');
});

test('a statement’s own "I" is the one person its byline names', () => {
  const text =
    'As this war continues to sow chaos in Ukraine, and as President Putin becomes increasingly determined to ' +
    'control the Russian people, I fear we can expect to see even more cyberattacks. ' +
    'President Zelenskyy said: "I will not leave Kyiv."';
  const a = analyze({
    id: 's',
    text,
    published: '2022-05-10',
    source: STATE,
    byline: 'Wendy R. Sherman, Deputy Secretary of State',
  });
  const fear = a.quotes.find((q) => q.text.includes('even more cyberattacks'));
  assert.equal(fear?.speaker?.name, 'Wendy R. Sherman');
  assert.equal(fear?.speaker_rule, 'i-author');
  // the byline's office is the issuing government's: she is a U.S. official, named by the byline, so
  // that the store gives her one identity across articles (store/keys.ts)
  const sherman = a.entities.find((e) => e.id === fear?.speaker?.entity);
  assert.deepEqual([sherman?.actor, sherman?.country, sherman?.credited], ['USAGOV', 'USA', 'byline']);
  assert.equal(
    entityKey(sherman!, 's'),
    entityKey(
      {
        type: 'PERSON',
        name: 'Wendy Sherman',
        kb: null,
        mentions: [{ start: 0, end: 13, text: 'Wendy Sherman', kind: 'name' }],
      },
      't',
    ),
  );
  // someone else's quoted "I" stays theirs
  const leave = a.quotes.find((q) => q.text.includes('will not leave Kyiv'));
  assert.notEqual(leave?.speaker?.name, 'Wendy R. Sherman');
  // a transcript's "I" is its labelled speaker's, however its byline reads
  const transcript = analyze({
    id: 't',
    text: BRIEFING.replace('I just have', 'I fear I just have'),
    published: '2021-06-04',
    source: STATE,
    byline: 'Jalina Porter, Principal Deputy Spokesperson',
  });
  assert.ok(transcript.quotes.every((q) => q.speaker_rule !== 'i-author'));
});

test('a headline’s titles give its people their countries, and its surnames after a title are theirs', () => {
  // (a State Department transcript, 2022-06-10)
  const text =
    'SECRETARY BLINKEN: Good morning, everyone. It’s a great pleasure to be here in Los Angeles with my friends and partners from Mexico and from Canada. ' +
    'Foreign Minister Ebrard, Foreign Minister Joly, thank you for joining us today.\n\n' +
    'FOREIGN SECRETARY EBRARD: Good morning. Thank you very much, Antony, for the warm reception.\n\n' +
    'Hello, Mélanie. Nice to see you again.\n\n' +
    'FOREIGN MINISTER JOLY: Thank you, Tony, for hosting us.';
  const a = analyze({
    id: 'm',
    text,
    published: '2022-06-10',
    source: STATE,
    byline: 'Antony J. Blinken, Secretary of State',
    title:
      'Secretary Antony J. Blinken With Mexican Foreign Secretary Marcelo Ebrard and Canadian Foreign Minister Mélanie Joly',
  });
  const ebrard = a.entities.find((e) => e.name === 'Marcelo Ebrard');
  const joly = a.entities.find((e) => e.name === 'Mélanie Joly');
  assert.equal(ebrard?.actor, 'MEXGOV');
  assert.equal(joly?.actor, 'CANGOV');
  // the first name with its accent is the headline's given name
  assert.ok(joly?.mentions.some((m) => m.text === 'Mélanie'));
  assert.ok(ebrard?.mentions.some((m) => m.text === 'Ebrard' && m.start < text.indexOf('thank you for joining')));
  // "thank you" with no subject is the speaker's, to the people addressed
  const thanks = a.events.filter((e) => /^thank$/i.test(e.trigger.text));
  const sides = thanks.map((e) => [e.source.map((s) => s.name).join('+'), e.target.map((t) => t.name).join('+')]);
  assert.deepEqual(sides, [
    ['Antony J. Blinken', 'Marcelo Ebrard+Mélanie Joly'],
    ['Marcelo Ebrard', 'Antony J. Blinken'],
    ['Mélanie Joly', 'Antony J. Blinken'],
  ]);
});
