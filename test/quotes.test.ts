import { test } from 'node:test';
import { analyzeDocument } from '../src/analyze/analyzer.js';
import assert from 'node:assert/strict';
import { ArticleDocument } from '../src/analyze/document.js';
import { tokenizer } from '../src/analyze/nlp/wink.js';
import { quoteExtractor } from '../src/analyze/quotes/component.js';
import { findQuotedSpans } from '../src/analyze/quotes/marks.js';
import type { Quote } from '../src/analyze/types.js';
import { seedArticle } from './helpers.js';

/** Tokenizes and runs the quote component alone (no entity layer: speakers must still be entities). */
function quotes(text: string): { doc: ArticleDocument; quotes: Quote[] } {
  const doc = new ArticleDocument({ id: 't', text });
  tokenizer.run(doc);
  quoteExtractor.run(doc);
  return { doc, quotes: doc.quotes };
}

function covering(qs: Quote[], text: string, words: string): Quote {
  const at = text.indexOf(words);
  const q = qs.find((x) => x.start <= at && x.end >= at + words.length);
  assert.ok(q, `no quote covers "${words}"`);
  return q;
}

function speakerName(doc: ArticleDocument, q: Quote): string | undefined {
  return q.speaker?.entity ? doc.entityById(q.speaker.entity)?.name : q.speaker?.name;
}

test('every quote, cue and speaker span slices back to its text', () => {
  const text = seedArticle();
  const { quotes: qs } = quotes(text);
  assert.ok(qs.length >= 10);
  for (const q of qs) {
    assert.equal(text.slice(q.start, q.end), q.text);
    if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
    assert.ok(q.rule);
  }
});

test('curly quote then attribution with a title before the name', () => {
  const text = seedArticle();
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, 'Providing weapons to Russia');
  assert.equal(q.kind, 'direct');
  assert.equal(q.cue?.text, 'told');
  assert.equal(speakerName(doc, q), 'Jake Sullivan');
  assert.ok(!q.text.startsWith('“'));
});

test('a glued opening mark (ammunition.“ We) still opens a quote, and "he added" resolves to Sullivan', () => {
  const text = seedArticle();
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, 'We will continue to call on North Korea');
  assert.equal(q.kind, 'direct');
  assert.equal(doc.text.slice(q.speaker!.start!, q.speaker!.end!), 'he');
  assert.equal(speakerName(doc, q), 'Jake Sullivan');
  const sullivan = doc.entityById(q.speaker!.entity!)!;
  assert.ok(sullivan.mentions.some((m) => m.kind === 'pronoun' && m.text === 'he'));
});

test('unmarked block quote after "said:" and "according to X" before a quote', () => {
  const text = seedArticle();
  const { doc, quotes: qs } = quotes(text);
  const block = covering(qs, text, 'If the two leaders want to meet');
  assert.equal(block.kind, 'direct');
  assert.equal(block.rule, 'block-after-colon');
  assert.equal(speakerName(doc, block), 'Remco Breuker');
  const acc = covering(qs, text, 'construction workers in North Korea');
  assert.equal(acc.kind, 'direct');
  assert.equal(acc.speaker_rule, 'according-to');
});

test('indirect quotes: according to an organisation, and a government that believes', () => {
  const text = seedArticle();
  const { doc, quotes: qs } = quotes(text);
  const intel = covering(qs, text, 'engaged in arms negotiations');
  assert.equal(intel.kind, 'indirect');
  assert.match(speakerName(doc, intel) ?? '', /intelligence agencies/);
  const travel = covering(qs, text, 'will travel to Russia this month');
  assert.equal(travel.kind, 'indirect');
  assert.equal(travel.cue?.text, 'believes');
  assert.equal(doc.text.slice(travel.speaker!.start!, travel.speaker!.end!), 'Washington');
});

test('embedded quotation in reported speech is a mixed quote', () => {
  const text = seedArticle();
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, 'actively advancing');
  assert.equal(q.kind, 'mixed');
  assert.equal(speakerName(doc, q), 'John Kirby');
});

test('split quote: one quote with two parts', () => {
  const text =
    '“Are we where we need to be? Probably not,” Ms. Moore said. “Are we going to get to where we need to be? Absolutely.”';
  const { doc, quotes: qs } = quotes(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].parts?.length, 2);
  assert.equal(speakerName(doc, qs[0]), 'Moore');
});

test('straight quotes, inverted attribution and apposition', () => {
  const text =
    '"That speech went beyond the room. It went beyond the moment," said Donna Brazile, the interim chairwoman of the Democratic National Committee.';
  const { doc, quotes: qs } = quotes(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].kind, 'direct');
  assert.equal(qs[0].speaker_rule, 'cue-inverted');
  assert.equal(speakerName(doc, qs[0]), 'Donna Brazile');
});

test('a quotation\'s frame subject may say where the speaker is ("a dealer for a German bank in London said")', () => {
  // Reuters-21578: both quotations had no speaker (the whole pipeline: the entity layer reads the place)
  const whole = (text: string) => ({ quotes: analyzeDocument({ id: 't', text }).quotes });
  const dealer = whole('"The demand wasn\'t so good," a dealer for a German bank in London said.');
  assert.equal(dealer.quotes.length, 1);
  assert.equal(dealer.quotes[0].rule, 'quote-then-cue');
  assert.equal(dealer.quotes[0].speaker?.name, 'a dealer for a German bank');
  const tokyo = whole(
    '"In this era of financial liberalization, it\'s almost impossible to control the flow of capital in and out of Japan," one senior official in Tokyo said.',
  );
  assert.equal(tokyo.quotes[0].rule, 'quote-then-cue');
  assert.match(tokyo.quotes[0].speaker?.name ?? '', /senior official$/);
});

test('indirect speech with a clause: subject, cue and content', () => {
  const text = 'Spokeswoman Haley Morris says the candidate has always run a lean campaign.';
  const { doc, quotes: qs } = quotes(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].kind, 'indirect');
  assert.equal(qs[0].text, 'the candidate has always run a lean campaign');
  assert.equal(speakerName(doc, qs[0]), 'Haley Morris');
});

test('multi-paragraph quote: opening mark on each paragraph, closing only on the last', () => {
  const text =
    'Mr. Rangel said: “There is some thought that the same enthusiasm might not be there for her.\n\n“I think it is very smart for the president to say it.”';
  const { doc, quotes: qs } = quotes(text);
  // one quotation over two paragraphs: one quote, its pieces the two paragraphs
  assert.equal(qs.length, 1);
  assert.equal(qs[0].parts?.length, 2);
  assert.ok(qs[0].text.startsWith('There is some thought') && qs[0].text.endsWith('to say it.'));
  assert.equal(speakerName(doc, qs[0]), 'Rangel');
});

test('a quote whose later paragraphs lack opening marks runs on to its lone closing mark', () => {
  const text =
    'John Boehner, Republican House Majority Leader, said, "Retreat is not an option in Iraq.\n\n' +
    'Achieving victory is our only option, for the American people and our kids."\n\nThe vote was held on Friday.';
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, 'Retreat is not an option');
  assert.ok(q.text.endsWith('for the American people and our kids.'), q.text);
  assert.equal(speakerName(doc, q), 'John Boehner');
  assert.ok(!qs.some((x) => x !== q && x.text.includes('Achieving victory')));
});

test('a credit line before a lone closing mark is not read into the quote', () => {
  const text =
    'The administration defended the plan.\n\n"What we have seen is that our current efforts have been insufficient.\n\n' +
    'Amy Pope, deputy homeland security advisor."';
  const spans = findQuotedSpans(text);
  assert.ok(!spans.some((s) => text.slice(s.start, s.end).includes('Amy Pope')));
});

test('an indirect reading of a quoted paragraph joins the paragraphs that continue it', () => {
  const text =
    'In the press conference, Scott McClellan said "I will point out that the reporting was simply reckless.\n\n' +
    'The lead in the newspaper left the wrong impression for the reader. The statements were based on the joint assessment."\n\n' +
    'He did not take questions.';
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, 'I will point out');
  assert.ok(q.text.includes('left the wrong impression'), q.text);
  assert.equal(speakerName(doc, q), 'Scott McClellan');
});

test('a quotation opened inside round brackets ends with them, closed or not', () => {
  // (PolNeAR, New York Times: the stray closing ".'.')" left the quotation open, and the next
  // paragraph's quote was read as its continuation, Caroline Freund's words instead of Mr. Friedman's)
  const text =
    "The company says its larger army of researchers has helped it identify more than 2,400 individual billionaires in the world, compared with Forbes's 1,864. (Forbes says it tracks an additional 500 billionaire ''family fortunes.'.')\n\n" +
    "''The quality of these lists comes down to resources,'' Mr. Friedman said. ''The more people you have working on it, the better your numbers are going to be.''";
  const spans = findQuotedSpans(text);
  assert.ok(!spans.some((sp) => sp.continuation), 'no quote continues past the bracket');
  const { doc, quotes: qs } = quotes(text);
  assert.equal(speakerName(doc, covering(qs, text, 'The more people you have')), 'Friedman');
  // (demo corpus, Wikinews: a closing mark after a space before the bracket, "rendition ")", had
  // opened a quotation that took in the next sentence's marks and lost its quote)
  const rendition =
    'He was tortured on behalf of U.S. operatives (a process known as "extraordinary rendition ") with the knowledge of UK intelligence agencies. The U.S. said he had planned a "dirty bomb " terrorist attack, but dropped the charges.';
  assert.ok(
    findQuotedSpans(rendition).some((sp) => rendition.slice(sp.start, sp.end).trim() === 'dirty bomb'),
    'the later quotation is read on its own',
  );
  // (a bracket inside a quotation is the quotation's own)
  const inner = 'She said "the group (and its allies) will win" on Monday.';
  assert.deepEqual(
    findQuotedSpans(inner).map((sp) => inner.slice(sp.start, sp.end)),
    ['the group (and its allies) will win'],
  );
});

test('apostrophes are not quotation marks; single quotes are', () => {
  const spans = findQuotedSpans("Don't say the workers' union called it 'a disgrace' today.");
  assert.equal(spans.length, 1);
  assert.equal(spans[0].single, true);
});

test('odd and misplaced marks never swallow the article or throw', () => {
  const text =
    'He said “this is wrong.\n\nThe vote was held on Monday. Turnout was low.\n\nOfficials said it was "fine.';
  const { quotes: qs } = quotes(text);
  for (const q of qs) assert.ok(!q.text.includes('\n'), `quote crosses a paragraph: ${q.text}`);
  for (const odd of ['', '“', '”“”', '"""', '\n\n\n', 'said:', '« »', '\u{1F600} “ said ”']) {
    assert.doesNotThrow(() => quotes(odd));
  }
});

test('a mark with a space before it and a full stop or comma after it closes, it opens nothing', () => {
  // (demo corpus) the closing mark after "terrorism " opened a quotation that took in the next sentence
  const text =
    'Mr Reid referred to the Israeli-Palestinian conflict saying that “it fuels international terrorism ”. Prime Minister Blair said at a recent press conference that he is preparing to engage in peace talks.';
  const spans = findQuotedSpans(text);
  assert.deepEqual(
    spans.map((sp) => text.slice(sp.start, sp.end)),
    ['it fuels international terrorism'],
  );
  assert.equal(spans[0].close, text.indexOf('”'));
  // the same with straight marks; an ellipsis after an opening mark still opens ("". . . You're")
  const straight =
    'Analysts argued that Burundi is in the grip of a "culture of impunity ", which perpetuates the cycle.';
  assert.deepEqual(
    findQuotedSpans(straight).map((sp) => straight.slice(sp.start, sp.end)),
    ['culture of impunity'],
  );
  const ellipsis = 'Hawkins said. ". . . You\'re going to want to make sure."';
  assert.equal(findQuotedSpans(ellipsis).length, 1);
});

test("doubled apostrophes ('') are double quotation marks, and a split quote steps over a title", () => {
  const text =
    "''It's too early to tell,'' said Cuban, who is also a host on the TV show ''Shark Tank.'' ''I mean, it depends on the economy.''";
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, "It's too early to tell");
  assert.equal(q.kind, 'direct');
  assert.ok(q.text.endsWith('it depends on the economy.'));
  assert.equal(q.speaker?.name, 'Cuban');
});

test('a quote closed by a full stop takes no attribution from the next sentence', () => {
  const text =
    'FBI general counsel James Baker said the probe is “ongoing.” He said the FBI has not publicly commented on the focus of the investigation.';
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, 'the FBI has not publicly commented');
  assert.equal(q.kind, 'indirect');
  assert.ok(!qs.some((x) => x.text === 'ongoing.' && x.cue?.text === 'said' && x.start > text.indexOf('He said')));
});

test('content ends before a coordinated clause and a participial attribution takes the main subject', () => {
  const text =
    'Rubio said the real extremist on abortion is Hillary Clinton, and he railed against Democratic debate moderators. Cruz blasted Rubio for his support of the bill, telling conservative radio host Laura Ingraham that Rubio had opposed adding provisions to the bill.';
  const { doc, quotes: qs } = quotes(text);
  const a = covering(qs, text, 'the real extremist');
  assert.equal(a.text, 'the real extremist on abortion is Hillary Clinton');
  const b = covering(qs, text, 'Rubio had opposed');
  assert.equal(b.text, 'that Rubio had opposed adding provisions to the bill');
  assert.equal(b.rule, 'cue-participle');
  assert.equal(speakerName(doc, b), 'Cruz');
});

test('a post-posed cue with a verbless adjunct, and a speech verb with a to-infinitive', () => {
  const text =
    "Even so, it wouldn't be hard to make sure people pay at least some federal tax, experts told me this week. North Korea first claimed to have launched a ballistic missile from a submarine.";
  const { quotes: qs } = quotes(text);
  const a = covering(qs, text, 'it would');
  assert.equal(a.rule, 'cue-parenthetical');
  assert.ok(a.text.startsWith('Even so'));
  const b = covering(qs, text, 'to have launched');
  assert.equal(b.text, 'to have launched a ballistic missile from a submarine');
});

test('a subject with an apposition and relative clause before "said" still speaks', () => {
  const text =
    "Trump's Indiana chairman, Rex Early, a former state party chairman who just signed on to Trump's team last weekend, said he hasn't explored the delegate process enough.";
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, "he hasn't explored");
  assert.ok(q.speaker);
});

test('a sentence cut after a bracketed label is joined, and the label stepped over to the name', () => {
  const text = 'Sen. Bernie Sanders (I-Vt.) said he will make his medical health records available to the public.';
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, 'he will make his medical health records');
  assert.equal(q.kind, 'indirect');
  assert.match(speakerName(doc, q) ?? '', /Sanders/);
});

test('told + hearer + bare clause: the clause after the hearer is the content', () => {
  const text = 'Calabrese told the National Post he’s already received hundreds of emails from Americans.';
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, 'he’s already received hundreds of emails');
  assert.equal(q.start, text.indexOf('he’s'));
  assert.equal(speakerName(doc, q), 'Calabrese');
});

test('a possessive after the hearer opens the content: told the AP her group …', () => {
  const text = 'The campaign director, Maria Lopez, told the AP her team never met with the lobbyists.';
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, 'her team never met with the lobbyists');
  assert.equal(q.start, text.indexOf('her team'));
  assert.equal(q.cue?.text, 'told');
  assert.equal(speakerName(doc, q), 'Maria Lopez');
});

