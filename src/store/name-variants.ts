// One identity across articles for people named with another form of their given name. Articles
// write "Tony Blinken", "Anthony Blinken" and "J. Blinken" for Antony J. Blinken, "Joseph R. Biden"
// for the KB's Joe Biden, and State Department texts "Abe Shinzo" for Shinzo Abe; the store keys
// each by its name, so each was an actor of its own. After each batch the people with a surname the
// batch touched are looked at again: a person whose name may be a variant of others'
// (name-variant-rules.ts) is merged into the one that holds at least DOMINANCE of the articles of
// all it may stand for, as surname-aliases.ts does for a surname alone, and its key is kept as an
// alias. Two people the KB tells apart, or whose given names differ ("Jill Biden", "Joe Biden";
// "John Sullivan", "Jake Sullivan"), are never merged.
import type Database from 'better-sqlite3';
import { isKnownFirstName } from '../analyze/entities/kb.js';
import { normaliseName, withoutMiddleInitials } from './keys.js';
import { EntityMerger, IdsByWord, TouchedKeys, describedOnly, idsByNameWord, leadingEntity } from './merge-entity.js';
import { nameParts, variantRule, type NameParts, type VariantRule } from './name-variant-rules.js';

interface PersonRow {
  id: number;
  key: string;
  name: string;
  kb: string | null;
}

interface Person extends PersonRow {
  /** The name as stored: what the person is, as a candidate. */
  parts: NameParts;
  /**
   * The name as keyed (keys.ts drops middle initials of people the KB does not know): what the
   * row stands for, as the one merged, since every later name with its key follows it
   * ("George H.W. Bush" and "George W Bush" share a key).
   */
  keyParts: NameParts;
}

/** A merge made: who went into whom, and why. */
export interface VariantMerge {
  from: string;
  into: string;
  rule: VariantRule | 'kb-name';
}

export class NameVariants {
  /** Full-named people by surname, and two-word names by their first word too (the other order). */
  private readonly byWord: IdsByWord;
  /** Words (normalised) the batch touched. */
  private readonly touched = new TouchedKeys();
  /** The keys of people merged here, by surname: looked at again when their surname is touched. */
  private mergedBySurname: Map<string, Set<string>> | null = null;
  private readonly merger: EntityMerger;
  private readonly s;

