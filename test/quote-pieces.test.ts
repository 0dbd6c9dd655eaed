// The pieces of one quotation: where a quotation interrupted by its attribution goes on (after a
// comma and a capital, in the next paragraph, after ", and", past a title the attribution quotes,
// past a leading ellipsis), and where a reported clause runs on into or past a quoted fragment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../src/analyze/types.js';
import { covering, quotes } from './quote-helpers.js';

/** Asserts one quote runs from the first words to the last, in the given number of pieces. */
function oneQuote(text: string, first: string, last: string, pieces: number): Quote {
  const qs = quotes(text);
  const q = covering(qs, text, first);
  assert.equal(q, covering(qs, text, last), `"${first}" and "${last}" are in different quotes`);
  assert.equal(q.parts?.length, pieces);
  for (const p of q.parts ?? []) assert.ok(p.start >= q.start && p.end <= q.end);
  assert.ok(q.rule);
  return q;
}

test('a capitalised piece after the attribution\'s comma resumes the quotation ("…," he said of X, "I\'m …")', () => {
  const text =
    'Axelrod has been a critic.\n\n“To the extent they care,” he said of the Clinton campaign, “I’m sure I’ve pleased and irritated all of the campaigns.”';
  const q = oneQuote(text, 'To the extent', 'irritated all', 2);
  assert.equal(q.rule, 'quote-then-cue');
  assert.equal(q.speaker?.name, 'he');
});

test('a capitalised piece a participle introduces is a quotation of its own ("…," adding, "He …")', () => {
  const text =
    'Trump told the network that Romney “had a crazy policy of self-deportation which was maniacal,” adding, “He lost all of the Latino vote in the country.”';
  const qs = quotes(text);
  assert.notEqual(covering(qs, text, 'crazy policy'), covering(qs, text, 'Latino vote'));
});

test('a quotation opening the next paragraph carries on one whose attribution closed the paragraph before', () => {
  const text =
    'The campaign reacted at once.\n\n“This has to be the first time that a candidate has encouraged a foreign power to spy on his opponent,” said Jake Sullivan, the campaign’s top policy aide.\n\n“This has gone from being a matter of curiosity to being a national security issue.”\n\nThe Trump campaign did not respond.';
  const q = oneQuote(text, 'This has to be', 'national security issue', 2);
  assert.equal(q.speaker?.name, 'Jake Sullivan');
});

test('the next paragraph stays apart when it has an attribution of its own or narrative ends the paragraph before', () => {
  const own =
    'The campaign reacted.\n\n“This is the first time a candidate has encouraged espionage,” said Jake Sullivan.\n\n“This has become a national security issue,” he added.';
  let qs = quotes(own);
  assert.notEqual(covering(qs, own, 'first time'), covering(qs, own, 'national security'));
  const narrative =
    'The campaign reacted.\n\n“This is the first time a candidate has encouraged espionage,” said Jake Sullivan. The campaign later sent a statement.\n\n“This has become a national security issue.”';
  qs = quotes(narrative);
  assert.notEqual(covering(qs, narrative, 'first time'), covering(qs, narrative, 'national security'));
});

test('a floating quote whose attribution the frame rules miss takes its second piece ("…," Blunt, after a long pause, said of Cruz. "…")', () => {
  const text =
    'Blunt was asked about the senator.\n\n“He had a lot of Missouri supporters,” Blunt, after a long pause, said of Cruz. “I’d be glad to have him in the state.”';
  const q = oneQuote(text, 'Missouri supporters', 'in the state', 2);
  assert.equal(q.rule, 'floating-quote');
  assert.equal(q.speaker?.name, 'Blunt');
});

test('a second piece opening with an ellipsis, a bracket or an inner quotation mark still opens a sentence', () => {
  const text =
    'The ruling drew a quick response.\n\n"I think a lot of people made up their mind today about who they are going to vote for," said Kristan Hawkins, president of the group. ". . . You\'re going to want to make sure the next president appoints pro-life justices."';
  oneQuote(text, 'made up their mind', 'pro-life justices', 2);
  const bracket =
    'Cantor spoke to supporters.\n\n“He sees the platform as incredibly important,” said Dan Cantor, the party’s national director. “[But] it’s not that complicated. He has made it very clear.”';
  oneQuote(bracket, 'incredibly important', 'very clear', 2);
});

