// A head of government's own office speaks of its head by office alone. "The President" in a White
// House briefing is the U.S. president, though President Medvedev was named last; a press conference
// transcript labels him "THE PRESIDENT:" and may never name him. For an office a government has one
// holder of (president, vice president, prime minister, chancellor), the bare title in a release of
// a seat of government (source-government.ts: the White House, the Kremlin) is the one person of its
// country the article gives the title. So it is in a department's release ("This afternoon, the
// President announced the first round of sanctions" in a State Department transcript that named
// President Putin last), unless the release is about a foreign counterpart its title names ("Secretary
// Blinken's Call with Palestinian Authority President Abbas": "The President welcomed …") or one
// named in the same or the previous sentence, and only for an office the KB gives its country. Where
// the article names nobody so, a president is the one the source names by his administration ("The
// White House (Obama administration) press office"), from the knowledge base; where it names several
// (President Bush beside President Obama), the one in office on the article's date, and never a
// foreign holder named since. "The Ambassador" is left to the nearest holder: a government has many.
import type { ArticleDocument, EntityRecord } from '../document.js';
import type { KbHit } from './kb.js';
import { holdsOfficeOn, lookupName, lookupSurname, personActor } from './kb.js';
import { countryHasOffice } from './kb-office-holders.js';
import { sourceGovernment } from './source-government.js';
import { titleFitter } from './title-fit.js';

