// The event extractor on real news sentences (the seed article and sentences written like wire copy).
// Entities, quotes and times are laid by hand, so these tests pin the event rules alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleDocument } from '../src/analyze/document.js';
import { tokenizer } from '../src/analyze/nlp/wink.js';
import { eventExtractor } from '../src/analyze/events/extract-events.js';
import type { Event, Quote, TimeValue } from '../src/analyze/types.js';

interface EntitySpec {
  name: string;
  actor: string;
  /** Surface forms; every occurrence becomes a mention. */
  say: string[];
}

function mentionsOf(text: string, forms: string[]) {
  const out = [];
  for (const f of forms) {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + f.length)) {
      out.push({ start: at, end: at + f.length, text: f, kind: 'name' as const });
    }
  }
  return out;
}

function analyse(text: string, entities: EntitySpec[], extra: { quotes?: Quote[]; times?: TimeValue[] } = {}): Event[] {
  const doc = new ArticleDocument({ id: 't', text, published: '2023-09-06' });
  tokenizer.run(doc);
  for (const e of entities) {
    doc.addEntity({
      type: 'GPE',
      name: e.name,
      actor: e.actor,
      country: e.actor.slice(0, 3),
      kb: null,
      mentions: mentionsOf(text, e.say),
    });
  }
  doc.quotes = extra.quotes ?? [];
  doc.times = extra.times ?? [];
  eventExtractor.run(doc);
  for (const ev of doc.events) assert.equal(text.slice(ev.trigger.start, ev.trigger.end), ev.trigger.text);
  return doc.events;
}

const actors = (refs: { actor: string | null }[]) => refs.map((r) => r.actor).join(';');
const NK: EntitySpec = { name: 'North Korea', actor: 'PRK', say: ['North Korea', 'Pyongyang'] };
const RU: EntitySpec = { name: 'Russia', actor: 'RUS', say: ['Russia', 'Moscow'] };
const US: EntitySpec = { name: 'United States', actor: 'USA', say: ['U.S.'] };

test('asserted: the article states an arrest in its own voice', () => {
  const evs = analyse('Israeli police arrested 20 Palestinian protesters in Hebron on Saturday.', [
    { name: 'Israel', actor: 'ISRCOP', say: ['Israeli'] },
    { name: 'Palestinians', actor: 'PSE', say: ['Palestinian'] },
  ]);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, 'COERCE');
  assert.equal(evs[0].code, '173');
  assert.equal(actors(evs[0].source), 'ISRCOP');
  assert.equal(actors(evs[0].target), 'PSE');
  assert.equal(evs[0].status, 'asserted');
  assert.equal(evs[0].asserted_by, null);
});

test('reported, then denied by reference: "denied their existence" marks the earlier negotiations', () => {
  const text =
    'North Korea—a long-time pariah state—and Russia have been engaged in arms negotiations for a while, according to U.S. intelligence agencies.\n' +
    'While the U.S. has repeatedly called on North Korea to stop the negotiations, both Moscow and Pyongyang have, at least officially, denied their existence.';
  const evs = analyse(text, [NK, RU, US]);
  const talks = evs.find((e) => e.type === 'CONSULT');
  assert.ok(talks, 'a CONSULT event');
  assert.equal(actors(talks.source), 'PRK;RUS');
  assert.equal(talks.status, 'reported');
  assert.equal(talks.status_rule, 'according-to');
  assert.equal(talks.asserted_by?.name, 'United States');
  assert.deepEqual(talks.denied_by.map((d) => d.name).sort(), ['North Korea', 'Russia']);
  const request = evs.find((e) => e.type === 'REQUEST');
  assert.ok(request);
  assert.equal(actors(request.source), 'USA');
  assert.equal(actors(request.target), 'PRK');
  assert.deepEqual(request.denied_by, []);
  assert.equal(evs.length, 2, 'the denial makes no event of its own');
});