test('a split quote steps over a title the attribution quotes ("…," Sanders said on CNN\'s "State of the Union" Sunday. "…")', () => {
  const text =
    'Sanders spoke out.\n\n“Of course we’re going to release our medical records,” Sanders said during an interview on CNN’s “State of the Union” Sunday. “Thank God, I am very healthy. It is not a problem.”';
  oneQuote(text, 'medical records', 'not a problem', 2);
});

test('a piece after ", and" goes on with the quotation; without the comma the quoted word is the narrative\'s', () => {
  const text =
    'Clinton set out her terms.\n\n"This deal must come with vigorous enforcement," she said, and "clear consequences for any violations."';
  oneQuote(text, 'vigorous enforcement', 'any violations', 2);
  const narrative =
    'He downplayed his influence.\n\n“Our power, as journalists, is to ask questions and question those who have power,” said Ramos, whose new book features interviews with politicians and “rebellious” people.';
  const qs = quotes(narrative);
  assert.equal(covering(qs, narrative, 'ask questions').parts, undefined);
});

test('a quotation after its cue that the sentence goes on from runs to the sentence end', () => {
  const text =
    'Economists disagree.\n\nParticularly in poorer parts of the state, he said, "we don\'t know what the answer will be" on how many jobs might be lost when the minimum goes up.';
  const q = covering(quotes(text), text, 'answer will be');
  assert.equal(q.kind, 'mixed');
  assert.ok(q.text.endsWith('when the minimum goes up'), q.text);
  const closed =
    'Trump answered.\n\nHe said, “That makes me smart,” when Clinton blasted him for not paying income tax.';
  const c = covering(quotes(closed), closed, 'makes me smart');
  assert.ok(!c.text.includes('blasted'), c.text);
});

test('a reported clause runs on over the quoted fragment that finishes it', () => {
  const text =
    'Powell has said he has reviewed the messages and disagrees with the decision to classify them, because "I do not see what makes them classified."';
  const found = quotes(text);
  const q = covering(found, text, 'reviewed the messages');
  assert.equal(q, covering(found, text, 'makes them classified'));
  assert.equal(q.kind, 'mixed');
  assert.match(q.rule ?? '', /\+quoted-tail$/);
  // a participle between them reports something of its own
  const adding =
    'Cruz said that there is “only one strong conservative in a position to win this race,” adding that it is why Trump “relentlessly attacks us and ignores the other candidates.”';
  const qs = quotes(adding);
  assert.notEqual(covering(qs, adding, 'only one strong'), covering(qs, adding, 'relentlessly attacks'));
});

test("a quoted sentence after a mixed quote's parenthetical attribution joins it", () => {
  const text =
    'The deal was a big win.\n\nObama "felt a moral obligation to do something about" climate change, Axelrod said. "This is not just a cosmetic item on his list. This is core stuff for him."';
  const q = oneQuote(text, 'moral obligation', 'core stuff', 2);
  assert.equal(q.kind, 'mixed');
  assert.equal(q.speaker?.name, 'Axelrod');
});

test('a quotation ending in a bare word names something and takes no attribution after it', () => {
  const text =
    'The vote failed.\n\nSenate Democrats blocked the funding package because of "poison pill" measures added by Republicans on other issues.';
  const qs = quotes(text);
  assert.ok(!qs.some((q) => q.rule === 'quote-then-cue'), JSON.stringify(qs.map((q) => q.rule)));
  // the punctuation after the closing mark still closes what was said
  const after = 'The campaign reacted.\n\n"We are gravely concerned", the members wrote in a letter to the president.';
  assert.equal(covering(quotes(after), after, 'gravely concerned').rule, 'quote-then-cue');
});

test('a that-clause closed by a colon is the cue\'s indirect quote, the quotation after it a direct one ("He adds that … two choices: “…”")', () => {
  const text =
    'The video names the candidate.\n\nHe adds that American Muslims have two choices: “You either leave or you fight.”';
  const found = quotes(text);
  const clause = covering(found, text, 'two choices');
  assert.equal(clause.kind, 'indirect');
  assert.equal(clause.text, 'that American Muslims have two choices');
  const q = covering(found, text, 'either leave');
  assert.equal(q.kind, 'direct');
  assert.equal(q.cue?.text, 'adds');
});

