// A country's government named as a body ("the Government of Indonesia", "the Ukrainian
// Government") is the country's GOV actor, and "the Iraqi government" after "the Government of
// Iraq" is the same body. Sentences from State Department and White House releases in the demo
// corpus (public domain).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/analyzer.js';

const entities = (text: string) => analyze({ id: 't', text, published: '2022-04-06' }).entities;
/** The actor code of the entity named `name` in the text. */
const actorOf = (text: string, name: string) => entities(text).find((e) => e.name === name)?.actor;

test('a government named as a body is its country’s GOV actor, an organisation', () => {
  const found = entities(
    'The Deputy Secretary thanked the Government of Indonesia for cosponsoring the UN General Assembly resolution on Ukraine. ' +
      'This could be an outrageous accusation that Russia will level against the Ukrainian Government.',
  );
  const indonesia = found.find((e) => e.name === 'Government of Indonesia');
  assert.deepEqual([indonesia?.type, indonesia?.actor, indonesia?.country], ['ORG', 'IDNGOV', 'IDN']);
  const ukraine = found.find((e) => e.name === 'Ukrainian Government');
  assert.deepEqual([ukraine?.type, ukraine?.actor, ukraine?.country], ['ORG', 'UKRGOV', 'UKR']);
  // one identity across articles, however the article words the name
  assert.equal(indonesia?.kb, 'government:IDN');
  const elsewhere = entities('The Indonesian Government announced new measures.');
  assert.equal(elsewhere.find((e) => e.actor === 'IDNGOV')?.kb, 'government:IDN');
});

test('"the Iraqi government" after "the Government of Iraq" is the same body', () => {
  const found = entities(
    'The Government of Iraq asked for more support. With our support, the Iraqi government was able to move through there quickly.',
  );
  const governments = found.filter((e) => e.actor === 'IRQGOV');
  assert.equal(governments.length, 1);
  assert.deepEqual(
    governments[0].mentions.map((m) => m.text),
    ['Government of Iraq', 'the Iraqi government'],
  );
  // a body that is no country's government keeps its own name and no GOV actor
  const accord = entities('Government of National Accord forces advanced on the city.');
  assert.ok(!accord.some((e) => e.actor?.endsWith('GOV')));
});

test('"the Iraqi government" alone is the same actor across articles, named for the government', () => {
  const found = entities(
    'Russian officials denied the report. The liberation of Fallujah got lost in the news, but the Iraqi government was able to move through there quickly. The Russian government said it would act.',
  );
  const iraq = found.find((e) => e.actor === 'IRQGOV');
  assert.deepEqual([iraq?.name, iraq?.kb], ['Iraqi government', 'government:IRQ']);
  // a country's officials and its government are one body (as before), now named for the government
  const russia = found.filter((e) => e.actor === 'RUSGOV');
  assert.deepEqual(
    russia.map((e) => [e.name, e.kb]),
    [['Russian government', 'government:RUS']],
  );
  // an administration named for its leader is no country's one government
  const bush = entities('The Bush administration agreed.').find((e) => e.actor === 'USAGOV');
  assert.equal(bush?.kb, null);
});

test('a country’s possessive before a sector noun is the country’s sector, as its demonym is', () => {
  // (Wikinews and State Department sentences from the demo corpus)
  const found = entities(
    'Three weeks ago, Iran’s Supreme Leader complained that his country has not been getting business. ' +
      'Russia’s military said it had struck targets. Iraq’s government denied the report.',
  );
  const byActor = (actor: string) => found.find((e) => e.actor === actor);
  assert.equal(byActor('RUSMIL')?.name, 'Russia’s military');
  assert.equal(byActor('IRQGOV')?.kb, 'government:IRQ');
  assert.equal(byActor('IRNGOV')?.name, 'Iran’s Supreme Leader');
});

test('people of a country named by a sector noun are that country’s sector ("citizens of Belarus")', () => {
  const a = analyze({
    id: 't',
    text: 'These are citizens of Belarus seeking to freely exercise their fundamental freedoms. The people of Luxembourg voted a slight yes today on a referendum on the EU Constitution.',
    published: '2022-04-06',
  });
  const byActor = (actor: string) => a.entities.find((e) => e.actor === actor);
  assert.equal(byActor('BLRCVL')?.name, 'citizens of Belarus');
  assert.equal(byActor('LUXPPL')?.name, 'people of Luxembourg');
  const seeking = a.quotes.find((q) => q.cue?.text === 'seeking');
  assert.equal(seeking?.speaker?.entity, byActor('BLRCVL')?.id);
  // a city's people are no country's, and the ministers of a list of countries are not the first's
  assert.ok(!entities('People of Chicago would like to know more.').some((e) => e.actor?.endsWith('PPL')));
  assert.ok(
    !entities('The following is a statement from the Foreign Ministers of Canada, France, and Germany.').some(
      (e) => e.actor === 'CANGOV',
    ),
  );
});

