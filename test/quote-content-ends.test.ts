import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../src/analyze/analyzer.js';
import type { Quote } from '../src/analyze/types.js';
import { cuedBy } from './quote-helpers.js';

// Where an indirect quote's content starts and ends (content-start.ts contentStart, content-end.ts contentEnd, bounds.ts),
// on sentences in the style of the PolNeAR articles (US politics, 2015-16). The whole pipeline runs:
// the saying's time comes from the time layer.

/** The quotes cued by `cue` in `text`. */
function quotesCuedBy(text: string, cue: string): Quote[] {
  const doc = analyzeDocument({ id: 't', text });
  const qs = doc.quotes.filter((x) => x.cue?.text === cue);
  for (const q of qs) assert.equal(text.slice(q.start, q.end), q.text);
  return qs;
}

/** The one quote cued by `cue` in `text`. */
function quoteCuedBy(text: string, cue: string): Quote {
  const qs = quotesCuedBy(text, cue);
  assert.equal(qs.length, 1, `one quote cued by "${cue}"`);
  return qs[0];
}

test('a content in a subordinate clause opening the sentence ends before the main clause', () => {
  // the conjunction may follow a word of its own ("Years after …")
  const q = quoteCuedBy(
    'Years after the senator confidently claimed that the recession was over, Obama won his party’s nomination by promising change.',
    'claimed',
  );
  assert.equal(q.text, 'that the recession was over');
  assert.equal(q.speaker?.name, 'the senator');
  // "As …" opens such a clause too
  const as = quoteCuedBy(
    "As her campaign sent out fund-raising pitches highlighting the governor's remarks, Mrs. Clinton tried to make light of the dispute.",
    'highlighting',
  );
  assert.equal(as.text, "the governor's remarks");
});

test('a comma inside the opening clause that sets off a name does not end it', () => {
  const q = quoteCuedBy(
    'When the F.B.I. director, James B. Comey, said on Tuesday that his agents had no direct evidence of a breach, private experts understood his meaning.',
    'said',
  );
  assert.equal(q.text, 'that his agents had no direct evidence of a breach');
});

test("the writer's comparison after a comma is no part of the content (…, compared with …)", () => {
  const q = quoteCuedBy(
    'About 40 percent said the governor would do a better job, compared with 45 percent for the senator.',
    'said',
  );
  assert.equal(q.text, 'the governor would do a better job');
  // another who did or said the same, the verb left out (PolNeAR dev, NYT; State Department briefing)
  const saidToo = quoteCuedBy(
    'In addition to Mr. Regalado, two Republican members of Congress from Florida, Ileana Ros-Lehtinen and Carlos Curbelo, have said they will not back Mr. Trump, as has Carlos A. Gimenez, the Republican mayor of Miami-Dade County.',
    'said',
  );
  assert.equal(saidToo.text, 'they will not back Mr. Trump');
  const knowToo = quoteCuedBy(
    'So I know the Secretary is looking forward to consultations with our partners in the Indo-Pacific in the coming days, as is President Biden, who recently returned from both Japan and the ROK last month, not all that long ago.',
    'know',
  );
  assert.ok(!knowToo.text.includes('President Biden'), knowToo.text);
});

test('an appositive closing the sentence after a content clause is the writer’s gloss', () => {
  assert.equal(
    quoteCuedBy(
      'The mayor said he would not back the nominee, the presumed favorite of the party establishment.',
      'said',
    ).text,
    'he would not back the nominee',
  );
  // a noun with a relative clause of its own ("a goal that would require …") is a gloss too
  assert.equal(
    quoteCuedBy(
      'Aides said they expect the campaign to raise $5 million by March, an ambitious goal that would require help from donors.',
      'said',
    ).text,
    'they expect the campaign to raise $5 million by March',
  );
});

test('an appositive inside the content, or after a noun-phrase content, stays', () => {
  // closed by a comma before the content's own verb
  assert.equal(
    quoteCuedBy('Officials said that Hernandez, the former state treasurer, would lead the review.', 'said').text,
    'that Hernandez, the former state treasurer, would lead the review',
  );
  // a noun-phrase content's appositive is its own; a name after the comma names the content's noun
  assert.equal(
    quoteCuedBy(
      'Trump mentioned Nidal Hasan, the former Army psychiatrist who killed 13 people at Fort Hood.',
      'mentioned',
    ).text,
    'Nidal Hasan, the former Army psychiatrist who killed 13 people at Fort Hood',
  );
  assert.equal(
    quoteCuedBy('He said he supports the president’s signature achievement, the Affordable Care Act.', 'said').text,
    'he supports the president’s signature achievement, the Affordable Care Act',
  );
  // an adverb before it makes it the content's own elaboration
  assert.equal(
    quoteCuedBy(
      'He said there is a faction of the party he does not agree with, most notably the anti-war crowd.',
      'said',
    ).text,
    'there is a faction of the party he does not agree with, most notably the anti-war crowd',
  );
  // a clause after the comma is the content's own (a fronted adjunct before it)
  assert.equal(
    quoteCuedBy('He argued that even in little things, the president was out of step with voters.', 'argued').text,
    'that even in little things, the president was out of step with voters',
  );
});

test('after a noun-phrase content, "and" with an inflected verb is the speaker acting again', () => {
  assert.equal(
    quoteCuedBy('The defendant claimed self-defense and was acquitted of murder charges the following year.', 'claimed')
      .text,
    'self-defense',
  );
  assert.equal(
    quoteCuedBy('The anchor declined that assignment and has since left the network.', 'declined').text,
    'that assignment',
  );
  // inside a content clause the coordinated verb phrase is the content's own
  assert.equal(
    quoteCuedBy('She said the campaign raised the money and spent it on television ads.', 'said').text,
    'the campaign raised the money and spent it on television ads',
  );
});

test('after a noun-phrase content, "and" with an irregular past is the speaker acting again', () => {
  const cases: [string, string, string][] = [
    [
      'The network mentioned Clinton’s remarks and went right back to its panel of guests.',
      'mentioned',
      'Clinton’s remarks',
    ],
    ['The union workers voted for the strike and won a new contract in March.', 'voted for', 'the strike'],
    // a content clause keeps its own coordinated verbs, even one the tagger misreads
    [
      'Critics counter that the government mistreated and held the captives.',
      'counter',
      'that the government mistreated and held the captives',
    ],
  ];
  for (const [text, cue, content] of cases) assert.equal(quoteCuedBy(text, cue).text, content, text);
});

test('the boundary model does not end a content before its own list (…, including …)', () => {
  const q = quoteCuedBy(
    'The senator criticized his foreign policy in the Middle East, including his opposition to the Iraq War.',
    'criticized',
  );
  assert.equal(q.text, 'his foreign policy in the Middle East, including his opposition to the Iraq War');
});

test('a time right after the cue dates the saying: the content starts after it', () => {
  assert.equal(
    quoteCuedBy(
      'The governor said Tuesday his actions are consistent with the constitutional right to bear arms.',
      'said',
    ).text,
    'his actions are consistent with the constitutional right to bear arms',
  );
  assert.equal(
    quoteCuedBy('The senator vowed last month to take his campaign all the way to the convention.', 'vowed').text,
    'to take his campaign all the way to the convention',
  );
  assert.equal(
    quoteCuedBy('Officials announced last week a plan to cut taxes.', 'announced').text,
    'a plan to cut taxes',
  );
  // "that" after the saying's place
  assert.equal(
    quoteCuedBy(
      'The candidate said Thursday during a taping of a town hall in Buffalo, New York, that states can pass such laws.',
      'said',
    ).text,
    'that states can pass such laws',
  );
});

test("a time and place alone after the cue are no content; a time's possessive is the content's", () => {
  assert.equal(
    quotesCuedBy('The chairwoman announced her resignation Monday morning on Twitter.', 'announced').length,
    1,
  );
  assert.equal(quotesCuedBy('The chairwoman announced Monday morning on Twitter.', 'announced').length, 0);
  assert.equal(
    quoteCuedBy("The candidate said Sunday night's debate felt like a family argument.", 'said').text,
    "Sunday night's debate felt like a family argument",
  );
});

test('after an inverted speaker, an appositive opening with a name’s possessive is part of the frame', () => {
  const q = quoteCuedBy(
    'The Clinton approach is made possible by its resources, said Katie Harbath, Facebook’s global politics director.',
    'said',
  );
  assert.equal(q.text, 'The Clinton approach is made possible by its resources');
  assert.equal(q.speaker?.name, 'Katie Harbath');
});

