// A government's own officials in its own statements. A State Department release says "Spokesperson
// Ned Price", "Secretary Blinken", "Deputy Secretary of State Wendy Sherman" and never which
// country's: the input's `source` does ("U.S. Department of State (press releases RSS)"). A person
// whose titles name no country or body, and one of whose titles is a department's own office (a
// secretary of any rank, a spokesperson, a special envoy, a national security adviser), holds it in
// the issuing government: the role takes its country (rule +issuer-country), the person its actor.
// Titles every government has and foreign officials bear in such releases (President, Foreign
// Minister, Ambassador) are left without a country: "Foreign Minister Kuleba" is no American.
import type { ArticleDocument, EntityRecord } from '../document.js';
import { actorCountry, lookupName } from './kb.js';
import { sourceGovernment } from './source-government.js';

/** Offices of a government department, not of a state or a foreign ministry (not Secretary-General); the head of its justice department. */
const DEPARTMENT_OFFICE =
  /^(?:(?:deputy|under|assistant|acting|principal|press|executive)\s+)*(?:secretary\b(?!\s*-?\s*general)|spokes(?:person|man|woman)\b|special\s+(?:envoy|representative|coordinator|advis[eo]r)\b|ambassador[-\s]+at[-\s]+large\b|national\s+security\s+advis[eo]r\b|attorney\s+general\b|counsell?or\b)/i;

/** A foreign ministry's secretary ("Secretary of Foreign Affairs" of the Philippines, New Zealand's "… and Trade"). */
const FOREIGN_MINISTRY = /\bforeign\s+affairs\b/i;

export function rolesOfTheIssuer(doc: ArticleDocument): void {
  const country = sourceGovernment(doc.source)?.country;
  if (!country) return;
  for (const entity of doc.entities) holdInIssuer(entity, country, doc);
}

/** The same for one person, found later (a transcript's label: "SECRETARY BLINKEN:"). */
export function roleInTheIssuer(doc: ArticleDocument, entity: EntityRecord): void {
  const country = sourceGovernment(doc.source)?.country;
  if (country) holdInIssuer(entity, country, doc);
}

/**
 * The issuing government's country when `title` is one of its departments' offices ("Secretary of
 * State", "Department Spokesperson" in a State Department release), else null: a byline's office.
 */
export function issuerOfficeCountry(doc: ArticleDocument, title: string): string | null {
  if (!DEPARTMENT_OFFICE.test(title) || FOREIGN_MINISTRY.test(title)) return null;
  return sourceGovernment(doc.source)?.country ?? null;
}

function holdInIssuer(entity: EntityRecord, country: string, doc: ArticleDocument): void {
  if (entity.type !== 'PERSON' || !entity.roles.length) return;
  if (entity.country && entity.country !== country) return;
  if (servesAnotherCountry(doc, entity, country)) return;
  // a title naming another country or a body decides for itself ("the U.S. Secretary of State" agrees)
  // (a body the article names with no side of its own, "the Bureau of Population, Refugees, and
  // Migration", decides nothing)
  const sided = (org: string) => {
    const body = doc.entityById(org);
    return !!body && (!!body.actor || !!body.country);
  };
  if (entity.roles.some((r) => (r.country && r.country !== country) || (r.org && sided(r.org)))) return;
  let held = false;
  for (const role of entity.roles) {
    if (!DEPARTMENT_OFFICE.test(role.title) || FOREIGN_MINISTRY.test(role.title)) continue;
    role.country = country;
    role.rule += '+issuer-country';
    held = true;
  }
  if (!held) return;
  entity.country = country;
  // (a bare country code, as the KB gives a person whose dated offices have ended, says less)
  if (!entity.actor || entity.actor === actorCountry(country)) entity.actor = `${actorCountry(country)}GOV`;
}

/** Words between a name and the body it serves ("Counselor Li Wei of the Chinese Embassy"). */
const AFFILIATION = /^\s*,?\s*(?:of|from|at)\s+(?:the\s+)?/;

/**
 * Whether a name of the person is followed by a body or a place of another country than the issuer's
 * ("Counselor Li Wei of the Chinese Embassy"): the title is that body's, not the issuer's office.
 */
function servesAnotherCountry(doc: ArticleDocument, entity: EntityRecord, country: string): boolean {
  for (const m of entity.mentions) {
    if (m.kind !== 'name') continue;
    const link = AFFILIATION.exec(doc.text.slice(m.end, m.end + 12));
    const next = link ? doc.entityAt(m.end + link[0].length)?.entity : undefined;
    if (next?.country && next.country !== country) return true;
  }
  return false;
}