test("another state's institution the KB knows by the same name is the possessor's", () => {
  // (a State Department release: the KB knows the U.S. National Security Council and Joint Chiefs
  // of Staff; before, Russia's and South Korea's were the United States' bodies, with their KB ids)
  const found = entities(
    "Russia's National Security Council met on Friday. South Korea's Joint Chiefs of Staff said the missile flew about 600 km. Iran's Hezbollah fired rockets.",
  );
  const council = found.find((e) => e.name === 'National Security Council');
  assert.deepEqual([council?.actor, council?.country, council?.kb], ['RUSGOV', 'RUS', null]);
  assert.equal(found.find((e) => e.name === 'Joint Chiefs of Staff')?.actor, 'KORMIL');
  // a body that is no state's own institution keeps the KB's reading
  assert.equal(found.find((e) => e.name === 'Hezbollah')?.country, 'LBN');
});

test("a demonym before a KB institution's name makes it that country's, as a possessive does", () => {
  // (Wikinews, 2009 and 2005, CC BY 2.5: the KB's "Senate" is the US Senate)
  const argentine = entities(
    "The Vatican has accepted Juan Pablo Cafiero's appointment as ambassador to the Holy See. The Argentine Senate will have to ratify his designation before it becomes official.",
  ).find((e) => e.name === 'Senate');
  assert.deepEqual([argentine?.actor, argentine?.country, argentine?.kb], ['ARGGOVLEG', 'ARG', null]);
  const italian = entities(
    "However despite the video, the Italian Senate voted to extend its miltary forces' stay in Iraq. The Senate had voted before.",
  ).find((e) => e.name === 'Senate');
  assert.deepEqual([italian?.actor, italian?.mentions.length], ['ITAGOVLEG', 2]);
  // the country's own stays the KB's
  assert.equal(actorOf('The U.S. Senate voted on Tuesday.', 'US Senate'), 'USAGOVLEG');
});

test('a government the recogniser reads as a thing is its country’s GOV actor too', () => {
  // (State Department release, 2022)
  const found = entities('It’s not just the British Government that’s stepping up to help Ukraine.');
  const uk = found.find((e) => e.name === 'British Government');
  assert.deepEqual([uk?.type, uk?.actor, uk?.kb], ['ORG', 'GBRGOV', 'government:GBR']);
});

test('a title at a seat of government is the government’s: GOV, not a bare spokesman’s MED', () => {
  // sentences from Wikinews articles in the demo corpus (CC BY 2.5)
  assert.equal(
    actorOf(
      "Kremlin deputy spokeman Dmitry Peskov told Reuters that there were currently no plans to cancel Putin's historic trip.",
      'Dmitry Peskov',
    ),
    'RUSGOV',
  );
  assert.equal(
    actorOf(
      'White House Budget Director Jim Nussle was asked this week if the Bush administration has a realistic hope.',
      'Jim Nussle',
    ),
    'USAGOV',
  );
  assert.equal(
    actorOf('White House spokesman Scott McClellan said the president would not comment.', 'Scott McClellan'),
    'USAGOV',
  );
  // described, not named: the spokesman alone is still one of the government's
  const described = entities('A Downing Street spokesman said the talks would go on.').find((e) => e.type === 'PERSON');
  assert.equal(described?.actor, 'GBRGOV');
  // a journalist who covers the seat is the press
  assert.equal(actorOf('White House correspondent Anna Smith wrote about the trip.', 'Anna Smith'), 'USAMED');
});

test('a country word opening a title that the recogniser kept inside it still gives the country', () => {
  // State Department readouts in the demo corpus (public domain)
  assert.equal(
    actorOf(
      'Secretary of State Antony J. Blinken met with Japanese National Security Advisor Akiba Takeo in Washington, D.C. on May 3.',
      'Akiba Takeo',
    ),
    'JPNGOV',
  );
  assert.equal(
    actorOf(
      'Deputy Secretary of State Wendy Sherman spoke today with German MFA State Secretary Andreas Michaelis, Italian MFA Political Director Pasquale Ferrara, and UK Minister of State for Middle East, North Africa, and North America James Cleverly.',
      'James Cleverly',
    ),
    'GBRGOV',
  );
});