const SOLE_OFFICE = /^(?:vice[\s-]+)?president$|^prime\s+minister$|^chancellor$/i;
/** A department's head or one of its deputies, by title alone. */
const DEPARTMENT_HEAD = /^(?:(?:deputy|under|assistant)\s+)?secretary$/i;
const ADMINISTRATION = /\(\s*(\p{Lu}[\p{L}'’-]+)\s+administration\s*\)/u;

/**
 * The issuing government's holder of the office these title words name ("president"), if the article
 * is a seat of government's release and the office has one holder.
 */
export function issuerOfficeHolder(
  doc: ArticleDocument,
  words: readonly string[],
  at: number,
): EntityRecord | undefined {
  const office = words.join(' ');
  if (!SOLE_OFFICE.test(office)) return undefined;
  const country = ownOfficeCountry(doc, words, at);
  if (!country) return undefined;
  const holders = titledHolders(doc, country, words);
  if (holders.length === 1) return holders[0];
  const president = /^president$/i.test(office);
  if (!holders.length) return president ? administrationHead(doc, country) : undefined;
  // "President Bush" beside "President Obama" in Obama's briefing: the holder in office on the
  // article's date — the administration the source names, else the one the KB dates in office
  const head = president ? administrationHit(doc, country) : undefined;
  const headHolder = head && holders.find((e) => e.kb === head.id);
  if (headHolder) return headHolder;
  const inOffice = holders.filter((e) => heldOfficeOn(e, doc.published));
  return inOffice.length === 1 ? inOffice[0] : undefined;
}

/**
 * The country whose holder of a one-holder office these title words must be, where the article is a
 * seat of government's release (or, for a secretary, any government's): its own. When the release names several of its presidents and none
 * is the one in office, "the President" is still none of the foreign presidents named since.
 */
export function issuerOfficeCountryOf(doc: ArticleDocument, words: readonly string[], at: number): string | undefined {
  const office = words.join(' ');
  // (a department's own head and deputies: "the Secretary" in a State Department release is never
  // the UK Foreign Secretary or NATO's Secretary General named since)
  const country = SOLE_OFFICE.test(office)
    ? ownOfficeCountry(doc, words, at)
    : DEPARTMENT_HEAD.test(office)
      ? (sourceGovernment(doc.source)?.country ?? undefined)
      : undefined;
  if (!country) return undefined;
  // (only an office the issuer's country is seen to have: "the Prime Minister" in a White House
  // release is a foreign one)
  const own =
    (/^president$/i.test(office) && !!administrationHit(doc, country)) || titledHolders(doc, country, words).length > 0;
  return own ? country : undefined;
}

/**
 * The country whose holder of a one-holder office the bare title at `at` names: a seat of
 * government's own; a department's own where the KB gives its country the office, unless the article
 * is about a foreign counterpart (see the head comment).
 */
function ownOfficeCountry(doc: ArticleDocument, words: readonly string[], at: number): string | undefined {
  const issuer = sourceGovernment(doc.source);
  const country = issuer?.country ?? undefined;
  if (!issuer || !country) return undefined;
  if (issuer.kind === 'seat') return country;
  // (a department writes its own president's office capitalised: "spend time with the president, with
  // the prime minister" on a visit is the host's)
  if (!capitalisedAt(doc, words, at) || !countryHasOffice(country, words)) return undefined;
  return counterpartInTitle(doc, country, words) || foreignHolderJustNamed(doc, country, words, at)
    ? undefined
    : country;
}

/** Whether the office's last word, in the text from `at`, is capitalised ("the President", not "the president"). */
function capitalisedAt(doc: ArticleDocument, words: readonly string[], at: number): boolean {
  const last = words[words.length - 1];
  const i = doc.text
    .slice(at, at + 60)
    .toLowerCase()
    .indexOf(last);
  return i >= 0 && /\p{Lu}/u.test(doc.text[at + i]);
}

/** Whether the article's title gives the office to someone not of the country ("… Call with … President Abbas"). */
function counterpartInTitle(doc: ArticleDocument, country: string, words: readonly string[]): boolean {
  if (!doc.title) return false;
  const office = words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  const own = titledHolders(doc, country, words);
  for (const m of doc.title.matchAll(new RegExp(`\\b${office}\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s*)+)`, 'gu'))) {
    const named = m[1].trim().split(/\s+/);
    if (!own.some((e) => named.some((w) => e.name.split(/\s+/).includes(w)))) return true;
  }
  return false;
}

/** Whether someone not of the country with the office is named in the sentence of `at` or the one before. */
function foreignHolderJustNamed(doc: ArticleDocument, country: string, words: readonly string[], at: number): boolean {
  const sentence = doc.sentenceAt(at);
  if (!sentence) return false;
  const from = doc.sentenceAt(sentence.start - 1)?.start ?? sentence.start;
  const fits = titleFitter(words);
  return doc.entities.some(
    (e) =>
      e.type === 'PERSON' &&
      e.country !== country &&
      e.roles.some((r) => fits(r.title)) &&
      e.mentions.some((m) => m.kind === 'name' && m.start >= from && m.start < at),
  );
}

/** The country's people the article gives a title these words fit. */
function titledHolders(doc: ArticleDocument, country: string, words: readonly string[]): EntityRecord[] {
  const fits = titleFitter(words);
  return doc.entities.filter((e) => e.type === 'PERSON' && e.country === country && e.roles.some((r) => fits(r.title)));
}

/** Whether the KB person the entity was linked to held an office (not mere standing) on the date. */
function heldOfficeOn(e: EntityRecord, date: string | null): boolean {
  if (!date || !e.kb) return false;
  const hit = lookupName(e.name);
  return hit?.id === e.kb && holdsOfficeOn(hit, date);
}

/**
 * The president the source names by his administration: the article's entity of that KB person,
 * else a new one (its mentions are the caller's to add).
 */
function administrationHead(doc: ArticleDocument, country: string): EntityRecord | undefined {
  const hit = administrationHit(doc, country);
  if (!hit) return undefined;
  return (
    doc.entities.find((e) => e.kb === hit.id) ??
    doc.addEntity({ type: 'PERSON', name: hit.name, actor: personActor(hit, doc.published), country, kb: hit.id })
  );
}

/** The KB person the source names by his administration ("(Obama administration)"), if of the country. */
function administrationHit(doc: ArticleDocument, country: string): KbHit | undefined {
  const surname = ADMINISTRATION.exec(doc.source ?? '')?.[1];
  const hit = surname ? lookupSurname(surname, doc.published) : undefined;
  return hit?.kind === 'person' && hit.country === country ? hit : undefined;
}
