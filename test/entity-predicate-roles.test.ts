// Titles a sentence gives a named person as its predicate ("X is the …", "X served as …"), on
// sentences of the demo corpus (data/demo/pdnews.jsonl; the article ids are given).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/analyzer.js';
import type { Analysis, Entity, Role } from '../src/analyze/types.js';

const run = (text: string, published: string): Analysis => analyze({ id: 't', text, published });
const entity = (a: Analysis, name: string): Entity => {
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `no entity ${name} in ${a.entities.map((x) => x.name).join(', ')}`);
  return e;
};
const predicateRoles = (e: Entity): Role[] => e.roles.filter((r) => r.rule === 'predicate');

test('a title held now, given by "is" or "remains", is a role that gives the person an actor', () => {
  // (wikinews-114520)
  const text =
    'In the deal signed three weeks ago it was agreed that Tsvangirai is now the Prime Minister of Zimbabwe, acting as the head of the council of ministers. It was also agreed that Mugabe remains the president of Zimbabwe, meaning that he is still the chair of the cabinet.';
  const a = run(text, '2008-10-06');
  for (const [name, title] of [
    ['Morgan Tsvangirai', 'Prime Minister of Zimbabwe'],
    ['Robert Mugabe', 'president of Zimbabwe'],
  ]) {
    const e = a.entities.find((x) => x.mentions.some((m) => name.endsWith(m.text)));
    assert.ok(e, name);
    const [role] = predicateRoles(e);
    assert.equal(role?.title, title);
    assert.equal(text.slice(role.span.start, role.span.end), title);
    assert.equal(role.country, 'ZWE');
    assert.ok(!role.former);
    assert.equal(e.actor, 'ZWEGOV');
  }
});

test('a title the person "served as" or "was", or "previously" held, is a former role with its span', () => {
  // (state-pr-246642) the title is the person's role, not a person of its own
  const text =
    'The Secretary of State has appointed Ambassador Jean Elizabeth Manes as Civilian Deputy to the Commander of U.S. Southern Command. Ambassador Manes previously served as U.S. Ambassador to El Salvador from 2016 to 2019.';
  const a = run(text, '2021-09-01');
  const manes = entity(a, 'Jean Elizabeth Manes');
  const [role] = predicateRoles(manes);
  assert.ok(role, JSON.stringify(manes.roles));
  assert.equal(text.slice(role.span.start, role.span.end), 'U.S. Ambassador to El Salvador');
  assert.equal(role.country, 'USA');
  assert.equal(role.former, true);
  assert.ok(a.entities.every((e) => e.name !== 'U.S. Ambassador'));
  // (wikinews-10186) a relative clause's title, without when it was held
  const b = run(
    'The speaker of the parliament, Adrian Năstase, who was also Romania\'s Prime Minister between 2000 and 2004, said, "This is a historic day."',
    '2005-04-25',
  );
  const nastase = b.entities.find((e) => e.mentions.some((m) => m.text === 'Adrian Năstase'));
  assert.ok(nastase);
  const [pm] = predicateRoles(nastase);
  assert.equal(pm?.title, 'Prime Minister');
  assert.equal(pm.country, 'ROU');
  assert.equal(pm.former, true);
});

test('how long or when a title was held is no part of it', () => {
  // (wikinews-3670)
  const a = run(
    "Frank Hsieh replaces Yu Shyi-kun, who served as Taiwan's premier for three years. Mr. Hsieh served as Chairman of the Democratic Progressive Party from 2000 to 2002.",
    '2005-01-25',
  );
  assert.deepEqual(
    predicateRoles(entity(a, 'Yu Shyi-kun')).map((r) => [r.title, r.country]),
    [['premier', 'TWN']],
  );
  assert.deepEqual(
    predicateRoles(entity(a, 'Frank Hsieh')).map((r) => r.title),
    ['Chairman of the Democratic Progressive Party'],
  );
  // (wikinews-70277) "was elected": the office is taken, not left
  const b = run(
    'The Democrat Party, the ruling party before Thaksin was elected premier in 2001, is the main opposition.',
    '2007-12-23',
  );
  const thaksin = b.entities.find((e) => e.mentions.some((m) => m.text === 'Thaksin'));
  assert.ok(thaksin);
  const [premier] = predicateRoles(thaksin);
  assert.equal(premier?.title, 'premier');
  assert.ok(!premier.former);
});

test('a predicate that is no office of the person gives no role', () => {
  const a = run(
    'Evo Morales was the first president to visit the region. Maria Lopez is the president’s daughter. Tom Lee is not the president.',
    '2020-01-01',
  );
  for (const e of a.entities) assert.deepEqual(predicateRoles(e), [], e.name);
});

