// What a speaker the entity layer did not hold is: people described ("Activists", "A mother",
// "U.S. air force officials") are PERSON, a record ("The Report") is MISC, "all the countries" GPE;
// and pronouns take them up as what they are ("They" the activists, "It" the report, "she" a mother
// the text introduces). Sentences from the demo corpus (Wikinews, State Department).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../src/analyze/analyzer.js';
import type { ArticleDocument, EntityRecord } from '../src/analyze/document.js';
import { speakerType } from '../src/analyze/quotes/speaker-type.js';

function run(text: string): ArticleDocument {
  return analyzeDocument({ id: 't', text, published: '2016-06-01' });
}

/** The speaker entity of the quote holding the words. */
function speakerOf(doc: ArticleDocument, words: string): EntityRecord | undefined {
  const at = doc.text.indexOf(words);
  assert.ok(at >= 0, `"${words}" is not in the text`);
  const q = doc.quotes.find((x) => x.start <= at && x.end >= at + words.length);
  assert.ok(q, `no quote holds "${words}"`);
  return q.speaker?.entity ? doc.entityById(q.speaker.entity) : undefined;
}

test('people described in the plural are a PERSON group that "They" takes up (wikinews-25992)', () => {
  const doc = run(
    'The KCTU intend to hold another rally in Busan on Thursday, in opposition to further trade liberalization and investment regulations.\n\nActivists hope to bring 100,000 protestors into the streets to oppose the summit. They call on the government to provide all citizens with access to free medical care and education.',
  );
  const hope = speakerOf(doc, 'to bring 100,000 protestors');
  assert.equal(hope?.name, 'Activists');
  assert.equal(hope?.type, 'PERSON');
  assert.equal(speakerOf(doc, 'the government to provide all citizens'), hope);
});

test('a report that speaks is a record (MISC) and "It" after it is the report (wikinews-56121)', () => {
  const doc = run(
    'The Iraq Study Group presented its report at 12.00 GMT today.\n\nThe Report is critical of the US intelligence services and urges that more resources should be devoted to training those about to serve in the theatre in the language and culture of the region. It asserted that government is still largely ignorant of the insurgency in Iraq or of the role of the militias.',
  );
  const urges = speakerOf(doc, 'more resources should be devoted');
  assert.equal(urges?.type, 'MISC');
  assert.equal(speakerOf(doc, 'government is still largely ignorant'), urges);
});

test('"They" after a letter that spoke is not the letter, which is "it" (wikinews-120217)', () => {
  const doc = run(
    'Democrats in the United States House of Representatives have sent a letter to new Secretary of State Hillary Clinton, asking her to release funds to reconstruct agencies in the Gaza Strip.\n\n"Failure to address this humanitarian emergency has the potential to produce a crisis of even more unspeakable proportions," the letter added.\n\nThey also urged Clinton and her team to make a list of "actions taken to date and the strategy you will pursue to address the humanitarian crisis".',
  );
  const letter = speakerOf(doc, 'Failure to address this humanitarian emergency');
  assert.equal(letter?.name, 'the letter');
  assert.notEqual(speakerOf(doc, 'Clinton and her team to make a list'), letter);
});

test('a body opening the sentence speaks through an apposition left open that describes no person (wikinews-88751)', () => {
  const doc = run(
    'Tour operators in the United Kingdom have suspended holiday packages to Kenya until the situation there improves.\n\nThe Association of British Travel Associations, an umbrella body for travel agents says about four hundred tourists who had been scheduled to fly to Kenya have postponed their trips. Sean Tipton is a spokesperson for the association.',
  );
  assert.equal(speakerOf(doc, 'about four hundred tourists')?.name, 'Association of British Travel Associations');
});

test('"it" takes up the body named after a short description opening the sentence before (wikinews-88751)', () => {
  const doc = run(
    'Another umbrella body, the Federation of Tour Operators also announced the suspension of holiday trips to Kenya with departures due up to Saturday January 5th.\n\nIn a statement it said the situation is being reviewed daily and any changes to departures planned after 5 January will be made over the coming days.',
  );
  assert.equal(speakerOf(doc, 'the situation is being reviewed daily')?.name, 'Federation of Tour Operators');
});

test('the person introduced before a kinship apposition speaks, not the relative named in it (wikinews-71774)', () => {
  const doc = run(
    'Walid Eido was a member of parliamentary majority leader MP Saad Hariri\'s Future Movement and one of the most vocal critics of what he repeatedly called "Syria\'s relentless interference" in Lebanon. Saad Hariri, son of the slain former Prime Minister, Rafik Hariri, issued a televised speech after the bombing.',
  );
  assert.equal(speakerOf(doc, 'a televised speech after the bombing')?.name, 'Saad Hariri');
});

test('"she" after "A mother who recently escaped …" is the mother, not a woman named earlier (state-pr-346025)', () => {
  const doc = run(
    'My thanks to the secretary-general, to Executive Director Beasley, to Director General Chew, and to Gro Intelligence CEO Sara Menker. Thank you for the superb briefings of the council today.\n\nIn besieged cities like Mariupol, Russian forces have repeatedly blocked the delivery of food and other lifesaving aid to tens of thousands of trapped civilians. A mother who recently escaped from the city talked about the agony of watching her six-year-old daughter suffer the daily pang of hunger and being powerless to do anything about it. “I just sobbed,” she said, “screaming into a pillow when no one could see.”',
  );
  const mother = speakerOf(doc, 'I just sobbed');
  assert.equal(mother?.name, 'A mother');
  assert.equal(mother?.type, 'PERSON');
});

