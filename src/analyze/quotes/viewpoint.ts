// "To Ms. Gil, skateboarding represents a cry of dissent …", "To many, Santilli is a provocateur …",
// "But to others, he's a citizen journalist …": a fronted "to" phrase naming people gives the clause
// after its comma as their view. PolNeAR annotates the phrase's "To" as the cue and the people as the
// source. Only people hold a view this way: "To date, …", "To be sure, …", "To the south, …" are none.
// So does a possessor's "view", "eyes" or "mind" in an "in" phrase: "In Trump's mind, his willingness …
// is …", "Only European immigrants are "safe" in his eyes."
import type { Sentence, Token } from '../document.js';
import { isSentenceEnd, POSSESSIVES, type QuoteContext } from './context.js';
import { clauseAt } from './clause.js';
import { contentEnd, contentSpan } from './content-end.js';
import { pushIndirect } from './indirect-candidate.js';
import { isPeopleNoun } from './people-nouns.js';
import { phrase, RELATIVE_OPENERS, type Phrase } from './phrases.js';
import { clauseOpening, holdsCandidate } from './source-phrase.js';

/** Pronouns and quantifiers that stand for people after "to" ("To many, …", "to others, …", "To me, …"). */
const PEOPLE_WORDS = new Set(['many', 'others', 'some', 'most', 'me', 'him', 'her', 'them', 'us']);

/** The most tokens of a holder named by a people noun ("To many Republicans in the state"). */
const MAX_PEOPLE_PHRASE = 6;

/** The most tokens of the holder between "to" and its comma. */
const MAX_HOLDER = 16;

/** The holder of a view the "to" at k opens, up to its comma (returned as `comma`), or null. */
function viewHolder(ctx: QuoteContext, k: number, end: number): { holder: Phrase; comma: number } | null {
  const toks = ctx.doc.tokens;
  let comma = k + 1;
  while (comma < end && comma - k <= MAX_HOLDER && toks[comma].text !== ',' && ctx.inSpan[comma] < 0) comma++;
  if (comma >= end || toks[comma].text !== ',' || comma === k + 1) return null;
  const first = toks[k + 1];
  const last = toks[comma - 1];
  // a name ("To Ms. Gil", "To Sanders, his aides and those in attendance"), a people noun or pronoun
  // ("To many", "to others"), or someone a relative clause describes ("To anyone who has been following …")
  // (not an infinitive of purpose: "To further implement the order, the Budget will …")
  if (first.pos === 'VERB' || first.pos === 'ADV' || first.pos === 'AUX') return null;
  const person =
    ctx.doc.entityAt(first.start)?.entity.type === 'PERSON' ||
    (first.pos === 'PROPN' && /^\p{Lu}/u.test(first.text) && ctx.doc.entityAt(first.start)?.entity.type !== 'GPE') ||
    (PEOPLE_WORDS.has(first.lower) && comma === k + 2) ||
    // (a short phrase of people: "To many Republicans", not a purpose that ends in people, "To further
    // implement the President’s order … for underserved communities")
    (last.pos === 'NOUN' && isPeopleNoun(last) && comma - k <= MAX_PEOPLE_PHRASE) ||
    toks.slice(k + 1, comma).some((t) => t.lower === 'who');
  if (!person || ctx.timeAt(k + 1)) return null;
  return { holder: phrase(ctx.doc, k + 1, comma), comma };
}

function viewInSentence(ctx: QuoteContext, s: Sentence, k: number): void {
  const toks = ctx.doc.tokens;
  const found = viewHolder(ctx, k, s.endToken);
  if (!found) return;
  const a = found.comma + 1;
  // the view is a clause: a subject and its verb ("skateboarding represents …", "he's a citizen …"),
  // not a relative one going on with the holder ("To the families …, who have been separated …")
  if (RELATIVE_OPENERS.has(toks[a]?.lower ?? '') || !clauseAt(ctx, a, s.endToken)) return;
  const span = contentSpan(toks, a, contentEnd(ctx, a, s.endToken));
  if (!span || holdsCandidate(ctx, span.start, span.end)) return;
  pushIndirect(ctx, span, { start: toks[k].start, end: toks[k].end }, found.holder, 'viewpoint', 'viewpoint-holder');
}

/** Nouns of a view that an "in" phrase gives its possessor's (in his view, in their eyes, in Trump's mind). */
const VIEW_NOUNS = new Set(['view', 'eyes', 'mind', 'opinion', 'estimation']);

/**
 * The possessor of the view the "in" at k opens ("in his view", "in Trump's mind") and the view noun's
 * index, or null.
 */
function viewPossessor(toks: readonly Token[], k: number): { holder: [number, number]; noun: number } | null {
  const t = toks[k + 1];
  if (!t) return null;
  if (t.pos === 'PRON' && POSSESSIVES.has(t.lower) && VIEW_NOUNS.has(toks[k + 2]?.lower ?? ''))
    return { holder: [k + 1, k + 2], noun: k + 2 };
  // a name and its "'s"
  let j = k + 1;
  while (toks[j]?.pos === 'PROPN') j++;
  if (j === k + 1 || !/^['’]s$/.test(toks[j]?.lower ?? '') || !VIEW_NOUNS.has(toks[j + 1]?.lower ?? '')) return null;
  return { holder: [k + 1, j], noun: j + 1 };
}

function possessedViewInSentence(ctx: QuoteContext, s: Sentence, k: number): void {
  const toks = ctx.doc.tokens;
  const found = viewPossessor(toks, k);
  if (!found) return;
  const holder = phrase(ctx.doc, found.holder[0], found.holder[1]);
  const cue = { start: toks[k].start, end: toks[found.noun].end };
  let span;
  if (clauseOpening(toks, s, k) === k) {
    // "In Trump's mind, CLAUSE"
    const a = found.noun + 1;
    if (toks[a]?.text !== ',' || !clauseAt(ctx, a + 1, s.endToken)) return;
    span = contentSpan(toks, a + 1, contentEnd(ctx, a + 1, s.endToken));
  } else {
    // "CLAUSE in his eyes.": the phrase closes a sentence that opens with its subject and has a verb
    const after = toks[found.noun + 1];
    if (after && !isSentenceEnd(after)) return;
    const a = clauseOpening(toks, s, k);
    // (an adverb may open the subject: "Only European immigrants are …")
    let subject = a;
    while (subject < k && toks[subject].pos === 'ADV') subject++;
    if (!clauseAt(ctx, subject, k)) return;
    span = contentSpan(toks, a, k);
  }
  if (!span || holdsCandidate(ctx, span.start, span.end)) return;
  pushIndirect(ctx, span, cue, holder, 'viewpoint', 'viewpoint-holder');
}

export function findViewpointQuotes(ctx: QuoteContext): void {
  const toks = ctx.doc.tokens;
  for (const s of ctx.sentences)
    for (let k = s.firstToken; k < s.endToken; k++) {
      if (ctx.inSpan[k] >= 0) continue;
      if (toks[k].lower === 'to' && k <= s.firstToken + 1 && clauseOpening(toks, s, k) === k) viewInSentence(ctx, s, k);
      else if (toks[k].lower === 'in') possessedViewInSentence(ctx, s, k);
    }
}