test('a cue in a relative clause set off by commas frames no attribution of its sentence', () => {
  // its content ends where the sentence's own predicate resumes
  const urged = quoteCuedBy(
    'A letter to the bank board from the staff association, which urged consideration of other nominees, reflected both concerns.',
    'urged',
  );
  assert.equal(urged.text, 'consideration of other nominees');
  assert.doesNotMatch(urged.rule ?? '', /parenthetical/);
  assert.equal(
    quoteCuedBy('Weber, who advises Kasich, is no fan of Trump but lauded his choice of Manafort.', 'lauded').text,
    'his choice of Manafort',
  );
  // (a that-clause's subject may hold an aside before its verb)
  assert.equal(
    quoteCuedBy(
      'Alfonso Aguilar, who also said that the two men, and Mr. Cruz in particular, must do more, is a Republican strategist.',
      'said',
    ).text,
    'that the two men, and Mr. Cruz in particular, must do more',
  );
  // the speaker of the sentence's own cue is read across the relative clause's content
  const said = quoteCuedBy(
    'Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the Khan family deserved better.',
    'said',
  );
  assert.equal(said.text, 'the Khan family deserved better');
  assert.match(said.speaker?.name ?? '', /Kasich/);
});

test('a content opens after a time between the cue and its infinitive, after "responded by", and after "that" and its comma', () => {
  assert.equal(
    quoteCuedBy(
      'U.S. President Barack Obama sought on Wednesday to ease growing Asian worries about the raucous election campaign.',
      'sought',
    ).text,
    'to ease growing Asian worries about the raucous election campaign',
  );
  assert.equal(
    quoteCuedBy(
      'Trump responded by using the example of Chicago to prove that gun control is not the solution.',
      'responded',
    ).text,
    'by using the example of Chicago to prove that gun control is not the solution',
  );
  // the comma after "that" sets off an adjunct of the content's own clause
  assert.equal(
    quoteCuedBy(
      "They and their supporters argue that, while the tax may result in lower premiums, workers won't see the savings.",
      'argue',
    ).text,
    "that, while the tax may result in lower premiums, workers won't see the savings",
  );
  // a cue that ends the text has no word after it to look at
  assert.equal(quotesCuedBy('Trump said the deal was good. Obama sought', 'said').length, 1);
});

test("a preposition's object content ends before the sentence's own predicate (rule cue-prep-*)", () => {
  // the cue sits in the subject noun phrase: its verb is the sentence's, not the content's
  const q = quoteCuedBy(
    "The senator's attack on Mr. Trump's Middle Eastern policy was as polite as it was pointed.",
    'attack on',
  );
  assert.equal(q.text, "Mr. Trump's Middle Eastern policy");
  assert.equal(
    quoteCuedBy(
      "Her campaign's emphasis on diversity and inclusiveness could help Democrats in the fall.",
      'emphasis on',
    ).text,
    'diversity and inclusiveness',
  );
  // a relative clause on the object keeps its verb ("the things he has tried")
  assert.equal(
    quoteCuedBy('The senator complained about the things the president has tried to block.', 'complained about').text,
    'the things the president has tried to block',
  );
});

test('a content in a relative clause set off by commas ends where the main predicate resumes', () => {
  // the cue is the relative clause's second verb, after "and"
  const q = quoteCuedBy(
    'Sanders, who endorsed Canova in late May and said he would probably campaign with him, ultimately did not show up in person for the race.',
    'said',
  );
  assert.equal(q.text, 'he would probably campaign with him');
});

test('a content ends before ", and" with a clause whose subject is long', () => {
  const q = quoteCuedBy(
    'The senator called for a boycott of his speech, and the prominent Jewish civil rights organization the Anti-Defamation League strongly denounced his rhetoric.',
    'called for',
  );
  assert.equal(q.text, 'a boycott of his speech');
});

test('an opening "As the …" clause with a verb of its own ends its contents at the main clause', () => {
  // ("As the nominee, …" opens a noun phrase, and "As the AP reported, …" a frame of its own)
  const text =
    'As the debate went on and Trump stood by his comment, refusing to acknowledge that not all Muslims hate the U.S., Rubio again tried to rebuke the front-runner.';
  const doc = analyzeDocument({ id: 't', text });
  assert.ok(doc.quotes.length > 0);
  for (const q of doc.quotes) assert.doesNotMatch(q.text, /Rubio again tried/);
});

test('a relative clause set off inside the content does not end it when the content goes on after it', () => {
  // an infinitive of the content's own after the relative clause's closing comma
  assert.equal(
    quoteCuedBy(
      'The governor said Thursday that she phoned the senator after the Iowa caucuses, which gave her a narrow lead, to thank him for a civil race.',
      'said',
    ).text,
    'that she phoned the senator after the Iowa caucuses, which gave her a narrow lead, to thank him for a civil race',
  );
  // a short remainder with no verb of its own completes the content
  assert.equal(
    quoteCuedBy(
      'The court could declare the company’s claim over the northern wetlands, which stretch from the river to the coast, invalid.',
      'declare',
    ).text,
    'the company’s claim over the northern wetlands, which stretch from the river to the coast, invalid',
  );
  // the content's predicate quoted after the relative clause
  assert.equal(
    quoteCuedBy(
      'He also argued the new toll road, which is widely backed by county officials, "would not last a decade" without federal money.',
      'argued',
    ).text,
    'the new toll road, which is widely backed by county officials, "would not last a decade" without federal money',
  );
  // a relative clause closing the sentence is still the writer's aside
  assert.equal(
    quoteCuedBy('The senator said he would vote for the bill, which passed the House in May.', 'said').text,
    'he would vote for the bill',
  );
});

test('a name or a relative clause after an inverted speaker describes the speaker, not what was said', () => {
  // a relative clause on the speaker running to the sentence end
  assert.equal(
    quoteCuedBy(
      'The host committee is $3 million short of its goal, said former mayor John Wheeler, who chairs the committee.',
      'said',
    ).text,
    'The host committee is $3 million short of its goal',
  );
  assert.equal(
    quoteCuedBy(
      'A quieter campaign may not be such a bad thing either, say some party strategists, who recall the distractions of the 2008 race.',
      'say',
    ).text,
    'A quieter campaign may not be such a bad thing either',
  );
  // the speaker's name in apposition
  assert.equal(
    quoteCuedBy(
      'He also had a voice in decisions about the state’s largest contracts, said a former spokesman for the governor, Mark Ellison, who later ran for the legislature.',
      'said',
    ).text,
    'He also had a voice in decisions about the state’s largest contracts',
  );
});

test("a contrast with a named rival after ', while' is the writer's, past the name set off by commas", () => {
  const q = quoteCuedBy(
    'The senator argues that the system is rigged against working families, while her main rival, Tom Hadley, has gained ground by promising tax cuts.',
    'argues',
  );
  assert.equal(q.text, 'that the system is rigged against working families');
});

test("a finding the writer sets against the content after ', while' or ', however' is no part of it", () => {
  // the tagger reads "want" as a noun here, so no verb of the contrast is needed
  assert.equal(
    quoteCuedBy(
      'In the new survey, about half of Republicans say they prefer a nominee who’s an outsider, while about 4 in 10 want one with experience in office.',
      'say',
    ).text,
    'they prefer a nominee who’s an outsider',
  );
  assert.equal(
    quoteCuedBy(
      'Last spring, 52 percent said they would vote for the governor, however this time that number has fallen to 38 percent.',
      'said',
    ).text,
    'they would vote for the governor',
  );
});

test('a participle set off inside the content clause before its verb describes its subject: the content goes on', () => {
  const census = quoteCuedBy(
    'The Census Bureau says Millennials, numbering 75.3 million, surpassed Baby Boomers in 2015 as the largest living generation.',
    'says',
  );
  assert.equal(
    census.text,
    'Millennials, numbering 75.3 million, surpassed Baby Boomers in 2015 as the largest living generation',
  );
  const laid = quoteCuedBy(
    'We believe that the United States, having laid that out in May, can provide some baseline for that negotiation.',
    'believe',
  );
  assert.equal(
    laid.text,
    'that the United States, having laid that out in May, can provide some baseline for that negotiation',
  );
  // after a noun phrase object, ", saying …" is the cue's subject speaking on
  const endorsed = quoteCuedBy(
    'The senator endorsed Clinton, saying the country needed a fighter in the lead, and urged her colleagues to follow.',
    'endorsed',
  );
  assert.equal(endorsed.text, 'Clinton');
});

test("a number's modifier right after the cue opens the content, not an adjunct of the cue", () => {
  // (Wikinews; before, "at least" and "over" read as the cue's prepositions left no quote, and
  // "nearly" read as its adverb was cut off the number)
  const least = quoteCuedBy(
    'The blast tore through the market at noon. Witnesses said at least 20 people were killed and dozens more were wounded.',
    'said',
  );
  assert.equal(least.text, 'at least 20 people were killed and dozens more were wounded');
  assert.equal(least.speaker?.name, 'Witnesses');
  const nearly = quoteCuedBy(
    'The U.S. military said nearly 70 suspected insurgents were killed in the raid on Ramadi.',
    'said',
  );
  assert.ok(nearly.text.startsWith('nearly 70 suspected insurgents were killed'), nearly.text);
  const many = quoteCuedBy('Reports suggest as many as 60,000 are currently stationed there.', 'suggest');
  assert.ok(many.text.startsWith('as many as 60,000'), many.text);
  // after a hearer: "told reporters about 20 people …"
  const told = quoteCuedBy('The governor told reporters about 20 people were still missing.', 'told');
  assert.equal(told.text, 'about 20 people were still missing');
  // a time after the same words stays the cue's adjunct
  const time = quoteCuedBy('Witnesses said around 3 p.m. that the shooting had stopped.', 'said');
  assert.equal(time.text, 'that the shooting had stopped');
});

