// Time expressions → TIMEX3, on real news sentences: the seed article, TimeBank-style reporting,
// and an unknown publication date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from '../src/analyze/time/find.js';
import { analyze } from '../src/analyze/analyzer.js';
import { seedArticle } from './helpers.js';

/** The expression found at `phrase` in the text (its first occurrence), as [text, type, value]. */
function timeAt(text: string, published: string | null, phrase: string): [string, string, string] | undefined {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `phrase "${phrase}" not in text`);
  const t = findTimes(text, published).find((x) => x.start < at + phrase.length && x.end > at);
  return t && [t.text, t.type, t.value];
}

test('seed article: its seven time expressions, with exact offsets', () => {
  const text = seedArticle();
  const analysis = analyze({ id: 'seed', text, published: '2023-09-06' });
  for (const t of analysis.times) assert.equal(text.slice(t.start, t.end), t.text);
  const value = (phrase: string) => {
    const at = text.indexOf(phrase);
    return analysis.times.find((t) => t.start < at + phrase.length && t.end > at)?.value;
  };
  assert.equal(value('Tuesday, September 5th'), '2023-09-05');
  assert.equal(value('Late last month'), '2023-08');
  assert.equal(value('this month'), '2023-09');
  assert.equal(value('over four years'), 'P4Y');
  assert.equal(value('ten years'), 'P10Y');
  assert.equal(value('beginning of this year'), '2023');
  assert.equal(value('winter'), '2023-WI');
  assert.equal(value('each day'), 'P1D');
});

test('"for ten years" is a duration, never a date ten years on', () => {
  const s = 'Conscripts sometimes remain in the army for ten years.';
  assert.deepEqual(timeAt(s, '2023-09-06', 'ten years'), ['ten years', 'DURATION', 'P10Y']);
});

test('"two and a half hours" counts the whole and the half', () => {
  // (demo corpus, Wikinews on Akayev's resignation: it had been "a half hours", PT0H30M)
  const ref = '2005-04-03';
  const text =
    'The signing of his document came after two and a half hours of talks with a delegation from the Kyrgyz parliament.';
  assert.deepEqual(timeAt(text, ref, 'half hours'), ['two and a half hours', 'DURATION', 'PT2H30M']);
  assert.deepEqual(timeAt('The war lasted one and a half years.', ref, 'half years'), [
    'one and a half years',
    'DURATION',
    'P1Y6M',
  ]);
});

test('durations: counts, hyphenated adjectives, approximations, vague plurals', () => {
  const ref = '1998-01-08';
  assert.deepEqual(timeAt('Hong Kong stocks hit a five-year low.', ref, 'five-year'), ['five-year', 'DURATION', 'P5Y']);
  assert.deepEqual(timeAt('The talks lasted 24 hours.', ref, '24 hours'), ['24 hours', 'DURATION', 'PT24H']);
  assert.deepEqual(timeAt('He ran the bank for nearly two years.', ref, 'two years'), [
    'nearly two years',
    'DURATION',
    'P2Y',
  ]);
  assert.deepEqual(timeAt('In the past three months, stocks have plunged.', ref, 'three months'), [
    'the past three months',
    'DURATION',
    'P3M',
  ]);
  assert.deepEqual(timeAt('Prices have been falling for a decade.', ref, 'decade'), ['a decade', 'DURATION', 'P10Y']);
  assert.deepEqual(timeAt('The strike could last several weeks.', ref, 'weeks'), ['several weeks', 'DURATION', 'PXW']);
});

test('sets: daily, each day, every week, annually', () => {
  const ref = '2023-09-06';
  assert.deepEqual(timeAt('The ministry publishes casualty figures daily.', ref, 'daily'), ['daily', 'SET', 'P1D']);
  assert.deepEqual(timeAt('Inspectors visit the plant every week.', ref, 'week'), ['every week', 'SET', 'P1W']);
  assert.deepEqual(timeAt('The report is published annually.', ref, 'annually'), ['annually', 'SET', 'P1Y']);
  assert.deepEqual(timeAt('Pilgrims gather at the shrine each Thursday.', ref, 'Thursday'), [
    'each Thursday',
    'SET',
    'XXXX-WXX-4',
  ]);
});

