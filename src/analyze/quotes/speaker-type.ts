// The type of an entity made for a speaker no entity held ("Witnesses said", "a senior official",
// "the report found", "all the countries agreed"). A description's head noun decides: people, one or
// many, are PERSON (as ACE's person groups: "Officials", "protesters", "the two leaders"); a record or
// a medium ("the report", "a memo", "the statement") is MISC; "the countries" GPE; a body ORG. People
// in the plural are a group that "they" may stand for and "he" or "she" may not.
import type { EntityRecord } from '../document.js';
import type { EntityType } from '../types.js';
import { lexiconSets as entityLexicon } from '../entities/lexicon.js';
import { sectorOf } from '../entities/kb.js';
import { PEOPLE_PLURALS, pluralNoun, singularNoun } from '../entities/plural-nouns.js';
import { isRecordWord } from './evidence.js';
import { quoteLexicon as lex } from './lexicon.js';
import { mediumWord } from './medium-issuer.js';
import { COUNT_PLURALS, isGroupNoun } from './people-nouns.js';
import { KINSHIP_WORDS } from '../entities/name-gender.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Words after which a nominal's head has ended ("the president of the airline": "president"). */
const HEAD_ENDS = new Set(['of', 'at', 'for', 'from', 'in', 'with', 'on', 'to']);

/** A nominal's words up to its first preposition, and those after it. */
function splitAtHeadEnd(ws: string[]): { head: string; rest: string[] } {
  const cut = ws.findIndex((w, i) => i > 0 && HEAD_ENDS.has(w));
  const before = cut > 0 ? ws.slice(0, cut) : ws;
  return { head: before.at(-1) ?? '', rest: cut > 0 ? ws.slice(cut + 1) : [] };
}

/** Words that count people without naming them ("many said", "some of the officials", "one witness"). */
const COUNTING_WORDS = new Set(['one', 'some', 'many', 'most', 'all', 'several', 'few', 'others', 'none', 'each']);

/**
 * Words that count or measure people in a description's head ("The three said", "16 percent believed",
 * "Thousands of people", "a majority of people", "none of them"): people, or what the "of" phrase names.
 */
const SHARE_WORDS = new Set([
  'another',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  // ("Thousands of people", "dozens of protesters")
  ...COUNT_PLURALS,
  'percent',
  'majority',
  'minority',
  'lot',
  'number',
]);

/** Object pronouns for people after a counting word's "of" ("none of them", "some of us"). */
const PEOPLE_PRONOUNS = new Set(['them', 'us', 'you', 'those']);

/** Heads of a description of an occasion ("The meeting underscored …", "This visit reaffirms …", "the war"): an EVENT. */
const DESCRIBED_OCCASIONS = new Set([
  'meeting',
  'meetings',
  'summit',
  'visit',
  'talks',
  'conference',
  'session',
  'dialogue',
  'discussion',
  'discussions',
  'ceremony',
  'war',
  'attack',
  'attacks',
  'crisis',
]);

/** Heads of a description of a text a body adopts ("The resolution calls for …", "the agreement"): MISC. */
const ADOPTED_TEXTS = new Set([
  'resolution',
  'resolutions',
  'agreement',
  'accord',
  'treaty',
  'declaration',
  'communique',
  'draft',
  'bill',
  'law',
  'plan',
  'proposal',
  'decision',
  'strategy',
]);

/**
 * Whether the entity is people described in the plural ("Witnesses", "the two leaders", "many"):
 * "they" may stand for them, "he" or "she" may not.
 */
export function isPeopleGroup(e: EntityRecord): boolean {
  if (e.type !== 'PERSON' || e.kb) return false;
  const { head, described } = descriptionHead(e);
  // (a capitalised "Activists" opening a sentence may have been read as a name: the noun tells)
  if (!described || e.mentions.some((m) => m.kind === 'name'))
    return peopleHead(head) && (IRREGULAR_PLURALS.has(head) || pluralNoun(head));
  if (head === 'one' || head === 'each') return false;
  if (COUNTING_WORDS.has(head) || IRREGULAR_PLURALS.has(head) || pluralNoun(head)) return true;
  // "the two", "both": a number heads a group only as the whole description ("Official Two" is one person)
  return /^(?:the |these |those |all |both )?(?:both|two|three|four|five|\d+)$/.test(e.name.toLowerCase().trim());
}

/**
 * An entity name's head word in lower case; whether it was written as a description ("The unnamed
 * woman", "the two"), not a name ("Barack Obama", reached through "the President"); whether it is an
 * office's noun.
 */
