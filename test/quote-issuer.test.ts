// A government's own statement speaks as "we" for its issuer, which the input's `source` names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/analyzer.js';
import type { Analysis } from '../src/analyze/types.js';

const STATE = 'U.S. Department of State (press releases RSS)';
const run = (text: string, source: string | null): Analysis =>
  analyze({ id: 't', text, published: '2022-07-01', source });
const speakerOf = (a: Analysis, start: string) => {
  const q = a.quotes.find((x) => x.text.startsWith(start));
  assert.ok(q, `a quote starts "${start}"`);
  return { entity: a.entities.find((e) => e.id === q.speaker?.entity), rule: q.speaker_rule };
};

test('a press statement’s own "we" is the government body its source names', () => {
  const text =
    'We welcome the announcement by the EU making clear how its member states will implement economic sanctions on Russia. ' +
    'We call on all parties to respect the agreement.';
  const { entity, rule } = speakerOf(run(text, STATE), 'all parties to respect');
  assert.equal(rule, 'we-issuer');
  assert.deepEqual([entity?.name, entity?.actor, entity?.kb], ['Department of State', 'USAGOV', 'org:97']);
  // a seat of government stands for its country's government
  const wh = speakerOf(run(text, 'The White House (Obama administration) press office'), 'all parties to respect');
  assert.equal(wh.entity?.name, 'United States');
  // a news outlet, or no source, names no one
  for (const source of ['Wikinews', null]) assert.equal(speakerOf(run(text, source), 'all parties').entity, undefined);
});

test('a transcript’s or a joint statement’s "we" is not the publisher’s', () => {
  const transcript = run(
    'SECRETARY BLINKEN: Thank you very much. We call on all parties to respect the agreement.\n\nQUESTION: Thank you.',
    STATE,
  );
  assert.ok(transcript.quotes.length > 0 && transcript.quotes.every((q) => q.speaker_rule !== 'we-issuer'));
  const joint = run(
    'Canada, Mexico, and the United States share a close relationship based on shared values. We call on all parties to respect the agreement.',
    STATE,
  );
  assert.notEqual(speakerOf(joint, 'all parties').rule, 'we-issuer');
  const released = run(
    'The following statement was released by Secretary of State Antony J. Blinken and EU High Representative Josep Borrell.\n\nWe call on all parties to respect the agreement.',
    STATE,
  );
  assert.notEqual(speakerOf(released, 'all parties').rule, 'we-issuer');
});

test('a joint statement’s "we" is its parties’: the first listed speaks, the others with it', () => {
  const withNames = (a: Analysis, start: string) => {
    const q = a.quotes.find((x) => x.text.startsWith(start));
    assert.ok(q, `a quote starts "${start}"`);
    return [q.speaker?.name, ...(q.with ?? []).map((w) => w.name), q.speaker_rule];
  };
  // the preamble's "released by" list (the Department's own text, State Department press releases)
  const libya = analyze({
    id: 't',
    title: 'Joint Statement on the Situation in Libya',
    text:
      'The text of the following statement was released by the Governments of the United States of America, France, Germany, Italy, and the United Kingdom:\n\n' +
      'Begin Text:\n\n' +
      'France, Germany, Italy, the United Kingdom, and the United States of America take note of the statement of 2 March by the spokesperson of the Secretary-General of the United Nations.\n\n' +
      'We echo the UN Secretary-General’s call on all actors to refrain from actions that could undermine stability in Libya.',
    published: '2022-03-04',
    source: STATE,
  });
  assert.deepEqual(withNames(libya, 'the UN Secretary-General'), [
    'Government of the United States of America',
    'France',
    'Germany',
    'Italy',
    'United Kingdom',
    'we-joint-issuers',
  ]);
  // the text after "Begin Text:" is the first party's, with the others
  assert.deepEqual(withNames(libya, 'France, Germany, Italy, the United Kingdom'), [
    'Government of the United States of America',
    'France',
    'Germany',
    'Italy',
    'United Kingdom',
    'document-issuer',
  ]);
  // a subject that is nothing but the parties, in a text its title calls a joint statement
  const northAmerica = analyze({
    id: 't',
    title: 'Joint Statement on Canada-Mexico-United States Cooperation',
    text:
      'Canada, Mexico, and the United States share a close relationship based on shared values and priorities. ' +
      'We acknowledge that working together as North America we can bring new ideas and energy to the hemisphere.',
    published: '2022-01-10',
    source: STATE,
  });
  assert.deepEqual(withNames(northAmerica, 'that working together'), [
    'Canada',
    'Mexico',
    'United States',
    'we-joint-issuers',
  ]);
  // a department's release that mentions a joint statement is no joint statement
  const release = analyze({
    id: 't',
    title: 'Launch of the Atrocity Crimes Advisory Group (ACA) for Ukraine',
    text:
      'The United States, along with the European Union and the United Kingdom, has created the Atrocity Crimes Advisory Group. ' +
      'As the recent joint statement issued by the Attorney General and his international counterparts makes clear, we are united in our resolve to hold perpetrators responsible. ' +
      'We call on all parties to respect the agreement.',
    published: '2022-05-25',
    source: STATE,
  });
  assert.notEqual(speakerOf(release, 'all parties').rule, 'we-joint-issuers');
});