test('"an allegation both countries deny": both parties of the event deny it, not the last name before the verb', () => {
  const evs = analyse(
    'U.S. officials say North Korea is supplying artillery shells to Russia, an allegation both countries deny.',
    [NK, RU, US],
  );
  const aid = evs.find((e) => e.type === 'AID');
  assert.ok(aid);
  assert.deepEqual(aid.denied_by.map((d) => d.name).sort(), ['North Korea', 'Russia']);
  // (Wikinews article 65746 of the demo corpus, CC BY 2.5: the spokesman denies, not Turkey)
  const greek = analyse(
    'Greek Foreign Ministry spokesman Giorgos Koumoutsakos said that Turkish planes were in the air at the time but denied any effort to confront Greek fighters.',
    [
      { name: 'Greece', actor: 'GRC', say: ['Greek'] },
      { name: 'Turkey', actor: 'TUR', say: ['Turkish'] },
    ],
  );
  assert.ok(!greek.some((e) => e.denied_by.some((d) => d.name === 'Turkey')));
});

test('denied: "denied attacking" marks the attack itself', () => {
  const evs = analyse('Russia denied attacking the Ukrainian port of Odesa on Monday.', [
    RU,
    { name: 'Ukraine', actor: 'UKR', say: ['Ukrainian'] },
  ]);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, 'ASSAULT');
  assert.equal(evs[0].status, 'denied');
  assert.deepEqual(
    evs[0].denied_by.map((d) => d.name),
    ['Russia'],
  );
});

test('denied: an infinitive of denial after the one asked is asked for, not a denial ("called on Palestinians to reject")', () => {
  // demo corpus (Wikinews, CC BY 2.5): the call had been marked denied by the Palestinians
  const asked = analyse(
    'In a separate recording released last week, al-Qaeda leader Osama bin Laden called on Palestinians to reject negotiations and use "iron and fire" against Israel.',
    [
      { name: 'Osama bin Laden', actor: 'IMGMUSALQ', say: ['Osama bin Laden'] },
      { name: 'Palestinians', actor: 'PSE', say: ['Palestinians'] },
      { name: 'Israel', actor: 'ISR', say: ['Israel'] },
    ],
  );
  const call = asked.find((e) => e.trigger.text === 'called on');
  assert.equal(call?.type, 'REQUEST');
  assert.deepEqual(call?.denied_by, []);
  // after a verb the infinitive is the subject's own denial
  const denial = analyse('Sudan continues to deny supporting the mercenaries in Chad.', [
    { name: 'Sudan', actor: 'SDN', say: ['Sudan'] },
    { name: 'Chad', actor: 'TCD', say: ['Chad'] },
  ]);
  assert.ok(
    denial.some((e) => e.denied_by.some((d) => d.name === 'Sudan')),
    JSON.stringify(denial),
  );
});

test('negated, hypothetical and alleged from the words before the trigger', () => {
  const neg = analyse('Pyongyang did not supply weapons to Moscow last year.', [NK, RU]);
  assert.equal(neg[0].type, 'AID');
  assert.equal(neg[0].status, 'negated');
  const hyp = analyse('North Korea could soon be supplying weapons to Russia for use in the war.', [NK, RU]);
  assert.equal(hyp[0].status, 'hypothetical');
  assert.equal(actors(hyp[0].source), 'PRK');
  assert.equal(actors(hyp[0].target), 'RUS');
  const all = analyse('Russia allegedly attacked Ukrainian grain silos in Odesa.', [
    RU,
    { name: 'Ukraine', actor: 'UKR', say: ['Ukrainian'] },
  ]);
  assert.equal(all[0].status, 'alleged');
  // a negated condition is still a condition (Wikinews article 10511 of the demo corpus, CC BY 2.5)
  const condition = analyse(
    'The terrorists broadcast a tape stating that they would kill the journalists if Romania did not withdraw its 860 troops from Iraq.',
    [
      { name: 'Romania', actor: 'ROU', say: ['Romania'] },
      { name: 'Iraq', actor: 'IRQ', say: ['Iraq'] },
    ],
  );
  const withdraw = condition.find((e) => e.trigger.text.startsWith('withdraw'));
  assert.equal(withdraw?.status, 'hypothetical');
  assert.equal(withdraw?.status_rule, 'conditional-clause');
  // typographic apostrophes, as releases and transcripts write them (State Department, March 2022)
  const curly = analyse('NATO is a defensive alliance. We don’t seek war, conflict with Russia.', [RU]);
  assert.equal(curly[0].status, 'negated');
  const future = analyse('We’ll meet Russia in Geneva.', [RU]);
  assert.equal(future[0].status, 'expected');
});

