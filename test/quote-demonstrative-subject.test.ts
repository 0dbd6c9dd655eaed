import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotes } from './quote-helpers.js';

// A demonstrative "that" (a thing, a state of affairs) as the subject of a verb with a preposition,
// of a question, or of the idiom "That said," says nothing of anyone's: briefings' "And that will
// focus on …", "What does that say to …", "That said, …".

test('a demonstrative "that" before a verb with a preposition, in a question or in "That said," is no one quoted', () => {
  const briefing =
    'Then there will be a lunch session with the heads of delegations. And that will focus on the role of the IAEA. ' +
    'So the trip is not focused on missile defense per se. That said, it is clearly an issue that is on the minds of people. ' +
    'Q What does that say to American shoe manufacturers about their jobs?';
  const found = quotes(briefing);
  for (const start of ['the role of the IAEA', 'it is clearly an issue', 'American shoe manufacturers'])
    assert.equal(
      found.find((q) => q.text.startsWith(start)),
      undefined,
      start,
    );
  // a relative "that" after its antecedent, and a claim with an abstract subject, are quotes still
  // (after a generic antecedent, "There are people that say …", it is no one's: quote-speakers.test.ts)
  const relative = quotes('There are senators that say the deal could be dismissed as a mere symbol.');
  assert.ok(relative.some((q) => q.text.startsWith('the deal could be dismissed') && q.speaker?.name === 'senators'));
  const claim = quotes(
    'The officials used unclassified email. That suggests a lack of confidence that the department’s systems can be fully trusted.',
  );
  assert.ok(claim.some((q) => q.text.includes('the department’s systems can be fully trusted')));
});

test('"That having been said," is the idiom too, whatever later verb reads "That" as its subject', () => {
  // (White House press call, 2016, public domain)
  const found = quotes(
    'As for the response issue, the Nuclear Security Summits have focused on the prevention side of that and not address response. That having been said, there was a very interesting even that was hosted by Secretary of Energy Ernie Moniz in January with several of his counterparts from Nuclear Security Summit countries in a table-top exercise type of event that did get into some of the response issues, and identified some of the challenges that come along with how you communicate across boundaries and borders in neighboring countries when you have a nuclear event.',
  );
  assert.ok(!found.some((q) => q.speaker?.name === 'That'));
});
