import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../src/analyze/analyzer.js';
import { proposeQuotes } from '../src/analyze/quotes/component.js';

// The quote rules make their candidates in many places, and the code that reads them is compiled by
// V8 for the hidden classes it meets: a candidate with a field the others lack, or with its fields in
// another order, is another class and costs a deoptimisation and a compile. Every candidate is
// written with the same fields in the same order.
const TEXT = [
  'Biden: "We will not back down"',
  '',
  '"We are ready to talk," the foreign minister said on Tuesday. "The talks will go on as long as they must.',
  '',
  '"We expect progress by Friday," she added.',
  '',
  'The spokesman said that the army would withdraw from the border within a week.',
  '',
  'Officials warned about the risks of a wider war in the region, according to the ministry.',
  '',
  '"It is a dangerous moment for everyone."',
].join('\n');

test('quote candidates from different rules have the same fields in the same order', () => {
  const ctx = proposeQuotes(analyzeDocument({ id: 't', text: TEXT }));
  const rules = new Set(ctx.candidates.map((c) => c.rule));
  assert.ok(rules.size >= 4, `several rules made candidates: ${[...rules].join(', ')}`);
  const shapes = new Set(ctx.candidates.map((c) => Object.keys(c).join(',')));
  assert.deepEqual([...shapes], ['kind,start,end,parts,cue,speaker,inheritFrom,rule,speakerRule,reportedBy']);
});

test('"The below is attributable to Spokesperson Ned Price:" credits the readout to him, and the reports inside it stand', () => {
  // (demo corpus: 265 State Department readouts open so, beside 120 with "The following is …")
  const text =
    'The below is attributable to Spokesperson Ned Price:\n\n' +
    'Secretary of State Antony J. Blinken spoke today by phone with Ukrainian Foreign Minister Dmytro Kuleba to reaffirm unwavering U.S. support for Ukraine. ' +
    'The Secretary noted our swift response to Russia’s decision to recognize the purported “independence” of the so-called republics controlled by Russian proxy authorities in eastern Ukraine.';
  const doc = analyzeDocument({ id: 't', text, published: '2022-02-22' });
  const block = doc.quotes.find((q) => q.rule === 'block-after-colon');
  assert.ok(block, doc.quotes.map((q) => q.rule).join(', '));
  assert.equal(block.speaker?.name, 'Ned Price');
  const noted = doc.quotes.find((q) => q.cue?.text === 'noted');
  assert.ok(noted, 'the Secretary’s report inside the readout');
  assert.equal(noted.speaker?.name, 'Antony J. Blinken');
  assert.ok(noted.text.includes('“independence”'));
});

test('inside a block credited after a colon, a report lying wholly inside another is part of it', () => {
  // demo corpus (State Department readout, public domain): "support for" had reported a second time
  // what "reaffirmed their unwavering support for …" reports
  const text =
    'The below is attributable to Spokesperson Ned Price:\n\nDeputy Secretary of State Wendy Sherman met with Irish Foreign Minister Simon Coveney today in Washington, D.C. Deputy Secretary Sherman and Foreign Minister Coveney reaffirmed their unwavering support for Ukraine’s sovereignty and territorial integrity in the face of Moscow’s war of choice. They discussed the need to continue providing humanitarian assistance to Ukraine and to increase pressure on the Kremlin.';
  const source = 'U.S. Department of State (press releases RSS)';
  const doc = analyzeDocument({ id: 't', text, published: '2022-04-29', source });
  const reports = doc.quotes.filter(
    (q) => q.kind !== 'direct' && text.slice(q.start, q.end).includes('territorial integrity'),
  );
  assert.deepEqual(
    reports.map((q) => q.cue?.text),
    ['reaffirmed'],
  );
  // (the block itself and the later report still stand)
  assert.ok(doc.quotes.some((q) => q.rule === 'block-after-colon'));
  assert.ok(doc.quotes.some((q) => q.cue?.text === 'discussed'));
});

