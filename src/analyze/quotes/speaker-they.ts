// Who "they" or "it" is as a speaker. The nearest body named before the pronoun was most often the
// wrong one in the demo corpus ("The Deputy Secretary spoke with Foreign Minister X. They discussed
// …" went to a country named in between; "Iraqi officials claimed … men from the Philippines … They
// also claimed …" to the Philippines). The pronoun takes up the subject opening its own sentence or
// the one before: a body, a country, a people, or for "they" a group described in the plural
// ("Iraqi officials"). A sentence opening with one person ("Wendy Sherman spoke with …") gives
// "they" no single speaker (the two who met speak together: speaker-pair.ts), and nothing opening
// the sentence gives no one: an unknown speaker rather than a wrong one.
import type { ArticleDocument, EntityRecord, Sentence } from '../document.js';
import type { Mention, Span } from '../types.js';
import type { QuoteContext } from './context.js';
import { COLLECTIVE_PLURALS, COUNT_PLURALS, isPeopleNoun } from './people-nouns.js';
import { isPeopleGroup, isRecordSpeaker } from './speaker-type.js';
import { saysNothing } from './speakers.js';
import type { Reported } from './speaker-pronouns.js';
import { tokenEnd } from '../entities/roles.js';
import { STANDING_QUANTIFIERS } from './phrases.js';
import { subjectBefore } from './subject-before.js';
import {
  afterFrontedAdjunct,
  OPENING_DETERMINERS,
  openingEntity,
  sentenceAndPrevious,
  SUBORDINATORS,
  type Opening,
} from './sentence-opening.js';

const BODIES = new Set(['ORG', 'GPE', 'NORP']);

/** Whether the opening can be what the pronoun stands for. */
function fits(opening: Opening, word: 'they' | 'it'): boolean {
  const { entity, kind, text } = opening;
  // ("The Report is critical of … It asserted …": a record speaks as "it")
  if (word === 'it') return entity.type === 'ORG' || entity.type === 'GPE' || isRecordSpeaker(entity);
  if (BODIES.has(entity.type)) return true;
  // "Iraqi officials", "Witnesses": people described in the plural
  return entity.type === 'PERSON' && kind === 'nominal' && (/s$/i.test(text) || isPeopleGroup(entity));
}

export function groupPronounSubject(ctx: QuoteContext, head: Span, word: 'they' | 'it'): EntityRecord | null {
  const k = ctx.doc.tokenIndexAt(head.start);
  const pair = sentenceAndPrevious(ctx, head.start);
  if (!pair) return null;
  const here = pair[0];
  for (const s of pair) {
    if (!s) break;
    // ("In addition to the penalty, Monsanto also agreed to …. It said …": for "it", past an adjunct
    // opening the sentence before; "they" after "On April 21, Deputy Secretary Sherman met …" is the
    // two who met, speaker-pair.ts)
    const opening =
      openingEntity(ctx, s, k) ??
      (s === here ? frontedClauseSubject(ctx, s, k) : word === 'it' ? adjunctSubject(ctx, s, k) : null);
    // (the sentence's own opening may be missing: "They said …" starts it; the one before decides)
    if (!opening) {
      // (not past a sentence of its own that opens with two named: "General David Petraeus and
      // Lieutenant General Raymond T. Odierno … and they have both supported …": the pair, speaker-pair.ts)
      if (s === here && !opensWithNamedPair(ctx.doc, s, k)) continue;
      return null;
    }
    if (!fits(opening, word)) return null;
    // "Russia shelled Kyiv. They called on Russia to …": the pronoun is not whom the sentence addresses
    if (opening.entity.mentions.some((m) => m.start > head.end && m.start < here.end)) return null;
    return opening.entity;
  }
  return null;
}

/** How many title words may stand before the first name. */
const TITLE_WORDS = 4;

