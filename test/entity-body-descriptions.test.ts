// "The group", "the alliance", "the government": a definite description by a body's class noun is a
// mention of the most recent body of that class (body-descriptions.ts). Sentences from Wikinews
// (CC BY 2.5) and White House and State Department releases (public domain) in the demo corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/analyzer.js';
import type { Analysis } from '../src/analyze/types.js';

const run = (text: string): Analysis => analyze({ id: 't', text, published: '2010-11-16' });

/** The entity a mention with this exact text and rule belongs to, by name; null where none has it. */
function describedBody(a: Analysis, text: string): string | null {
  const owner = a.entities.find((e) => e.mentions.some((m) => m.text === text && m.rule === 'body-description'));
  return owner?.name ?? null;
}

test('"the group" after a rebel group and "the alliance" after NATO are those bodies', () => {
  const farc = run(
    'FARC is considered a terrorist organization by Colombia, the United States, and the European Union. ' +
      'The group has been accused of drug trafficking, extortion, and kidnapping, among other illegal activities.',
  );
  assert.equal(describedBody(farc, 'The group'), 'Revolutionary Armed Forces of Colombia');
  const nato = run(
    'NATO leaders begin negotiations in earnest over Afghanistan Thursday, after the opening day of their summit in Bucharest saw a successful French offer of more troops, but a public disagreement over the alliance’s enlargement.',
  );
  assert.equal(describedBody(nato, 'the alliance'), 'NATO');
});

test('a body whose name holds the noun is the one it describes, and speaks as that body', () => {
  const a = run(
    'The Kurdistan Workers’ Party has declared a "unilateral" cease fire with Turkey, but also said that the party will defend itself with force if necessary.',
  );
  // (the entity takes the knowledge base's spelling of the name)
  assert.equal(describedBody(a, 'the party'), "Kurdistan Workers' Party");
  const company = run(
    "Any such deal could strengthen Time Warner Cable's plans to expand its entry into the telephony market. " +
      'The company said it expects to have 200 thousand voice customers when it closes its 2004 books Friday.',
  );
  const quote = company.quotes.find((q) => q.text.startsWith('it expects'));
  assert.equal(quote?.speaker?.name, 'Time Warner Cable');
});

test('a group of people is no body, and a noun followed by what names it is another one', () => {
  // protesters are no organisation: "the group" is not the place they gathered at
  const protest = run(
    'Before Rice began her speech, about 50 protesters were gathered at the front gates of the Conservatorium. ' +
      'The group were confronted by police on horseback.',
  );
  assert.equal(describedBody(protest, 'The group'), null);
  // "the government and people of Ukraine" is Ukraine's, not the Russian government named before
  const ukraine = run(
    'We stand against the Russian government’s unprovoked war. We will continue to support the government and people of Ukraine in the face of the Kremlin’s aggression.',
  );
  assert.equal(describedBody(ukraine, 'the government'), null);
});

test('"the government" after another country is named is not the government named before', () => {
  const canada = run(
    'Training is a critical part of our effort to strengthen the Afghan government. ' +
      'So as Canada moves to this new phase in its engagement, the government announced that it will deploy up to 950 military trainers.',
  );
  assert.equal(describedBody(canada, 'the government'), null);
  // with no other country between, it is
  const sudan = run(
    "Sudan's government denied being in control of the Janjaweed. After strong international pressure and the threat of sanctions, the government promised to disarm the Janjaweed.",
  );
  assert.ok(describedBody(sudan, 'the government'));
});

test('a capitalised class noun alone after "the" is the body of its class named before, not a name of its own', () => {
  // State Department release in the demo corpus: "the Alliance" had been a body of its own
  const a = run(
    'NATO is stronger, more capable, more unified than ever.\n\nEvery member of the Alliance wants to bring this war to an end as soon as possible.',
  );
  const owner = a.entities.find((e) => e.mentions.some((m) => m.text === 'the Alliance'));
  assert.equal(owner?.name, 'NATO');
  assert.ok(!a.entities.some((e) => e.name === 'Alliance'));
  // with no body of its class named before, it stays a name ("the Council" of the Council's own release)
  const council = run('The Council adopted conclusions on Ukraine today.');
  assert.ok(council.entities.some((e) => e.name === 'Council'));
});

test('"the terrorist group", "the militant group" are the armed body named before', () => {
  // (Wikinews and State Department articles in the demo corpus)
  const alQaeda = run(
    'Last month, US intelligence intercepted Al-Qaeda communications warning operatives to be ready for instructions in October. The terrorist group is thought to be planning what has been called an "October surprise".',
  );
  assert.equal(describedBody(alQaeda, 'The terrorist group'), "Al Qa'ida");
  const hezbollah = run(
    'An Israeli navy ship was severely damaged after being hit by an explosives-packed UAV launched by Hezbollah. The ship was 16 km from the Lebanese coast when it was hit. This is a new, previously unused tactic by the militant group.',
  );
  assert.equal(describedBody(hezbollah, 'the militant group'), 'Hezbollah');
  // no armed body named: the description stays its own
  const none = run('The United Nations met on Monday. The terrorist group was not discussed.');
  assert.equal(describedBody(none, 'The terrorist group'), null);
});

test('"the rights group" is the rights body named before, not one a name after it introduces', () => {
  // wikinews-119302 (demo corpus)
  const hrw = run(
    'Human Rights Watch (HRW) has charged Israel with using white phosphorous bombs in urban areas. ' +
      'The rights group is calling on Israel not to use these devices in crowded areas of Gaza.',
  );
  assert.equal(describedBody(hrw, 'The rights group'), 'Human Rights Watch');
  // state-pr-326208 (demo corpus): the group the apposition names is another
  const fortify = run(
    'Human Rights Watch welcomed the report. It was prepared by the museum’s Simon-Skjodt Center for the Prevention of Genocide and the human rights group, Fortify Rights.',
  );
  assert.equal(describedBody(fortify, 'the human rights group'), null);
});
