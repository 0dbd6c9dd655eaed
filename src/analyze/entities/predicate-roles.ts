// The entity-predicate-roles component: titles a sentence gives a named person as its predicate
// ("Kirby is the NSC coordinator", "Ambassador Manes previously served as U.S. Ambassador to El
// Salvador", "John Smith, who was appointed foreign minister in 2012, …"). Each is a role with its
// span, like the titles written beside a name (roles.ts); one the person held before ("served as",
// "was", "previously") is marked `former` and gives the person no actor.
import type { ArticleDocument, EntityRecord, Token } from '../document.js';
import type { Component } from '../pipeline.js';
import { lookupName } from './kb.js';
import { lexiconSets } from './lexicon.js';
import { roleOfTitleSpan, timeAdjunctAt, titleRange, titleTokenAt, tokenEnd } from './roles.js';
import { dropTitleFragments } from './title-fragments.js';

const MAX_TITLE_TOKENS = 12;

/** Adverbs that may stand between the subject, the verb and the title ("is currently the …"). */
const ADVERBS = new Set(['also', 'now', 'currently', 'still', 'recently', 'later', 'subsequently', 'most']);
/** Adverbs that put the title in the past ("previously served as", "was once"). */
const PAST_ADVERBS = new Set(['previously', 'formerly', 'once', 'earlier', 'briefly', 'then']);
/** Participles of taking an office: the person holds it since ("was appointed foreign minister"). */
const APPOINTED = new Set(['appointed', 'named', 'elected', 'installed', 're-elected', 'reelected', 'chosen']);

interface Predicate {
  /** The token where the title may open. */
  at: number;
  /** Whether the sentence puts the title in the past. */
  former: boolean;
}

/**
 * The verb phrase after a subject ending before token k that gives it a title, where the title may
 * open and whether it is past; null where none does. "serve(s/d) as", "is/was", "has/had been",
 * "became", "was appointed/named/elected (as)", "was sworn in as", with adverbs between.
 */
function predicateAfter(toks: readonly Token[], k: number): Predicate | null {
  let former = false;
  const skipAdverbs = () => {
    while (k < toks.length && (ADVERBS.has(toks[k].lower) || PAST_ADVERBS.has(toks[k].lower))) {
      if (PAST_ADVERBS.has(toks[k].lower)) former = true;
      k++;
    }
  };
  skipAdverbs();
  const w = toks[k]?.lower;
  if (w === 'has' || w === 'have' || w === 'had') {
    if (w === 'had') former = true;
    k++;
    skipAdverbs();
    const v = toks[k]?.lower;
    if (v !== 'been' && v !== 'served') return null;
    if (v === 'served') return toks[k + 1]?.lower === 'as' ? { at: k + 2, former } : null;
    k++;
  } else if (w === 'served' || w === 'serves' || w === 'serving') {
    if (w === 'served') former = true;
    return toks[k + 1]?.lower === 'as' ? { at: k + 2, former } : null;
  } else if (w === 'is' || w === 'was' || w === 'remains') {
    if (w === 'was') former = true;
    k++;
  } else if (w === 'became') {
    k++;
  } else return null;
  skipAdverbs();
  // "was appointed (as) foreign minister", "was sworn in as president": the office is held since
  const v = toks[k]?.lower ?? '';
  if (APPOINTED.has(v)) return { at: toks[k + 1]?.lower === 'as' ? k + 2 : k + 1, former: false };
  if (v === 'sworn' && toks[k + 1]?.lower === 'in' && toks[k + 2]?.lower === 'as') return { at: k + 3, former: false };
  return { at: k, former };
}

/** Whether the token names a country or is its demonym ("U.S.", "Russian"). */
function countryWord(t: Token): boolean {
  const kind = lookupName(t.text)?.kind;
  return kind === 'country' || kind === 'demonym';
}

/** Whether token k may open a title given as a predicate: a title's word, a country's, or a capitalised name's. */
function opensTitle(doc: ArticleDocument, k: number): boolean {
  const lex = lexiconSets();
  const t = doc.tokens[k];
  if (lex.titleHeads.has(t.lower) || lex.titleModifiers.has(t.lower) || countryWord(t)) return true;
  return /^\p{Lu}/u.test(t.text) && t.pos !== 'DET' && t.pos !== 'PRON';
}

/** Whether token k lies in the name of a person other than `entity`. */
function otherPerson(doc: ArticleDocument, k: number, entity: EntityRecord): boolean {
  const hit = doc.entityAt(doc.tokens[k].start);
  return !!hit && hit.entity !== entity && hit.entity.type === 'PERSON' && hit.mention.kind === 'name';
}

/**
 * The token range of the title given as a predicate from token a, or null: the title's words up to
 * where the sentence goes on with a preposition, a conjunction, a clause or its end ("… to El
 * Salvador | from 2016 to 2019", "the NSC coordinator | ."), never across another person's name,
 * and holding a title word that no possessive makes another's ("the president's son").
 */
