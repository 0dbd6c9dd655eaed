// Pronoun speakers bound by the quote around them: in "About 4 in 10 say they want …" and
// "Zimmerman wrote … that he plans to …" the pronoun heading the inner quote is the reporter of the
// outer one, when it agrees with them and no other fitting name stands between.
import type { EntityRecord } from '../document.js';
import type { Span, SpeakerRef } from '../types.js';
import type { QuoteContext } from './context.js';
import { genderOf, pronounGender } from './speaker-gender.js';
import { isPeopleGroup } from './speaker-type.js';

export interface Reported extends Span {
  entity: EntityRecord | null;
  /** A source's account ("according to X"), not X's own words: a "he" in it is seldom X. */
  account?: boolean;
  /** Words given as said, a quotation or a transcript's turn: there the speaker is "I", and "he" someone else. */
  verbatim?: boolean;
  /** A transcript's turn: its words are all the labelled speaker's, up to the next label. */
  turn?: boolean;
  /** The quote's cue, and the head of its speaker phrase where the text names one (speaker-coordinated.ts). */
  cue?: Span;
  subject?: Span;
  /** The text of a document after its marker ("Begin text:"): a joint statement's "we" is its parties'. */
  document?: boolean;
  /** Those the speaker spoke together with ("The President and Prime Minister Abe agreed …"): speaker-coordinated.ts. */
  together?: readonly SpeakerRef[];
}

/** Whether the entity can be what the pronoun stands for. */
export function agrees(ctx: QuoteContext, e: EntityRecord, word: string): boolean {
  const w = word.toLowerCase();
  if (w === 'they') return (e.type !== 'PERSON' && e.type !== 'LOC') || isPeopleGroup(e);
  // a speaker's "we" is the speaker's side: the person or body speaking says it
  if (w === 'we') return SPEAKING_SIDES.has(e.type);
  if (w !== 'he' && w !== 'she' && w !== 'i') return false;
  if (e.type !== 'PERSON' || isPeopleGroup(e)) return false;
  const want = pronounGender(w);
  const g = want ? genderOf(ctx.doc, e) : null;
  return !want || g === null || g === want;
}

/** Who can say "we" in their own words: a person, a body, a government, a people. */
const SPEAKING_SIDES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

const FIRST_PERSON = new Set(['i', 'we']);

/** The innermost earlier quote holding the span. */
function innermost(at: Span, earlier: Reported[]): Reported | null {
  let best: Reported | null = null;
  for (const q of earlier) {
    if (q.start <= at.start && at.end <= q.end && (!best || q.start >= best.start)) best = q;
  }
  return best;
}

/**
 * Whether "I" stands inside a quote whose speaker is nobody the article names (a questioner's turn
 * in a transcript): it is that speaker, so no one named nearby may be guessed for it.
 */
export function firstPersonOfUnnamed(at: Span, earlier: Reported[]): boolean {
  const q = innermost(at, earlier);
  return q !== null && q.entity === null;
}

/** The speaker of the innermost earlier transcript turn holding the span, if any. */
export function speakerOfTurnHolding(at: Span, earlier: Reported[]): EntityRecord | null {
  const q = innermost(at, earlier);
  return q?.turn ? q.entity : null;
}

/** Whether the span lies inside an earlier quotation or transcript turn (someone's own words). */
export function insideVerbatim(at: Span, earlier: Reported[]): boolean {
  return earlier.some((q) => q.verbatim && q.start <= at.start && at.end <= q.end);
}

/** Whether the span lies inside an earlier quote (someone's words). */
export function insideReported(at: Span, earlier: Reported[]): boolean {
  return innermost(at, earlier) !== null;
}

/**
 * Whether a "we" stands in a document's own text (innermost, no one's words quoted inside it): the
 * document speaks as "we" for the parties its preamble or an apposition names, not only the issuer
 * its marker credits (speaker-we.ts, speaker-issuer.ts).
 */
export function inDocumentText(at: Span, earlier: Reported[]): boolean {
  return innermost(at, earlier)?.document === true;
}

/** The reporter of the innermost earlier quote holding the pronoun, if the pronoun is bound to them. */
export function boundReporter(ctx: QuoteContext, at: Span, word: string, earlier: Reported[]): EntityRecord | null {
  const best = innermost(at, earlier);
  if (!best?.entity || !agrees(ctx, best.entity, word)) return null;
  if (best.document && word.toLowerCase() === 'we') return null;
  // (an "I" or "we" inside someone's words is theirs whoever else they name: "to tell the Russians
  // why we believe …", "just as Mike described, … I'd call your attention to …")
  if (FIRST_PERSON.has(word.toLowerCase())) return best.entity;
  // a source's account tells of others: "“…,” he told advisers afterward, according to Uzi Arad";
  // and words given as said speak of others as "he" ("SENIOR ADMINISTRATION OFFICIAL: … And he will
  // once again underscore …" is the President, whom the official quotes)
  if (best.account || best.verbatim) return null;
  // another person or group named between the quote's start and the pronoun could be meant instead
  // (named there is asked first: agreement reads every mention of a person for gender evidence)
  for (const e of ctx.doc.entities) {
    if (e === best.entity) continue;
    if (!e.mentions.some((m) => m.kind !== 'pronoun' && m.start >= best.start && m.end <= at.start)) continue;
    if (agrees(ctx, e, word)) return null;
  }
  return best.entity;
}
