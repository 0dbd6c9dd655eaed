// Who "we" is in an article's own voice, outside anyone's quotation. A statement or readout speaks
// as "we" for its issuer ("We welcome Italy's focus on …"), and the issuer is seldom the last body
// named before the pronoun: the nearest country or group before "we" was the wrong speaker in most
// demo-corpus statements ("Bangladesh" for the United States, "ASEAN" for the Quad). So "we" is
// resolved only where the text says who it is: a country or body opening the sentence ("The United
// States remains committed to …, and we welcome …"), or opening the sentence before in the paragraph
// when that one speaks as "we" too ("The United States and Bangladesh are united in our condemnation
// of terrorism … We commend …"). A joint statement names its "we" once, in an apposition opening a
// sentence ("We, the G7 Foreign Ministers of Canada, France, …, condemn …"): that group is the
// statement's "we" from there on, and the speaker of that sentence itself, whichever country of the
// list stands last before the verb. Otherwise "we" stays the pronoun, with no entity: an unknown
// speaker rather than a wrong one.
import type { EntityRecord, Sentence } from '../document.js';
import type { Span } from '../types.js';
import type { QuoteContext } from './context.js';
import { openingEntity, sentenceAndPrevious } from './sentence-opening.js';

/** Bodies that speak as "we" and may open a sentence as its subject (a people's adjective opens "Ukrainian overtures"). */
const SUBJECT_BODIES = new Set(['GPE', 'ORG']);

export type WeResolution = { entity: EntityRecord; rule: 'we-sentence-subject' | 'we-apposition' } | null;

/** "We, the G7 Foreign Ministers of …": the sentence, where its "We" is, and the group's own words. */
export interface WeApposition {
  sentence: Sentence;
  we: Span;
  group: Span;
}

/** Words that end a group's own words in its apposition ("the Foreign Ministers | of France, …"). */
const GROUP_ENDS = new Set(['of', ',', 'and', 'from', 'who', '(']);
const MAX_GROUP_TOKENS = 6;
const appositionsOf = new WeakMap<QuoteContext, WeApposition[]>();

/** The article's "We, the …" appositions, in text order (once per quote pass). */
export function weAppositions(ctx: QuoteContext): WeApposition[] {
  let found = appositionsOf.get(ctx);
  if (found) return found;
  found = [];
  appositionsOf.set(ctx, found);
  // (most articles have none: one text search spares reading every sentence)
  if (!ctx.doc.text.includes('We, the')) return found;
  const toks = ctx.doc.tokens;
  for (const s of ctx.sentences) {
    const a = s.firstToken;
    if (toks[a]?.text !== 'We' || toks[a + 1]?.text !== ',' || toks[a + 2]?.lower !== 'the') continue;
    let b = a + 3;
    while (b < s.endToken && b < a + 3 + MAX_GROUP_TOKENS && !GROUP_ENDS.has(toks[b].lower)) b++;
    // a group of people or bodies: its last word plural ("Ministers", "Governments", "Leaders")
    if (b === a + 3 || !/\p{Ll}s$/u.test(toks[b - 1].text) || !/^\p{Lu}/u.test(toks[b - 1].text)) continue;
    found.push({ sentence: s, we: toks[a], group: { start: toks[a + 3].start, end: toks[b - 1].end } });
  }
  return found;
}

/** The group an apposition names, as an entity of its own (made once, then found by its span). */
export function groupEntity(ctx: QuoteContext, apposition: WeApposition): EntityRecord {
  const doc = ctx.doc;
  const { group } = apposition;
  const known = doc.entities.find((e) => e.mentions.some((m) => m.start === group.start && m.end === group.end));
  if (known) return known;
  const text = doc.text.slice(group.start, group.end);
  const mention = { start: group.start, end: group.end, text, kind: 'nominal' as const, rule: 'we-apposition' };
  // ("released by the G7 foreign ministers. … We, the G7 Foreign Ministers of …": one group)
  const lower = text.toLowerCase();
  const named = doc.entities.find((e) => e.name.toLowerCase() === lower);
  if (named) {
    named.mentions.push(mention);
    return named;
  }
  // ("We, the G7 Foreign Ministers …", "We, the NATO Allies …": the body the group's words open with acts through it)
  const body = doc.entityAt(group.start);
  const of =
    body && body.entity.type === 'ORG' && body.mention.start === group.start && body.mention.end < group.end
      ? body.entity
      : null;
  return doc.addEntity({
    type: 'ORG',
    name: text,
    actor: of?.actor ?? null,
    country: of?.country ?? null,
    kb: null,
    mentions: [mention],
  });
}

