// The name opening a sentence: in news and statements a sentence's subject comes first, and a later
// subject pronoun ("we", "they", "it") most often takes up that subject, not whatever was named last.
import type { ArticleDocument, EntityRecord, Sentence } from '../document.js';
import type { Mention } from '../types.js';
import type { QuoteContext } from './context.js';
import { tokenEnd } from '../entities/roles.js';
import { quantityNumberAt } from './quantity-lead.js';
import { SUBORDINATORS } from '../nlp/closed-class.js';

/** How far into a sentence its opening name may start ("The United States", "Some Republicans"). */
const OPENING_TOKENS = 2;
/** Words that may stand before the opening name: an article or a quantifier of a group. */
export const OPENING_DETERMINERS = new Set([
  'the',
  'some',
  'many',
  'most',
  'other',
  'several',
  'both',
  'all',
  'even',
  'few',
]);

export interface Opening {
  entity: EntityRecord;
  /** The mention's kind: a name, or a description ("Iraqi officials"). */
  kind: 'name' | 'nominal';
  text: string;
}

/**
 * The entity named at the start of sentence `s` (after "The" or "Some" at most), before token `before`
 * (or at the start of a clause in it, token `from`); null
 * when the sentence opens otherwise ("As NATO Allies, …"), with a possessor ("The DPRK's launch …"),
 * or inside quotation marks. A short description set off by a comma may come first: "Another
 * umbrella body, the Federation of Tour Operators also announced …".
 */
export function openingEntity(ctx: QuoteContext, s: Sentence, before: number, clause = s.firstToken): Opening | null {
  const named = nameOpening(ctx, s, before, clause);
  if (named || clause !== s.firstToken) return named;
  const after = afterOpeningDescription(ctx, s, before);
  return after > 0 ? nameOpening(ctx, s, before, after) : null;
}

/** The most tokens of a description set off before the opening name ("Another umbrella body, …"). */
const MAX_OPENING_DESCRIPTION = 5;
/** Tags of a description's words. */
const DESCRIPTION_TAGS = new Set(['DET', 'ADJ', 'NOUN']);

/**
 * The token after the comma closing a short description that opens sentence `s` with a determiner
 * and holds a noun ("Another umbrella body,"), else -1.
 */
function afterOpeningDescription(ctx: QuoteContext, s: Sentence, before: number): number {
  const toks = ctx.doc.tokens;
  if (toks[s.firstToken]?.pos !== 'DET') return -1;
  let noun = false;
  for (let j = s.firstToken + 1; j < before && j - s.firstToken <= MAX_OPENING_DESCRIPTION; j++) {
    if (toks[j].text === ',') return noun && j + 1 < before ? j + 1 : -1;
    if (!DESCRIPTION_TAGS.has(toks[j].pos)) return -1;
    noun ||= toks[j].pos === 'NOUN';
  }
  return -1;
}

function nameOpening(ctx: QuoteContext, s: Sentence, before: number, clause: number): Opening | null {
  const toks = ctx.doc.tokens;
  const entityAt = ctx.doc.entityFinder();
  // ("And Save The Children called …": an "and" joining the sentence to the one before stands before its subject)
  if (toks[clause]?.lower === 'and' && clause + 1 < s.endToken) clause++;
  // ("Over 100 Australian Jews, …, have condemned …": a count of the group stands before its name)
  const counted = quantityNumberAt(ctx, clause, s.endToken);
  const from = counted >= 0 ? counted + 1 : /^\d[\d,]*$/.test(toks[clause]?.text ?? '') ? clause + 1 : clause;
  for (let j = from; j < Math.min(s.endToken, from + OPENING_TOKENS, before); j++) {
    if (j > from && !OPENING_DETERMINERS.has(toks[j - 1].lower)) return null;
    const hit = entityAt(toks[j].start);
    if (!hit || hit.mention.kind === 'pronoun') continue;
    if (ctx.isQuoted(toks[j].start) || possessorAt(ctx.doc.text, hit.mention.end)) return null;
    // ("Australian Jews": a people's adjective before the name of a group is its modifier)
    const next = hit.entity.type === 'NORP' ? entityAt(hit.mention.end + 1) : undefined;
    const head =
      next &&
      next.entity.type === 'NORP' &&
      next.mention.start === hit.mention.end + 1 &&
      /^\s$/.test(ctx.doc.text[hit.mention.end])
        ? next
        : hit;
    if (head !== hit && possessorAt(ctx.doc.text, head.mention.end)) return null;
    // ("Iraqi officials claimed …": the people's adjective opens a phrase of people an earlier quote
    // made an entity of; that group is the opening, not the country's people)
    const group = head.entity.type === 'NORP' ? widerNominalAt(ctx.doc, head.mention) : undefined;
    // ("The Russian military attacks striking civilians are …": a phrase that goes on with a noun is
    // headed by that noun, no entity)
    const opening = group?.mention ?? head.mention;
    const after = toks[ctx.doc.tokenIndexAt(opening.end - 1) + 1];
    // (not a verb the tagger read as a noun, before its object or clause: "The seven-article draft law
    // states that …")
    const objectAfter = ['SCONJ', 'DET', 'PRON'].includes(toks[(after?.i ?? 0) + 1]?.pos ?? '');
    if (
      after &&
      after.start === opening.end + 1 &&
      after.pos === 'NOUN' &&
      /^\p{Ll}/u.test(after.text) &&
      !objectAfter
    ) {
      // ("The Spanish opposition Popular Party", "The Iraqi insurgent group Ansar al-Sunna": a name
      // after the people's word and the nouns that class it heads the phrase)
      const named = head.entity.type === 'NORP' && !group ? nameAfterClassNouns(ctx, after.i) : null;
      return named && !possessorAt(ctx.doc.text, named.mention.end)
        ? { entity: named.entity, kind: 'name', text: named.mention.text }
        : null;
    }
    if (group) return { entity: group.entity, kind: 'nominal', text: group.mention.text };
    return { entity: head.entity, kind: head.mention.kind === 'nominal' ? 'nominal' : 'name', text: head.mention.text };
  }
  return null;
}

