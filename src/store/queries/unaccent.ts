// unaccent(), an SQL function for accent-blind name matching: "Chavez" finds "Hugo Chávez", and
// "Chávez" finds the KB's "Hugo Chavez".
import type Database from 'better-sqlite3';
import { withoutAccents } from '../../analyze/nlp/accents.js';
import { containsPattern } from './like.js';

/** Connections that know unaccent(). */
const registered = new WeakSet<Database.Database>();

/** Registers unaccent() on the connection once. */
export function ensureUnaccent(db: Database.Database): void {
  if (registered.has(db)) return;
  db.function('unaccent', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? withoutAccents(s) : s));
  registered.add(db);
}

/** The LIKE pattern for a name that contains the term, accents off (to match unaccent(name)). */
export const unaccentedContains = (term: string): string => containsPattern(withoutAccents(term));
