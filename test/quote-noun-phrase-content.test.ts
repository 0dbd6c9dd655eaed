import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../src/analyze/analyzer.js';
import { cuedBy, quotes } from './quote-helpers.js';

// Which verbs of saying take a noun phrase as what was said: "announced his support" does, "maintained
// a large lead" does not (to maintain a thing is to keep it; to maintain that … is to assert it).

test('"maintain" with a noun phrase keeps something and is no quote', () => {
  for (const text of [
    'Trump, the real estate showman who has maintained a surprisingly large lead over the GOP pack, spoke first.',
    'The governor is maintaining her double-digit edge among women and young voters.',
  ])
    assert.ok(!quotes(text).some((q) => /^maintain/.test(q.cue?.text ?? '')), text);
});

test('"maintain" with a clause asserts it', () => {
  const text = 'The campaign has long maintained that the emails were not marked classified at the time.';
  const q = quotes(text).find((x) => x.cue?.text === 'maintained');
  assert.ok(q, 'a quote with the cue "maintained"');
  assert.equal(q.text, 'that the emails were not marked classified at the time');
});

test('a participle after a perfect\'s "has" is the verb even where the tagger reads an adjective', () => {
  const text = 'The candidate has repeatedly referenced her experience as secretary of state.';
  const q = quotes(text).find((x) => x.cue?.text === 'referenced');
  assert.ok(q, 'a quote cued by "referenced"');
  assert.equal(q.text, 'her experience as secretary of state');
  const alleged = 'In the lawsuit, students have alleged that they were misled by the school.';
  const a = quotes(alleged).find((x) => x.cue?.text === 'alleged');
  assert.ok(a, 'a quote cued by "alleged"');
  assert.equal(a.text, 'that they were misled by the school');
});

test('a gerund between a modifier and its noun is no cue ("a presidential nominating contest")', () => {
  for (const text of [
    'The PAC has weighed in for the first time during a presidential nominating contest.',
    'Emails were leaked days before the start of her party’s nominating convention in Philadelphia.',
  ])
    assert.ok(!quotes(text).some((q) => q.cue?.text === 'nominating'), text);
  // the verb itself still is one
  const verb = 'The party is nominating a governor who opposed the trade deal.';
  assert.ok(quotes(verb).some((q) => q.cue?.text === 'nominating'));
});

test('a participle after a number, a possessive or a preposition modifies its noun ("270 pledged delegates")', () => {
  const adjectives: [string, string][] = [
    ['Clinton currently leads Sanders by roughly 270 pledged delegates as the primary season ends.', 'pledged'],
    ['Sanders trails in pledged delegates by a substantial margin.', 'pledged'],
    ['The senator criticized the nominee’s repeated refusal to release his tax returns.', 'repeated'],
    // an adverb between, and a title as the noun
    [
      'Ambassador Sheba Crocker will head the delegation, supported by recently confirmed Ambassador to the UN Human Rights Council Michèle Taylor.',
      'confirmed',
    ],
    ['The candidate also discussed Britain’s highly criticized press conference in Turkey on Monday.', 'criticized'],
    // a participle not in -ed (Reuters-21578; wikinews-81048), and one past an adjective (PolNeAR)
    [
      "Giuliani's written statement said one count will relate to a criminal violation of margin requirements.",
      'written',
    ],
    [
      "Maj. Winfield Danielson stated that “This is one more al-Qaeda in Iraq criminal who will never kill another innocent civilian,” although all of al-Tunisi's known targets were American soldiers, not Iraqi civilians.",
      'known',
    ],
    [
      'The rival slate, headed by former state Rep. Bette Grande, worked into the night Saturday to formulate its own recommended list of loyalists.',
      'recommended',
    ],
  ];
  for (const [text, cue] of adjectives) assert.ok(!quotes(text).some((q) => q.cue?.text === cue), text);
  // a number standing for the subject after a determiner is no modifier
  const two = 'The two discussed issues of importance in the bilateral relationship.';
  assert.ok(quotes(two).some((q) => q.cue?.text === 'discussed'));
  // a pronoun's 's is "has": "he's asked" has a subject
  const asked =
    'The President has asked for a review, and he’s asked Attorney General Holder to take a close look at the gun laws.';
  assert.ok(quotes(asked).some((q) => q.cue?.text === 'asked'));
});