/** Whether sentence s opens, before token k, with two names joined by "and" ("X and Y have …"). */
function opensWithNamedPair(doc: ArticleDocument, s: Sentence, k: number): boolean {
  const toks = doc.tokens;
  // (past a title: "General David Petraeus and …")
  let first: ReturnType<ArticleDocument['entityAt']>;
  for (let x = s.firstToken; x < Math.min(k, s.firstToken + TITLE_WORDS) && !first; x++) {
    if (toks[x].pos !== 'PROPN') return false;
    first = doc.entityAt(toks[x].start);
  }
  if (!first || first.mention.kind !== 'name') return false;
  const j = doc.tokenIndexAt(first.mention.end - 1) + 1;
  if (j + 1 >= k || toks[j].lower !== 'and') return false;
  // (a title may stand before the second name: "and Lieutenant General Raymond T. Odierno")
  for (let x = j + 1; x < Math.min(k, j + 5); x++) {
    const other = doc.entityAt(toks[x].start);
    if (other && other.mention.kind === 'name' && other.entity !== first.entity) return true;
  }
  return false;
}

/** The entity opening a sentence after the comma of an adjunct it opens with, else null. */
function adjunctSubject(ctx: QuoteContext, s: Sentence, k: number): Opening | null {
  const from = afterFrontedAdjunct(ctx, s.firstToken, s.endToken);
  return from < s.endToken ? openingEntity(ctx, s, k, from) : null;
}

/**
 * "While the Security Council members agree that …, they disagree on …": the subject of a
 * subordinate clause opening the sentence, for the pronoun right after the comma that closes it.
 */
function frontedClauseSubject(ctx: QuoteContext, s: Sentence, k: number): Opening | null {
  const toks = ctx.doc.tokens;
  if (!SUBORDINATORS.has(toks[s.firstToken]?.lower ?? '') || toks[k - 1]?.text !== ',') return null;
  return openingEntity(ctx, s, k, s.firstToken + 1);
}

/**
 * Whether the nearest entity before a "they" or "it" may be taken for it when no sentence opening
 * decides. Not a person named in full for "they" (one person is no "they": "Deputy Secretary Wendy
 * Sherman met … Secretary General Jonatan Vseviov. They discussed …"), nor a country or place the
 * sentence before spoke of ("… today in Washington, DC. They discussed …"); a country for "it" may
 * be ("a network Russia has financed to forward its …").
 */
export function isGroupAntecedent(doc: ArticleDocument, e: EntityRecord, word: 'they' | 'it', at: number): boolean {
  if (PLACES.has(e.type)) return word === 'it' && e.type === 'GPE';
  // a name of a thing that modifies a noun ("the U.S.-India partnership", "the COVID-19 pandemic",
  // "Republican candidates") speaks for no one; the noun it modifies was the antecedent
  // ("They underscored …" after "… vaccines against COVID-19." or "… the Treaty of Peace and
  // Friendship in 1787." is not the disease's or the treaty's: a thing "they" stands for is a group
  // named in the plural, "Democrats", "Islamists")
  if (THINGS.has(e.type))
    return (
      !saysNothing(e) &&
      !modifiesNoun(doc, latestMentionBefore(e, at)) &&
      (word !== 'they' || /s$/i.test(e.name.trim()) || isRecordSpeaker(e))
    );
  // (a one-word person is a group described ("Witnesses"), not a surname ("… overseeing Ms.
  // Tolstedt last year. By then, they said, …"))
  if (e.type === 'PERSON')
    return word === 'they' && (isPeopleGroup(e) || (!/\s/.test(e.name.trim()) && !e.mentions.some(isName)));
  return true;
}
const PLACES = new Set(['GPE', 'LOC', 'FAC']);
const isName = (m: Mention) => m.kind === 'name';
const THINGS = new Set(['MISC', 'EVENT']);

function latestMentionBefore(e: EntityRecord, at: number): Mention | undefined {
  let latest: Mention | undefined;
  for (const m of e.mentions) if (m.end <= at && (!latest || m.end > latest.end)) latest = m;
  return latest;
}