function descriptionHead(e: EntityRecord): DescriptionHead {
  // (asked for every person before every pronoun: each name's answer is worked out once)
  let known = heads.get(e.name);
  if (known === undefined) {
    const { head } = splitAtHeadEnd(words(e.name));
    const lower = head.toLowerCase();
    known = {
      head: lower,
      // ("Many", "Analysts" opening a sentence are capitalised descriptions)
      described: /^[\p{Ll}\p{N}]/u.test(head) || COUNTING_WORDS.has(lower) || peopleHead(lower),
      office: personHead(lower),
    };
    if (heads.size >= HEADS_LIMIT) heads.clear();
    heads.set(e.name, known);
  }
  return known;
}
interface DescriptionHead {
  head: string;
  described: boolean;
  /** Whether the head is an office's or a trade's noun ("official", "ministers"). */
  office: boolean;
}
const heads = new Map<string, DescriptionHead>();
/** Names whose heads are kept before the table is emptied (bounds memory on endless input). */
const HEADS_LIMIT = 20_000;

/** Plurals for people with no -s ("the men", "women", "children"). */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([...PEOPLE_PLURALS, 'men', 'women', 'children']);

/** Heads of a speaker phrase naming people by their tie to others ("my colleague", "the two"). */
const PEOPLE_NOUNS = new Set(['colleague', 'counterpart', 'two', 'both', 'aide', 'friend']);

/** Plurals for people met in the news that no sector or group list holds. */
const MORE_PEOPLE = new Set([
  'eyewitnesses',
  'sources',
  'participants',
  'captors',
  'attendees',
  'delegates',
  'respondents',
  'victims',
  'citizens',
  'child',
  'diplomats',
  'troops',
  'rebels',
  'guerrillas',
  'youths',
  'clerics',
  'guys',
  'folks',
  'hostages',
  'protestors',
]);

/**
 * Endings of nouns for people ("farmer", "doctor", "activist", "civilian", "resident", "refugee",
 * "policeman"): a sector noun with one names the sector's people, one without names a thing of it
 * ("website", "government", "embassy").
 */
const PERSON_ENDING = /(?:er|or|ist|ian|ant|[^m]ent|ee|man|eur|ive)$/;

/** Sector nouns that name a body, not its people ("the authorities", "the international community"). */
const COLLECTIVE_BODIES = new Set([
  'authorities',
  'community',
  'media',
  'leadership',
  'opposition',
  'delegation',
  'delegations',
  'establishment',
  'presidency',
  'junta',
]);

/** Nouns for the countries themselves ("all the countries", "no nation"). */
const COUNTRY_NOUNS = new Set(['country', 'countries', 'nation', 'nations']);

/** A noun for a person by their office or trade, in the singular or the plural ("official", "ministers"). */
function personHead(head: string): boolean {
  const people = entityLexicon();
  return [head, singularNoun(head)].some(
    (w) => people.personNominalHeads.has(w) || people.titleHeads.has(w) || PEOPLE_NOUNS.has(w),
  );
}

/** A noun that names a body: an organisation's head word, or a sector noun for a whole body ("the government"). */
function bodyHead(head: string): boolean {
  const heads = entityLexicon().orgHeads;
  if (heads.has(head) || heads.has(singularNoun(head)) || COLLECTIVE_BODIES.has(head)) return true;
  // (the quote lexicon's body words also hold people a body is made of: "officials", "staff")
  return lex.orgWords.has(head) && !PEOPLE_PLURALS.has(head) && head !== 'officials';
}

/** A noun for people ("witnesses", "residents", "soldiers", "a woman"), not for a body of them. */
function peopleHead(head: string): boolean {
  if (personHead(head) || PEOPLE_PLURALS.has(head)) return true;
  // ("his father", "One father said", "the victim's mother")
  if (KINSHIP_WORDS.has(head) || KINSHIP_WORDS.has(singularNoun(head))) return true;
  // (the lists hold plurals: "one witness" is one of the "witnesses")
  if ([head, head + 's', head + 'es'].some((w) => isGroupNoun(w) || MORE_PEOPLE.has(w))) return true;
  return !!sectorOf(head) && !bodyHead(head) && PERSON_ENDING.test(singularNoun(head));
}

