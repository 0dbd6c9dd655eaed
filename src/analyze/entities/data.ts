// Loads the actor knowledge base (data/kb/, built by scripts/build-kb.ts) and the entity lexicon
// (data/lexicons/entities.json) once per process, on first use.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: this file is compiled to dist/src/analyze/entities/data.js. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const dataDir = process.env.DOSSIER_DATA ?? join(repoRoot, 'data');

/** A place key's kind: n country name, d demonym, c capital, t city, r region. */
export type PlaceKind = 'n' | 'd' | 'c' | 't' | 'r';

export interface KbData {
  places: {
    countries: Array<{ code: string; country: string; name: string }>;
    names: Record<string, string>;
    keys: Record<string, [PlaceKind, number]>;
  };
  orgs: { orgs: Array<[string, string | null, string | null]>; keys: Record<string, number> };
  people: {
    since: string;
    people: Array<[string, string | null, Array<[string, string | null, string | null]>]>;
    keys: Record<string, number>;
  };
  agents: Record<string, string>;
}

export interface EntityLexicon {
  extraCapitals: Record<string, string>;
  seats: Record<string, [string, string] | string>;
  sectorNouns: Record<string, string>;
  titleHeads: string[];
  titleGlue: string[];
  orgHeads: string[];
  nameParticles: string[];
  notNames: string[];
  gpeNominalHeads: string[];
  personNominalHeads: string[];
  countryModifiers: Record<string, string[] | string>;
}

const readJson = <T>(...parts: string[]): T => JSON.parse(readFileSync(join(dataDir, ...parts), 'utf8')) as T;

let kb: KbData | null = null;
let lexicon: EntityLexicon | null = null;

export function loadKb(): KbData {
  kb ??= {
    places: readJson('kb', 'places.json'),
    orgs: readJson('kb', 'orgs.json'),
    people: readJson('kb', 'people.json'),
    agents: readJson('kb', 'agents.json'),
  };
  return kb;
}

export function loadLexicon(): EntityLexicon {
  lexicon ??= readJson<EntityLexicon>('lexicons', 'entities.json');
  return lexicon;
}
