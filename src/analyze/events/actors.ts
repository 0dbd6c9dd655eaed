// Who did it and to whom, from the sentence's shape: the actor-coded entity in subject position
// before the trigger (with the ones coordinated to it: "Moscow and Pyongyang"), and the first one
// after it ("to/with/against X"). A passive trigger ("was arrested by police") swaps the two.
import { CLASS_NOUNS } from '../entities/classed-names.js';
import type { ArticleDocument, EntityRecord, Sentence, Token } from '../document.js';
import { attributiveParticiple, ingModifierOfSubject, participleBeforeNoun } from '../nlp/attributive.js';
import { isPassive } from '../nlp/passive.js';
import { POSSESSIVE_DETERMINERS } from '../nlp/closed-class.js';
import type { ActorRef, Mention, Quote } from '../types.js';
import { afterModal, isPunct } from './clauses.js';
import {
  CLAUSE_TAKING,
  earlierConjunct,
  listHeadVerb,
  nextClauseAfterAnd,
  objectOfAct,
  verbAfter,
  verbForm,
} from './coordination.js';
import { cue, type EventLexicon } from './lexicon.js';
import { PLACE_TYPES, residence } from './residence.js';
import { genericMentions } from './generic-actors.js';
import { statementParties } from './statement-parties.js';
import { isPeopleGroup } from '../quotes/speaker-type.js';
import { insideWord } from '../quotes/phrases.js';
import { actorCountry, lookupName } from '../entities/kb.js';
import { isSeatName } from '../entities/seat-titles.js';
import { lexiconSets } from '../entities/lexicon.js';
import { genderOf, pronounGender } from '../quotes/speaker-gender.js';

export interface ActorMention {
  entity: EntityRecord | null;
  actor: string;
  name: string;
  /** Token indexes covered by the mention. */
  first: number;
  last: number;
  /** The word before the mention is a preposition: an object, not a subject. */
  inPP: boolean;
  /**
   * The preposition's token where it does not stand right before the mention's phrase: the region
   * after a place in a prepositional phrase ("to Santo Domingo, Dominican Republic").
   */
  preposition?: number;
  /** A subject pronoun read as the actor it refers to. */
  pronoun?: boolean;
  /** A country of a hyphened compound ("U.S.-Japan"): the compound's last token. */
  compoundEnd?: number;
  /** The code comes from a name inside the mention ("Chilean government officials"). */
  nested?: boolean;
  /** A common noun for a sector ("the government", "civilians"), coded with no country (`---GOV`). */
  generic?: boolean;
  /** Where the person's title before the name starts, where one does ("ROK Special Representative for …"). */
  titledFrom?: number;
}

/** Does a pronoun fit an entity: "he"/"she" a person, "it" anything else, "they" any. */
const pronounFits = (p: string, e: EntityRecord | null) =>
  p === 'they' || (p === 'he' || p === 'she' ? e?.type === 'PERSON' && !isPeopleGroup(e) : e?.type !== 'PERSON');

/**
 * The antecedent of a subject pronoun ("Palestinian leaders said they would boycott"): the latest
 * subject (not a prepositional object) before it in its sentence that fits it, else the first one of
 * the sentence before.
 */
function antecedent(
  doc: ArticleDocument,
  s: Sentence,
  before: ActorMention[],
  index: MentionIndex,
  pronoun: string,
  at: number,
): ActorMention | null {
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k];
    if (!m.inPP && pronounFits(pronoun, m.entity))
      return uncodedPersonBetween(doc, index, pronoun, m.last + 1, at) ? null : m;
  }
  // ("Seminary student Yitzhak Dadon claims that he shot the gunman": a person with no actor code is
  // who "he" is, though no actor; not a coded one named before)
  if (uncodedPersonBetween(doc, index, pronoun, s.firstToken, at)) return null;
  // ("issued a stern reminder to Iraq that it must cooperate": with no subject that fits, a body or
  // country addressed is what "it" means)
  if (pronoun === 'it')
    for (let k = before.length - 1; k >= 0; k--) {
      const m = before[k];
      if (m.inPP && doc.tokens[m.first - 1]?.lower === 'to' && pronounFits(pronoun, m.entity)) return m;
    }
  const prev = doc.sentences[s.i - 1];
  if (!prev) return null;
  for (let i = prev.firstToken; i < prev.endToken; i++) {
    const hit = index.get(i);
    if (!hit || !pronounFits(pronoun, hit.entity) || !(hit.code || uncodedPerson(doc, pronoun, hit))) continue;
    const prep = i > prev.firstToken && /^(of|in|to|with|for|from|against|on|at|by)$/.test(doc.tokens[i - 1].lower);
    if (prep) continue;
    // (a person with no actor code first: the pronoun is theirs, and no side)
    return hit.code
      ? { entity: hit.entity, actor: hit.code, name: hit.entity.name, first: i, last: i, inPP: false }
      : null;
  }
  return null;
}

/** Whether "he" or "she" may stand for a person's named mention that has no actor code. */
function uncodedPerson(
  doc: ArticleDocument,
  pronoun: string,
  hit: { entity: EntityRecord; mention: Mention; code: string | null },
): boolean {
  if ((pronoun !== 'he' && pronoun !== 'she') || hit.code || hit.entity.type !== 'PERSON') return false;
  if (hit.mention.kind !== 'name' || isPeopleGroup(hit.entity)) return false;
  // (not one the article tells is of the other sex: "AP writer Liz Sidoti said his voice cracked while he …")
  const gender = genderOf(doc, hit.entity);
  return !gender || gender === pronounGender(pronoun);
}

/**
 * Whether a person's name with no actor code stands in tokens [from, to), not after a preposition:
 * the one a later "he" or "she" most likely means (never so for "it" or "they").
 */
function uncodedPersonBetween(
  doc: ArticleDocument,
  index: MentionIndex,
  pronoun: string,
  from: number,
  to: number,
): boolean {
  const toks = doc.tokens;
  for (let i = from; i < to; i++) {
    const hit = index.get(i);
    if (!hit || !uncodedPerson(doc, pronoun, hit)) continue;
    let last = i;
    while (last + 1 < to && toks[last + 1].end <= hit.mention.end) last++;
    if (subjectName(toks, i, last, to)) return true;
    i = last;
  }
  return false;
}

/**
 * Whether the name over tokens [first, last] is a clause's subject: its verb follows (past an
 * apposition or adverb set off by commas: "Yitzhak Dadon, however, claims"), and no preposition,
 * "and" or comma stands before it or its capitalised title ("with … and Vice President Harris, he").
 */
function subjectName(toks: readonly Token[], first: number, last: number, end: number): boolean {
  let b = first - 1;
  while (b >= 0 && /^\p{Lu}/u.test(toks[b].text) && toks[b].pos !== 'DET') b--;
  if (b >= 0 && (toks[b].pos === 'ADP' || toks[b].pos === 'CCONJ' || toks[b].text === ',')) return false;
  const verbAt = (k: number) => {
    while (k < end && toks[k].pos === 'ADV') k++;
    return k < end && (toks[k].pos === 'VERB' || toks[k].pos === 'AUX');
  };
  let j = last + 1;
  // (past up to three asides set off by commas: "Pearl Ryner, 40, a refugee who works as a medical
  // technician at the King’s County Hospital in Brooklyn, said she …")
  for (let aside = 0; aside < MAX_ASIDES && toks[j]?.text === ','; aside++) {
    const open = j;
    j++;
    while (j < end && j - open <= MAX_SET_OFF && toks[j].text !== ',') j++;
    if (toks[j]?.text !== ',') return false;
    if (verbAt(j + 1)) return true;
  }
  return toks[j]?.text !== ',' && verbAt(j);
}

/** The most tokens of an apposition set off between a subject and its verb. */
const MAX_SET_OFF = 18;
/** The most asides set off by commas between a subject and its verb ("Pearl Ryner, 40, a refugee …, said"). */
const MAX_ASIDES = 3;

const TARGET_REACH = 12;
const ARTICLE = new Set(['the']);
const RELATIVE = new Set(['that', 'which', 'who']);

/** An entity's actor code; a person without one takes the country of a role the entity layer found. */
export const actorCode = (e: EntityRecord): string | null =>
  e.actor || e.country || e.roles.find((r) => r.country)?.country || null;

/** Token index → the outermost entity mention covering it, with the actor code the events read for it. */
export type MentionIndex = Map<
  number,
  { entity: EntityRecord; mention: Mention; code: string | null; nested: boolean }
>;

/**
 * Token index → the entity mention covering it, built once per document. Where mentions nest, the
 * outermost wins ("Palestinian officials" over "Palestinian"); an outer mention whose entity has no
 * actor code takes the country of a coded mention inside it ("A senior British minister", "Norway's
 * foreign minister", "Iraq's interim government").
 */
export function indexMentions(doc: ArticleDocument): MentionIndex {
  const all: { entity: EntityRecord; mention: Mention }[] = [];
  for (const entity of doc.entities) for (const mention of entity.mentions) all.push({ entity, mention });
  // (on one span, the group a coordinated country word stands for before the word's own country:
  // "Israeli" of "Israeli and Palestinian officials" is Israeli officials, ISRGOV)
  const coordinated = (m: Mention) => (m.rule === 'country-sector-coordinated' ? 1 : 0);
  all.sort(
    (a, b) =>
      a.mention.start - b.mention.start ||
      b.mention.end - a.mention.end ||
      coordinated(b.mention) - coordinated(a.mention),
  );
  const index: MentionIndex = new Map();
  for (let k = 0; k < all.length; k++) {
    const { entity, mention } = all[k];
    const first = doc.tokenIndexAt(mention.start);
    if (index.has(first) && index.get(first)!.mention.end >= mention.end) continue; // nested in one already indexed
    // ("the Hamas-led Palestinian Authority", "NATO-led forces": a body's name as a modifier describes
    // the noun after it, whose actor the event reads, not the body's)
    let code = mention.rule?.includes('+body-modifier') ? null : actorCode(entity);
    // "Moscow has insisted …", "the Kremlin's contempt": a capital or a seat standing for its country as
    // the subject of a verb or a possessor is the country's government (the mention joins the country's
    // entity: the entity layer's rule metonymy); elsewhere it is as often the city ("Seoul is the city
    // he most visited", "the Madrid Conference", "security forces in the capital Bangkok")
    if (mention.rule === 'metonymy' && code !== null && /^[A-Z]{3}$/.test(code) && actsAsGovernment(doc, mention))
      code += 'GOV';
    let nested = false;
    for (let j = k + 1; !code && j < all.length && all[j].mention.start < mention.end; j++) {
      if (all[j].mention.end > mention.end) continue;
      const inner = actorCode(all[j].entity);
      if (inner) {
        code = inner.slice(0, 3);
        nested = true;
      }
    }
    const hit = { entity, mention, code, nested };
    for (let i = first; i < doc.tokens.length && doc.tokens[i].start < mention.end; i++) index.set(i, hit);
  }
  skipTitleModifiers(doc, index);
  return index;
}

/** Prepositions of where something happens. */
/** Prepositions that open an adverbial gerund phrase after an object ("… coordination in responding to …"). */
const GERUND_ADVERBIAL = new Set(['in', 'by', 'while', 'when']);

/**
 * Whether a preposition and a gerund, or a common noun and a participle, stand between the trigger and
 * a mention: "praised the coordination in responding to Russia's war" praises the coordination, not
 * Russia; the mention belongs to the gerund's own clause.
 */
function gerundPhraseBetween(tokens: Token[], last: number, first: number): boolean {
  for (let j = last + 2; j < first; j++) {
    if (tokens[j].pos !== 'VERB' || !tokens[j].lower.endsWith('ing')) continue;
    if (GERUND_ADVERBIAL.has(tokens[j - 1].lower)) return true;
    // ("supported the resolution condemning Russia": a participle after the object's common noun
    // opens a clause of its own, whose object Russia is)
    if (participleAfterObject(tokens, last, j)) return true;
  }
  return false;
}

/**
 * Participles that say what the noun before them holds or concerns, not an act of its own: the actor
 * after them is still the trigger's ("meet with counterparts representing Belgium", "sanctions
 * targeting Kremlin-connected elites", "deaths resulting from Russia's invasion", "welcomed new members
 * joining the Coalition – Central African Republic, …").
 */
const RELATIONAL_PARTICIPLES = new Set([
  'including',
  'representing',
  'targeting',
  'involving',
  'resulting',
  'concerning',
  'regarding',
  'affecting',
  'carrying',
  'transporting',
  'containing',
  'comprising',
  'featuring',
  'joining',
  'coming',
  'arriving',
  'originating',
]);

/**
 * Whether the participle at j follows the trigger's object, a common noun with only its determiners and
 * modifiers between it and the trigger ending at `last`: "supported the resolution condemning",
 * "signed an executive order prohibiting".
 */
function participleAfterObject(tokens: Token[], last: number, j: number): boolean {
  if (RELATIONAL_PARTICIPLES.has(tokens[j].lower)) return false;
  const noun = tokens[j - 1];
  if (noun.pos !== 'NOUN' || !/^\p{Ll}/u.test(noun.text)) return false;
  for (let i = last + 1; i < j - 1; i++) if (!OBJECT_MODIFIER_TAGS.has(tokens[i].pos)) return false;
  return true;
}
const OBJECT_MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'ADV']);

