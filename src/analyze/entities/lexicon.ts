// The entity lexicon as sets, built once: title words, organisation heads, name particles…
import { loadLexicon } from './data.js';

export interface LexiconSets {
  titleHeads: Set<string>;
  /** Words opening a title of several words: Prime (Minister), Vice (President). */
  titleModifiers: Set<string>;
  titleGlue: Set<string>;
  orgHeads: Set<string>;
  particles: Set<string>;
  notNames: Set<string>;
  trailingTimeWords: Set<string>;
  gpeNominalHeads: Set<string>;
  personNominalHeads: Set<string>;
  countryModifiers: Map<string, string[]>;
  governmentHeads: Set<string>;
  /** Nouns a definite description names a body by (the group) → the actor codes that also make one of the class. */
  bodyClassNouns: Map<string, string[]>;
  /** Country → the bare names (lower case) its government's releases give its own bodies (Congress). */
  issuerOwnBodies: Map<string, Set<string>>;
  /** Words of the names bodies every government has (foreign, ministry, of): lower case. */
  genericBodyWords: Set<string>;
  /** Diseases and their agents (COVID, Ebola): lower case. */
  diseaseNames: Set<string>;
  /** Last words of bodies' and portfolios' names that end no person's name (Affairs). */
  bodyEndWords: Set<string>;
  /** Last words of government portfolios beside bodyEndWords (Migration, Resources, Security). */
  portfolioEndWords: Set<string>;
  /** Nouns for a body's members capitalised after its name (Allies, Member States). */
  memberNouns: Set<string>;
  facilityHeads: Set<string>;
  /** Nouns for made things (computers, jets, sedan). */
  productNouns: Set<string>;
  /** Words that carry on a company's name after its brand (Motor, Computer, Airplanes). */
  companyNameWords: Set<string>;
  placeHeads: Set<string>;
  namedOccasions: Set<string>;
  /** Agreements named by acronym alone (JCPOA, NPT): lower case. */
  namedAgreements: Set<string>;
  legalDesignations: Set<string>;
  namedRegions: Set<string>;
  /** Former states (the Soviet Union): lower case. */
  formerStates: Set<string>;
  /** Portfolios after a title's "of" (State, Foreign Affairs), as lower-case words, longest first. */
  officePortfolios: string[][];
  /** Mr, Mrs, Ms …: how a person is addressed, no role. */
  courtesyTitles: Set<string>;
  styleTitles: Set<string>;
}

let sets: LexiconSets | null = null;

export function lexiconSets(): LexiconSets {
  if (sets) return sets;
  const lex = loadLexicon();
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const modifiers = new Map<string, string[]>();
  for (const [k, v] of Object.entries(lex.countryModifiers)) if (Array.isArray(v)) modifiers.set(k, v);
  const bodyClasses = new Map<string, string[]>();
  for (const [k, v] of Object.entries(lex.bodyClassNouns ?? {})) if (Array.isArray(v)) bodyClasses.set(k, v);
  const ownBodies = new Map<string, Set<string>>();
  for (const [k, v] of Object.entries(lex.issuerOwnBodies ?? {})) if (Array.isArray(v)) ownBodies.set(k, lower(v));
  sets = {
    titleHeads: lower(lex.titleHeads),
    titleModifiers: lower((lex.titleModifiers ?? []).filter((w) => !w.startsWith('_'))),
    titleGlue: lower(lex.titleGlue),
    orgHeads: lower(lex.orgHeads),
    particles: lower(lex.nameParticles),
    notNames: lower(lex.notNames),
    trailingTimeWords: lower((lex.trailingTimeWords ?? []).filter((w) => !w.startsWith('_'))),
    gpeNominalHeads: lower(lex.gpeNominalHeads),
    personNominalHeads: lower(lex.personNominalHeads),
    countryModifiers: modifiers,
    governmentHeads: lower(lex.governmentHeads ?? []),
    bodyClassNouns: bodyClasses,
    issuerOwnBodies: ownBodies,
    genericBodyWords: lower((lex.genericBodyWords ?? []).filter((w) => !w.startsWith('_'))),
    diseaseNames: lower((lex.diseaseNames ?? []).filter((w) => !w.startsWith('_'))),
    bodyEndWords: lower((lex.bodyEndWords ?? []).filter((w) => !w.startsWith('_'))),
    portfolioEndWords: lower((lex.portfolioEndWords ?? []).filter((w) => !w.startsWith('_'))),
    memberNouns: lower((lex.memberNouns ?? []).filter((w) => !w.startsWith('_'))),
    facilityHeads: lower(lex.facilityHeads ?? []),
    productNouns: lower((lex.productNouns ?? []).filter((w) => !w.startsWith('_'))),
    companyNameWords: lower((lex.companyNameWords ?? []).filter((w) => !w.startsWith('_'))),
    placeHeads: lower(lex.placeHeads ?? []),
    namedOccasions: lower((lex.namedOccasions ?? []).filter((w) => !w.startsWith('_'))),
    namedAgreements: lower((lex.namedAgreements ?? []).filter((w) => !w.startsWith('_'))),
    legalDesignations: lower((lex.legalDesignations ?? []).filter((w) => !w.startsWith('_'))),
    namedRegions: lower((lex.namedRegions ?? []).filter((w) => !w.startsWith('_'))),
    formerStates: lower((lex.formerStates ?? []).filter((w) => !w.startsWith('_'))),
    officePortfolios: (lex.officePortfolios ?? [])
      .filter((w) => !w.startsWith('_'))
      .map((w) => w.toLowerCase().split(' '))
      .sort((x, y) => y.length - x.length),
    courtesyTitles: lower((lex.courtesyTitles ?? []).filter((w) => !w.startsWith('_'))),
    styleTitles: lower((lex.styleTitles ?? []).filter((w) => !w.startsWith('_'))),
  };
  return sets;
}