test('content stops before "and said": a second attribution by the same speaker', () => {
  const text = 'The mayor said the budget was drafted by his deputy and said the city would hire more teachers.';
  const { doc, quotes: qs } = quotes(text);
  const first = covering(qs, text, 'the budget was drafted by his deputy');
  assert.equal(first.end, text.indexOf(' and said'));
  const second = covering(qs, text, 'the city would hire more teachers');
  assert.equal(second.cue?.text, 'said');
  assert.equal(speakerName(doc, first), 'The mayor');
});

test('a short adjunct between "said" and a bare clause: said after the vote he …', () => {
  const text = 'The senator said after the vote he would not support the final bill.';
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, 'he would not support the final bill');
  assert.equal(q.start, text.indexOf('he would'));
  assert.equal(speakerName(doc, q), 'The senator');
});

test('a short sentence-initial subject no phrase reader takes: Those polled said …', () => {
  const text = 'Those polled said the governor was best placed to fix the roads.';
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, 'the governor was best placed to fix the roads');
  assert.equal(q.start, text.indexOf('the governor'));
  assert.equal(speakerName(doc, q), 'Those polled');
});

test('a catenative verb between subject and cue: appeared to suggest', () => {
  const text =
    'Donald Trump is drawing criticism after he appeared to suggest that veterans who suffer from PTSD might not be as strong.';
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, 'veterans who suffer from PTSD');
  assert.equal(q.cue?.text, 'suggest');
  assert.equal(q.speaker?.start, text.indexOf('he appeared'));
});

test('object cues take a one-word object; speech verbs take a noun phrase; declined to', () => {
  const text =
    'On Tuesday, Gov. Jerry Brown endorsed her. John Kasich’s presidential campaign is already claiming a victory of sorts in South Carolina. Spokesmen for the foundation declined to comment.';
  const { quotes: qs } = quotes(text);
  assert.equal(covering(qs, text, 'her').text, 'her');
  assert.equal(covering(qs, text, 'a victory of sorts').cue?.text, 'claiming');
  assert.equal(covering(qs, text, 'to comment').cue?.text, 'declined');
});

test('a day after the cue is no speaker: the subject before it is', async () => {
  const { analyze } = await import('../src/analyze/analyzer.js');
  const text =
    "The Kenya National Union of Teachers, the largest teachers' union, announced Wednesday that it had called off the strike.";
  const a = analyze({ id: 'cal', text, published: '2014-03-06' });
  for (const e of a.entities) assert.ok(!/^(monday|tuesday|wednesday|thursday|friday)$/i.test(e.name), e.name);
  for (const q of a.quotes) assert.notEqual(q.speaker?.name, 'Wednesday');
});

test('a cue inside another quote’s content adds no second, nested quote', () => {
  const text = 'Spokeswoman Haley Morris says the candidate supports the new gun bill.';
  const { quotes: qs } = quotes(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].text, 'the candidate supports the new gun bill');
});

test('a cue and its speaker inside another quote’s content add no quote, even one whose content runs past it', () => {
  // PolNeAR (dev): the content of "says" ends at "al-Qaida"; "are seeking" inside it ran on to the quotation
  const text =
    'McConnell says that the American people are seeking a leader to counter terrorist threats from Islamic State militants and al-Qaida, but instead Obama is giving them “lectures, distractions, and attempts to undermine their fundamental Second Amendment rights.”';
  const { doc, quotes: qs } = quotes(text);
  assert.ok(qs.some((q) => q.cue?.text === 'says' && speakerName(doc, q) === 'McConnell'));
  assert.ok(!qs.some((q) => q.cue?.text === 'seeking'), qs.map((q) => q.cue?.text).join(', '));
});

test('a preposition’s object after a verb, a reporting noun or an attitude adjective is attributed content', () => {
  const text =
    'Trump railed against the judge in a speech in San Diego. Sanders’ criticism of the trade deal grew louder. ' +
    'Ryan has been critical of the nominee’s remarks.';
  const { doc, quotes: qs } = quotes(text);
  const verb = covering(qs, text, 'the judge');
  assert.equal(verb.cue?.text, 'railed against');
  assert.equal(speakerName(doc, verb), 'Trump');
  // (the speech is where he railed, not more of whom: occasion-end.ts)
  assert.equal(verb.rule, 'cue-prep-verb+occasion-end');
  assert.equal(verb.text, 'the judge');
  const noun = covering(qs, text, 'the trade deal');
  assert.equal(noun.rule, 'cue-prep-noun');
  assert.equal(noun.cue?.text, 'criticism of');
  assert.equal(covering(qs, text, 'the nominee’s remarks').rule, 'cue-prep-adj');
});

test('a stance with nobody holding it is no quote (the campaign was focused on …)', () => {
  const text = 'While national attention was focused on the presidential contests, many voters stayed home.';
  assert.ok(!quotes(text).quotes.some((q) => q.rule?.startsWith('cue-prep')));
});

test('a headline "Speaker: claim" on the first line is a quote by the speaker', () => {
  const text =
    'Lynch: No outside influence on FBI probe into Clinton emails.\n\nWASHINGTON (AP) — The attorney general spoke.';
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, 'No outside influence');
  assert.equal(q.rule, 'headline-colon');
  assert.equal(q.text, 'No outside influence on FBI probe into Clinton emails');
  assert.equal(q.speaker?.name, 'Lynch');
});

test('the content stops before a second verb of the speaker and before a relative clause on its last noun', () => {
  const text =
    'Trump says he respects Clinton and calls her an extremely intelligent woman. ' +
    'Trump said he was not quite there yet on supporting Ryan, who will face challenger Paul Nehlen in a primary.';
  const { quotes: qs } = quotes(text);
  assert.equal(covering(qs, text, 'he respects Clinton').text, 'he respects Clinton');
  assert.equal(covering(qs, text, 'he was not quite there yet').text, 'he was not quite there yet on supporting Ryan');
});

test('"NAME, who …, said CONTENT" reads the content after the cue, not a parenthetical attribution', () => {
  const text =
    'Oliver K. Hedge, who appraises golf course properties for the real estate firm Cushman & Wakefield, said the golf industry had made great strides.';
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, 'the golf industry');
  assert.equal(q.text, 'the golf industry had made great strides');
  assert.notEqual(q.rule, 'cue-parenthetical');
});

test('says followed by a quotation takes it as content; a cue tagged as a noun before "that" still cues', () => {
  const text =
    'Vermont Sen. Bernie Sanders says “the wind is at our backs” despite his loss to Hillary Clinton. ' +
    'Last year’s FBI statistics show that the numbers in Trump’s tweet are incorrect.';
  const { quotes: qs } = quotes(text);
  assert.equal(covering(qs, text, 'the wind is at our backs').cue?.text, 'says');
  assert.equal(covering(qs, text, 'the numbers in Trump’s tweet').cue?.text, 'show');
});

test('a quote running over several paragraphs is one quote with the speaker of its attribution', () => {
  // Breitbart-style block quote: each paragraph reopens the quotation, only the last closes it
  const text =
    'King spoke to reporters after the hearing.\n\n' +
    '“He stated that he thought all along he made it clear that there was significant terrorist involvement,” King said. ' +
    '“That is not my recollection of what he told us on September 14.\n\n' +
    '“The clear impression we were given was that it arose out of a spontaneous demonstration, and was not a terrorist attack.”';
  const { doc, quotes: qs } = quotes(text);
  const first = covering(qs, text, 'That is not my recollection');
  assert.ok(first.end >= text.indexOf('not a terrorist attack'), 'the quote runs on into the next paragraph');
  assert.equal(
    qs.filter((q) => q.start > text.indexOf('September 14')).length,
    0,
    'no separate quote for the second paragraph',
  );
  assert.equal(speakerName(doc, first), 'King');
});

test('manner-of-speech verbs attribute a quote like "said" does', () => {
  const text = '“Go back to Univision,” Trump barked and a security guard escorted Ramos out.';
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, 'Go back to Univision');
  assert.equal(q.cue?.text, 'barked');
  assert.equal(speakerName(doc, q), 'Trump');
  const colon = "Christie gloated: ''I told you he wouldn't be ready.''";
  const c = quotes(colon);
  const g = covering(c.quotes, colon, 'I told you');
  assert.equal(g.cue?.text, 'gloated');
  assert.equal(speakerName(c.doc, g), 'Christie');
});

test('a fronted adjunct before the frame is not what was said', () => {
  const text =
    'At each ministerial, the Secretary will emphasize the United States’ commitment to ASEAN centrality. In the end, he said, the talks had failed.';
  const { quotes: qs } = quotes(text);
  assert.ok(!qs.some((q) => q.text === 'At each ministerial'));
  // a clause before the frame still is
  assert.ok(covering(qs, text, 'the talks had failed'));
});

test('a one-word hearer followed by a clause: "told reporters the city would …"', () => {
  const text = 'The mayor told reporters the city would not pay for the new stadium.';
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, 'the city would not pay');
  assert.ok(q.start >= text.indexOf('the city'));
});

test('a poll named in an opening "in" phrase is the source of the clause after it', () => {
  const text =
    'In the latest Washington Post-ABC News poll, conducted in May, Clinton led Trump 47 percent to 39 percent among young voters.';
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, 'Clinton led Trump 47 percent');
  assert.equal(q.rule, 'source-phrase');
  assert.equal(q.cue?.text, 'In');
  assert.ok(q.text.startsWith('Clinton led'), q.text);
  assert.match(speakerName(doc, q) ?? '', /poll$/);
});

test('a poll closing a sentence is its source; a subordinate clause ending "in the polls" is not a finding', () => {
  const text =
    'Kasich was at 25 percent support in the most recent Fox poll. With Trump trailing badly in the polls, donors fled.';
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, 'Kasich was at 25 percent');
  assert.equal(q.rule, 'source-phrase');
  assert.equal(q.text, 'Kasich was at 25 percent support');
  assert.ok(!qs.some((x) => x.text.includes('Trump trailing')));
});

test('a poll phrase before an adjunct, after an opening conjunction or in a clause of time is the source too', () => {
  // PolNeAR dev (Breitbart, Politico)
  for (const [text, words, poll] of [
    [
      'Trump has a decisive lead in the polls ahead of the state’s April 19 primary.',
      'Trump has a decisive lead',
      'the polls',
    ],
    [
      'But he fell to 10 percent in the latest CNN/ORC poll released Wednesday.',
      'he fell to 10 percent',
      'the latest CNN/ORC poll',
    ],
    [
      'Mark-Viverito has served as one of Clinton’s campaign surrogates throughout this week as Clinton continues to lead in polls despite Sanders’ popularity among younger voters.',
      'Clinton continues to lead',
      'polls',
    ],
    // a clause after "where" or "when", and one whose subject goes on to a second predicate (Washington Post)
    [
      'He will head to New Hampshire, where he has had a big lead in the most recent polls, needing a strong showing there.',
      'he has had a big lead',
      'the most recent polls',
    ],
    [
      'The objection comes at a time when Sanders has sagged in the polls and is coping with a fundraising deficit.',
      'Sanders has sagged',
      'the polls',
    ],
  ]) {
    const { doc, quotes: qs } = quotes(text);
    const q = covering(qs, text, words);
    assert.equal(q.rule, 'source-phrase', text);
    assert.equal(q.text, words);
    assert.equal(speakerName(doc, q), poll);
  }
  // a clause that names who said it is theirs, not the report's (demo corpus, State Department)
  const noted =
    'This includes the Mariupol maternity hospital, as the UN Office of the High Commissioner for Human Rights expressly noted in a March 11 report.';
  assert.ok(!quotes(noted).quotes.some((x) => x.rule === 'source-phrase'));
  // a bare auxiliary says where someone stands, not what the polls found (Washington Post)
  const stood =
    'Rubio has stalled out, neither rising nor falling much from where he has been in the polls for months.';
  assert.ok(!quotes(stood).quotes.some((x) => x.rule === 'source-phrase'));
  // "in response to" a document is a reaction to it, not its finding (Huffington Post, PolNeAR dev)
  const response =
    'In response to the filings, Cruz’s lawyers relied on Supreme Court precedent, legal history and articles from noted constitutional scholars to defend the view that he is in fact “natural born” within the meaning of the Constitution.';
  assert.ok(!quotes(response).quotes.some((x) => x.rule?.startsWith('source-phrase')));
  // the findings "in" a report are where the findings are, not the report's finding of the clause
  // (State Department release, 2022, demo corpus)
  const findings =
    'This is consistent with the findings in the first report, released April 13. The current report also documents evidence.';
  assert.ok(!quotes(findings).quotes.some((x) => x.rule?.startsWith('source-phrase')));
});

test('a clause with its own reporting verb keeps that attribution, not the poll phrase around it', () => {
  const text = 'In a September poll, 75 percent of Republicans said most politicians cannot be trusted.';
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, 'most politicians cannot be trusted');
  assert.equal(q.cue?.text, 'said');
  assert.ok(!qs.some((x) => x.rule === 'source-phrase'));
});

test('"polls show" takes a noun phrase as what they show', () => {
  const text = 'The little polling done in the state showed a virtual dead heat between Clinton and Sanders.';
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, 'a virtual dead heat');
  assert.equal(q.cue?.text, 'showed');
});

test('a quote then a name with a possessive apposition ("Sanders\' campaign manager") is that person\'s', () => {
  const text =
    '"This campaign is revolutionizing American politics," Jeff Weaver, Sanders\' campaign manager, said in a statement.';
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, 'revolutionizing American politics');
  assert.equal(q.rule, 'quote-then-cue');
  assert.equal(speakerName(doc, q), 'Jeff Weaver');
});

test('a newspaper that "opined" or an editorial that "reads" a quote is its speaker', () => {
  const text = [
    '“There are invertebrates that have shown more spine than the senator,” reads a Wednesday editorial in The Des Moines Register.',
    '"Gun owners should leave their weapons at home," opined the Plain Dealer.',
  ].join('\n\n');
  const { doc, quotes: qs } = quotes(text);
  assert.match(speakerName(doc, covering(qs, text, 'invertebrates')) ?? '', /editorial/);
  assert.match(speakerName(doc, covering(qs, text, 'Gun owners')) ?? '', /Plain Dealer/);
});

test('a split quote joins across an attribution with its own clause ("…," Clinton said, with a passion that suggested …. "…")', () => {
  const text =
    '"We were attacked in downtown Manhattan where Wall Street is," Clinton said, with a passion that almost suggested that the question was out of line. "I did spend a whole lot of time helping them rebuild."';
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, 'downtown Manhattan');
  assert.equal(q.parts?.length, 2);
  assert.ok(q.text.includes('helping them rebuild'), q.text);
  assert.match(speakerName(doc, q) ?? '', /Clinton/);
  // the second piece is no floating quote of the "passion" inside the attribution
  assert.ok(!qs.some((x) => x.rule === 'floating-quote'));
});

test('an abbreviation ending the attribution ("Fresno, Calif.") still lets the next quoted sentence join', () => {
  const text =
    '"Uber will let more people enter the job market," says Gavin Hamilton, 23, a student from Fresno, Calif. "I think it would offer more jobs."';
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, 'more people enter');
  assert.equal(q.parts?.length, 2);
  assert.equal(speakerName(doc, q), 'Gavin Hamilton');
});