test('a topic after a preposition is no time: "spoke to reporters about 20 minutes later" has no content', () => {
  const doc = analyzeDocument({
    id: 't',
    text: 'The minister left the meeting early. He spoke to reporters about 20 minutes later. He spoke to reporters about the budget.',
  });
  const topics = doc.quotes.filter((q) => q.cue?.text.startsWith('spoke'));
  assert.deepEqual(
    topics.map((q) => q.text),
    ['the budget'],
  );
  // a verb the cue model learnt, the same (Wikinews: "Friday" was what Fox spoke out about)
  const fox = analyzeDocument({
    id: 't',
    text: 'President of Mexico Vicente Fox spoke out on Friday in defense of Mexican workers headed North.',
    published: '2006-05-13',
  });
  assert.ok(!fox.quotes.some((q) => q.text.startsWith('Friday')), fox.quotes.map((q) => q.text).join(' | '));
});

test('a second attribution of the writer\'s ends the first content ("… while two other officials said …")', () => {
  // (Wikinews: the second attribution was lost inside the first one's content)
  const text =
    'The U.S. official said at least four soldiers are being investigated while two other U.S. officials said on Friday that five were under investigation.';
  const qs = quotesCuedBy(text, 'said');
  assert.deepEqual(
    qs.map((q) => q.text),
    ['at least four soldiers are being investigated', 'that five were under investigation'],
  );
  // a noun phrase content before "while"
  const called = analyzeDocument({
    id: 't',
    text: 'Sumaidaie called for an investigation of the killing while the US military said the charges “roughly correspond to an incident involving coalition forces.”',
  }).quotes;
  assert.deepEqual(
    called.map((q) => q.text),
    ['an investigation of the killing', 'the charges “roughly correspond to an incident involving coalition forces.”'],
  );
  // a subordinate clause opening the content keeps its attribution inside: what Hamas said
  const hamas = quoteCuedBy(
    'Hamas said that although the Palestinian leaders had announced a truce, the organisation was not bound to it.',
    'said',
  );
  assert.ok(hamas.text.endsWith('the organisation was not bound to it'), hamas.text);
});

test('a verb of saying’s one-noun object is what was said: "denied involvement", "claimed responsibility"', () => {
  // (Wikinews and a State Department briefing; before, a content of one word was no content)
  const involvement = quoteCuedBy(
    'The affiliated National Council of Resistance of Iran (NCRI) has also denied involvement.',
    'denied',
  );
  assert.equal(involvement.text, 'involvement');
  assert.ok(involvement.speaker?.name.includes('National Council of Resistance of Iran'), involvement.speaker?.name);
  assert.equal(
    quoteCuedBy('You attributed it to Russia. The Kremlin has obviously denied responsibility.', 'denied').text,
    'responsibility',
  );
  // not a time ("warned Tuesday"), an infinitive's object ("to counter corruption") or a participle
  // before its noun ("fired warning shots")
  const doc = analyzeDocument({
    id: 't',
    text: 'The minister warned Tuesday. The allies agreed to counter corruption. The troops fired warning shots.',
  });
  const texts = doc.quotes.map((q) => q.text);
  for (const word of ['Tuesday', 'corruption', 'shots']) assert.ok(!texts.includes(word), texts.join(' | '));
});

test('a time owning a noun is no time adjunct: "voted against Tuesday’s package" keeps its object', () => {
  // (PolNeAR, The Washington Post)
  const doc = analyzeDocument({
    id: 't',
    text: "Florida Sens. Marco Rubio (R), who is seeking reelection, and Bill Nelson (D) have both pushed for Zika funding, although Nelson voted against Tuesday's package because of the Republican provisions.",
    published: '2016-06-29',
  });
  assert.ok(
    doc.quotes.some((q) => q.text.startsWith("Tuesday's package")),
    doc.quotes.map((q) => q.text).join(' | '),
  );
});

test('what is watched, done beside the cue or modified by its participle is no content', () => {
  // (sentences from State Department releases and Wikinews in the demo corpus)
  // "observe" with a noun phrase watches it; with a clause it speaks
  const travel =
    'Assistant Secretary Rena Bitter will travel June 1-3 to Santo Domingo, Dominican Republic to observe consular operations and meet with consular staff.';
  assert.equal(quotesCuedBy(travel, 'observe').length, 0);
  const remark = quoteCuedBy('The monitors observed that the count had been fair.', 'observed');
  assert.equal(remark.text, 'that the count had been fair');
  // "conclude" with a noun phrase finishes it; with a clause it judges
  const trip = 'Secretary of Defense Lloyd Austin just concluded a trip to Singapore and the Philippines.';
  assert.equal(quotesCuedBy(trip, 'concluded').length, 0);
  const closing = 'That concludes today’s press briefing, and I hope you have a good weekend ahead.';
  assert.equal(quotesCuedBy(closing, 'concludes').length, 0);
  const panel = quoteCuedBy(
    'Two weeks later, a WTO panel concluded that the U.S. wrongly applied harsh duties on Canadian softwood exports.',
    'concluded',
  );
  assert.equal(panel.text, 'that the U.S. wrongly applied harsh duties on Canadian softwood exports');
  // "counter" and "threaten" with a noun phrase fight or endanger it; with an infinitive they speak
  const acting: Array<[string, string]> = [
    [
      'Ministers will discuss ways to sustain pressure on ISIS remnants in Iraq and Syria, and to counter ISIS networks elsewhere, including in Africa.',
      'counter',
    ],
    // (an infinitive after the object modifies it: "its efforts to destabilize" is no clause)
    [
      'So, again, I think across the board we have a very aggressive set of measures that we’re using to counter Iran’s support for terrorism, to expose and counter its efforts to destabilize countries in the region.',
      'counter',
    ],
    [
      'ISIS-GS, which was designated as a Foreign Terrorist Organization (FTO) and SDGT in May 2018, continues to threaten the peace, security, and stability of Mali, Niger, and Burkina Faso.',
      'threaten',
    ],
  ];
  for (const [sentence, cue] of acting) assert.equal(quotesCuedBy(sentence, cue).length, 0, sentence);
  // "deny" withholds what it gives someone (or what a passive subject did not get); it disputes the rest
  const withheld: string[] = [
    'There are also credible reports that security forces denied medical personnel access to the victims of this terrible attack.',
    'They also deny Russia access to key U.S. markets and investors.',
    'More are trapped in barbaric sieges, where they are denied food, water, medicine; and where people are starving.',
  ];
  for (const sentence of withheld)
    assert.equal(quotesCuedBy(sentence, sentence.match(/\bden(?:y|ied)\b/)![0]).length, 0);
  assert.equal(
    quoteCuedBy('Maskhadov denied any involvement in terrorist acts.', 'denied').text,
    'any involvement in terrorist acts',
  );
  const block = quoteCuedBy(
    'RosKomNadzor has threatened to block other online platforms and Golos Ameriki (VOA Russian) if they do not comply with requests to take down reporting on Russia’s invasion.',
    'threatened',
  );
  assert.match(block.text, /^to block other online platforms/);
  // a bare verb after "and" goes with the cue, no clause of the noun before it
  const marked =
    'The Department is proud to recognize National Arab American Heritage Month and honor the contributions of this diverse community.';
  assert.equal(quotesCuedBy(marked, 'recognize').length, 0);
  // (a past tense there still makes a clause of what follows: "declaring it … and said")
  const declared = quoteCuedBy(
    'Clinton celebrated in Florida with supporters, declaring it “another super Tuesday for our campaign” and said it was another step closer.',
    'declaring',
  );
  assert.ok(declared.text.startsWith('it “another super Tuesday'));
  // "there have been repeated clashes": no one repeated anything
  const clashes = 'Since Hamas won the elections, there have been repeated clashes between the two groups.';
  assert.equal(quotesCuedBy(clashes, 'repeated').length, 0);
});

test('a participle aside between the cue and "that" is stepped over; a time or occasion is no topic', () => {
  // (Wikinews, CC BY 2.5, in the demo corpus)
  const aside = quoteCuedBy(
    'Mr. Putin said, speaking in the south Urals, that bomber planes would spend about 20 hours in the air.',
    'said',
  );
  assert.equal(aside.text, 'that bomber planes would spend about 20 hours in the air');
  // (a participle after the content is no aside: "dismissed … as an ineffective leader, arguing that …")
  const dismissed = quoteCuedBy(
    'Trump on Tuesday dismissed Wisconsin Gov. Scott Walker as an ineffective leader, arguing that the governor had failed.',
    'dismissed',
  );
  assert.equal(dismissed.text, 'Wisconsin Gov. Scott Walker as an ineffective leader');
  const occasion =
    'Mr. Putin said, speaking on the final day of military exercises involving Russia, China, and four Central Asian countries in the south Urals, said that bomber planes would spend about 20 hours in the air.';
  assert.equal(quotesCuedBy(occasion, 'speaking on').length, 0);
  // a possessive time modifies the topic: "this morning's raid" is what was answered
  const raid = quoteCuedBy('Janelle Hironimus responded to this morning’s raid with anger.', 'responded to');
  assert.ok(raid.text.startsWith('this morning’s raid'));
});