/** The type of a description's words, by its head noun; null where the head tells nothing. */
function nominalType(ws: string[]): EntityType | null {
  const { head, rest } = splitAtHeadEnd(ws);
  // "one of the witnesses", "some of the countries": what the "of" phrase names; "many" alone: people
  // ("none of them", "some of us": a pronoun counts people; a share of things is read by its own
  // noun, "a number of occasions")
  const counting = COUNTING_WORDS.has(head) || /^\d/.test(head);
  if (counting || SHARE_WORDS.has(head)) {
    if (!rest.length) return 'PERSON';
    const counted = nominalType(rest) ?? (PEOPLE_PRONOUNS.has(rest.at(-1)!) ? 'PERSON' : null);
    if (counted || counting) return counted;
  }
  // ("Police", "the campaign": a body's head word names the body, not its people or its output)
  if (entityLexicon().orgHeads.has(head)) return 'ORG';
  if (peopleHead(head)) return 'PERSON';
  if (COUNTRY_NOUNS.has(head)) return 'GPE';
  if (isRecordWord(head) || mediumWord(head)) return 'MISC';
  if (bodyHead(head)) return 'ORG';
  if (DESCRIBED_OCCASIONS.has(head)) return 'EVENT';
  if (ADOPTED_TEXTS.has(head)) return 'MISC';
  // ("An eye-witness said", "a co-founder": a hyphened head is read by its last part)
  const tail = head.slice(head.lastIndexOf('-') + 1);
  if (tail && tail !== head) {
    if (peopleHead(tail)) return 'PERSON';
    if (bodyHead(tail)) return 'ORG';
  }
  return null;
}

/** The type of a speaker's entity made from a name or a description the entity layer did not hold. */
export function speakerType(name: string, kind: 'name' | 'nominal'): EntityType {
  const ws = words(name.toLowerCase());
  if (kind === 'nominal') {
    const type = nominalType(ws);
    if (type) return type;
  }
  // (or an organisation's head word: "Prima TV", "The Washington Post")
  const heads = entityLexicon().orgHeads;
  if (ws.some((w) => lex.orgWords.has(w) || heads.has(w))) return 'ORG';
  if (kind === 'nominal') return 'ORG';
  // "the G7 affirmed", "NGOs say": a name with a digit, or an initialism in the plural, is a body
  if (/\d/.test(name) || /^\p{Lu}{2,}s$/u.test(name)) return 'ORG';
  return 'PERSON';
}

/** Whether a nominal entity's words name a record or a medium ("The letter", "the ITC model", "a memo"). */
export function isRecordSpeaker(e: EntityRecord): boolean {
  return recordHead(e) !== null;
}

/** Whether the entity is one record or medium ("the letter", "the report"): it is "it", never "they". */
export function isSingularRecord(e: EntityRecord): boolean {
  const head = recordHead(e);
  return head !== null && singularNoun(head) === head;
}

/** The head noun of a record or medium described, not named ("the letter", "the newspaper"), else null. */
function recordHead(e: EntityRecord): string | null {
  if (e.mentions.some((m) => m.kind === 'name')) return null;
  const { head } = splitAtHeadEnd(words(e.name.toLowerCase()));
  return isRecordWord(head) || mediumWord(head) || ADOPTED_TEXTS.has(head) ? head : null;
}

/**
 * Whether the entity is someone the article only describes by a lay noun ("a doctor", "my mother",
 * "one policeman"), not by an office or title ("the spokesman", "a senior official"): such a person
 * takes "he" or "she" only where the noun shows the sex and the description introduces them
 * (speakers.ts antecedent); the article's named people are likelier.
 */
export function isLayDescription(e: EntityRecord): boolean {
  if (e.type !== 'PERSON' || e.kb || e.mentions.some((m) => m.kind === 'name')) return false;
  const { described, office } = descriptionHead(e);
  return described && !office;
}

/** Nouns for people that show their sex ("a mother", "the masked man", "one policeman"). */
const MALE_NOUNS = /^(?:man|boy|father|son|brother|husband|uncle|nephew|grandfather|king|prince|gentleman|\w+man)$/;
const FEMALE_NOUNS =
  /^(?:woman|girl|mother|daughter|sister|wife|aunt|niece|grandmother|queen|princess|lady|\w+woman|widow|actress)$/;

/** The sex a lay description's noun shows ("a mother": f, "the masked man": m), else null. */
export function descriptionGender(e: EntityRecord): 'm' | 'f' | null {
  const { head } = splitAtHeadEnd(words(e.name.toLowerCase()));
  if (FEMALE_NOUNS.test(head)) return 'f';
  return MALE_NOUNS.test(head) ? 'm' : null;
}