test('a department’s release that opens on two countries is still the department’s own "we"', () => {
  // (State Department press release, public domain: "Afghanistan" stands in a fronted adjunct)
  const release = run(
    'As part of our commitment to the people of Afghanistan, the United States is providing more than $266 million in new humanitarian assistance. ' +
      'We urge Afghan leaders and the Taliban to accelerate progress toward a negotiated political settlement.',
    STATE,
  );
  const { entity, rule } = speakerOf(release, 'Afghan leaders and the Taliban');
  assert.equal(rule, 'we-issuer');
  assert.equal(entity?.name, 'Department of State');
});

test('a transcript label’s office is its speaker’s role, held in the issuing government where it is a department’s', () => {
  const text =
    'Jerusalem\n\nFOREIGN MINISTER ASHKENAZI: Very briefly. It is an honor to have my friend here.\n\n' +
    'SECRETARY BLINKEN: Thank you very much, Gabi. It is good to be here.\n\n' +
    'FOREIGN MINISTER ASHKENAZI: Thank you.\n\nSECRETARY BLINKEN: Thanks again.';
  const a = run(text, STATE);
  const blinken = speakerOf(a, 'Thank you very much, Gabi').entity;
  assert.equal(blinken?.name, 'Blinken');
  assert.deepEqual(
    blinken?.roles.map((r) => [r.title, r.country, r.rule]),
    [['SECRETARY', 'USA', 'transcript-label-title+issuer-country']],
  );
  assert.equal(blinken?.actor, 'USAGOV');
  // the office is no part of the name, and a foreign minister is no American
  const ashkenazi = speakerOf(a, 'Very briefly').entity;
  assert.deepEqual(
    ashkenazi?.mentions.map((m) => m.text),
    ['ASHKENAZI', 'ASHKENAZI'],
  );
  assert.equal(ashkenazi?.roles[0]?.title, 'FOREIGN MINISTER');
  assert.equal(ashkenazi?.country, null);
  // a label that is an office alone names no one: its words are no role of anybody
  const office = run('Washington\n\nDEPUTY SECRETARY: Thank you all.\n\nQUESTION: Hi. A question.', STATE);
  assert.ok(office.entities.every((e) => e.roles.every((r) => r.title !== 'DEPUTY')));
});

test('"THE PRESIDENT:" in the White House’s own transcript is the president its source names by his administration', () => {
  const text =
    'Press Conference by the President\n\nTHE PRESIDENT: Good afternoon, everybody. I want to say a few words about the summit.\n\n' +
    'Q: Thank you, Mr. President. Will the talks resume?\n\nTHE PRESIDENT: I expect them to resume next week.';
  const a = run(text, 'The White House (Obama administration) press office');
  const { entity, rule } = speakerOf(a, 'Good afternoon');
  assert.equal(rule, 'transcript-label');
  assert.deepEqual([entity?.name, entity?.kb, entity?.country], ['Barack Obama', 'person:16997', 'USA']);
  assert.equal(speakerOf(a, 'I expect them').entity?.id, entity?.id);
  // a news site's transcript names no one by its source: the label stays a description
  const news = speakerOf(run(text, 'Wikinews'), 'Good afternoon').entity;
  assert.equal(news?.kb, null);
});