test('expected and planned, with the time of the clause and the believer as asserter', () => {
  const text =
    'Washington further believes North Korean leader Kim Jong-un will travel to Russia this month to meet with Russian President Vladimir Putin.';
  const at = text.indexOf('this month');
  const evs = analyse(
    text,
    [
      { name: 'Kim Jong-un', actor: 'PRKGOV', say: ['Kim Jong-un'] },
      RU,
      { name: 'United States', actor: 'USA', say: ['Washington'] },
    ],
    { times: [{ start: at, end: at + 10, text: 'this month', type: 'DATE', value: '2023-09' }] },
  );
  assert.equal(evs.length, 1, 'the purpose "to meet" folds into the trip');
  assert.equal(evs[0].type, 'CONSULT');
  assert.equal(evs[0].status, 'expected');
  assert.equal(evs[0].time?.value, '2023-09');
  assert.equal(evs[0].asserted_by?.name, 'United States');
  const plan = analyse('Germany plans to impose sanctions on Iran next year.', [
    { name: 'Germany', actor: 'DEU', say: ['Germany'] },
    { name: 'Iran', actor: 'IRN', say: ['Iran'] },
  ]);
  assert.equal(plan[0].type, 'SANCTION');
  assert.equal(plan[0].status, 'planned');
  assert.equal(actors(plan[0].target), 'IRN');
});

test('demanded: the clause governed by "demanded that"', () => {
  const evs = analyse('The European Union demanded that Russia withdraw its troops from Ukraine.', [
    { name: 'European Union', actor: 'IGOEU', say: ['European Union'] },
    RU,
    { name: 'Ukraine', actor: 'UKR', say: ['Ukraine'] },
  ]);
  const demand = evs.find((e) => e.type === 'REQUEST');
  assert.equal(demand?.status, 'asserted');
  assert.equal(actors(demand?.target ?? []), 'RUS');
  const withdraw = evs.find((e) => e.type === 'RETREAT');
  assert.ok(withdraw);
  assert.equal(withdraw.status, 'demanded');
  assert.equal(actors(withdraw.source), 'RUS');
});

test('a quote gives its speaker as asserter, and "we" inside it stands for the speaker', () => {
  const text = '“We have continued to squeeze Russia’s defense industrial base,” Sullivan said.';
  const content = { start: 1, end: text.indexOf(',”') };
  const sullivan: EntitySpec = { name: 'Jake Sullivan', actor: 'USAGOV', say: ['Sullivan'] };
  const quote: Quote = {
    id: 'q1',
    kind: 'direct',
    ...content,
    text: text.slice(content.start, content.end),
    cue: null,
    speaker: { entity: 'e1', name: 'Jake Sullivan' },
  };
  const evs = analyse(text, [sullivan, RU], { quotes: [quote] });
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, 'SANCTION');
  assert.equal(actors(evs[0].source), 'USAGOV');
  assert.equal(actors(evs[0].target), 'RUS');
  assert.equal(evs[0].asserted_by?.name, 'Jake Sullivan');
  assert.equal(evs[0].status, 'reported');
});

test('a participle of saying after the event is its subject comment, not someone else report of it', () => {
  const ug = { name: 'Uganda', actor: 'UGA', say: ['Uganda'] };
  const rw = { name: 'Rwanda', actor: 'RWA', say: ['Rwanda'] };
  // (Wikinews, 2006: Rwanda says nothing here; Uganda blames and argues)
  const blamed = analyse(
    'Uganda has blamed the incident solely on Rwanda, arguing that the situation could have been resolved with much less controversy.',
    [ug, rw],
  ).find((e) => e.trigger.text === 'blamed');
  assert.equal(blamed?.status, 'asserted');
  assert.equal(blamed?.asserted_by, null);
  // a finite verb of saying after the event still frames it
  const said = analyse('Uganda has blamed the incident on Rwanda, Kenya said.', [
    ug,
    rw,
    { name: 'Kenya', actor: 'KEN', say: ['Kenya'] },
  ]).find((e) => e.trigger.text === 'blamed');
  assert.equal(said?.status, 'reported');
  assert.equal(said?.asserted_by?.name, 'Kenya');
});

