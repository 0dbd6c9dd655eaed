// The entity-names component: candidate names, typed and looked up in the KB, grouped into
// entities — a capital or seat of government used as an actor joins its country (metonymy), a
// surname joins the full name before it, an acronym joins the organisation it abbreviates.
import { givenNameGender, honorificGender, KIN_GENDER, KINSHIP_BEFORE, type Gender } from './name-gender.js';
import type { ArticleDocument, EntityRecord } from '../document.js';
import type { Component } from '../pipeline.js';
import type { EntityType, Mention, Span } from '../types.js';
import { LINEAGE_WORDS, nameCandidates } from './candidates.js';
import { addressed, typesFromCuedMentions } from './cue-types.js';
import { listedPlaces } from './listed-places.js';
import {
  actorCountry,
  countryEntity,
  isKnownFirstName,
  kbOrgKeys,
  lookupName,
  normalizeKey,
  personActor,
  type KbHit,
} from './kb.js';
import { englishGivenNames } from './data.js';
import { sourceGovernment } from './source-government.js';
import { withProducts } from './products.js';
import { withSupportedSurnames } from './surname-support.js';
import { withTitledSurnames } from './titled-surnames.js';
import { withoutAccents } from '../nlp/accents.js';
import { hypocorismPair, isShortGivenName, shortFormsOfGiven } from './given-names.js';
import {
  endsInAgreementHead,
  isLocative,
  lastOfLocativeList,
  isStormName,
  KB_TYPE,
  typeCandidate,
  typedName,
  type TypedName,
} from './typing.js';
import { AGREEMENT_NAME_RULE, namesAgreement } from './agreement-names.js';
import { lexiconSets } from './lexicon.js';
import { leaderGovernment, namedGovernment } from './government-names.js';
import { armOfOrganisation } from './organisation-arms.js';
import { issuerOwnBody } from './issuer-bodies.js';
import { abbreviates, acronymLetters, inParenthesesAfter, otherNumber } from './acronym-definition.js';
import { creditedIdentity, headlineOffice } from './credited-people.js';
import { joinUnlinkedNamesakes } from './unlinked-namesakes.js';

interface Draft {
  key: string;
  type: EntityType;
  name: string;
  actor: string | null;
  country: string | null;
  kb: string | null;
  mentions: Mention[];
}

const words = (s: string) => s.split(/[\s]+/).filter(Boolean);

const GENERATION_SUFFIX = /,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** A surname glued to an Arabic article: "al-Zawahiri" → Zawahiri. */
const ARABIC_ARTICLE = /^(?:al|el|ad|ed)-(\p{Lu}\p{L}+)$/iu;

/** A surname after a lineage word or an Arabic article, written apart: "bin Laden", "al Zawahiri". */
const PARTICLE_SURNAME = /^(?:al|el|bin|ibn)\s\p{Lu}\p{L}+$/iu;

/** A word of a name that may stand for the whole: a capital and two letters or more (no initial, no "Al"). */
const INNER_NAME_WORD = /^\p{Lu}\p{Ll}{2,}$/u;

/** The particle opening a surname, hyphened or apart, before its capital: "al-Dabbagh" → "Dabbagh". */
const LEADING_PARTICLE = /^(?:al|el|ad|ed|bin|ibn)[-\s](?=\p{Lu})/iu;

/** A family name of two words opened by a particle: "Le Pen", "De Niro", "Van Hollen", "von Trier". */
const SURNAME_PARTICLE = /^(?:le|la|de|du|des|del|della|di|da|van|von|der|ter|al|el|bin|ben|abu)\s\p{Lu}/iu;

/** Lower case, hyphens as spaces: "Osama Bin Laden" and "bin-Laden" end alike. */
const looseName = (s: string) => withoutAccents(s).toLowerCase().replace(/-/g, ' ');

/**
 * The person a surname written with its particle apart ("Bin Laden", "al Zawahiri") shortens: only
 * one whose full name ends with the particle too ("Al Gore" is no shortening of "Tipper Gore").
 */
function personOfParticleSurname(drafts: DraftIndex, text: string): Draft | undefined {
  if (!PARTICLE_SURNAME.test(text)) return undefined;
  // (a transcript label in capitals: "AL ZAYANI" is Al Zayani)
  const d = drafts.personShortenedTo(text) ?? drafts.personShortenedTo(personDisplayName(text));
  return d && looseName(d.name).endsWith(` ${looseName(text)}`) ? d : undefined;
}

/**
 * The one-word forms a full name is shortened to: its surname, and for East Asian names the family
 * name first (Kim Jong-un, Xi Jin Ping). A one-word name has none.
 */
function shortFormsOf(full: string): string[] {
  // "Martin Luther King Jr." is shortened to King
  const w = words(full.replace(GENERATION_SUFFIX, ''));
  if (w.length < 2) return [];
  const last = w[w.length - 1];
  // a family name first (Kim Jong-un, Xi Jin Ping); a name with a particle (Bill de Blasio, Ludwig
  // van Beethoven) is a given name, then the family name
  const particle = w.slice(1).some((x) => /^\p{Ll}/u.test(x));
  // "Mohammed bin Salman": the name after a lineage word is the father's, no surname of the son's
  // ("King Salman" is someone else); the son is shortened to "bin Salman" with the word
  const lineage = w.length >= 3 && LINEAGE_WORDS.has(w[w.length - 2].toLowerCase());
  if (lineage) return [`${w[w.length - 2]} ${last}`];
  const forms = (w.length >= 3 || last.includes('-')) && !particle ? [last, w[0]] : [last];
  // "Ayman al-Zawahiri" is shortened to Zawahiri too
  const bare = ARABIC_ARTICLE.exec(last)?.[1];
  return bare ? [...forms, bare] : forms;
}

/** Whether a one-word mention is a surname (or, for East Asian names, a family name) of a full name. */
export function isShortFormOf(short: string, full: string): boolean {
  return shortFormsOf(full).includes(short);
}