test('a participle naming a thing just introduced is no cue ("a program called BleachBit")', () => {
  for (const text of [
    'The files were wiped with a program called BleachBit, which is designed to prevent recovery.',
    'Organizers from a group called Citizens for Trump expect 5,000 people to attend.',
  ])
    assert.ok(!quotes(text).some((q) => /^(called|named)$/.test(q.cue?.text ?? '')), text);
  // a subject that calls something something still does
  const verb = 'The letter called the senator a fraud and a charlatan.';
  assert.ok(quotes(verb).some((q) => q.cue?.text === 'called'));
});

test('a share of those polled that prefers, chooses or supports someone states that preference ("46 percent would choose Clinton")', () => {
  const poll =
    'Among likely voters in a four-way race, 46 percent would choose Clinton, while 5 percent prefer Libertarian nominee Gary Johnson.';
  const choose = quotes(poll).find((q) => q.cue?.text === 'choose');
  assert.equal(choose?.text, 'Clinton');
  assert.equal(poll.slice(choose?.speaker?.start, choose?.speaker?.end), '46 percent');
  assert.ok(quotes(poll).some((q) => q.cue?.text === 'prefer' && q.text === 'Libertarian nominee Gary Johnson'));
  // the tagger's noun "support" after a share of those polled is their verb
  const ban = 'About two-thirds of Republican primary voters support deploying ground forces.';
  assert.ok(quotes(ban).some((q) => q.cue?.text === 'support' && q.text === 'deploying ground forces'));
  // a share someone holds, or the noun "support" with its own verb after it, states nothing
  for (const text of [
    'His 32% support gives him a double-digit advantage.',
    'Trump has 5 percent support of the black vote.',
  ])
    assert.ok(!quotes(text).some((q) => q.cue?.text === 'support'), text);
});

test('a prepositional cue\'s participle after an indefinite noun phrase in apposition or after a preposition modifies it ("a firm focused on")', () => {
  const firm = 'Jerome founded Henry Realty, a firm focused on real estate and other ventures.';
  const rally = 'Trump deviated from his remarks during a rally here focused on military and veterans issues.';
  assert.ok(!quotes(firm).some((q) => q.cue?.text === 'focused on'), firm);
  assert.ok(!quotes(rally).some((q) => q.cue?.text === 'focused on'), rally);
  // after an opening adjunct the noun phrase is the subject
  const spokesman = 'In Iowa, a spokesman focused on the caucuses and the ground game.';
  assert.ok(
    quotes(spokesman).some((q) => q.cue?.text === 'focused on'),
    spokesman,
  );
});

test("a prepositional cue's participle after the last of a preposition's list of bare nouns modifies that noun phrase", () => {
  // demo corpus (State Department joint statement, 4 April 2022: "academia for policy and technical
  // exchanges" had been a speaker, and an entity of its own)
  const project =
    'The U.S.-Latvia FIRST project will draw on expertise from across government, industry, national laboratories, and academia for policy and technical exchanges focused on topics such as workforce development, stakeholder engagement, regulatory development, and familiarization with advanced nuclear energy technologies, such as small modular reactors, to support Latvia’s energy independence and security and climate priorities.';
  assert.ok(!quotes(project).some((q) => q.cue?.text === 'focused on'), project);
});

test("a prepositional cue's participle after a verb's object, or after an apposition that opens no adjunct, modifies it", () => {
  // demo corpus (Wikinews, CC BY 2.5; a State Department release, public domain)
  const signs =
    "Others, including a number of robed professors from nearby universities, carried signs focused on the Bush Administration's surveillance programs and science and environmental policies.";
  const company =
    'Lieutenant General Vince Stewart, USMC is Chief Inclusion and Innovation Officer for Ankura and the Founder and CEO of Stewart Global Solutions, an international consulting company focused on issues pertaining to cybersecurity, geopolitical intelligence, strategic planning, and crisis management.';
  assert.ok(!quotes(signs).some((q) => q.cue?.text === 'focused on'), signs);
  assert.ok(!quotes(company).some((q) => q.cue?.text === 'focused on'), company);
  // a pronoun after a verb opens a clause of its own (my sentence)
  assert.ok(quotes('It means they focused on the economy.').some((q) => q.cue?.text === 'focused on'));
});