test('a title held before is marked former, and its holder is the country’s elite, not its government', () => {
  // (wikinews-26520; state-pr-357862)
  const a = run(
    'Former British defense minister Peter Kilfoyle called for the full text of the memo to be published.',
    '2005-11-22',
  );
  const kilfoyle = entity(a, 'Peter Kilfoyle');
  assert.deepEqual(
    kilfoyle.roles.map((r) => [r.title, r.country, r.former]),
    [['Former British defense minister', 'GBR', true]],
  );
  assert.equal(kilfoyle.actor, 'GBRELI');
  const b = run(
    'The Secretary and Foreign Minister Park reiterated their condolences to Foreign Minister Hayashi on the passing of former Japanese Prime Minister Abe Shinzo.',
    '2022-07-08',
  );
  const abe = entity(b, 'Abe Shinzo');
  assert.equal(abe.actor, 'JPNELI');
  assert.equal(abe.roles[0]?.former, true);
  // a title held now is not marked
  assert.ok(!entity(b, 'Hayashi').roles[0]?.former);
});

test('the place an envoy is posted in is not the envoy’s country', () => {
  // (wikinews-38252: Noguera, a Colombian, was made consul in Milan)
  const a = run(
    'According to Cambio and Semana magazines, Noguera was appointed consul in Milan after an scandal broke in which he was organizing a coup d’etat against Chavez in 2005.',
    '2006-04-09',
  );
  const noguera = entity(a, 'Noguera');
  assert.deepEqual(
    noguera.roles.map((r) => [r.title, r.country]),
    [['consul in Milan', null]],
  );
  assert.notEqual(noguera.actor, 'ITAGOV');
});

test('"He" opening the sentence after one that opens with the person takes the predicate’s title too', () => {
  // (state-pr-264702)
  const text =
    'Rashad Hussain is the President’s nominee for ambassador at large for international religious freedom.\n\nHe previously served as special envoy to the Organization of Islamic Cooperation, among other key roles in the Obama administration.';
  const a = run(text, '2021-08-02');
  const hussain = entity(a, 'Rashad Hussain');
  const envoy = hussain.roles.find((r) => r.title === 'special envoy to the Organization of Islamic Cooperation');
  assert.ok(envoy, JSON.stringify(hussain.roles));
  assert.equal(envoy.former, true);
  const he = hussain.mentions.find((m) => m.kind === 'pronoun');
  assert.equal(he?.text, 'He');
  assert.equal(text.slice(he.start, he.end), 'He');
  // (a sentence that opens with someone else's possession names no one to continue)
  const b = run(
    "Hussain's nomination was announced on Friday. He previously served as special envoy to the Organization of Islamic Cooperation.",
    '2021-08-02',
  );
  for (const e of b.entities) assert.deepEqual(predicateRoles(e), [], e.name);
  // (nor one that names two people: "She" may be either)
  const c = run('John Smith met Mary Jones on Monday. She is the mayor of Boston.', '2021-08-02');
  for (const e of c.entities) assert.deepEqual(predicateRoles(e), [], e.name);
});

test('a title held in someone’s service may name them', () => {
  // (state-pr-353343)
  const text =
    'Thomas E. Donilon is Chairman of the BlackRock Investment Institute. He served as National Security Advisor to President Barack Obama. In that capacity he oversaw the National Security Council staff.';
  const donilon = entity(run(text, '2022-06-17'), 'Thomas E. Donilon');
  const served = predicateRoles(donilon).find((r) => r.former);
  assert.ok(served, JSON.stringify(donilon.roles));
  assert.match(text.slice(served.span.start, served.span.end), /Advisor to President Barack Obama$/);
});

test('"our" before a predicate title opens it, and the pieces of it read as names are dropped', () => {
  // (wh-briefing-press-briefing-gary-samore-ambassador-alex-wolff-and-mike-mcfaul)
  const text =
    'MR. HAMMER: We have also brought over Ambassador Alex Wolff, who is our Deputy Permanent Representative to the United Nations. They are going to start off because Gary has to run off to a meeting.';
  const a = run(text, '2009-09-23');
  const [role] = predicateRoles(entity(a, 'Alex Wolff'));
  assert.equal(role?.title, 'Deputy Permanent Representative to the United Nations');
  assert.ok(!a.entities.some((e) => e.name.startsWith('Deputy')), a.entities.map((e) => e.name).join(', '));
  assert.ok(a.entities.some((e) => e.name === 'United Nations'));
});

test("a country's name before an expert's noun is what the expertise is about, not the expert's country", () => {
  // (wikinews-63825: the professor had been Chinese, and his warning China's)
  const a = run(
    'Eswar Prasad, a professor at the trade policy from the Cornell University, warns the United States legislators, that their bill could poison the relationship between USA and China. Professor Prasad, who was a China trade expert and an economist at the International Monetary Fund until late last year, said that this bill would not have a long lasting effect and would not influence the problems the legislators are trying to avoid.',
    '2007-03-29',
  );
  const prasad = entity(a, 'Eswar Prasad');
  assert.ok(predicateRoles(prasad).some((r) => r.title.endsWith('expert')));
  assert.deepEqual(
    prasad.roles.filter((r) => r.country),
    [],
  );
  assert.equal(prasad.actor, null);
});