/** findDyad's mark on a lone "they" it could not read in its own sentence (extract-events.ts reads it). */
export const THEY_ONE = '+they-one';

const LOCATIVES = new Set(['in', 'at']);

/**
 * Whether the mention is a place after a locative preposition (and its article): "in Brussels", "at
 * the White House" (the caller sees that the preposition is not the trigger's own: "arrive in").
 */
function locativePlace(tokens: Token[], m: ActorMention): boolean {
  if (!m.entity || !PLACE_TYPES.has(m.entity.type)) return false;
  const before = tokens[m.first - 1]?.lower === 'the' ? tokens[m.first - 2] : tokens[m.first - 1];
  return LOCATIVES.has(before?.lower ?? '');
}

/**
 * Whether "with" and a capitalised word stand right after a meeting's place (past a place it lies in:
 * "in Riga, Latvia with"): the one met is named there.
 */
function namedPartnerAfter(tokens: Token[], from: number, to: number): boolean {
  let j = from;
  // (", Latvia": the country the place lies in)
  if (tokens[j]?.text === ',' && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.lower === 'with') j += 2;
  if (j >= to || tokens[j].lower !== 'with') return false;
  return /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') && j + 1 < to;
}

/** Verbs of being, which say what a place is rather than what a government does ("Seoul is the city …"). */
const COPULAS = new Set(['is', 'was', 'are', 'were', "'s", '’s']);

/**
 * Whether a capital or seat stands where a government acts: right before a verb other than "is", past
 * adverbs in -ly ("Moscow has insisted", "Pyongyang refused", "The White House reportedly called"), before a possessive ("the Kremlin's"), or first of two
 * names joined by "and" before one ("both Moscow and Pyongyang deny"); not after a preposition or a noun.
 */
