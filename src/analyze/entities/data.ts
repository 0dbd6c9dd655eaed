// Loads the actor knowledge base (data/kb/, built by scripts/build-kb.ts) and the entity lexicon
// (data/lexicons/entities.json) once per process, each part on its first use. The name index is a
// file of sorted tab-separated lines searched in place: nothing is parsed until a key is found.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SortedLines } from './sorted-lines.js';

/** The repository root: this file is compiled to dist/src/analyze/entities/data.js. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const dataDir = process.env.DOSSIER_DATA ?? join(repoRoot, 'data');

export interface KbMeta {
  since: string;
  /** The latest date any person's role starts or ends on: the KB's horizon. */
  until: string;
  maxKeyWords: number;
  /** code: CAMEO code (USA, USAGUM); country: ISO3-style country (USA); name: display name. */
  countries: Array<{ code: string; country: string; name: string }>;
}

export interface EntityLexicon {
  extraCapitals: Record<string, string>;
  seats: Record<string, [string, string] | string>;
  sectorNouns: Record<string, string>;
  titleHeads: string[];
  titleModifiers?: string[];
  titleGlue: string[];
  orgHeads: string[];
  nameParticles: string[];
  notNames: string[];
  trailingTimeWords: string[];
  gpeNominalHeads: string[];
  personNominalHeads: string[];
  countryModifiers: Record<string, string[] | string>;
  orgAliases: Record<string, string>;
  /** Organisations the KB lacks: name as written → [country or null, CAMEO actor code]. */
  extraOrganisations?: Record<string, [string | null, string] | string>;
  governmentHeads: string[];
  /** Nouns a definite description names a body by (the group) → codes its actor may hold instead of the noun. */
  bodyClassNouns?: Record<string, string[] | string>;
  issuerOwnBodies?: Record<string, string[] | string>;
  genericBodyWords?: string[];
  diseaseNames?: string[];
  namedAgreements?: string[];
  legalDesignations?: string[];
  bodyEndWords?: string[];
  /** Last words of government portfolios (Human Rights, Migration, Resources): no person's name goes on past them. */
  portfolioEndWords?: string[];
  /** Nouns for a body's members capitalised after its name (NATO Allies, EU Member States). */
  memberNouns?: string[];
  /** Last words that make a name a building or a place built (Changi International Airport). */
  facilityHeads?: string[];
  productNouns?: string[];
  companyNameWords?: string[];
  /** Head words of the names of natural places (Hong Kong Island, Gulf of Mexico). */
  placeHeads?: string[];
  /** Names of religious and civic occasions (Ramadan, Easter), typed EVENT. */
  namedOccasions?: string[];
  /** Names of regions no KB entry covers (the Sahel, the Balkans), typed LOC. */
  namedRegions?: string[];
  /** Names of states that no longer exist (the Soviet Union, Yugoslavia), typed GPE. */
  formerStates?: string[];
  officePortfolios?: string[];
  courtesyTitles?: string[];
  styleTitles?: string[];
}

const readBuffer = (...parts: string[]): Buffer => {
  try {
    return readFileSync(join(dataDir, ...parts));
  } catch {
    // a missing KB file leaves the layer without that knowledge rather than stopping it
    return Buffer.alloc(0);
  }
};
const readJson = <T>(fallback: T, ...parts: string[]): T => {
  const buf = readBuffer(...parts);
  return buf.length ? (JSON.parse(buf.toString('utf8')) as T) : fallback;
};

let names: SortedLines | null = null;
let firstNames: SortedLines | null = null;
let surnames: SortedLines | null = null;
let meta: KbMeta | null = null;
let agents: Record<string, string> | null = null;
let lexicon: EntityLexicon | null = null;

/** The KB's name index: sorted "key\tkind\tcountry\tactor\tname\tid\troles" lines. */
export function kbNameLines(): SortedLines {
  names ??= new SortedLines(readBuffer('kb', 'names.tsv'));
  return names;
}

/** The KB's name index as text (read again for the rare pass over all of it; see kbOrgKeys). */
export function kbNameText(): string {
  return readBuffer('kb', 'names.tsv').toString('utf8');
}

/** First words of the KB people's full names, sorted. */
export function kbFirstNames(): SortedLines {
  firstNames ??= new SortedLines(readBuffer('kb', 'first-names.txt'));
  return firstNames;
}

/** Surnames of KB people: sorted "surname\texplicit\tname\tcountry\tid\troles" lines, one per person. */
export function kbSurnameLines(): SortedLines {
  surnames ??= new SortedLines(readBuffer('kb', 'surnames.tsv'));
  return surnames;
}

let titledPeople: SortedLines | null = null;

/** KB people with the offices CountryInfo gives them: sorted "surname\tname\tid\ttitles" lines. */
export function kbTitledPeopleLines(): SortedLines {
  titledPeople ??= new SortedLines(readBuffer('kb', 'titled-people.tsv'));
  return titledPeople;
}

let givenNames: Set<string> | null = null;

/** English given names that are no common word as well (data/lexicons/given-names.txt: Bridget, Cathy). */
export function englishGivenNames(): Set<string> {
  givenNames ??= new Set(readBuffer('lexicons', 'given-names.txt').toString('utf8').split('\n').filter(Boolean));
  return givenNames;
}

let nameGenders: { female: Set<string>; male: Set<string> } | null = null;

/**
 * Given names (lower case) of one sex only in Moby Word II's lists (data/lexicons/given-name-genders.json,
 * written by `npm run build:name-genders`): "alicia" female, "anton" male.
 */
export function oneSexGivenNames(): { female: Set<string>; male: Set<string> } {
  if (!nameGenders) {
    const raw = readJson<{ female: string[]; male: string[] }>(
      { female: [], male: [] },
      'lexicons',
      'given-name-genders.json',
    );
    nameGenders = { female: new Set(raw.female), male: new Set(raw.male) };
  }
  return nameGenders;
}

/** Lines of the hand-written list of religious and ethnic groups (data/kb/groups.tsv). */
export function kbGroupLines(): string[] {
  return readBuffer('kb', 'groups.tsv').toString('utf8').split('\n');
}

export function kbMeta(): KbMeta {
  meta ??= readJson<KbMeta>({ since: '', until: '', maxKeyWords: 1, countries: [] }, 'kb', 'meta.json');
  return meta;
}

/** Phoenix agent nouns → CAMEO sector code. */
export function kbAgents(): Record<string, string> {
  agents ??= readJson<Record<string, string>>({}, 'kb', 'agents.json');
  return agents;
}

let givenNameVariants: { hypocorisms: Record<string, string[]> } | null = null;

/** Full given names and their short forms (data/lexicons/given-name-variants.json). */
export function loadGivenNameVariants(): { hypocorisms: Record<string, string[]> } {
  givenNameVariants ??= readJson({ hypocorisms: {} }, 'lexicons', 'given-name-variants.json');
  return givenNameVariants;
}

export function loadLexicon(): EntityLexicon {
  lexicon ??= readJson<EntityLexicon>({} as EntityLexicon, 'lexicons', 'entities.json');
  return lexicon;
}