test('the country of a titled name before "and" is that of a bare office after it', () => {
  // State Department readouts in the demo corpus (public domain)
  assert.equal(
    actorOf(
      'He met with Panamanian President Laurentino Cortizo Cohen and Acting Foreign Minister Dayra Carrizo, as well as the Panama Canal Administrator Ricaurte Vásquez.',
      'Dayra Carrizo',
    ),
    'PANGOV',
  );
  // not a country the first title does not name: Blinken's is the issuer's, not Lutundula's
  assert.notEqual(
    actorOf(
      'The following is attributable to Spokesperson Ned Price:\n\nSecretary of State Antony J. Blinken met yesterday with Democratic Republic of the Congo Vice Prime Minister and Foreign Minister Christophe Lutundula in Washington, D.C. Secretary Blinken and Foreign Minister Lutundula discussed efforts to end the conflict.',
      'Christophe Lutundula',
    ),
    'USAGOV',
  );
});

test('an apposition of a country’s title whose comma is left out still gives the role', () => {
  // Wikinews (demo corpus)
  assert.equal(
    actorOf(
      'Now, as an outcome of meetings between Walid Moallem the Syrian Foreign Minister, the Iraqi President Jalal Talabani and Prime Minister Nuri al-Maliki, relations were restored.',
      'Walid Moallem',
    ),
    'SYRGOV',
  );
});

test('a leader’s surname and "Administration" name that leader’s government on the article’s date', () => {
  // (Wikinews, 2006, demo corpus: the recogniser reads "Bush Administration" as one name)
  const text =
    'The Bush Administration said Thursday that it will request a Defense Department budget of US$439.3 billion for 2007.';
  const on = (published: string) =>
    analyze({ id: 't', text, published }).entities.find((e) => e.name === 'Bush Administration');
  assert.deepEqual([on('2006-02-04')?.actor, on('2006-02-04')?.country], ['USAGOV', 'USA']);
  // (no Bush in office that day: the name stays a body with no actor)
  assert.equal(on('2012-02-04')?.actor ?? null, null);
  // a speaker the quote layer reads as a description is that government too (Wikinews, 2007)
  const speaker = analyze({
    id: 't',
    text: 'The Bush administration called the attackers "vicious and heartless murderers," saying "We condemn these barbaric attacks on innocent civilians."',
    published: '2007-08-14',
  }).entities.find((e) => e.name === 'The Bush administration');
  assert.deepEqual([speaker?.type, speaker?.actor], ['ORG', 'USAGOV']);
});

test('a body named after an international organisation acts for it: "OSCE Permanent Council", "OSCE Minsk Group"', () => {
  // (State Department releases in the demo corpus; the KB knows the OSCE, not its bodies)
  const found = entities(
    'In the report released at today’s OSCE Permanent Council meeting, the mission of experts found clear patterns of violations. The OSCE Minsk Group Co-Chairs met today.',
  );
  const council = found.find((e) => e.name === 'OSCE Permanent Council');
  assert.deepEqual([council?.type, council?.actor, council?.kb], ['ORG', 'IGO', null]);
  // the organisation by its own class noun is no body of it
  assert.notEqual(actorOf('They touched upon the NATO Alliance.', 'NATO Alliance'), 'IGOWSTNAT');
});

// Wikinews, 15 March 2006, 27 August 2007 and 1 June 2006 (CC BY 2.5); State Department, 2021 (public domain)
test('a people’s mission is its country’s, and a part of an intergovernmental body is that body’s', () => {
  const embassy = entities(
    'Doug Wankel, a former Drug Enforcement Administration official who is point man for the U.S. counternarcotics initiative at the American Embassy in Kabul, says the opium industry is "financing terrorism."',
  ).find((e) => e.name === 'American Embassy');
  assert.equal(embassy?.type, 'ORG');
  assert.equal(embassy?.actor, 'USAGOV');
  assert.equal(embassy?.mentions[0].rule, 'ner-perceptron+org-head+place-led');
  const unodc = entities(
    'According to the United Nations Office on Drugs and Crime (UNODC) report released Monday, the opium produced in Afghanistan has doubled in two years.',
  ).find((e) => e.name === 'United Nations Office on Drugs and Crime');
  assert.equal(unodc?.actor, 'IGOUNO');
  assert.equal(unodc?.mentions[0].rule, 'organisation-arm');
  // (a document or an aim named after the body is no part of it)
  const concept = entities(
    'Secretary Blinken reiterated U.S. support for the development of a new NATO Strategic Concept that addresses current and future threats.',
  ).find((e) => e.name.includes('Strategic Concept'));
  assert.ok(!concept?.actor);
});