function actsAsGovernment(doc: ArticleDocument, mention: Mention): boolean {
  const toks = doc.tokens;
  const first = doc.tokenIndexAt(mention.start);
  const before = toks[first - 1]?.lower === 'the' ? toks[first - 2] : toks[first - 1];
  // a seat, not a city, after a preposition that is no place's: "sanctions on the Kremlin", "pressure
  // on the White House" (not "at the White House", "marching down Whitehall", places)
  if (before?.pos === 'ADP' && GOVERNMENT_PREPOSITIONS_OF_SEATS.has(before.lower) && isSeatName(mention.text))
    return true;
  // (nor after a common noun: "a suburb of the capital Beirut has …" is the city's)
  if (before?.pos === 'ADP' || before?.pos === 'NOUN') return false;
  let next = first;
  while (next < toks.length && toks[next].start < mention.end) next++;
  // (past adverbs before the verb: "The White House reportedly called for …")
  while (toks[next]?.pos === 'ADV' && /ly$/.test(toks[next].lower)) next++;
  const after = (k: number) =>
    toks[k] && (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') && !COPULAS.has(toks[k].lower);
  if (after(next) || (toks[next]?.pos === 'PART' && /^['’]s$/.test(toks[next].text))) return true;
  // "Moscow and Pyongyang deny": the verb after the second name
  return (
    toks[next]?.lower === 'and' && /^\p{Lu}/u.test(toks[next + 1]?.text ?? '') && (after(next + 2) || after(next + 3))
  );
}

/** Prepositions after which a seat of government is the government ("sanctions on the Kremlin", "talks with the White House"). */
const GOVERNMENT_PREPOSITIONS_OF_SEATS = new Set(['on', 'upon', 'against', 'with', 'by']);

/** Prepositions of an adjunct (place, time, company), whose object controls no infinitive after it. */
const ADJUNCT_PREPOSITIONS = new Set([
  'of',
  'in',
  'at',
  'during',
  'near',
  'from',
  'with',
  'after',
  'before',
  'since',
  'across',
  'around',
  'inside',
  'outside',
  'into',
  'through',
  'throughout',
  'within',
]);

const POSSESSIVE = /^['’]s?$/;

/** Verbs whose "to" addresses the one who is to act: "appealed to Iran to release the sailors". */
const ADDRESS_VERBS = new Set(['appeal', 'call', 'write', 'plead', 'signal', 'say', 'turn', 'look', 'reach']);

/**
 * Whether the mention is the object of an adjunct's preposition (determiners and modifiers between):
 * a place, a time, a companion, or a destination ("will travel to Kyiv to meet …": the traveller
 * meets), not one addressed ("appealed to Iran to …").
 */
function adjunctObject(tokens: Token[], m: ActorMention, lo: number, listed = false): boolean {
  // (a possessor acts the noun it holds: "in response to Russia's decision to recognize …")
  if (!(m.inPP || listed) || POSSESSIVE.test(tokens[m.last + 1]?.text ?? '')) return false;
  let lead = m.preposition ?? phraseLead(tokens, lo, m.titledFrom ?? m.first);
  // ("with First Vice Foreign Minister Cho and Vice Foreign Minister Mori to discuss …": a later member
  // of a list takes the list's preposition)
  if (tokens[lead]?.lower === 'and' || tokens[lead]?.lower === 'or') lead = listPreposition(tokens, lead, lo);
  const word = tokens[lead]?.lower ?? '';
  if (word === 'to') return !ADDRESS_VERBS.has(tokens[lead - 1]?.lemma ?? '');
  return ADJUNCT_PREPOSITIONS.has(word);
}

/** The most tokens back from a list's "and" to the preposition that opens the list. */
const LIST_REACH = 15;

/** The preposition opening the list whose "and" stands at token `and`, else `and` itself. */
function listPreposition(tokens: Token[], and: number, lo: number): number {
  for (let j = and - 1; j >= lo && and - j <= LIST_REACH; j--) {
    const t = tokens[j];
    if (t.pos === 'ADP') return j;
    if (t.pos === 'VERB' || t.pos === 'AUX' || (isPunct(t) && t.text !== ',')) break;
  }
  return and;
}

/**
 * The people coordinated as the subject opening the clause, where "they" later in it was read as one
 * of them (the two or more named first, joined by "and"); else null.
 */
function openingPair(tokens: Token[], usable: ActorMention[], from: number, they: ActorMention): ActorMention[] | null {
  const first = usable.findIndex((m) => m.first >= from && m.last < they.first);
  if (first < 0 || usable[first].inPP) return null;
  const group = coordinatedRight(tokens, usable, first, they.first);
  const same = (m: ActorMention) => (m.entity?.id ?? m.actor) === (they.entity?.id ?? they.actor);
  return group.length >= 2 && group.some(same) && group.every((m) => m.entity?.type === 'PERSON') ? group : null;
}

/**
 * The preposition of a place just named before the place at token i and a comma, where the place
 * gives that place's region or country ("will travel to Santo Domingo, Dominican Republic to observe
 * …": the country is where she travels, no subject of what follows); else -1.
 */
function regionOfPlaceInPP(
  doc: ArticleDocument,
  index: MentionIndex,
  i: number,
  prepBefore: (i: number) => boolean,
): number {
  const tokens = doc.tokens;
  const place = index.get(i - 2);
  if (tokens[i - 1]?.text !== ',' || !place || !PLACE_TYPES.has(place.entity.type)) return -1;
  if (!PLACE_TYPES.has(index.get(i)?.entity.type ?? '')) return -1;
  const first = doc.tokenIndexAt(place.mention.start);
  return prepBefore(first) ? phraseLead(tokens, 0, first) : -1;
}

/**
 * The first token of the title right before a person's name, and of the country or people opening
 * it ("Kazakhstan Deputy Prime Minister …"), else i.
 */
function titledStart(doc: ArticleDocument, entity: EntityRecord, name: Mention, i: number): number {
  if (entity.type !== 'PERSON') return i;
  const role = entity.roles.find(
    (r) => r.span.end <= name.start && TITLE_NAME_GAP.test(doc.text.slice(r.span.end, name.start)),
  );
  if (!role) return i;
  const start = doc.tokenIndexAt(role.span.start);
  // (the country may have left the index: skipTitleModifiers takes it for the title's)
  const country = start > 0 ? doc.entityAt(doc.tokens[start - 1].start) : undefined;
  return country && countryModifier(country.entity) ? doc.tokenIndexAt(country.mention.start) : start;
}

/** Characters between a title and its holder's name: a space, or none more than a comma's. */
// (an honorific may stand between: "… and International Cooperation Sheikh Abdullah bin Zayed")
const TITLE_NAME_GAP =
  /^[\s,]{0,3}(?:(?:Sheikh|Shaikh|Sheikha|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Prince|Princess|Sir|Dame)\s+)?$/;

/**
 * A country or body named in a title right before its holder's name is no actor of its own there
 * ("French Foreign Minister Jean-Yves Le Drian", "Russian President Vladimir Putin"): the holder is,
 * so "Obama met Russian President Vladimir Putin" has Putin (RUSGOV) for its target, not "Russian"
 * (RUS), and "meets with Armenian Ambassador to the United States Varuzhan Nersesyan" has him, not
 * the United States. The title's countries leave the index where the holder has a code.
 */
function skipTitleModifiers(doc: ArticleDocument, index: MentionIndex): void {
  for (const entity of doc.entities) {
    if (entity.type !== 'PERSON' || !entity.roles.length) continue;
    const code = actorCode(entity);
    if (!code) continue;
    for (const role of entity.roles) {
      const name = entity.mentions.find(
        (m) =>
          m.kind === 'name' && m.start >= role.span.end && TITLE_NAME_GAP.test(doc.text.slice(role.span.end, m.start)),
      );
      if (!name) continue;
      for (
        let i = doc.tokenIndexAt(role.span.start);
        i < doc.tokens.length && doc.tokens[i].end <= role.span.end;
        i++
      ) {
        const hit = index.get(i);
        if (!hit || hit.entity === entity || hit.mention.end > role.span.end) continue;
        if (!countryModifier(hit.entity) && !cityModifier(doc, hit.entity, hit.mention) && !ownBody(hit.entity, code))
          continue;
        // ("Syria and Palestinian leader Yasser Arafat": a country coordinated with the title is one of its own;
        // not an "and" inside the title, "Kazakhstan Deputy Prime Minister and Minister of Foreign Affairs …")
        if (COORDINATION.test(doc.text.slice(hit.mention.end, name.start).split(TITLE_WORD_START)[0])) continue;
        index.delete(i);
      }
    }
  }
}

/** A people or a country ("French", "U.S."), not a city that ends a sentence the splitter missed ("in Washington, D.C. Secretary Blinken"). */
const countryModifier = (e: EntityRecord) => e.type === 'NORP' || (e.type === 'GPE' && !!e.kb?.startsWith('country:'));
/** The holder's own body named in the title ("NATO Secretary General Jens Stoltenberg": NATO's, as he is). */
const ownBody = (e: EntityRecord, holderCode: string) => e.type === 'ORG' && actorCode(e) === holderCode;
/**
 * A city modifying a title, after a word of the title ("former New York mayor Rudolph Giuliani"); not
 * one after a preposition or a comma, which ends a place's phrase ("in Washington, D.C. Secretary …").
 */
function cityModifier(doc: ArticleDocument, e: EntityRecord, m: Mention): boolean {
  if (e.type !== 'GPE') return false;
  const before = doc.tokens[doc.tokenIndexAt(m.start) - 1];
  return !!before && /^\p{L}/u.test(before.text) && before.pos !== 'ADP' && before.pos !== 'DET';
}
const COORDINATION = /,|\b(?:and|or)\b/;
/** Where the title's own capitalised words start after a country in it: a coordination is only before them. */
const TITLE_WORD_START = /\s(?=\p{Lu})/u;

export function actorMentions(
  doc: ArticleDocument,
  s: Sentence,
  lex: EventLexicon,
  quoteAt: (offset: number) => Quote | undefined,
  index: MentionIndex,
): ActorMention[] {
  const preps = cue(lex, 'prepositions');
  const speakerPronouns = cue(lex, 'speakerPronouns');
  const subjectPronouns = cue(lex, 'subjectPronouns');
  const out: ActorMention[] = [];
  const tokens = doc.tokens;
  const prepBefore = (i: number) => prepositionBefore(tokens, s, preps, i);
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = tokens[i];
    const hit = index.get(i);
    // "… met with Minister Michaelis. The two discussed …": the people a quote's joint speaker phrase
    // names (quotes/speakers: the meeting's pair) act together
    // (each with an actor code: one alone would stand for the pair)
    // (before the entity layer's reading of the pronoun, which gives it to one of them: "They
    // discussed …" after a readout's meeting is both who met)
    const joint = hit?.mention.kind === 'name' ? undefined : jointSpeakersAt(doc, t.start);
    const coded = joint?.entities.flatMap((e) => {
      const code = actorCode(e);
      return code ? [{ entity: e, code }] : [];
    });
    if (joint && coded && coded.length >= 2 && !prepBefore(i)) {
      let last = i;
      while (last + 1 < s.endToken && tokens[last + 1].end <= joint.end) last++;
      for (const { entity, code } of coded)
        out.push({ entity, actor: code, name: entity.name, first: i, last, inPP: false, pronoun: true });
      i = last;
      continue;
    }
    if (hit) {
      let last = i;
      while (last + 1 < s.endToken && tokens[last + 1].end <= hit.mention.end) last++;
      // an ethnic group takes the country the sentence places it in ("ethnic Albanians ... in Serbia")
      const home =
        hit.code && hit.entity.type === 'NORP' ? residence(tokens, s, index, i, last, hit.code.slice(0, 3)) : null;
      // (a joint statement's "we" is the parties it lists, also where its group has a code of its own:
      // "We, the G7 Foreign Ministers of Canada, France, …" are Canada, France, … before the G7's IGOGOS;
      // but in the document's own text after "Begin text:" the group acts under its code)
      const parties =
        hit.mention.kind === 'pronoun' &&
        speaksForParties(doc, index, hit.entity) &&
        !(hit.code && isDocumentText(quoteAt(t.start))) &&
        pushStatementParties(doc, index, out, i, quoteAt);
      const code = home ?? hit.code;
      if (!parties && code) {
        // ("the director-general of the World Trade Organisation (WTO), Pascal Lamy, …": an acronym in
        // brackets right after a prepositional object is in that phrase too)
        const previous = out[out.length - 1];
        const bracketed = tokens[i - 1]?.text === '(' && previous?.last === i - 2 && previous.inPP;
        // ("spoke with Kazakhstan Deputy Prime Minister and Minister of Foreign Affairs Mukhtar
        // Tileuberdi": a holder's title and its country stand between the preposition and the name)
        const titled = titledStart(doc, hit.entity, hit.mention, i);
        const titledPP = titled < i && !prepBefore(i) && prepBefore(titled);
        const inPrep = prepBefore(i) || bracketed || titledPP || frontedTimePhrase(tokens, s, i, last);
        const regionOf = inPrep ? -1 : regionOfPlaceInPP(doc, index, i, prepBefore);
        const preposition = titledPP ? phraseLead(tokens, s.firstToken, titled) : regionOf;
        out.push({
          entity: hit.entity,
          actor: code,
          name: hit.entity.name,
          first: i,
          last,
          inPP: inPrep || regionOf >= 0,
          ...(preposition >= 0 ? { preposition } : {}),
          ...(titled < i ? { titledFrom: titled } : {}),
          nested: hit.nested,
          ...(hit.mention.kind === 'pronoun' ? { pronoun: true } : {}),
        });
      }
      // ("the U.S.-Japan talks", "Israeli-Palestinian negotiations": a compound of countries names
      // each; else a "we" the entity layer gave to an uncoded body: "We, the G7 Foreign Ministers of …")
      else if (!parties && !pushCompoundParts(doc, out, i, last, prepBefore(i)))
        pushStatementParties(doc, index, out, i, quoteAt);
      i = last;
      continue;
    }
    const inQuote = subjectPronouns.has(t.lower) ? quoteAt(t.start) : undefined;
    // (a transcript's turn is the speaker's account: "Next, the Vice President sits down with … He then
    // moves on to …" is the Vice President, though never the speaker)
    // (only "he" and "she": a turn's "they" and "it" are too often the speaker's side or a thing)
    const turn =
      inQuote?.kind === 'direct' && (t.lower === 'he' || t.lower === 'she') && TURN_RULE.test(inQuote.rule ?? '');
    if (
      subjectPronouns.has(t.lower) &&
      (inQuote?.kind !== 'direct' || turn) &&
      !prepBefore(i) &&
      !expletiveIt(tokens, i)
    ) {
      // (past adverbs after "he" or "she": "She also met with staff at …", "He then moves on to …")
      let v = i + 1;
      while ((t.lower === 'he' || t.lower === 'she') && tokens[v]?.pos === 'ADV' && v - i <= 2) v++;
      const next = tokens[v];
      // in reported speech ("Iraq's government announced that it is prepared") the pronoun is the speaker's
      const quoted = inQuote?.speaker?.entity ? doc.entityById(inQuote.speaker.entity) : undefined;
      const speaker = turn ? undefined : quoted;
      const speakerCode = speaker && pronounFits(t.lower, speaker) ? actorCode(speaker) : null;
      const ante = !(next && (next.pos === 'VERB' || next.pos === 'AUX'))
        ? null
        : speaker && speakerCode
          ? ([...out].reverse().find((x) => x.entity === speaker && !x.pronoun) ?? {
              entity: speaker,
              actor: speakerCode,
              name: speaker.name,
              first: i,
              last: i,
              inPP: false,
            })
          : antecedent(doc, s, out, index, t.lower, i);
      if (ante && !(turn && ante.entity === quoted)) {
        // "they" after "Obama and Putin": each member of the coordination the antecedent belongs to
        const members = t.lower === 'they' ? coordinationOf(tokens, out, ante) : [ante];
        for (const a of members) out.push({ ...a, first: i, last: i, inPP: false, pronoun: true });
      }
      continue;
    }
    if (speakerPronouns.has(t.lower)) {
      const q = quoteAt(t.start);
      // (the article's own "we" in a government's release is the issuer's, where the quote layer read
      // it so: "We are imposing blocking sanctions on …" beside "We remain committed to …")
      const own = !q && (t.lower === 'we' || t.lower === 'us') ? weIssuer(doc) : undefined;
      const speakerId = q?.speaker?.entity ?? own;
      const speaker = speakerId ? doc.entityById(speakerId) : undefined;
      const code = speaker ? actorCode(speaker) : null;
      // (a joint statement's listed parties, where its "we" is theirs; else the speaker, and in a
      // document's text after "Begin text:" a group with a code of its own, "We, the G7 Foreign
      // Ministers of Canada, …", acts under that code)
      const parties =
        (!speaker || !code || (speaksForParties(doc, index, speaker) && !isDocumentText(q))) &&
        pushStatementParties(doc, index, out, i, quoteAt);
      if (speaker && code && !parties)
        out.push({
          entity: speaker,
          actor: code,
          name: speaker.name,
          first: i,
          last: i,
          inPP: prepBefore(i),
          pronoun: true,
        });
    }
  }
  return out;
}

/** The entity the quote layer read as a government release's own "we" (speaker rule we-issuer), if any. */
function weIssuer(doc: ArticleDocument): string | undefined {
  for (const q of doc.quotes) if (q.speaker_rule === 'we-issuer' && q.speaker?.entity) return q.speaker.entity;
  return undefined;
}

/**
 * Pushes the countries a hyphened compound of their names or peoples joins ("U.S.-Japan",
 * "Israeli-Palestinian", "U.S.-Japan-ROK"), each with its country's actor code and the article's
 * entity for it where there is one; returns whether it was such a compound.
 */
function pushCompoundParts(
  doc: ArticleDocument,
  out: ActorMention[],
  first: number,
  last: number,
  inPP: boolean,
): boolean {
  const tokens = doc.tokens;
  const parts: { first: number; last: number; code: string; kb: string }[] = [];
  // (past an article: "the U.S.-Japan talks" may be one mention of a described event)
  let j = first;
  while (j <= last && tokens[j].pos === 'DET') j++;
  while (j <= last) {
    const start = j;
    while (j <= last && tokens[j].pos === 'PROPN' && !gluedHyphen(tokens, j)) j++;
    if (j === start) return false;
    const hit = lookupName(doc.text.slice(tokens[start].start, tokens[j - 1].end));
    if (!hit || (hit.kind !== 'country' && hit.kind !== 'demonym') || !hit.country) return false;
    parts.push({ first: start, last: j - 1, code: actorCountry(hit.country), kb: hit.id });
    if (j > last || !gluedHyphen(tokens, j)) break;
    j++;
  }
  if (parts.length < 2) return false;
  for (const p of parts) {
    const entity = doc.entities.find((e) => e.kb === p.kb) ?? null;
    out.push({
      entity,
      actor: p.code,
      name: entity?.name ?? p.code,
      first: p.first,
      last: p.last,
      inPP,
      compoundEnd: parts[parts.length - 1].last,
    });
  }
  return true;
}

/** Whether a compound ending at token `end` modifies the trigger at `first`, adjectives between ("U.S.-Tajik Annual Bilateral Consultations"). */
function modifiesTrigger(tokens: Token[], end: number, first: number): boolean {
  if (first <= end) return false;
  for (let j = end + 1; j < first; j++) if (tokens[j].pos !== 'ADJ' && !/^\p{Lu}/u.test(tokens[j].text)) return false;
  return first - end <= 4;
}

/** Whether token j is a hyphen glued to the words on both sides ("U.S.-Japan"). */
const gluedHyphen = (tokens: Token[], j: number): boolean => tokens[j].text === '-' && insideWord(tokens, j);

/**
 * Whether "it" at i stands for no one, its clause's subject being the clause after "that": "It has
 * been reported that …", "It is believed that …", "it was clear that …".
 */
function expletiveIt(tokens: Token[], i: number): boolean {
  if (tokens[i].lower !== 'it') return false;
  let k = i + 1;
  let be = false;
  while (
    k < tokens.length &&
    k <= i + 4 &&
    (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')
  ) {
    if (tokens[k].lemma === 'be') be = true;
    k++;
  }
  const head = tokens[k];
  if (!be || !head || !(head.pos === 'ADJ' || (head.pos === 'VERB' && head.lower !== head.lemma))) return false;
  // (an adverb or a day may stand before "that": "It was announced today that")
  for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
    if (tokens[j].lower === 'that') return true;
    if (tokens[j].pos !== 'ADV' && tokens[j].pos !== 'NOUN' && tokens[j].pos !== 'PROPN') return false;
  }
  return false;
}

/** Whether a quote is a document's own text after its marker ("Begin text:"), credited to its issuer. */
const isDocumentText = (q: Quote | undefined): boolean => q?.speaker_rule === 'document-issuer';

/** Whether the entity is the group a joint statement's "We, the …" names, with parties listed there. */
function speaksForParties(doc: ArticleDocument, index: MentionIndex, entity: EntityRecord): boolean {
  // (the parties first: read once per document, and most name none)
  return statementParties(doc, index).length > 0 && entity.mentions.some((m) => m.rule === 'we-apposition');
}

/**
 * "We call on the Taliban to …" in a statement opening "We, the G7 Foreign Ministers of Canada,
 * France, …,": the parties the statement names, for a "we" at token i (not the apposition's own,
 * nor one inside a quotation, whose "we" is its speaker's).
 */
function pushStatementParties(
  doc: ArticleDocument,
  index: MentionIndex,
  out: ActorMention[],
  i: number,
  quoteAt: (offset: number) => Quote | undefined,
): boolean {
  const t = doc.tokens[i];
  const q = quoteAt(t.start);
  // (a document's text after its marker, "Begin text:", is the statement itself, not someone's words in it)
  if (t.lower !== 'we' || doc.tokens[i + 1]?.text === ',' || (q?.kind === 'direct' && !isDocumentText(q))) return false;
  const parties = statementParties(doc, index);
  for (const p of parties)
    out.push({ entity: p.entity, actor: p.actor, name: p.entity.name, first: i, last: i, inPP: false, pronoun: true });
  return parties.length > 0;
}

/** By document: the quotes' joint speaker phrases by their start offset (see jointSpeakersAt). */
const jointSpeakerCache = new WeakMap<ArticleDocument, Map<number, { end: number; entities: EntityRecord[] }>>();

/**
 * The people speaking together whose phrase starts at the offset ("The two", "They" after a meeting
 * of two), as the quote layer resolved them: the speaker and those `with` it, when two or more are
 * entities. Undefined elsewhere.
 */
function jointSpeakersAt(doc: ArticleDocument, offset: number): { end: number; entities: EntityRecord[] } | undefined {
  let byStart = jointSpeakerCache.get(doc);
  if (!byStart) {
    byStart = new Map();
    for (const q of doc.quotes) {
      const sp = q.speaker;
      if (!sp?.entity || !q.with?.length || sp.start === undefined || sp.end === undefined) continue;
      const entities = [sp, ...q.with]
        .map((r) => (r.entity ? doc.entityById(r.entity) : undefined))
        .filter((e): e is EntityRecord => !!e);
      // (the speaker's own name is a mention the index reads already)
      const named = entities.some((e) => e.mentions.some((m) => m.start === sp.start && m.kind === 'name'));
      if (entities.length >= 2 && !named) byStart.set(sp.start, { end: sp.end, entities });
    }
    jointSpeakerCache.set(doc, byStart);
  }
  return byStart.get(offset);
}

/**
 * The sentence's named people and bodies that have no actor code (most people the stale KB does not
 * know: "Antony Blinken met Sergey Lavrov"), as actor mentions with an empty code. They only fill a
 * side no coded actor filled: the events' codes and dyads stay what the coded actors make them.
 */
export function uncodedMentions(
  doc: ArticleDocument,
  s: Sentence,
  lex: EventLexicon,
  index: MentionIndex,
  quoteAt: (offset: number) => Quote | undefined,
): ActorMention[] {
  const preps = cue(lex, 'prepositions');
  const tokens = doc.tokens;
  const out: ActorMention[] = [];
  for (let i = s.firstToken; i < s.endToken; i++) {
    const hit = index.get(i);
    // ("Cindy Sheehan … said she did meet with Bush": a subject pronoun in reported words is their
    // speaker, coded or not)
    // (people only: "it" in a body's words may be the body or what it speaks of)
    const pronoun = (!hit || hit.mention.kind === 'pronoun') && PEOPLE_PRONOUNS.has(tokens[i].lower);
    const speaker = pronoun
      ? (uncodedSpeaker(doc, quoteAt, i) ?? openingPronounPerson(doc, s, index, quoteAt, i))
      : null;
    if (speaker) out.push({ entity: speaker, actor: '', name: speaker.name, first: i, last: i, inPP: false });
    if (!hit) continue;
    let last = i;
    while (last + 1 < s.endToken && tokens[last + 1].end <= hit.mention.end) last++;
    const named = hit.mention.kind === 'name' && (hit.entity.type === 'PERSON' || hit.entity.type === 'ORG');
    if (!hit.code && named) {
      out.push({
        entity: hit.entity,
        actor: '',
        name: hit.entity.name,
        first: i,
        last,
        inPP: prepositionBefore(tokens, s, preps, i),
      });
    }
    i = last;
  }
  return out;
}

/**
 * The person with no actor code a "he" or "she" opening its sentence outside quotations stands for:
 * the first person the sentence before names as no prepositional object, where that person fits the
 * pronoun and has no code ("Ammar al-Hakim … is a cleric … He and his six bodyguards were detained").
 */
function openingPronounPerson(
  doc: ArticleDocument,
  s: Sentence,
  index: MentionIndex,
  quoteAt: (offset: number) => Quote | undefined,
  i: number,
): EntityRecord | null {
  const t = doc.tokens[i];
  if (i !== s.firstToken || (t.lower !== 'he' && t.lower !== 'she') || quoteAt(t.start)) return null;
  const prev = doc.sentences[s.i - 1];
  if (!prev) return null;
  for (let k = prev.firstToken; k < prev.endToken; k++) {
    const hit = index.get(k);
    if (!hit || !pronounFits(t.lower, hit.entity)) continue;
    if (k > prev.firstToken && doc.tokens[k - 1].pos === 'ADP') continue;
    return uncodedPerson(doc, t.lower, hit) ? hit.entity : null;
  }
  return null;
}

/** Rules of a transcript's turns (quotes/speaker-transcript.ts). */
const TURN_RULE = /^transcript-(?:turn|continued)$/;

/** Subject pronouns that stand for people. */
const PEOPLE_PRONOUNS = new Set(['he', 'she', 'they']);

/**
 * The speaker with no actor code of the reported (not quoted) words a subject pronoun at token i
 * opens, where the pronoun fits them and a verb follows; else null.
 */
function uncodedSpeaker(
  doc: ArticleDocument,
  quoteAt: (offset: number) => Quote | undefined,
  i: number,
): EntityRecord | null {
  const t = doc.tokens[i];
  const quote = quoteAt(t.start);
  const next = doc.tokens[i + 1];
  if (!quote || quote.kind === 'direct' || !quote.speaker?.entity || !next) return null;
  if (next.pos !== 'VERB' && next.pos !== 'AUX') return null;
  // (the content's first subject, no one named before it: "Quigley told reporters that the priest …
  // should be released so that he can seek …" is the priest)
  for (let k = doc.tokenIndexAt(quote.start); k < i; k++)
    if (/^(?:NOUN|PROPN|PRON)$/.test(doc.tokens[k].pos)) return null;
  const speaker = doc.entityById(quote.speaker.entity);
  return speaker && !actorCode(speaker) && pronounFits(t.lower, speaker) ? speaker : null;
}

/** Whether a preposition (after determiners, adjectives, numbers) comes before token i: an object, not a subject. */
function prepositionBefore(tokens: Token[], s: Sentence, preps: ReadonlySet<string>, i: number): boolean {
  const j = phraseLead(tokens, s.firstToken, i);
  return j >= 0 && preps.has(tokens[j].lower);
}

/** Words that are prepositions before a noun phrase set off by a comma, subordinators before a clause. */
const TIME_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'during']);

/**
 * Whether the mention [i, last] is the object of a time preposition opening the sentence with a phrase
 * set off by a comma ("After Israel, the president visits Kuwait …"), not the subject of a subordinate
 * clause ("After Israel attacked Gaza, …").
 */
function frontedTimePhrase(tokens: Token[], s: Sentence, i: number, last: number): boolean {
  // (opening the sentence: in mid-sentence "since Boris Nemtsov, the former …, was assassinated" sets off
  // an apposition of the clause's subject)
  const j = phraseLead(tokens, s.firstToken, i);
  return j === s.firstToken && TIME_PREPOSITIONS.has(tokens[j].lower) && tokens[last + 1]?.text === ',';
}

/** The token before token i's determiners and modifiers (not before `lo`), or -1. */
/** Tags of the words before a class noun that modify it ("the German news magazine", "the Hutu rebel group"). */
const CLASS_MODIFIER_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Prepositions whose object completes a noun or verb before them rather than set an adjunct. */
const COMPLEMENT_PREPOSITIONS = new Set(['of', 'to']);

function phraseLead(tokens: Token[], lo: number, i: number): number {
  let j = i - 1;
  // (past the noun that classes a body named after it, to an adjunct's preposition: "In an interview
  // with the German news magazine Der Spiegel, X accuses"; not to a complement's: "Governors of the
  // nuclear agency IAEA", "who belong to the group MEND" are the body's own)
  if (j >= lo && CLASS_NOUNS.has(tokens[j].text)) {
    let k = j - 1;
    while (k >= lo && CLASS_MODIFIER_TAGS.has(tokens[k].pos)) k--;
    while (k >= lo && (tokens[k].pos === 'DET' || tokens[k].pos === 'NUM')) k--;
    if (k >= lo && !COMPLEMENT_PREPOSITIONS.has(tokens[k].lower)) j = k;
  }
  while (j >= lo && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'NUM')) j--;
  return j >= lo ? j : -1;
}

/** The sentence's sector nouns no entity covers ("the government", "civilians"), as generic actor mentions. */
export function sectorMentions(
  doc: ArticleDocument,
  s: Sentence,
  lex: EventLexicon,
  index: MentionIndex,
): ActorMention[] {
  const preps = cue(lex, 'prepositions');
  const tokens = doc.tokens;
  const prepBefore = (i: number) => prepositionBefore(tokens, s, preps, i);
  return genericMentions(doc, s, index, prepBefore);
}

export const toRef = (m: ActorMention): ActorRef => ({ entity: m.entity?.id ?? null, actor: m.actor, name: m.name });

/** Whether an actor reference is a person the article names. */
export const isPersonRef = (doc: ArticleDocument, a: ActorRef): boolean =>
  !!a.entity && doc.entityById(a.entity)?.type === 'PERSON';

function dedupe(ms: ActorMention[]): ActorMention[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = m.entity?.id ?? m.actor;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The mentions coordinated with `m` among those read so far (m itself when it stands alone). */
function coordinationOf(tokens: Token[], out: ActorMention[], m: ActorMention): ActorMention[] {
  const k = out.findIndex((x) => x.first === m.first && x.entity === m.entity);
  if (k < 0) return [m];
  const group = coordinatedLeft(tokens, out, k, 0);
  return group.length > 1 ? group.reverse() : [m];
}

/** How many nouns may head a list member after the name that modifies them ("NATO Allies", "EU member states"). */
const MAX_MEMBER_HEAD = 2;
/** The words that may join the members of a list: commas, "and", "or", articles. */
const listJoin = (ts: Token[]) => ts.length > 0 && ts.every((t) => t.text === ',' || LIST_WORDS.has(t.lower));
const LIST_WORDS = new Set(['and', 'or', 'the', 'a', 'an']);
const FRONTING_POS = new Set(['ADV', 'CCONJ', 'SCONJ']);

/**
 * The mentions that continue a list opened by a prepositional object: "travel to Cape Town,
 * Johannesburg, and Pretoria" puts all three after "to", though only the first follows it. A
 * comma alone joins only where the list goes on to an "and" or "or", and never right after a
 * phrase that opens the clause ("In Seoul, Sherman and Park will meet": the comma ends the adjunct).
 */
function prepositionalListMembers(tokens: Token[], mentions: ActorMention[], from: number): Set<ActorMention> {
  const members = new Set<ActorMention>();
  const inList = (m: ActorMention) => (m.inPP && !POSTMODIFYING.has(leadWord(tokens, m, from))) || members.has(m);
  for (let k = 1; k < mentions.length; k++) {
    const p = mentions[k - 1];
    const m = mentions[k];
    if (m.inPP || !inList(p)) continue;
    // (past a later member's title: "with First Vice Foreign Minister Cho and Vice Foreign Minister Mori";
    // and past the earlier member's head noun: "with NATO Allies and EU partners to discuss …")
    let head = p.last + 1;
    while (head < p.last + 1 + MAX_MEMBER_HEAD && (tokens[head]?.pos === 'NOUN' || tokens[head]?.pos === 'PROPN'))
      head++;
    const between = tokens.slice(head, m.titledFrom ?? m.first);
    if (!listJoin(between)) continue;
    // ("the importance of America and New Zealand cooperating": two joined by "and" alone before a
    // verb are its subject; after a comma the list goes on, "officials from the United States,
    // Australia, India, and Japan met")
    if (!between.some((t) => t.text === ',') && opensPredicate(tokens, m.last + 1)) continue;
    // (nor ", and" after a lone prepositional object: "to deter further Russian aggression against
    // Ukraine, and Secretary Blinken thanked Japan …" opens the next clause)
    if (!members.has(p) && between.some((t) => t.lower === 'and') && opensPredicate(tokens, m.last + 1)) continue;
    if (!between.some((t) => t.lower === 'and' || t.lower === 'or')) {
      if (frontedPhrase(tokens, p, from)) continue;
      // (a comma alone: the list must go on to its "and", before another member or not: "between
      // Israel, Hamas, and other parties")
      let q = k;
      while (q + 1 < mentions.length) {
        const next = tokens.slice(mentions[q].last + 1, mentions[q + 1].first);
        if (!listJoin(next) || next.some((t) => t.lower === 'and' || t.lower === 'or')) break;
        q++;
      }
      let j = mentions[q].last + 1;
      if (tokens[j]?.text === ',') j++;
      if (tokens[j]?.lower !== 'and' && tokens[j]?.lower !== 'or') continue;
    }
    members.add(m);
  }
  return members;
}

/**
 * Prepositions whose list may name the parties of the subject itself ("the G7 Foreign Ministers of
 * Canada, France, …, and the United States condemn", "Senior officials from the United States,
 * Australia, India, and Japan met"): their lists are left to coordinatedLeft as they are.
 */
const POSTMODIFYING = new Set(['of', 'from']);

/** The lower-cased preposition before a prepositional mention ('' where none is found). */
function leadWord(tokens: Token[], m: ActorMention, from: number): string {
  return tokens[prepositionOf(tokens, m, from)]?.lower ?? '';
}

/** The token of a prepositional mention's preposition (its own record, or the word before its phrase), or -1. */
const prepositionOf = (tokens: Token[], m: ActorMention, from: number): number =>
  m.preposition ?? phraseLead(tokens, from, m.first);

/**
 * The mention right before a gerund trigger, prepositional or not, is the gerund's subject: "It's
 * about Russia complaining that …", "with China and Russia vetoing the latest resolution". Its index
 * in `mentions`, or -1.
 */
function gerundSubject(tokens: Token[], mentions: ActorMention[], first: number, from: number): number {
  const t = tokens[first];
  if (t?.pos !== 'VERB' || !/ing$/.test(t.lower)) return -1;
  let j = first - 1;
  while (j > from && tokens[j].pos === 'ADV') j--;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.last !== j || m.pronoun) continue;
    // (only after a preposition that takes a clause's subject: not a place, "in Iraq fighting
    // terrorism", nor an addressee or an opponent, "a letter to the government requesting …")
    return !m.inPP || GERUND_SUBJECT_PREPOSITIONS.has(leadWord(tokens, m, from)) ? k : -1;
  }
  return -1;
}