/** The most lower-case nouns classing a name after a people's word ("opposition", "insurgent group"). */
const MAX_CLASS_NOUNS = 2;

/** The name (of a body or a person) right after up to two lower-case nouns from token k, else null. */
function nameAfterClassNouns(ctx: QuoteContext, k: number): { entity: EntityRecord; mention: Mention } | null {
  const toks = ctx.doc.tokens;
  let j = k;
  while (j < k + MAX_CLASS_NOUNS && toks[j]?.pos === 'NOUN' && /^\p{Ll}/u.test(toks[j].text)) j++;
  const t = toks[j];
  if (!t || !/^\p{Lu}/u.test(t.text)) return null;
  const hit = ctx.doc.entityAt(t.start);
  if (!hit || hit.mention.kind !== 'name' || hit.mention.start !== t.start) return null;
  return hit.entity.type === 'ORG' || hit.entity.type === 'PERSON' ? hit : null;
}

/** A nominal mention that starts where `m` does and runs past it ("Iraqi officials" over "Iraqi"), with its entity. */
function widerNominalAt(doc: ArticleDocument, m: Mention): { entity: EntityRecord; mention: Mention } | undefined {
  for (const entity of doc.entities)
    for (const mention of entity.mentions)
      if (mention.kind === 'nominal' && mention.start === m.start && mention.end > m.end) return { entity, mention };
  return undefined;
}

/** Whether the name ending at `end` is a possessor ("The DPRK's launch …"): then it is no subject. */
export function possessorAt(text: string, end: number): boolean {
  return /^['’](?:s\b|\s)/.test(text.slice(end, end + 3));
}

/**
 * The sentence holding the offset and the one before it, as the sentence splitter cut them (the
 * quote layer's re-joined sentences can run over a whole paragraph, and its opening is then no
 * subject of the pronoun's clause).
 */
export function sentenceAndPrevious(ctx: QuoteContext, offset: number): [Sentence, Sentence | undefined] | null {
  const doc = ctx.doc;
  const here = doc.sentenceAt(offset);
  if (!here) return null;
  // (a paragraph break is a token of its own, in no sentence: the sentence before is the previous paragraph's last)
  let b = here.firstToken - 1;
  while (b >= 0 && doc.tokens[b].pos === 'SPACE') b--;
  const before = b >= 0 ? doc.tokens[b] : undefined;
  const previous = before ? doc.sentenceAt(before.start) : undefined;
  return [here, previous && previous !== here ? previous : undefined];
}

/** Conjunctions that open a subordinate clause (nlp/closed-class.ts), for the quote modules that read them here. */
export { SUBORDINATORS };

/** How many tokens a fronted adjunct may take before its comma. */
const MAX_FRONTED_TOKENS = 20;

/**
 * The token after the comma of an adjunct the range opens with, a prepositional or participial phrase
 * or a subordinate clause ("In his resignation, Ridge thanked …", "Speaking to a group of atheists in
 * his home district in Minnesota, Ellison equated …"): where its subject stands; else `end`.
 */
export function afterFrontedAdjunct(ctx: QuoteContext, first: number, end: number): number {
  const toks = ctx.doc.tokens;
  const t = toks[first];
  if (!t) return end;
  // ("Clearly, he is not as bombastic …": a sentence adverb set off by its comma)
  if (t.pos === 'ADV' && toks[first + 1]?.text === ',' && first + 2 < end) return first + 2;
  const opener =
    t.pos === 'ADP' || SUBORDINATORS.has(t.lower) || (t.pos === 'VERB' && /^\p{L}\p{Ll}+(?:ing|ed)$/u.test(t.text));
  if (!opener) return end;
  for (let j = first + 1; j < Math.min(end, first + MAX_FRONTED_TOKENS); j++) {
    if (ctx.isQuoted(toks[j].start)) return end;
    if (toks[j].text === ',') return afterPlaceApposition(ctx, j, end);
  }
  return end;
}

/**
 * After a comma (token `comma`) closing on a place, the token after the larger place set off in
 * apposition to it, if one follows; else the token after the comma
 * ("In Bangkok, Thailand, Secretary Blinken will meet …": the subject starts after "Thailand,").
 */
function afterPlaceApposition(ctx: QuoteContext, comma: number, end: number): number {
  const toks = ctx.doc.tokens;
  const k = comma + 1;
  const isPlace = (at: number) => PLACE_TYPES.has(ctx.doc.entityAt(toks[at].start)?.entity.type ?? '');
  if (!toks[k] || !isPlace(comma - 1)) return k;
  const hit = ctx.doc.entityAt(toks[k].start);
  if (!hit || hit.mention.start !== toks[k].start || !PLACE_TYPES.has(hit.entity.type)) return k;
  const j = tokenEnd(ctx.doc, hit.mention);
  return toks[j]?.text === ',' && j + 1 < end ? j + 1 : k;
}

const PLACE_TYPES = new Set(['GPE', 'LOC']);
