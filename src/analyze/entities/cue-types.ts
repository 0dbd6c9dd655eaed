// One name, one kind of thing in a document, where the words around one of its mentions say which:
// "Aeroflot" read as a person in the headline is the body that "flag carrier Aeroflot" names below.
import type { ArticleDocument } from '../document.js';
import type { EntityType } from '../types.js';
import { englishGivenNames } from './data.js';
import { lookupName } from './kb.js';
import { lexiconSets } from './lexicon.js';
import { KINSHIP_WORDS } from './name-gender.js';
import { typedName, type TypedName } from './typing.js';

/** Typing rules that rest on a cue in the text (a body's kind before the name, a head word in it). */
const CUE_RULE =
  /(?:^|\+)(?:body-noun|facility-head|event-head|org-head|settlement-noun|body-apposition|person-cue|town-of-region)$/;

/** Whether only the recogniser's reading typed the mention: no KB hit and no rule of the entity layer. */
const modelOnly = (n: TypedName) => !n.hit && !n.rule.includes('+');

/**
 * Mentions typed by the recogniser alone take the type a cue gave another mention of the very same
 * text (when the cued mentions agree), then, between a person and a body, the type most of the
 * name's other mentions have; a country's name before a body read so elsewhere is that body. A KB hit or another rule of the entity layer is left as it is (New
 * York the team and the city are both read from their own context).
 */
export function typesFromCuedMentions(doc: ArticleDocument, typed: TypedName[]): TypedName[] {
  return placesReadElsewhere(
    doc,
    placesAfterLocatives(
      doc,
      countryAndBody(
        doc,
        personOrBodyByMajority(
          doc,
          fromCues(
            doc,
            typed.map((n) => personCued(doc, n)),
          ),
        ),
      ),
    ),
  );
}

/** Words of thanks or greeting before a comma and the name of the one addressed ("Thanks, Cindy.", "Hi, Kristina."). */
const THANKS = new Set(['thanks', 'you', 'much', 'hi', 'hello', 'morning', 'afternoon', 'evening', 'yes', 'sorry']);
/** Words after a name opening a sentence and its comma that speak to its bearer ("Said, your line is open."). */
const SPOKEN_TO = new Set(['your', 'you', 'please', 'go']);
/** Punctuation that closes a name said to someone. */
const ADDRESS_END = new Set(['.', ',', '?', '!']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'my', 'our', 'your', "'s", '’s']);

/**
 * Whether the name tokens [k, last] are said to someone: thanked or greeted ("Thanks, Cindy.", "Thank
 * you very much, Ethan.", "Hi, Kristina."), called on opening a sentence ("Endale, your line is
 * open.") or, by a given name, given the floor in a transcript's turn of their own ("MR PRICE: Matt.").
 */
export function addressed(doc: ArticleDocument, k: number, last: number): boolean {
  const toks = doc.tokens;
  const next = toks[last + 1];
  if (!next || !ADDRESS_END.has(next.text)) return false;
  if (toks[k - 1]?.text === ',' && THANKS.has(toks[k - 2]?.lower ?? '')) return true;
  const opens = !toks[k - 1] || toks[k - 1].sentence !== toks[k].sentence;
  if (opens && next.text === ',' && SPOKEN_TO.has(toks[last + 2]?.lower ?? '')) return true;
  // (a turn of one word may be a word of thanks in another language: "Shukran.")
  if (toks[k - 1]?.text !== ':' || next.text !== '.' || k !== last || !englishGivenNames().has(toks[k].text))
    return false;
  const after = toks[last + 2];
  // (the line break may be a token of its own)
  return !after || after.text.includes('\n') || doc.text.slice(next.end, after.start).includes('\n');
}

/** Nouns whose "of" only a person follows ("the assassination of Qasem Soleimani", "the widow of …"). */
const PERSON_OF_NOUNS = new Set([
  'assassination',
  'assassin',
  'assassins',
  'widow',
  'widower',
  'murderer',
  'biographer',
]);

