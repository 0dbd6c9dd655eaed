// Whom a reporter's question puts "you" to when it names them: "And for Secretary Blinken, you've been
// very clear that …" is put to Blinken though President Sandu answers first; a reporter naming
// themselves ("Žygintas Abromaitis, Lithuanian national broadcaster …") addresses no one by it.
// Excerpts of State Department transcripts in the demo corpus (state-pr-321205, state-pr-321407).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../src/analyze/analyzer.js';
import type { ArticleDocument } from '../src/analyze/document.js';

function speakerOf(doc: ArticleDocument, words: string): string | undefined {
  const at = doc.text.indexOf(words);
  assert.ok(at >= 0, `"${words}" is not in the text`);
  const q = doc.quotes.find((x) => x.start <= at && x.end >= at + words.length && x.kind === 'indirect');
  assert.ok(q, `no quote holds "${words}"`);
  return q.speaker?.entity ? doc.entityById(q.speaker.entity)?.name : q.speaker?.name;
}

test('"And for Secretary Blinken, you\'ve been very clear …" is put to Blinken, not to the one who answers first', () => {
  const doc = analyzeDocument({
    id: 'state-pr-321205',
    text: 'SECRETARY BLINKEN: Lara, thanks very much. With regard to the individual you mentioned, there’s only so much I can say given the privacy considerations at this point. Let me just say more generally, whenever an American is detained anywhere in the world, we of course stand ready to provide every possible assistance, and that includes in Russia, as you know, and we’ve talked about this for a long time when we talk about seeking the release of Paul Whelan and Trevor Reed for some time, both of whom are unjustly detained.\n\nQUESTION: Yeah, thank you very much. Madam President, what do you see as the implications of Russia’s invasion of Ukraine for Moldovan security? And what concrete measures are you hoping to see from the U.S. in terms of support? And additionally, if I may, have you seen any changes to the Russian troop levels in Transnistria?\n\nAnd for Secretary Blinken, you’ve been very clear that the – about the U.S. commitment to NATO countries, but you’ve been equally clear that U.S. troops won’t fight to defend Ukraine. In that context, what kind of assurances can the U.S. actually make to Moldova about its own security?\n\nPRESIDENT SANDU: (Via interpreter) Of course we do follow and we monitor the situation in Transnistria. We do not have so far information or intelligence regarding some significant changes there. However, this is a subject of high vulnerability. I would like to remind you that on the territory of our country, we have troops of the Russian Federation which are deployed here illegally and this exists for decades. Of course it’s a vulnerability. We do not have information so far which would confirm the intention for those troops to be involved in some military actions in Ukraine.\n\nSECRETARY BLINKEN: Peter, we strongly support Moldova’s territorial integrity, its sovereignty, as well as its constitutionally guaranteed neutrality. You’ve seen the response that we’ve helped to mobilize around the world to Russia’s aggression against Ukraine. Whenever and wherever that aggression might appear, we will do the same thing.',
    published: '2022-03-06',
  });
  assert.match(speakerOf(doc, 'U.S. troops won’t fight to defend Ukraine') ?? '', /Blinken/);
  assert.match(speakerOf(doc, 'the U.S. commitment to NATO countries') ?? '', /Blinken/);
});

test('a reporter introducing themselves by name is not whom "you" stands for', () => {
  const doc = analyzeDocument({
    id: 'state-pr-321407',
    text: 'MODERATOR: (Via interpreter) Now is the time for questions. Žygintas Abromaitis from Lithuanian National Television. Žygintas Abromaitis.\n\nQUESTION: Žygintas Abromaitis, Lithuanian national broadcaster on behalf of all Lithuanian media. It’s a question for you, Mr. Blinken. President Nausėda warned about World War III if Putin is not stopped, but it looks like the only war could stop him, and not sanctions or political pressure or even deterrence. Putin is now saying that he’ll go till the end and Russia is threatening NATO countries over support of Ukraine. You keep saying that you will defend every inch of NATO territory. So will you send American troops to the Baltic region permanently, air defense systems? Where is the red line after crossing it NATO will enter the war directly, and how likely Russia is ready to start a nuclear war? And furthermore, could you confirm that Poland will send fighter jets in exchange for American F-16s? Thank you.\n\nSECRETARY BLINKEN: Thank you very much. A few things. First, as I noted, in response to Russia’s aggression against Ukraine, one of the things we did is exactly what we said we’d do for many, many months, which is, in the event of Russian aggression, we would reinforce NATO’s eastern flank.',
    published: '2022-03-07',
  });
  assert.match(speakerOf(doc, 'you will defend every inch of NATO territory') ?? '', /Blinken/);
});
