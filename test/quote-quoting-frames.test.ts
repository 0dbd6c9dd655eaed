// "X quoted Y as saying …" and "Y was quoted as saying …": the one quoted speaks, not the outlet that
// quotes them (quoted-as-saying.ts), on Wikinews sentences of the demo corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../src/analyze/analyzer.js';
import type { Quote } from '../src/analyze/types.js';

function quotesOf(text: string): Quote[] {
  const doc = analyzeDocument({ id: 't', text, published: '2006-10-01' });
  for (const q of doc.quotes) assert.equal(text.slice(q.start, q.end), q.text);
  return doc.quotes;
}

test('the one an outlet quotes "as saying" is the speaker of what follows', () => {
  const qs = quotesOf(
    'In the past two months, ten British soldiers have been killed in Afghanistan.\n\nThe Sunday Telegraph today quoted commandos as saying British troops in Afghanistan are on "the brink of exhaustion".',
  );
  assert.equal(qs.length, 1);
  assert.equal(qs[0].text, 'British troops in Afghanistan are on "the brink of exhaustion"');
  assert.equal(qs[0].speaker?.name, 'commandos');
  assert.equal(qs[0].speaker_rule, 'quoted-as-saying');
  assert.equal(qs[0].cue?.text, 'saying');
  // "quoted" reports nothing itself: "the minister as saying …" is no content
  const xinhua = quotesOf('Xinhua quoted the foreign minister as saying that China would respond firmly.');
  assert.deepEqual(
    xinhua.map((q) => [q.text, q.speaker?.name]),
    [['that China would respond firmly', 'the foreign minister']],
  );
});

test('a quotation a quoting frame closes is the quoted one’s, passive or active', () => {
  // before, the judge's words went to the person the previous paragraph quoted (floating quote)
  const text =
    'In a 48-page affidavit, Mahathir said Anwar was using the suit to "rehabilitate himself for high office".\n\n' +
    '"The plaintiff\'s action is unsustainable based on background evidence," High Court Judge Tengku Maimon Tuan Mat was quoted as saying by Agence France-Presse (AFP).\n\n' +
    '"I am proud to mention here that this year we shall have women voters," Arab News quoted Prince Saud as saying.';
  const qs = quotesOf(text);
  const judge = qs.find((q) => q.text.startsWith('The plaintiff'));
  assert.equal(judge?.speaker?.name, 'Tengku Maimon Tuan Mat');
  assert.equal(judge?.rule, 'quoted-as-saying');
  const prince = qs.find((q) => q.text.startsWith('I am proud'));
  assert.ok(prince?.speaker?.name.endsWith('Saud'), prince?.speaker?.name);
  // the outlet after the frame is no content
  assert.ok(!qs.some((q) => q.text.startsWith('by ')));
});

test('a clause before a quoting frame is the quoted one’s', () => {
  const qs = quotesOf('The new approach is a failure, the agency quoted Szczyglo as saying.');
  assert.deepEqual(
    qs.map((q) => [q.text, q.speaker?.name]),
    [['The new approach is a failure', 'Szczyglo']],
  );
});