/** Ranks before an official's other words ("SENIOR ADMINISTRATION OFFICIAL", "A HIGH-RANKING …"). */
const OFFICIAL_RANKS = /^(?:(?:the|a|an|senior|high-ranking|top|u\.s\.)\s+)*/;
/** The numbering of officials who speak in turn ("… OFFICIAL ONE:", "… OFFICIAL #2:"). */
const OFFICIAL_NUMBER = /\s+(?:one|two|three|four|five|#?\d)$/;

/**
 * The actor and country of an unnamed official a transcript's label describes: "SENIOR ADMINISTRATION
 * OFFICIAL" in the White House's own transcript (the administration is the issuer's; the transcripts
 * also misspell it "ADMINSTRATION"), "SENIOR STATE DEPARTMENT OFFICIAL ONE" (a body the KB knows: its
 * code, USAMIL for a Defense Department official). Null where the words name no body the KB knows
 * ("G7 FOREIGN MINISTERS"), or, for the administration, where no government issued the text.
 */
export function issuerOfficialActor(doc: ArticleDocument, label: string): { actor: string; country: string } | null {
  const words = label.toLowerCase().replace(OFFICIAL_NUMBER, '').replace(OFFICIAL_RANKS, '');
  const body = /^(.*?)\s*\bofficials?$/.exec(words)?.[1];
  if (body === undefined) return null;
  if (body === '' || /^admini?stration$/.test(body)) {
    const country = sourceGovernment(doc.source)?.country;
    return country ? { actor: `${actorCountry(country)}GOV`, country } : null;
  }
  const hit = lookupName(body.replace(/(?:^|\s)\p{L}/gu, (c) => c.toUpperCase()));
  if ((hit?.kind !== 'org' && hit?.kind !== 'seat') || !hit.country || !hit.actor) return null;
  return { actor: hit.actor, country: hit.country };
}

/** Where the briefers a headline names after "by" end: the topic, the place, the means ("… on Syria", "… Aboard Air Force One"). */
const BRIEFERS_END = /\s(?:on|aboard|en route|via|in|at|after|about|regarding)\s|\s--|$/i;
/** What parts the briefers' names and titles: a comma, a semicolon, "and". */
const BRIEFER_BREAK = /[,;]|\band\b/i;

/**
 * The title a headline's "by …" list gives a name, right before it ("Press Gaggle by Press Secretary
 * Jay Carney and …") or in apposition after it ("Press Briefing by Ben Rhodes, Deputy National Security
 * Advisor for Strategic Communications; Gary Samore, …"); else null.
 */
function briefingTitle(title: string, name: string): string | null {
  const by = /\bby\s+/i.exec(title);
  if (!by) return null;
  let seg = title.slice(by.index + by[0].length);
  seg = seg.slice(0, seg.search(BRIEFERS_END));
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`(?:^|[\\s,;])${escaped}(?=$|[\\s,;])`).exec(seg);
  if (!found) return null;
  const start = found.index + found[0].length - name.length;
  // (before it, back to the last break: "… and Deputy National Security Advisor … Ben Rhodes")
  const before = seg.slice(0, start).split(BRIEFER_BREAK).pop()?.trim() ?? '';
  if (before) return before;
  // (or after it, set off by a comma, up to the next break that is no part of a title's own "and")
  const after = /^\s*,\s*([^,;]+)/.exec(seg.slice(start + name.length));
  return after ? after[1].trim() : null;
}

/**
 * The issuing government's officials its headline names with their office, in a transcript of its
 * own briefing: "Press Gaggle by Press Secretary Jay Carney and Deputy National Security Advisor for
 * Strategic Communications Ben Rhodes" makes Carney and Rhodes, whom the text names by name alone,
 * USAGOV. Only a department's own office counts (issuer-roles' DEPARTMENT_OFFICE), or one titled by
 * the issuer's seat ("White House Coordinator for …"); the first mention's rule gains `+headline-office`.
 */
export function headlineOfficesOfTheIssuer(doc: ArticleDocument): void {
  const issuer = sourceGovernment(doc.source);
  if (!doc.title || !issuer?.country) return;
  const seat = issuer.name.toLowerCase();
  for (const entity of doc.entities) {
    if (entity.type !== 'PERSON' || entity.actor || !entity.mentions.length) continue;
    // (a full name only: a first name or surname alone may be part of another's, "Edi Rama")
    if (!/\s/.test(entity.name)) continue;
    const office = briefingTitle(doc.title, entity.name);
    if (!office) continue;
    // (an office titled by the issuer's seat is the issuer's whatever it is: "White House Coordinator for …")
    if (!office.toLowerCase().startsWith(`${seat} `) && !issuerOfficeCountry(doc, office)) continue;
    entity.country = issuer.country;
    entity.actor = `${actorCountry(issuer.country)}GOV`;
    entity.mentions[0].rule = `${entity.mentions[0].rule ?? 'name'}+headline-office`;
  }
}