/** Whether a name stands right before a lower-case noun or adjective it modifies ("the U.S.-India partnership"). */
function modifiesNoun(doc: ArticleDocument, m: Mention | undefined): boolean {
  if (!m) return false;
  const next = doc.tokens[doc.tokenIndexAt(m.end)];
  return !!next && next.start <= m.end + 1 && /^\p{Ll}/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'ADJ');
}

/** The most words of a group's description opening a sentence ("Human rights groups", "The protesters"). */
const MAX_GROUP_WORDS = 4;

/**
 * "Lawyers for the families have written to the High Court. They say …": the group described in the
 * plural that opens the sentence before (or the pronoun's own, before it), where no entity opens it;
 * the span of its words up to the plural noun for people. The nearest name before "they" ("the High
 * Court") is then not what the pronoun takes up.
 */
export function pluralGroupOpening(ctx: QuoteContext, head: Span): Span | null {
  const pair = sentenceAndPrevious(ctx, head.start);
  if (!pair) return null;
  const k = ctx.doc.tokenIndexAt(head.start);
  const [here, previous] = pair;
  // "They …" opening its sentence takes up the sentence before; else its own sentence's opening
  return k === here.firstToken
    ? previous
      ? pluralOpening(ctx, previous, Infinity)
      : null
    : pluralOpening(ctx, here, k);
}