/** The apposition whose sentence holds `head` after its "We" (the list's last country is no subject). */
export function appositionHolding(ctx: QuoteContext, head: Span): WeApposition | undefined {
  return weAppositions(ctx).find((w) => head.start >= w.we.end && head.end <= w.sentence.end);
}

/**
 * The body the article's own "we" at `head` stands for, if the text says so. Inside words nobody is
 * named for (a statement's text after "Begin Text:"), only a "We, the …" apposition says who "we" is.
 */
export function narrativeWe(ctx: QuoteContext, head: Span, appositionOnly = false): WeResolution {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const k = doc.tokenIndexAt(head.start);
  // a joint statement's "we", named in an apposition at or before this one
  const named = weAppositions(ctx)
    .filter((w) => w.we.start <= head.start)
    .at(-1);
  if (named) return { entity: groupEntity(ctx, named), rule: 'we-apposition' };
  if (appositionOnly) return null;
  const pair = sentenceAndPrevious(ctx, head.start);
  if (!pair) return null;
  const here = pair[0];
  const paragraph = ctx.paragraphOf(head.start);
  // the sentence's own opening (before "we"), then the previous sentence's, in the same paragraph
  for (const s of pair) {
    if (!s || ctx.paragraphOf(toks[s.firstToken].start) !== paragraph) break;
    const opening = openingEntity(ctx, s, k);
    // ("We commend …" opens its sentence: the one before may say who)
    if (!opening && s === here) continue;
    if (!opening || !SUBJECT_BODIES.has(opening.entity.type) || opening.kind !== 'name') break;
    // the sentence before speaks for the same side only if it says so too ("… are united in our
    // condemnation") or states its subject's stance now, as only the side speaking does ("The United
    // States remains committed to …. We continue to support …"): "Russia will have to face
    // consequences. We reject …" is no Russian "we"
    if (s !== here && !speaksAsWe(ctx, s.firstToken, s.endToken) && !statesOwnStance(ctx, s, opening.entity)) break;
    // "Russia continues its attacks. We call on Russia to …": "we" is not whom it addresses
    if (opening.entity.mentions.some((m) => m.start > head.end && m.start < here.end)) break;
    return { entity: opening.entity, rule: 'we-sentence-subject' };
  }
  return null;
}

const FIRST_PERSON_PLURAL = new Set(['we', 'our', 'us', 'ours', 'ourselves']);

/** Whether tokens [a, b) hold a first-person plural word outside quotation marks. */
function speaksAsWe(ctx: QuoteContext, a: number, b: number): boolean {
  const toks = ctx.doc.tokens;
  for (let j = a; j < b; j++) if (FIRST_PERSON_PLURAL.has(toks[j].lower) && ctx.inSpan[j] < 0) return true;
  return false;
}

/** Verbs of a stance a statement's issuer takes in the present ("The United States supports …"). */
const STANCE_VERBS = new Set([
  'support',
  'welcome',
  'condemn',
  'commend',
  'applaud',
  'reaffirm',
  'urge',
  'stand',
  'remain',
  'encourage',
  'oppose',
  'reject',
  'value',
  'congratulate',
]);
/** Words after "is"/"are" that state a stance ("is committed to", "is deeply concerned by"). */
const STANCE_STATES = new Set(['committed', 'concerned', 'proud', 'determined', 'grateful', 'pleased', 'ready']);

/**
 * Whether sentence s goes on, after its opening body's name, with that body's stance in the present:
 * "The United States remains committed to …", "… strongly condemns …", "… is deeply concerned …".
 */
function statesOwnStance(ctx: QuoteContext, s: Sentence, body: EntityRecord): boolean {
  const toks = ctx.doc.tokens;
  const mention = body.mentions.find((m) => m.start >= toks[s.firstToken].start && m.end <= s.end);
  if (!mention) return false;
  let j = ctx.doc.tokenIndexAt(mention.end - 1) + 1;
  while (j < s.endToken && toks[j].pos === 'ADV') j++;
  const verb = toks[j];
  if (!verb) return false;
  // (present tense: "supports", or "support" after a plural body; not "supported")
  const present = verb.lower === verb.lemma || verb.lower === verb.lemma + 's' || verb.lower === verb.lemma + 'es';
  if (present && (verb.pos === 'VERB' || verb.pos === 'AUX') && STANCE_VERBS.has(verb.lemma)) return true;
  if (!/^(?:is|are|remains|remain)$/.test(verb.lower)) return false;
  let k = j + 1;
  while (k < s.endToken && toks[k].pos === 'ADV') k++;
  return STANCE_STATES.has(toks[k]?.lower ?? '');
}