/** Reflexives that only a person's name takes ("Khadr himself remained …"). */
const PERSON_REFLEXIVES = new Set(['himself', 'herself']);

/**
 * A name the recogniser alone read as something else is a person where the words around it say so
 * (rule `+person-cue`): a reflexive after it ("Khadr himself"), an assassination or a widow "of" it,
 * an age or a birthplace before it ("the 27-year old Khadr", "the Ottawa-born Khadr") or an age set off after it ("Khadr, 27,").
 */
function personCued(doc: ArticleDocument, n: TypedName): TypedName {
  if (n.type === 'PERSON' || !modelOnly(n)) return n;
  const toks = doc.tokens;
  const k = doc.tokenIndexAt(n.start);
  let last = k;
  while (last + 1 < toks.length && toks[last + 1].end <= n.end) last++;
  const before = (d: number) => toks[k - d]?.lower ?? '';
  const after = (d: number) => toks[last + d];
  const hyphened = (d: number) => before(d) === '-' && toks[k - d].start === toks[k - d - 1]?.end;
  const cued =
    PERSON_REFLEXIVES.has(after(1)?.lower ?? '') ||
    addressed(doc, k, last) ||
    (KINSHIP_WORDS.has(before(1)) && POSSESSIVE_DETERMINERS.has(before(2))) ||
    (before(1) === 'of' && PERSON_OF_NOUNS.has(before(2))) ||
    (before(1) === 'born' && hyphened(2)) ||
    (before(1) === 'old' && (before(2) === 'year' || (before(2) === '-' && before(3) === 'year'))) ||
    (after(1)?.text === ',' && /^\d{1,3}$/.test(after(2)?.text ?? '') && after(3)?.text === ',');
  if (!cued) return n;
  // (a body or a place has an age too: "the 34-year-old Tent Embassy"; a title alone, or an
  // abbreviated one ("the PM himself"), is no person's name)
  const lex = lexiconSets();
  const words = doc.slice(n).toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  const heads = [
    lex.orgHeads,
    lex.genericBodyWords,
    lex.bodyEndWords,
    lex.facilityHeads,
    lex.placeHeads,
    lex.titleHeads,
  ];
  if (heads.some((set) => set.has(head)) || /^\p{Lu}{2,4}$/u.test(doc.slice(n))) return n;
  return typedName(n, 'PERSON', undefined, `${n.rule}+person-cue`);
}

/** Prepositions of place before a name ("in Khan Younis", "near Kerem Shalom", "at Musa Quala"). */
const LOCATIVES = new Set(['in', 'near', 'at']);

/**
 * Words of a journey before "to" and its destination ("traveled to Hama", "a visit to Rzeszow", "are
 * being moved to Dahuk"); not "go" or "come", which a press call's host says of the next questioner.
 */
const JOURNEY_WORDS = new Set([
  'travel',
  'travels',
  'traveled',
  'travelled',
  'traveling',
  'travelling',
  'trip',
  'visit',
  'journey',
  'flew',
  'fled',
  'moved',
  'evacuated',
  'deployed',
]);

