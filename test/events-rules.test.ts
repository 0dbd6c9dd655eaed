// The event rules added for PLOVER/CAMEO coding, on wire-copy sentences: actor codes from names nested
// in a mention and from pronouns, "X said that Y must" as a demand, status-dependent recoding, implicit
// targets (war party, place, one country) and triggers that make no event of their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleDocument } from '../src/analyze/document.js';
import { tokenizer } from '../src/analyze/nlp/wink.js';
import { eventExtractor } from '../src/analyze/events/extract-events.js';
import type { EntityType, Event } from '../src/analyze/types.js';

interface Spec {
  name: string;
  type: EntityType;
  actor: string | null;
  say: string[];
}

function analyse(text: string, entities: Spec[]): Event[] {
  const doc = new ArticleDocument({ id: 't', text, published: '2023-09-06' });
  tokenizer.run(doc);
  for (const e of entities) {
    const mentions = [];
    for (const f of e.say)
      for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + f.length))
        mentions.push({ start: at, end: at + f.length, text: f, kind: 'name' as const });
    doc.addEntity({
      type: e.type,
      name: e.name,
      actor: e.actor,
      country: e.actor?.slice(0, 3) ?? null,
      kb: null,
      mentions,
    });
  }
  doc.quotes = [];
  doc.times = [];
  eventExtractor.run(doc);
  for (const ev of doc.events) {
    assert.equal(text.slice(ev.trigger.start, ev.trigger.end), ev.trigger.text);
    assert.ok(ev.rule && ev.status_rule);
  }
  return doc.events;
}

const countries = (refs: { actor: string | null }[]) => refs.map((r) => (r.actor ?? '').slice(0, 3)).join('+');
const gpe = (name: string, actor: string, say = [name]): Spec => ({ name, type: 'GPE', actor, say });
const norp = (name: string, actor: string): Spec => ({ name, type: 'NORP', actor, say: [name] });
const org = (name: string): Spec => ({ name, type: 'ORG', actor: null, say: [name] });

test('"X reiterated that Y must": a demand by the framer, its country from the name inside the mention', () => {
  const evs = analyse('A senior British minister reiterated that Libya must hand over the two suspects for trial.', [
    org('A senior British minister'),
    norp('British', 'GBR'),
    gpe('Libya', 'LBY'),
  ]);
  const req = evs.find((e) => e.type === 'REQUEST');
  assert.ok(req);
  assert.equal(countries(req.source), 'GBR');
  assert.equal(countries(req.target), 'LBY');
  assert.match(req.rule ?? '', /^obligation:must/);
});

test('a subject pronoun takes its antecedent; a party announcing coercion threatens', () => {
  const evs = analyse('Palestinian leaders said they would boycott all official contact with the United States.', [
    org('Palestinian leaders'),
    norp('Palestinian', 'PSE'),
    gpe('United States', 'USA'),
  ]);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, 'THREATEN');
  assert.equal(countries(evs[0].source), 'PSE');
  assert.equal(countries(evs[0].target), 'USA');
});

test('an intention frame takes the kind of the act intended', () => {
  const evs = analyse("Iraq's interim government announced that it is prepared to impose martial law.", [
    org("Iraq's interim government"),
    gpe('Iraq', 'IRQ'),
  ]);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, 'THREATEN');
  assert.equal(evs[0].code, '1324');
  assert.equal(countries(evs[0].source), 'IRQ');
});

test('"will not accept" refuses: REJECT; "did not supply" stays a negated act', () => {
  const rej = analyse('Syria says it will not accept any more refugees.', [gpe('Syria', 'SYR')]);
  assert.equal(rej[0]?.type, 'REJECT');
  assert.equal(countries(rej[0].source), 'SYR');
});

test('a threat targets the party of its condition', () => {
  const evs = analyse(
    'Russia has threatened to stop negotiations if the United States deploys new missiles in Europe.',
    [gpe('Russia', 'RUS'), gpe('United States', 'USA')],
  );
  const t = evs.find((e) => e.type === 'THREATEN');
  assert.ok(t);
  assert.equal(countries(t.target), 'USA');
});

test('an attack on things by one side of a war the article names targets the other side', () => {
  const text = 'The Russo-Ukraine war is in its second year. Russia attacked grain silos and heating plants overnight.';
  const evs = analyse(text, [gpe('Russia', 'RUS'), gpe('Ukraine', 'UKR')]);
  const a = evs.find((e) => e.type === 'ASSAULT');
  assert.ok(a);
  assert.equal(countries(a.source), 'RUS');
  assert.equal(countries(a.target), 'UKR');
  assert.match(a.rule ?? '', /war-party/);
});

test('the place of an attack is its target; an -ing elaboration is the same event', () => {
  const evs = analyse('Two Palestinian gunmen killed 23 people in Tel Aviv on Sunday, wounding dozens.', [
    norp('Palestinian', 'PSE'),
    gpe('Tel Aviv', 'ISR'),
  ]);
  assert.equal(evs.length, 1);
  assert.equal(countries(evs[0].source), 'PSE');
  assert.equal(countries(evs[0].target), 'ISR');
});

test('a sentence naming one country reports a domestic act; attributive participles are no events', () => {
  const dom = analyse('Egyptian police opened fire on demonstrators on Monday night.', [
    { name: 'Egyptian police', type: 'ORG', actor: 'EGYCOP', say: ['Egyptian police'] },
  ]);
  assert.equal(dom.length, 1);
  assert.equal(countries(dom[0].target), 'EGY');
  const occ = analyse('Israeli soldiers arrested 100 Palestinians in the occupied West Bank.', [
    { name: 'Israeli soldiers', type: 'ORG', actor: 'ISRMIL', say: ['Israeli soldiers'] },
    norp('Palestinians', 'PSE'),
  ]);
  assert.deepEqual(
    occ.map((e) => e.code),
    ['173'],
  );
});