test('a colon frame with no verb names its source: "From X:", "X\'s response was:", a name alone', () => {
  const text = [
    'The former governor plans to support Cruz. From Bush\'s Facebook post: "For the sake of our party and country, we must overcome the divisiveness."',
    "Clinton's response was: “Is the store in Connecticut or Wisconsin?”",
    'Clinton: "Our goal is not to deter or contain ISIS, but to defeat and destroy ISIS."',
  ].join('\n\n');
  const { doc, quotes: qs } = quotes(text);
  const post = covering(qs, text, 'For the sake of our party');
  assert.equal(post.speaker_rule, 'from-source');
  assert.match(speakerName(doc, post) ?? '', /Facebook post/);
  assert.equal(covering(qs, text, 'the store in Connecticut').speaker_rule, 'possessor-label');
  // with no entity layer here, the name alone is read by the sentence-subject rule, not colon-label
  assert.match(speakerName(doc, covering(qs, text, 'defeat and destroy ISIS')) ?? '', /Clinton/);
});

test('a verb with an object before a comma is no parenthetical frame (Yanukovych began a comeback, …)', () => {
  const text =
    "With Mr. Manafort's advice, Mr. Yanukovych began a comeback, with the Party of Regions winning the biggest bloc in parliament.";
  const { quotes: qs } = quotes(text);
  assert.ok(!qs.some((q) => q.rule === 'cue-parenthetical'), JSON.stringify(qs.map((q) => q.text)));
  // an adjunct after the frame still closes it: "…, he said in an interview, …"
  const said = 'The economy is improving, he said in an interview, and hiring will follow.';
  assert.ok(quotes(said).quotes.some((q) => q.rule === 'cue-parenthetical'));
});

test("a participle after a quote's attribution frame has the frame's speaker (said Kirby, referring to …)", () => {
  const text =
    '"We are grateful to the Secretary and his senior staff," said spokesman John Kirby, referring to Clinton\'s successor, John F. Kerry.';
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, "Clinton's successor");
  assert.equal(q.speaker_rule, 'frame-speaker');
  assert.equal(speakerName(doc, q), 'John Kirby');
});

test('a fronted "As X put it / said," frame attributes the main clause after its comma', () => {
  const text = [
    'As Ms. Simonyan put it in a statement in July, RT is "providing a perspective you will not get elsewhere."',
    'As Smith said last week, the economy is weak.',
    'As expected, the vote failed.',
  ].join('\n\n');
  const { doc, quotes: qs } = quotes(text);
  const rt = covering(qs, text, 'RT is');
  assert.equal(rt.rule, 'as-frame');
  assert.equal(rt.cue?.text, 'put it');
  assert.equal(rt.kind, 'mixed');
  assert.match(speakerName(doc, rt) ?? '', /Simonyan/);
  const weak = covering(qs, text, 'the economy is weak');
  assert.equal(weak.text, 'the economy is weak');
  assert.ok(!qs.some((q) => q.text.includes('the vote failed')));
});

test("a quoted title after its work's noun is no quotation", () => {
  const text = [
    "In the 1980s, he paid $8 million for a 1968 Boeing 727, according to his book ''The Art of the Deal.'' Mr. Trump said a smaller jet would have cost more.",
    '"We are seeing a backlash caused by that neglect," said Alden, author of the book "Failure to Adjust: How Americans Got Left Behind."',
    'She sang the civil rights anthem "A Change Is Gonna Come." "It was the night of my life," she said.',
    'Critics of the program say the show "is a disaster for the network."',
  ].join('\n\n');
  const { quotes: qs } = quotes(text);
  for (const title of ['The Art of the Deal', 'Failure to Adjust', 'A Change Is Gonna Come'])
    assert.ok(!qs.some((q) => q.text.includes(title)), title);
  assert.ok(covering(qs, text, 'It was the night of my life'));
  // a verdict in quotation marks after the noun is still quoted
  assert.ok(covering(qs, text, 'is a disaster for the network'));
});

test('"As the fighting continues," and "As long as" are no frames of saying', () => {
  const text = [
    'As Chinese premier Wen Jiabao continues his tour across South Asia, visiting first India and now Pakistan, the two sides signed a deal.',
    'As the fighting continues, thousands have fled the city.',
    'As long as Putin continues this war in Ukraine, millions will go hungry.',
    'As Ben said, the summit is unprecedented.',
  ].join('\n\n');
  const { quotes: qs } = quotes(text);
  for (const words of [
    'visiting first India',
    'the two sides signed',
    'thousands have fled',
    'millions will go hungry',
  ])
    assert.ok(!qs.some((q) => q.text.includes(words)), words);
  assert.equal(covering(qs, text, 'the summit is unprecedented').rule, 'as-frame');
});

test('"said on Thursday he “…”": a quotation right after the subject pronoun is the content\'s predicate', () => {
  const text = 'Durbin said on Thursday he "hand-delivered a letter to the attorney general today."';
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, 'hand-delivered');
  assert.equal(q.kind, 'mixed');
  assert.ok(q.text.startsWith('he '), q.text);
});

test('a paragraph continuing an opening paragraph no frame credited takes its own attribution, not the last speaker', () => {
  // demo corpus (Wikinews, CC BY 2.5): the judge's two paragraphs had gone to the defendant quoted before
  const text =
    'Iraq’s former Vice-President Taha Yassin Ramadan, today refused to allow the appointed representative to stand for him. “I do not know who this lawyer is or his name,” he said.\n\n' +
    'Like he did yesterday, Judge Raouf Abdel Rahman again slated Hussein’s defense lawyers for avoiding the court. “They’re sitting abroad now generating fame by issuing political statements on television stations as if this case is a political one.\n\n' +
    'This behavior will harm you, the defendants. This is a criminal case, not a political one,” Mr Rahman warned.';
  const doc = analyzeDocument({ id: 't', text });
  const q = covering(doc.quotes, text, 'This behavior will harm you');
  assert.equal(q.cue?.text, 'warned');
  assert.equal(speakerName(doc, q), 'Abdel Rahman');
  assert.ok(q.start <= text.indexOf('They’re sitting abroad'), 'the quote opens with the first paragraph');
});

test('a quoted paragraph continues the last quotation, not an indirect claim reported after it', () => {
  const text = [
    '"We will win this state," Clinton said on Monday, after aides claimed that turnout was rising.',
    '"We have the best organisation in the country and it shows."',
  ].join('\n\n');
  const { doc, quotes: qs } = quotes(text);
  // the attribution's sentence closes the paragraph, so the quoted paragraph after it is the quote's second piece
  const q = covering(qs, text, 'the best organisation');
  assert.equal(q, covering(qs, text, 'We will win'));
  assert.equal(q.parts?.length, 2);
  assert.match(speakerName(doc, q) ?? '', /Clinton/);
  // with the claim in a sentence of its own the quoted paragraph floats, and still takes Clinton
  const apart = [
    '"We will win this state," Clinton said on Monday. Aides claimed that turnout was rising.',
    '"We have the best organisation in the country and it shows."',
  ].join('\n\n');
  const found = quotes(apart);
  const floating = covering(found.quotes, apart, 'the best organisation');
  assert.equal(floating.rule, 'floating-quote');
  assert.match(speakerName(found.doc, floating) ?? '', /Clinton/);
});

test('a second attribution after a comma frames its own content ("…, Cruz said he …")', () => {
  const text = [
    'In a Facebook message posted Friday, Cruz said he has had "areas of significant disagreement" with Trump but cannot allow Clinton to become president.',
    'While one company says there are more than 2,400 billionaires in the world, another report counts fewer.',
  ].join('\n\n');
  const { quotes: qs } = quotes(text);
  const cruz = covering(qs, text, 'areas of significant');
  assert.equal(cruz.cue?.text, 'said');
  assert.ok(cruz.text.startsWith('he has had'), cruz.text);
  assert.ok(!qs.some((q) => q.cue?.text === 'posted' && q.end > cruz.start), 'the first cue ran over the second');
});

test('content in an opening subordinate clause ends where the main clause begins', () => {
  const text = 'When House Speaker Paul Ryan said he would no longer defend his behavior, Trump lashed out at him.';
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, 'no longer defend');
  assert.equal(q.text, 'he would no longer defend his behavior');
});

test('a subject-like word the tagger calls an adverb opens the content ("said none of …")', () => {
  const text = 'Some party strategists said none of the attempts to trip up Trump will work.';
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, 'attempts to trip up');
  assert.ok(q.text.startsWith('none of the attempts'), q.text);
});

test('"that" after an adjunct holding a tagger-verb noun ("at a campaign stop in Toledo, Ohio, that")', () => {
  const text = 'Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never paid for Pell Grants.';
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, 'it means Trump');
  assert.ok(q.text.startsWith('that it means'), q.text);
});

test('an infinitive whose verb opens a quotation is the content (promised to "bomb …")', () => {
  const text = 'Donald Trump promised to "bomb the hell" out of Islamic State terrorists.';
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, 'out of Islamic State');
  assert.equal(q.kind, 'mixed');
  assert.equal(q.cue?.text, 'promised');
});

test('a hearer with a hyphenated name, a quoted programme or a gerund before "that" still reaches the content', () => {
  const text = [
    'Richard Trumka told members of the AFL-CIO executive council that the body will not hold a vote.',
    'Sanders told MSNBC\'s "Morning Joe" that nobody would question her intelligence.',
    'Bush tells reporters outside a polling location in Greenville that beating expectations would help.',
  ].join('\n\n');
  const { quotes: qs } = quotes(text);
  assert.ok(covering(qs, text, 'the body will not').text.startsWith('that the body'));
  assert.ok(covering(qs, text, 'nobody would question').text.startsWith('that nobody'));
  assert.ok(covering(qs, text, 'beating expectations').text.startsWith('that beating'));
});

test('a quotation right after the hearer of "tell" is what was told, without a comma', () => {
  // (demo corpus, PolNeAR dev) "told Reuters "…"" had no quote, or one made a floating quote of it
  const text = [
    'Djibouti\'s President Omah Guelleh told the UN security council "Continued inaction in whatever form not only will encourage but will benefit Eritrea\'s attitude."',
    'She called in to a convention of fast-food workers, telling them "thank you for marching in the streets to get that living wage."',
  ].join('\n\n');
  const { quotes: qs } = quotes(text);
  assert.equal(covering(qs, text, 'Continued inaction').cue?.text, 'told');
  assert.equal(covering(qs, text, 'thank you for marching').cue?.text, 'telling');
  // (demo corpus) but not for a verb whose preposition comes first: "accused the station of "inciting …""
  const accused = 'Wolfowitz accused the station of "inciting violence against troops".';
  assert.ok(covering(quotes(accused).quotes, accused, 'inciting').text.startsWith('the station'));
});

test('a programme\'s title in two-apostrophe marks before "that" is passed over as one in double quotes', () => {
  // (PolNeAR dev: the Times' own typography) each of the marks '' is two tokens
  const text =
    "Mr. Scarborough, after trading insults with Mr. Hannity over Mr. Trump, said on the MSNBC show ''Morning Joe'' that ''too much of the Republican Party became an echo chamber of itself.''";
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, 'too much of the Republican Party');
  assert.equal(q.cue?.text, 'said');
  assert.ok(q.text.startsWith("that ''too much"), q.text);
});

test('a titled hearer\'s name before a subject pronoun is not the content\'s subject ("told host Chris Cuomo she …")', () => {
  // (PolNeAR dev) the content took the hearer's name with it
  const text =
    'Sen. Kristen Gillibrand, a supporter of Hillary Clinton, told host Chris Cuomo she believed that Clinton would inevitably release a transcript.';
  const q = covering(quotes(text).quotes, text, 'would inevitably release');
  assert.ok(q.text.startsWith('she believed'), q.text);
  // (a name right after the hearer still opens the content: "told reporters Trump will win")
  const plain = 'He told reporters Trump will win the nomination.';
  assert.ok(covering(quotes(plain).quotes, plain, 'will win').text.startsWith('Trump will win'));
});

test('after a hearer, a demonstrative or a possessive opens the content clause', () => {
  const text = [
    'Cornyn told reporters this was the only chance to pass a measure to fight Zika.',
    'Mr. Hannity told me his support for Mr. Trump makes him more honest than other hosts.',
  ].join('\n\n');
  const { quotes: qs } = quotes(text);
  assert.ok(covering(qs, text, 'the only chance').text.startsWith('this was'));
  assert.ok(covering(qs, text, 'makes him more honest').text.startsWith('his support'));
});

test('a relative "that" after the object of a verb that takes no hearer is not its content', () => {
  const text = 'Clinton described the reform bill as something that needed to pass for political reasons.';
  const { quotes: qs } = quotes(text);
  assert.ok(!qs.some((q) => q.text.startsWith('that needed')), JSON.stringify(qs.map((q) => q.text)));
});

test('a question put to someone ("Asked whether …", "when asked about …") is a quote whose asker goes unnamed', () => {
  const text = [
    'Asked in Iowa recently whether he would support Donald Trump if Trump is the nominee, Bush said he would.',
    '"You bet I would," Christie said when asked whether he would issue a quarantine.',
    'Asked by Stephanopoulos to respond to the criticism, Carson laughed.',
    'Texas, leading a coalition of 13 states, asked a federal judge to block the rules.',
  ].join('\n\n');
  const { doc, quotes: qs } = quotes(text);
  const bush = covering(qs, text, 'he would support');
  assert.equal(bush.rule, 'asked-question');
  assert.ok(bush.text.startsWith('whether'), bush.text);
  assert.ok(!bush.text.includes('Bush said'), bush.text);
  assert.equal(bush.speaker, null);
  assert.equal(covering(qs, text, 'issue a quarantine').rule, 'asked-question');
  const byAsker = covering(qs, text, 'respond to the criticism');
  assert.equal(byAsker.speaker_rule, 'asked-by');
  assert.match(speakerName(doc, byAsker) ?? '', /Stephanopoulos/);
  // a subject before an apposition asks in person: not an unnamed question
  assert.ok(!qs.some((q) => q.rule === 'asked-question' && q.text.includes('federal judge')));
});

test('"As reported by X, …": the passive agent is the source of the main clause', () => {
  const text = 'As reported by Western Journalism, investigators found over 2,200 emails from the server.';
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, 'investigators found');
  assert.equal(q.rule, 'as-frame');
  assert.match(speakerName(doc, q) ?? '', /Western Journalism/);
});

test('"according to" a source the tagger read as a verb ("according to police"), and in mid-sentence', () => {
  const text = [
    'According to police, officers saw Scott get out of a car with a handgun.',
    'According to exit polls, Mitt Romney had a ten-point lead among the high-earning group.',
    'Trump gave his blessing, according to court documents reported by The Post, becoming a 93 percent owner.',
    'In 2014, according to the FBI, most murders involving white victims were committed by white people.',
  ].join('\n\n');
  const { doc, quotes: qs } = quotes(text);
  const police = covering(qs, text, 'officers saw Scott');
  assert.equal(police.rule, 'according-to');
  assert.equal(speakerName(doc, police), 'police');
  assert.equal(covering(qs, text, 'ten-point lead').rule, 'according-to');
  assert.equal(covering(qs, text, 'gave his blessing').text, 'Trump gave his blessing');
  assert.ok(covering(qs, text, 'most murders').text.startsWith('most murders'));
});