test("a light verb's stance noun and preposition join the cue; what the stance is about is the content", () => {
  // demo corpus (State Department, Wikinews)
  const sympathy = quotes(
    'The Counselor expressed deep sympathy for the victims of the military regime’s brutal atrocities across Burma.',
  );
  assert.equal(sympathy.length, 1);
  assert.equal(sympathy[0].cue?.text, 'expressed deep sympathy for');
  assert.equal(sympathy[0].text, 'the victims of the military regime’s brutal atrocities across Burma');
  const claim = quotes(
    'Islamic militants claimed responsibility for an attack on a government guesthouse sheltering passengers on the first bus in 50 years to cross between the Indian and Pakistani sides of Kashmir.',
  );
  assert.equal(claim[0].cue?.text, 'claimed responsibility for');
  assert.ok(claim[0].text.startsWith('an attack on a government guesthouse'), claim[0].text);
  // the verb's subject speaks, not the possessive before the noun
  const support = quotes(
    'Participants expressed their steadfast support for Ukraine’s sovereignty and territorial integrity.',
  );
  assert.equal(support.length, 1);
  assert.equal(support[0].cue?.text, 'expressed their steadfast support for');
  assert.equal(support[0].text, 'Ukraine’s sovereignty and territorial integrity');
  // PolNeAR dev (NYT, USA Today): a note of something is its kind; a noun phrase that is a clause's subject stays whole
  const note = quotes(
    'And although he thanked the evangelical community for supporting him, he sounded a rare note of self-deprecation.',
  );
  assert.ok(!note.some((q) => q.text === 'self-deprecation'));
  const claiming = quotes(
    'Claiming the criticism of Lauer is designed to pressure debate moderators, Trump told Fox that they hit Matt.',
  );
  assert.ok(claiming.some((q) => q.text === 'the criticism of Lauer is designed to pressure debate moderators'));
});

test('a reporting noun’s holder may follow it with "of" ("the contention of … Hillary Clinton that …")', () => {
  // PolNeAR dev (Washington Post)
  const text =
    'His remarks buttress the contention of former secretary of state Hillary Clinton that some of her emails have been retroactively subjected to "over-classification."';
  const q = cuedBy(text, 'contention');
  assert.ok(q.text.startsWith('that some of her emails'), q.text);
  assert.equal(q.speaker?.name, 'Hillary Clinton');
  // (not a thing after "of": demo corpus, a State Department speech)
  const unity = 'It is a remarkable statement of unity that 97 countries and counting have signed on to that roadmap.';
  assert.ok(!quotes(unity).some((x) => x.cue?.text === 'statement'));
});

test('decisions, commitments and desires are reporting nouns with their infinitive ("her decision to open …")', () => {
  // PolNeAR dev (NYT)
  const merkel =
    "The fierce reaction was evident on Tuesday in Germany, where Ms. Merkel's popularity has been dented by her decision to open Germany's borders to more than one million migrants last year, aiding the Alternative for Germany party in recent state elections.";
  const q = cuedBy(merkel, 'decision');
  assert.equal(q.text, "to open Germany's borders to more than one million migrants last year");
  const obama =
    "The president left no doubt of his commitment to helping Mrs. Clinton succeed him, saying that ''there has never been a man or a woman more qualified than Hillary Clinton'' to serve as president.";
  assert.equal(cuedBy(obama, 'commitment').text, 'to helping Mrs. Clinton succeed him');
  // (a decision nobody in the sentence holds is left alone)
  const none = 'The decision to close the border was announced late.';
  assert.ok(!quotes(none).some((x) => x.cue?.text === 'decision'));
});

test('a reporting noun keeps its that-clause past a short adjunct of when ("statement earlier this year that …")', () => {
  // PolNeAR (HuffPost): no quote before
  const dig =
    'The tweet was a not-so-subtle dig at Trump’s statement earlier this year that women who seek out abortions should be punished if the procedure is ever outlawed.';
  const statement = cuedBy(dig, 'statement');
  assert.equal(
    statement.text,
    'that women who seek out abortions should be punished if the procedure is ever outlawed',
  );
  assert.equal(statement.speaker?.name, 'Trump');
  // demo corpus (Wikinews): a medium and its day between
  const eta =
    'The mood quickly shifted following ETA\'s announcement in a statement Tuesday that it was ready to resume attacks "on all fronts."';
  // (the day is read by the time layer: the whole pipeline runs)
  const etaDoc = analyzeDocument({ id: 't', text: eta, published: '2006-06-06' });
  const announcement = etaDoc.quotes.find((q) => q.cue?.text === 'announcement');
  assert.match(announcement?.text ?? '', /^that it was ready to resume attacks/);
  // demo corpus (White House): a "that" after a place's name is its relative pronoun
  const remarks =
    "He will deliver remarks at the Millennium Development Goals Conference that's being hosted at the United Nations this year.";
  assert.equal(
    quotes(remarks).find((q) => q.cue?.text === 'remarks'),
    undefined,
  );
});