test('an object content ends with its quoted words when the subject\'s own second predicate follows ("… and was …")', () => {
  const text =
    'The office was attacked overnight.\n\nClinton called the firebombing "horrific and unacceptable" and was "grateful that everyone is safe."';
  const q = covering(quotes(text), text, 'horrific and unacceptable');
  assert.ok(!q.text.includes('grateful'), q.text);
  assert.match(q.rule ?? '', /\+quoted-end$/);
  // a bare verb after "and" is coordinated inside the object
  const bare = 'The group urged Clinton to "stop pimping black votes" and call on the mayor to resign.';
  assert.ok(covering(quotes(bare), bare, 'stop pimping').text.includes('call on the mayor'));
});

test('a quotation closed on its own comma ends a reported clause as a comma would (", referring to …")', () => {
  const text =
    'Trump spoke to reporters.\n\nTrump said things “should be wrapped up by Cleveland,” referring to the party’s July convention.';
  const q = covering(quotes(text), text, 'wrapped up by Cleveland');
  assert.ok(!q.text.includes('referring'), q.text);
  assert.ok(q.text.endsWith('Cleveland,”'), q.text);
});

test('floating pieces joined across a sentence with a speech cue take its subject as their speaker', () => {
  const text =
    'Protesters plan to rally outside the debate.\n\n“They have to decide whether to feed themselves or their kids, so they are not concerned with political parties,” Fight for $15 organizing director Kendall Fells told Fox News 6 in Milwaukee. “They care about two things: Getting $15 an hour and the right to unionize.”';
  const q = oneQuote(text, 'feed themselves', 'right to unionize', 2);
  assert.equal(q.cue?.text, 'told');
  assert.match(q.speaker?.name ?? '', /Kendall Fells/);
});

test('a quotation going on in lower case after a frame set off by commas takes in the words before the frame', () => {
  // PolNeAR dev (NYT): the clause and the quotation are one thing said, in two pieces around the frame
  const deserted = "The streets were deserted, he added, ''but people need to connect somehow.''";
  const q = oneQuote(deserted, 'The streets were deserted', 'connect somehow', 2);
  assert.equal(q.kind, 'mixed');
  assert.equal(q.speaker?.name, 'he');
  // demo corpus (Wikinews): a fronted adjunct is the first piece
  const bomb =
    'Following the second bomb, she said, "a dark smoke filled the air and all I could see or hear was people screaming." The elder son suffered a broken leg.';
  assert.equal(oneQuote(bomb, 'Following the second bomb', 'people screaming', 2).kind, 'mixed');
  // a name before the frame's title is the speaker's own apposition, no piece (demo corpus, Wikinews)
  const beckett = quotes(
    'Margaret Beckett, the U.K.\'s Foreign Secretary said, "we sought a full explanation of what happened."',
  );
  assert.equal(beckett.length, 1);
  assert.ok(beckett[0].text.startsWith('we sought'), beckett[0].text);
  // the writer's own coordination goes on through "and also" (PolNeAR dev, Washington Post)
  const vatican = quotes(
    'There was no photograph of the brief meeting at the papal residence complex, in keeping with Vatican protocol and also, Sanders said, "to make clear that there is no endorsement here."',
  );
  assert.ok(vatican.some((x) => x.text.startsWith('to make clear')));
  assert.ok(!vatican.some((x) => x.text.startsWith('There was no photograph')));
});

test('a list flattened into one line ends a content at its next bullet', () => {
  // demo corpus (wikinews): the related-news items after a headline quote had run into its content
  const text =
    "*Romanian PM says his country won't give in to terrorist demands, WikiNews, April 25, 2005 *Romanian reporters call for release of hostages in Iraq, WikiNews, April 24, 2005 *Three Romanian journalists abducted in Iraq, WikiNews, March 30, 2005";
  const says = quotes(text).find((q) => q.cue?.text === 'says');
  assert.ok(says);
  assert.ok(!says.text.includes('reporters'), says.text);
  assert.ok(says.text.startsWith("his country won't give in to terrorist demands"), says.text);
});