test("a release credited after a colon is the credited speaker's to its last paragraph; a paragraph quoting someone ends it", () => {
  // demo corpus (State Department readouts, public domain): the third paragraph had been the
  // article's own assertion
  const readout =
    'The following is attributable to Spokesperson Ned Price:\n\nSecretary of State Antony J. Blinken met today with Egyptian Foreign Minister Sameh Shoukry in Washington, D.C. Secretary Blinken and Foreign Minister Shoukry discussed the strategic partnership between the United States and Egypt, noting that 2022 marks 100 years of bilateral diplomatic relations. They discussed efforts in key areas such as regional stability and security cooperation, as well as the next steps to build off the successful Negev Ministerial.\n\nThe Secretary and Foreign Minister also discussed global developments, including Russia’s attack on Ukraine and its mounting global consequences, including rising food insecurity. Additionally, Secretary Blinken and Foreign Minister Shoukry noted support for Libya’s UN-facilitated political process leading to elections. The Secretary reaffirmed the importance of human rights in our bilateral relationships with all partners, including Egypt, and encouraged progress on protecting human rights and fundamental freedoms.';
  const source = 'U.S. Department of State (press releases RSS)';
  const doc = analyzeDocument({ id: 'state-pr-595', text: readout, published: '2022-04-13', source });
  const block = doc.quotes.find((q) => q.rule === 'block-after-colon');
  assert.ok(block?.text.endsWith('protecting human rights and fundamental freedoms.'), block?.text.slice(-60));
  const later = doc.events.filter((e) => e.trigger.start > readout.indexOf('The Secretary and Foreign Minister also'));
  assert.ok(later.length >= 1);
  for (const e of later) assert.equal(e.asserted_by?.name, 'Ned Price', e.trigger.text);

  // a paragraph with quotation marks ("… would be “deliberate and robust.”") ends the credited block
  const dialogue =
    'The below is attributable to Spokesperson Ned Price:\n\nDeputy Secretary of State Wendy R. Sherman led a U.S. interagency delegation from the National Security Council, Department of State, Office of the Secretary of Defense, Joint Staff, and Department of Energy to Geneva, Switzerland to participate in the U.S.-Russia Strategic Stability Dialogue. Russian Deputy Foreign Minister Sergey Ryabkov led the Russian delegation.\n\nIn the U.S.-Russia Presidential Joint Statement on Strategic Stability on June 16, 2021, President Biden committed to embarking on an integrated Strategic Stability Dialogue with the Russian Federation that would be “deliberate and robust.” We remain committed, even in times of tension, to ensuring predictability and reducing the risk of armed conflict and threat of nuclear war.\n\nToday’s meeting in Geneva was the beginning of this dialogue with the Russian Federation. The U.S. delegation discussed U.S. policy priorities and the current security environment, national perceptions of threats to strategic stability, prospects for new nuclear arms control, and the format for future Strategic Stability Dialogue sessions.\n\nThe discussions in Geneva were professional and substantive. The two delegations agreed to meet again in a plenary session at the end of September, and to hold informal consultations in the interim, with the aim of determining topics for expert working groups at the second plenary.\n\nSenior officials from Departments of State and Defense will travel to Brussels, Belgium on July 29 to brief Allies at NATO headquarters.';
  const d = analyzeDocument({ id: 'state-pr-262877', text: dialogue, published: '2021-07-28', source });
  const credited = d.quotes.find((q) => q.rule === 'block-after-colon');
  assert.equal(credited?.end, dialogue.indexOf('\n\nIn the U.S.-Russia'));
});

test('a document after "Begin text:" runs to "End text.", and its later "we" is still the group it named', () => {
  // demo corpus (State Department, joint statement on Syria's election, public domain)
  const text =
    'The following statement was released by United States Secretary of State Antony J. Blinken, French Foreign Minister Jean-Yves Le Drian, German Foreign Minister Heiko Maas, Italian Foreign Minister Luigi Di Maio, and UK Foreign Secretary Dominic Raab on Syria’s presidential election.\n\nBegin text:\n\nWe, the Foreign Ministers of France, Germany, Italy, the United Kingdom and the United States of America wish to make clear that Syria’s May 26 presidential election will neither be free nor fair. We denounce the Assad regime’s decision to hold an election outside of the framework described in UN Security Council Resolution 2254 and we support the voices of all Syrians, including civil society organisations and the Syrian opposition, who have condemned the electoral process as illegitimate.\n\nAs outlined in the Resolution, free and fair elections should be convened under UN supervision to the highest international standards of transparency and accountability. For an election to be credible, all Syrians should be allowed to participate, including internally displaced Syrians, refugees, and members of the diaspora, in a safe and neutral environment.\n\nWithout these elements, this fraudulent election does not represent any progress towards a political settlement. We urge the international community to unequivocally reject this attempt by the Assad regime to regain legitimacy without ending its grave human rights violations and meaningfully participating in the UN-facilitated political process to end the conflict.\n\nWe reiterate our firm support for the UN Special Envoy for Syria’s efforts to promote a political settlement, based on all aspects of UNSCR 2254, which protects the future prosperity and the rights of all Syrians, including the right to vote in free and fair elections.\n\nEnd text.';
  const a = analyzeDocument({ id: 'state-pr-67', text, published: '2021-05-25' });
  const block = a.quotes.find((q) => q.rule === 'block-after-colon');
  assert.equal(block?.end, text.indexOf('\n\nEnd text.'));
  assert.equal(block?.speaker_rule, 'document-issuer');
  // "We urge the international community …", three paragraphs after "We, the Foreign Ministers of …"
  const urge = a.quotes.find((q) => q.cue?.text === 'urge');
  assert.equal(urge?.speaker?.name, 'Foreign Ministers');
  assert.equal(urge?.speaker_rule, 'we-apposition');
  const request = a.events.find((e) => e.trigger.text === 'urge');
  assert.equal(request?.asserted_by?.name, block?.speaker?.name);
  assert.deepEqual(
    request?.source.map((s) => s.actor),
    ['FRA', 'DEU', 'ITA', 'GBR', 'USA'],
  );
});

test('a gerund listed after "including" is a topic, no act of saying of the clause\'s subject', () => {
  // demo corpus (State Department, public domain): "supporting" and "countering" had opened reports
  // of the officials and of the Deputy Secretary
  const quad = analyzeDocument({
    id: 't',
    published: '2021-08-12',
    text: 'The officials examined ways to advance ongoing cooperation on numerous topics of mutual interest, including strategic challenges confronting the region, countering disinformation, promoting democracy and human rights, strengthening international institutions including the United Nations and related organizations, and supporting countries vulnerable to coercive actions in the Indo-Pacific region.',
  });
  assert.deepEqual(
    quad.quotes.map((q) => q.cue?.text),
    [],
  );
  const travel = analyzeDocument({
    id: 't',
    published: '2021-05-21',
    text: 'In Brussels, the Deputy Secretary will meet with foreign counterparts representing Belgium, the EU, and NATO to discuss key policy priorities, including strengthening cooperation with allies and partners, supporting the global recovery from COVID-19, and countering the influence of challenging foreign actors.',
  });
  const cues = travel.quotes.map((q) => q.cue?.text);
  assert.ok(!cues.includes('supporting') && !cues.includes('countering'), cues.join(', '));
});
