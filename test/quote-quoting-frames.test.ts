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