/** Nouns for an act or a weapon that heads a subject with no agent in it ("attacks on trains in Mumbai"). */
const EVENT_SUBJECT_HEADS = new Set([
  'attack',
  'bomb',
  'bombing',
  'blast',
  'explosion',
  'shelling',
  'strike',
  'airstrike',
  'missile',
  'rocket',
  'violence',
  'clash',
  'fighting',
  'riot',
  'fire',
]);
export const isPlace = (m: ActorMention) => m.entity?.type === 'GPE' || m.entity?.type === 'LOC';

/** Whether a noun for an act or a weapon stands in tokens [a, b). */
function eventHeadBetween(tokens: Token[], a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (EVENT_SUBJECT_HEADS.has(tokens[j].lemma)) return true;
  return false;
}

/** Prepositions whose object may be the subject of a gerund after it ("about Russia complaining"). */
const GERUND_SUBJECT_PREPOSITIONS = new Set(['about', 'of', 'with', 'for', 'over', 'despite', 'without']);

/** Whether a verb (after adverbs) is at token j: the phrase before it is a subject. */
function opensPredicate(tokens: Token[], j: number): boolean {
  while (tokens[j]?.pos === 'ADV') j++;
  return tokens[j]?.pos === 'VERB' || tokens[j]?.pos === 'AUX';
}