  constructor(db: Database.Database) {
    this.merger = new EntityMerger(db);
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      byId: p('SELECT id, key, name, kb FROM entity WHERE id = ?'),
      people: p(`SELECT id, key, name FROM entity WHERE type = 'PERSON'`),
      // a KB person merged into one the KB did not know gives it what the KB knows
      adopt: p(`UPDATE entity SET kb = coalesce(kb, @kb), country = coalesce(country, @country),
        actor = coalesce(actor, @actor) WHERE id = @into`),
      known: p('SELECT kb, country, actor FROM entity WHERE id = ?'),
      // people's names of two words or more merged by this module (a surname alone has one word)
      merged: p(`SELECT key, name FROM entity_alias WHERE key LIKE 'PERSON:% %'`),
    };
    this.byWord = idsByNameWord(() => this.s.people.all() as PersonRow[], indexWords);
  }

  /** Notes a person the writer stored. */
  note(id: number, type: string, name: string, key: string): void {
    if (type !== 'PERSON' || describedOnly(key)) return;
    for (const w of indexWords(name)) {
      this.touched.add(w);
      this.byWord.add(w, id);
    }
  }

  /** Looks again at the people of the surnames the last batch touched; returns the merges made. */
  mergeTouched(): VariantMerge[] {
    return this.touched.take().flatMap((word) => this.mergeGroup(word));
  }

  /** The people with the surname (and two-word names in the other order), fewest articles first. */
  private mergeGroup(surname: string): VariantMerge[] {
    const people: Person[] = [];
    for (const id of this.byWord.get(surname)) {
      const row = this.s.byId.get(id) as PersonRow | undefined;
      // (an id may have gone since it was indexed: a person's last article replaced, or merged)
      const parts = row && !describedOnly(row.key) ? nameParts(row.name) : null;
      if (!row || !parts) continue;
      const keyParts = row.kb ? parts : (nameParts(withoutMiddleInitials(normaliseName(row.name))) ?? parts);
      people.push({ ...row, parts, keyParts });
    }
    this.undoKbConflicts(surname, people);
    if (people.length < 2) return [];
    // the names each person's may be a variant of (most groups have none: nothing is counted)
    const variantsOf = new Map<Person, Map<Person, VariantRule>>();
    for (const person of people) {
      if (person.parts.surname !== surname) continue; // only a candidate here (the other order)
      const rules = variantRules(person, people);
      if (rules.size > 0) variantsOf.set(person, rules);
    }
    if (variantsOf.size === 0) return [];
    // fewest articles first: a variant goes before the person it may be merged into is looked at
    const counts = new Map([...variantsOf.keys()].map((p) => [p, this.merger.articleCount(p.id)]));
    const order = [...variantsOf.keys()].sort((a, b) => counts.get(a)! - counts.get(b)! || a.id - b.id);
    const merges: VariantMerge[] = [];
    const gone = new Set<Person>();
    for (const person of order) {
      const rules = new Map([...variantsOf.get(person)!].filter(([q]) => !gone.has(q)));
      const found = this.personOf(person, rules);
      if (!found) continue;
      this.mergeInto(person, found.into);
      gone.add(person);
      merges.push({ from: person.name, into: found.into.name, rule: found.rule });
    }
    return merges;
  }

  /** The person whose variant `person`'s name is, and the rule that says so, or null. */
  private personOf(
    person: Person,
    rules: ReadonlyMap<Person, VariantRule>,
  ): { into: Person; rule: VariantMerge['rule'] } | null {
    if (rules.size === 0) return null;
    const candidates = [...rules.keys()];
    // the name may be either of two people the KB tells apart (George Bush, George W. Bush): neither
    if (new Set(candidates.map((q) => q.kb).filter(Boolean)).size > 1) return null;
    // The same name the KB knows, written with accents or punctuation its look-up does not fold
    // ("Hugo Chávez", "Hugo Chavez"): the person the KB would have found.
    const folded = normaliseName(person.name);
    const sameName = candidates.filter((q) => !q.kb !== !person.kb && normaliseName(q.name) === folded);
    if (person.kb && sameName.length > 0) return null; // the one the KB missed comes to this one
    if (sameName.length === 1) return { into: sameName[0], rule: 'kb-name' };
    // A name written family name first ("Abe Shinzo", as State Department texts write Japanese and
    // Korean names) of the one person the KB knows by it the other way round: that person, however
    // the articles split between the two spellings.
    const reversedKb = candidates.filter((q) => q.kb && !person.kb && rules.get(q) === 'name-order');
    if (reversedKb.length === 1) return { into: reversedKb[0], rule: 'name-order' };
    // initials alone stand for someone only when one person spelling them out is there
    if (person.keyParts.given.length === 1 && candidates.length !== 1) return null;
    // the person's own articles count against the lead, other variants of the lead's name for it
    // (Tony Blinken → Antony J. Blinken, with Anthony Blinken on Antony's side)
    const joinsLead = (q: Person, lead: Person) =>
      q !== person && !(q.kb && lead.kb && q.kb !== lead.kb) && variantRule(q.keyParts, lead.parts) !== null;
    const lead = leadingEntity(this.merger, [person, ...candidates], joinsLead);
    return lead && lead !== person ? { into: lead, rule: rules.get(lead)! } : null;
  }

  /**
   * A name merged while the KB knew one person it may be ("Bashar al-Assad" into the KB's SYRGOV
   * entry) is no one's once the group holds two people the KB tells apart ("Bashar Al Assad", a KB
   * person of its own): the merge is undone, and the name is a person again, with the rows that came
   * through it. (A share of articles changed since is not looked at again: the KB's word is firmer.)
   */
  private undoKbConflicts(surname: string, people: Person[]): void {
    const keys = this.mergedKeys().get(surname);
    if (!keys) return;
    for (const key of [...keys]) {
      const alias = this.merger.alias(key);
      const parts = alias ? nameParts(alias.name) : null;
      if (!alias || !parts) {
        keys.delete(key);
        continue;
      }
      const keyParts = nameParts(withoutMiddleInitials(normaliseName(alias.name))) ?? parts;
      const merged: Person = { id: -1, key, name: alias.name, kb: null, parts, keyParts };
      const kbs = new Set([...variantRules(merged, people).keys()].map((q) => q.kb).filter(Boolean));
      if (kbs.size < 2) continue;
      const id = this.merger.restore(alias, 'PERSON');
      keys.delete(key);
      people.push({ ...merged, id });
      for (const w of indexWords(alias.name)) this.byWord.add(w, id);
    }
  }

  /** The keys of people this module merged, by surname (read from the store on first use). */
  private mergedKeys(): Map<string, Set<string>> {
    if (!this.mergedBySurname) {
      this.mergedBySurname = new Map();
      for (const { key, name } of this.s.merged.all() as { key: string; name: string }[]) this.noteMerged(key, name);
    }
    return this.mergedBySurname;
  }

  private noteMerged(key: string, name: string): void {
    const surname = nameParts(name)?.surname;
    if (!surname || !this.mergedBySurname) return;
    const keys = this.mergedBySurname.get(surname);
    if (keys) keys.add(key);
    else this.mergedBySurname.set(surname, new Set([key]));
  }

  private mergeInto(from: Person, into: Person): void {
    if (from.kb && !into.kb) {
      const known = this.s.known.get(from.id) as { kb: string; country: string | null; actor: string | null };
      this.s.adopt.run({ ...known, into: into.id });
      into.kb = from.kb;
    }
    this.merger.merge(from, into.id);
    // (a KB person merged into one the KB did not know gave it its id: that merge stays)
    if (from.key.startsWith('PERSON:')) this.noteMerged(from.key, from.name);
  }
}

/** The people `person`'s name may be a variant of, and why; none the KB tells apart from it. */
function variantRules(person: Person, people: Person[]): Map<Person, VariantRule> {
  const rules = new Map<Person, VariantRule>();
  for (const q of people) {
    if (q === person || (person.kb && q.kb && person.kb !== q.kb)) continue;
    const rule = variantRule(person.keyParts, q.parts);
    if (rule && (BY_LEXICON.has(rule) || personName(person, q))) rules.set(q, rule);
  }
  return rules;
}

/** Rules whose evidence is a person's given name already: a listed short form, initials. */
const BY_LEXICON: ReadonlySet<VariantRule> = new Set(['hypocorism', 'initials']);

/**
 * Whether two names the same but for a middle word, a letter or their order are people's at all:
 * the KB knows one, or a known given name opens one. A body the recogniser took for a person
 * ("Agriculture Appropriations Subcommittee", "Agriculture Subcommittee") is no one's variant.
 */
const personName = (a: Person, b: Person): boolean =>
  a.kb !== null || b.kb !== null || isKnownFirstName(a.parts.given) || isKnownFirstName(b.parts.given);

/** A person's surname, and the first word of a two-word name (who may be written in the other order). */
function indexWords(name: string): string[] {
  const parts = nameParts(name);
  if (!parts) return [];
  return parts.words.length === 2 ? [parts.surname, parts.given] : [parts.surname];
}