// The White House press office, 26 April 2014 (public domain)
test('the officials a government’s headline names after "by" with one of its offices are its own', () => {
  const gaggle = analyze({
    id: 't',
    title:
      'Press Gaggle by Press Secretary Jay Carney and Deputy National Security Advisor for Strategic Communications Ben Rhodes Aboard Air Force One En Route Kuala Lumpur, Malaysia',
    source: 'The White House (Obama administration) press office',
    published: '2014-04-26',
    text: 'MR. CARNEY: Good morning -- or good day, happy Saturday to you, and welcome aboard Air Force One as we make our way to Malaysia from the Republic of Korea.\n\nBen Rhodes is joining me again today and I’m sure you all saw the joint statement that was put out by the G7.\n\nMR. RHODES: Well, first of all, you saw the statement from the G7 -- the President spoke to four of his European counterparts last night.',
  });
  const rhodes = gaggle.entities.find((e) => e.name === 'Ben Rhodes');
  assert.equal(rhodes?.actor, 'USAGOV');
  assert.match(rhodes?.mentions[0].rule ?? '', /\+headline-office$/);
  assert.equal(gaggle.entities.find((e) => e.name === 'Jay Carney')?.actor, 'USAGOV');
  // (a foreign leader the headline names with the President, and no office of the issuer's, is not)
  const conference = analyze({
    id: 't',
    title: 'Press Conference with President Obama and President Park of the Republic of Korea',
    source: 'The White House (Obama administration) press office',
    published: '2014-04-25',
    text: 'PRESIDENT PARK: (As interpreted.) Welcome to Korea, President Obama. Park Geun-hye thanked him for his visit.',
  });
  assert.notEqual(conference.entities.find((e) => e.name.startsWith('Park'))?.actor, 'USAGOV');
});

// Department of State releases of 2021–2022 (demo corpus, public domain)
const STATE = 'U.S. Department of State (press releases RSS)';
/** The entity whose mentions hold the mention that starts where `words` do in `text`. */
const holderOf = (a: ReturnType<typeof analyze>, text: string, words: string) => {
  const at = text.indexOf(words);
  return a.entities.find((e) => e.mentions.some((m) => m.start === at));
};

test('a department’s own capitalised "the President" is its country’s, not the foreign president named last', () => {
  // state-pr-316667: "the President" had been Putin, and the sanctions his
  const text =
    'SECRETARY BLINKEN: Good afternoon, everyone.\n\n' +
    'Yesterday, President Putin recognized the so-called “independence” of the Donetsk and Luhansk regions of Ukraine. ' +
    'A few hours later, he gave authorization to Russian troops to enter those regions.\n\n' +
    'Now that Russia has moved against Ukraine, so, too, have we moved on our strong and unified response.\n\n' +
    'This afternoon, the President announced the first round of sanctions on Russia in response to its actions.\n\n' +
    'FOREIGN MINISTER KULEBA: And we saw two executive orders issued by the President, by President Biden within what, less than 24 hours?';
  const a = analyze({
    id: 't',
    title: 'Secretary Antony J. Blinken And Ukrainian Foreign Minister Dmytro Kuleba At a Joint Press Availability',
    source: STATE,
    published: '2022-02-22',
    text,
  });
  assert.equal(holderOf(a, text, 'the President announced')?.name, 'Joe Biden');
  const sanctions = a.quotes.find((q) => q.text.startsWith('the first round of sanctions'));
  assert.equal(sanctions?.speaker?.name, 'Joe Biden');
});