/** Whether the mention's preposition opens the clause (after adverbs and conjunctions: "And in Warsaw, …", "While in Tokyo, …"). */
function frontedPhrase(tokens: Token[], m: ActorMention, from: number): boolean {
  const lead = prepositionOf(tokens, m, from);
  if (lead < 0) return false;
  for (let j = from; j < lead; j++) if (!FRONTING_POS.has(tokens[j].pos)) return false;
  return true;
}

/** Mentions joined to `head` by "and"/"," (with appositives between dashes), looking left. */
function coordinatedLeft(
  tokens: Token[],
  mentions: ActorMention[],
  head: number,
  from: number,
  listed: ReadonlySet<ActorMention> = new Set(),
): ActorMention[] {
  const prepositional = (m: ActorMention) => m.inPP || listed.has(m);
  const group = [mentions[head]];
  let edge = mentions[head].first;
  let k = head - 1;
  while (k >= 0 && mentions[k].first >= from) {
    const m = mentions[k];
    // "they" read as each of a coordination ("Obama and Putin said they ...") stands for all of them
    if (m.pronoun && m.first === group[group.length - 1].first) {
      group.push(m);
      k--;
      continue;
    }
    const between = tokens.slice(m.last + 1, edge);
    // "Syria attacked Israel and Egypt condemned the attack": an earlier verb's object is no member of
    // the next clause's subject (but "said Russia and China signed" joins the said clause's subject)
    if (between.some((t) => t.lower === 'and') && objectOfAct(tokens, m, from) && verbAfter(tokens, group[0])) break;
    // "cooperation with the International Atomic Energy Agency (IAEA), the government of Iran has …":
    // a bracketed acronym after a prepositional object is that object, no member of the subject's join
    if (between[0]?.text === ')' && m.inPP && !group[0].inPP) break;
    // ("to deter further Russian aggression against Ukraine, and Secretary Blinken thanked Japan …":
    // an earlier clause's prepositional object before ", and" is no member of the next one's subject)
    // (but a list of three or more goes on: "leaders from Israel, Bahrain, and the United Arab Emirates signed")
    const before = mentions[k - 1];
    const gap = before && before.first >= from ? tokens.slice(before.last + 1, m.first) : [];
    const listGoesOn = gap.some((t) => t.text === ',') && gap.every((t) => t.text === ',' || ARTICLE.has(t.lower));
    if (
      m.inPP &&
      !prepositional(group[0]) &&
      !listGoesOn &&
      between.some((t) => t.text === ',') &&
      between.some((t) => t.lower === 'and')
    )
      break;
    // "In Seoul, Deputy Secretary Sherman will meet …", "During her time in Ljubljana, Assistant
    // Secretary Sison will meet …": a prepositional object set off by a comma is an adjunct's, not the
    // subject's first member; nor is a person's title ("The President of Rwanda, Paul Kagame, …"), but
    // "the G7 Foreign Ministers of Canada, France, …" names its parties
    if (
      m.inPP &&
      !prepositional(group[0]) &&
      !between.some((t) => t.lower === 'and' || t.lower === 'or') &&
      (frontedPhrase(tokens, m, from) ||
        !POSTMODIFYING.has(leadWord(tokens, m, from)) ||
        group[0].entity?.type === 'PERSON')
    )
      break;
    // "the United States and the European Union’s External Action Service": a member's possessor is
    // part of the member's name, and the join goes on past it
    if (between.length === 1 && /^['’]s?$/.test(between[0].text)) {
      edge = m.first;
      k--;
      continue;
    }
    // "Bulgarian President Todor Zhivkov": a people naming a person's title belongs to the person's name
    if (m.entity?.type === 'NORP' && between.length && between.every((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) {
      edge = m.first;
      k--;
      continue;
    }
    // "Obama and President Putin": a person's title after the "and" is part of the join
    const person = group[group.length - 1].entity?.type === 'PERSON';
    const title = (t: Token) => person && /^\p{Lu}/u.test(t.text) && (t.pos === 'NOUN' || t.pos === 'PROPN');
    // ("Secretary Blinken and interim Prime Minister Dabaiba": an adjective before the title is the title's)
    const titleAdjective = (t: Token, i: number) => t.pos === 'ADJ' && !!between[i + 1] && title(between[i + 1]);
    // "Russia and the United States": the second member's article belongs to its name
    const words = between
      .filter((t, i) => !isPunct(t) && !title(t) && !titleAdjective(t, i) && !ARTICLE.has(t.lower))
      .map((t) => t.lower);
    const joined =
      between.some((t) => t.lower === 'and' || t.text === ',' || t.text === '/') ||
      hyphenJoined(tokens, m.last, group[group.length - 1].first);
    // "North Korea—a long-time pariah state—and Russia": an appositive between dashes may sit in the join
    const dashed = between.filter((t) => /^[—–-]+$/.test(t.text)).length >= 2;
    if (joined && (words.length <= 1 || (dashed && words.includes('and')))) {
      group.push(m);
      edge = m.first;
      k--;
    } else break;
  }
  return group;
}

/**
 * Mentions joined to `head` by "and", "," or a glued hyphen, looking right. A comma joins no mention
 * that opens a predicate of its own: "to invade Ukraine, we've also seen …", "Ukraine, the United
 * States has …" start the next clause.
 */
function coordinatedRight(tokens: Token[], mentions: ActorMention[], head: number, to: number): ActorMention[] {
  const group = [mentions[head]];
  /** The last token the group's members take: a member's bracketed acronym is its own ("the Republic of Korea (ROK), the Philippines, …"). */
  let end = mentions[head].last;
  // ("with Republic of Korea Foreign Minister Park Jin and Japanese Foreign Minister Hayashi Yoshimasa":
  // a person's title, its people's word with it, stands between "and" and the name; after a bare comma,
  // a title its country opens, "…, German MFA State Secretary Andreas Michaelis", or one of a list whose
  // last member "and" brings in later, "President Maia Sandu, Prime Minister Natalia Gavrilita, and
  // Foreign Minister Nicu Popescu"; "Bjoern Seibert, Head of Cabinet of the European Commission
  // President Ursula von der Leyen" is one person's apposition)
  const countryOpens = (m: ActorMention) => {
    const kind = m.titledFrom === undefined ? undefined : lookupName(tokens[m.titledFrom].text)?.kind;
    return kind === 'country' || kind === 'demonym';
  };
  const afterAnd = (m: ActorMention) => tokens.slice(end + 1, m.titledFrom).some((t) => t.lower === 'and');
  const andLater = (m: ActorMention) => tokens.slice(m.last + 1, to).some((t) => t.lower === 'and');
  const listedTitle = (m: ActorMention) =>
    m.titledFrom !== undefined && (afterAnd(m) || countryOpens(m) || andLater(m));
  let k = head + 1;
  // (a list its "and" has closed takes no more after a comma: "visits to Indonesia, Fiji, Samoa, and
  // Tonga, and the Secretary reaffirmed …" opens a clause of its own, "Backed by Syria and Iran,
  // Hezbollah …" the main clause; "Kenya and Nigeria and Senegal" goes on)
  let closed = false;
  while (k < mentions.length && mentions[k].last < to) {
    const titled = mentions.findIndex(
      (m, j) => j >= k && m.titledFrom !== undefined && m.titledFrom <= mentions[k].first && m.last < to,
    );
    if (titled > k && listedTitle(mentions[titled])) k = titled;
    const next = mentions[k];
    if (tokens[end + 1]?.text === '(' && next.first === end + 2 && tokens[next.last + 1]?.text === ')') {
      end = next.last + 1;
      k++;
      continue;
    }
    const between = tokens.slice(end + 1, listedTitle(next) ? next.titledFrom : next.first);
    const words = between.filter((t) => !isPunct(t) && !ARTICLE.has(t.lower)).map((t) => t.lower);
    if (closed && between.some((t) => t.text === ',')) break;
    if (
      words.length <= 1 &&
      (words[0] === 'and' ||
        (words.length === 0 &&
          ((between.some((t) => t.text === ',') && !opensPredicate(tokens, next.last + 1)) ||
            hyphenJoined(tokens, end, next.first))))
    ) {
      group.push(next);
      end = next.last;
      closed = words[0] === 'and';
      k++;
    } else break;
  }
  return group;
}

/** Whether two mentions, the left ending at token a and the right starting at b, are joined by a glued hyphen ("U.S.-Japan"). */
const hyphenJoined = (tokens: Token[], a: number, b: number) => b === a + 2 && gluedHyphen(tokens, a + 1);

/** Tokens outside brackets: "the Serbian Workers' Union (SSS) stopped work" reads past "(SSS)". */
function withoutBrackets(ts: Token[]): Token[] {
  let depth = 0;
  return ts.filter((t) => {
    if (t.text === '(' || t.text === '[') depth++;
    else if ((t.text === ')' || t.text === ']') && depth > 0) depth--;
    else return depth === 0;
    return false;
  });
}

/**
 * Verbs of acts done to people that take their object at once ("detained X", "killed X"): such a
 * participle with no object after it, right after its noun, is a reduced relative in the passive.
 * The harms a passive subject suffers (SUFFERED) and the acts of a state's custody or courts.
 */
const OBJECT_FIRST_ACTS = new Set([
  'imprison',
  'jail',
  'deport',
  'expel',
  'execute',
  'torture',
  'sentence',
  'convict',
  'indict',
]);
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const objectFirstAct = (lemma: string) => OBJECT_FIRST_ACTS.has(lemma) || SUFFERED.has(lemma);

/** How many adverbs stand right before token k ("a U.S. citizen unjustly | detained"). */
function adverbsBefore(tokens: readonly Token[], k: number): number {
  let n = 0;
  while (tokens[k - 1 - n]?.pos === 'ADV') n++;
  return n;
}

/** The most tokens of the prepositional object in a participle modifying a noun ("living in northern Italy"). */
const MODIFIER_OBJECT_REACH = 4;

/**
 * Whether tokens [from, to) are a participle and its prepositional phrase modifying the noun before
 * them: "living in Italy", "based in London", "held in Evin prison".
 */
function participleModifierBetween(tokens: readonly Token[], from: number, to: number): boolean {
  const v = tokens[from];
  if (!v || v.pos !== 'VERB' || !/(?:ing|ed)$/.test(v.lower) || tokens[from + 1]?.pos !== 'ADP') return false;
  if (to - (from + 2) < 1 || to - (from + 2) > MODIFIER_OBJECT_REACH) return false;
  for (let k = from + 2; k < to; k++) if (!NP_WORDS.has(tokens[k].pos)) return false;
  return true;
}

/**
 * Whether the trigger is a participle modifying the noun right before it, past adverbs: "Morad Tabhaz,
 * a U.S. citizen unjustly detained in Iran", "two Americans detained in Iran were freed" (the noun is
 * the one detained, though no "was" stands before).
 */
function reducedRelativePassive(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first];
  if (first !== last || !/(?:ed|en)$/.test(t.lower)) return false;
  // ("the … Ministerial Meeting hosted by ASEAN Chair Brunei Darussalam": a participle right after
  // its noun with its agent after "by" is passive, whatever act it names)
  const before = tokens[first - 1];
  const agentBy =
    tokens[last + 1]?.lower === 'by' &&
    /^\p{Ll}/u.test(t.text) &&
    // (a name's capitalised last word the tagger read as a verb: "Ministerial Meeting")
    // (or a comma setting it off after its noun: "Comoros, backed by African Union forces, has invaded")
    (before?.pos === 'PROPN' ||
      before?.pos === 'NOUN' ||
      /^\p{Lu}\p{Ll}/u.test(before?.text ?? '') ||
      (before?.text === ',' && !!tokens[first - 2] && /^(?:NOUN|PROPN)$/.test(tokens[first - 2].pos)));
  if (agentBy && before.sentence === t.sentence) return true;
  if (!objectFirstAct(t.lemma)) return false;
  // no object after it: a preposition, a comma or the sentence's end
  // ("killed at least 18 people": a quantity opens the object)
  const next = tokens[last + 1];
  if (next && next.pos !== 'ADP' && next.pos !== 'PUNCT') return false;
  if (next?.lower === 'at' && /^(?:least|most)$/.test(tokens[last + 2]?.lower ?? '')) return false;
  let j = first - 1;
  while (j >= 0 && tokens[j].pos === 'ADV') j--;
  if (j < 0 || (tokens[j].pos !== 'NOUN' && tokens[j].pos !== 'PROPN') || tokens[j].sentence !== t.sentence)
    return false;
  // (a day before the verb ends an adjunct, not a noun phrase: "… on Friday killed …")
  if (WEEKDAY.test(tokens[j].text)) return false;
  // the noun phrase is an object or an apposition (after a verb, a preposition or a comma), not the
  // clause's subject: "Police arrested in Kabul on Monday three men" is active
  // (a determiner opens the phrase: "In May the Dominican government deported …" stops at "the")
  while (j > 0 && tokens[j].pos !== 'DET' && NP_WORDS.has(tokens[j - 1].pos) && tokens[j - 1].sentence === t.sentence)
    j--;
  const opener = tokens[j - 1];
  return (
    !!opener && opener.sentence === t.sentence && (opener.text === ',' || opener.pos === 'ADP' || opener.pos === 'VERB')
  );
}

/** Tags of the words of a noun phrase before its head (a U.S. citizen, two Americans). */
const NP_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** Participles of harm or loss a passive subject suffers in an event ("were wounded in an ambush"). */
const SUFFERED = new Set([
  'kill',
  'wound',
  'injure',
  'uninjured',
  'hurt',
  'harm',
  'damage',
  'destroy',
  'hit',
  'strike',
  'target',
  'capture',
  'kidnap',
  'abduct',
  'arrest',
  'detain',
  'displace',
  'trap',
  'shoot',
  'maim',
  'affect',
]);

/** Prepositions of an adjunct that names an event a passive verb's subject suffered in. */
const EVENT_ADJUNCT_PREPOSITIONS = new Set(['in', 'during', 'after', 'following', 'since', 'from', 'by']);

/**
 * Whether the noun trigger at `first` is the object of an adjunct's preposition ("in the attack"),
 * after a passive verb ("were … harmed") that stands between token `from` and it.
 */
function passiveBeforeAdjunct(tokens: Token[], first: number, from: number): boolean {
  if (tokens[first].pos !== 'NOUN') return false;
  let j = first - 1;
  while (j > from && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ')) j--;
  if (j <= from || !EVENT_ADJUNCT_PREPOSITIONS.has(tokens[j].lower)) return false;
  for (let k = j - 1; k > from; k--) {
    const t = tokens[k];
    if (t.pos !== 'VERB' || t.lower === t.lemma || /ing$/.test(t.lower)) continue;
    // (what one suffers, not what one takes part in: "have been engaged in consultations with …")
    if (!SUFFERED.has(t.lemma) && !SUFFERED.has(t.lower)) return false;
    let b = k - 1;
    while (b >= from && tokens[b].pos === 'ADV') b--;
    return b >= from && (tokens[b].lemma === 'be' || tokens[b].lemma === 'get');
  }
  return false;
}

/** The "that" opening a verb's complement clause, past a time or adverb ("demanded Friday that"), or -1. */
export function complementThat(tokens: Token[], last: number, end: number): number {
  for (let j = last + 1; j <= last + 4 && j < tokens.length; j++) {
    if (tokens[j].lower === 'that') return j;
    if (isPunct(tokens[j]) || tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX' || j >= end + 3) return -1;
  }
  return -1;
}

const RELATIVE_PRONOUNS = new Set(['who', 'which']);

/**
 * Is the trigger at `first` the main verb after a relative clause opened at `from` ("who attacked a bus
 * were arrested")? The relative clause has a verb of its own before it, none that takes a clause ("who said
 * they attacked"), and the trigger is no infinitive or participle of it.
 */
function matrixAfterRelative(tokens: Token[], from: number, first: number): boolean {
  if (!RELATIVE_PRONOUNS.has(tokens[from].lower)) return false;
  const between = tokens.slice(from + 1, first);
  if (!between.some((t) => t.pos === 'VERB')) return false;
  if (between.some((t) => CLAUSE_TAKING.has(t.lemma) || t.lower === 'that' || isPunct(t))) return false;
  const prev = tokens[first - 1];
  // the matrix verb is finite: after an auxiliary ("were arrested", "have fled") or a past/present form
  return (
    prev.pos === 'AUX' || (tokens[first].pos === 'VERB' && /(ed|s)$/.test(tokens[first].lower) && prev.lower !== 'to')
  );
}

/**
 * The mention that owns a noun trigger's phrase, its possessive right before the noun and its
 * modifiers ("Russia’s premeditated, unprovoked, and unjustified attack on Ukraine"): the act's
 * agent, whoever the sentence's subject is ("Blinken spoke … about Russia’s attack"). Else null.
 */
export function possessorOfNoun(tokens: Token[], mentions: ActorMention[], noun: number, lo: number): ActorMention[] {
  let j = noun - 1;
  // (commas, "and" and hyphens do not count: "Russia’s premeditated, unprovoked, unjustified, and
  // brutal war", "Russia’s full-scale invasion")
  for (let words = 0; j > lo && words < MAX_NOUN_MODIFIERS && nounModifier(tokens, j); j--)
    if (tokens[j].text !== ',' && tokens[j].lower !== 'and' && tokens[j].text !== '-') words++;
  // ("We stand with the Afghan people in their demand for equal rights": a possessive pronoun's noun
  // is the latest actor before it that the pronoun fits)
  const pronoun = POSSESSOR_PRONOUNS[tokens[j]?.lower ?? ''];
  if (pronoun) {
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k];
      if (m.last >= j || m.first < lo || m.pronoun || !pronounFits(pronoun, m.entity)) continue;
      // ("the United Kingdom and Canada under their respective sanctions programs": all of a coordination)
      return pronoun === 'they' ? coordinatedLeft(tokens, mentions, k, lo).reverse() : [m];
    }
    return [];
  }
  if (!POSSESSIVE.test(tokens[j]?.text ?? '')) return [];
  const named = mentions.find((m) => m.last === j - 1);
  return named ? [named] : [];
}

/** Possessive pronouns of the third person → the subject pronoun whose fit they share. */
const POSSESSOR_PRONOUNS: Record<string, string> = { their: 'they', its: 'it', his: 'he', her: 'she' };

/**
 * Whether the word at j stands between a possessive and its noun: an adjective or adverb
 * ("premeditated"), a list's comma or "and", or a hyphened modifier's hyphen and words ("full-scale").
 */
function nounModifier(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (t.pos === 'ADJ' || t.pos === 'ADV' || t.text === ',' || t.lower === 'and' || t.text === '-') return true;
  if (tokens[j - 1]?.text === '-' && tokens[j - 1].end === t.start) return true;
  return t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower);
}
/** The most words a possessive stands before its noun, commas and "and" not counted. */
const MAX_NOUN_MODIFIERS = 6;

/** Nouns of a threat or an attack whose "from" names who makes it. */
const FROM_AGENT_NOUNS = new Set(['threat', 'attack', 'aggression', 'strike', 'fire', 'shelling', 'incursion']);

/** Prepositions that give the target of an act named by a noun ("aggression by Russia against Ukraine"). */
const NOUN_TARGET_LEADS = new Set(['against', 'on', 'upon']);

/** The most tokens between an act and the "by" of its agent's people ("abducted, allegedly by agents of …"). */
const PEOPLE_BY_REACH = 3;

/** Whether "by" stands right before the mention, past its determiners and adjectives, after token `lo`. */
function afterBy(tokens: Token[], m: ActorMention, lo: number): boolean {
  let j = m.first - 1;
  // (a person's capitalised title and its people stand between too: "by Sudanese Vice President Ali
  // Osman Taha")
  const person = m.entity?.type === 'PERSON';
  const title = (t: Token) => person && /^\p{Lu}/u.test(t.text) && (t.pos === 'NOUN' || t.pos === 'PROPN');
  while (j > lo && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || title(tokens[j]))) j--;
  // ("abducted, allegedly by covert agents of the CIA", "by members of Hamas": the body's people act
  // for it, where the "by" stands right after the act; further on it may be another act's)
  if (tokens[j]?.lower === 'of' && j - 1 > lo && tokens[j - 1].pos === 'NOUN' && /s$/.test(tokens[j - 1].lower)) {
    let k = j - 2;
    while (k > lo && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k--;
    return tokens[k]?.lower === 'by' && k - lo <= PEOPLE_BY_REACH;
  }
  return tokens[j]?.lower === 'by';
}

/**
 * The actor after "by" right after a noun trigger ending at `last` (or after "from", for a threat or
 * an attack), or undefined.
 */
function nounAgent(tokens: Token[], usable: ActorMention[], last: number): ActorMention | undefined {
  const lead = tokens[last + 1]?.lower;
  // (or after "from" for a threat or an attack: "threats from Yemen", "rocket attacks from Gaza")
  const from = lead === 'from' && FROM_AGENT_NOUNS.has(tokens[last].lemma);
  if (tokens[last].pos !== 'NOUN' || (lead !== 'by' && !from)) return undefined;
  if (from) return usable.find((m) => m.first === last + 2 || (m.first === last + 3 && tokens[last + 2].pos === 'DET'));
  return titledHolder(
    tokens,
    usable,
    usable.find((m) => m.first > last + 1 && afterBy(tokens, m, last + 1)),
  );
}

/**
 * The person a people names the title of ("by Sudanese Vice President Ali Osman Taha" is Taha's act,
 * not Sudan's), else the mention itself.
 */
function titledHolder(tokens: Token[], usable: ActorMention[], m: ActorMention | undefined): ActorMention | undefined {
  // ("hosted by ASEAN Chair Brunei Darussalam": a body's name, its title word, then who holds it)
  const chair = m && titleWordAt(tokens, m.last + 1);
  const holds = chair ? usable.find((n) => n.first === m.last + 2 && n.entity?.type !== 'NORP') : undefined;
  if (holds) return holds;
  if (m?.entity?.type !== 'NORP') return m;
  const holder = usable.find((n) => n.first > m.last && n.entity?.type === 'PERSON');
  if (!holder) return m;
  for (let j = m.last + 1; j < holder.first; j++) if (tokens[j].pos !== 'NOUN' && tokens[j].pos !== 'PROPN') return m;
  return holder;
}

/** Whether token k is a capitalised title word ("Chair", "President"). */
function titleWordAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && /^\p{Lu}/u.test(t.text) && lexiconSets().titleHeads.has(t.lower);
}