test('a lay description with no sex shown does not take "she" from the named woman (wikinews-36121)', () => {
  const doc = run(
    'Anti-war demonstrators in Sydney, Australia on Thursday dubbed U.S. Secretary of State Dr Condoleezza Rice a "war criminal" and "murderer." Two protesters were evicted and five people were arrested during protests against the U.S.-led invasion of Iraq.\n\nDr Rice, on a three-day trip to Australia, said she understood why people found it hard to be positive about Iraq when all they saw on their television screens was violence.\n\nSoon after Rice began her speech at the University of Sydney\'s Conservatorium of Music, two protesters shouted from the rear of the auditorium, "Condoleezza Rice, you are a war criminal," and "Iraqi blood is on your hands and you cannot wash that blood away." Standing with their palms towards her, the young man and woman repeated their accusation until security intervened to remove them from the hall.\n\nAbout 15 minutes into Rice\'s address, a third protester appeared at a balcony door, interrupting her speech as she referred to freedom. "What kind of freedom are you talking about? You are a murderer," said the demonstrator before he was quietly escorted from the hall. "I\'m very glad to see that democracy is well and alive here at the university," she said.',
  );
  assert.equal(speakerOf(doc, "I'm very glad to see")?.name, 'Condoleezza Rice');
});

test('speaker descriptions are typed by their head noun', () => {
  const cases: Array<[string, string]> = [
    ['U.S. air force officials', 'PERSON'],
    ['ten thousand protesters', 'PERSON'],
    ['one witness', 'PERSON'],
    ['some of the officials', 'PERSON'],
    ['all the countries', 'GPE'],
    ['a 2003 report', 'MISC'],
    ['the document', 'MISC'],
    ['police', 'ORG'],
    ['the campaign', 'ORG'],
    ['the international community', 'ORG'],
    ["the film's website", 'ORG'],
    // a hyphened head by its last part (Wikinews)
    ['An eye-witness', 'PERSON'],
    ['his co-counsel', 'PERSON'],
    ['the secretary-general', 'PERSON'],
  ];
  for (const [name, type] of cases) assert.equal(speakerType(name, 'nominal'), type, name);
});

test('a relative who speaks is a person, a share of those polled people (wikinews-9106, a White House briefing)', () => {
  const father = run(
    "The terrorists have until yet not responded to the government's request to release Ion. Ion's father, who is a senator from the Social Democratic Party, urged the Parliament to take a stand on the kidnappers' demands.",
  );
  const urged = speakerOf(father, 'the Parliament to take a stand');
  assert.equal(urged?.name, "Ion's father");
  assert.equal(urged?.type, 'PERSON');
  const polled = run(
    'Among the key findings are that over 80 percent of Arabs polled are still in principle open to the two-state solution; also, that if and when a two-state solution were to come about, a plurality of those polled -- 39 percent -- believed it would happen through negotiations, and only 16 percent believed that it would come about through another war or conflict.',
  );
  const believed = speakerOf(polled, 'it would come about through another war');
  assert.equal(believed?.name, '16 percent');
  assert.equal(believed?.type, 'PERSON');
});

test('a meeting that underscores is an occasion (EVENT), a draft law that states a text (MISC) that "It" takes up (state-pr-261317, wikinews-5804)', () => {
  const meeting = run(
    'The U.S.-Rwanda preparatory meeting highlighted the significant contribution that capacity-building partnerships can make in enhancing peacekeeping performance and effectiveness. The meeting also underscored the importance of partnership-focused pledges at the upcoming UN Peacekeeping Ministerial.',
  );
  assert.equal(speakerOf(meeting, 'the importance of partnership-focused pledges')?.type, 'EVENT');
  const law = run(
    "The seven-article draft law states that the Taiwan issue is not a part of China's internal affairs, but rather that it is an international matter between nations.\n\nIt goes on to state that it is necessary and urgent to quickly enact counter-legislation to deter Mainland China's annexation.",
  );
  const states = speakerOf(law, 'the Taiwan issue is not a part');
  assert.equal(states?.type, 'MISC');
  assert.equal(speakerOf(law, 'it is necessary and urgent'), states);
});

test("a leader's office that speaks acts for the leader's government (wikinews-116316, wikinews-60864)", () => {
  const doc = analyzeDocument({
    id: 't',
    text: 'Nicolas Sarkozy, the President of France, spoke with Obama for 30 minutes. Sarkozy\'s office said the conversation was “extremely warm” and that the two agree to meet in the “quite near future.”\n\nThe Indian prime minister\'s office condemned the act as an "act of terror" and promised to find the people responsible.',
    published: '2008-11-07',
  });
  const sarkozys = speakerOf(doc, 'extremely warm');
  assert.equal(sarkozys?.type, 'ORG');
  assert.equal(sarkozys?.actor, 'FRAGOV');
  assert.equal(speakerOf(doc, 'act of terror')?.actor, 'INDGOV');
});

test('the people of a body named with its country act for the body (wikinews-82765)', () => {
  const doc = analyzeDocument({
    id: 't',
    text: 'U.S. air force officials state that there was no threat of a nuclear explosion had the plane crashed, but that a radiation leak was possible.',
    published: '2007-10-20',
  });
  assert.equal(speakerOf(doc, 'radiation leak')?.actor, 'USAMIL');
  // (one of its people too, after an article and the words describing them: wikinews-46557)
  const one = analyzeDocument({
    id: 't',
    text: 'A highly-positioned IDF officer said Israel will retaliate harshly against an attack on Tel Aviv and will destroy the entire infrastructure in Lebanon.',
    published: '2006-08-03',
  });
  assert.equal(speakerOf(one, 'retaliate harshly')?.actor, 'ISRMIL');
});