test('"according to" between a subject and its verb interrupts the content, which holds the subject', () => {
  // the seed article and Wikinews (demo corpus)
  const text = [
    'Their talks, according to the U.S., could include negotiating a possible arms deal.',
    'The inhospitable Siachen glacier, according to a Ladakhi proverb, is a place where "one is only visited by either his closest friends or deepest enemies".',
    'In 2014, according to the FBI, most murders involving white victims were committed by white people.',
  ].join('\n\n');
  const { doc, quotes: qs } = quotes(text);
  const talks = covering(qs, text, 'could include');
  assert.match(speakerName(doc, talks) ?? '', /^(?:U\.S\.|United States)$/);
  assert.deepEqual(
    talks.parts?.map((p) => text.slice(p.start, p.end)),
    ['Their talks', 'could include negotiating a possible arms deal'],
  );
  assert.ok(covering(qs, text, 'is a place where').text.startsWith('The inhospitable Siachen glacier, according to'));
  // (a fronted time is no subject)
  assert.ok(covering(qs, text, 'most murders').text.startsWith('most murders'));
});

test("a relative clause inside the content's subject does not end the content; one after it does", () => {
  const text = [
    'Devine acknowledged that Sanders, who did win Rhode Island on Tuesday, would likely place more focus on policy.',
    'Clinton said she would protect the program, which provides health services for millions of women.',
  ].join('\n\n');
  const { quotes: qs } = quotes(text);
  assert.ok(covering(qs, text, 'would likely place').text.startsWith('that Sanders, who'));
  assert.equal(covering(qs, text, 'protect the program').text, 'she would protect the program');
});

test('a verb of saying the tagger read as an adjective after its subject still attributes ("Toomey fumed")', () => {
  const text = [
    '"We are still talking about that guy during an election?" Mr. Burton fumed, using a profane word instead of "guy."',
    '“If they were serious about progress, they would have gone further” Toomey fumed on Tuesday.',
  ].join('\n\n');
  const { doc, quotes: qs } = quotes(text);
  const burton = covering(qs, text, 'still talking');
  assert.equal(burton.rule, 'quote-then-cue');
  assert.match(speakerName(doc, burton) ?? '', /Burton/);
  // the quoted word the narrative governs ("instead of “guy.”") is no second piece of his quote
  assert.equal(burton.parts, undefined);
  assert.ok(!burton.text.includes('profane'), burton.text);
  assert.match(speakerName(doc, covering(qs, text, 'serious about progress')) ?? '', /Toomey/);
});

test("a quote after another speaker's quote with its own inverted attribution is not joined to it", () => {
  const text =
    '“It’s a dog whistle to all Americans,” Rep. Gwen Moore said Friday. “If he is not legitimate, then nobody is” added Rep. Jim Clyburn.';
  const { doc, quotes: qs } = quotes(text);
  const moore = covering(qs, text, 'dog whistle');
  assert.equal(moore.text, 'It’s a dog whistle to all Americans,');
  assert.match(speakerName(doc, covering(qs, text, 'nobody is')) ?? '', /Clyburn/);
});

test('manner-of-speaking verbs after a quotation attribute it ("reacted Trump", "an angry Hollande retaliated")', () => {
  const text = [
    '“Obama said in his speech that Muslims are our sports heroes. What sport is he talking about?” reacted Trump.',
    '“France will always be France,” an angry Hollande retaliated.',
  ].join('\n\n');
  const { doc, quotes: qs } = quotes(text);
  assert.match(speakerName(doc, covering(qs, text, 'sports heroes')) ?? '', /Trump/);
  assert.match(speakerName(doc, covering(qs, text, 'always be France')) ?? '', /Hollande/);
});

test('"began" and "continued" frame quotations but report no clause ("the problems began when …")', () => {
  const text = [
    'Mr. Rubio’s problems on Saturday began when Mr. Christie questioned his experience.',
    '“We will win,” he continued.',
  ].join('\n\n');
  const { doc, quotes: qs } = quotes(text);
  assert.ok(!qs.some((q) => q.cue?.text === 'began'), JSON.stringify(qs.map((q) => q.text)));
  assert.equal(covering(qs, text, 'We will win').cue?.text, 'continued');
  assert.ok(speakerName(doc, covering(qs, text, 'We will win')) !== undefined);
});

test('a quotation set off by a dash or bracket before its attribution is not a fragment of the sentence', () => {
  const text = [
    "Mr. Biden suggested Mr. Trump had a fondness for brutal leaders like Saddam Hussein - ''He would have loved Stalin,'' Mr. Biden said twice.",
    '"I don\'t think the conventional wisdom" -- that he is seen as a nanny -- "is going to last," he says.',
  ].join('\n\n');
  const { quotes: qs } = quotes(text);
  const stalin = covering(qs, text, 'loved Stalin');
  assert.ok(stalin.text.startsWith('He would have loved'), stalin.text);
  // a piece in lower case still continues its sentence
  assert.ok(covering(qs, text, 'is going to last').start < text.indexOf('that he is seen'));
});

test('a mixed quote whose quotation runs on past the sentence ends where the quotation closes', () => {
  const text =
    'Trump said he is "weak on illegal immigration, you know that. Weak - Rubio - weak on illegal immigration. Like weak like a baby." The crowd cheered.';
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, 'weak on illegal immigration, you know');
  assert.equal(q.kind, 'mixed');
  assert.ok(q.text.includes('like a baby'), q.text);
  assert.ok(!q.text.includes('crowd'), q.text);
});

test('a piece a cue of its own introduces ("…,” Cruz said, adding: “…”) is a quote of its own', () => {
  const text = [
    '"I have tremendous respect for Governor Mike Pence," Cruz said, adding: "I would enthusiastically welcome his support."',
    'After Scalia said that some students might do better at "less advanced schools," Trump said: "I don\'t like what he said."',
  ].join('\n\n');
  const { doc, quotes: qs } = quotes(text);
  const respect = covering(qs, text, 'tremendous respect');
  assert.ok(!respect.text.includes('welcome'), respect.text);
  const welcome = covering(qs, text, 'enthusiastically welcome');
  assert.match(speakerName(doc, welcome) ?? '', /Cruz/);
  const dislike = covering(qs, text, "don't like what he said");
  assert.ok(!dislike.text.includes('Scalia'), dislike.text);
  assert.equal(dislike.cue?.text, 'said');
});

test('a verb of saying or believing the tagger read as a noun after its subject is still a cue', () => {
  const text = [
    'Clinton’s donors are not letting up even as some recent polls show her pulling away from Trump.',
    'Hillary Clinton plans to call on young people to participate in national service.',
    'Many fear Trump will feed insecurity in nations worried about China’s growing power.',
  ].join('\n\n');
  const { doc, quotes: qs } = quotes(text);
  assert.equal(covering(qs, text, 'pulling away').cue?.text, 'show');
  assert.equal(covering(qs, text, 'participate in national service').cue?.text, 'plans');
  const fear = covering(qs, text, 'feed insecurity');
  assert.equal(fear.cue?.text, 'fear');
  assert.equal(speakerName(doc, fear), 'Many');
});

test('a reporting noun with a that-clause or infinitive is a quote of its holder ("Trump’s claim that …")', () => {
  const text = [
    'Politifact seized on Trump’s claim that there have been thousands of shootings in Chicago this year.',
    'One sticking point is a demand, by House Minority Leader Nancy Pelosi, that the bill include tax breaks.',
    'Donald J. Trump has gotten traction with his promise to build a wall on the border.',
    'The report that was released on Monday ran to 40 pages.',
  ].join('\n\n');
  const { doc, quotes: qs } = quotes(text);
  const claim = covering(qs, text, 'thousands of shootings');
  assert.equal(claim.rule, 'cue-noun');
  assert.match(speakerName(doc, claim) ?? '', /Trump/);
  assert.match(speakerName(doc, covering(qs, text, 'include tax breaks')) ?? '', /Pelosi/);
  assert.equal(covering(qs, text, 'build a wall').text, 'to build a wall on the border');
  // a relative clause after the noun is no content
  assert.ok(!qs.some((q) => q.text.includes('was released')));
});

test('a case made, a concern, worry or doubt raised with a that-clause is a quote of its holder', () => {
  const made =
    'Over the course of 13 pages, Band made a case that his multiple roles had served the interests of the charity.';
  const raised = 'Democrats raised concerns that the bill would hurt workers.';
  const holder = (text: string, words: string) => {
    const { doc, quotes: qs } = quotes(text);
    const q = covering(qs, text, words);
    assert.equal(q.rule, 'cue-noun', text);
    return speakerName(doc, q);
  };
  assert.equal(holder(made, 'his multiple roles'), 'Band');
  assert.equal(holder(raised, 'the bill would hurt workers'), 'Democrats');
  // "it is the case" has no holder
  assert.ok(!quotes('It is the case that nobody knows the answer.').quotes.some((q) => q.text.includes('nobody')));
});

test('a reporting noun\'s that-clause after a copula is its content ("Trump\'s view is that …")', () => {
  const view = 'Trump’s view is that the deal is a disaster.';
  const found = quotes(view);
  const q = found.quotes.find((x) => x.cue?.text === 'view');
  assert.equal(q?.text, 'that the deal is a disaster');
  assert.match(q ? (speakerName(found.doc, q) ?? '') : '', /Trump/);
  const hope = 'As for Japan, my hope would be that we can resolve these tensions.';
  assert.equal(covering(quotes(hope).quotes, hope, 'we can resolve').cue?.text, 'hope');
});

test('an imperative ("Thank you so much", "Consider what …") is nobody\'s reported statement', () => {
  const text =
    'Thank you so much, ladies and gentlemen. I would like to thank you for giving me this opportunity. Consider what happened last year.';
  const { doc, quotes: qs } = quotes(text);
  assert.ok(
    !qs.some((q) => q.cue?.text === 'Thank' || q.cue?.text === 'Consider'),
    JSON.stringify(qs.map((q) => q.cue?.text)),
  );
  assert.ok(!doc.entities.some((e) => e.name === 'Thank'));
});

test('a determiner standing as subject ("Another said …") and a long hearer before an infinitive are read', () => {
  const text = [
    'One put on a campaign cap. Another said he supported Trump, though his family did not.',
    'Trump tells his supporters at a Michigan rally to go to their polling place and vote.',
  ].join('\n\n');
  const { doc, quotes: qs } = quotes(text);
  const another = covering(qs, text, 'he supported Trump');
  assert.equal(another.cue?.text, 'said');
  assert.equal(speakerName(doc, another), 'Another');
  assert.ok(covering(qs, text, 'go to their polling place').text.startsWith('to go'));
});

test('a question word the tagger reads as an adverb opens the content ("emphasizing why …")', () => {
  const text =
    '“You can’t talk about change if you don’t know what we’re changing,” DuVernay said, emphasizing why understanding our past is crucial.';
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, 'understanding our past');
  assert.ok(q.text.startsWith('why'), q.text);
  assert.match(speakerName(doc, q) ?? '', /DuVernay/);
});

test('"found" reports a finding when a study or a poll finds, not a verdict ("found him guilty")', () => {
  const text = [
    'A 2014 study by a law professor found 31 incidents of voter impersonation out of a billion ballots.',
    'The jury found him guilty of fraud on Monday.',
    'Mr. Romney found it difficult to overcome the defeat.',
  ].join('\n\n');
  const { quotes: qs } = quotes(text);
  assert.equal(covering(qs, text, '31 incidents').cue?.text, 'found');
  assert.ok(
    !qs.some((q) => q.text.includes('guilty') || q.text.includes('difficult')),
    JSON.stringify(qs.map((q) => q.text)),
  );
});

test('a day or a hearer between a verb and its preposition ("spoke out Tuesday about", "spoke to CNN about")', () => {
  const text = [
    'Hillary Clinton spoke out Tuesday about the death of Terence Crutcher in Tulsa.',
    'Trump was more emphatic when he spoke to CNN about the subject of immigration.',
  ].join('\n\n');
  const { quotes: qs } = quotes(text);
  assert.equal(covering(qs, text, 'death of Terence Crutcher').rule, 'cue-prep-verb');
  assert.ok(covering(qs, text, 'subject of immigration').text.startsWith('the subject'));
});

test('after a verb of conversation "with" names the other party, not what was said ("spoke today with …")', () => {
  const text =
    'Secretary of State Antony J. Blinken spoke today with Estonian Foreign Minister Urmas Reinsalu. He agreed with the minister that sanctions must stay.';
  const { quotes: qs } = quotes(text);
  assert.ok(!qs.some((q) => q.text.includes('Reinsalu')), JSON.stringify(qs.map((q) => q.text)));
});

test('"of" after a capitalised hearer goes on with the hearer\'s title: "spoke with Canadian Minister of Foreign Affairs …" speaks of nothing', () => {
  // (demo corpus, State Department readout)
  const text =
    'Secretary of State Antony J. Blinken spoke with Canadian Minister of Foreign Affairs Marc Garneau today to discuss collaboration between the United States and Canada to defeat the COVID-19 pandemic. He spoke to reporters of his hopes for peace.';
  const { quotes: qs } = quotes(text);
  assert.ok(!qs.some((q) => q.text.includes('Marc Garneau')), JSON.stringify(qs.map((q) => q.text)));
  assert.equal(covering(qs, text, 'his hopes for peace').rule, 'cue-prep-verb');
});

test('a transcript label\'s name in capitals is no learned cue ("MR. HAMMER: Hello, good evening")', () => {
  const text = 'MR. HAMMER: Hello, good evening, everyone. We know it has been a long day for all of you.';
  const { quotes: qs } = quotes(text);
  assert.ok(!qs.some((q) => q.cue?.text === 'HAMMER'), JSON.stringify(qs.map((q) => q.cue?.text)));
});

test('a cue after "but"/"and" shares the speaker of the cue it is coordinated with, not of a verb inside its content', () => {
  const text = [
    'Pence said it takes time to develop those relationships but added that he strongly supports Paul Ryan.',
    'In a video posted to her Facebook account, Zephyr Teachout criticized Singer and challenged him to a debate.',
  ].join('\n\n');
  const { doc, quotes: qs } = quotes(text);
  const added = covering(qs, text, 'he strongly supports');
  assert.equal(added.speaker_rule, 'coordinated-cue');
  assert.match(speakerName(doc, added) ?? '', /Pence/);
  assert.ok(covering(qs, text, 'it takes time').text.startsWith('it takes time'));
  assert.match(speakerName(doc, covering(qs, text, 'to a debate')) ?? '', /Teachout/);
});

test('a quotation after a cue and a comma is direct even with a tail attribution or adjuncts between', () => {
  const text = [
    'Pence said in politics it takes time but added, “I strongly support Paul Ryan, we need Paul Ryan to make America great again,” Pence said.',
    'Recently she announced on her Facebook page, in all capital letters, "I\'m getting off the Cruz ship and boarding the Trump train!"',
  ].join('\n\n');
  const { quotes: qs } = quotes(text);
  const ryan = covering(qs, text, 'I strongly support');
  assert.equal(ryan.kind, 'direct');
  assert.ok(ryan.text.startsWith('I strongly support'), ryan.text);
  const train = covering(qs, text, 'boarding the Trump train');
  assert.equal(train.kind, 'direct');
  assert.equal(train.cue?.text, 'announced');
});

test('a question closed by its own mark is not attributed by a cue that opens the next quotation', () => {
  const text =
    'Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then writes back, “You look cute.”';
  const { doc, quotes: qs } = quotes(text);
  const why = covering(qs, text, 'Why now');
  assert.equal(why.cue?.text, 'responds');
  assert.ok(!why.text.includes('responds'), why.text);
  assert.match(speakerName(doc, covering(qs, text, 'You look cute')) ?? '', /Mills/);
  assert.match(speakerName(doc, why) ?? '', /Clinton/);
});