/** The most tokens back from "and to …" to the infinitive it is coordinated with. */
const INFINITIVE_REACH = 25;

/**
 * The "to" of the first infinitive of the list that the one whose "to" is at `to` ends or goes on
 * ("to congratulate … and to welcome", "efforts to assist Ukraine …, to deliver humanitarian
 * assistance …, and to press the Kremlin"): right after "and", "or" or a comma, the nearest earlier
 * "to" before a verb, and so on back; else -1.
 */
function coordinatedInfinitiveTo(tokens: Token[], to: number, from: number): number {
  let first = -1;
  for (let at = to, guard = 0; guard < 8; guard++) {
    const earlier = earlierListedInfinitive(tokens, at, from);
    if (earlier < 0) break;
    first = at = earlier;
  }
  return first;
}

/** The "to" of the infinitive listed right before the one whose "to" is at `to`, past "and", "or" or a comma; else -1. */
function earlierListedInfinitive(tokens: Token[], to: number, from: number): number {
  let joint = to - 1;
  const and = tokens[joint]?.lower === 'and' || tokens[joint]?.lower === 'or';
  if (and && tokens[joint - 1]?.text === ',') joint--;
  else if (!and && tokens[joint]?.text !== ',') return -1;
  for (let j = joint - 1; j >= from && to - j <= INFINITIVE_REACH; j--) {
    // (after a comma alone, the infinitive before it is the list's only in an unbroken phrase: not
    // "the government, led by …, to accept", "To reinforce these messages, Washington … to convey")
    if (!and && (tokens[j].text === ',' || tokens[j].text === ';')) return -1;
    if (tokens[j].lower === 'to' && (tokens[j + 1]?.pos === 'VERB' || afterModal(tokens, j + 1))) return j;
  }
  return -1;
}

/**
 * Where the infinitive opens whose bare verb a later one after "and" or "or" shares its "to" with:
 * "called on the junta to immediately end the violence, restore democratic governance, and release
 * those unjustly detained" (`first` at "release": the "to" before "immediately"); else -1.
 */
function infinitiveOfBareConjunct(tokens: Token[], first: number, from: number): number {
  const t = tokens[first];
  const and = tokens[first - 1]?.lower;
  if (t.pos !== 'VERB' || t.lower !== t.lemma || (and !== 'and' && and !== 'or')) return -1;
  for (let j = first - 2; j >= from && first - j <= INFINITIVE_REACH; j--) {
    // (an auxiliary between opens a clause of its own: "to end the war and they will release …")
    if (tokens[j].pos === 'AUX') return -1;
    if (tokens[j].lower !== 'to') continue;
    let v = j + 1;
    while (tokens[v]?.pos === 'ADV') v++;
    // (a verb proper: after "access to fresh water" an adjective is no infinitive)
    if (tokens[v]?.pos === 'VERB') return j;
  }
  return -1;
}

/**
 * The common noun right before the trigger at `first`, past its auxiliaries and adverbs ("aerial
 * tankers | were deployed", "militants | attacked"): the verb's own subject; else -1.
 */