/** Each word with a capital first letter and the rest in lower case ("ROBERT GIBBS" → "Robert Gibbs"). */
export function titleCase(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/(^|[\s\-'’.])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase())
      // "McFAUL", "MCCAIN" → McFaul, McCain; Mac only where the text showed it ("MacDONALD", not "MACK")
      .replace(/(^|[\s\-'’.])Mc(\p{Ll})/gu, (_m, a: string, b: string) => `${a}Mc${b.toUpperCase()}`)
      .replace(/(^|[\s\-'’.])Mac(\p{Ll})/gu, (m: string, a: string, b: string, at: number) =>
        s.startsWith('Mac', at + a.length) && /\p{Lu}/u.test(s[at + a.length + 3]) ? `${a}Mac${b.toUpperCase()}` : m,
      )
  );
}

/** Capitals throughout but for the small letters of Mc and Mac ("MIKE McFAUL", "MacDONALD"). */
function inCapitals(text: string): boolean {
  return text.replace(/\bMa?c(?=\p{Lu})/gu, (m) => m.toUpperCase()) === text.toUpperCase();
}

/** A person's name as a transcript label or a capitals headline writes it ("MR. RHODES", "ROBERT GIBBS"), in title case. */
export function personDisplayName(text: string): string {
  return /\p{Lu}{2}/u.test(text) && inCapitals(text) ? titleCase(text) : text;
}

/** Words after a body's head in its name ("Department of State", "Alliance for Progress"). */
const HEAD_LINKS = new Set(['of', 'for', 'on']);

/** Initials of a name's capitalised words: National Security Council → NSC. */
const initials = (name: string) =>
  words(name)
    .filter((x) => /^\p{Lu}/u.test(x))
    .map((x) => x[0])
    .join('');

/**
 * The document's drafts so far, indexed by what later mentions look them up by: the latest person
 * draft each one-word short form names, and the first organisation draft with each set of initials
 * (instead of a scan of every draft for each mention).
 */
class DraftIndex {
  /** Person drafts named so far only as someone's relative in passing ("mother of … Sean Smith"). */
  private readonly inPassing = new Set<Draft>();

  /** The sex the article gives a person draft (a word of kinship before a mention: "her husband, X"). */
  private readonly genders = new Map<Draft, Gender>();

  /**
   * Every person draft each one-word short form names, the one named in full most recently last
   * (the one a bare surname joins); a storm's given name too ("Hurricane Mitch … Mitch killed …").
   */
  private readonly byShortForm = new Map<string, Draft[]>();
  /** The first person draft each one-word short form names. */
  private readonly firstByShortForm = new Map<string, Draft>();
  private readonly byInitials = new Map<string, Draft>();
  /** Acronyms the article defined in parentheses after a name ("… Plan of Action (JCPOA)"). */
  private readonly defined = new Map<string, Draft>();
  /** The name mention drafted last: an acronym in parentheses right after it is defined as it. */
  last: { end: number; text: string; draft: Draft } | null = null;
  /** First name → the one person named in full with it so far (null: several share it). */
  private readonly byFirstName = new Map<string, Draft | null>();
  /** Short form of a given name (lower case) → the one person named in full with that given name. */
  private readonly byShortGiven = new Map<string, Draft | null>();
  /** The last two words of a name of three or more ("Valls Noyes") → the one person so named (null: several). */
  private readonly byDoubleSurname = new Map<string, Draft | null>();
  /**
   * A capitalised word inside a name of three or more, neither first nor last ("Lula" of "Luiz Inacio
   * Lula da Silva", "Zayed" of "Abdullah bin Zayed Al Nahyan") → the one person so named (null: several).
   */
  private readonly byInnerWord = new Map<string, Draft | null>();

  /** A body's first word ("Lockheed" of "Lockheed Martin") → the one body named with it (null: several were). */
  private readonly byFirstWord = new Map<string, Draft | null>();

  /**
   * A body's name without the country or people opening it ("Foreign Office" of "British Foreign
   * Office", "Interior Ministry" of "Iraqi Interior Ministry") → the one body named so (null: several were).
   */
  private readonly byPlaceless = new Map<string, Draft | null>();

  /** A body's head word (lower case: department, council) → the body named with it most recently. */
  private readonly byHead = new Map<string, Draft>();

  /** Each body draft's head words (lower case), worked out once: its later mentions only re-point them. */
  private readonly headsOf = new Map<Draft, string[]>();

  /** Notes a mention of a body named in several words: its head words now point to it. */
  noteBodyMention(d: Draft): void {
    if (d.type !== 'ORG') return;
    let heads = this.headsOf.get(d);
    if (!heads) {
      const ws = words(d.name);
      const orgHeads = lexiconSets().orgHeads;
      // (the name's own head: its last word or the one before "of", "the Department of State"; not a
      // word that modifies another, "Alliance Ground Surveillance" is no "Alliance")
      const isHead = (i: number) => i === ws.length - 1 || HEAD_LINKS.has(ws[i + 1]);
      heads =
        ws.length < 2
          ? []
          : ws
              .filter((w, i) => /^\p{Lu}/u.test(w) && orgHeads.has(w.toLowerCase()) && isHead(i))
              .map((w) => w.toLowerCase());
      this.headsOf.set(d, heads);
    }
    for (const h of heads) this.byHead.set(h, d);
  }

  /**
   * Notes a person named in full again: their surname now points to them, as the most recent
   * person named with it ("former President Bill Clinton, standing by her side, Hillary Clinton has
   * told …. Clinton cast her rival as …" is Hillary's, though Bill's entity was made later).
   */
  notePersonMention(d: Draft, text: string, relative = false): void {
    // (nor a relative named in passing: "Patricia Smith, mother of Benghazi victim Sean Smith, …
    // “…,” Smith said" is Patricia's)
    if (d.type !== 'PERSON' || relative || !/\s/.test(text.trim())) return;
    this.inPassing.delete(d);
    for (const form of shortFormsOf(d.name)) this.toFront(withoutAccents(form), d);
  }

  /** Makes d the most recent person of the short form's list. */
  private toFront(form: string, d: Draft): void {
    const list = this.byShortForm.get(form);
    if (!list) this.byShortForm.set(form, [d]);
    else if (list.at(-1) !== d) {
      const at = list.indexOf(d);
      if (at >= 0) list.splice(at, 1);
      list.push(d);
    }
  }

  /**
   * The most recent person named in full whose surname the one word is and whose given name is not
   * of the other sex than an honorific shows ("Mrs. Clinton" after "Bill Clinton … Hillary Clinton
   * … Bill Clinton" is Hillary); undefined when no such person, or no list.
   */
  personShortenedToOfGender(text: string, gender: Gender): Draft | undefined {
    const list = this.byShortForm.get(withoutAccents(text));
    if (!list) return undefined;
    // (one the article or the given name shows of that sex first, else one of unknown sex; a relative
    // only named in passing after all the others)
    const genderOf = (d: Draft) => this.genders.get(d) ?? givenNameGender(words(d.name)[0] ?? '');
    for (const passing of [false, true])
      for (const wanted of [gender, null])
        for (let i = list.length - 1; i >= 0; i--)
          if (this.inPassing.has(list[i]) === passing && genderOf(list[i]) === wanted) return list[i];
    return undefined;
  }

  /** The title words (lower case) written right before each person draft's mentions so far. */
  private readonly titlesOf = new Map<Draft, Set<string>>();

  /** Notes the title word written right before a mention of a person draft ("Ambassador Kim"). */
  noteTitle(d: Draft, title: string): void {
    if (d.type !== 'PERSON') return;
    const set = this.titlesOf.get(d);
    if (set) set.add(title);
    else this.titlesOf.set(d, new Set([title]));
  }

  /** Whether the article gave the person draft this title (title words lower case, or SPOUSE). */
  hasTitle(d: Draft, title: string): boolean {
    return this.titlesOf.get(d)?.has(title) ?? false;
  }

  /**
   * The most recent person named with this surname whom the article gave this title before
   * ("Ambassador Kim" after "Ambassador Sung Kim … Kim Yo-jong … Jinmyung Kim" is Sung Kim);
   * undefined when none of them was so titled.
   */
  personShortenedToWithTitle(text: string, title: string): Draft | undefined {
    const list = this.byShortForm.get(withoutAccents(text));
    if (!list || list.length < 2) return undefined;
    for (let i = list.length - 1; i >= 0; i--) if (this.titlesOf.get(list[i])?.has(title)) return list[i];
    return undefined;
  }

  /** Notes the sex the article gives a person draft. */
  noteGender(d: Draft, gender: Gender): void {
    if (d.type === 'PERSON' && !this.genders.has(d)) this.genders.set(d, gender);
  }

  /** The body named most recently with this head word ("the Department" → Department of State). */
  bodyWithHead(head: string): Draft | undefined {
    return this.byHead.get(head.toLowerCase());
  }

  /** Adds a new draft; `relative`: its first mention names someone's relative (kinshipBefore). */
  add(d: Draft, relative = false): void {
    if (relative && d.type === 'PERSON') this.inPassing.add(d);
    // (accents off: a KB person is named as the KB writes them, "Hugo Chavez", and the article's "Chávez" still meets them)
    if (d.type === 'PERSON')
      for (const form of shortFormsOf(d.name)) {
        const plain = withoutAccents(form);
        // (a relative named in passing does not take the surname from the person already holding it)
        const held = this.byShortForm.get(plain);
        if (relative && held) held.unshift(d);
        else this.toFront(plain, d);
        if (!this.firstByShortForm.has(plain)) this.firstByShortForm.set(plain, d);
      }
    if (d.type === 'PERSON') {
      const ws = words(d.name.replace(GENERATION_SUFFIX, ''));
      // "Julieta Valls Noyes … Valls Noyes": a family name of two words (not "Ludwig van Beethoven")
      if (ws.length >= 3 && ws.slice(-2).every((w) => /^\p{Lu}/u.test(w)))
        this.noteSoleDraft(this.byDoubleSurname, withoutAccents(ws.slice(-2).join(' ')), d);
      for (const w of ws.slice(1, -1))
        if (INNER_NAME_WORD.test(w)) this.noteSoleDraft(this.byInnerWord, withoutAccents(w), d);
      if (ws.length >= 2) {
        this.noteSoleDraft(this.byFirstName, ws[0], d);
        // "Thanks, Tony" after "Antony J. Blinken": a short form of the given name is that person too
        for (const short of shortFormsOfGiven(ws[0].toLowerCase())) this.noteSoleDraft(this.byShortGiven, short, d);
      }
    }
    // (an agreement's or a law's acronym too: "the Strategic Partnership Agreement … the SPA")
    if (d.type === 'ORG' || (d.type === 'MISC' && endsInAgreementHead(d.name))) this.noteInitials(d.name, d);
    // ("Hurricane Mitch … Mitch killed about 10,000 people": the storm's name alone is the storm)
    if (d.type === 'EVENT' && isStormName(d.name)) this.toFront(words(d.name).at(-1) ?? d.name, d);
    if (d.type === 'ORG') {
      const first = words(d.name)[0];
      // (several bodies named after one word are named after a place or a person: "Mekong River
      // Commission", "Mekong Water Data Initiative")
      if (first && first !== d.name && ownFirstWord(first)) this.noteSoleDraft(this.byFirstWord, first, d);
      const placeless = withoutLeadingPlace(d.name);
      if (placeless) this.noteSoleDraft(this.byPlaceless, placeless, d);
    }
  }

  /** The one body named so far with a country or people before these words ("British Foreign Office … the Foreign Office"). */
  bodyWithoutPlace(text: string): Draft | undefined {
    return this.byPlaceless.get(text) ?? undefined;
  }

  /** The one body named so far whose first word this one-word name is ("Lockheed Martin … Lockheed"). */
  bodyWithFirstWord(text: string): Draft | undefined {
    return this.byFirstWord.get(text) ?? undefined;
  }

  /**
   * Notes the initials of a name the body is written with, if no body took them first: the KB's
   * name may have others than the article's ("United States Department of Homeland Security" for
   * the article's "Department of Homeland Security … DHS").
   */
  noteInitials(name: string, d: Draft): void {
    const key = initials(name);
    if (!this.byInitials.has(key)) this.byInitials.set(key, d);
  }

  /** The latest person draft whose full name the one word shortens (with `first`, the first one). */
  personShortenedTo(text: string, first = false): Draft | undefined {
    const plain = withoutAccents(text);
    const get = (form: string) => (first ? this.firstByShortForm.get(form) : this.byShortForm.get(form)?.at(-1));
    // "al-Dabbagh" after the KB's "Ali Al Dabbagh": the surname without its Arabic article
    // ("al-Assad" after "Bashar Al-Assad": the article capitalised as the full name writes it)
    return (
      get(plain) ??
      get(plain.replace(LEADING_PARTICLE, '')) ??
      (plain ? get(plain[0].toUpperCase() + plain.slice(1)) : undefined) ??
      // ("Bin Laden said" after "Osama bin Laden": a lineage word capitalised at a sentence start)
      (LEADING_PARTICLE.test(plain) ? get(plain[0].toLowerCase() + plain.slice(1)) : undefined)
    );
  }

  /**
   * Notes d as the one draft a key names so far (a first name, a surname of two words, a body's first
   * word or its name without its country); null once two share the key.
   */
  private noteSoleDraft(map: Map<string, Draft | null>, name: string, d: Draft): void {
    const known = map.get(name);
    map.set(name, known === undefined || known === d ? d : null);
  }

  /**
   * The one person named in full before with this first name, if only one was ("Ben" → Ben Rhodes),
   * else the one whose given name it is a short form of ("Tony" → Antony J. Blinken).
   */
  personWithFirstName(text: string): Draft | undefined {
    const own = this.byFirstName.get(text);
    if (own !== undefined) return own ?? undefined;
    return this.byShortGiven.get(text.toLowerCase()) ?? undefined;
  }

  /** The one person named before in three words or more whose last two words these are ("Valls Noyes"). */
  personWithDoubleSurname(text: string): Draft | undefined {
    return this.byDoubleSurname.get(withoutAccents(text)) ?? undefined;
  }

  /** The one person named before in three words or more with this word inside the name ("Lula"). */
  personWithInnerWord(text: string): Draft | undefined {
    return this.byInnerWord.get(withoutAccents(text)) ?? undefined;
  }

  /** An acronym the article defined in parentheses after a name stands for that name from now on. */
  defineAcronym(acronym: string, d: Draft): void {
    this.defined.set(acronym, d);
    // (its plural or singular stands for the same: "State-Owned Enterprises (SOE) … with SOEs")
    if (!this.defined.has(otherNumber(acronym))) this.defined.set(otherNumber(acronym), d);
  }

  /** The draft the article defined the acronym as, if it did. */
  definedAs(acronym: string): Draft | undefined {
    return this.defined.get(acronym);
  }

  /** The first organisation draft whose initials the acronym spells. */
  orgWithInitials(acronym: string): Draft | undefined {
    return this.byInitials.get(acronym);
  }
}

/** First words many bodies share, which alone name none of them ("United", "National", "General"). */
const GENERIC_FIRST_WORDS = new Set([
  'national',
  'international',
  'united',
  'general',
  'american',
  'royal',
  'european',
  'first',
  'new',
  'global',
  'world',
  'federal',
  'central',
  'state',
  'public',
  'democratic',
  'republican',
  'islamic',
  'arab',
  'african',
  'asian',
]);

/** Continents, whose names open bodies' names ("Africa CDC", "Europe Direct") without standing for them. */
const CONTINENTS = new Set(['africa', 'europe', 'asia', 'america', 'oceania', 'antarctica', 'arctic', 'eurasia']);

/**
 * Whether a body's first word may stand for it alone: a word of its own ("Lockheed", "Fiat"), not one
 * many bodies share, a body's or a title's word ("Department", "Embassy"), a place the body is named
 * after ("Africa CDC", "Mekong River Commission") or a given name the recogniser read into a body.
 */
function ownFirstWord(first: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return false;
  const lower = first.toLowerCase();
  const lex = lexiconSets();
  if (GENERIC_FIRST_WORDS.has(lower) || lex.orgHeads.has(lower) || lex.governmentHeads.has(lower)) return false;
  if (lex.genericBodyWords.has(lower) || lex.namedRegions.has(lower) || CONTINENTS.has(lower)) return false;
  if (lex.titleHeads.has(lower) || lex.titleModifiers.has(lower)) return false;
  const hit = lookupName(first);
  if (hit && hit.kind !== 'org') return false;
  return !englishGivenNames().has(first) && !isGivenName(first);
}

/**
 * A body's name without the country or the people's adjective opening it, where two words or more
 * are left ("British Foreign Office" → "Foreign Office"); else null.
 */
function withoutLeadingPlace(name: string): string | null {
  // (a country of one word or more: "British Foreign Office", "United States Supreme Court")
  const ws = name.split(' ');
  for (let n = 1; n <= MAX_PLACE_WORDS && ws.length - n >= 2; n++) {
    const kind = lookupName(ws.slice(0, n).join(' '))?.kind;
    if (kind === 'country' || kind === 'demonym') return ws.slice(n).join(' ');
  }
  return null;
}
/** The most words of a country's name opening a body's ("United Arab Emirates"). */
const MAX_PLACE_WORDS = 3;

function draftKey(
  doc: ArticleDocument,
  n: TypedName,
  drafts: DraftIndex,
): { key: string; rule: string; draft?: Partial<Draft> } {
  const text = doc.slice(n);
  // "the Joint Comprehensive Plan of Action (JCPOA)": the acronym is what it follows, and so are its
  // later mentions, however the initials of the name would spell it
  const defined = definedAcronym(doc, n, text, drafts.last);
  if (defined) {
    drafts.defineAcronym(text, defined);
    return { key: defined.key, rule: 'acronym-defined' };
  }
  // "The Bush Administration" (2006): the government its leader heads that day, by its own name
  const led = n.type === 'ORG' ? leaderGovernment(text, doc.published) : null;
  if (led)
    return {
      key: `ORG:${withoutAccents(text).toLowerCase()}`,
      rule: 'leader-government',
      draft: { type: 'ORG', ...led },
    };
  // "OSCE Permanent Council": a body of an international organisation acts for it
  const arm = n.type === 'ORG' && !n.hit ? armOfOrganisation(text) : null;
  if (arm) return { key: `ORG:${withoutAccents(text).toLowerCase()}`, rule: 'organisation-arm', draft: arm };
  // "the Government of Indonesia", "the Indonesian Government": the country's government (IDNGOV)
  // (a government the recogniser read as a thing, "the British Government", is one too)
  const government = n.type === 'ORG' || n.type === 'GPE' || n.type === 'MISC' ? namedGovernment(text) : null;
  if (government) {
    // one identity across articles: "Government of Iraq" here, "Iraqi Government" there
    const kb = `government:${government.country}`;
    return {
      key: kb,
      rule: 'government-name',
      // (a list's "the Governments of the United States of America, France, …" names one of them)
      draft: {
        type: 'ORG',
        name: text.replace(/^the\s+/i, '').replace(/^Governments\b/, 'Government'),
        ...government,
        kb,
      },
    };
  }
  // "Rafsanjani has also accused the West of …": the Western countries as one side, CAMEO's region
  // code WST (not "the West Bank", "the West Wing": a name of its own)
  if (text === 'West' && precededByThe(doc, n))
    return { key: WEST.kb, rule: `${n.rule}+region-west`, draft: { ...WEST } };
  // "The Administration is deeply committed to …" in a government's own release: that government
  // (not where the article named an administration before: "the Biden-Harris Administration … the Administration")
  const issuing =
    text === 'Administration' && precededByThe(doc, n) && !NAMED_ADMINISTRATION.test(doc.text.slice(0, n.start))
      ? sourceGovernment(doc.source)
      : undefined;
  if (issuing?.country) {
    const kb = `government:${issuing.country}`;
    const actor = `${actorCountry(issuing.country)}GOV`;
    return {
      key: kb,
      rule: 'issuer-administration',
      draft: { type: 'ORG', name: text, country: issuing.country, actor, kb },
    };
  }
  // (before the KB's word: it may file the acronym under another entry than the name)
  const definedBefore = drafts.definedAs(text);
  if (definedBefore) return { key: definedBefore.key, rule: 'acronym' };
  const spaced = /\s/.test(text);
  // "Lockheed Martin … Lockheed said": a body's first word alone, read as a body, is that body (unless
  // the KB knows the word as another)
  // (not after "the": "the Mekong", "the Caribbean" are the places the bodies are named after)
  const shortOf = !spaced && n.type === 'ORG' && !precededByThe(doc, n) ? drafts.bodyWithFirstWord(text) : undefined;
  if (shortOf && (!n.hit || n.hit.id === shortOf.kb)) return { key: shortOf.key, rule: 'body-first-word' };
  // "the British Foreign Office … the Foreign Office": a body's name of two words or more that an
  // earlier body's name held after its country or people is that body (where only one did)
  const placeless = spaced && n.type === 'ORG' && !n.hit ? drafts.bodyWithoutPlace(text) : undefined;
  if (placeless) return { key: placeless.key, rule: 'body-without-place' };
  // "Nasrallah said …" after "Sheikh Hassan Nasrallah": a word the KB files among a body's other names
  // (CAMEO's dictionaries code a leader as the group: "nasrallah", "hassan nasrallah" under Hezbollah)
  // is the person the article named in full with it, where the KB files that full name there too
  const leader = !spaced && n.hit?.kind === 'org' ? drafts.personShortenedTo(text) : undefined;
  if (leader && lookupName(leader.name)?.id === n.hit?.id) return { key: leader.key, rule: 'surname' };
  // a surname the KB resolved still joins a full name the article gave before (Michelle Obama … Obama)
  // or the byline or headline gave ("MS PORTER:" in a briefing by Jalina Porter, not Porter Goss)
  const credited = creditedDraft(doc, drafts, n, text, spaced);
  // (a credited name the KB knows too is left to the KB's reading of the surname by the article's date:
  // the KB's "George Bush" is the father, a 2008 headline's the son)
  const known =
    /kb-surname(?:-bare)?$/.test(n.rule) &&
    (joinableShortForm(drafts, text, titleWordsBefore(doc, n.start)[0]) || (credited && !credited.draft.kb))
      ? undefined
      : n.hit;
  // "the Department", "the Council": a body's head word alone, capitalised after "the", is the body
  // named with it most recently (rule `body-head`)
  if (!known && !spaced && /^\p{Lu}\p{Ll}+$/u.test(text) && lexiconSets().orgHeads.has(text.toLowerCase())) {
    const before = doc.text.slice(Math.max(0, n.start - 4), n.start);
    const body = /(?:^|\s)the\s$/i.test(before) ? drafts.bodyWithHead(text) : undefined;
    if (body) return { key: body.key, rule: 'body-head' };
  }
  // "Congress" in a White House release, "the Department" in a State Department one (issuer-bodies.ts)
  const own = !known && n.type === 'ORG' ? issuerOwnBody(doc, n, text) : undefined;
  const hit = known ?? own;
  // "the Minsk agreements", "the Oslo accords", "the Schengen/Dublin bilateral agreements": a place
  // that names an agreement is no party to it, nor the place itself (rule `+agreement-name`)
  if (hit && namesAgreement(doc, hit.kind, n.end))
    return {
      key: `MISC:${withoutAccents(text).toLowerCase()}`,
      rule: `${n.rule}${AGREEMENT_NAME_RULE}`,
      draft: { type: 'MISC', name: text },
    };
  if (hit) {
    if (
      (hit.kind === 'capital' || hit.kind === 'seat') &&
      n.type !== 'ORG' &&
      !isLocative(doc, n) &&
      // (nor the last of a list of places after one: "in Nairobi and Dar es Salaam")
      !lastOfLocativeList(doc, n) &&
      !(hit.kind === 'capital' && occasionAfter(doc, n.end)) &&
      hit.country
    ) {
      const c = countryEntity(hit.country);
      return {
        key: c.id,
        rule: 'metonymy',
        draft: { type: 'GPE', name: c.name, actor: c.country, country: c.country, kb: c.id },
      };
    }
    // "Tibetan", "Puerto Rican": a people or territory the KB gives an actor of its own is not the
    // country's people ("Chinese", "American")
    // (a code of the country's own plus a suffix: CHNTIB; "East Timorese" under TMP, CAMEO's code
    // for TLS, is the country's people)
    const ownPeople =
      hit.kind === 'demonym' &&
      !!hit.country &&
      !!hit.actor &&
      hit.actor.length > hit.country.length &&
      hit.actor.startsWith(hit.country);
    const actor =
      hit.kind === 'person'
        ? personActor(hit, doc.published)
        : ownPeople
          ? hit.actor
          : hit.kind === 'demonym' || hit.kind === 'city' || hit.kind === 'region' || hit.kind === 'capital'
            ? hit.country && actorCountry(hit.country)
            : hit.actor;
    // (the article's own spelling where it is the KB's name with accents and hyphens: "Călin
    // Popescu-Tăriceanu", "Chen Shui-bian", not the KB's plain "Calin Popescu Tariceanu")
    // (and the article's own where the KB's holds it among titles and middle names: "Ali Khamenei" for
    // "Hojatolislam Sayyed Ali Khamenei", rule +kb-fullname)
    const name =
      hit.kind === 'demonym' || spelledAs(text, hit.name) || n.rule.endsWith('+kb-fullname') ? text : hit.name;
    // Greek the adjective and Boston the team are other entities than Greece and the city
    const key = n.type === KB_TYPE[hit.kind] ? hit.id : `${hit.id}:${n.type}`;
    const id =
      n.type === 'NORP' && hit.kind === 'country'
        ? `demonym:${hit.country}`
        : ownPeople
          ? `demonym:${hit.actor}`
          : hit.id;
    return {
      key: n.type === 'NORP' ? id : key,
      rule: own ? `${n.rule}+issuer-body` : n.rule,
      draft: { type: n.type, name: n.type === 'NORP' ? text : name, actor, country: hit.country, kb: id },
    };
  }
  // a surname joins a full name only when it is read as a person ("Ford" the company stays apart)
  const personRead = n.type === 'PERSON' || n.rule === 'propn-run';
  const particled = personRead && spaced ? personOfParticleSurname(drafts, text) : undefined;
  if (particled) return { key: particled.key, rule: 'surname' };
  // (a family name opened by a particle is a person's, however the recogniser typed it: "Le Pen is a
  // candidate …" after "Marine Le Pen", "Van Hollen said")
  const double =
    (personRead || SURNAME_PARTICLE.test(text)) && /^\S+\s\S+$/.test(text)
      ? drafts.personWithDoubleSurname(text)
      : undefined;
  if (double) return { key: double.key, rule: 'surname' };
  if (!spaced && personRead) {
    // (a transcript label in capitals: "MR. RHODES" is Rhodes; "AMBASSADOR KIM:" is the speaker the
    // transcript introduced, the first person named with the surname, not the latest: a Kim asked about)
    const label = isLabelInCapitals(doc, n);
    // ("Mrs. Clinton", "Mr. Bush": the honorific's sex picks among those sharing the surname)
    const honorific = label ? null : honorificGender(doc.text.slice(Math.max(0, n.start - 10), n.start));
    const title = label || honorific ? undefined : titleWordsBefore(doc, n.start)[0];
    const d =
      (honorific ? drafts.personShortenedToOfGender(text, honorific) : undefined) ??
      (title ? drafts.personShortenedToWithTitle(text, title) : undefined) ??
      drafts.personShortenedTo(text, label) ??
      drafts.personShortenedTo(personDisplayName(text), label);
    if (d && !spouseTitledOtherwise(drafts, d, title)) return { key: d.key, rule: 'surname' };
    // "Thanks, Ben." after "Ben Rhodes": a first name alone is the one person named in full with it
    // (a word the recogniser read as a person needs no list of given names: "Samantha", "Abiy",
    // "Park" of Park Geun-hye; a surname of someone's was matched above)
    const first = n.type === 'PERSON' ? drafts.personWithFirstName(text) : undefined;
    if (first) return { key: first.key, rule: 'first-name' };
    // "Lula" after "Luiz Inácio Lula da Silva", "Minister Zayed" after "Sheikh Abdullah bin Zayed Al
    // Nahyan": a word from inside one person's full name, read as a person, is that person
    const inner = n.type === 'PERSON' ? drafts.personWithInnerWord(text) : undefined;
    if (inner) return { key: inner.key, rule: 'inner-name' };
  }
  if (credited) return credited;
  // "Lance Corporal Jon Hetherington" after "Jonathan Hetherington": the surname of a person named
  // before, with a listed short form of that person's given name (or the full form of it), is that person
  const shortened = n.type === 'PERSON' && spaced ? personOfShortGiven(drafts, text) : undefined;
  if (shortened) return { key: shortened.key, rule: 'given-short-form' };
  if (/^\p{Lu}{2,6}$/u.test(text)) {
    const d = drafts.orgWithInitials(text);
    if (d) return { key: d.key, rule: 'acronym' };
  }
  // "Mevlüt Çavuşoğlu" and "Mevlut Cavusoglu" are one name
  return { key: `${n.type}:${withoutAccents(text).toLowerCase()}`, rule: n.rule };
}

/** The person named before whose surname a two-word name shares, with a short or full form of their given name. */
function personOfShortGiven(drafts: DraftIndex, text: string): Draft | undefined {
  const ws = words(text);
  if (ws.length !== 2) return undefined;
  const d = drafts.personShortenedTo(ws[1]);
  const given = d ? words(d.name)[0] : undefined;
  return d && given && hypocorismPair(given.toLowerCase(), ws[0].toLowerCase()) ? d : undefined;
}

/** A head of state's spouse's title right before a name ("the First Lady of the United States Dr. Jill Biden"). */
const SPOUSE_TITLE =
  /\bFirst (?:Lady|Gentleman)\b(?: of(?: the)? [\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)*)?,? (?:(?:Dr|Mrs|Ms|Mr)\.? )?$/u;
/** The note a spouse's title leaves among a person's title words. */
const SPOUSE = 'first lady';

/**
 * Whether the person draft is a head of state's spouse and the surname's title another office: "President
 * Biden" after "the First Lady of the United States Dr. Jill Biden" is someone else (a spouse holds no office).
 */
function spouseTitledOtherwise(drafts: DraftIndex, d: Draft, title: string | undefined): boolean {
  return !!title && title !== 'lady' && drafts.hasTitle(d, SPOUSE) && !drafts.hasTitle(d, title);
}

/** The person named before whom this surname, after this title word, may shorten (see spouseTitledOtherwise). */
function joinableShortForm(drafts: DraftIndex, text: string, title: string | undefined): Draft | undefined {
  const d = drafts.personShortenedTo(text);
  return d && !spouseTitledOtherwise(drafts, d, title) ? d : undefined;
}

/** The word right before a name and its space. */
const LAST_WORD = /([^\s]+)[ \t]$/;

/** The most words a title before a name is looked through for its title words. */
const MAX_TITLE_WORDS = 8;

/**
 * The title words (lower case) of the title written right before a name, read back through its
 * capitalised words and glue ("Special Representative for the DPRK Ambassador Sung Kim":
 * ambassador, representative).
 */
function titleWordsBefore(doc: ArticleDocument, start: number): string[] {
  const lex = lexiconSets();
  // (most names follow a word in lower case that is no title's: read no further)
  const last = LAST_WORD.exec(doc.text.slice(Math.max(0, start - 24), start))?.[1];
  if (!last || (/^\p{Ll}/u.test(last) && !lex.titleGlue.has(last))) return [];
  const ws = doc.text.slice(Math.max(0, start - 96), start).split(/[ \t]+/);
  if (ws.pop() !== '') return [];
  const found: string[] = [];
  for (let i = ws.length - 1; i >= 0 && ws.length - i <= MAX_TITLE_WORDS; i--) {
    // (a title opening a quotation or a line is read up to its mark: "“Colonel Mohamed Bacar has …")
    const opened = /^["“‘(\n]/.test(ws[i]);
    const w = ws[i].replace(/^[\s\S]*[\n"“‘(]/, '').replace(/\.$/, '');
    if (!/^[\p{L}-]+$/u.test(w)) break;
    const lower = w.toLowerCase();
    if (/^\p{Lu}/u.test(w)) {
      if (lex.titleHeads.has(lower)) found.push(lower);
    } else if (!lex.titleGlue.has(lower)) break;
    if (opened || /\n/.test(ws[i])) break;
  }
  return found;
}

/**
 * The credited person a mention read as a person names (credited-people.ts), keyed as the KB or the
 * full name keys them, so that the surname, the first name and the full name meet ("MS PORTER:",
 * "Thanks, Jalina" → Jalina Porter). A one-word mention asks only after the article's own people.
 */
function creditedDraft(
  doc: ArticleDocument,
  drafts: DraftIndex,
  n: TypedName,
  text: string,
  spaced: boolean,
): { key: string; rule: string; draft: Partial<Draft> } | undefined {
  if (!(doc.byline || doc.title) || !(n.type === 'PERSON' || n.rule === 'propn-run')) return undefined;
  const found = creditedIdentity(doc, spaced ? text : personDisplayName(text));
  if (!found || found.name === text) return undefined;
  if (!spaced && (drafts.personShortenedTo(text) || drafts.personShortenedTo(personDisplayName(text))))
    return undefined;
  if (!spaced && drafts.personWithFirstName(text)) return undefined;
  const person = found.person;
  // (one the KB lacks has the country and office the headline gives: "… With Mexican Foreign Secretary
  // Marcelo Ebrard")
  const office = person ? null : headlineOffice(doc.title, found.name);
  return {
    key: person ? person.id : `PERSON:${withoutAccents(found.name).toLowerCase()}`,
    rule: 'credited-person',
    draft: {
      type: 'PERSON',
      name: person ? person.name : found.name,
      actor: person ? personActor(person, doc.published) : (office?.actor ?? null),
      country: person?.country ?? office?.country ?? null,
      kb: person?.id ?? null,
    },
  };
}

/** Nouns of an occasion a town's name before them places ("the 2004 Madrid bombings", "the London summit"). */
const OCCASION_NOUNS = new Set([
  'bombing',
  'bombings',
  'attack',
  'attacks',
  'blast',
  'blasts',
  'explosion',
  'explosions',
  'massacre',
  'siege',
  'riot',
  'riots',
  'summit',
  'conference',
  'marathon',
  'olympics',
]);

/** Whether an occasion's noun follows the name ending at `end` ("Madrid" + "bombings"): the town is where it happened. */
function occasionAfter(doc: ArticleDocument, end: number): boolean {
  const next = doc.tokens[doc.tokenIndexAt(end)];
  return !!next && next.start === end + 1 && OCCASION_NOUNS.has(next.lower);
}

/**
 * The draft an acronym in parentheses right after its name stands for ("… Plan of Action (JCPOA)"),
 * if its letters can be read in order from the name's words (acronym-definition.ts).
 */
function definedAcronym(doc: ArticleDocument, n: TypedName, text: string, last: DraftIndex['last']): Draft | undefined {
  if (!last || !inParenthesesAfter(doc, last.end, n, text)) return undefined;
  // (a person or a region is given no acronym: a name so read before one is misread, "Bovine
  // Spongiform Encephalopathy (BSE)" as a person, and the acronym is better left to its own reading)
  if (last.draft.type === 'PERSON' || last.draft.type === 'LOC') return undefined;
  // (an acronym the KB knows keeps the KB's identity when the name before it has none: "United
  // Nations International Atomic Energy Agency (IAEA)"; unless the name spells the acronym and the KB
  // spells it out as another body: "the Armed Forces of the Philippines (AFP)" is no press agency)
  const letters = acronymLetters(text);
  if (n.hit && !last.draft.kb && !(abbreviates(letters, last.text) && spelledOutOtherwise(text, last.text, n.hit)))
    return undefined;
  // "the Kurdistan Workers' Party (PKK)": letters from another language's name, but the KB files the
  // acronym under the same actor code as the name (two of its entries for one body), as the article says
  // (after a name of one word the bracket names another body: "the ISAF (NATO)", its parent)
  const sameActor = !!n.hit?.actor && n.hit.kind === 'org' && n.hit.actor === last.draft.actor && /\s/.test(last.text);
  return sameActor || abbreviates(letters, last.text) || translatedAcronym(n, last) ? last.draft : undefined;
}

/**
 * "the Special Prosecutor's Office Against Impunity (FECI)", "the National Liberation Army (ELN)": an
 * acronym no knowledge base knows, in parentheses after a body's name of several words, is the
 * acronym of the name in its own language. (Not after a place or a person, nor one read as a place:
 * "Amnesty International (UK)".)
 */
function translatedAcronym(n: TypedName, last: NonNullable<DraftIndex['last']>): boolean {
  return !n.hit && last.draft.type === 'ORG' && (n.type === 'ORG' || n.type === 'MISC') && /\s/.test(last.text);
}

/**
 * Whether the KB spells the acronym's body out otherwise than the article: a name of several words it
 * files under the hit's entry that the acronym abbreviates too ("AFP": "Agence France Presse", where
 * the article wrote "Armed Forces of the Philippines"), none of them ending the article's name.
 */
function spelledOutOtherwise(acronym: string, longForm: string, hit: KbHit): boolean {
  const written = normalizeKey(longForm.replace(/^the\s+/i, ''));
  const keys = kbOrgKeys(hit.id).filter((key) => key.includes(' '));
  // ("United States' Central Intelligence Agency (CIA)": the KB's name ends the article's)
  if (keys.some((key) => written === key || written.endsWith(' ' + key))) return false;
  return keys.some((key) => abbreviates(acronym, key));
}

/** Whether a name in capitals ends a transcript's speaker label ("AMBASSADOR KIM: …"). */
function isLabelInCapitals(doc: ArticleDocument, n: TypedName): boolean {
  const text = doc.slice(n);
  return doc.text[n.end] === ':' && /\p{Lu}{2}/u.test(text) && text === text.toUpperCase();
}

/** The types a body's short name may have been misread as. */
const BODY_SHORT_FROM = new Set<EntityType>(['PERSON', 'GPE', 'LOC', 'FAC']);

/**
 * A one-word name the article gave before as a person's surname is that person, whatever the model
 * read in its context ("Valeska Paris … Paris said", "against Montalvo"); a country, and a body the
 * KB knows by the name, never is (William Clay Ford … Ford the company); the first word of a body
 * named before is the body's short name (Ford Motor Company … Ford).
 */
export function shortNamesOfEarlierNames(doc: ArticleDocument, typed: TypedName[]): TypedName[] {
  // the short forms of the full person names given so far
  const surnames = new Set<string>();
  // the surnames a title or the KB marks as a person's anywhere in the article
  const titled = titledSurnames(doc, typed);
  // "Ford Motor Company … Ford": the first word of a body named before is the body's short name
  const bodyWords = new Set<string>();
  // ("Al-Sahrawi first pledged …" after "Adnan Abu Walid al-Sahrawi": the article capitalised, or left out)
  const personsSurname = (text: string) =>
    surnames.has(text) ||
    titled.has(personDisplayName(text)) ||
    (LEADING_PARTICLE.test(text) && surnames.has(text.replace(LEADING_PARTICLE, '')));
  // the given names of the full person names so far, each with the one name bearing it (null: two did)
  const givenNames = new Map<string, string | null>();
  // the countries named so far by a compass word and a name ("North Korea"), by that word (null: two were)
  const compass = new Map<string, KbHit | null>();
  const readings = surnameReadings(doc, typed);
  return typed.map((n) => {
    const text = doc.slice(n);
    const spaced = /\s/.test(text);
    if (n.hit?.kind === 'country' && COMPASS_COUNTRY.test(text)) {
      const word = text.split(/\s+/)[0];
      const known = compass.get(word);
      compass.set(word, known === undefined || known?.id === n.hit.id ? n.hit : null);
    }
    // "Seoul said the North's decision was …": "the North" after North Korea is that country
    const country = !spaced && COMPASS_WORD.test(text) && precededByThe(doc, n) ? compass.get(text) : undefined;
    if (country) return typedName(n, 'GPE', country, `${n.rule}+compass-country`);
    if (n.type === 'ORG' && spaced) bodyWords.add(text.split(/\s+/)[0]);
    // "Apple Computer … Apple engineers": the body's short name read as a person or a place is the body
    if (
      !spaced &&
      bodyWords.has(text) &&
      (!n.hit || n.hit.kind === 'org') &&
      BODY_SHORT_FROM.has(n.type) &&
      !personsSurname(text)
    )
      return typedName(n, 'ORG', n.hit, `${n.rule}+short-name-of-body`);
    if (n.type === 'PERSON') {
      if (spaced) {
        for (const form of shortFormsOf(text)) surnames.add(form);
        noteGivenName(givenNames, text);
      }
      return n;
    }
    if (
      spaced ||
      bodyWords.has(text) ||
      n.hit?.kind === 'country' ||
      n.hit?.kind === 'demonym' ||
      n.hit?.kind === 'org'
    )
      return n;
    if (personsSurname(text)) return typedName(n, 'PERSON', undefined, `${n.rule}+surname-of-person`);
    // "Graham: Trump is 'incredibly hateful'" over "Donald Trump said …": a surname the recogniser
    // alone read as a body before the article names the person in full is the person, where it reads
    // the word as a person's more often than as a body's ("Ford" the carmaker stays one)
    const votes = readings.get(text);
    if (n.type === 'ORG' && !n.hit && n.rule === 'ner-perceptron' && votes && votes.person > votes.body)
      return typedName(n, 'PERSON', undefined, `${n.rule}+surname-of-later-person`);
    // "Morning, Matt." after "Matt Lee", read as a place: a known first name alone is the one person
    // named in full with it (draftKey then joins it to them)
    // (or any first name, where the text addresses its bearer: "Rosiland, your line is open." after
    // "Let's go to Rosiland Jordan")
    if (!n.hit && givenNames.get(text) && (isGivenName(text) || addressedWord(doc, n)))
      return typedName(n, 'PERSON', undefined, `${n.rule}+first-name-of-person`);
    return n;
  });
}

/**
 * For each surname of a person named in full in the article (the last word of a name of two or more
 * the recogniser read as a person's): how many of the article's names read as a person's end in it,
 * and how many times the recogniser alone read the word by itself as a body's.
 */
function surnameReadings(doc: ArticleDocument, typed: TypedName[]): Map<string, { person: number; body: number }> {
  const out = new Map<string, { person: number; body: number }>();
  for (const n of typed)
    if (n.type === 'PERSON') {
      const ws = words(doc.slice(n));
      if (ws.length < 2) continue;
      const r = out.get(ws[ws.length - 1]) ?? { person: 0, body: 0 };
      r.person++;
      out.set(ws[ws.length - 1], r);
    }
  for (const n of typed) {
    if (n.type !== 'PERSON' && n.type !== 'ORG') continue;
    const r = out.get(doc.slice(n));
    if (!r) continue;
    if (n.type === 'PERSON') r.person++;
    else if (n.rule === 'ner-perceptron' && !n.hit) r.body++;
  }
  return out;
}

/** A country named by a compass word and a name ("North Korea", "South Sudan"), and the word alone. */
const COMPASS_COUNTRY = /^(?:North|South)\s\p{Lu}/u;
const COMPASS_WORD = /^(?:North|South)$/;

/** Whether "the" stands right before the name ("the North"). */
/** An administration named by its leader before ("the Biden-Harris Administration", "the Obama administration"). */
const NAMED_ADMINISTRATION = /\p{Lu}[\p{L}'’-]+ [Aa]dministration\b/u;

/** The West as an actor: CAMEO's international region code (cameo_actor_types.tsv, manual table 3.3). */
const WEST = { type: 'LOC', name: 'the West', actor: 'WST', country: null, kb: 'region:WST' } as const;

function precededByThe(doc: ArticleDocument, n: TypedName): boolean {
  const k = doc.tokenIndexAt(n.start);
  return doc.tokens[k - 1]?.lower === 'the';
}

/**
 * One-word names read as a person's because a title stands before them or the KB holds them as a
 * person's surname ("Prime Minister Abe", "President Medvedev"): the same word elsewhere in the
 * article, read by the recogniser as a body or a place ("asking Abe", "the Medvedev comments"), is
 * that person too, before or after.
 */
function titledSurnames(doc: ArticleDocument, typed: TypedName[]): Set<string> {
  const out = new Set<string>();
  for (const n of typed) {
    if (n.type !== 'PERSON') continue;
    const titledRead = n.rule.includes('after-title') || (n.hit?.kind === 'person' && !n.rule.endsWith('unsupported'));
    const text = doc.slice(n);
    if (titledRead && !/\s/.test(text)) out.add(personDisplayName(text));
  }
  return out;
}

/** Whether a one-word name stands where a speaker addresses its bearer (cue-types.ts). */
const addressedWord = (doc: ArticleDocument, n: Span): boolean => {
  const k = doc.tokenIndexAt(n.start);
  return addressed(doc, k, k);
};

/** A first name of the KB's people or a listed short form of one ("Matt"). */
const isGivenName = (word: string) => isKnownFirstName(word) || isShortGivenName(word);

/** Notes the given name of a full person name the article wrote ("Matt Lee" → Matt), null once two bore it. */
function noteGivenName(givenNames: Map<string, string | null>, fullName: string): void {
  const given = words(fullName)[0];
  if (!/^\p{Lu}\p{Ll}+$/u.test(given)) return;
  // "Ben" after "Benjamin Hall": the listed short forms of the given name too
  for (const form of [given, ...shortFormsOfGiven(given.toLowerCase()).map(titleCase)]) {
    const known = givenNames.get(form);
    givenNames.set(form, known === undefined || known === fullName ? fullName : null);
  }
}

/**
 * The draft of a given name that shares the surname of the full name after "and" ("Bill and Hillary
 * Clinton", "Dan and Christine Olafsson"): the person "Bill Clinton", named by the KB where it knows
 * them, so that a later "Mr. Clinton" finds him. Else null.
 */
function sharedSurnameDraft(
  doc: ArticleDocument,
  drafts: DraftIndex,
  n: TypedName,
  next: TypedName | undefined,
): { key: string; rule: string; draft: Partial<Draft> } | null {
  if (n.type !== 'PERSON' || next?.type !== 'PERSON') return null;
  const given = doc.slice(n);
  if (!/^\p{Lu}\p{Ll}+$/u.test(given) || doc.text.slice(n.end, next.start) !== ' and ') return null;
  // (a given name, not someone's surname: "Keyworth and Dick Hackborn", "Trump and Democrat Clinton")
  if (!(englishGivenNames().has(given) || isGivenName(given)) || drafts.personShortenedTo(given)) return null;
  // (nor one after a title, a surname too: "Secretary Chu and Larry Summers")
  const before = doc.tokens[doc.tokenIndexAt(n.start) - 1];
  if (before && /^\p{Lu}/u.test(before.text) && before.sentence === doc.tokens[doc.tokenIndexAt(n.start)].sentence)
    return null;
  const partner = words(doc.slice(next));
  // (the partner's given name first: "Xie Feng" puts the family name first)
  if (
    partner.length !== 2 ||
    !/^\p{Lu}/u.test(partner[1]) ||
    !(englishGivenNames().has(partner[0]) || givenNameGender(partner[0]))
  )
    return null;
  const name = `${given} ${partner[1]}`;
  const hit = lookupName(name);
  if (hit?.kind === 'person')
    return {
      key: hit.id,
      rule: 'shared-surname',
      draft: {
        type: 'PERSON',
        name: hit.name,
        actor: personActor(hit, doc.published),
        country: hit.country,
        kb: hit.id,
      },
    };
  return {
    key: `PERSON:${withoutAccents(name).toLowerCase()}`,
    rule: 'shared-surname',
    draft: { type: 'PERSON', name },
  };
}

/** A name named as someone's relative: whether only in passing, and the sex the kinship word gives. */
interface Kinship {
  passing: boolean;
  gender: Gender | null;
}

/**
 * How the name at `start` is named as someone's relative, if it is: a kinship word a few words
 * before it in the same clause ("mother of Benghazi victim Sean Smith", "her husband, former
 * President Bill Clinton", "Dustin's father David Donica"), in passing unless it opens the sentence
 * ("His son Anzor Maskhadov … said he would carry on": a relative the sentence is about is its new
 * topic).
 */
function kinshipBefore(doc: ArticleDocument, start: number): Kinship | null {
  const before = doc.text.slice(Math.max(0, start - 60), start);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n'));
  const clause = before.slice(cut + 1).replace(/,\s*/g, ' ');
  const m = KINSHIP_BEFORE.exec(clause);
  if (!m) return null;
  // (the kinship word, or a possessive before it, opening the sentence)
  const lead = clause.slice(0, m.index).trim();
  const opening = cut >= 0 && (lead === '' || /^(?:his|her|their|its)$/i.test(lead));
  // ("mother of … Sean Smith": the word is the relation of someone named before, not the name's)
  return { passing: !opening, gender: m[2] ? null : (KIN_GENDER[m[1].toLowerCase()] ?? null) };
}

export function buildNameEntities(doc: ArticleDocument): void {
  const drafts: Draft[] = [];
  const index = new DraftIndex();
  const byKey = new Map<string, Draft>();
  const typed = withProducts(
    doc,
    withTitledSurnames(
      doc,
      withSupportedSurnames(
        doc,
        listedPlaces(
          doc,
          typesFromCuedMentions(
            doc,
            nameCandidates(doc).map((c) => typeCandidate(doc, c)),
          ),
        ),
      ),
    ),
  );
  const ordered = shortNamesOfEarlierNames(doc, typed);
  for (let i = 0; i < ordered.length; i++) {
    const n = ordered[i];
    const { key, rule, draft } = sharedSurnameDraft(doc, index, n, ordered[i + 1]) ?? draftKey(doc, n, index);
    const kin = n.type === 'PERSON' ? kinshipBefore(doc, n.start) : null;
    let d = byKey.get(key);
    if (!d) {
      d = {
        key,
        type: n.type,
        name: n.type === 'PERSON' ? personDisplayName(doc.slice(n)) : doc.slice(n),
        actor: null,
        country: null,
        kb: null,
        mentions: [],
        ...draft,
      };
      byKey.set(key, d);
      drafts.push(d);
      index.add(d, kin?.passing);
    }
    d.mentions.push({ start: n.start, end: n.end, text: doc.slice(n), kind: 'name', rule });
    index.last = { end: n.end, text: doc.slice(n), draft: d };
    index.noteBodyMention(d);
    if (rule !== 'surname') index.notePersonMention(d, doc.slice(n), kin?.passing);
    if (kin?.gender) index.noteGender(d, kin.gender);
    if (d.type === 'PERSON') for (const title of titleWordsBefore(doc, n.start)) index.noteTitle(d, title);
    if (d.type === 'PERSON' && SPOUSE_TITLE.test(doc.text.slice(Math.max(0, n.start - 64), n.start)))
      index.noteTitle(d, SPOUSE);
    if (d.type === 'ORG' && d.kb && d.name !== doc.slice(n)) index.noteInitials(doc.slice(n), d);
  }
  for (const d of joinUnlinkedNamesakes(doc, drafts, isShortFormOf)) {
    const e: EntityRecord = doc.addEntity({ type: d.type, name: d.name, actor: d.actor, country: d.country, kb: d.kb });
    e.mentions.push(...d.mentions);
  }
}

export const entityNames: Component = {
  name: 'entity-names',
  needs: ['tokens', 'sentences'],
  adds: ['entities'],
  run(doc) {
    try {
      buildNameEntities(doc);
    } catch (err) {
      // bad input must never stop the pipeline: leave the entities found so far
      process.emitWarning(`entity-names: ${(err as Error).message} in ${doc.id}`);
    }
  },
};

/**
 * Whether a surface is a KB name but for its accents, hyphens and the case after them ("Chen
 * Shui-bian", "Chen Shui Bian"); not one in capitals ("SUSAN RICE"), whose case is the layout's.
 */
function spelledAs(surface: string, kbName: string): boolean {
  if (surface === kbName || surface === surface.toUpperCase()) return false;
  // ("Dar es Salaam" for the KB's "Dar Es Salaam": a particle the KB capitalised with the rest)
  if (/ \p{Ll}+ /u.test(surface) && surface.toLowerCase() === kbName.toLowerCase()) return true;
  if (!/[-\u0080-\uFFFF]/.test(surface)) return false;
  const plain = (w: string) => withoutAccents(w).toLowerCase().replace(/-/g, ' ');
  return plain(surface) === plain(kbName);
}