test('after a participle or a verb taking a hearer, the phrase before the colon is who was told, not who spoke', () => {
  const text = [
    'Senator Chuck Schumer privately expressed frustration that Mr. Weiner was insufficiently interested in substance, telling one aide: "It\'s all political ricochet."',
    'When Wallace died in 1998, President Clinton released the following statement: "Hillary and I offer our condolences to the family of George Wallace."',
  ].join('\n\n');
  const { doc, quotes: qs } = quotes(text);
  const ricochet = covering(qs, text, 'political ricochet');
  assert.notEqual(ricochet.speaker_rule, 'cue-inverted');
  assert.ok(!/aide/.test(speakerName(doc, ricochet) ?? ''), speakerName(doc, ricochet));
  const condolences = covering(qs, text, 'our condolences');
  assert.equal(condolences.speaker_rule, 'issuer-label');
  assert.match(speakerName(doc, condolences) ?? '', /Clinton/);
});

test('a short subject after a fronted adjunct and its comma speaks ("By 80%-10%, those surveyed say …")', () => {
  const text =
    'By an overwhelming 80%-10%, those surveyed say the United States should transition to mostly clean or renewable energy by 2030.';
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, 'should transition');
  // (the subject reader takes "those" with its participle: described-subject.ts participleModifiedSubject)
  assert.equal(q.speaker_rule, 'cue-subject');
  assert.equal(q.speaker?.name, 'those surveyed');
  assert.ok(q.text.startsWith('the United States'), q.text);
  // a quantifier standing alone after the comma is the subject (phrases.ts nominalAdverbAt; before
  // 7be475d the phrase reader passed over it and the clause-start reading found it)
  const most = 'By a wide margin, most say the country is on the wrong track.';
  const m = covering(quotes(most).quotes, most, 'the wrong track');
  assert.equal(m.speaker_rule, 'cue-subject');
  assert.equal(m.speaker?.name, 'most');
});

test('a parenthetical frame after a full clause leaves out an apposition to its speaker or a participle of saying', () => {
  const text =
    'Clinton has a strong ground game in the state, said Mindy Romero, director of the California Civic Engagement Project, which tracks turnout. ' +
    'Ryan and Trump will meet sometime next week, Spicer said, adding that they need to sit down. ' +
    'It is unlikely that the review will be complete by Election Day, officials said, although they said there was a chance of updates. ' +
    'The new review, he said, will be complete by Election Day.';
  const { quotes: qs } = quotes(text);
  assert.equal(covering(qs, text, 'strong ground game').text, 'Clinton has a strong ground game in the state');
  assert.equal(covering(qs, text, 'meet sometime').text, 'Ryan and Trump will meet sometime next week');
  assert.equal(covering(qs, text, 'they need to').text, 'that they need to sit down');
  assert.equal(
    covering(qs, text, 'review will be').text,
    'It is unlikely that the review will be complete by Election Day',
  );
  assert.equal(covering(qs, text, 'there was a chance').text, 'there was a chance of updates');
  // a frame inside its clause leaves no clause before it: the whole sentence is the content
  assert.equal(covering(qs, text, 'new review').text, 'The new review, he said, will be complete by Election Day');
});

test("the speaker's own conduct after a parenthetical frame is no part of the content", () => {
  // (demo corpus, Wikinews 2005: the spokesperson's refusal is the writer's account, not what was said)
  const text =
    'One member of the missing military team has been recovered and is currently being “evaluated” on Monday, a U.S. Defence Department spokesperson said, though he refused to comment on details regarding his whereabouts and health. ' +
    'The talks have stalled, he said, though he expects them to resume.';
  const { quotes: qs } = quotes(text);
  assert.equal(
    covering(qs, text, 'has been recovered').text,
    'One member of the missing military team has been recovered and is currently being “evaluated” on Monday',
  );
  assert.equal(covering(qs, text, 'talks have stalled').text, 'The talks have stalled');
});

test('"found" of a body or a state is no finding; a poll\'s finding still is', () => {
  // (demo corpus: a Wikinews related-article line and two reports)
  const text =
    'Bodies found at crash site of US helicopter in Afghanistan. ' +
    'Another escaped convict from Dubrava Prison was found dead near Odri, a village close to Tetovo. ' +
    'They learnt that their orders had been refused, but found themselves locked up as a reprisal. ' +
    'The Gallup poll found that most voters were undecided.';
  const { quotes: qs } = quotes(text);
  for (const words of ['crash site', 'near Odri', 'locked up'])
    assert.equal(
      qs.find((q) => q.text.includes(words)),
      undefined,
      words,
    );
  assert.equal(covering(qs, text, 'most voters').text, 'that most voters were undecided');
});

test('a present participle after a name opens an adjunct, no comma before it: the name speaks', () => {
  // (demo corpus, Wikinews 2006)
  const text =
    'U.S. President George W Bush speaking at the White House ahead of an emergency closed session of the UN Security Council called the action "unacceptable." ' +
    'Horrified at the prospect of Trump becoming president, Ramos believes in journalism that “takes sides.”';
  const doc = analyzeDocument({ id: 't', text });
  assert.equal(speakerName(doc, covering(doc.quotes, text, 'the action')), 'George W. Bush');
  // (a participle inside a fronted adjunct is not the cue's subject's)
  assert.equal(speakerName(doc, covering(doc.quotes, text, 'takes sides')), 'Ramos');
});

test('a second source set off by commas after "according to" is no content', () => {
  // (demo corpus, Wikinews 2006)
  const text =
    'According to South Korea-based Yonhap News service, and the Associated Press, North Korea has announced that it has successfully conducted its first nuclear test.';
  const { quotes: qs } = quotes(text);
  assert.equal(
    covering(qs, text, 'has announced').text,
    'North Korea has announced that it has successfully conducted its first nuclear test',
  );
  assert.equal(
    qs.find((q) => q.text.includes('Associated Press')),
    undefined,
  );
});

test('a passive cue\'s agent after "by" speaks its clause; a content\'s own passive keeps its agent', () => {
  // (demo corpus: Wikinews 2006 and 2008, a State Department transcript)
  const text =
    'President George W. Bush was told shortly after 10 p.m. that a test was imminent by National Security Advisor Stephen Hadley. ' +
    "Last year, Georgia's GDP increased 12.4% and it is predicted by the IMF that growth will be less than 4 percent in the coming year. " +
    'It was reported that the city was captured by rebels.';
  const doc = analyzeDocument({ id: 't', text });
  const told = covering(doc.quotes, text, 'a test was imminent');
  assert.equal(told.text, 'that a test was imminent');
  assert.equal(speakerName(doc, told), 'Stephen Hadley');
  assert.equal(speakerName(doc, covering(doc.quotes, text, 'growth will be')), 'IMF');
  assert.equal(covering(doc.quotes, text, 'the city was').text, 'that the city was captured by rebels');
});

test('a second attribution after a comma ends the content, its subject a title and a name', () => {
  // (demo corpus, Wikinews 2006: a comma splice)
  const text =
    "Some experts are speculating that the test may push the United Nations to back sanctions against the North Koreans, Japan's U.N Ambassador Kenzo Oshima has told reporters in New York that the United States is drafting the resolutions.";
  const doc = analyzeDocument({ id: 't', text });
  assert.equal(
    covering(doc.quotes, text, 'the test may push').text,
    'that the test may push the United Nations to back sanctions against the North Koreans',
  );
  assert.equal(speakerName(doc, covering(doc.quotes, text, 'is drafting')), 'Kenzo Oshima');
});

test('a gerund listed after a noun\'s "of" names a value or an aim, not a saying; a participle after the list still says', () => {
  // (demo corpus: State Department readouts; PolNeAR-style sentences)
  const text =
    'In addition, they discussed combined efforts to promote peace, based upon our shared values of defending freedom, championing economic opportunity, upholding human rights, and respecting the rule of law. ' +
    'They stressed the importance of preserving the rules-based international order, supporting good governance, and protecting democratic societies. ' +
    "Carson has shown little signs of stemming his fury toward Ted Cruz's campaign, slamming the Texas senator for failing to act.";
  const doc = analyzeDocument({ id: 't', text });
  for (const words of ['economic opportunity', 'good governance'])
    assert.equal(
      doc.quotes.find((q) => q.text.includes(words)),
      undefined,
      words,
    );
  assert.equal(covering(doc.quotes, text, 'the Texas senator').cue?.text, 'slamming');
});

test('an adjective and a participle after a gerund modify one noun: the content goes on past their "and"', () => {
  // (demo corpus, Wikinews 2007)
  const text =
    'In the past the US has been accused of using exaggerated and fabricated evidence to build its case against Iraq prior to the war.';
  const { quotes: qs } = quotes(text);
  assert.equal(
    covering(qs, text, 'using exaggerated').text,
    'using exaggerated and fabricated evidence to build its case against Iraq prior to the war',
  );
});

test('a relative clause whose relative word is the object of the cue is the content, relative word included', () => {
  const text =
    'He touted his victories in various states, particularly in Florida, which he describes as his second home. ' +
    'That view has upended decades of party orthodoxy toward Russia, a country that the previous nominee, Mitt Romney, called "our No.1 geopolitical foe." ' +
    'They spent $332,000 on a company which specializes in building what it calls "psychographic" profiles of voters. ' +
    'The bill, which Mr. Obama championed, passed in 2010. ' +
    'It was a meeting in which Trump repeated his claims about the election. ' +
    'The Nigerian Union of Teachers announced Thursday that it has called off a four-day strike.';
  const { quotes: qs } = quotes(text);
  const home = covering(qs, text, 'second home');
  assert.equal(home.text, 'which he describes as his second home');
  assert.equal(home.rule, 'cue-relative-object');
  assert.equal(
    covering(qs, text, 'geopolitical').text,
    'that the previous nominee, Mitt Romney, called "our No.1 geopolitical foe."',
  );
  assert.ok(covering(qs, text, 'psychographic').text.startsWith('what it calls "psychographic" profiles'));
  // nothing said of the noun after the cue, or a relative after a preposition: no relative content
  assert.ok(!qs.some((q) => q.rule === 'cue-relative-object' && q.text.includes('championed')));
  assert.ok(!qs.some((q) => q.rule === 'cue-relative-object' && q.text.includes('repeated')));
  // "that" after a verb of saying and its time adjunct opens that verb's content, not a relative clause
  assert.ok(!qs.some((q) => q.rule === 'cue-relative-object' && q.text.includes('four-day strike')));
});

test('a relative clause on the object of a verb of the mind with only a phrase of place or time after it says nothing', () => {
  // demo corpus (State Department briefings and a White House call)
  const text =
    'And would those costs include sanctions of the kind that we’ve seen against Russia? ' +
    'We discussed the agenda that we anticipate for tomorrow. ' +
    'We condemn the horrific terrorism that we’ve seen in the recent tragic attacks in Brussels and other places. ' +
    'We have taken steps which we hope in turn can help create the conditions for a more stable situation.';
  const { quotes: qs } = quotes(text);
  // (the verb the noun is the object of may still have its own content: "discussed the agenda that …")
  for (const words of ['against Russia', 'for tomorrow', 'in Brussels'])
    assert.ok(
      !qs.some((q) => q.rule === 'cue-relative-object' && q.text.includes(words)),
      `a relative holds "${words}"`,
    );
  assert.ok(!qs.some((q) => q.text.includes('against Russia')));
  // a content's verb after the phrase: the clause says what was hoped
  assert.ok(covering(qs, text, 'can help create').text.includes('which we hope in turn can help create'));
});

test('an impression or a belief held by nobody named takes its subject into the content', () => {
  const text =
    'Other groups are also expected to spend millions on TV ads next year. ' +
    'Many of his supporters are expected to be Latino. ' +
    'Republicans do not seem to take the argument of Bernie Sanders seriously. ' +
    'Trump will appear at a rally in Ohio on Friday.';
  const { quotes: qs } = quotes(text);
  const expected = covering(qs, text, 'spend millions');
  assert.equal(expected.text, 'Other groups are also expected to spend millions on TV ads next year');
  assert.equal(expected.rule, 'belief-passive');
  assert.equal(expected.speaker, null);
  // "to be": the tagger reads "be" as an auxiliary, still an infinitive
  assert.equal(covering(qs, text, 'be Latino').text, 'Many of his supporters are expected to be Latino');
  const seem = covering(qs, text, 'take the argument');
  assert.equal(seem.text, 'Republicans do not seem to take the argument of Bernie Sanders seriously');
  assert.equal(seem.rule, 'raising-clause');
  // "appear" with no complement is no impression
  assert.ok(!qs.some((q) => q.text.includes('rally in Ohio')));
});

test('a content runs on through ", including …", the list of what it covers', () => {
  const text =
    'Ms. Rosen cited several factors for the low turnout, including laws that have raised new barriers to voting among minorities. ' +
    'Mr. Perez said the campaign would discuss a range of issues, including immigration and surveillance.';
  const { quotes: qs } = quotes(text);
  assert.ok(covering(qs, text, 'several factors').text.endsWith('barriers to voting among minorities'));
  assert.ok(covering(qs, text, 'a range of issues').text.endsWith('including immigration and surveillance'));
});

test('a listed verb the tagger read as a noun is a cue after a number, a relative pronoun or a name', () => {
  const text =
    'Nearly nine out of 10 say they will need to continually develop new skills to advance their careers. ' +
    'This was the Trump who questions the judicial independence of an American-born judge. ' +
    'Democrats on the House Select Committee on Benghazi plan to release a slew of interview transcripts.';
  const { quotes: qs } = quotes(text);
  const say = covering(qs, text, 'continually develop');
  assert.equal(say.text, 'they will need to continually develop new skills to advance their careers');
  assert.equal(say.cue?.text, 'say');
  assert.equal(covering(qs, text, 'judicial independence').cue?.text, 'questions');
  assert.equal(covering(qs, text, 'a slew of').cue?.text, 'plan');
});

test('an attribution in the narrative between the pieces of a direct quote is kept', () => {
  const text =
    "''The key to the success of these ventures was the broader market timing,'' Mr. Hedge said, referring to the two Trump resorts. ''I assume they saw the luxury market recovering.''";
  const { quotes: qs } = quotes(text);
  const referring = qs.find((q) => q.cue?.text === 'referring to');
  assert.equal(referring?.text, 'the two Trump resorts');
  assert.ok(covering(qs, text, 'market timing').kind === 'direct');
});

test('after "say", an adjunct of what was said set off by a comma opens the content', () => {
  const text =
    'One Republican presidential hopeful, Carly Fiorina, says despite being a Stanford alumna, she plans to root for Iowa.';
  const { quotes: qs } = quotes(text);
  const says = qs.find((q) => q.cue?.text === 'says');
  assert.equal(says?.text, 'despite being a Stanford alumna, she plans to root for Iowa');
});