function commonNounSubject(tokens: Token[], first: number): number {
  let k = first - 1;
  while (k >= 0 && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV')) k--;
  const t = tokens[k];
  return t && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && k < first - 1 ? k : -1;
}

/** Whether a lower-case common noun right after token k heads the phrase the name there modifies ("the Hamas movement"). */
function headNounAfter(tokens: Token[], k: number): boolean {
  const t = tokens[k + 1];
  return !!t && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text);
}

/** Whether a verb, then a conjunction opening another clause, stand in tokens [from, to). */
function clauseBoundaryBetween(tokens: Token[], from: number, to: number): boolean {
  let verb = false;
  for (let k = from; k < to; k++) {
    if (tokens[k].pos === 'VERB') verb = true;
    else if (verb && (tokens[k].pos === 'CCONJ' || tokens[k].pos === 'SCONJ')) return true;
  }
  return false;
}

/**
 * The subject of a trigger at `first`: the nearest mention before it in its clause that is not a
 * prepositional object (nor a later member of a list that one opens), else a name inside the subject
 * phrase with no verb between it and the trigger. An index into `usable`, or -1.
 */
function subjectBefore(
  tokens: Token[],
  usable: ActorMention[],
  listed: ReadonlySet<ActorMention>,
  first: number,
  from: number,
): number {
  const host = meansHost(tokens, first, from);
  if (host >= 0) return subjectBefore(tokens, usable, listed, host, from);
  const gerund = gerundSubject(tokens, usable, first, from);
  if (gerund >= 0) return gerund;
  // ("commended the bravery of the Ukrainian people, noting in particular those defending Mariupol":
  // a participle after "those", "others" or "anyone" is theirs, whom no actor names)
  if (/ing$/.test(tokens[first].lower) && PARTICIPLE_PRONOUNS.has(tokens[first - 1]?.lower ?? '')) return -1;
  // (so is an adjective's after a common noun no actor names: "to have found an employer willing to
  // sponsor them")
  if (readinessOfNoun(tokens, first) && !usable.some((m) => m.last === first - 1)) return -1;
  const own = commonNounSubject(tokens, first);
  for (let k = usable.length - 1; k >= 0; k--) {
    const m = usable[k];
    if (m.last >= first || m.first < from) continue;
    // ("I made a decision …, and at 00:00 today, 14 strategic bombers … were deployed": a verb's own
    // subject no actor names, past another verb and a conjunction, is no actor's)
    if (own > m.last && clauseBoundaryBetween(tokens, m.last + 1, own)) return -1;
    if (!m.inPP && !listed.has(m) && !participleObjectInSubject(tokens, m, from)) return k;
  }
  // "Security forces in Guinea have tortured": a name inside the subject phrase, no verb between it and the trigger
  for (let k = usable.length - 1; k >= 0; k--) {
    if (usable[k].last >= first || usable[k].first < from) continue;
    if (participleObjectInSubject(tokens, usable[k], from)) return -1;
    // (not a place where an act or a weapon struck: "attacks on trains in Mumbai killed 186", "a bomb
    // in Kabul wounded …" name no one who acted)
    if (isPlace(usable[k]) && eventHeadBetween(tokens, from, usable[k].first)) return -1;
    // ("The head of the World Trade Organization (WTO) has called": the name before the bracket)
    const j = tokens[usable[k].first - 1]?.text === '(' && usable[k - 1]?.last === usable[k].first - 2 ? k - 1 : k;
    if (!withoutBrackets(tokens.slice(usable[j].last + 1, first)).some((t) => t.pos === 'VERB' || isPunct(t))) return j;
    return -1;
  }
  return -1;
}

/** Adjectives of readiness, which a noun before them may take as their subject ("an employer willing to …"). */
const READINESS = new Set(['willing', 'unwilling', 'ready', 'prepared', 'eager', 'able']);

/**
 * Whether the trigger at `first` is an adjective of readiness right after the head of a noun phrase
 * (after a determiner, an adjective or a number, or a plural): "found an employer willing to sponsor
 * them", "6,000 households willing to take in …", not "are of course ready to …".
 */
function readinessOfNoun(tokens: Token[], first: number): boolean {
  const noun = tokens[first - 1];
  if (!READINESS.has(tokens[first].lower) || noun?.pos !== 'NOUN' || !/^\p{Ll}/u.test(noun.text)) return false;
  return OBJECT_LEAD_TAGS.has(tokens[first - 2]?.pos ?? '') || noun.lower !== noun.lemma;
}

/** Pronouns for people a participle after them describes ("those defending", "anyone attacking"). */
const PARTICIPLE_PRONOUNS = new Set(['those', 'others', 'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'all']);

/** Whether the word at i is a gerund after "by" ("by imposing severe costs"). */
const byGerund = (tokens: Token[], i: number): boolean =>
  tokens[i]?.pos === 'VERB' && /ing$/.test(tokens[i].lower) && tokens[i - 1]?.lower === 'by';

/**
 * The verb a gerund of means after "by" modifies, whose subject is the gerund's ("The United States is
 * helping Ukraine by imposing severe costs on Russia": the United States imposes, not Ukraine); -1 if
 * the trigger at `first` is none or no verb stands before it in its clause. A means coordinated with an
 * earlier one ("by continuing to provide … and by increasing pressure") modifies that one's verb.
 */
function meansHost(tokens: Token[], first: number, from: number): number {
  if (!byGerund(tokens, first)) return -1;
  let by = first - 1;
  if (tokens[by - 1]?.lower === 'and' || tokens[by - 1]?.text === ',') {
    for (let k = by - 2; k > from; k--) {
      if (byGerund(tokens, k + 1) && tokens[k].lower === 'by') {
        by = k;
        break;
      }
    }
  }
  for (let v = by - 1; v >= from; v--) {
    const t = tokens[v];
    if (t.text === ',' || t.text === ';') return -1;
    if (t.pos !== 'VERB' || participleBeforeNoun(tokens, v) || attributiveParticiple(tokens, v)) continue;
    // (not a gerund that modifies a noun: "the strongest possible negotiating position")
    if (/ing$/.test(t.lower) && tokens[v + 1]?.pos === 'NOUN' && MODIFIER_LEADS.has(tokens[v - 1]?.pos ?? '')) continue;
    return causedVerb(tokens, v, from);
  }
  return -1;
}

/** Tags of the words that may open a noun phrase before a modifier. */
const MODIFIER_LEADS = new Set(['DET', 'ADJ']);
/** Verbs whose object is the subject of a bare infinitive after it ("help Ukraine defend itself"). */
const CAUSING_VERBS = new Set(['help', 'let', 'make']);

/**
 * The verb that causes a bare infinitive at v with its own subject before it ("help Ukraine defend
 * itself"): a means after the infinitive is the causer's ("… defend itself by imposing costs on
 * Russia"); else v.
 */
function causedVerb(tokens: Token[], v: number, from: number): number {
  let k = v - 1;
  while (k > from && NOUN_PHRASE_TAGS.has(tokens[k].pos)) k--;
  return k < v - 1 && tokens[k].pos === 'VERB' && CAUSING_VERBS.has(tokens[k].lemma) ? k : v;
}
/** Tags of the words of a short noun phrase. */
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/** Words that may stand between a participle and its object's name ("holding the American journalist"). */
const OBJECT_LEAD_TAGS = new Set(['DET', 'ADJ', 'NUM']);

/**
 * Whether the mention is the object of an "-ing" participle that modifies the clause's subject, a
 * noun before it with no verb of the clause before that: "Abductors holding the journalist have made
 * demands" are the abductors', not the journalist's.
 */
function participleObjectInSubject(tokens: Token[], m: ActorMention, from: number): boolean {
  let p = m.first - 1;
  while (p > from && OBJECT_LEAD_TAGS.has(tokens[p].pos)) p--;
  return p > from && ingModifierOfSubject(tokens, p, from);
}

export interface Dyad {
  source: ActorRef[];
  target: ActorRef[];
  rule: string;
}

/**
 * Words that open a clause the main one follows after a comma, for an object's end: narrower than
 * closed-class.ts's SUBORDINATORS (after, before, while, since … join a time or a contrast whose object
 * the main clause may still name: "In the months leading up to and after Russia's invasion began, …").
 */
const CONDITION_OPENERS = new Set(['if', 'unless', 'when', 'once', 'although', 'though', 'because', 'whereas']);
/** The most tokens between a subordinator and the trigger of its clause, and between a comma and the next clause's verb. */
const SUBORDINATE_REACH = 10;

/**
 * Where the subordinate clause holding the trigger [first, last] ends: at the comma after it that
 * a clause with a verb of its own follows ("if Russia invaded, the United States … would impose").
 * `to` when no subordinator opens the trigger's clause near before it.
 */
function subordinateClauseEnd(tokens: Token[], from: number, first: number, last: number, to: number): number {
  let opened = false;
  for (let j = first - 1; j >= from && first - j <= SUBORDINATE_REACH; j--) {
    if (tokens[j].text === ',' || tokens[j].text === ';') break;
    if (CONDITION_OPENERS.has(tokens[j].lower)) {
      opened = true;
      break;
    }
  }
  if (!opened) return to;
  for (let j = last + 1; j < to; j++) {
    if (tokens[j].text !== ',') continue;
    for (let v = j + 1; v < to && v - j <= SUBORDINATE_REACH; v++) {
      const t = tokens[v];
      if (t.text === ',' || t.text === ';') break;
      if (v > j + 1 && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower) && tokens[v - 1].lower !== 'to')))
        return j;
    }
  }
  return to;
}

/** Relative pronouns that open a clause whose subject they are ("attacks that violated …"). */
const SUBJECT_RELATIVES = new Set(['that', 'which', 'who']);

/** The most tokens back from a relative clause's verb to the verb its clause hangs from. */
const RELATIVE_REACH = 20;

/**
 * Where the verb at v opens a relative clause on a noun, its subject the relative pronoun ("the Iranian
 * missile attacks near Erbil that violated …"; auxiliaries and adverbs may stand between), the verb of
 * the same form before that clause, with no stop between; else -1. (A "that" after a verb opens its
 * content, whose own verbs the trigger may join: "Thailand claimed that rangers … encountered Cambodian
 * troops and demanded …" is the rangers' demand.)
 */
function verbBeforeRelative(tokens: Token[], v: number): number {
  let opener = v - 1;
  while (opener > 0 && (tokens[opener].pos === 'AUX' || tokens[opener].pos === 'ADV')) opener--;
  if (!SUBJECT_RELATIVES.has(tokens[opener]?.lower ?? '')) return -1;
  const antecedent = tokens[opener - 1];
  if (!antecedent || (antecedent.pos !== 'NOUN' && antecedent.pos !== 'PROPN')) return -1;
  const form = verbForm(tokens[v]);
  for (let k = opener - 2; k >= 0 && v - k <= RELATIVE_REACH; k--) {
    if (isPunct(tokens[k]) || tokens[k].sentence !== tokens[v].sentence) return -1;
    if (tokens[k].pos === 'VERB' && verbForm(tokens[k]) === form) return k;
  }
  return -1;
}

/** The first token of the sentence holding token k. */
function sentenceStart(tokens: Token[], k: number): number {
  while (k > 0 && tokens[k - 1].sentence === tokens[k].sentence) k--;
  return k;
}

/**
 * The dyad of a trigger spanning tokens [first, last] in the clause [from, to), given the sentence's
 * actor mentions. `skip` tells mentions that cannot be actors (the X of "according to X").
 */
