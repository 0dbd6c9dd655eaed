// Who "he" or "she" is when the pronoun opens its sentence. The most recent person named was often
// the one the sentence before spoke to or of, not its subject: "Secretary Blinken updated Foreign
// Minister Kuleba on … He reiterated U.S. commitment …" is Blinken's. A sentence-opening pronoun
// continues the previous sentence's subject (the centering preference of subject over object), so
// a person opening the sentence before, after any title or country words, is taken first.
import { lexiconSets } from '../entities/lexicon.js';
import type { ArticleDocument, EntityRecord, Token } from '../document.js';
import type { Span } from '../types.js';
import { isBreak, type QuoteContext } from './context.js';
import { quoteLexicon as lex } from './lexicon.js';
import { afterFrontedAdjunct, possessorAt, sentenceAndPrevious, SUBORDINATORS } from './sentence-opening.js';
import { agrees } from './speaker-pronouns.js';

/** How many tokens of title and country words may stand before the subject's name. */
const MAX_LEAD_TOKENS = 8;
/** Words a sentence may open with before its subject pronoun ("But he said …"). */
const LINKING_WORDS = new Set(['but', 'and', 'so', 'yet', 'then', 'still', 'however', ',']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const THIRD_PERSON = new Set(['he', 'she']);
/** Bodies and places whose names stand in a title ("U.S. Secretary", "Ukrainian Foreign Minister"). */
const TITLE_QUALIFIERS = new Set(['GPE', 'NORP', 'ORG']);

/**
 * The person the sentence before continues in a sentence-opening "he"/"she" (or one right after a
 * quotation that opens its sentence, or after the quote's own content opening it: `fronted`, where
 * that content starts), if they fit the pronoun.
 */
export function personPronounSubject(
  ctx: QuoteContext,
  head: Span,
  word: 'he' | 'she',
  fronted?: number,
  /** How many sentences back a chain of pronoun subjects has been followed already. */
  depth = 0,
): EntityRecord | null {
  const doc = ctx.doc;
  const k = doc.tokenIndexAt(head.start);
  // '"I've met with the president of Ukraine …," he said.': after a quotation that opens its sentence
  // the pronoun opens the frame, and the sentence before the quotation is the one it continues
  const own = doc.sentenceAt(head.start);
  let opens = !!own;
  for (let j = own?.firstToken ?? k; j < k && opens; j++) opens = LINKING_WORDS.has(doc.tokens[j].lower);
  // ("When asked about the future leadership of the party, he told …": the subject after a fronted
  // adjunct; one the adjunct names first is likelier: "While Trump affirmed that he likes Cruz …, he
  // also stated …", "In an example of how sensitive Obama is about his legacy, he used …")
  if (!opens && own && afterFrontedAdjunct(ctx, own.firstToken, own.endToken) === k) {
    const named = personNamedIn(ctx, own.firstToken, k, word);
    if (named) return named;
    opens = true;
  }
  // (else a quotation right before it that opens its sentence, nothing before it but a paragraph break)
  const opened = opens ? -1 : quotationBefore(ctx, k, fronted);
  if (!opens && opened < 0) return null;
  const pair = sentenceAndPrevious(ctx, opened >= 0 ? doc.tokens[opened].start : head.start);
  if (!pair?.[1]) return null;
  const [here, previous] = pair;
  if (opened >= 0) for (let j = here.firstToken; j < opened; j++) if (!isBreak(doc.tokens[j])) return null;
  // ("Conroy asked Sanders whether … ¶ “Sure it is …,” he said": the one asked answers)
  for (let j = previous.firstToken; j < previous.endToken; j++)
    if (doc.tokens[j].lemma === 'ask' && doc.tokens[j].pos === 'VERB' && !ctx.isQuoted(doc.tokens[j].start))
      return null;
  // (before a quotation, the last one named speaking: "Uribe charged …, a charge that Correa quickly
  // denied. “I cannot accept Uribe's lies,” he said." is Correa's)
  const subject =
    (opened >= 0 ? namedSpeaker(ctx, previous.firstToken, previous.endToken, true) : null) ??
    invertedSpeaker(ctx, previous.firstToken, previous.endToken) ??
    sentenceSubjectPerson(ctx, previous.firstToken, previous.endToken, depth) ??
    sentenceSubjectPerson(
      ctx,
      afterFrontedAdjunct(ctx, previous.firstToken, previous.endToken),
      previous.endToken,
      depth,
    ) ??
    namedSpeaker(ctx, previous.firstToken, previous.endToken);
  return subject && agrees(ctx, subject, word) ? subject : null;
}

/** The first person named in tokens [first, end) that the pronoun fits, outside quotations. */
function personNamedIn(ctx: QuoteContext, first: number, end: number, word: 'he' | 'she'): EntityRecord | null {
  const toks = ctx.doc.tokens;
  for (let j = first; j < end; j++) {
    if (ctx.isQuoted(toks[j].start)) continue;
    const hit = ctx.doc.entityAt(toks[j].start);
    if (hit?.entity.type === 'PERSON' && hit.mention.kind === 'name' && agrees(ctx, hit.entity, word))
      return hit.entity;
  }
  return null;
}

/**
 * The token of the opening mark of a quotation that ends right before token k, with only its closing
 * punctuation between ('"…," he'), or -1; or, given where the quote's own content starts (`fronted`),
 * its first token where that content ends right there ('Mr Sullivan "made accounting decisions," he').
 */
function quotationBefore(ctx: QuoteContext, k: number, fronted?: number): number {
  const toks = ctx.doc.tokens;
  let j = k - 1;
  while (j >= 0 && ctx.inSpan[j] < 0 && /^[,.!?"”’'—―–-]$/.test(toks[j].text)) j--;
  if (j < 0) return -1;
  const open = ctx.inSpan[j] >= 0 ? ctx.openToken[ctx.inSpan[j]] : -1;
  // (the content holds the quotation and words before it: it opens where the content does)
  const first = fronted === undefined ? -1 : ctx.doc.tokenIndexAt(fronted);
  if (first >= 0 && first <= j && toks[first].start === fronted && (open < 0 || first < open)) return first;
  return open;
}

/**
 * The person after an inverted attribution in the range ("…, said US counter-terrorism ambassador
 * Henry Crumpton."): that sentence's speaker, whom a following "He said …" continues.
 */
function invertedSpeaker(ctx: QuoteContext, first: number, end: number): EntityRecord | null {
  const toks = ctx.doc.tokens;
  const entityAt = ctx.doc.entityFinder();
  for (let j = first + 1; j < end - 1; j++) {
    if (!lex.speech.has(toks[j].lemma) || !/^[,"”'’]$/.test(toks[j - 1].text)) continue;
    // (the comma closes what was said, not an aside after the subject: "Vincent Cable, for the
    // Liberal Democrats, accused Mr Brown of …" is Cable's, and so is the "He said" after it)
    if (toks[j - 1].text === ',' && !closesWhatWasSaid(ctx, j - 2)) continue;
    // (the speaker's description may hold any words: "US counter-terrorism ambassador")
    for (let k = j + 1; k < Math.min(end, j + 1 + MAX_LEAD_TOKENS); k++) {
      const hit = entityAt(toks[k].start);
      if (hit?.entity.type === 'PERSON' && hit.mention.kind === 'name') return hit.entity;
      if (toks[k].pos === 'PUNCT' || toks[k].pos === 'VERB') break;
    }
  }
  return null;
}

/** Whether token k ends a quotation or a content already proposed: what an inverted frame's comma follows. */
function closesWhatWasSaid(ctx: QuoteContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!t) return false;
  return /^["”'’]$/.test(t.text) || ctx.isQuoted(t.start) || ctx.candidates.some((c) => c.end === t.end);
}

/**
 * The first person named right before a verb of saying in the range, wherever the sentence opens
 * ("According to The Australian newspaper, Mr Saunders said the auction could …"): that sentence's
 * speaker, whom a following "He said …" continues rather than a person named in what was said.
 */
function namedSpeaker(ctx: QuoteContext, first: number, end: number, last = false): EntityRecord | null {
  const toks = ctx.doc.tokens;
  const entityAt = ctx.doc.entityFinder();
  for (let step = 0; step < end - first - 1; step++) {
    // (from the sentence's end with `last`, else from its start)
    const j = last ? end - 1 - step : first + 1 + step;
    if (!lex.speech.has(toks[j].lemma) || toks[j].pos !== 'VERB' || ctx.isQuoted(toks[j].start)) continue;
    // (the last one, not one inside what another reported: "… but said Ukrainian President Viktor
    // Yushchenko told him that …" is the sentence subject's report)
    if (last && insideContent(ctx, toks[j].start)) continue;
    // ("Correa quickly denied": adverbs between the name and the verb)
    let b = j - 1;
    while (b > first && toks[b].pos === 'ADV') b--;
    const hit = entityAt(toks[b].start);
    if (hit?.entity.type !== 'PERSON' || hit.mention.kind !== 'name' || hit.mention.end !== toks[b].end) continue;
    // ("When Trump suggested …, Rubio fired back": a subordinate clause's speaker is not the sentence's)
    const lead = toks[ctx.doc.tokenIndexAt(hit.mention.start) - 1];
    if (lead && (lead.pos === 'SCONJ' || SUBORDINATORS.has(lead.lower))) continue;
    // (nor one reported in another's words: "… but said Ukrainian President Viktor Yushchenko told him …")
    if (last && reportedSubject(ctx, ctx.doc.tokenIndexAt(hit.mention.start), first)) continue;
    return possessorAt(ctx.doc.text, hit.mention.end) ? null : hit.entity;
  }
  return null;
}

/**
 * Whether the name at token n, with the title words before it, follows a verb of saying (and
 * "that"): the subject of a reported clause.
 */
function reportedSubject(ctx: QuoteContext, n: number, first: number): boolean {
  const toks = ctx.doc.tokens;
  let a = n - 1;
  while (a > first && n - a <= MAX_LEAD_TOKENS && TITLE_POS.has(toks[a].pos)) a--;
  // (a "that" after a verb of saying; after a noun it opens a relative: "a charge that Correa denied")
  const saying = (t: Token | undefined) => !!t && t.pos === 'VERB' && lex.speech.has(t.lemma);
  return saying(toks[a]) || (toks[a]?.lower === 'that' && saying(toks[a - 1]));
}

const TITLE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET']);

/** Whether the offset lies in the content of an indirect quote already proposed. */
function insideContent(ctx: QuoteContext, at: number): boolean {
  return ctx.candidates.some((c) => c.kind !== 'direct' && c.start <= at && at < c.end);
}

/**
 * The person whose name (or resolved pronoun) opens the token range, after a linking word ("But Mr
 * Herron … said"), titles and determiners.
 */
/** The most sentences back a chain of "he" subjects is followed ("Clearly, he is not as bombastic as
 * President Ahmadinejad. He does not say …": both the "he" before's, Rouhani). */
const MAX_PRONOUN_CHAIN = 3;

function sentenceSubjectPerson(ctx: QuoteContext, first: number, end: number, depth = 0): EntityRecord | null {
  const doc = ctx.doc;
  while (first < end - 1 && LINKING_WORDS.has(doc.tokens[first].lower)) first++;
  const titleWords = lexiconSets();
  const entityAt = doc.entityFinder();
  let limit = Math.min(end, first + MAX_LEAD_TOKENS);
  for (let j = first; j < limit; j++) {
    const tok = doc.tokens[j];
    if (ctx.isQuoted(tok.start)) return null;
    // ("Secretary of State Antony Blinken spoke with …": past the title the entity layer read, however
    // many words it has)
    const title = roleEndingAfter(doc, tok.start);
    if (title > tok.start) {
      const last = doc.tokenIndexAt(title - 1);
      limit = Math.min(end, limit + last - j);
      j = last;
      continue;
    }
    const hit = entityAt(tok.start);
    // (a resolved "he"/"she" carries its person on; "I" or "we" is the speaker, not whom "he" takes up)
    // (so does a description the entity layer gave a named person: "The Secretary thanked the Foreign
    // Minister for … He also welcomed …" is the Secretary's)
    // (and so does a person known only by a description that spoke: "One of the victims from Saraf
    // Jidad, who was around 80 years old, recalled the January 24 attack. “…,” he said.")
    const described =
      hit?.mention.kind === 'nominal' &&
      (hit.entity.mentions.some((m) => m.kind === 'name') ||
        (newcomer(doc.text.slice(hit.mention.start, hit.mention.end)) && spokeAt(ctx, hit.mention.start, end)));
    if (hit?.entity.type === 'PERSON' && (hit.mention.kind === 'name' || described || THIRD_PERSON.has(tok.lower))) {
      // ("AMBASSADOR BADER: Well, President Obama talked about … He welcomed it": a turn's label is
      // who speaks, and "he" in their words is someone else)
      return possessorAt(doc.text, hit.mention.end) || turnLabel(doc.text, hit.mention.end) ? null : hit.entity;
    }
    // (a "he" no quote resolved carries on the subject it takes up itself)
    if (!hit && THIRD_PERSON.has(tok.lower) && depth < MAX_PRONOUN_CHAIN)
      return personPronounSubject(ctx, tok, tok.lower as 'he' | 'she', undefined, depth + 1);
    if (hit && TITLE_QUALIFIERS.has(hit.entity.type) && !possessorAt(doc.text, hit.mention.end)) {
      j = doc.tokenIndexAt(hit.mention.end - 1);
      continue;
    }
    if (DETERMINERS.has(tok.lower) || titleWords.titleHeads.has(tok.lower) || titleWords.titleModifiers.has(tok.lower))
      continue;
    return null;
  }
  return null;
}

/**
 * Whether a description brings in someone the text has not named: an indefinite one ("One of the
 * victims", "A senior British official") or one whose head is no title ("The masked man on the
 * video"); "the secretary-general", "Kremlin leader" are likelier a named holder the entity layer missed.
 */
function newcomer(description: string): boolean {
  const words = description.split(/\s+/);
  if (words.length < 2) return false;
  if (INDEFINITE.has(words[0].toLowerCase())) return true;
  const of = words.findIndex((w, i) => i > 0 && HEAD_ENDS.has(w.toLowerCase()));
  const head = words[(of < 0 ? words.length : of) - 1].toLowerCase();
  const titles = lexiconSets().titleHeads;
  return !head.split('-').some((part) => titles.has(part));
}
const INDEFINITE = new Set(['a', 'an', 'one']);
const HEAD_ENDS = new Set(['of', 'on', 'to', 'from', 'in', 'at', 'with', 'for', ',']);

/** Whether a quote whose cue stands before token `end` has its speaker phrase or head at offset `at`. */
function spokeAt(ctx: QuoteContext, at: number, end: number): boolean {
  const until = ctx.doc.tokens[end - 1].end;
  return ctx.candidates.some(
    (c) => !!c.speaker && (c.speaker.start === at || c.speaker.head.start === at) && !!c.cue && c.cue.end <= until,
  );
}

/** The end of a person's role title that starts at `start` (0 where none does). */
function roleEndingAfter(doc: ArticleDocument, start: number): number {
  let ends = roleEnds.get(doc);
  if (!ends) {
    // (read once per quote pass: the quote layer adds no role spans, it only moves a label namesake's
    // roles to its person, label-namesakes.ts)
    ends = new Map<number, number>();
    for (const e of doc.entities) if (e.type === 'PERSON') for (const r of e.roles) ends.set(r.span.start, r.span.end);
    roleEnds.set(doc, ends);
  }
  return ends.get(start) ?? 0;
}
const roleEnds = new WeakMap<ArticleDocument, Map<number, number>>();

/** Whether the name ending at `end` labels a transcript turn ("MR. GIBBS:"). */
function turnLabel(text: string, end: number): boolean {
  return /^\s*:/.test(text.slice(end, end + 3));
}

/**
 * The token of the "he"/"she" that opens (after linking words) the sentence holding offset `at`,
 * before token k; -1 where the sentence opens otherwise.
 */
function openingPronounBefore(ctx: QuoteContext, at: number, k: number, word: 'he' | 'she'): number {
  const toks = ctx.doc.tokens;
  const own = ctx.doc.sentenceAt(at);
  if (!own) return -1;
  let first = own.firstToken;
  while (first < k && LINKING_WORDS.has(toks[first].lower)) first++;
  return first < k && toks[first].lower === word ? first : -1;
}

/** Words opening a clause of time, place or reason inside a sentence, whose "he" is the sentence's subject again. */
const ADVERBIAL_OPENERS = new Set(['where', 'when', 'while', 'as', 'after', 'before', 'because', 'since', 'until']);

/**
 * The person a "he"/"she" stands for when it is the subject of a clause of time, place or reason
 * inside a sentence that its own "he"/"she" opens ("He visited Prime Minister Benjamin Netanyahu in
 * Israel, where he also met with local reporters …"): the opening pronoun's person, as the sentence
 * before gives it (personPronounSubject), not the last man named (Netanyahu). Else null.
 */
export function openingPronounInClause(ctx: QuoteContext, head: Span, word: 'he' | 'she'): EntityRecord | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const k = doc.tokenIndexAt(head.start);
  const first = openingPronounBefore(ctx, head.start, k, word);
  if (first < 0) return null;
  // (the clause's opener right before the pronoun, after a comma: ", where he …")
  const opener = toks[k - 1];
  if (!opener || !ADVERBIAL_OPENERS.has(opener.lower) || toks[k - 2]?.text !== ',') return null;
  // (no other clause with a subject of its own between: the pronoun's only subject before is the opening one)
  for (let j = first + 1; j < k - 2; j++) if (toks[j].pos === 'PRON' && THIRD_PERSON.has(toks[j].lower)) return null;
  return personPronounSubject(ctx, { start: toks[first].start, end: toks[first].end }, word);
}

/** The subject pronoun whose person a possessive stands for. */
const POSSESSIVE_OF: Record<string, 'he' | 'she' | undefined> = { his: 'he', her: 'she' };

/**
 * The person a possessive "his"/"her" stands for when its sentence opens with "he"/"she" and no
 * other person is named or spoken of between them: the opening pronoun's (personPronounSubject),
 * not the last person named ("… behind Hillary Rodham Clinton and Bernie Sanders. He's been
 * ratcheting up his critique of his opponents" is his own critique, not Sanders's), with that
 * pronoun (a mention of the same person). Else null.
 */
export function possessiveOfOpeningPronoun(
  ctx: QuoteContext,
  head: Span,
): { entity: EntityRecord; pronoun: Span } | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const k = doc.tokenIndexAt(head.start);
  const word = POSSESSIVE_OF[toks[k]?.lower ?? ''];
  if (!word) return null;
  // ("her" as a determiner only: "She asked her to …" is someone else)
  if (word === 'she' && !['NOUN', 'ADJ', 'PROPN'].includes(toks[k + 1]?.pos ?? '')) return null;
  const first = openingPronounBefore(ctx, head.start, k, word);
  if (first < 0) return null;
  const entityAt = doc.entityFinder();
  for (let j = first + 1; j < k; j++) {
    if (toks[j].pos === 'PRON' && (THIRD_PERSON.has(toks[j].lower) || toks[j].lower === 'him')) return null;
    if (entityAt(toks[j].start)?.entity.type === 'PERSON') return null;
  }
  const pronoun = { start: toks[first].start, end: toks[first].end };
  const entity = personPronounSubject(ctx, pronoun, word);
  return entity ? { entity, pronoun } : null;
}