test('a department’s "the President" is the foreign counterpart its title names, and a lower-case one is no own president', () => {
  // state-pr-245629: a call with President Abbas
  const call =
    'Secretary of State Antony J. Blinken spoke today with Palestinian Authority President Mahmoud Abbas. The Secretary and President welcomed the ceasefire and discussed measures to ensure that it holds. ' +
    'The Secretary and President expressed their appreciation for Egypt’s mediation efforts and committed to retaining open lines of communication at all levels. ' +
    'The President welcomed Secretary Blinken’s planned travel to the region.';
  const a = analyze({
    id: 't',
    title: 'Secretary Blinken’s Call with Palestinian Authority President Abbas',
    source: STATE,
    published: '2021-05-21',
    text: call,
  });
  assert.equal(holderOf(a, call, 'The President welcomed')?.name, 'Mahmoud Abbas');
  // state-pr-321407: Blinken in Vilnius, the host country's president
  const visit =
    'SECRETARY BLINKEN: Thank you very, very much. Gabrielius, thank you so much for the warm welcome. It’s been a real pleasure to be here to be able to spend time with the president, with the prime minister, and with you.\n\n' +
    'Lithuania’s commitment to freedom was evident at the Summit for Democracy that President Biden convened late last year.';
  const b = analyze({
    id: 't',
    title:
      'Secretary Antony J. Blinken and Lithuanian Foreign Minister Gabrielius Landsbergis at a Joint Press Availability',
    source: STATE,
    published: '2022-03-07',
    text: visit,
  });
  assert.notEqual(holderOf(b, visit, 'the president, with')?.name, 'Joe Biden');
});

test('"President Biden" after "the First Lady of the United States Dr. Jill Biden" is not the First Lady', () => {
  // state-pr-f860f8c342: the President's three mentions had joined Jill Biden
  const text =
    'First, today the First Lady of the United States Dr. Jill Biden and sports icon and equality champion Billie Jean King headline an event here.\n\n' +
    'It will be high on the agenda when President Biden travels to the G7 later this week as well.';
  const a = analyze({
    id: 't',
    title: 'Department Press Briefing – June 22, 2022',
    source: STATE,
    published: '2022-06-22',
    text,
  });
  const jill = a.entities.find((e) => e.name === 'Jill Biden');
  assert.deepEqual(
    jill?.mentions.map((m) => m.text),
    ['Jill Biden'],
  );
  const president = holderOf(a, text, 'Biden travels');
  assert.notEqual(president, jill);
  assert.equal(president?.actor, 'USAGOV');
});

test('an office the agents give no sector is the sector of the body its title names', () => {
  // state-pr-360246, state-pr-327194, state-pr-333825 (demo corpus): had had the bare country code
  const actorIn = (text: string, name: string) =>
    analyze({ id: 't', text, published: '2022-04-01', source: STATE }).entities.find((e) => e.name === name)?.actor;
  assert.equal(
    actorIn(
      'Deputy Secretary of State Wendy Sherman spoke today with French Foreign Ministry Secretary General François Delattre.',
      'François Delattre',
    ),
    'FRAGOV',
  );
  assert.equal(
    actorIn(
      'Deputy Secretary of State Wendy Sherman spoke today with Australian Department of Foreign Affairs and Trade Secretary Kathryn Campbell.',
      'Kathryn Campbell',
    ),
    'AUSGOV',
  );
  // (a title head's own word decides nothing: a deputy is no deputy sheriff, COP)
  assert.equal(
    actorIn(
      'Deputy Secretary of State Wendy Sherman spoke today with French Foreign Ministry Secretary General François Delattre. Deputy Secretary Sherman and Secretary General Delattre also discussed the latest developments.',
      'Wendy Sherman',
    ),
    'USAGOV',
  );
});

test('a title runs through "from" and the place its office is held for; a head that only leads takes the body’s sector', () => {
  // wikinews (demo corpus): Harry Reid had had no role, Jesse Helms none either
  const reid = analyze({
    id: 't',
    text: 'United States Senate Democratic Majority Leader from Nevada Harry Reid has asked that the senate vote on the Levin/Reed Amendment at 11:00 a.m.',
    published: '2007-07-18',
  }).entities.find((e) => e.name === 'Harry Reid');
  assert.equal(reid?.roles[0]?.title, 'United States Senate Democratic Majority Leader from Nevada');
  assert.equal(reid?.actor, 'USALEG');
  // (a leader of a movement or a group is that body's, not the government's)
  const led = analyze({
    id: 't',
    text: 'Sviatlana Tsikhanouskaya, leader of Belarus’s pro-democracy movement, met the Secretary.',
    published: '2022-03-01',
  }).entities.find((e) => e.name === 'Sviatlana Tsikhanouskaya');
  assert.notEqual(led?.actor, 'BLRGOV');
});