/** Whether the token before the name at k is a preposition of place, an assault on a place, or "to" after a word of a journey. */
function placePrepositionBefore(doc: ArticleDocument, k: number): boolean {
  const prev = doc.tokens[k - 1]?.lower ?? '';
  if (/^['’]s$/.test(prev)) return placeOfPlaceBefore(doc, k - 1);
  return (
    LOCATIVES.has(prev) ||
    PLACE_ASSAULTS.has(prev) ||
    (prev === 'to' && JOURNEY_WORDS.has(doc.tokens[k - 2]?.lower ?? ''))
  );
}

/** Verbs of an assault whose object is a place, never a person ("troops raided Jenin", "shelled Kharkiv"). */
const PLACE_ASSAULTS = new Set([
  'raided',
  'raiding',
  'shelled',
  'shelling',
  'bombarded',
  'bombarding',
  'besieged',
  'besieging',
  'stormed',
  'storming',
]);

/** The most words of a place's name before its possessive mark. */
const MAX_OWNER_WORDS = 3;
/** KB kinds of places whose possessive may own a place ("at Jerusalem's Haram al-Sharif"). */
const OWNER_KINDS: ReadonlySet<string> = new Set(['capital', 'city', 'country', 'region']);

/**
 * Whether a town or country the KB knows stands before the possessive mark at `mark`, after a
 * preposition of place: "at Jerusalem's Haram al-Sharif", "in Moscow's Red Square" name a place of it.
 */
function placeOfPlaceBefore(doc: ArticleDocument, mark: number): boolean {
  const toks = doc.tokens;
  let j = mark - 1;
  while (j >= 0 && mark - j <= MAX_OWNER_WORDS && /^\p{Lu}/u.test(toks[j].text)) j--;
  if (j === mark - 1) return false;
  const kind = lookupName(doc.text.slice(toks[j + 1].start, toks[mark - 1].end))?.kind;
  const lead = toks[j]?.lower === 'the' ? toks[j - 1] : toks[j];
  return !!kind && OWNER_KINDS.has(kind) && LOCATIVES.has(lead?.lower ?? '');
}

/**
 * "Gunmen stormed a building in Khan Younis", "an attack near Kerem Shalom", "Ambassador Ford traveled
 * to Hama": a name the recogniser alone read as a person, whose every mention in the article follows a
 * preposition of place or a journey's "to" (and none is a possessive), is a place (rule `+after-locative`): a lake, an island, a mountain (LOC)
 * or a hall, an airport (FAC) by its head word, else a town (GPE).
 */
function placesAfterLocatives(doc: ArticleDocument, typed: TypedName[]): TypedName[] {
  if (!typed.some((n) => n.type === 'PERSON' && modelOnly(n))) return typed;
  const toks = doc.tokens;
  const located = new Map<string, boolean>();
  for (const n of typed) {
    const text = doc.slice(n);
    const k = doc.tokenIndexAt(n.start);
    let last = k;
    while (last + 1 < toks.length && toks[last + 1].end <= n.end) last++;
    const locative =
      n.type === 'PERSON' &&
      modelOnly(n) &&
      placePrepositionBefore(doc, k) &&
      !/^['’]s?$/.test(toks[last + 1]?.text ?? '');
    located.set(text, (located.get(text) ?? true) && locative);
  }
  const lex = lexiconSets();
  return typed.map((n) => {
    if (n.type !== 'PERSON' || !located.get(doc.slice(n))) return n;
    const words = doc.slice(n).toLowerCase().split(/\s+/);
    const type: EntityType = words.some((w) => lex.placeHeads.has(w))
      ? 'LOC'
      : words.some((w) => lex.facilityHeads.has(w))
        ? 'FAC'
        : 'GPE';
    return typedName(n, type, n.hit, `${n.rule}+after-locative`);
  });
}

const PLACE_TYPES = new Set<EntityType>(['GPE', 'LOC', 'FAC']);

/**
 * "projects in Har Homa and Maale Adumim … another 240 in Maale Adumim", "Israel annexed East
 * Jerusalem" after "in East Jerusalem": a name of several words the recogniser alone read as a person
 * or a body is the place it read right after a preposition of place elsewhere in the article, when
 * its place readings are at least as many (rule `+place-elsewhere`).
 */
function placesReadElsewhere(doc: ArticleDocument, typed: TypedName[]): TypedName[] {
  const toks = doc.tokens;
  /** Text → the type of its model-only place reading after "in", "near" or "at". */
  const located = new Map<string, EntityType>();
  const counts = new Map<string, Map<EntityType, number>>();
  for (const n of typed) {
    if (!modelOnly(n)) continue;
    const text = doc.slice(n);
    if (!/\s/.test(text)) continue;
    const c = counts.get(text) ?? new Map<EntityType, number>();
    const kind: EntityType = PLACE_TYPES.has(n.type) ? 'GPE' : n.type;
    c.set(kind, (c.get(kind) ?? 0) + 1);
    counts.set(text, c);
    if (PLACE_TYPES.has(n.type) && LOCATIVES.has(toks[doc.tokenIndexAt(n.start) - 1]?.lower ?? ''))
      located.set(text, n.type);
  }
  if (!located.size) return typed;
  return typed.map((n) => {
    if (!PERSON_OR_BODY.has(n.type) || !modelOnly(n)) return n;
    const text = doc.slice(n);
    const place = located.get(text);
    const c = counts.get(text);
    if (!place || !c || (c.get('GPE') ?? 0) < (c.get(n.type) ?? 0)) return n;
    return typedName(n, place, n.hit, `${n.rule}+place-elsewhere`);
  });
}

/**
 * "UK RAF" read as MISC, "RAF" as a body elsewhere in the article: a country's name before a body's
 * name is that country's body (CoNLL's and MEANTIME's one span, as "U.S. Navy"), rule
 * `+country-body`. The body must be read so on its own in the article, or be known to the KB.
 */
function countryAndBody(doc: ArticleDocument, typed: TypedName[]): TypedName[] {
  if (!typed.some((n) => n.type === 'MISC')) return typed;
  const bodies = new Set<string>();
  for (const n of typed) if (n.type === 'ORG') bodies.add(doc.slice(n));
  return typed.map((n) => {
    if (n.type !== 'MISC' || n.hit) return n;
    const toks = doc.tokensIn(n);
    if (toks.length < 2 || lookupName(toks[0].text)?.kind !== 'country') return n;
    const rest = doc.text.slice(toks[1].start, n.end);
    if (!bodies.has(rest) && lookupName(rest)?.kind !== 'org') return n;
    return typedName(n, 'ORG', undefined, `${n.rule}+country-body`);
  });
}

/** A person or a body: the reading most mentions of a name of several words have. */
const PERSON_OR_BODY = new Set<EntityType>(['PERSON', 'ORG']);

/**
 * "Aer Lingus buys twelve new … jets" read as a person in the headline, and as the airline three
 * times below: a name of several words, read as a person by the recogniser alone, is the body when
 * more of its mentions are read as the body (at least two), and the other way round (rule
 * `+majority-elsewhere`).
 */
function personOrBodyByMajority(doc: ArticleDocument, typed: TypedName[]): TypedName[] {
  const counts = new Map<string, Map<EntityType, number>>();
  for (const n of typed) {
    // (the KB's readings do not vote: it files some people among bodies, "bin Laden")
    if (!PERSON_OR_BODY.has(n.type) || n.hit) continue;
    const text = doc.slice(n);
    if (!/\s/.test(text)) continue;
    const c = counts.get(text) ?? new Map<EntityType, number>();
    c.set(n.type, (c.get(n.type) ?? 0) + 1);
    counts.set(text, c);
  }
  let mixed = false;
  for (const c of counts.values()) if (c.size > 1) mixed = true;
  if (!mixed) return typed;
  return typed.map((n) => {
    if (!PERSON_OR_BODY.has(n.type) || !modelOnly(n)) return n;
    const c = counts.get(doc.slice(n));
    if (!c || c.size < 2) return n;
    const mine = c.get(n.type) ?? 0;
    let best: EntityType = n.type;
    let most = mine;
    for (const [type, k] of c) if (k > most) [best, most] = [type, k];
    if (best === n.type || most < 2) return n;
    return typedName(n, best, n.hit, `${n.rule}+majority-elsewhere`);
  });
}

/** The type a cue gave another mention of the same text. */
function fromCues(doc: ArticleDocument, typed: TypedName[]): TypedName[] {
  const cued = new Map<string, EntityType | null>();
  for (const n of typed) {
    if (!CUE_RULE.test(n.rule)) continue;
    const text = doc.slice(n);
    const seen = cued.get(text);
    cued.set(text, seen === undefined || seen === n.type ? n.type : null);
  }
  if (!cued.size) return typed;
  return typed.map((n) => {
    const type = cued.get(doc.slice(n));
    if (!type || type === n.type || !modelOnly(n)) return n;
    return typedName(n, type, n.hit, `${n.rule}+cued-elsewhere`);
  });
}
