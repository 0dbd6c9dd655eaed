// The entity-possessive-owner component: a body named right after a country's possessive
// ("Russia's Defence Ministry", "Britain's Foreign Office") or its demonym ("the Russian Defence
// Ministry") belongs to that country. A body the KB does not know takes the country, and an actor
// code of the country plus the sector its words imply (ministry → GOV), so its events code to the
// right state. So does one its people's word and class words name ("the Iraqi insurgent group Ansar
// al-Sunna" is IRQREB).
import type { ArticleDocument, EntityRecord } from '../document.js';
import type { Component } from '../pipeline.js';
import { actorCountry, sectorInWords, sectorOf } from './kb.js';
import { lexiconSets } from './lexicon.js';

/** The entity `fits` accepts whose name mention ends right before token `s`, or null. */
function namedBefore(doc: ArticleDocument, s: number, fits: (e: EntityRecord) => boolean): EntityRecord | null {
  const prev = doc.tokens[s - 1];
  if (!prev) return null;
  for (const entity of doc.entities)
    if (fits(entity) && entity.mentions.some((m) => m.kind === 'name' && m.end === prev.end)) return entity;
  return null;
}

/** The country entity whose name mention ends right before the possessive at token `s`, or null. */
const ownerBefore = (doc: ArticleDocument, s: number) =>
  namedBefore(doc, s, (e) => (e.type === 'GPE' || e.type === 'NORP') && !!e.country);

/** The international body (IGO) whose name mention ends right before the possessive at token `s`, or null. */
const intergovernmentalBefore = (doc: ArticleDocument, s: number) =>
  namedBefore(doc, s, (e) => e.type === 'ORG' && !!e.actor?.startsWith('IGO'));

/** Whether a name's last word is a body's head or a sector's word ("Service", "Command", "Mission"). */
function endsInBodyWord(name: string): boolean {
  const last = name.toLowerCase().split(/\s+/).pop() ?? '';
  return lexiconSets().orgHeads.has(last) || !!sectorOf(last) || BODY_WORDS.has(last);
}

/** Heads of an international body's organs that are no organisation's head word elsewhere. */
const BODY_WORDS = new Set(['service', 'mission', 'team', 'secretariat', 'command', 'office']);

/** A state's own institution in the KB's actor code: its country then a state sector (USAMIL, GBRGOV). */
const STATE_INSTITUTION = /^[A-Z]{3}(GOV|MIL|JUD|LEG|SPY|POL)/;

/**
 * Whether the entity is a KB institution of another state than the country before it: "South
 * Korea's Joint Chiefs of Staff" is no body of the United States, whose Joint Chiefs the KB knows.
 * (Only a state's own institutions: "Iran's Hezbollah" stays Lebanese.)
 */
function anotherStatesInstitution(entity: EntityRecord, owner: EntityRecord): boolean {
  return (
    !!entity.kb &&
    !!entity.country &&
    entity.country !== owner.country &&
    STATE_INSTITUTION.test(entity.actor ?? '') &&
    entity.actor!.startsWith(actorCountry(entity.country))
  );
}

export function linkPossessiveOwners(doc: ArticleDocument): void {
  const coded = new Set<EntityRecord>();
  for (const entity of doc.entities) if (entity.type === 'ORG' && !entity.actor) coded.add(entity);
  ownBodies(doc);
  for (const org of coded) if (org.actor) codeOfficers(doc, org);
}

/**
 * The officers the role layer found for a body before the body had a code ("Popular Party leader
 * Mariano Rajoy") take its code and country, as they would have had it then.
 */
function codeOfficers(doc: ArticleDocument, org: EntityRecord): void {
  for (const person of doc.entities) {
    if (person.type !== 'PERSON' || person.actor || !person.roles.some((r) => r.org === org.id && !r.country)) continue;
    person.actor = org.actor;
    person.country ??= org.country;
  }
}