test('an armed force attacking, or a place, a force or a state itself attacked or defended, is no one’s words', () => {
  // (Wikinews and State Department releases in the demo corpus)
  const combat: Array<[string, string]> = [
    ['Three Palestinian militants attacked the Karni crossing between the Gaza Strip and Israel.', 'attacked'],
    // (a militarized group across borders is armed: Al-Qaeda's KB code is IMGMUSALQ)
    [
      'Recently, Al-Qaeda attempted an attack on the new Pakistani President Zardari after his anti-terrorism speech.',
      'attack on',
    ],
    ['Elsewhere in the same province on Sunday, a police post was attacked by Taliban insurgents.', 'attacked'],
    ['Second, the United States continues to work at an unprecedented pace to help Ukraine defend itself.', 'defend'],
  ];
  for (const [sentence, cue] of combat) assert.equal(quotesCuedBy(sentence, cue).length, 0, sentence);
  // words, records and policies are attacked and defended in words
  const record = quoteCuedBy(
    'Green Party speaker Keith Taylor attacked Cameron\'s record on actual green policies, contrasting his rhetoric of the environment being a "top priority" with his support for airport expansion.',
    'attacked',
  );
  assert.match(record.text, /^Cameron's record/);
  const right = quoteCuedBy('He defended Iran’s right to enrich uranium.', 'defended');
  assert.equal(right.text, 'Iran’s right to enrich uranium');
});

test('a noun phrase no one is told, then a relative "that", opens the content with the phrase', () => {
  // (White House briefings in the demo corpus: the content had begun at the relative "that")
  const document = quoteCuedBy(
    'Well, just as Mike described, I think the document that the G8 heads of state government just released on a range of foreign policy issues reflects I think the consensus and unanimity that Mike described at the dinner.',
    'think',
  );
  assert.ok(document.text.startsWith('the document that the G8'), document.text);
  const meeting = quoteCuedBy('Then we have added an additional meeting that we had not yet announced.', 'added');
  assert.equal(meeting.text, 'an additional meeting that we had not yet announced');
  // the one told, and a time, stay outside the content
  const told = quoteCuedBy(
    'The President told Prime Minister Singh that he would support India having access to David Headley.',
    'told',
  );
  assert.ok(told.text.startsWith('that he would support'), told.text);
  const day = quoteCuedBy(
    'Rhodes said the other day that Susan Rice would be meeting with opposition leaders in Malaysia.',
    'said',
  );
  assert.ok(day.text.startsWith('that Susan Rice'), day.text);
});

test('a launched act of force is no one’s words; a launched attack on a person or an ad campaign is', () => {
  // (Wikinews articles in the demo corpus; the last two from PolNeAR's kind of political news)
  const acts: Array<[string, string]> = [
    [
      'On August 7 Georgian troops launched an offensive against the Ossetian town of Tskhinvali, the separatists capital.',
      'launched',
    ],
    ['Italian police have launched a swoop on suspected Islamic extremists across Italy.', 'launched'],
    ['Georgian troops launched a large-scale attack on the town of Tskhinvali.', 'launched'],
  ];
  for (const [sentence, cue] of acts) assert.equal(quotesCuedBy(sentence, cue).length, 0, sentence);
  const attack = quoteCuedBy(
    'Clinton launched a pre-emptive attack against Obama.',
    'launched a pre-emptive attack against',
  );
  assert.equal(attack.text, 'Obama');
});

test('after a short adjunct of "say", an article after the adjunct’s noun opens the content ("said on Monday the new constitution was …")', () => {
  // Wikinews (demo corpus)
  const q = quoteCuedBy(
    "The Bush administration has touted last weekend's referendum in Iraq as progress but analysts said on Monday the new constitution was too ambiguous and that violence still overshadowed Iraq's political future.",
    'said',
  );
  assert.ok(q.text.startsWith('the new constitution was too ambiguous'), q.text);
  // (an article inside the adjunct, after its preposition, is still the adjunct's)
  assert.equal(quoteCuedBy('He said at the end of the day the talks had failed.', 'said').text, 'the talks had failed');
});

test('after a short adjunct of "say", "it" opens the content as any subject pronoun does ("has said in the past it wants …")', () => {
  // Wikinews (demo corpus) and PolNeAR (dev)
  const q = quoteCuedBy(
    'Iran has said in the past it wants more satellites to increase its cellular phone and internet capabilities.',
    'said',
  );
  assert.equal(q.text, 'it wants more satellites to increase its cellular phone and internet capabilities');
  const pence = analyzeDocument({
    id: 't',
    text: 'Pence said in politics it takes time to develop those relationships but added, “I strongly support Paul Ryan.”',
  });
  assert.ok(pence.quotes.some((x) => x.cue?.text === 'said' && x.text.startsWith('it takes time')));
  // (the quotation after "but added" is Pence's, not the content's "it")
  assert.equal(pence.quotes.find((x) => x.cue?.text === 'added')?.speaker?.name, 'Pence');
});

test('a post-posed frame follows a clause whose verb the tagger read as a plural noun ("The Trump job marks …, one longtime friend said")', () => {
  // PolNeAR (dev)
  const q = quoteCuedBy(
    'The Trump job marks his reemergence onto the U.S. political scene, one longtime friend said.',
    'said',
  );
  assert.equal(q.text, 'The Trump job marks his reemergence onto the U.S. political scene');
  assert.equal(q.speaker?.name, 'one longtime friend');
  // (a fronted adjunct with no verb is still no content: "At each ministerial, the Secretary will …")
  assert.equal(quotesCuedBy('At the start of the talks, the minister said.', 'said').length, 0);
});

test('an aside set off by commas after "say" is followed by its content; the saying’s own aside and a vocative stay out ("says, win or lose …, he’s staying")', () => {
  // PolNeAR (dev), Wikinews and a State Department transcript (demo corpus)
  const rubio = quoteCuedBy(
    'Republican presidential candidate Marco Rubio says, win or lose in Tuesday’s crucial Florida primary, he’s staying in the race.',
    'says',
  );
  assert.equal(rubio.text, 'win or lose in Tuesday’s crucial Florida primary, he’s staying in the race');
  assert.equal(
    quoteCuedBy('He said, at the moment, the White House is neither optimistic nor pessimistic, but hopeful.', 'said')
      .text,
    'the White House is neither optimistic nor pessimistic, but hopeful',
  );
  const stephen = quoteCuedBy(
    'I’ve got to say, Stephen, he is – he is quite literally the embodiment of the courage of the Ukrainian people.',
    'say',
  );
  assert.ok(stephen.text.startsWith('he is'), stephen.text);
  // (a reminder of something said before frames no content after it; a participle is a cue of its own)
  assert.equal(
    quotesCuedBy('We are – as I said, we are primarily focused on making sure that the ceasefire holds.', 'said')
      .length,
    0,
  );
  assert.equal(
    quotesCuedBy('Chaturon Chaiseng said, pointing out that since the coup, the 1997 constitution was void.', 'said')
      .length,
    0,
  );
});

test('a quoted fragment before its post-posed frame is content from the start of its own clause, and the frame is no part of a longer content around it', () => {
  // PolNeAR (dev)
  const hoover = quoteCuedBy(
    'While it’s unclear exactly how delegates are assigned to subcommittees, they are asked to rank their choices, and the foreign policy group is less likely to be “overrun with social conservatives,” Hoover said.',
    'said',
  );
  assert.ok(hoover.text.startsWith('the foreign policy group is less likely'), hoover.text);
  const text =
    'Earlier this month, the U.S. government blamed those attacks and others on Russia, whose “thefts and disclosures are intended to interfere with the U.S. election process,” Secretary of Homeland Security Jeh Johnson said.';
  const johnson = quoteCuedBy(text, 'said');
  assert.ok(johnson.text.startsWith('whose “thefts'), johnson.text);
  assert.equal(johnson.speaker?.name, 'Jeh Johnson');
  // (the government's content ends before the quotation that Johnson's frame attributes)
  assert.equal(quoteCuedBy(text, 'blamed').text, 'those attacks and others on Russia');
});

test('"rule" reports a ruling: a clause after it or before its post-posed frame, an object only after "rule out"', () => {
  // Wikinews (demo corpus) and a constructed post-posed frame of the same ruling
  assert.equal(
    quoteCuedBy(
      'The committee ruled that there was evidence that US military personnel in Iraq and Afghanistan had violated the rights of some detainees.',
      'ruled',
    ).text,
    'that there was evidence that US military personnel in Iraq and Afghanistan had violated the rights of some detainees',
  );
  assert.equal(
    quoteCuedBy('The man will remain in custody, a federal judge ruled Monday.', 'ruled').text,
    'The man will remain in custody',
  );
  assert.ok(
    quoteCuedBy('Grand Ayatollah Ali Khamenei ruled out any talks with Washington.', 'ruled').text.startsWith(
      'any talks',
    ),
  );
  // (governing is no ruling)
  assert.equal(
    quotesCuedBy(
      'Suharto ruled Indonesia for 32 years, stepping down after widespread demonstrations and rioting during the Asian economic crisis of 1998.',
      'ruled',
    ).length,
    0,
  );
});

test('a cue inside an adjunct or clause fronted before the main clause ends its content at the comma before it', () => {
  // PolNeAR dev (Western Journalism): a reporting noun in a fronted "From … to …" adjunct
  const will =
    'From Donald Trump’s “coarse, vulgar, and nasty 95-minute effusion” in Iowa last week to his call for a federal “deportation force,” Will described Trump as a “caricature of democracy’s most embarrassing possibilities.”';
  assert.equal(quoteCuedBy(will, 'call for').text, 'a federal “deportation force,”');
  assert.ok(quoteCuedBy(will, 'described').text.startsWith('Trump as a'));
  // PolNeAR dev (USA Today): a verb's cue in a fronted "while" clause
  const isis =
    'In a September debate, while most of his competitors called for a bigger military effort to destroy the Islamic State, also known as ISIS or ISIL, Trump hewed more to President Obama’s approach.';
  assert.equal(
    quoteCuedBy(isis, 'called for').text,
    'a bigger military effort to destroy the Islamic State, also known as ISIS or ISIL',
  );
  // a list after the cue of the main clause runs on (demo corpus, State Department release)
  const list =
    'Before the invasion, the United States and the UK called out his playbook of false flags, attempts to install a puppet regime in Kyiv, and fake provocations.';
  assert.ok(quoteCuedBy(list, 'called out').text.endsWith('fake provocations'));
});

test('a "that" clause goes on past a fronted phrase to its gerund subject and verb', () => {
  // demo corpus (Wikinews): the participle after the comma is the clause's subject, not an aside
  assert.equal(
    quoteCuedBy(
      "Furthermore, UNCTAD's coordinator for the Palestinian Territories, Mahmoud Elkhafif, told reporters that now, following the damages caused by the conflict, rebuilding Gaza would require more than 4 billion dollars.",
      'told',
    ).text,
    'that now, following the damages caused by the conflict, rebuilding Gaza would require more than 4 billion dollars',
  );
  assert.equal(
    quoteCuedBy(
      'Ambassador Crocker said that while he "cannot guarantee success" in Iraq, withdrawing completely now would result in failure.',
      'said',
    ).text,
    'that while he "cannot guarantee success" in Iraq, withdrawing completely now would result in failure',
  );
  // demo corpus (State Department): the comma ends a clause inside the subject
  assert.equal(
    quoteCuedBy(
      'I am delighted that your first bilateral visit, working visit to Europe has brought you to Berlin today and tomorrow.',
      'delighted',
    ).text,
    'that your first bilateral visit, working visit to Europe has brought you to Berlin today and tomorrow',
  );
  // a list of participles after the content's verb still ends it (demo corpus, Wikinews)
  assert.equal(
    quoteCuedBy(
      'Her interview came after an Iranian PR maneuver to counter claims that the government mistreated and inhumanely held the captives by broadcasting videos of the 15 watching T.V, eating food, and playing chess.',
      'counter',
    ).text,
    'that the government mistreated and inhumanely held the captives by broadcasting videos of the 15 watching T.V',
  );
  // a saying participle after the content opens a content of its own
  const adding = quoteCuedBy('The minister said that the bill passed, adding the government will act.', 'said');
  assert.equal(adding.text, 'that the bill passed');
});

test('a clause after ", but" that quotes the speaker is still their content; one with a speaker of its own is not', () => {
  // PolNeAR dev (Breitbart): the elided clause quotes Clinton again
  assert.equal(
    quoteCuedBy(
      'Hillary Clinton says Americans are “right to be angry,” but also hungry for what she calls “real solutions.”',
      'says',
    ).text,
    'Americans are “right to be angry,” but also hungry for what she calls “real solutions.”',
  );
  // demo corpus (State Department): "and I quote" goes on with Medvedev's own words
  assert.equal(
    quoteCuedBy(
      'Even Dmitry Medvedev, the deputy chairman of Russia’s security council, former Russian president, recently said that Russia’s agricultural products were, and I quote, its “quiet weapon,” end quote.',
      'said',
    ).text,
    'that Russia’s agricultural products were, and I quote, its “quiet weapon,” end quote',
  );
  // demo corpus (Wikinews): the State Department's words are its own attribution, not Assad's promise
  assert.equal(
    quoteCuedBy(
      'Syria\'s president Bashar al-Assad promised to gradually withdraw his troops from the region, but the US State Department is calling Bashar al-Assad\'s promise "insufficient" and demanded an "immediate and full withdrawal".',
      'promised',
    ).text,
    'to gradually withdraw his troops from the region',
  );
});

test('a quotation inside a question put after a preposition keeps its own speaker', () => {
  // PolNeAR dev (USA Today): "who supported which Senate bill that … said, “…”" had taken the quotation in
  const text =
    'The debate between Cruz and Rubio grew so heated over who supported which Senate bill that New Jersey Gov. Chris Christie said, "I feel like I need a Washington-to-English converter."';
  const quote = quoteCuedBy(text, 'said');
  assert.equal(quote.text, 'I feel like I need a Washington-to-English converter.');
  assert.equal(quote.speaker?.name, 'Chris Christie');
});

test('a belief set off in a parenthesis frames the clause around it, as a verb of saying does', () => {
  // PolNeAR dev (Politico): the clause after the frame ends before a second attribution
  const leverage = analyzeDocument({
    id: 't',
    text: 'His leverage, they believe, isn’t going anywhere, and most don’t expect him to back Clinton when he speaks to supporters nationwide via video on Thursday night.',
  }).quotes;
  const believe = leverage.find((q) => q.cue?.text === 'believe');
  assert.equal(believe?.text, 'His leverage, they believe, isn’t going anywhere');
  assert.ok(leverage.some((q) => q.cue?.text === 'expect' && q.text.startsWith('him to back Clinton')));
  // PolNeAR dev (NYT): a relative clause with the frame inside it
  const advisers = quoteCuedBy(
    'Mr. Sanders is counting on the fervor of his supporters to topple Mrs. Clinton in Iowa, which, his advisers believe, would lead to an explosion in fund-raising to help them blanket primary states with commercials.',
    'believe',
  );
  assert.ok(advisers.text.startsWith('which, his advisers believe, would lead to an explosion'), advisers.text);
  assert.equal(advisers.speaker?.name, 'his advisers');
  // demo corpus (White House): a speaker's own "I think" in a parenthesis is a hedge, no belief reported
  assert.ok(quotesCuedBy("He, I think, was in there, so I'll try to get something from him.", 'think').length === 0);
});

test('a list of participles before their nouns does not end a content at its last item', () => {
  // PolNeAR dev (Washington Post): "and repaired bridges" is the list's last item, no second predicate
  assert.equal(
    quoteCuedBy(
      'A Clinton presidency, she vowed, would bring better-paying jobs, renovated schools, and repaired bridges and highways.',
      'vowed',
    ).text,
    'A Clinton presidency, she vowed, would bring better-paying jobs, renovated schools, and repaired bridges and highways',
  );
  // demo corpus (Wikinews): after a frame set off by commas, a relative clause on the content's last noun is the writer's
  assert.equal(
    quoteCuedBy(
      'But, they stress, have no plans to suspend uranium enrichment, which is a key condition that has been attached to the deal.',
      'stress',
    ).text,
    'But, they stress, have no plans to suspend uranium enrichment',
  );
});

test("a quotation closed on its comma with a doubled mark ('') ends the content as a closing quote does", () => {
  // PolNeAR dev (NYT): the doubled mark is two tokens; the main clause after it is no content
  const board = quoteCuedBy(
    "While the Wells Fargo board emphasized that Mr. Sloan was ''ready to lead the company into the future,'' the bank's critics focused on the role that Mr. Sloan -- who has spent the last 29 years at Wells Fargo -- played in the bank's troubling past.",
    'emphasized',
  );
  assert.equal(board.text, "that Mr. Sloan was ''ready to lead the company into the future,''");
  // and a saying participle after it frames its own content
  const called = quoteCuedBy(
    "He has called China ''provocative and expansionist,'' accusing it of ''creating a Great Wall of sand'' and ''clearly militarizing'' the disputed waters of the Western Pacific.",
    'called',
  );
  assert.equal(called.text, "China ''provocative and expansionist,''");
});

test('a finite verb group after "and" ends a content with no finite verb of its own', () => {
  // PolNeAR dev (NYT): the hearer and infinitive are what was asked; "has repeatedly characterized" is his again
  const asked = quoteCuedBy(
    'He has asked Republican leaders to disavow Mr. Trump and has repeatedly characterized him as a person of unredeemable callousness.',
    'asked',
  );
  assert.equal(asked.text, 'Republican leaders to disavow Mr. Trump');
  // demo corpus (Wikinews)
  assert.equal(
    quoteCuedBy(
      'The Northern Ireland loyalist paramilitary group, the Ulster Volunteer Force (UVF) intends to end its decade-long campaign of violence and terror and will disarm, making it the first loyalist paramilitary to do so.',
      'intends',
    ).text,
    'to end its decade-long campaign of violence and terror',
  );
  // a clause whose past tense the finite test does not know goes on (PolNeAR dev, Washington Post)
  const left = quotesCuedBy(
    '"I don\'t want to get on the wrong side of Trump," said one former campaign staffer, who said he left on good terms but was intimidated by the legal language.',
    'said',
  );
  assert.ok(left.some((q) => q.text === 'he left on good terms but was intimidated by the legal language'));
});

test("a date's commas end no content", () => {
  // PolNeAR dev (Washington Post), demo corpus (Wikinews)
  assert.ok(
    quoteCuedBy(
      'Then she invoked the Sept. 11, 2001, terrorist attacks to defend herself against a critique of her alleged cozy relationship with Wall Street from Sen. Bernie Sanders (Vt.) - and was roundly criticized on Twitter.',
      'invoked',
    ).text.startsWith('the Sept. 11, 2001, terrorist attacks to defend herself'),
  );
  assert.equal(
    quoteCuedBy(
      'In a resignation statement today, United States Secretary of Homeland Security Tom Ridge announced that he will leave his position by February 1, 2005, unless a successor is named sooner.',
      'announced',
    ).text,
    'that he will leave his position by February 1, 2005, unless a successor is named sooner',
  );
});

test('a participle of saying after "and" opens the speaker\'s next statement', () => {
  // PolNeAR dev (Washington Post)
  const wall = quoteCuedBy(
    'At the final debate before the primary and at least one town hall, he only hinted at Donald Trump by mentioning the need for a wall on the Mexican border and adding, "I\'ve got an idea of who should build it."',
    'mentioning',
  );
  assert.equal(wall.text, 'the need for a wall on the Mexican border');
  // demo corpus (Wikinews)
  const text =
    'Cologne\'s mayor Fritz Schramma condemned it as well, referring to the Pro-Koeln group as "racists in bourgeois dress" but stressing that the city felt they had the right to free speech.';
  assert.equal(quoteCuedBy(text, 'referring to').text, 'the Pro-Koeln group as "racists in bourgeois dress"');
  assert.equal(quoteCuedBy(text, 'stressing').text, 'that the city felt they had the right to free speech');
  // a gerund of keeping with its noun phrase is no statement (demo corpus, White House)
  const kept = quotesCuedBy(
    'We will reduce the amount of oil that we use, while maintaining our living standards and maintaining our productivity and maintaining our economic growth.',
    'maintaining',
  );
  assert.ok(kept.some((q) => q.text === 'our productivity and maintaining our economic growth'));
});

test('a that-clause whose subject is a list goes on past the list’s ", and" to its verb', () => {
  // demo corpus (State Department readouts)
  const found =
    'The UN Special Rapporteur on human rights found that China, Russia, and Serbia have all continued to supply the regime with weapons used against civilians since the coup.';
  const [q] = quotesCuedBy(found, 'found');
  assert.ok(q.text.endsWith('against civilians since the coup'), q.text);
  const stressed =
    'The Secretary stressed that the United States, Allies, and partners will continue to hold accountable those responsible for atrocities.';
  assert.ok(quotesCuedBy(stressed, 'stressed')[0].text.endsWith('responsible for atrocities'));
  // a clause with a verb of its own, even one the tagger read as a noun, ends before the next clause
  const demanded = 'Iran demanded that Germany halt the rally, and the German Interior Ministry denounced the rally.';
  assert.equal(quotesCuedBy(demanded, 'demanded')[0].text, 'that Germany halt the rally');
  // "that" pointing at a noun opens no clause (demo: a White House gaggle)
  const support =
    'We have capabilities that we can use to support that effort, but in terms of the enforcement of the no-fly zone, we expect our allies and partners to be in the lead.';
  assert.equal(quotesCuedBy(support, 'support')[0].text, 'that effort');
});

test("a participle's content set off by commas after the subject ends where the subject's verb comes", () => {
  // demo corpus (Wikinews): the subject's verb an irregular past
  const force =
    "The force, estimated to be up to a hundred men, overpowered Arafat's numerous bodyguards, using assault rifles and grenades, before directly assaulting the house.";
  assert.equal(quotesCuedBy(force, 'estimated')[0].text, 'to be up to a hundred men');
  const gunfire =
    'Gunfire, believed to be shots into the air by celebrating soldiers, was heard in Antananarivo today as the army of Madagascar forced armored vehicles into one of the presidential palaces.';
  assert.equal(quotesCuedBy(gunfire, 'believed')[0].text, 'to be shots into the air by celebrating soldiers');
  // PolNeAR (New York Times): the participle's object, then the subject's own cue with its content
  const biden =
    "Mr. Biden, recalling weekly breakfasts with Mrs. Clinton, described himself as her ''Obama whisperer.''";
  assert.equal(quotesCuedBy(biden, 'recalling')[0].text, 'weekly breakfasts with Mrs. Clinton');
  // a participle after the main clause's verb runs to the sentence end
  const left = 'The senator left the room, fearing that the vote, which was held on Monday, was lost.';
  assert.equal(quotesCuedBy(left, 'fearing')[0].text, 'that the vote, which was held on Monday, was lost');
});

test('a bare cue and its "that" after a past or third-person clause is the outer subject speaking again', () => {
  // demo corpus (Wikinews): "suspected that Nasr had links … and say that …"
  const nasr =
    'Italian investigators suspected that Nasr had links with Al Qaeda and say that they were investigating him when he was abducted.';
  assert.equal(quotesCuedBy(nasr, 'suspected')[0].text, 'that Nasr had links with Al Qaeda');
  const say = quotesCuedBy(nasr, 'say')[0];
  assert.equal(say.text, 'that they were investigating him when he was abducted');
  assert.equal(nasr.slice(say.speaker?.start, say.speaker?.end), 'Italian investigators');
  // PolNeAR (Washington Post): the tagger reads "fear" as a noun; "warn" is still the strategists'
  const warn =
    'But some Democratic strategists fear that Clinton has already missed a unique opportunity and warn that counting on Hispanic voters to turn out just because they hate Trump is not a reliable strategy.';
  assert.equal(quotesCuedBy(warn, 'fear')[0].text, 'that Clinton has already missed a unique opportunity');
  const warned = quotesCuedBy(warn, 'warn')[0];
  assert.equal(warn.slice(warned.speaker?.start, warned.speaker?.end), 'some Democratic strategists');
  // a bare verb after a modal goes on with the content's own clause
  const modal = 'Officials said that they would go to the hearing and say that the plan had failed.';
  assert.ok(quotesCuedBy(modal, 'said')[0].text.endsWith('say that the plan had failed'));
});

// State Department readouts and briefings, 2022 (public domain)
test('an adjective and a participle joined by "and" before one noun do not end the content', () => {
  const readiness = quoteCuedBy(
    'Participants expressed their shared readiness to respond in a forceful and coordinated manner to any further Russian aggression against Ukraine.',
    'expressed',
  );
  assert.equal(
    readiness.text,
    'their shared readiness to respond in a forceful and coordinated manner to any further Russian aggression against Ukraine',
  );
  const hope = quoteCuedBy(
    'We hope that the North Koreans will accept our invitation to engage in a serious and sustained dialogue to advance our shared goals on the peninsula.',
    'hope',
  );
  assert.ok(
    hope.text.endsWith('a serious and sustained dialogue to advance our shared goals on the peninsula'),
    hope.text,
  );
  // (a second finite verb after a noun is still the cue's subject acting again)
  const respects = quoteCuedBy('He said he respects Clinton and calls her a friend.', 'said');
  assert.equal(respects.text, 'he respects Clinton');
});

// State Department readouts, 2022 (public domain)
test('"continued" before a noun is an adjective, not a second speaker’s frame ending the content', () => {
  const aid = quoteCuedBy(
    'The two discussed additional security and humanitarian assistance to Ukraine and continued transatlantic unity.',
    'discussed',
  );
  assert.ok(aid.text.startsWith('additional security and humanitarian assistance to Ukraine'), aid.text);
  const issues = quoteCuedBy(
    'Secretary Blinken and the Foreign Minister discussed a range of international and bilateral issues, including Russia’s continued threat to Ukraine and the urgent need for Russia to deescalate tensions.',
    'discussed',
  );
  assert.ok(issues.text.endsWith('the urgent need for Russia to deescalate tensions'), issues.text);
  // (a frame that introduces a quotation still is one: "…, and officials continued: “…”")
  const frame = quotesCuedBy(
    'Officials said the talks went well, and others continued, "We will meet again next week."',
    'said',
  );
  assert.equal(frame[0]?.text, 'the talks went well');
});

// PolNeAR (dev): USA Today and Politico polls, Washington Post, 2016
test('a poll’s content ends before the next share or a figure it is compared to', () => {
  const liberal = quoteCuedBy('On economic issues, 42% say they are liberal, 34% conservative.', 'say');
  assert.equal(liberal.text, 'they are liberal');
  const minds = quotesCuedBy(
    'Among Kasich supporters, however, 61 percent said they have their minds made up compared to nearly four in 10 — 38 percent — who said they could change their mind.',
    'said',
  );
  assert.equal(minds[0].text, 'they have their minds made up');
  // (a year compared inside the content's own subject is no figure set against it)
  const priebus = quotesCuedBy(
    'RNC Chairman Reince Priebus said the difference between the party\'s organizing this year compared with 2012 is "pretty remarkable," and added that it "will pay dividends for our party on all levels."',
    'said',
  );
  assert.ok(priebus[0].text.includes('compared with 2012 is'), priebus[0].text);
});

test('a content opening with a list of three or more runs on past ", and" to the list’s last item', () => {
  // demo corpus (Wikinews, CC BY 2.5; State Department, public domain): the content had ended at the
  // list's second comma, as if ", and …" opened a clause of the speaker's
  const according = quoteCuedBy(
    'According to the United States military, a U.S. soldier, an Iraqi soldier, and three Iraqi police officers were wounded in the blast.',
    'According to',
  );
  assert.equal(
    according.text,
    'a U.S. soldier, an Iraqi soldier, and three Iraqi police officers were wounded in the blast',
  );
  const condemned = quoteCuedBy(
    'The Deputy Secretary condemned Russia’s premeditated, unprovoked, and unjustified attack on Ukraine.',
    'condemned',
  );
  assert.equal(condemned.text, 'Russia’s premeditated, unprovoked, and unjustified attack on Ukraine');
  // a pronoun after ", and" opens the speaker's next clause, not the list's last item
  const advocating = quoteCuedBy(
    'The United States has long stood with the people of Chad in advocating for democratic, representative government, and we will continue to support the people of Chad.',
    'advocating for',
  );
  assert.equal(advocating.text, 'democratic, representative government');
});

test('a plain verb after ", and" goes on a list of infinitives in the content, after a cue in the past', () => {
  // State Department readouts in the demo corpus (public domain): the content had ended before "and"
  const discussed = quoteCuedBy(
    'Secretary Blinken and Foreign Minister Allamand discussed ongoing collaboration between the United States and Chile to combat COVID-19, advance economic ties, and expand environmental cooperation, noting Chile’s impressive track record as a strong advocate of environmental justice and climate action.',
    'discussed',
  );
  assert.equal(
    discussed.text,
    'ongoing collaboration between the United States and Chile to combat COVID-19, advance economic ties, and expand environmental cooperation',
  );
  const called = quoteCuedBy(
    'He called for joint action to press the Burmese military to end the violence, release those unjustly detained, and restore Burma to the path of democracy.',
    'called for',
  );
  assert.equal(
    called.text,
    'joint action to press the Burmese military to end the violence, release those unjustly detained, and restore Burma to the path of democracy',
  );
});

test('a participle after "and" that shares the content’s passive goes on the content; a verb with an object does not', () => {
  // demo corpus (Wikinews, CC BY 2.5): the content had ended at "guilty", and "condemned" had cued a
  // quote of Hussein's own
  const said = quoteCuedBy(
    'At a hearing yesterday, Hussein said that if he was found guilty and condemned to die, he would prefer to be shot rather than hanged.',
    'said',
  );
  assert.equal(
    said.text,
    'that if he was found guilty and condemned to die, he would prefer to be shot rather than hanged',
  );
  // (State Department, public domain) "tried consistently with …" after "are treated appropriately"
  // may be the subject's next verb; the quote of "urges" stays the Coalition's
  const urges = quoteCuedBy(
    'The Coalition remains committed to promoting efforts to ensure that accused terrorists, including those of foreign nationalities, are treated appropriately and tried consistently with applicable international law obligations, including fair trial guarantees, and urges the custodians of the detained Daesh/ISIS terrorists to treat them humanely at all times, in accordance with international law.',
    'urges',
  );
  assert.equal(urges.speaker?.name, 'Coalition');
});

test('after "We" and a cue in its plain form, "and" with a speaker’s own verb ("call on", "urge") opens the next statement', () => {
  // State Department statements in the demo corpus (public domain): the Court's order had run on into the call
  const welcomed = quoteCuedBy(
    'We welcome the Court’s order and call on the Russian Federation to comply with the order, immediately cease its military operations in Ukraine, and to establish unhindered humanitarian access in Ukraine.',
    'welcome',
  );
  assert.equal(welcomed.text, 'the Court’s order');
  // (an adjective's cue after its copula too: "We remain gravely concerned about …")
  const concerned = quoteCuedBy(
    'We remain gravely concerned about the crisis in Myanmar and call for an end to violence, the release of all those arbitrarily detained, including foreigners, and unhindered humanitarian access.',
    'concerned about',
  );
  assert.equal(concerned.text, 'the crisis in Myanmar');
  // a verb of those asked stays in the content
  const urged = quoteCuedBy(
    'We urge more coalition working groups – for example, the Counter-ISIS Finance Group – to follow suit and pay additional attention to ISIS and its – the problem it poses in Africa.',
    'urge',
  );
  assert.ok(urged.text.includes('pay additional attention'), urged.text);
});

test('a place, a country or a motorcade attacked with no one named saying anything is an act of force (demo corpus)', () => {
  // (wikinews-102512, state-pr-345815, wikinews-70106: each had been a quote of the attack or the defence)
  const combat: Array<[string, string]> = [
    [
      'In Saraf Jidad, which was attacked three times in January, 26 civilians were killed, and almost the entire population was displaced.',
      'attacked',
    ],
    [
      'NATO is a defensive Alliance, countries coming together to make sure that if one of them was attacked all the others would come in and defend that country.',
      'defend',
    ],
    [
      'NATO is a defensive Alliance, countries coming together to make sure that if one of them was attacked all the others would come in and defend that country.',
      'attacked',
    ],
    ['In Rangoon, her motorcade was attacked by a pro-junta mob in 2003.', 'attacked'],
  ];
  for (const [sentence, cue] of combat) assert.equal(quotesCuedBy(sentence, cue).length, 0, `${cue}: ${sentence}`);
  // an attack in words with its agent stays one
  const words = quotesCuedBy(
    'Earlier in the day, Trump was attacked by Democratic presidential front-runner Hillary Clinton over his foreign policy.',
    'attacked',
  );
  assert.equal(words.length, 1);
});

// State Department readout, 20 April 2022 (public domain)
test('a content in the present ends where "and" opens the writer’s own clause in the past', () => {
  const text =
    'Deputy Secretary Sherman, Deputy Secretary General Geoana, and Secretary General Sannino agreed that NATO-EU coordination is essential for Transatlantic security and prosperity and they discussed further steps to enhance the NATO-EU strategic partnership.';
  assert.equal(
    quoteCuedBy(text, 'agreed').text,
    'that NATO-EU coordination is essential for Transatlantic security and prosperity',
  );
  // (a clause in the present goes on with the content)
  assert.equal(
    quoteCuedBy('The minister said that the talks are going well and they expect to meet again next month.', 'said')
      .text,
    'that the talks are going well and they expect to meet again next month',
  );
});

// Reuters via Wikinews (CC BY 2.5)
test('a content whose own verbs run in a list with commas keeps the last one after "and"', () => {
  assert.equal(
    quoteCuedBy(
      'Reuters reports that the Hamas-led Palestinian government faces international action unless the militant Islamist movement renounces violence, recognises Israel and embraces existing peace plans.',
      'reports',
    ).text,
    'that the Hamas-led Palestinian government faces international action unless the militant Islamist movement renounces violence, recognises Israel and embraces existing peace plans',
  );
  // (a noun phrase content and the cue subject's own verbs stay apart)
  const mocked = quoteCuedBy(
    'The candidate has mocked a disabled newspaper reporter, referred to undocumented immigrants from Mexico as "rapists" and recently pointed to a black man in the crowd.',
    'mocked',
  );
  assert.equal(mocked.text, 'a disabled newspaper reporter');
});

test("a preposition's object ends before the sentence's own verb after a lone pronoun or a possessive", () => {
  // from the demo corpus (White House briefings): "this" and "9/11" are whole objects, the finite
  // verb after them is the sentence's
  assert.equal(
    quoteCuedBy(
      'So the whole focus of our discussion and, frankly, the focus of our remarks on this is to say we need to invest what we have more wisely than we did in the past.',
      'remarks on',
    ).text,
    'this',
  );
  assert.equal(
    quoteCuedBy(
      'My favorite description of him came from Hampton University student Deja Stewart, who forced me to confront my own views.',
      'description of',
    ).text,
    'him',
  );
  // a possessive inside the object does not end it; the verb after its noun does
  assert.equal(
    quoteCuedBy(
      'Remarks that her husband would focus on economic growth in her administration are raising questions about how such an arrangement would work.',
      'focus on',
    ).text,
    'economic growth in her administration',
  );
  // but a possessive after "after" may open a clause of its own, and "but" opens the writer's next one
  assert.equal(
    quoteCuedBy('Portman changed his view on gay marriage after his son came out in 2013.', 'view on').text,
    'gay marriage after his son came out in 2013',
  );
  assert.equal(
    quoteCuedBy(
      "The Washington Post columnist Ruth Marcus has been critical of Mr. Trump but on Tuesday wrote that she agreed with him that Mr. Clinton's past is relevant to his wife's campaign.",
      'critical of',
    ).text,
    'Mr. Trump',
  );
});

test('a content ends at ", but" whose subject a participial aside separates from its verb', () => {
  const q = quoteCuedBy(
    "Mr. Trump has been the most direct in his attacks on Mr. Clinton, but Republicans, concerned about the party's declining appeal to women, have long considered using the former president's personal life.",
    'attacks on',
  );
  assert.equal(q.text, 'Mr. Clinton');
});

// Wikinews, 2 August 2006 (CC BY 2.5)
test('a content ends before an "according to" that closes the sentence without a comma, and both attributions stay', () => {
  const text =
    "A highly-positioned IDF officer said Israel will retaliate harshly against an attack on Tel Aviv and will destroy the entire infrastructure in Lebanon according to Channel One's Mabat news program.";
  const said = quoteCuedBy(text, 'said');
  assert.equal(
    said.text,
    'Israel will retaliate harshly against an attack on Tel Aviv and will destroy the entire infrastructure in Lebanon',
  );
  assert.equal(said.speaker?.name, 'A highly-positioned IDF officer');
  const account = quoteCuedBy(text, 'according to');
  assert.ok(account.text.startsWith('A highly-positioned IDF officer said Israel'));
  // (a verb of the source's own is no bare source: "according to Reuters, who spoke to …" is another matter)
  const longer = quoteCuedBy(
    'The minister said the talks would resume next week according to a schedule that both sides agreed in June.',
    'said',
  );
  assert.ok(longer.text.endsWith('agreed in June'));
});

// State Department readout, 2 February 2022 (public domain)
test('"serious and sustained" after a preposition modify one noun: the content goes on past "and"', () => {
  const q = quoteCuedBy(
    'The Deputy Secretary highlighted the United States’ continued readiness to engage in serious and sustained diplomacy with the DPRK in order to make tangible progress.',
    'highlighted',
  );
  assert.ok(q.text.endsWith('in order to make tangible progress'));
});

// State Department, Secretary Blinken and Foreign Minister Marsudi, 13 May 2022 (public domain)
test('a content opening "that if …," goes on to the main clause after the comma', () => {
  const q = quoteCuedBy(
    'Our hope is to see the war in Ukraine stop as soon as possible. Because we know that if the war continues, all of us will suffer.',
    'know',
  );
  assert.equal(q.text, 'that if the war continues, all of us will suffer');
  // (not where the main clause has an attribution of its own)
  const argued = quotesCuedBy(
    'Gowdy said that while the email server was never central to the investigation, he argued the probe could not have moved forward without the emails.',
    'said',
  );
  assert.ok(argued.every((x) => !x.text.includes('he argued')));
});

// State Department readout, 22 March 2022 (public domain)
test('"a strong and united Transatlantic response": an adjective and a participle before a capitalised modifier and its noun', () => {
  const q = quoteCuedBy(
    'The Secretary reaffirmed the need for a strong and united Transatlantic response to the Russian government’s war against Ukraine and welcomed ongoing work to strengthen NATO’s deterrence and defense.',
    'reaffirmed',
  );
  assert.equal(
    q.text,
    'the need for a strong and united Transatlantic response to the Russian government’s war against Ukraine',
  );
});

test('a content that opens a bracket closes it', () => {
  // wikinews (demo corpus) and PolNeAR dev: "(eastern time", "(R-Maine" had been left open
  assert.equal(
    cuedBy(
      'Harry Reid has asked that the senate vote on the Levin/Reed Amendment at 11:00 a.m. (eastern time), which would begin a pullout of some U.S. troops from Iraq in 120 days.',
      'asked',
    ).text,
    'that the senate vote on the Levin/Reed Amendment at 11:00 a.m. (eastern time)',
  );
  assert.equal(
    cuedBy('Toomey backed the compromise led by moderate Sen. Susan Collins (R-Maine).', 'backed').text,
    'the compromise led by moderate Sen. Susan Collins (R-Maine)',
  );
});

test('a relative clause’s content inside a fronted adjunct ends where the main clause opens', () => {
  // wikinews-108935 (demo corpus)
  const q = cuedBy(
    "Despite criticism from the African Union's election observers, who said the election fell short of their standards, Mugabe was reportedly warmly received at the summit.",
    'said',
  );
  assert.equal(q.text, 'the election fell short of their standards');
  // (with no fronted adjunct, a relative clause on the subject closes before the subject's verb)
  assert.equal(
    cuedBy('The senator, who said the bill was flawed, voted against it.', 'said').text,
    'the bill was flawed',
  );
});

test('a list’s last item with a clause of its own on it does not end the content before it', () => {
  // wikinews-79948 (demo corpus): the "do" of "when they do business" had read ", and environment
  // laws …" as a clause linked to the content and cut the list after "health"
  const q = cuedBy(
    'According to the study, the zones are exempt from tax, labor, safety, health, and environment laws when they do business in these zones.',
    'According to',
  );
  assert.equal(
    q.text,
    'the zones are exempt from tax, labor, safety, health, and environment laws when they do business in these zones',
  );
  // (a clause linked after the comma still ends it: its verb is its own)
  assert.equal(
    cuedBy('According to the study, wages are low, and the workers are leaving.', 'According to').text,
    'wages are low',
  );
});

test('a gerund after a preposition in a list’s last item is no linked clause’s verb', () => {
  // State Department releases (public domain), in the demo corpus: both contents had been cut at the
  // list's last comma, the "-ing" after "of"/"in" read as the verb of a clause of their own
  assert.equal(
    cuedBy(
      'The U.S. delegation reiterated the importance of condemning Russia’s premeditated, unprovoked, and unjustified attack on Ukraine and of maintaining solidarity with the people of Ukraine.',
      'reiterated',
    ).text,
    'the importance of condemning Russia’s premeditated, unprovoked, and unjustified attack on Ukraine and of maintaining solidarity with the people of Ukraine',
  );
  assert.equal(
    cuedBy(
      'The Secretary thanked the Foreign Minister for Morocco’s hosting of the Ministerial, its commitment to counterterrorism, and its role in promoting regional security and stability.',
      'thanked',
    ).text,
    'the Foreign Minister for Morocco’s hosting of the Ministerial, its commitment to counterterrorism, and its role in promoting regional security and stability',
  );
});

test('a relative clause set off by dashes or commas does not end a content before its clause’s verb', () => {
  // State Department remarks (public domain), in the demo corpus: both contents had ended at the first dash
  const text =
    'And as I said yesterday in Lithuania and in Latvia, the people of Estonia – who lived through decades of Soviet occupation – understand in a profound way how wrong Russia’s unprovoked and unjustified war in Ukraine is.';
  assert.equal(
    cuedBy(text, 'said').text,
    'the people of Estonia – who lived through decades of Soviet occupation – understand in a profound way how wrong Russia’s unprovoked and unjustified war in Ukraine is',
  );
  // (Wikinews, in the demo corpus: cut at the first comma, then inside the relative clause)
  assert.equal(
    cuedBy(
      'Israel claims its ongoing Operation Summer Rains, which began early on June 28, is in response to the capture of Israeli soldier Cpl. Gilad Shalit by Palestinian militants.',
      'claims',
    ).text,
    'its ongoing Operation Summer Rains, which began early on June 28, is in response to the capture of Israeli soldier Cpl. Gilad Shalit by Palestinian militants',
  );
});

test("how someone else described the content, after a comma, is the writer's note; its quoted words are that describer's", () => {
  // (demo corpus, wikinews-125801: the Los Angeles Times' "two wars" had been Obama's)
  const speech = quotesCuedBy(
    'After 100 days in office, United States president Barack Obama gave a speech on Wednesday, speaking about the swine influenza outbreak and the struggling economy, both described by the Los Angles Times as "two wars."',
    'speaking about',
  );
  assert.deepEqual(
    speech.map((q) => q.text),
    ['the swine influenza outbreak and the struggling economy'],
  );
  // (wikinews-49538: the minister's words had been both ministers')
  const text =
    'The two ministers also exchanged views on combatting international terrorism, described by Mukherjee as "the biggest threat to peace and stability".';
  const threat = analyzeDocument({ id: 't', text, published: '2006-09-07' }).quotes.find((q) =>
    q.text.startsWith('the biggest threat'),
  );
  assert.equal(threat?.speaker?.name, 'Mukherjee');
});