test("a word of an act inside a body's name is no trigger, a meeting the name ends in is one", () => {
  // (State Department releases, 2021–2022)
  const advisory = analyse(
    'The U.S. Department of State, the U.S. Department of the Treasury, and the Federal Bureau of Investigation issued a joint advisory to alert the international community.',
    [
      { name: 'Department of State', actor: 'USAGOV', say: ['U.S. Department of State'] },
      { name: 'Federal Bureau of Investigation', actor: 'USAGOV', say: ['Federal Bureau of Investigation'] },
    ],
  );
  assert.ok(!advisory.some((e) => e.trigger.text === 'Investigation'));
  const osce = analyse(
    'Secretary Blinken met the Chairman-in-Office of the Organization for Security and Cooperation in Europe.',
    [
      { name: 'Antony J. Blinken', actor: 'USAGOV', say: ['Blinken'] },
      { name: 'OSCE', actor: 'IGO', say: ['Organization for Security and Cooperation in Europe'] },
    ],
  );
  assert.ok(!osce.some((e) => e.trigger.text === 'Cooperation'));
  const conference = analyse(
    'Secretary Blinken will also take part in the Berlin II Conference on peace and stability in Libya.',
    [
      { name: 'Antony J. Blinken', actor: 'USAGOV', say: ['Blinken'] },
      { name: 'Berlin II Conference', actor: 'DEU', say: ['Berlin II Conference'] },
      { name: 'Libya', actor: 'LBY', say: ['Libya'] },
    ],
  );
  // (the conference its name ends in is what one takes part in: a meeting at a third place)
  assert.equal(conference.find((e) => e.trigger.text.endsWith('Berlin II Conference'))?.code, '044');
});

test('reported: an adverb of hearsay makes the event a report with no named source', () => {
  // (Wikinews, 2006)
  const text =
    "Serbia and Montenegro's President, Svetozar Marović, has reputedly resigned today ahead of tonight's events.";
  const marovic = { name: 'Svetozar Marović', actor: 'SRBGOV', say: ['Svetozar Marović'] };
  const resigned = analyse(text, [marovic]).find((e) => e.trigger.text === 'resigned');
  assert.equal(resigned?.status, 'reported');
  assert.equal(resigned?.status_rule, 'report-cue');
  assert.equal(resigned?.asserted_by, null);
  const plain = analyse(text.replace('reputedly ', ''), [marovic]).find((e) => e.trigger.text === 'resigned');
  assert.equal(plain?.status, 'asserted');
});

test('custody in a state is its act, a participle after its noun is passive, and a stated reason is a charge', () => {
  // (State Department, 2022-08-01: the citizen had been the one detaining Iran)
  const tabhaz = analyse(
    'The Secretary expressed his gratitude for Oman’s support securing the recent furlough of Morad Tabhaz, a U.S. citizen unjustly detained in Iran.',
    [
      // (the entity layer joins the apposition to the name)
      { name: 'Morad Tabhaz', actor: 'USACVL', say: ['Morad Tabhaz', 'a U.S. citizen'] },
      { name: 'Iran', actor: 'IRN', say: ['Iran'] },
      { name: 'Oman', actor: 'OMN', say: ['Oman'] },
    ],
  ).find((e) => e.trigger.text === 'detained');
  assert.equal(actors(tabhaz?.source ?? []), 'IRN');
  assert.equal(actors(tabhaz?.target ?? []), 'USACVL');
  // an active clause with a place after the verb stays active
  const police = analyse('Israeli police arrested in Hebron on Saturday 20 Palestinian protesters.', [
    { name: 'Israel', actor: 'ISRCOP', say: ['Israeli police'] },
    { name: 'Palestinians', actor: 'PSE', say: ['Palestinian'] },
  ]).find((e) => e.trigger.text === 'arrested');
  assert.equal(actors(police?.source ?? []), 'ISRCOP');
  // (Wikinews, 2008: the arrest states its charge, an accusation by the same side)
  const bemba = analyse(
    "Jean-Pierre Bemba, one of the Democratic Republic of Congo's former vice presidents, has been arrested in Belgium on charges of war crimes.",
    [
      { name: 'Jean-Pierre Bemba', actor: 'COD', say: ['Jean-Pierre Bemba'] },
      { name: 'Belgium', actor: 'BEL', say: ['Belgium'] },
    ],
  );
  const arrest = bemba.find((e) => e.trigger.text === 'arrested');
  assert.equal(actors(arrest?.source ?? []), 'BEL');
  const charge = bemba.find((e) => e.code === '112');
  assert.equal(actors(charge?.source ?? []), 'BEL');
  assert.equal(actors(charge?.target ?? []), 'COD');
  // a purpose is no charge
  const questioning = analyse('Two Britons were detained in Iran for questioning.', [
    { name: 'Britons', actor: 'GBR', say: ['Britons'] },
    { name: 'Iran', actor: 'IRN', say: ['Iran'] },
  ]);
  assert.ok(!questioning.some((e) => e.code === '112'));
});

