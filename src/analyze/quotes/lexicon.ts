// The quote lexicon (data/lexicons/quote-cues.json), loaded once into sets for O(1) look-ups.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface QuoteLexiconFile {
  speech: string[];
  cognition: string[];
  object: string[];
  objectTakers: string[];
  infinitiveSpeech: string[];
  nouns: string[];
  clauseStarters: string[];
  subjectPronouns: string[];
  personPronouns: string[];
  groupPronouns: string[];
  titles: string[];
  orgWords: string[];
  nonSpeakers: string[];
  subjectSkips: string[];
  catenatives?: string[];
  followedNorms?: string[];
}

export interface QuoteLexicon {
  speech: Set<string>;
  cognition: Set<string>;
  object: Set<string>;
  objectTakers: Set<string>;
  infinitiveSpeech: Set<string>;
  nouns: Set<string>;
  clauseStarters: Set<string>;
  subjectPronouns: Set<string>;
  personPronouns: Set<string>;
  groupPronouns: Set<string>;
  titles: Set<string>;
  orgWords: Set<string>;
  nonSpeakers: Set<string>;
  subjectSkips: Set<string>;
  catenatives: Set<string>;
  /** Rules, plans and measures that are followed, not quoted ("according to the rules"). */
  followedNorms: Set<string>;
}

/** Finds data/lexicons/NAME walking up from this module (it runs from dist/src/analyze/quotes). */
export function lexiconPath(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'data', 'lexicons', name);
    try {
      readFileSync(candidate, { flag: 'r' });
      return candidate;
    } catch {
      dir = dirname(dir);
    }
  }
  throw new Error(`lexicon ${name} not found`);
}

function load(): QuoteLexicon {
  const raw = JSON.parse(readFileSync(lexiconPath('quote-cues.json'), 'utf8')) as QuoteLexiconFile;
  const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    speech: set(raw.speech),
    cognition: set(raw.cognition),
    object: set(raw.object),
    objectTakers: set(raw.objectTakers),
    infinitiveSpeech: set(raw.infinitiveSpeech ?? []),
    nouns: set(raw.nouns),
    clauseStarters: set(raw.clauseStarters),
    subjectPronouns: set(raw.subjectPronouns),
    personPronouns: set(raw.personPronouns),
    groupPronouns: set(raw.groupPronouns),
    titles: set(raw.titles),
    orgWords: set(raw.orgWords),
    nonSpeakers: set(raw.nonSpeakers),
    subjectSkips: set(raw.subjectSkips),
    catenatives: set(raw.catenatives ?? []),
    followedNorms: set(raw.followedNorms ?? []),
  };
}

export const quoteLexicon: QuoteLexicon = load();