test('a surname label in a White House transcript is the KB person of its country the surname stands for', () => {
  const transcript = (label: string) =>
    `${label}: Good afternoon, everybody. Let me start with the summit.\n\nQ Thank you. Will the talks resume?\n\n${label}: I expect them to resume next week.`;
  const whiteHouse = 'The White House (Obama administration) press office';
  const at = (text: string, source: string, published: string) =>
    speakerOf(analyze({ id: 't', text, published, source }), 'Good afternoon').entity;
  // the KB's own one-word alias holds past the KB's end (2015)
  const obama = at(transcript('PRESIDENT OBAMA'), whiteHouse, '2016-04-01');
  assert.deepEqual([obama?.name, obama?.kb, obama?.country], ['Barack Obama', 'person:16997', 'USA']);
  // a namesake of another country is no one the White House's press secretary is (Mark Carney, Canada)
  assert.equal(at(transcript('MR. CARNEY'), whiteHouse, '2012-03-01')?.kb, null);
  // nor is a news site's label anyone in the KB
  assert.equal(at(transcript('PRESIDENT OBAMA'), 'Wikinews', '2016-04-01')?.kb, null);
});

test('an unnamed official a transcript label describes is one of the issuing administration or of the body it names', () => {
  // (state-pr-261082, a State Department call on background; a White House call's label alike)
  const call = (label: string) =>
    'Via Teleconference\n\nMODERATOR: Thanks very much, and thanks, everyone, for joining us today for this call on European energy security.\n\n' +
    `${label}: Great. Good to be with all of you today. Last week, the President and German Chancellor Angela Merkel affirmed the United States’ and Germany’s commitment to close bilateral cooperation.\n\n` +
    'QUESTION: Thank you. Will sanctions follow?\n\n' +
    `${label}: We have imposed sanctions on five entities and five vessels.`;
  const official = (label: string, source: string) => speakerOf(run(call(label), source), 'We have imposed').entity;
  const state = official('SENIOR STATE DEPARTMENT OFFICIAL ONE', STATE);
  assert.deepEqual(
    [state?.name, state?.actor, state?.country],
    ['Senior State Department Official One', 'USAGOV', 'USA'],
  );
  // the State Department is the United States' wherever the label stands
  assert.equal(official('SENIOR STATE DEPARTMENT OFFICIAL ONE', 'Wikinews')?.actor, 'USAGOV');
  // the administration is the issuer's own: the White House's transcripts spell it two ways
  const whiteHouse = 'The White House (Obama administration) press office';
  for (const label of ['SENIOR ADMINISTRATION OFFICIAL', 'SENIOR ADMINSTRATION OFFICIAL'])
    assert.equal(official(label, whiteHouse)?.actor, 'USAGOV', label);
  // …and no one's in a news site's transcript
  assert.equal(official('SENIOR ADMINISTRATION OFFICIAL', 'Wikinews')?.actor, null);
});

test('a joint statement’s "We, the G7 Foreign Ministers" acts under the body its words open with', () => {
  // (state-pr-316039)
  const text =
    'The text of the following statement was released by the G7 foreign ministers of Canada, France, Germany, Italy, Japan, the United Kingdom, and the United States of America.\n\nBegin Text:\n\n' +
    'We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States of America, remain gravely concerned about Russia’s threatening military build-up around Ukraine.\n\n' +
    'We call on Russia to choose the path of diplomacy.';
  const { entity, rule } = speakerOf(run(text, STATE), 'Russia to choose');
  assert.equal(rule, 'we-apposition');
  assert.deepEqual([entity?.name.toLowerCase(), entity?.actor], ['g7 foreign ministers', 'IGOGOS']);
});

test('a release’s own "I", no byline naming who, is its issuer’s, not the person named nearby', () => {
  // state-pr-338289 (demo corpus): the Secretary announces Trevor Reed's release and commends the envoys
  const text =
    'I am pleased to announce the release of U.S. citizen Trevor Reed, who was wrongfully detained in Russia. ' +
    'We extend our deep appreciation to our many allies and partners who helped us in this effort.\n\n' +
    'I also wish to commend Special Presidential Envoy for Hostage Affairs Ambassador Carstens for his work.';
  const commend = speakerOf(run(text, STATE), 'to commend');
  assert.equal(commend.rule, 'i-issuer');
  assert.equal(commend.entity?.name, 'Department of State');
  // (a news article's "I" is left to the other rules: no issuer speaks there)
  assert.notEqual(speakerOf(run(text, 'Wikinews'), 'to commend').rule, 'i-issuer');
});