test('granularity: months, weeks, years, quarters, seasons', () => {
  const ref = '2023-09-06';
  assert.equal(timeAt('Talks stalled last year.', ref, 'last year')?.[2], '2022');
  assert.equal(timeAt('The minister resigned this week.', ref, 'this week')?.[2], '2023-W36');
  assert.equal(timeAt('Profit rose in the third quarter.', ref, 'third quarter')?.[2], '2023-Q3');
  assert.deepEqual(timeAt('Exports fell in the fourth quarter.', ref, 'fourth quarter'), [
    'the fourth quarter',
    'DATE',
    '2022-Q4',
  ]);
  assert.equal(timeAt('Prices spiked last summer.', ref, 'summer')?.[2], '2022-SU');
  assert.deepEqual(timeAt('Sales slowed in early July.', ref, 'July'), ['early July', 'DATE', '2023-07']);
  assert.equal(timeAt('Unemployment peaked in the 1990s.', ref, '1990s')?.[2], '199X');
  assert.equal(timeAt('The treaty was signed in 1998.', ref, '1998')?.[2], '1998');
});

test('news refers to the past: bare weekdays and months resolve backwards unless the future is said', () => {
  const ref = '1998-02-13'; // a Friday
  assert.deepEqual(
    timeAt('The convention voted overwhelmingly Thursday to make Australia a republic.', ref, 'Thursday'),
    ['Thursday', 'DATE', '1998-02-12'],
  );
  assert.equal(timeAt('The envoy will return to Baghdad on Tuesday.', ref, 'Tuesday')?.[2], '1998-02-17');
  assert.equal(timeAt('The bill was passed in November.', ref, 'November')?.[2], '1997-11');
  assert.equal(timeAt('Clinton met Blair last Thursday.', ref, 'Thursday')?.[2], '1998-02-12');
  // (White House briefings, public domain) looking forward is looking to the future
  const briefing = '2021-06-17'; // a Thursday
  assert.equal(
    timeAt('But we look forward to speaking with you all on Monday. Have a good weekend.', briefing, 'Monday')?.[2],
    '2021-06-21',
  );
  assert.equal(
    timeAt('Delegates prepared for the conference to be held in Geneva on Monday.', briefing, 'Monday')?.[2],
    '2021-06-21',
  );
});

test('deictic days, ago, and clock times', () => {
  const ref = '1989-10-26';
  assert.equal(timeAt('Shares closed at $32 yesterday.', ref, 'yesterday')?.[2], '1989-10-25');
  assert.equal(timeAt('The company said today that it would sell the unit.', ref, 'today')?.[2], '1989-10-26');
  assert.equal(timeAt('The plant closed a year ago.', ref, 'a year ago')?.[2], '1988');
  assert.deepEqual(timeAt('The offer expires at 5 p.m. EST Nov. 9.', ref, '5 p.m.'), [
    '5 p.m. EST Nov. 9',
    'TIME',
    '1989-11-09T17:00',
  ]);
  assert.equal(timeAt('The stock rose to $1.18 a share.', ref, '1.18 a'), undefined);
});

test('vague references as TimeBank tags them', () => {
  const ref = '2023-09-06';
  assert.equal(timeAt('Moscow is now looking for ammunition.', ref, 'now')?.[2], 'PRESENT_REF');
  assert.equal(timeAt('The firm recently cut its workforce.', ref, 'recently')?.[2], 'PAST_REF');
  assert.equal(timeAt('Nobody knows what the future holds.', ref, 'the future')?.[2], 'FUTURE_REF');
});

test('unknown publication date: placeholders, never a guess', () => {
  assert.equal(timeAt('Prices rose last year.', null, 'last year')?.[2], 'XXXX');
  assert.equal(timeAt('He spoke on Sept. 30.', null, 'Sept. 30')?.[2], 'XXXX-09-30');
  assert.equal(timeAt('The vote was held on Nov. 1, 2009.', null, 'Nov. 1')?.[2], '2009-11-01');
  assert.equal(timeAt('The talks lasted two weeks.', null, 'two weeks')?.[2], 'P2W');
  assert.equal(timeAt('She testified Tuesday.', null, 'Tuesday')?.[2], 'XXXX-WXX-2');
});

test('bad input degrades gracefully', () => {
  assert.deepEqual(findTimes('', '2023-09-06'), []);
  assert.doesNotThrow(() => findTimes('Mañana — 𝒯uesday\u0000 ١٩٩٨ \uD800 last week', '2023-02-30'));
  assert.doesNotThrow(() => findTimes('He left on Monday.', '99999-99-99'));
  assert.doesNotThrow(() => findTimes('In 1998 and 2001, then today.', 'not a date'));
  for (const t of findTimes('Late last month, in 1998, and yesterday.', '0001-01-01')) assert.ok(t.value);
});