test("thanks for a party's support go to that party, whoever its support helped", () => {
  // (State Department, 2022-08-01)
  const thanks = analyse(
    'Secretary Blinken expressed his gratitude for Oman’s support securing the recent furlough of Morad Tabhaz.',
    [
      { name: 'Antony J. Blinken', actor: 'USAGOV', say: ['Blinken'] },
      { name: 'Oman', actor: 'OMN', say: ['Oman'] },
      { name: 'Morad Tabhaz', actor: 'USACVL', say: ['Morad Tabhaz'] },
    ],
  ).find((e) => e.type === 'SUPPORT');
  assert.equal(actors(thanks?.source ?? []), 'USAGOV');
  assert.equal(actors(thanks?.target ?? []), 'OMN');
});

test('a call is a consultation: "spoke by phone with", "spoke today with", not "spoke with one voice"', () => {
  // (State Department readouts, 2022)
  const blinken = { name: 'Antony J. Blinken', actor: 'USAGOV', say: ['Antony J. Blinken'] };
  const call = analyse(
    'Secretary of State Antony J. Blinken spoke by phone yesterday with Ukrainian Foreign Minister Dmytro Kuleba to express his condolences.',
    [blinken, { name: 'Dmytro Kuleba', actor: 'UKRGOV', say: ['Dmytro Kuleba'] }],
  ).find((e) => e.type === 'CONSULT');
  assert.equal(call?.trigger.text, 'spoke by phone yesterday with');
  assert.equal(actors(call?.source ?? []), 'USAGOV');
  assert.equal(actors(call?.target ?? []), 'UKRGOV');
  // what the talk is about is an event only with its agent as possessor
  const topic = analyse(
    'Secretary of State Antony J. Blinken spoke today with Foreign Minister Dmytro Kuleba about the attacks on Kharkiv.',
    [blinken, { name: 'Dmytro Kuleba', actor: 'UKRGOV', say: ['Dmytro Kuleba'] }],
  );
  assert.ok(!topic.some((e) => e.type === 'ASSAULT'));
  const voice = analyse('The world has spoken with one voice to denounce the Kremlin.', [
    { name: 'Russia', actor: 'RUSGOV', say: ['Kremlin'] },
  ]);
  assert.ok(!voice.some((e) => e.type === 'CONSULT'));
});

test('no actor, no event; odd input does not throw', () => {
  assert.deepEqual(analyse('Protesters attacked the building.', []), []);
  assert.deepEqual(analyse('', []), []);
  assert.deepEqual(analyse('\n\n“ ” — ;', [NK]), []);
});

test('a named person with no actor code fills a side no coded actor filled ("Antony Blinken met Sergey Lavrov")', async () => {
  const { analyze } = await import('../src/analyze/analyzer.js');
  const text =
    'Antony Blinken met Sergey Lavrov in Geneva on Friday. Blinken warned Russia against invading Ukraine. Russia criticized the Joint Comprehensive Plan of Action.';
  const a = analyze({ id: 't', text, published: '2022-01-21' });
  const met = a.events.find((e) => e.trigger.text === 'met');
  assert.ok(met, JSON.stringify(a.events.map((e) => e.trigger.text)));
  const blinken = a.entities.find((e) => e.name === 'Antony Blinken')!;
  assert.deepEqual(met.source, [{ entity: blinken.id, actor: null, name: 'Antony Blinken' }]);
  assert.equal(actors(met.target), 'RUSGOV');
  assert.match(met.rule ?? '', /uncoded-source/);
  const warned = a.events.find((e) => e.trigger.text === 'warned')!;
  assert.equal(warned.source[0].entity, blinken.id);
  // a coded side is never replaced, and an uncoded body is no target
  for (const e of a.events) assert.ok(!e.target.some((t) => t.name === 'Joint Comprehensive Plan of Action'));
});