function predicateTitle(doc: ArticleDocument, a: number, entity: EntityRecord): [number, number] | null {
  const toks = doc.tokens;
  const lex = lexiconSets();
  if (a >= toks.length || !opensTitle(doc, a)) return null;
  const sentence = toks[a].sentence;
  let b = a;
  while (b < toks.length && b - a < MAX_TITLE_TOKENS && toks[b].sentence === sentence && titleTokenAt(toks, b)) {
    // (another person's name only as whom the office serves: "National Security Advisor to President
    // Barack Obama"; not "the deputy of Foreign Minister John Smith is …" read as Smith's title)
    if (otherPerson(doc, b, entity) && !servedAfter(toks, a, b)) return null;
    b++;
  }
  const next = toks[b];
  // (the sentence goes on past the title: not with a verb or an infinitive, "the first president to
  // visit", nor with words the walk left, a run too long to be one title)
  if (next && next.sentence === sentence) {
    if (['VERB', 'AUX', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PART'].includes(next.pos) || next.lower === 'to') return null;
  }
  // (when or how long it was held is no part of it: "foreign secretary | in 2019", "Secretary of
  // State | for 43 months", "head of network design | at the time")
  const held = timeAdjunctAt(toks, a, b);
  if (held >= 0 && held < b) b = held;
  for (let k = a + 1; k < b; k++) if (heldFor(toks, k)) b = k;
  while (b > a && (lex.titleGlue.has(toks[b - 1].lower) || toks[b - 1].text === '.')) b--;
  let lastHead = -1;
  let possessive = -1;
  for (let k = a; k < b; k++) {
    if (lex.titleHeads.has(toks[k].lower)) lastHead = k;
    if (/^['’]s$/.test(toks[k].text)) possessive = k;
  }
  if (lastHead < possessive) return null;
  return titleRange(toks as Token[], a, b);
}

/** Words that tie an office to the person it serves ("adviser to", "spokesman for"). */
const SERVING = new Set(['to', 'for']);

/**
 * Whether the person's name at token b follows a title head and a serving word, with only title
 * words, determiners and demonyms between ("Advisor to President | Barack Obama").
 */
function servedAfter(toks: readonly Token[], a: number, b: number): boolean {
  const lex = lexiconSets();
  let k = b - 1;
  while (
    k > a &&
    (lex.titleHeads.has(toks[k].lower) ||
      lex.titleModifiers.has(toks[k].lower) ||
      /^\p{Lu}/u.test(toks[k].text) ||
      toks[k].lower === 'the') &&
    !SERVING.has(toks[k].lower)
  )
    k--;
  return k > a && SERVING.has(toks[k].lower) && lex.titleHeads.has(toks[k - 1]?.lower ?? '');
}

/** Whether a phrase of how long or when a title was held opens at token k ("for three years", "at the time"). */
function heldFor(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (t.lower === 'for') return toks[k + 1]?.pos === 'NUM';
  return t.lower === 'at' && toks[k + 1]?.lower === 'the' && toks[k + 2]?.lower === 'time';
}

/** Words before a name that make it no subject of what follows ("the wife of John Smith is …", "Smith and Jones served"). */
const NOT_SUBJECT_BEFORE = new Set(['of', 'by', 'with', 'to', 'for', 'and', 'or', 'from', 'than', 'as']);

/**
 * The role the predicate after token k gives `entity` (the subject ending before k), added with its
 * span; whether one was.
 */
function addPredicateRole(doc: ArticleDocument, entity: EntityRecord, k: number): boolean {
  const toks = doc.tokens;
  // "John Smith, who served as …"
  if (toks[k]?.text === ',' && toks[k + 1]?.lower === 'who') k += 2;
  const predicate = predicateAfter(toks, k);
  return !!predicate && addRoleAt(doc, entity, predicate);
}

/** Verbs of giving someone an office, whose object "as" a title then holds it ("announce Kenneth D. Ward as the U.S. Special Representative …"). */
const APPOINTING = new Set(['appoint', 'name', 'announce', 'designate', 'select', 'choose', 'tap', 'install']);

/**
 * The role an appointing verb before the name gives it "as" a title after it, where the name at
 * token `at` ending before token `end` is that verb's object; whether one was added.
 */
function addObjectRole(doc: ArticleDocument, entity: EntityRecord, at: number, end: number): boolean {
  const toks = doc.tokens;
  if (toks[end]?.lower !== 'as') return false;
  // (past the title the name has now: "designated Ambassador Jean Manes as Chargé d’affaires …")
  const lex = lexiconSets();
  let verb = at - 1;
  while (
    verb > 0 &&
    at - verb <= MAX_TITLE_TOKENS &&
    (lex.titleHeads.has(toks[verb].lower) || lex.titleModifiers.has(toks[verb].lower))
  )
    verb--;
  if (!APPOINTING.has(toks[verb]?.lemma ?? '')) return false;
  return addRoleAt(doc, entity, { at: end + 1, former: false }, 'appointed-as');
}

/** The role a predicate's title gives `entity`, added with its span; whether one was. */
function addRoleAt(doc: ArticleDocument, entity: EntityRecord, predicate: Predicate, rule = 'predicate'): boolean {
  const toks = doc.tokens;
  let a = predicate.at;
  // ("who is our Deputy Permanent Representative …" in a government's briefing)
  if (['the', 'a', 'an', 'our'].includes(toks[a]?.lower ?? '')) a++;
  const span = predicateTitle(doc, a, entity);
  if (!span) return false;
  const made = roleOfTitleSpan(doc, toks[span[0]].start, toks[span[1] - 1].end, rule);
  if (!made) return false;
  const { role, actor } = made;
  if (entity.roles.some((r) => r.span.start === role.span.start && r.span.end === role.span.end)) return false;
  if (predicate.former) role.former = true;
  entity.roles.push(role);
  // the article's word on a title held now gives the person a country and an actor they lack
  if (!entity.country && role.country) entity.country = role.country;
  if (!entity.actor && actor && !role.former) entity.actor = actor;
  return true;
}

/** Words that may stand before a person's name opening a sentence ("Ambassador", "Mr.", "the", "U.S."). */
function leadWord(doc: ArticleDocument, k: number): boolean {
  const t = doc.tokens[k];
  const lex = lexiconSets();
  if (
    lex.titleHeads.has(t.lower) ||
    lex.titleModifiers.has(t.lower) ||
    lex.courtesyTitles.has(t.lower.replace(/\.$/, ''))
  )
    return true;
  return t.text === '.' || t.lower === 'the' || countryWord(t);
}

/** How many words of titles may stand before the name opening a sentence. */
const MAX_LEAD_WORDS = 6;

/**
 * The person a "He" or "She" opening the sentence at token k continues: the one whose name opens
 * the sentence before, after its titles ("Thomas E. Donilon is Chairman of … He served as …"), and
 * the only person that sentence names ("John Smith met Mary Jones. She is …" may be either).
 */
function continuedPerson(doc: ArticleDocument, k: number): EntityRecord | null {
  const toks = doc.tokens;
  const previous = doc.sentences[toks[k].sentence - 1];
  if (!previous) return null;
  for (let j = previous.firstToken; j < previous.endToken && j - previous.firstToken <= MAX_LEAD_WORDS; j++) {
    const hit = doc.entityAt(toks[j].start);
    if (hit && hit.mention.kind === 'name' && hit.mention.start === toks[j].start) {
      if (hit.entity.type !== 'PERSON' || /^['’]s/.test(doc.text.slice(hit.mention.end, hit.mention.end + 2)))
        return null;
      for (let o = j + 1; o < previous.endToken; o++) if (otherPerson(doc, o, hit.entity)) return null;
      return hit.entity;
    }
    if (!leadWord(doc, j)) return null;
  }
  return null;
}

export function findPredicateRoles(doc: ArticleDocument): void {
  const toks = doc.tokens;
  for (const entity of doc.entities) {
    if (entity.type !== 'PERSON') continue;
    for (const mention of [...entity.mentions]) {
      if (mention.kind !== 'name') continue;
      const at = doc.tokenIndexAt(mention.start);
      if (addObjectRole(doc, entity, at, tokenEnd(doc, mention))) continue;
      if (NOT_SUBJECT_BEFORE.has(toks[at - 1]?.lower ?? '')) continue;
      addPredicateRole(doc, entity, tokenEnd(doc, mention));
    }
  }
  // "He served as National Security Advisor …" right after a sentence that opens with the person
  for (const s of doc.sentences) {
    const k = s.firstToken;
    if (!PRONOUNS.has(toks[k]?.text ?? '')) continue;
    const person = continuedPerson(doc, k);
    if (!person || !addPredicateRole(doc, person, k + 1)) continue;
    person.mentions.push({
      start: toks[k].start,
      end: toks[k].end,
      text: toks[k].text,
      kind: 'pronoun',
      rule: 'predicate-subject',
    });
  }
}

/** How many roles the document's people hold. */
function roleCount(doc: ArticleDocument): number {
  let n = 0;
  for (const e of doc.entities) n += e.roles.length;
  return n;
}

/** Sentence-opening pronouns a predicate's title may be given to. */
const PRONOUNS = new Set(['He', 'She']);

export const entityPredicateRoles: Component = {
  name: 'entity-predicate-roles',
  needs: ['entities', 'roles'],
  adds: ['roles'],
  run(doc) {
    try {
      const before = roleCount(doc);
      findPredicateRoles(doc);
      // (a title read here may hold a piece the recogniser read as a name: "who is our Deputy
      // Permanent Representative to the United Nations" with "Deputy Permanent" a body)
      if (roleCount(doc) > before) dropTitleFragments(doc);
    } catch (err) {
      process.emitWarning(`entity-predicate-roles: ${(err as Error).message} in ${doc.id}`);
    }
  },
};