test('the outlet a quoting frame names reports the quote', () => {
  const reporterOf = (text: string, start: string) => {
    const q = quotesOf(text).find((x) => x.text.startsWith(start));
    assert.ok(q, `a quote starting "${start}"`);
    return q;
  };
  // active, with or without "as": the subject of "quoted" / "cites" reports, the one quoted speaks
  const telegraph = reporterOf(
    'The Sunday Telegraph today quoted commandos as saying British troops in Afghanistan are on "the brink of exhaustion".',
    'British troops',
  );
  assert.equal(telegraph.speaker?.name, 'commandos');
  assert.equal(telegraph.reported_by?.name, 'Sunday Telegraph');
  const times = quotesOf(
    "The Sunday Times cites unnamed U.K. government sources saying that Britain's troops could leave Basra as early as October.",
  );
  assert.deepEqual(
    times.map((q) => [q.text, q.speaker?.name, q.reported_by?.name]),
    [
      [
        "that Britain's troops could leave Basra as early as October",
        'unnamed U.K. government sources',
        'Sunday Times',
      ],
    ],
  );
  const post = quotesOf(
    'The Washington Post quoted a senior diplomat saying that Bush\'s remark as recounted by The Daily Mirror "sounds like one of the president\'s one-liners that is meant as a joke", adding that "it was foolish for someone to write it down, and now it will be a story for days."',
  );
  assert.ok(post.length >= 1 && post.every((q) => q.speaker?.name === 'a senior diplomat'), JSON.stringify(post));
  assert.ok(post.every((q) => q.reported_by?.name === 'Washington Post'));
  // passive: "by" or "in" before "as", or "by" after the verb of saying
  const afp = reporterOf(
    '"The plaintiff\'s action is unsustainable based on background evidence," High Court Judge Tengku Maimon Tuan Mat was quoted as saying by Agence France-Presse (AFP).',
    'The plaintiff',
  );
  assert.ok(afp.reported_by?.entity, 'the news agency is an entity of the article');
  assert.match(afp.reported_by?.name ?? '', /AFP|Agence France-Presse/);
  const hunold = reporterOf(
    'Air Berlin chief Joachim Hunold was quoted on Sunday by German media as saying that no one has yet sent weather balloons into the atmosphere to collect data on the volcanic ash.',
    'that no one',
  );
  assert.equal(hunold.speaker?.name, 'Joachim Hunold');
  // (a demonym modifying the outlet's noun is not the outlet: German media, not Germany)
  assert.equal(hunold.reported_by?.name, 'German media');
  assert.equal(hunold.reported_by?.entity, null);
  const memo = reporterOf(
    'While a UK Government official was quoted in the report as saying Mr. Bush\'s remarks were intended as "humorous, not serious", another source told the newspaper that the memo was genuine.',
    "Mr. Bush's remarks",
  );
  assert.equal(memo.reported_by?.name, 'the report');
  // a pronoun outlet is left unnamed
  const question = reporterOf(
    'MR PRICE: Andrea.\n\nQUESTION: Mr. Secretary, you just quoted the President as saying big nations don’t bluff. Do you think that President Putin is bluffing?',
    'big nations',
  );
  assert.equal(question.reported_by, undefined);
});

test('a quotation resumed after a quoting frame is the quoted one’s, pieces joined', () => {
  // (wikinews-70885) the frame rules read no attribution between the pieces, so the two were joined
  // as a floating quote and given to "Other lawmakers", the subject of the paragraph before
  const text =
    'Other lawmakers also called on the Cambodian government to take action.\n\n' +
    '“The royal government must react urgently, especially the Ministry of Foreign Affairs and International Cooperation," Monh Saphan, a Funcinpec parliamentarian was quoted as saying by Kampuchea Thmey. "The website [must] be corrected, because it affects the territorial integrity of the Kingdom of Cambodia."';
  const doc = analyzeDocument({ id: 't', text, published: '2008-01-01' });
  const q = doc.quotes.find((x) => x.text.startsWith('The royal government'));
  assert.ok(q);
  assert.equal(q.speaker?.name, 'Monh Saphan');
  assert.equal(q.reported_by?.name, 'Kampuchea Thmey');
  assert.equal(q.parts?.length, 2);
  assert.ok(text.slice(q.parts![1].start, q.parts![1].end).startsWith('The website'));
  assert.equal(doc.quotes.filter((x) => x.start < q.end && x.end > q.start).length, 1, 'one quote, not two');
});

test('the outlet that carried or broadcast a statement or speech reports the quote; its issuer does not', () => {
  // Reuters-21578: the speaker keeps the quote, the broadcaster reports it
  const rafsanjani = quotesOf(
    '"We will carry out our duty in the coming days and make them sorry," said Rafsanjani in a speech to Parliament later broadcast by Tehran Radio.',
  );
  assert.equal(rafsanjani[0].speaker?.name, 'Rafsanjani');
  assert.equal(rafsanjani[0].reported_by?.name, 'Tehran Radio');
  const libya = quotesOf(
    'Gadaffi spoke in Tripoli. "The regime in N\'djamena can rest assured that it will never have a single comfortable night\'s sleep," he said in a speech carried by Libyan television and monitored by the British Broadcasting Corporation.',
  );
  assert.equal(libya.find((q) => q.text.startsWith('The regime'))?.reported_by?.name, 'Libyan television');
  // wire style (no corpus here has it): state media carrying a government's statement
  const kcna = quotesOf(
    "North Korea's foreign ministry said in a statement carried by KCNA that the drills were a rehearsal for invasion.",
  );
  assert.equal(kcna[0].speaker?.name, "North Korea's foreign ministry");
  assert.equal(kcna[0].reported_by?.name, 'KCNA');
  // a statement released by someone names its issuer, no outlet; a report published by a body that
  // speaks is that body's own (demo corpus, wikinews-15754)
  const released = quotesOf(
    'The Taliban said in a statement released by their spokesman that the attack was justified.',
  );
  assert.equal(released[0].reported_by, undefined);
  const published = quotesOf(
    'A report published by the Iraq Body Count project, a British NGO, says that 24,865 civilians have been killed in Iraq.',
  );
  assert.equal(published[0].reported_by, undefined);
});