export function findDyad(
  tokens: Token[],
  mentions: ActorMention[],
  first: number,
  last: number,
  clause: { from: number; to: number },
  skip: (m: ActorMention) => boolean,
  lightVerb = false,
  /** A meeting's: a place after "in" or "at" is where it is held, not whom it meets. */
  meeting = false,
): Dyad {
  // (a compound's countries are sides only of the act it names: "U.S.-China cooperation",
  // "Israeli-Palestinian negotiations", not of a verb past "the U.S.-Tajikistan bilateral relationship")
  const usable = mentions.filter(
    (m) => !skip(m) && (m.compoundEnd === undefined || modifiesTrigger(tokens, m.compoundEnd, first)),
  );
  const listed = prepositionalListMembers(tokens, usable, clause.from);
  let head = subjectBefore(tokens, usable, listed, first, clause.from);
  let rule = 'subject-object';
  // "will welcome newly arrived Afghans to the United States and meet with staff": a verb right after
  // "and" whose earlier conjunct has its form shares that conjunct's subject, not its object
  const conjunct = head >= 0 ? earlierConjunct(tokens, usable[head], first, clause.from) : -1;
  if (conjunct >= 0) {
    // (none when the shared subject is no actor of this pass: the object is still not the subject)
    head = subjectBefore(tokens, usable, listed, conjunct, clause.from);
    // ("condemned the Iranian missile attacks near Erbil that violated Iraq’s sovereignty and expressed
    // solidarity with …": a relative clause's verb whose subject is no actor is no conjunct of an act;
    // the verb before it of the trigger's form is)
    // (the relative clause is a clause of its own: the search goes on past its start, to a stop)
    const outer = head < 0 ? verbBeforeRelative(tokens, conjunct) : -1;
    if (outer >= 0) head = subjectBefore(tokens, usable, listed, outer, sentenceStart(tokens, outer));
    rule = 'conjunct-subject';
  } else if (head >= 0) {
    // "They deplored President Putin's ruinous war …, reiterated …, and discussed …": the last of a
    // list of verb phrases shares the first one's subject
    const listHead = listHeadVerb(tokens, first, clause.from);
    if (listHead >= 0 && usable[head].first > listHead) {
      head = subjectBefore(tokens, usable, listed, listHead, clause.from);
      rule = 'list-subject';
    }
  }
  // ("spoke with … Le Drian to congratulate the French people … and to welcome …": an infinitive after
  // "and" shares the subject of the infinitive before it, not that one's object)
  const toAt = first > 0 && tokens[first - 1].lower === 'to' ? first - 1 : -1;
  const earlierTo =
    toAt > 0
      ? coordinatedInfinitiveTo(tokens, toAt, clause.from)
      : infinitiveOfBareConjunct(tokens, first, clause.from);
  if (earlierTo >= 0) {
    head = subjectBefore(tokens, usable, listed, earlierTo, clause.from);
    rule = 'coordinated-infinitive';
  }
  let before: ActorMention[] = head >= 0 ? coordinatedLeft(tokens, usable, head, clause.from, listed) : [];
  // ("The Secretary and Foreign Minister condemned …, and they discussed …": a "they" the entity layer
  // gave one of a pair opening the sentence is the pair)
  if (before.length === 1 && tokens[before[0].first].lower === 'they') {
    const pair = openingPair(tokens, usable, clause.from, before[0]);
    if (pair) before = pair;
    // (else, with no actor named before it in the sentence, the pair may be in the sentence before:
    // extract-events.ts reads it)
    else if (!usable.some((m) => m.last < before[0].first)) rule += THEY_ONE;
  }
  const agentTo = earlierTo >= 0 ? earlierTo : toAt;
  if (agentTo >= 0) {
    // an infinitive takes the actor named just before it: "call on North Korea to ... not to supply", "for use ... to attack"
    const near = usable.filter((m) => m.last < agentTo && m.first >= clause.from).pop();
    // (not a place or a party of an adjunct: "met with Le Drian on the sidelines of the Munich
    // Security Conference to discuss …" is the subject's purpose)
    // (nor a possessor whose noun a comma or "and" parts from the infinitive: "to those fleeing Russia’s
    // aggression, and to press the Kremlin to end …" is the subject's pressing; "China's refusal to
    // renew …", "Ukraine's diplomatic efforts to reach …" are the possessor's)
    const possessor =
      !!near &&
      /^['’]s?$/.test(tokens[near.last + 1]?.text ?? '') &&
      tokens.slice(near.last + 2, agentTo).some((t) => t.text === ',' || t.lower === 'and');
    if (
      near &&
      !possessor &&
      !adjunctObject(tokens, near, clause.from, listed.has(near)) &&
      (!before.length || near.first > before[0].last)
    ) {
      before = [near];
      rule = 'infinitive-agent';
    }
  }
  if (!before.length && tokens[clause.from].lower === 'but') {
    // "Benin opened its borders ..., but was still refusing admittance": a verb phrase coordinated to the
    // sentence's first takes its subject
    const bare = tokens
      .slice(clause.from + 1, first)
      .every((t) => t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART');
    const subject = usable.find((m) => !m.inPP && m.last < clause.from);
    if (bare && subject) {
      before = [subject];
      rule = 'coordinated-subject';
    }
  }
  const rel = tokens[clause.from];
  // the noun a relative clause follows ("Palestinian gunmen who ...")
  // (or the name modifying the noun it follows: "the Hamas movement, which does not recognise Israel")
  // (past a participle modifying the noun: "an Egyptian cleric living in Italy who was abducted" is
  // the cleric, not Italy)
  const relativeAntecedent = () =>
    usable
      .filter(
        (m) =>
          m.last < clause.from &&
          (clause.from - m.last <= 2 + (headNounAfter(tokens, m.last) ? 1 : 0) ||
            participleModifierBetween(tokens, m.last + 1, clause.from)),
      )
      .filter(
        (m) =>
          !tokens.slice(m.last + 1, clause.from).some((t) => t.pos === 'VERB' || t.pos === 'AUX') ||
          participleModifierBetween(tokens, m.last + 1, clause.from),
      )
      .filter((m) => !locativePlace(tokens, m) || !participleModifierBetween(tokens, m.first - 2, clause.from))
      .pop();
  if (clause.from < first && matrixAfterRelative(tokens, clause.from, first)) {
    // "Palestinian gunmen who attacked an Israeli bus were arrested": the verb after the relative clause is
    // the sentence's own, and its subject is the noun the relative clause follows
    const antecedent = relativeAntecedent();
    if (antecedent) {
      before = [antecedent];
      rule = 'relative-matrix';
    }
  }
  // (only where the relative word is the clause's subject: "the U.S. determination that members of the
  // military committed genocide" has a subject of its own, and its "that" opens no relative clause)
  const afterRel = tokens[clause.from + 1];
  // (nor where a pronoun is: "it's official ACLU policy, which I wholeheartedly endorse")
  const ownSubject =
    clause.from + 1 < first &&
    ((rel.lower === 'that' && (afterRel.pos === 'NOUN' || afterRel.pos === 'PROPN' || afterRel.pos === 'DET')) ||
      ((rel.lower === 'which' || rel.lower === 'that' || rel.lower === 'whom') && afterRel.pos === 'PRON'));
  if (!before.length && clause.from < first && RELATIVE.has(rel.lower) && !ownSubject) {
    // "weapons to Russia that will end up killing ...": the relative clause's subject is what it follows
    // ("claimed that ISIL had attacked": a "that" after a verb opens a complement, not a relative clause)
    const antecedent = relativeAntecedent();
    if (antecedent) {
      before = [antecedent];
      rule = 'relative-subject';
    }
  }
  // ("blew up the outer wall of the Jericho prison compound and IDF helicopters fired missiles": the
  // object ends where "and" opens a clause with a subject of its own)
  // (nor past the comma that closes a subordinate clause the trigger stands in: "if Russia invaded,
  // the United States … would impose …" invades no one)
  const objectEnd = Math.min(
    clause.to,
    nextClauseAfterAnd(tokens, usable, last, clause.to),
    subordinateClauseEnd(tokens, clause.from, first, last, clause.to),
  );
  // (a long title before the name counts from its start: "met with the People’s Republic of China (PRC)
  // Special Representative for Korean Peninsula Affairs Liu Xiaoming")
  const reachable = (m: ActorMention) =>
    m.first > last &&
    m.first < objectEnd &&
    (m.titledFrom ?? m.first) <= last + TARGET_REACH &&
    !gerundPhraseBetween(tokens, last, m.first);
  // ("met today in Brussels with NATO Deputy Secretary General Mircea Geoană": a place after "in" or
  // "at" is where a meeting is held, not whom it meets, when a person or a body is named after it; alone,
  // it stands for its country's side, as PETRARCH codes a meeting "in Beijing")
  const someone = (m: ActorMention) => m.entity?.type === 'PERSON' || m.entity?.type === 'ORG';
  const venue = meeting
    ? usable.find((m) => reachable(m) && m.first - 1 > last && locativePlace(tokens, m))
    : undefined;
  // ("met today in Muscat with Deputy Foreign Minister Sheikh Khalifa Al Harthy": a named partner
  // "with" right after the place is the one met, as far past the place as past the trigger, and where
  // no actor code names them the place is still none; "meet in Georgia with government, opposition,
  // and civil society leaders" meets Georgia's)
  const withPartner = !!venue && namedPartnerAfter(tokens, venue.last + 1, clause.to);
  const pastVenue = (m: ActorMention) =>
    reachable(m) ||
    (withPartner && m.first > venue!.last && m.first < clause.to && m.first <= venue!.last + TARGET_REACH);
  const met = venue ? usable.findIndex((m) => pastVenue(m) && someone(m)) : -1;
  const metUncoded = withPartner && met < 0;
  const afterIdx = met >= 0 ? met : metUncoded ? -1 : usable.findIndex(reachable);
  let after: ActorMention[] = afterIdx >= 0 ? coordinatedRight(tokens, usable, afterIdx, objectEnd) : [];
  // "gave the Ivory Coast 5.1 million dollars": the object stands inside the trigger's own span; where
  // the trigger ends in the infinitive's "to" ("ordered the IAEA to discontinue … of Iran's facilities"),
  // that object is the one addressed, whatever the infinitive names after
  // (not a possessive pronoun: "asked our Congress for …")
  const inside = usable.find(
    (m) =>
      m.first > first &&
      m.last < last &&
      !m.inPP &&
      !before.includes(m) &&
      !POSSESSIVE_DETERMINERS.has(tokens[m.first].lower),
  );
  if (inside && (!after.length || tokens[last].lower === 'to')) after = [inside];
  // a possessor inside it is whose act the trigger answers, in a preposition's phrase too: "expressed
  // his gratitude for Oman's support securing the furlough of Morad Tabhaz" thanks Oman
  const possessor = usable.find(
    (m) => m.first > first && m.last < last && !before.includes(m) && /^['’]s?$/.test(tokens[m.last + 1]?.text ?? ''),
  );
  if (possessor) after = [possessor];
  const that = complementThat(tokens, last, clause.to);
  if (!after.length && that >= 0) {
    // "demanded (on Friday) that Russia withdraw": the addressee opens the complement clause
    const k = usable.findIndex((m) => m.first > that && m.first <= that + 4);
    if (k >= 0) after = coordinatedRight(tokens, usable, k, tokens.length);
  }
  const finitePassive = !lightVerb && isPassive(tokens, first, last, clause.from);
  if (finitePassive || (!lightVerb && reducedRelativePassive(tokens, first, last))) {
    // "indicted by the U.N. war crimes court": the agent after "by" and its determiners
    const by = titledHolder(
      tokens,
      usable,
      usable.find((m) => m.first > last && m.first < clause.to && afterBy(tokens, m, last)),
    );
    // (a participle after its noun acts on that noun only: "the EU High Commissioner at the …
    // Ministerial Meeting hosted by …" hosts the meeting, not the EU)
    const byAfter = tokens[last + 1]?.lower === 'by';
    const setOff = tokens[first - 1]?.text === ',' ? 1 : 0;
    const patient =
      finitePassive || !byAfter
        ? before
        : before.filter((m) => m.last >= first - 1 - setOff - adverbsBefore(tokens, first));
    // "were killed in Israeli tank shelling": with no "by", a people named as the modifier of the weapon
    // or attack after "in" is the agent
    const modifier = usable.find(
      (m) =>
        m.first > last &&
        m.first <= last + 3 &&
        m.entity?.type === 'NORP' &&
        /^(in|during)$/.test(tokens[m.first - 1]?.lower ?? '') &&
        tokens[m.last + 1]?.pos === 'NOUN',
    );
    // ("a statement backed by the United States, Britain, and France": every agent the list names)
    // (not a possessive's: "backed by the United States and our allies" is no act of the speaker's)
    const agents = by
      ? coordinatedRight(tokens, usable, usable.indexOf(by), objectEnd).filter(
          (m) => m === by || !POSSESSIVE_DETERMINERS.has(tokens[m.first].lower),
        )
      : [];
    // (right to left, as the subjects before a verb are gathered)
    before = agents.length ? [...agents].reverse() : by ? [by] : modifier ? [modifier] : [];
    // (nor the people naming the agent's title: "by Sudanese Vice President Ali Osman Taha")
    let byWord = by ? by.first - 1 : -1;
    while (byWord > last && tokens[byWord].lower !== 'by') byWord--;
    after = patient.length
      ? patient
      : after.filter(
          (m) => m !== by && m !== modifier && !agents.includes(m) && !(by && m.first > byWord && m.last < by.first),
        );
    rule = by ? 'passive-agent' : 'passive';
  } else if (before.length && passiveBeforeAdjunct(tokens, first, before[0].last + 1)) {
    // "No Americans were reportedly harmed in the attack": the subject of a passive is what the
    // attack its adjunct names befell, not who made it
    after = before;
    before = [];
    rule = 'passive-adjunct';
  }
  // "any further military aggression by Russia against Ukraine", "a state of total military aggression
  // by the Russian navy": an act named by a noun has its agent after "by", its target after "against"
  const agent = nounAgent(tokens, usable, last);
  if (agent) {
    before = [agent];
    const against = usable.find(
      (m) => m.first > agent.last && m.first - agent.last <= 2 && NOUN_TARGET_LEADS.has(tokens[m.first - 1].lower),
    );
    after = against ? coordinatedRight(tokens, usable, usable.indexOf(against), objectEnd) : [];
    rule = 'noun-agent';
  }
  const src = dedupe(before);
  const srcIds = new Set(src.map((m) => m.entity?.id ?? m.actor));
  const tgt = dedupe(after).filter((m) => !srcIds.has(m.entity?.id ?? m.actor));
  return { source: src.reverse().map(toRef), target: tgt.map(toRef), rule };
}
