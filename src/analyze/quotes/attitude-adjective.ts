// An adjective of certainty, hope, fear or feeling after "be" (or "remain", "seem") frames the
// clause after it as what its subject believes, hopes, fears or feels about: "his supporters are
// optimistic that he'll make a comeback", "Ms. Henry and other labor leaders remain confident that
// they can keep …", "Freddy was eager to make his mark", "Political pundits are shocked that …".
// After an expletive "it" nobody holds it ("It is not clear whether …"): the quote has no speaker,
// as the writer's hedges have none.
import type { Sentence } from '../document.js';
import { BE_FORMS, type QuoteContext } from './context.js';
import { FIRST_AND_SECOND_PERSON } from './parenthetical-frame.js';
import { clauseAt } from './clause.js';
import { contentEnd, contentSpan } from './content-end.js';
import { infinitiveAfter } from './content-start.js';
import { mainSubject } from './main-subject.js';
import { pushIndirect } from './indirect-candidate.js';
import { subjectBefore } from './subject-before.js';

/** Adjectives of a held belief, hope or fear that take a clause ("confident that", "eager to"). */
const ATTITUDE_ADJECTIVES = new Set([
  'confident',
  'optimistic',
  'pessimistic',
  'hopeful',
  'convinced',
  'sure',
  'certain',
  'uncertain',
  'unsure',
  'adamant',
  'insistent',
  'eager',
  'worried',
  'concerned',
  'afraid',
  'fearful',
  'aware',
  'skeptical',
  'sceptical',
  'doubtful',
  'clear',
]);

/**
 * Adjectives of a feeling about a fact ("Political pundits are shocked that …", "she was pleased
 * that …"): the subject's own stance on the clause. Only with "that": "sorry if …", "surprised if …"
 * set a condition, not what is felt.
 */
const FEELINGS = new Set([
  'shocked',
  'surprised',
  'amazed',
  'astonished',
  'stunned',
  'pleased',
  'glad',
  'happy',
  'unhappy',
  'relieved',
  'thrilled',
  'delighted',
  'grateful',
  'proud',
  'satisfied',
  'disappointed',
  'upset',
  'angry',
  'furious',
  'outraged',
  'frustrated',
  'alarmed',
  'troubled',
  'dismayed',
  'disgusted',
  'embarrassed',
  'ashamed',
  'sorry',
  'nervous',
  'anxious',
  'puzzled',
  'excited',
]);

/** Verbs of being other than "be" that take such an adjective ("remain confident that …"). */
const LINKING_VERBS = new Set(['remain', 'seem', 'appear', 'feel', 'grow', 'become']);

/** Words that open the clause such an adjective takes. */
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if']);

/** Adjectives of certainty or hope that take a clause without "that" ("is convinced the issue will …"). */
const BARE_CLAUSE = new Set(['convinced', 'confident', 'sure', 'optimistic', 'hopeful', 'worried', 'afraid']);
/** Tags a bare clause's subject opens with. */
const CLAUSE_SUBJECT_TAGS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'NUM']);

/**
 * Whether the one who is sure is the speaker or the one spoken to ("I'm sure you saw …", "we're
 * confident we can …"): a hedge of the one speaking, no belief reported. b is the verb of being.
 */
function ownHedge(ctx: QuoteContext, b: number, first: number): boolean {
  const toks = ctx.doc.tokens;
  let j = b - 1;
  while (j >= first && (toks[j].pos === 'ADV' || toks[j].pos === 'PART')) j--;
  // ("I'm", "we're": the contraction is the verb of being)
  return j >= first && FIRST_AND_SECOND_PERSON.has(toks[j].lower);
}

/**
 * The adjectives whose infinitive is what the subject wants or fears ("eager to make his mark"); the
 * others' is a likelihood nobody holds ("bills certain to pass", "is sure to anger").
 */
const WILLING = new Set(['eager', 'afraid', 'hopeful']);

/**
 * Makes the quote of an attitude adjective at token k, when "be" (or a linking verb) stands before it
 * and a clause or an infinitive after it; returns whether it made one.
 */
export function attitudeAdjective(ctx: QuoteContext, s: Sentence, k: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  const feeling = FEELINGS.has(t.lower);
  if (!(ATTITUDE_ADJECTIVES.has(t.lower) || feeling) || ctx.inSpan[k] >= 0) return false;
  // the verb of being, across adverbs and a negation ("are not yet sure", "was far less sure")
  let b = k - 1;
  while (b > s.firstToken && (toks[b].pos === 'ADV' || toks[b].pos === 'PART')) b--;
  const verb = toks[b];
  if (!verb || b < s.firstToken) return false;
  const linking = verb.pos === 'VERB' && LINKING_VERBS.has(verb.lemma);
  if (!linking && !(BE_FORMS.has(verb.lower) || verb.lemma === 'be')) return false;
  const a = k + 1;
  const next = toks[a];
  if (!next || a >= s.endToken || ctx.inSpan[a] >= 0) return false;
  const opens = feeling
    ? next.lower === 'that'
    : CLAUSE_OPENERS.has(next.lower) ||
      (next.lower === 'to' && WILLING.has(t.lower) && infinitiveAfter(ctx, a)) ||
      // "Not everyone is convinced the issue will play the same role": a clause with no "that"
      (BARE_CLAUSE.has(t.lower) &&
        CLAUSE_SUBJECT_TAGS.has(next.pos) &&
        clauseAt(ctx, a, s.endToken) &&
        !ownHedge(ctx, b, s.firstToken));
  if (!opens) return false;
  const span = contentSpan(toks, a, contentEnd(ctx, a, s.endToken));
  if (!span) return false;
  // (the subject before the verb of being; "it is clear that …" has none to name)
  let subject = subjectBefore(ctx.doc, linking ? b : b + 1, s.firstToken);
  // "many Democrats and Republicans yearn for an economic comeback and are not confident that …":
  // a predicate coordinated with an earlier one shares its subject
  let v = linking ? b : b + 1;
  while (v - 1 > s.firstToken && (toks[v - 1].pos === 'AUX' || toks[v - 1].pos === 'ADV')) v--;
  const coordinated = !subject && (toks[v - 1]?.lower === 'and' || toks[v - 1]?.lower === 'but');
  if (coordinated) subject = mainSubject(ctx, s, k);
  const expletive = subject !== null && subject.endToken - subject.first === 1 && toks[subject.first].lower === 'it';
  const speaker = expletive ? null : subject;
  ctx.usedCue.add(k);
  pushIndirect(
    ctx,
    span,
    { start: t.start, end: t.end },
    speaker,
    'attitude-adjective',
    speaker ? (coordinated ? 'main-subject' : 'cue-subject') : null,
  );
  return true;
}
