// Finding the entities a name refers to: exact name, actor code or kb id first, then names that
// start with it, then names with a word that starts with it ("Putin" finds "Vladimir Putin" before
// "John Kaputin"), then names that contain it; the most-mentioned first within each. An entity
// another was merged into (a surname alone, another form of the name, initials) matches that one's
// name exactly. Accents are no matter: "Chavez" finds "Hugo Chávez" and "Chávez" "Hugo Chavez".
import type Database from 'better-sqlite3';
import type { EntitySummary } from '../store.js';
import { containsPattern, prefixPattern } from './like.js';
import { ENTITY_SUMMARY_COLUMNS } from './overview.js';
import { ensureUnaccent, unaccentedContains } from './unaccent.js';

/** A name an entity merged into this one was stored under (entity_alias: "Blinken", "Tony Blinken", "UN"). */
const ALIAS_MATCH = `SELECT 1 FROM entity_alias x WHERE x.entity = e.id AND x.name = @term COLLATE NOCASE`;

export function findEntities(db: Database.Database, name: string, limit = 10): EntitySummary[] {
  const term = name.trim();
  if (!term) return [];
  ensureUnaccent(db);
  const rows = db
    .prepare(
      `SELECT ${ENTITY_SUMMARY_COLUMNS},
         (SELECT count(*) FROM mention WHERE entity = e.id) AS mentions,
         (SELECT count(DISTINCT article) FROM mention WHERE entity = e.id) AS articles,
         CASE WHEN e.name = @term COLLATE NOCASE OR e.actor = @term COLLATE NOCASE OR e.kb = @term
                   OR EXISTS (${ALIAS_MATCH}) THEN 0
              WHEN e.name LIKE @prefix ESCAPE '\\' THEN 1
              WHEN e.name LIKE @wordPrefix ESCAPE '\\' THEN 2 ELSE 3 END AS rank
       FROM entity e
       WHERE e.name = @term COLLATE NOCASE OR e.actor = @term COLLATE NOCASE OR e.kb = @term
          OR e.name LIKE @contains ESCAPE '\\' OR unaccent(e.name) LIKE @plain ESCAPE '\\'
          OR EXISTS (${ALIAS_MATCH})
       ORDER BY rank, mentions DESC, e.name LIMIT @limit`,
    )
    .all({
      term,
      prefix: prefixPattern(term),
      wordPrefix: `% ${prefixPattern(term)}`,
      contains: containsPattern(term),
      plain: unaccentedContains(term),
      limit,
    }) as (EntitySummary & {
    rank?: number;
  })[];
  return rows.map(({ rank: _rank, ...e }) => e);
}