test('a participle between a preposition or article and its noun opens no clause after a cue', () => {
  // PolNeAR (New York Times): "maintained" had a content, "an energetic pace into advanced age"
  const pace = 'Mrs. Schlafly maintained an energetic pace into advanced age. In 2011 she spoke out.';
  assert.equal(
    quotes(pace).find((q) => q.cue?.text === 'maintained'),
    undefined,
  );
  // the participle inside the content's own subject still leaves its clause whole
  assert.equal(cuedBy('He said the revised plan was fine.', 'said').text, 'the revised plan was fine');
});

test('"charge" with a price or an amount of money is no accusation', () => {
  // PolNeAR (New York Times, HuffPost): each was a quote of the subject's
  const fee =
    'In 2009, the Marsh Landing Country Club, a private course in Ponte Vedra Beach, Fla., charged a $100,000 initiation fee, 90 percent of it refundable upon resignation.';
  assert.equal(
    quotes(fee).find((q) => q.cue?.text === 'charged'),
    undefined,
  );
  const campaign = 'A company he owns has charged the campaign approximately $3.7 million in travel costs.';
  assert.equal(
    quotes(campaign).find((q) => q.cue?.text === 'charged'),
    undefined,
  );
  const fees = 'In the Wells Fargo scandal, people were mistakenly charged fees, saw their credit ratings fall.';
  assert.equal(
    quotes(fees).find((q) => q.cue?.text === 'charged'),
    undefined,
  );
  // an accusation still is one
  assert.equal(
    cuedBy('Police charged Corey Lewandowski with battery.', 'charged').text,
    'Corey Lewandowski with battery',
  );
  assert.equal(
    cuedBy('Critics charged that she skewed foreign policy.', 'charged').text,
    'that she skewed foreign policy',
  );
});

// a State Department release and Wikinews (CC BY 2.5) in the demo corpus
test('a participle after a determiner and an adjective modifies its noun ("a voluntary written compendium")', () => {
  for (const [text, word] of [
    [
      'Participating delegations were invited to submit a voluntary written compendium of announcements, pledges, and/or commitments.',
      'written',
    ],
    ['The death toll is the highest reported incident in Iraq for nearly one month.', 'reported'],
  ])
    assert.ok(!quotes(text).some((q) => q.cue?.text === word), text);
});

test('answering a request for words says nothing: "did not respond to requests for comment" is no quote', () => {
  // PolNeAR dev (Politico, NYT) and the demo corpus (Wikinews, CC BY 2.5)
  for (const text of [
    'An attorney for Mills did not immediately respond to requests for comment.',
    'Mr. Manafort did not respond to requests for an interview.',
    'Military officials have not yet responded to a request for comment.',
  ])
    assert.ok(!quotes(text).some((q) => /^respond/.test(q.cue?.text ?? '')), text);
  // what was answered stays the topic of the answer (demo corpus)
  const ban = 'Indonesia has responded to the ban.';
  assert.ok(
    quotes(ban).some((q) => q.cue?.text === 'responded to'),
    ban,
  );
});

test('a message passed on ("conveyed", "relayed") is a quote with its that-clause, not with a noun phrase', () => {
  // demo corpus, state-pr-249476 and state-pr-322899: readouts had lost these points of the call
  const relayed = cuedBy(
    'The Secretary expressed deep concern about any efforts to abolish anti-corruption offices, such as FECI, and relayed that the preservation of independent institutions that fight corruption and impunity is fundamental to addressing challenges to security, prosperity, and governance in Guatemala.',
    'relayed',
  );
  assert.match(relayed.text, /^that the preservation of independent institutions .* in Guatemala$/);
  const conveyed = cuedBy(
    'Deputy Secretary Sherman conveyed to President Tebboune that the United States looks forward to being the Country of Honor at this year’s Algiers International Fair.',
    'conveyed',
  );
  assert.match(conveyed.text, /^that the United States looks forward/);
  // PolNeAR dev: what is passed on as a noun phrase is no attribution there
  for (const text of [
    'One of two witnesses relayed the same story.',
    'One Democratic official who relayed the exchange said Reid quieted the chatter.',
  ])
    assert.ok(!quotes(text).some((q) => q.cue?.text === 'relayed'), text);
});

test('"underline" states its object as "underscore" does', () => {
  // demo corpus: G7 statements ("We underline our unwavering support for Ukraine")
  const q = cuedBy(
    'We underline that any purported change of status achieved by Russia’s renewed aggression will not be recognized.',
    'underline',
  );
  assert.match(q.text, /^that any purported change of status/);
  assert.equal(
    cuedBy(
      'They underlined the need to organize elections in Mali with the full support of ECOWAS’ mediation.',
      'underlined',
    ).text,
    'the need to organize elections in Mali with the full support of ECOWAS’ mediation',
  );
});