function pluralOpening(ctx: QuoteContext, s: Sentence, before: number): Span | null {
  const toks = ctx.doc.tokens;
  const entityAt = ctx.doc.entityFinder();
  // (past a fronted adjunct and its comma, and a possessor before the group: "Following the Foreign
  // Secretary's statement to parliament, Mohamed's lawyers have written to the court …")
  const adjunctEnd = afterFrontedAdjunct(ctx, s.firstToken, s.endToken);
  const groupStart = adjunctEnd < Math.min(before, s.endToken) ? adjunctEnd : s.firstToken;
  let j = groupStart;
  if (OPENING_DETERMINERS.has(toks[j]?.lower ?? '')) j++;
  const owner = toks[j] ? entityAt(toks[j].start) : undefined;
  if (owner && owner.mention.kind === 'name') {
    const e = tokenEnd(ctx.doc, owner.mention);
    if (/^['’]s$/.test(toks[e]?.text ?? '')) j = e + 1;
  }
  const from = j;
  while (j < s.endToken && j < before && j - from < MAX_GROUP_WORDS) {
    const t = toks[j];
    // (the sentence's first word, capitalised, may be tagged a name: "Lawyers for the families …")
    const first = j === groupStart;
    const word = t.pos === 'NOUN' || t.pos === 'ADJ' || (first && t.pos === 'PROPN');
    // (a nominal an earlier quote's speaker made of the phrase is no name in it)
    if (!word || entityAt(t.start)?.mention.kind === 'name' || ctx.isQuoted(t.start)) return null;
    // (a lower-case word past the sentence's first)
    if (!first && !/^\p{Ll}/u.test(t.text)) return null;
    if (t.pos !== 'ADJ' && (isPeopleNoun(t) || COLLECTIVE_PLURALS.has(t.lower))) {
      const next = toks[j + 1];
      // the group is the sentence's subject: a verb or a preposition of its own follows
      if (!next || !(next.pos === 'AUX' || next.pos === 'VERB' || next.pos === 'ADP')) return null;
      return { start: toks[groupStart].start, end: t.end };
    }
    j++;
  }
  return null;
}

/** Conjunctions that open a clause of its own, with a subject that need not be the first one's. */
const CONTRAST_LINKS = new Set(['but', 'though', 'although', 'while', 'whereas', 'yet', ';']);
/** Relative words: a pronoun after one is in a clause on some other noun ("individuals who cease their support"). */
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which']);

/** Heads that are plural with no -s of their own ("police", "people", "hundreds"). */
const PLURAL_WITHOUT_S = new Set([...COLLECTIVE_PLURALS, ...COUNT_PLURALS]);

/**
 * The subject of the clause "they" or "their" stands in, when that subject is plural and opens the
 * sentence: "Caucus-goers were slightly more likely to say they preferred Clinton", "Others were
 * unapologetic in their criticism of …", "These measures are part of our efforts … and they
 * highlight …". The pronoun takes up the subject of its own sentence before it; a subject that is
 * one person, or two named with "and", is none, nor is it past a clause of contrast or a relative.
 */
export function pluralClauseSubject(ctx: QuoteContext, head: Span): Span | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const k = doc.tokenIndexAt(head.start);
  // (the quote rules' sentence: a dateline before it is a sentence of its own)
  const s = ctx.sentenceAt(k);
  if (!s || k <= s.firstToken) return null;
  for (let v = s.firstToken + 1; v < k; v++) {
    const t = toks[v];
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const subj = subjectBefore(doc, v, s.firstToken);
    // (adverbs may open the sentence before it: "Even Latino Republicans have been unsparing in their …")
    const opening = subj !== null && toks.slice(s.firstToken, subj.first).every((w) => w.pos === 'ADV');
    if (!subj || !opening || ctx.isQuoted(subj.start)) return null;
    // (not past a clause of contrast, whose pronoun may be anyone the first clause named: "Schlafly's
    // pronouncements drove her antagonists to distraction, though they suspected …")
    if (toks.slice(subj.endToken, k).some((w) => CONTRAST_LINKS.has(w.lower) || RELATIVE_WORDS.has(w.lower)))
      return null;
    const words = toks.slice(subj.first, subj.endToken);
    const last = words[words.length - 1];
    // (a plural head: two named with "and" are a pair, speaker-pair.ts)
    // (or a share of a group: "Some of those surveyed shared their concerns")
    const share = words.length > 2 && STANDING_QUANTIFIERS.has(words[0].lower) && words[1].lower === 'of';
    const plural =
      share ||
      PLURAL_WITHOUT_S.has(last.lower) ||
      ((last.pos === 'NOUN' || last.pos === 'PROPN') && /\p{Ll}s$/u.test(last.text) && !/ss$/.test(last.lower)) ||
      // ("Approximately 15 gunmen fired … as they stormed …": the plural of -man)
      (last.pos === 'NOUN' && /\p{Ll}men$/u.test(last.text));
    return plural ? { start: subj.start, end: subj.end } : null;
  }
  return null;
}

/**
 * "…, some residents of the Kodori Gorge told Georgia's Rustavi 2 television. After several shots
 * were fired at the plane, it lost control …, they said.": a group of people who spoke in the
 * sentence before goes on speaking as "they", though a body (the station they told) is named nearer.
 * The latest report whose cue stands in the pronoun's sentence or the one before, when its speaker
 * is a group of people and the pronoun's sentence names no one before it; else null.
 */
export function previousSpeakingGroup(
  ctx: QuoteContext,
  head: Span,
  earlier: readonly Reported[],
): EntityRecord | null {
  const pair = sentenceAndPrevious(ctx, head.start);
  if (!pair) return null;
  // (not where the pronoun's own sentence names someone before it: "In a statement released by
  // Facebook they said …"; "Burma's military regime … many national governments … because they …")
  const own = pair[0];
  const named = ctx.doc.entityFinder();
  for (let j = own.firstToken; j < own.endToken && ctx.doc.tokens[j].start < head.start; j++)
    if (named(ctx.doc.tokens[j].start)?.mention.kind === 'name') return null;
  const from = (pair[1] ?? own).start;
  let latest: Reported | undefined;
  for (const r of earlier)
    if (r.cue && r.cue.start >= from && r.cue.end <= head.start && (!latest || r.cue.start > latest.cue!.start))
      latest = r;
  return latest?.entity && isPeopleGroup(latest.entity) ? latest.entity : null;
}