test('bare weekdays: ahead when the clause plans them, behind after a past-tense verb', () => {
  const ref = '2000-01-07'; // a Friday
  const s =
    'Protesters planned a large demonstration in Little Havana on Saturday and were planning to drive around Miami International Airport on Monday.';
  assert.equal(timeAt(s, ref, 'Saturday')?.[2], '2000-01-08');
  assert.equal(timeAt(s, ref, 'Monday')?.[2], '2000-01-10');
  const past = 'The blast in Nairobi occurred Tuesday, and Albright said Thursday she would visit.';
  assert.equal(timeAt(past, ref, 'Thursday')?.[2], '2000-01-06');
  assert.equal(
    timeAt(
      'U.S. officials postponed until Tuesday morning any action on revoking the permit.',
      '2000-03-30',
      'Tuesday',
    )?.[2],
    '2000-04-04TMO',
  );
  assert.equal(timeAt('It had been due to expire Friday evening.', '1989-10-30', 'Friday')?.[2], '1989-10-27TEV');
});

test('holidays: nearest occurrence, "last" before the reference', () => {
  const ref = '2000-01-07';
  assert.deepEqual(timeAt('Elian was found Thanksgiving Day clinging to an inner tube.', ref, 'Thanksgiving'), [
    'Thanksgiving Day',
    'DATE',
    '1999-11-25',
  ]);
  assert.equal(
    timeAt('He was found in the Atlantic last Thanksgiving.', '2000-02-10', 'Thanksgiving')?.[2],
    '1999-11-25',
  );
  assert.equal(timeAt('It is our theme from now to Election Day.', '1998-10-26', 'Election Day')?.[2], '1998-11-03');
  assert.equal(timeAt('Pilgrims arrived before Easter 1998.', ref, 'Easter')?.[2], '1998-04-12');
  assert.equal(timeAt('The election day was chosen.', ref, 'day'), undefined);
});

test('anaphoric dates take the last date the story mentioned', () => {
  const ref = '2000-01-28';
  const s = 'Munero had fled to Florida in June 1998 and returned to Cuba later that year, only to be jailed.';
  assert.deepEqual(timeAt(s, ref, 'later that year'), ['later that year', 'DATE', '1998']);
  const f = 'On May 22, 1995, Farkas was made a brigadier general, and the following year he was appointed attache.';
  assert.equal(timeAt(f, '1998-04-18', 'the following year')?.[2], '1996');
  const d = 'Slepian was killed on Oct. 23, 1998 by a sniper. Earlier that day, the family sent a fax.';
  assert.equal(timeAt(d, '1999-10-24', 'Earlier that day')?.[2], '1998-10-23');
  // with no date before it, the publication date stands
  assert.equal(timeAt('Imports fell that year.', '1989-11-02', 'that year')?.[2], '1989');
  // a clock time alone is on the day being told
  const c = 'The blast occurred Friday in Nairobi. It struck at about 10:35 a.m., toppling a building.';
  assert.equal(timeAt(c, '1998-08-08', '10:35')?.[2], '1998-08-07T10:35');
});

test('"the past year" is the calendar year before the reference', () => {
  assert.deepEqual(timeAt('Investigators looked at the company in the past year.', '1989-10-30', 'past year'), [
    'the past year',
    'DATE',
    '1988',
  ]);
  assert.equal(timeAt('Sales rose over the past two years.', '1989-10-30', 'two years')?.[2], 'P2Y');
});

test('a holiday opening a name is no date ("the Good Friday Agreement", "Christmas Island"), nor its weekday', () => {
  // demo corpus (Wikinews, CC BY 2.5; State Department, public domain): each had been a date
  const island = findTimes(
    'The West Papuans were flown to Christmas Island on an RAAF Hercules last week.',
    '2006-01-20',
  ).map((t) => t.text);
  assert.deepEqual(island, ['last week']);
  const agreement = findTimes(
    'Deputy Secretary Sherman reiterated U.S. support for the Belfast/Good Friday Agreement.',
    '2022-04-29',
  );
  assert.deepEqual(agreement, []);
  // (the holiday itself still is one)
  // (wikinews-150378)
  const christmas = findTimes(
    "McDonnell also criticized the Obama administration's handling of the suspect accused of trying to blow up Northwest Airlines Flight 253 on Christmas Day.",
    '2010-01-28',
  );
  assert.equal(christmas[0]?.value, '2009-12-25');
});