test('a trip: a date between "travel" and "to" keeps the trigger, and a meeting where it goes is an event too', () => {
  // State Department travel announcements (public domain), as the demo corpus has them
  const KWT = { name: 'Kuwait', actor: 'KWT', say: ['Kuwait City'] };
  const officials = { name: 'Kuwaiti officials', actor: 'KWTGOV', say: ['Kuwaiti officials'] };
  const US = { name: 'Antony J. Blinken', actor: 'USAGOV', say: ['Blinken'] };
  const text =
    'Secretary Blinken will travel on July 28 to Kuwait City where he will meet with senior Kuwaiti officials to continue discussions of key bilateral issues.';
  const at = text.indexOf('July 28');
  const evs = analyse(text, [US, KWT, officials], {
    times: [{ start: at, end: at + 7, text: 'July 28', type: 'DATE', value: '2022-07-28' }],
  });
  const trip = evs.find((e) => e.trigger.text.startsWith('travel'));
  assert.equal(trip?.trigger.text, 'travel on July 28 to');
  assert.equal(actors(trip?.target ?? []), 'KWT');
  const meeting = evs.find((e) => e.trigger.text === 'meet');
  assert.equal(actors(meeting?.target ?? []), 'KWTGOV');
  // a pattern's "to" before a verb still governs it: the act intended folds into the commitment
  const committed = analyse('And Finland is committed to continue supporting Ukraine.', [
    { name: 'Finland', actor: 'FIN', say: ['Finland'] },
    { name: 'Ukraine', actor: 'UKR', say: ['Ukraine'] },
  ]);
  assert.deepEqual(
    committed.map((e) => e.trigger.text),
    ['committed to'],
  );
});

// U.S. Department of State, joint press availability, 2022 (public domain)
test('"and" with a personal pronoun and a plain verb opens a clause: "…, which is also supported by Turkey, and we think …"', () => {
  const supported = analyse(
    'Of course, we rely on NATO policy, which is also supported by Turkey, and we think that these problems can be solved.',
    [
      { name: 'Finland', actor: 'FINGOV', say: ['we'] },
      { name: 'Turkey', actor: 'TUR', say: ['Turkey'] },
    ],
  ).find((e) => e.trigger.text === 'supported');
  assert.equal(actors(supported?.source ?? []), 'TUR');
  assert.equal(actors(supported?.target ?? []), '');
});

test('what someone is barred, prevented or forbidden from doing is negated, past an apposition on the one kept from it', () => {
  // demo corpus (Wikinews, 8 December 2006): the visit had been asserted
  const barred = analyse(
    'New Zealand has barred the military leader and president of Fiji, Commander Frank Bainimarama, from visiting New Zealand where some of his family live and has also banned seasonal workers coming from Fiji to work in New Zealand.',
    [
      { name: 'New Zealand', actor: 'NZL', say: ['New Zealand'] },
      { name: 'Frank Bainimarama', actor: 'FJIGOV', say: ['Frank Bainimarama'] },
    ],
  );
  const visit = barred.find((e) => e.trigger.text === 'visiting');
  assert.equal(visit?.status, 'negated');
  assert.equal(visit?.status_rule, 'bar-from');
  // (demo corpus, Wikinews: "a law which forbids Israelis from traveling to Gaza")
  const forbidden = analyse(
    'He is said to have been in violation of a law which forbids Israelis from traveling to Gaza due to a blockade enacted in 2007 when Hamas won elections and took control of the Gaza Strip.',
    [
      { name: 'Israel', actor: 'ISR', say: ['Israelis'] },
      { name: 'Gaza', actor: 'PSE', say: ['Gaza'] },
    ],
  );
  assert.equal(forbidden.find((e) => e.trigger.text.startsWith('traveling'))?.status, 'negated');
});