function ownBodies(doc: ArticleDocument): void {
  const toks = doc.tokens;
  for (const entity of doc.entities) {
    if (entity.type !== 'ORG') continue;
    if (entity.kb && entity.country) {
      ownAnotherStatesInstitution(doc, entity);
      continue;
    }
    if (entity.country || entity.kb) continue;
    for (const mention of entity.mentions) {
      if (mention.kind !== 'name') continue;
      const at = doc.tokenIndexAt(mention.start);
      // "Russia's Defence Ministry" (possessive) or "the Russian Defence Ministry" (a demonym or
      // country name modifying the body)
      const possessive = /^['’]s$/.test(toks[at - 1]?.text ?? '');
      const owner = ownerBefore(doc, possessive ? at - 1 : at);
      // "the European Union’s External Action Service", "NATO's Military Committee": an organ of an
      // international body acts for it
      // (a body's word ends its name: not "NATO's Strategic Concept", "the AU's Joint Continental Strategy")
      const body = possessive && !owner && endsInBodyWord(mention.text) ? intergovernmentalBefore(doc, at - 1) : null;
      if (body) {
        entity.actor = body.actor;
        break;
      }
      if (!owner) {
        if (!possessive && classedByPeople(doc, entity, at)) break;
        if (classedInApposition(doc, entity, doc.tokenIndexAt(mention.end - 1) + 1)) break;
        continue;
      }
      const sector = sectorInWords(mention.text.toLowerCase().split(/\s+/)) ?? '';
      // a bare country name before a body is a modifier only when the body names a state's organ
      // ("the U.S. Treasury Department"), not in "In Syria Hezbollah …"; the two must touch
      if (!possessive && (doc.text.slice(toks[at - 1].end, mention.start) !== ' ' || (owner.type === 'GPE' && !sector)))
        continue;
      entity.country = owner.country;
      entity.actor ??= actorCountry(owner.country!) + sector;
      break;
    }
  }
}

/** The most lower-case words that class a body between its people's word and its name. */
const MAX_CLASS_WORDS = 3;

/**
 * "The Iraqi insurgent group Ansar al-Sunna", "the Spanish opposition Popular Party": a people's word,
 * then lower-case words that class the body, then its name at token `at`. The body takes the people's
 * country, and an actor code of it plus the sector its class words (or its name) imply: IRQREB,
 * ESPOPP. Returns whether it did.
 */
function classedByPeople(doc: ArticleDocument, entity: EntityRecord, at: number): boolean {
  const toks = doc.tokens;
  let k = at - 1;
  while (k >= 0 && at - k <= MAX_CLASS_WORDS && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[k].text) && toks[k].pos !== 'DET') k--;
  if (k === at - 1 || toks[at - 1].pos !== 'NOUN') return false;
  const owner = ownerBefore(doc, k + 1);
  if (owner?.type !== 'NORP') return false;
  // (a phrase ending in the class noun, else in the name's head word: "opposition" + "Party" is an
  // opposition party's OPP; "magazine Global People" a medium's, not people's)
  const name = entity.name.toLowerCase().split(/\s+/);
  const words = toks.slice(k + 1, at).map((t) => t.lower);
  const sector = headedSector(words) ?? headedSector([...words, name[name.length - 1]]) ?? '';
  entity.country = owner.country;
  entity.actor ??= actorCountry(owner.country!) + sector;
  return true;
}

/**
 * "Gazprom, the Russian gas company, also had signed …": a body's name set off by an apposition of
 * a people's word and lower-case words that class it (from token `e`, the name's end) takes the
 * people's country and the sector of the class words, where they imply one (RUSBUS). Returns
 * whether it did.
 */
function classedInApposition(doc: ArticleDocument, entity: EntityRecord, e: number): boolean {
  const toks = doc.tokens;
  if (toks[e]?.text !== ',' || !APPOSITION_ARTICLES.has(toks[e + 1]?.lower ?? '')) return false;
  const people = toks[e + 2] ? doc.entityAt(toks[e + 2].start) : undefined;
  if (people?.entity.type !== 'NORP' || !people.entity.country || people.mention.kind !== 'name') return false;
  let k = doc.tokenIndexAt(people.mention.end - 1) + 1;
  const from = k;
  while (k < toks.length && k - from < MAX_CLASS_WORDS && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[k].text)) k++;
  // (the apposition ends there: "Gazprom, the Russian gas company, also …")
  if (k === from || toks[k - 1].pos !== 'NOUN' || !/^[,.;]$/.test(toks[k]?.text ?? '')) return false;
  const sector = headedSector(toks.slice(from, k).map((t) => t.lower));
  if (!sector) return false;
  entity.country = people.entity.country;
  entity.actor ??= actorCountry(people.entity.country) + sector;
  return true;
}
const APPOSITION_ARTICLES = new Set(['the', 'a', 'an']);

/** The sector of the longest phrase of the words that ends in their last ("insurgent group"), if any. */
function headedSector(words: readonly string[]): string | undefined {
  for (let a = 0; a < words.length; a++) {
    const sector = sectorOf(words.slice(a).join(' '));
    if (sector) return sector;
  }
  return undefined;
}

/**
 * The country before a body's name at token `at`: its possessive ("Argentina's Senate") or its
 * demonym touching the name ("The Argentine Senate"), else null.
 */
function countryModifying(doc: ArticleDocument, at: number): EntityRecord | null {
  const toks = doc.tokens;
  if (/^['’]s$/.test(toks[at - 1]?.text ?? '')) return ownerBefore(doc, at - 1);
  const owner = toks[at - 1] && doc.text.slice(toks[at - 1].end, toks[at].start) === ' ' ? ownerBefore(doc, at) : null;
  return owner?.type === 'NORP' ? owner : null;
}

/**
 * A KB institution named after another country's possessive or demonym is that country's
 * institution of the same name ("The Argentine Senate" is no US Senate): it takes the country, the
 * actor code of the country with the KB body's sector, the name the text gives it, and no KB id.
 * Only where the first name mention has that country before it and no other has another.
 */
function ownAnotherStatesInstitution(doc: ArticleDocument, entity: EntityRecord): void {
  let owner: EntityRecord | null = null;
  let name = '';
  for (const mention of entity.mentions) {
    if (mention.kind !== 'name') continue;
    const by = countryModifying(doc, doc.tokenIndexAt(mention.start));
    // (a later bare "the Senate" is the body named before)
    if (!by && owner) continue;
    if (!by || (owner && by !== owner)) return;
    owner = by;
    name ||= mention.text;
  }
  if (!owner?.country || !anotherStatesInstitution(entity, owner)) return;
  const sector = entity.actor!.slice(3);
  entity.country = owner.country;
  entity.actor = actorCountry(owner.country) + sector;
  entity.kb = null;
  entity.name = name;
}

export const entityPossessiveOwners: Component = {
  name: 'entity-possessive-owners',
  needs: ['entities'],
  adds: [],
  run(doc) {
    linkPossessiveOwners(doc);
  },
};
