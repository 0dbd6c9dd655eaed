// A head of government's own office speaks of its head by office alone. "The President" in a White
// House briefing is the U.S. president, though President Medvedev was named last; a press conference
// transcript labels him "THE PRESIDENT:" and may never name him. For an office a government has one
// holder of (president, vice president, prime minister, chancellor), the bare title in a release of
// a seat of government (source-government.ts: the White House, the Kremlin; not a department, whose
// joint press availabilities call a visiting president "the President") is the one person of its
// country the article gives the title. Where the article names nobody so, a president is the one
// the source names by his administration ("The White House (Obama administration) press office"),
// from the knowledge base. "The Ambassador" is left to the nearest holder: a government has many.
import type { ArticleDocument, EntityRecord } from '../document.js';
import { lookupSurname, personActor } from './kb.js';
import { sourceGovernment } from './source-government.js';
import { titleFitter } from './title-fit.js';

const SOLE_OFFICE = /^(?:vice[\s-]+)?president$|^prime\s+minister$|^chancellor$/i;
const ADMINISTRATION = /\(\s*(\p{Lu}[\p{L}'’-]+)\s+administration\s*\)/u;

/**
 * The issuing government's holder of the office these title words name ("president"), if the article
 * is a seat of government's release and the office has one holder.
 */
export function issuerOfficeHolder(doc: ArticleDocument, words: readonly string[]): EntityRecord | undefined {
  const office = words.join(' ');
  if (!SOLE_OFFICE.test(office)) return undefined;
  // (a department's release speaks of a foreign president it receives as "the President" too)
  const issuer = sourceGovernment(doc.source);
  if (issuer?.kind !== 'seat' || !issuer.country) return undefined;
  const country = issuer.country;
  const fits = titleFitter(words);
  let found: EntityRecord | undefined;
  for (const e of doc.entities) {
    if (e.type !== 'PERSON' || e.country !== country || !e.roles.some((r) => fits(r.title))) continue;
    if (found) return undefined;
    found = e;
  }
  return found ?? (/^president$/i.test(office) ? administrationHead(doc, country) : undefined);
}

/**
 * The president the source names by his administration: the article's entity of that KB person,
 * else a new one (its mentions are the caller's to add).
 */
function administrationHead(doc: ArticleDocument, country: string): EntityRecord | undefined {
  const surname = ADMINISTRATION.exec(doc.source ?? '')?.[1];
  const hit = surname ? lookupSurname(surname, doc.published) : undefined;
  if (!hit || hit.kind !== 'person' || hit.country !== country) return undefined;
  return (
    doc.entities.find((e) => e.kb === hit.id) ??
    doc.addEntity({ type: 'PERSON', name: hit.name, actor: personActor(hit, doc.published), country, kb: hit.id })
  );
}