// State Department readout, 19 February 2022 (public domain)
test('"The following is attributable to Spokesperson X:" credits the readout after it to X, and its events too', async () => {
  const { analyze } = await import('../src/analyze/analyzer.js');
  const readout =
    'The following is attributable to Spokesperson Ned Price:\n\nSecretary of State Antony J. Blinken met with French Foreign Minister Jean-Yves Le Drian today on the sidelines of the Munich Security Conference. The Secretary welcomed France’s leadership role during the French Presidency of the Council of the European Union.';
  const a = analyze({ id: 't', text: readout, published: '2022-02-19' });
  const block = covering(a.quotes, readout, 'met with French Foreign Minister');
  assert.equal(block.kind, 'direct');
  assert.equal(block.rule, 'block-after-colon');
  assert.equal(block.speaker?.name, 'Ned Price');
  assert.equal(block.cue?.text, 'attributable');
  // the events the readout reports are the spokesman's report
  const met = a.events.find((e) => e.trigger.text === 'met');
  assert.equal(met?.asserted_by?.name, 'Ned Price');
  // and what the Secretary said inside it stays his
  assert.equal(a.quotes.find((q) => q.cue?.text === 'welcomed')?.speaker?.name, 'Antony J. Blinken');
});

test('"Begin Text:" opens a document whose issuer, named in the paragraph before, speaks it', async () => {
  const { analyze } = await import('../src/analyze/analyzer.js');
  const released =
    'Joint Statement on the U.S.-UAE Economic Policy Dialogue\n\nThe text of the following statement was released by the Governments of the United States of America and the United Arab Emirates.\n\nBegin Text:\n\nThe Eighth U.S.-UAE Economic Policy Dialogue on June 8 was co-chaired by the UAE Ministry of Foreign Affairs.\n\nEnd Text.';
  const a = analyze({ id: 't', text: released, published: '2021-06-10' });
  const block = covering(a.quotes, released, 'The Eighth U.S.-UAE');
  assert.equal(block.rule, 'block-after-colon');
  assert.equal(block.speaker_rule, 'document-issuer');
  // (the government the preamble names, with the other party)
  assert.equal(block.speaker?.name, 'Government of the United States of America');
  assert.deepEqual(
    block.with?.map((w) => w.name),
    ['United Arab Emirates'],
  );
  // an issuer as the subject of "issue"; never the words "Begin Text" themselves
  const issued =
    'Canada, Finland, Norway, Sweden, and the United States issue the following joint statement.\n\nBegin text:\n\nCanada, Finland, Norway, Sweden, and the United States remain committed to the Arctic Council.';
  const b = analyze({ id: 't', text: issued, published: '2022-03-03' });
  const joint = covering(b.quotes, issued, 'remain committed');
  assert.equal(joint.speaker_rule, 'document-issuer');
  assert.ok(!/text/i.test(joint.speaker?.name ?? ''), joint.speaker?.name);
  assert.match(joint.speaker?.name ?? '', /Canada|United States/);
});

test('a speaker named by a tie to others ("my colleague", "the two") is a person, not a body', async () => {
  const { analyze } = await import('../src/analyze/analyzer.js');
  const text =
    'As my colleague mentioned previously, the slope will be determined by the Commander-in-Chief. Secretary Blinken met Foreign Secretary Truss. The two also discussed ongoing UK-EU negotiations.';
  const a = analyze({ id: 't', text, published: '2022-01-01' });
  for (const words of ['the slope will be determined', 'ongoing UK-EU negotiations']) {
    const q = covering(a.quotes, text, words);
    const speaker = a.entities.find((e) => e.id === q.speaker?.entity);
    assert.equal(speaker?.type, 'PERSON', `${words}: ${speaker?.name}`);
  }
});

test('what records, polls and emails show is their content, wherever the tagger puts "show" ("…, records show.")', () => {
  const text =
    'Polls show voters trust Clinton more than any of the Republican candidates. ' +
    'He returned all but $100,000 of the money he had been paid, tax returns show. ' +
    'During the same stretch, F.A.A. records show, the smaller jet has flown roughly 216 hours. ' +
    'Emails show how the dispute between the two aides led to personal hostility. ' +
    "The band's old records show off its range.";
  const { quotes: qs } = quotes(text);
  const polls = covering(qs, text, 'voters trust Clinton');
  assert.equal(polls.text, 'voters trust Clinton more than any of the Republican candidates');
  assert.equal(polls.rule, 'evidence-shows');
  assert.equal(polls.speaker?.name, 'Polls');
  const returns = covering(qs, text, 'all but $100,000');
  assert.equal(returns.text, 'He returned all but $100,000 of the money he had been paid');
  assert.equal(returns.rule, 'evidence-parenthetical');
  assert.equal(returns.speaker?.name, 'tax returns');
  // a frame in mid-sentence keeps the whole sentence, as PolNeAR annotates it
  assert.ok(covering(qs, text, 'roughly 216 hours').text.startsWith('During the same stretch'));
  assert.equal(covering(qs, text, 'personal hostility').cue?.text, 'show');
  assert.ok(!qs.some((q) => q.text.includes('its range')));
});

test('a record that a relative clause makes report, after "according to" too, and "analysis" is no plural', () => {
  const text =
    'Two Republican candidates would defeat Hillary Clinton, according to a new poll that shows more voters view Clinton unfavorably than support her. ' +
    'The rushing of more bombs to Israel is consistent with US policy, according to a report issued three days ago by the World Policy Institute which indicates that Israel has always been the largest recipient of military aid. ' +
    'An analysis shows spending rose. The census show was cancelled.';
  const { doc, quotes: qs } = quotes(text);
  const poll = covering(qs, text, 'more voters view Clinton unfavorably');
  assert.equal(poll.text, 'more voters view Clinton unfavorably than support her');
  assert.equal(poll.rule, 'evidence-shows');
  assert.equal(speakerName(doc, poll), 'a new poll');
  assert.equal(covering(qs, text, 'the largest recipient').cue?.text, 'indicates');
  assert.equal(covering(qs, text, 'spending rose').rule, 'evidence-shows');
  assert.ok(!qs.some((q) => q.text.includes('was cancelled')));
});

test('a gerund after a cue is its content ("supports tightening …", "denied having …")', () => {
  const text =
    'Mr. Cruz supports squeezing out undocumented immigrants by tightening enforcement. ' +
    'Two-thirds support reducing the prison sentences for people convicted of drug possession. ' +
    'The senator denied having any role in the firing of the inspector general.';
  const { quotes: qs } = quotes(text);
  assert.equal(
    covering(qs, text, 'squeezing out').text,
    'squeezing out undocumented immigrants by tightening enforcement',
  );
  const share = covering(qs, text, 'reducing the prison');
  assert.equal(share.cue?.text, 'support');
  assert.equal(share.text, 'reducing the prison sentences for people convicted of drug possession');
  assert.equal(covering(qs, text, 'any role').text, 'having any role in the firing of the inspector general');
});

test('a poll named in capitals, an average of polls or a poll with a participle after it frames its finding', () => {
  const text =
    'In an ABC News/Washington Post Poll released Sunday, three of four Americans disapproved of the way Trump had handled it.\n' +
    'Trump leads Cruz by roughly 9 percentage points, 42%-32.7%, in the RealClearPolitics average of recent Indiana polls.\n' +
    'As a result, just 18 percent of registered Hispanic voters have a favorable view of Trump in a new Post-ABC News poll.\n' +
    'The former governor took just 6 percent of the national vote in a Fox News poll released Sunday.\n' +
    'Just 13% of registered voters in the nationwide survey approved.';
  const { quotes: qs } = quotes(text);
  const sourced = (words: string) => {
    const q = covering(qs, text, words);
    assert.equal(q.rule?.replace(/\+.*/, ''), 'source-phrase', words);
    return q;
  };
  assert.equal(sourced('three of four').text, 'three of four Americans disapproved of the way Trump had handled it');
  assert.ok(sourced('Trump leads Cruz').speaker?.name.includes('average of recent Indiana polls'));
  assert.equal(
    sourced('18 percent').text,
    'just 18 percent of registered Hispanic voters have a favorable view of Trump',
  );
  assert.equal(sourced('6 percent').text, 'The former governor took just 6 percent of the national vote');
  // a participle right before the end is the clause's own verb, not a tail of the survey
  assert.ok(!qs.some((q) => q.text.startsWith('Just 13%')));
});

test('a headline names its speaker before the colon though capitalised words follow "to" or "on"', () => {
  const text = 'Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\nWASHINGTON (AP) — The race goes on.';
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, 'Trump will reverse');
  assert.equal(q.rule, 'headline-colon');
  assert.equal(q.speaker?.name, 'Clinton');
});

test('a plain-form cue the tagger read as a noun after a plural subject in capitals or a share ("Liberals call …")', () => {
  const text =
    "Liberals call Ryan cowardly because he won't formally un-endorse Trump. " +
    'Politicos call this the “expectations game” — setting expectations low. ' +
    'While 31 percent call them “inappropriate, but typical,” most shrug.';
  const { quotes: qs } = quotes(text);
  const liberals = covering(qs, text, 'Ryan cowardly');
  assert.equal(liberals.cue?.text, 'call');
  assert.equal(liberals.speaker?.name, 'Liberals');
  assert.equal(covering(qs, text, 'expectations game').cue?.text, 'call');
  assert.equal(covering(qs, text, 'inappropriate').speaker?.name, '31 percent');
});

test('a cue the tagger read as an adjective still frames its content ("…, promising to …", "Gowdy referenced …")', () => {
  const text =
    'Clinton talked up her 50-state strategy, promising to campaign across the country. ' +
    'Donald Trump is promising to "bomb the hell" out of Islamic State terrorists. ' +
    "Gowdy referenced a 2015 inspector general's report concerning poor e-mail retention. " +
    'He is a promising young player.';
  const { quotes: qs } = quotes(text);
  const campaign = covering(qs, text, 'campaign across');
  assert.equal(campaign.text, 'to campaign across the country');
  assert.equal(campaign.cue?.text, 'promising');
  const bomb = covering(qs, text, 'bomb the hell');
  assert.equal(bomb.cue?.text, 'promising');
  assert.equal(bomb.speaker?.name, 'Donald Trump');
  const report = covering(qs, text, 'inspector general');
  assert.equal(report.cue?.text, 'referenced');
  assert.ok(!qs.some((q) => q.text.includes('young player')));
});

test('a programme title in quotation marks after its owner is no quotation of the speaker after it', () => {
  const text =
    'Wednesday on Fox News Channel’s “Hannity,” Newt Gingrich said if Trump picked him as a running mate it would be a “two-pirate ticket.”';
  const { quotes: qs } = quotes(text);
  const said = covering(qs, text, 'picked him');
  assert.equal(said.cue?.text, 'said');
  assert.ok(said.text.startsWith('if Trump picked him'));
  assert.ok(!qs.some((q) => q.text === 'Hannity'));
});

test('"spoke on condition of anonymity" names the terms of speaking, not what was spoken about', () => {
  const text =
    'The official spoke on condition of anonymity because she was not authorized to discuss the case. ' +
    'Two aides spoke on the condition of anonymity. Sanders spoke on climate change at length.';
  const { quotes: qs } = quotes(text);
  assert.ok(!qs.some((q) => /condition of anonymity/.test(q.text)));
  assert.equal(covering(qs, text, 'climate change').cue?.text, 'spoke on');
});

test('a fronted "As X put it," frame passes over an apposition to its speaker and a bullet before it', () => {
  const text =
    'As Akhil Amar, professor of constitutional law at Yale, put it, Senate Republicans should remember that a compromise candidate may be better for them.\n' +
    '~ As Vulture put it, “Hello, it’s the Biebs.”\n' +
    'As a result, Trump said the plan, which he backs, would fail.';
  const { quotes: qs } = quotes(text);
  const amar = covering(qs, text, 'Senate Republicans should');
  assert.equal(amar.rule, 'as-frame');
  assert.equal(amar.cue?.text, 'put it');
  assert.ok(amar.text.startsWith('Senate Republicans'));
  assert.equal(covering(qs, text, 'the Biebs').cue?.text, 'put it');
  // a fronted adjunct with no cue of its own frames nothing
  assert.equal(covering(qs, text, 'would fail').cue?.text, 'said');
});

test('a question put to someone after an adjunct, named as "a question", or after a conjunction is its content', () => {
  const text =
    'When asked at the business conference about the merger, she defended her decision to press ahead. ' +
    'Asked a direct question about this in the debate, Clinton said she takes responsibility. ' +
    'And asked how he arrived at his wardrobe choice for the evening, Bone said the sweater was a backup plan.';
  const { quotes: qs } = quotes(text);
  const asked = qs.filter((q) => q.rule === 'asked-question').map((q) => q.text);
  assert.deepEqual(asked, [
    'the merger',
    'a direct question about this in the debate',
    'how he arrived at his wardrobe choice for the evening',
  ]);
  assert.equal(covering(qs, text, 'takes responsibility').speaker?.name, 'Clinton');
});

test('a view held of something as something is attributed to its holder ("voters see X as Y")', () => {
  const text =
    'Four in 10 voters see the campaign of Donald Trump as most unfair. ' +
    'The market views Trump as a great unknown. ' +
    "However, some saw Beck's comments as simply part of his long opposition to Trump. " +
    'I see him at the gym as often as I can.';
  const { quotes: qs } = quotes(text);
  const unfair = covering(qs, text, 'most unfair');
  assert.equal(unfair.rule, 'view-as');
  assert.equal(unfair.text, 'the campaign of Donald Trump as most unfair');
  assert.equal(covering(qs, text, 'great unknown').speaker?.name, 'The market');
  assert.equal(covering(qs, text, "Beck's comments").cue?.text, 'saw');
  assert.ok(!qs.some((q) => q.rule === 'view-as' && q.text.includes('gym')));
});

test('a content taking in a quotation another quote holds is kept: the longer attribution stays', () => {
  const text =
    'John Kasich is assuring voters he’s tough enough to be president after a woman in Worcester, Massachusetts, told him she worries he’s “too nice” to fend off his GOP rivals. ' +
    '“When I came down, I greeted him and nothing more,” the pope told reporters, according to Reuters.';
  const { quotes: qs } = quotes(text);
  const told = covering(qs, text, 'she worries');
  assert.equal(told.cue?.text, 'told');
  assert.equal(told.text, 'she worries he’s “too nice” to fend off his GOP rivals');
  assert.equal(told.kind, 'mixed');
  const reuters = covering(qs, text, 'I greeted him');
  assert.equal(reuters.rule, 'according-to');
  assert.equal(reuters.speaker?.name, 'Reuters');
  // the quotation inside the account is the pope's own quote, which Reuters reports, and only one
  // quote besides the account
  const pope = qs.filter((q) => q.text.includes('I greeted him') && q !== reuters);
  assert.equal(pope.length, 1);
  assert.equal(pope[0].kind, 'direct');
  assert.equal(pope[0].cue?.text, 'told');
  assert.equal(pope[0].speaker?.name, 'the pope');
  assert.equal(pope[0].reported_by?.name, 'Reuters');
});

test('a preposition\'s object with quoted words in it is a mixed quote ("warned of the dangers of “…”")', () => {
  const text =
    'The pope warned of the dangers of “owners of technology” who are “primarily interested in how much money they can make.”';
  const { quotes: qs } = quotes(text);
  const warned = covering(qs, text, 'the dangers of');
  assert.equal(warned.cue?.text, 'warned of');
  assert.equal(warned.kind, 'mixed');
  assert.ok(warned.text.includes('primarily interested'));
});

test('a gerund of saying the tagger read as a noun after "by" still frames its content ("by warning darkly that …")', () => {
  const text =
    'Netanyahu rallied supporters by warning darkly that "the rule of the right is in danger" because Arab voters are coming out. ' +
    'A warning label was added to the bottles.';
  const { quotes: qs } = quotes(text);
  const warning = covering(qs, text, 'rule of the right');
  assert.equal(warning.cue?.text, 'warning');
  assert.ok(warning.text.startsWith('that "the rule of the right'));
  assert.ok(!qs.some((q) => q.text.includes('label')));
});

test('a post-posed frame whose subject a modifier or relative clause follows, or that a semicolon closes, frames the clause before it', () => {
  const text =
    'Still, Cruz will be re-evaluating how he approaches his colleagues, a source close to him said. ' +
    'The senator will vote against the bill next week, people familiar with the talks said. ' +
    'Trump will name his running mate in July, two officials briefed on the plan said. ' +
    'To win the White House, candidates probably need about 40 percent of the Hispanic vote, political analysts say; in 2012, Mitt Romney stumbled. ' +
    'Defending that terrain is squarely within the Biden wheelhouse, said a handful of Democrats who point to his ties with organized labor.';
  const { quotes: qs } = quotes(text);
  // each content, whole, and who speaks it
  const speakers = new Map([
    ['Still, Cruz will be re-evaluating how he approaches his colleagues', 'a source'],
    ['The senator will vote against the bill next week', 'people'],
    ['Trump will name his running mate in July', 'two officials'],
    ['To win the White House, candidates probably need about 40 percent of the Hispanic vote', 'political analysts'],
    // (the relative clause on an inverted speaker describes the speaker)
    ['Defending that terrain is squarely within the Biden wheelhouse', 'Democrats'],
  ]);
  for (const [content, speaker] of speakers) {
    const q = qs.find((x) => x.rule === 'cue-parenthetical' && x.text === content);
    assert.equal(q?.speaker?.name, speaker, content);
  }
  assert.ok(!qs.some((x) => x.text.includes('ties with organized labor')));
});

test('an answer word said on its own is the reply: "46 percent of voters said yes"', () => {
  const text =
    'Asked if her email practices were illegal, 46 percent of voters said yes, compared with 23 percent last month. ' +
    'Of 48 legislative chambers that responded, only 28 said yes.';
  const { quotes: qs } = quotes(text);
  const replies = qs.filter((q) => q.text === 'yes');
  assert.equal(replies.length, 2, qs.map((q) => q.text).join(' | '));
  assert.ok(replies.every((q) => q.cue?.text === 'said'));
});

test('a quoted name in the subject is no quotation of the cue after it when the cue has a that-clause of its own', () => {
  const text =
    'Marcel Lazar Lehel, the hacker known as "Guccifer," stated that he had access to the email server. ' +
    'The ad, titled "Unifier?", concludes that the governor is too "dangerous and reckless" to be president.';
  const { quotes: qs } = quotes(text);
  assert.ok(
    !qs.some((q) => q.text.includes('Guccifer') || q.text.includes('Unifier')),
    qs.map((q) => q.text).join(' | '),
  );
  assert.ok(qs.some((q) => q.text === 'that he had access to the email server' && q.cue?.text === 'stated'));
  assert.ok(qs.some((q) => q.text.startsWith('that the governor is too') && q.cue?.text === 'concludes'));
});

/** The content and the speaker's words of the quote `cue` frames in `text`. */
function saidBy(text: string, cue: string): [string | undefined, string] {
  const q = quotes(text).quotes.find((x) => x.cue?.text === cue);
  return [q?.text, text.slice(q?.speaker?.start, q?.speaker?.end)];
}

test('a list or an example set off by dashes between subject and cue is stepped over to the subject', () => {
  const leaders =
    'Democratic leaders — and, in particular, Senate Minority Leader Harry Reid — insisted that any package include a two-year delay of the tax.';
  assert.deepEqual(saidBy(leaders, 'insisted'), [
    'that any package include a two-year delay of the tax',
    'Democratic leaders',
  ]);
  const economists =
    "Some economists - including a minority of the Fed's own policy-making committee - warn that the central bank could undermine growth.";
  assert.deepEqual(saidBy(economists, 'warn'), ['that the central bank could undermine growth', 'Some economists']);
});

test('the subject of "went on to", "has yet to", "used to" and "was reluctant to" speaks through the infinitive', () => {
  const cases: [string, string, string][] = [
    ['Obama went on to praise Clinton for her work on the treaty.', 'praise', 'Obama'],
    ["The governor has yet to endorse the senator's re-election bid.", 'endorse', 'The governor'],
    ['House Republican Thomas Massie used to support fellow Kentuckian Rand Paul.', 'support', 'Thomas Massie'],
    ['Readers of the magazine were quick to condemn the outcome.', 'condemn', 'Readers of the magazine'],
    ['The ministry is pleased to announce that the envoy will serve.', 'announce', 'The ministry'],
  ];
  for (const [text, cue, speaker] of cases) {
    const q = quotes(text).quotes.find((x) => x.cue?.text === cue);
    assert.ok(q, text);
    assert.ok(text.slice(q.speaker?.start, q.speaker?.end).endsWith(speaker), `${text}: ${q.speaker?.name}`);
  }
  // an impersonal adjective's "it" is nobody's voice
  const fair = "I think it's fair to say that there are certain sectors in which market access is limited.";
  const say = quotes(fair).quotes.find((x) => x.cue?.text === 'say');
  assert.notEqual(fair.slice(say?.speaker?.start, say?.speaker?.end), 'it');
});

test('a prepositional adjunct between an auxiliary and its participle is stepped over to the subject', () => {
  for (const [text, cue, speaker] of [
    [
      "Gore's close friends and allies have in the past said he was staying quiet.",
      'said',
      "Gore's close friends and allies",
    ],
    [
      'The steelmakers have in the past blamed a flood of Chinese exports for their results.',
      'blamed',
      'The steelmakers',
    ],
  ]) {
    const [content, by] = saidBy(text, cue);
    assert.ok(content, text);
    assert.equal(by, speaker, text);
  }
});

test('the hearer of "urge" or "ask" is in the content with its infinitive; that of "tell" is not', () => {
  const text =
    'The senator urged Senate Republicans to hold hearings on the nomination. ' +
    'The campaign asked the network to donate the profits to veterans groups. ' +
    'Trump told his supporters to go to their polling place and vote.';
  const { quotes: qs } = quotes(text);
  assert.equal(covering(qs, text, 'hold hearings').text, 'Senate Republicans to hold hearings on the nomination');
  assert.equal(covering(qs, text, 'donate the profits').text, 'the network to donate the profits to veterans groups');
  assert.equal(covering(qs, text, 'polling place').text, 'to go to their polling place and vote');
});

test('what is expected or intended takes its subject into the content, whatever verb follows', () => {
  const text =
    'On Wednesday, Goldman Sachs is expected to disclose the list of its new partner class. ' +
    'The American central bank is expected to again pass on an opportunity to raise its interest rate. ' +
    'The money is intended to help revive economically downtrodden parts of the country.';
  const { quotes: qs } = quotes(text);
  const disclose = covering(qs, text, 'partner class');
  assert.equal(disclose.text, 'Goldman Sachs is expected to disclose the list of its new partner class');
  assert.equal(disclose.rule, 'belief-passive');
  const pass = covering(qs, text, 'interest rate');
  assert.equal(
    pass.text,
    'The American central bank is expected to again pass on an opportunity to raise its interest rate',
  );
  const money = covering(qs, text, 'downtrodden');
  assert.equal(money.text, 'The money is intended to help revive economically downtrodden parts of the country');
  assert.equal(money.speaker, null);
});

test('a content that ends in a two-apostrophe mark keeps both apostrophes', () => {
  // (PolNeAR, NYT 2015-11-18: wink ends the sentence between the two)
  const text =
    "Mrs. Clinton said that ''this cannot be an American fight'' and that the United States should not bear ''the bulk of the responsibility.'' Her remarks came a day after the attacks.";
  const { quotes: qs } = quotes(text);
  const q = covering(qs, text, 'the bulk of the responsibility');
  assert.ok(q.text.endsWith("responsibility.''"), q.text);
  assert.equal(text.slice(q.start, q.end), q.text);
});

test('a direct quote read as a reported clause loses its quotation marks, as the contract has it', () => {
  // (an as-frame and a participle before a quotation with no comma: the indirect reading finds them)
  for (const [text, words] of [
    ['As Trump put it, "The system is rigged against us."', 'The system is rigged against us.'],
    [
      'General John Abizaid warned that the violence must be contained, adding "Sectarian violence is probably as bad as I have seen it."',
      'Sectarian violence is probably as bad as I have seen it.',
    ],
    // (a straight opening mark closed by a curly one, wikinews)
    [
      'Zebari also said that "We are facing a common enemy", and the two countries agreed to cooperate, with the minister saying "We’ve always encouraged Iraq’s neighbors to take a role in supporting the unity government in Iraq”.',
      'We’ve always encouraged Iraq’s neighbors to take a role in supporting the unity government in Iraq',
    ],
  ]) {
    const { quotes: qs } = quotes(text);
    const q = covering(qs, text, words);
    assert.equal(q.kind, 'direct');
    assert.equal(q.text, words);
    assert.equal(text.slice(q.start, q.end), q.text);
  }
});

test('a headline in title case whose verb follows its subject is a quote by the subject', () => {
  // PolNeAR dev headlines (HuffPost, Breitbart): the tagger reads "Slams", "Backs", "Rip" as names
  const slams =
    'Hillary Clinton Slams Donald Trump On Abortion After SCOTUS Ruling.\n\nClinton spoke in Washington on Monday.';
  const q = covering(quotes(slams).quotes, slams, 'Donald Trump On Abortion');
  assert.equal(q.rule?.split('+')[0], 'headline-verb');
  assert.equal(q.speaker?.name, 'Hillary Clinton');
  // the plain form after a plural subject
  const rip = 'Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’\n\nThe lawmakers met on Tuesday.';
  assert.equal(covering(quotes(rip).quotes, rip, 'Disgusting Fraud').cue?.text, 'Rip');
  // a noun after a possessive, or a word before a verb, is no cue
  const support = 'Trump’s Support Twice That Of Clinton’s In Survey Of US Troops.\n\nThe survey was taken in May.';
  assert.ok(!quotes(support).quotes.some((x) => x.rule?.startsWith('headline-verb')));
  const report =
    'NeverTrump Delegates Disrupt RNC After Rules Report Is Presented.\n\nThe delegates shouted on Monday.';
  assert.ok(!quotes(report).quotes.some((x) => x.cue?.text === 'Report'));
  // a headline in sentence case is left to the clause rules
  const plain = 'Clinton slams Trump on abortion after court ruling.\n\nClinton spoke on Monday.';
  assert.ok(!quotes(plain).quotes.some((x) => x.rule?.startsWith('headline-verb')));
});

test('a cue with a that-clause before a colon reports the clause, though a quotation follows the colon', () => {
  // PolNeAR dev (HuffPost): the quotation has a frame of its own ("he claimed")
  const asserted =
    'Soon after the gruesome murder of Father Jacques Hamel in Normandy, Donald Trump asserted that France had lost its identity: “France is no longer France,” he claimed.';
  const { quotes: qs } = quotes(asserted);
  const clause = covering(qs, asserted, 'France had lost its identity');
  assert.equal(clause.cue?.text, 'asserted');
  assert.equal(clause.speaker?.name, 'Donald Trump');
  assert.equal(clause.text, 'that France had lost its identity');
  const direct = covering(qs, asserted, 'France is no longer France');
  assert.equal(direct.cue?.text, 'claimed');
  assert.equal(direct.speaker?.name, 'Donald Trump');
  // PolNeAR dev (NYT): with no frame after it, the quotation is the clause's speaker's words, a
  // direct quote of its own beside the clause
  const amar =
    "Mr. Amar said that if viewed through the lens of negotiating strategy, some kind of grand bargain might be possible: ''In business, the question always is, is there an overlap between the bid and ask price?''";
  const amars = quotes(amar).quotes;
  const q = covering(amars, amar, 'grand bargain might be possible');
  assert.equal(q.cue?.text, 'said');
  assert.equal(q.kind, 'indirect');
  assert.ok(q.text.startsWith('that if viewed') && q.text.endsWith('might be possible'), q.text);
  const words = covering(amars, amar, 'bid and ask price');
  assert.equal(words.kind, 'direct');
  assert.equal(words.cue?.text, 'said');
  assert.equal(words.speaker?.name, 'Amar');
});

test('a bare content clause before a colon is a quote of its own, the quotation after the colon another', () => {
  // PolNeAR dev (Breitbart)
  const conway =
    'Asked about the misinformation, Trump’s campaign manager Kellyanne Conway did not apologize, but said Trump’s son was acting out of worry: “It’s pretty rattling to think of what may have happened.”';
  const qs = quotes(conway).quotes;
  const clause = covering(qs, conway, 'acting out of worry');
  assert.equal(clause.text, 'Trump’s son was acting out of worry');
  assert.equal(clause.kind, 'indirect');
  assert.equal(clause.speaker?.name, 'Kellyanne Conway');
  const words = covering(qs, conway, 'pretty rattling');
  assert.equal(words.kind, 'direct');
  assert.equal(words.speaker?.name, 'Kellyanne Conway');
  // demo corpus (Wikinews 31987): the clause's own cognition verb does not take the quotation
  const protester =
    'One protester said he believed the wrong flag had been burned: "I just felt deep down that it should have been the British flag they burnt not the Australian one."';
  const ps = quotes(protester).quotes;
  assert.equal(covering(ps, protester, 'wrong flag').text, 'he believed the wrong flag had been burned');
  const felt = covering(ps, protester, 'deep down');
  assert.equal(felt.kind, 'direct');
  assert.equal(felt.speaker?.name, 'One protester');
  // (but not a copula waiting for the quotation, nor a clause with a cue of its own)
  const doan = 'Doan says his real comment was: "Four French referees in Montreal, Cuje, figure it out."';
  assert.ok(!quotes(doan).quotes.some((x) => x.text.startsWith('his real comment')));
  const perez =
    'Perez said he often thinks of what his parents told him: "In order to get to heaven, you have to have letters of recommendation."';
  assert.ok(!quotes(perez).quotes.some((x) => x.text === 'he often thinks of what his parents told him'));
});

test('a quotation the sentence splitter cuts at its "!" is the whole content of the cue before it', () => {
  // PolNeAR dev (Breitbart): "“USA!" and "USA!”" are split into two sentences
  const text =
    'Supporters gave each other high-fives and held Trump signs high above their heads as they celebrated. Some chanted “USA! USA!”\n\nHundreds of people are gathered in a ballroom.';
  const q = covering(quotes(text).quotes, text, 'USA! USA!');
  assert.equal(q.text, 'USA! USA!');
  assert.equal(q.kind, 'direct');
  assert.equal(q.cue?.text, 'chanted');
  assert.equal(q.speaker?.name ?? text.slice(q.speaker?.start, q.speaker?.end), 'Some');
});

test('a cue right after a closing mark that opens the next quotation with a comma frames that one', () => {
  // PolNeAR dev (Breitbart): the first quotation is the words on a cape; "shouted, “…”" is Perry's
  const text =
    'Katy Perry sang at the convention. Perry, who hugged Clinton while wearing a purple cape bearing the words, “I’m with Madam President,” shouted, “In three days, let’s make history!”';
  const { quotes: qs } = quotes(text);
  const shout = covering(qs, text, 'In three days');
  assert.equal(shout.cue?.text, 'shouted');
  assert.equal(shout.speaker?.name, 'Perry');
  assert.ok(!qs.some((q) => q.text.includes('Madam President') && q.cue?.text === 'shouted'));
  // an inverted speaker after the cue keeps the split quote whole (a sentence of our own)
  const split = '“We will win,” said Smith, “and we will win big.”';
  assert.equal(covering(quotes(split).quotes, split, 'We will win').parts?.length, 2);
});

test('an opening glyph where the closing mark belongs closes the quotation before a frame in lower case', () => {
  // PolNeAR dev (Politico): “Apparently not,“ — the second mark is set the wrong way round
  const text =
    'He hoped, he said, that the paper would shy away from similar reporting now.\n\n“Apparently not,“ he said. “A leopard doesn’t change its spots.”';
  const q = covering(quotes(text).quotes, text, 'Apparently not');
  assert.equal(q.cue?.text, 'said');
  assert.equal(q.parts?.length, 2, 'the two pieces around "he said" are one quote');
  assert.ok(text.slice(q.parts![1].start, q.parts![1].end).startsWith('A leopard'));
  // before a capital the misplaced glyph still opens the next quotation (the seed article)
  const seed =
    'Moscow is now “looking to whatever source they can find” for goods like ammunition.“ We will continue to call on North Korea to abide by its public commitments,” he added.';
  assert.ok(covering(quotes(seed).quotes, seed, 'We will continue').text.startsWith('We will continue'));
});

test('a noun-phrase content ends before the occasion of its saying, not before a clause or a quotation', () => {
  // PolNeAR dev (Western Journal, Politico, Washington Post)
  for (const [text, content] of [
    ['Trump explained his reasoning in an appearance on CBS’s Face the Nation.', 'his reasoning'],
    ['Trump blamed local officials on Twitter before the speech.', 'local officials'],
    ['Hillary Clinton has denounced the bank on the campaign trail.', 'the bank'],
  ]) {
    const { quotes: qs } = quotes(text);
    const q = covering(qs, text, content);
    assert.equal(q.text, content, text);
    assert.match(q.rule ?? '', /occasion-end/);
  }
  // a clause goes on past its own adjunct (USA Today); so does a quotation after the occasion (NYT)
  const clause = 'Khalif said some of Clinton’s rhetoric on the campaign trail has been patronizing.';
  assert.equal(covering(quotes(clause).quotes, clause, 'has been patronizing').text.endsWith('patronizing'), true);
  const quoted =
    "A familiar voice celebrated the attacks on Twitter: ''California, we have already arrived with our soldiers.''";
  assert.ok(!quotes(quoted).quotes.some((q) => /occasion-end/.test(q.rule ?? '')));
});

test('an indefinite appositive with a relative clause after a content clause is the writer’s, not the speaker’s', () => {
  // PolNeAR dev (USA Today): the list and the "and" inside the relative clause no longer keep it
  const text =
    'Nigel Farage, leader of the anti-immigration UK Independence Party, says such votes are preludes to the critical "Brexit" referendum June 23 on whether Britain should exit the EU, a move that could trigger disintegration of the economic and political alliance Europe\'s ruling parties have been building.';
  const q = covering(quotes(text).quotes, text, 'such votes are preludes');
  assert.ok(q.text.endsWith('exit the EU'), q.text);
  // not where the content's own verb comes after it (Politico)
  const stone =
    'Podesta said it was a “reasonable conclusion” that Roger Stone, a Trump ally who has spoken to Assange, has been given advance warning of the leaks.';
  assert.ok(covering(quotes(stone).quotes, stone, 'reasonable conclusion').text.endsWith('of the leaks'));
});

test('an occasion noun that modifies the noun after it reads on to that noun ("on its Facebook page")', () => {
  // PolNeAR dev (Huffington Post)
  const text = 'The campaign touted his endorsement on its Facebook page.';
  const q = covering(quotes(text).quotes, text, 'his endorsement');
  assert.equal(q.text, 'his endorsement');
});

// Wikinews (CC BY 2.5): the closing mark set after the frame, or left out
test('a frame left inside the quotation marks ends the quotation and names its speaker', () => {
  const adamAir =
    'The airline will spend three months grounded.\n\n"The Transport Ministry has decided to revoke Adam Air\'s operational specification, effective 12am Wednesday (4am AEDT), said Suyitno. "With this, Adam Air is banned from operating its aircraft."';
  const { doc, quotes: qs } = quotes(adamAir);
  const revoked = covering(qs, adamAir, 'revoke');
  assert.equal(
    revoked.text,
    "The Transport Ministry has decided to revoke Adam Air's operational specification, effective 12am Wednesday (4am AEDT)",
  );
  assert.equal(speakerName(doc, revoked), 'Suyitno');
  assert.equal(revoked.cue?.text, 'said');
  // (no closing mark at all before the next quotation opens)
  const hill =
    'The government has a responsibility to protect Australians. "Out of the British bombing, we went back and looked at our laws. We believed that we needed further powers to protect Australians, said Mr Hill. "Obviously, we want to put them through as quickly as possible because we are addressing a terrorist threat."';
  const h = quotes(hill);
  const laws = covering(h.quotes, hill, 'went back');
  assert.ok(laws.text.endsWith('to protect Australians'), laws.text);
  assert.equal(laws.speaker?.name, 'Hill');
});

// Wikinews (CC BY 2.5) and a State Department statement (public domain) in the demo corpus
test('"according to" a plan, a standard or a law says how something is done, not who said it', () => {
  const text = [
    'The individual targets for countries will need to be established based on national starting points and potentials, according to the plan.',
    'We also urged continued support to Syrian refugees and host countries, until Syrians can voluntarily return home with safety and dignity, according to UN standards.',
    'According to law enforcement officials, the Facebook account was deleted.',
    // (a White House briefing, and a Wikinews report: a participle before the noun, a bare noun the
    // tagger read as a verb)
    'That vision is rooted in our commitment to a rules-based order, one in which all countries regardless of size act according to shared norms and principles.',
    'The operation started in the early morning hours and troops were deployed according to plan.',
  ].join('\n\n');
  const { doc, quotes: qs } = quotes(text);
  assert.ok(!qs.some((q) => q.rule === 'according-to' && q.text.includes('individual targets')));
  assert.ok(!qs.some((q) => q.cue?.text === 'according to' && /rules-based order|troops were deployed/.test(q.text)));
  const urged = covering(qs, text, 'continued support to Syrian refugees');
  assert.notEqual(urged.rule, 'according-to');
  // officials whose noun before them names a law are a source
  assert.equal(speakerName(doc, covering(qs, text, 'account was deleted')), 'law enforcement officials');
});

test('an "as X said," frame further into the sentence attributes the clause after it, and only a clause', () => {
  const text = [
    // PolNeAR dev and the demo corpus
    "That's odd, given that, as The Times reported on Saturday, he has already emerged as an influential Trump adviser.",
    'But as Liz Kreutz points out in a column on Yahoo News, doing one-on-one interviews gives Clinton a huge advantage over a press conference setting.',
    'That said, as Gary indicated, the summit itself is focused in a very targeted way on achieving this four-year lockdown goal.',
    'First of all, what sort -- we have, as you said, a very tightly focused summit today -- next week.',
    'Obviously, as Ben mentioned, we expect the President will want to talk about the conclusion of the Iran negotiations.',
    'Taiwanese independence has been a thorny issue in recent years, as some Taiwanese politicians insist that the democratic island is a sovereign nation, and Chinese authorities insist that it is a part of the PRC.',
  ].join('\n\n');
  const { doc, quotes: qs } = quotes(text);
  const times = covering(qs, text, 'he has already emerged');
  assert.equal(times.rule, 'as-frame');
  assert.match(speakerName(doc, times) ?? '', /Times/);
  const kreutz = covering(qs, text, 'doing one-on-one interviews');
  assert.equal(kreutz.cue?.text, 'points out');
  assert.equal(speakerName(doc, kreutz), 'Liz Kreutz');
  assert.match(speakerName(doc, covering(qs, text, 'the summit itself is focused')) ?? '', /Gary/);
  // no clause after the frame: nothing attributed to "you"
  assert.ok(!qs.some((q) => q.text.includes('tightly focused summit') && q.rule === 'as-frame'));
  // a clause with its own speaker and cue after the frame keeps them
  assert.equal(covering(qs, text, 'the President will want').cue?.text, 'expect');
  // "as some politicians insist that …" gives a reason: each "insist" keeps its that-clause
  assert.equal(covering(qs, text, 'the democratic island is a sovereign nation').cue?.text, 'insist');
  assert.equal(covering(qs, text, 'it is a part of the PRC').cue?.text, 'insist');
});

test('a fronted "as" frame keeps an adjunct with a hyphened word or a name in it before its comma', () => {
  // PolNeAR dev: "op-ed" is read as "op", "-", "ed" (a verb)
  const text =
    'But as the nationalist Global Times tabloid noted in an op-ed Thursday, the leading GOP candidate "has surprisingly earned himself a few fans in China."';
  const { doc, quotes: qs } = quotes(text);
  const q = covering(qs, text, 'the leading GOP candidate');
  assert.equal(q.rule, 'as-frame');
  assert.match(speakerName(doc, q) ?? '', /Global Times/);
});

test('a "that" a preposition governs is a demonstrative, not the start of what was thought or said', () => {
  // the demo corpus (White House briefings)
  const text = [
    'So I think with that I’ll just turn it back over.',
    'And I think because of that, we’re actually in a good position to try to deal with those remaining issues that are still there.',
    'So I think an idea like that is not particularly relevant to the very serious discussions we’re having here.',
    'And I think the numbers on that speak for themselves.',
  ].join('\n\n');
  const { quotes: qs } = quotes(text);
  assert.ok(!qs.some((q) => q.text.includes('turn it back over')), 'with that');
  assert.equal(covering(qs, text, 'in a good position').text.split(' ')[0], 'we’re');
  assert.equal(covering(qs, text, 'not particularly relevant').text.split(' ').slice(0, 2).join(' '), 'an idea');
  assert.equal(covering(qs, text, 'speak for themselves').text.split(' ').slice(0, 2).join(' '), 'the numbers');
});

test('a participle in -ed before "by" is a passive on the noun before it, not that noun speaking', () => {
  // Wikinews (CC BY 2.5): "confirmed by member countries" says who confirmed the referendums
  const text = [
    "Madrid - Spain today will be the first of the European Union nations over the next few years to vote on the treaty establishing a EU constitution. The referendum being held, one of 9 confirmed by member countries, is expected to draw 40 to 50% of Spain's 35 million voters.",
    'The attack came just a day after the bombing of hotels in Amman, Jordan, attacks also claimed by Al-Qaeda.',
  ].join('\n\n');
  const { quotes: qs } = quotes(text);
  assert.deepEqual(
    qs.filter((q) => q.cue?.text === 'confirmed' || q.cue?.text === 'claimed').map((q) => q.text),
    [],
  );
});

test('"seen as yet another" is a belief held by nobody named, whatever the tagger makes of "as"', () => {
  // Wikinews (CC BY 2.5): the Romanian ratification of the EU accession treaty, Akayev's resignation
  const text = [
    "The approval of the treaty in the Romanian parliament was considered a ceremonial step. But it was also seen as yet another important step on Romania's road towards the European Union.",
    'He and his family are widely seen as corrupt in Kyrgyzstan.',
  ].join('\n\n');
  const { quotes: qs } = quotes(text);
  for (const words of ['important step', 'corrupt in Kyrgyzstan']) {
    const q = covering(qs, text, words);
    assert.equal(q.rule, 'belief-passive', q.text);
    assert.equal(q.speaker, null, q.text);
  }
});

test('naming oneself ("calling itself …") says nothing: the verb after the name is the cue', () => {
  // Wikinews (CC BY 2.5)
  const text =
    'A group calling itself the Fatah Protection Unit demanded that Hamas disband its 3,000-strong militia within three days.';
  const { quotes: qs } = quotes(text);
  assert.ok(!qs.some((q) => q.cue?.text === 'calling'), qs.map((q) => q.cue?.text).join());
  assert.equal(covering(qs, text, 'disband its').cue?.text, 'demanded');
});

test("a split quotation framed by a title, a comma and the name before the cue is the named speaker's", () => {
  // Wikinews (CC BY 2.5), the Istanbul bombings of July 2008
  const text =
    'Turkish President Abdullah Gül said in a statement, "Nothing can be achieved by terror."\n\n"Of course, there are links with the separatist organization," the governor of Istanbul province, Muammer Güler said, "It\'s surely a terror attack, there’s no doubt."';
  const { doc, quotes: qs } = quotes(text);
  const links = covering(qs, text, 'there are links');
  assert.equal(speakerName(doc, links), 'Muammer Güler');
  assert.equal(links.cue?.text, 'said');
});

// Wikinews (CC BY 2.5), in the demo corpus
test('words run on after "said:" or "had this to say:" in the colon’s own paragraph are a block quote', () => {
  const text =
    'Serbian Foreign Minister Vuk Jeremic had this to say about the declaration: Let me be very clear. The Republic of Serbia shall never accept any violation of its territorial integrity. We shall never recognise Kosovo’s independence. Never.\n\n' +
    'On Friday, a US government spokesperson discussed the ongoing situation. He said: The United States is deeply concerned about the ongoing violence in Lebanon. We condemn the use of force by illegitimate armed groups.';
  const { doc, quotes: qs } = quotes(text);
  const clear = covering(qs, text, 'Let me be very clear');
  assert.equal(clear.kind, 'direct');
  assert.equal(clear.rule, 'block-after-colon');
  assert.equal(
    clear.text,
    'Let me be very clear. The Republic of Serbia shall never accept any violation of its territorial integrity. We shall never recognise Kosovo’s independence. Never.',
  );
  assert.equal(speakerName(doc, clear), 'Vuk Jeremic');
  const concerned = covering(qs, text, 'deeply concerned');
  assert.equal(concerned.rule, 'block-after-colon');
  assert.ok(concerned.text.endsWith('illegitimate armed groups.'));
  // a gloss in brackets and a transcript's label after the colon are no such block
  const gloss =
    'Iraqi Brigadier General Qassim Atta al-Mussawi reported that Operation Law and Order (Arabic: Fardh Al-Qanoon) has been successful in curbing violence in the capital.';
  assert.ok(!quotes(gloss).quotes.some((q) => q.rule === 'block-after-colon'));
  const label =
    'At their June 7 press conference, President Bush and Prime Minister Blair were asked about the issues raised by the memo: TONY BLAIR, PRIME MINISTER OF BRITAIN: But the facts were not being fixed in any shape or form at all.';
  assert.ok(!quotes(label).quotes.some((q) => q.rule === 'block-after-colon'));
});

// Wikinews (CC BY 2.5), in the demo corpus
test('a verb of saying the tagger read as a noun owns the "that" after it, not a cue before it', () => {
  const text =
    'Although the CMI have refused to name exactly who is present at the meetings, or reveal the venue, Finnish broadcaster YLE reports that those present include Muqtada al-Sadr.';
  const { doc, quotes: qs } = quotes(text);
  const present = covering(qs, text, 'those present include');
  assert.equal(present.cue?.text, 'reports');
  assert.equal(speakerName(doc, present), 'YLE');
  assert.ok(!qs.some((q) => q.cue?.text === 'reveal' && q.text.includes('those present')));
});
