// Pieces of a long title that the recogniser read as names of their own: "State for Arms Control and
// International Security" in "Under Secretary of State for Arms Control and International Security
// Bonnie D. Jenkins", "Law Enforcement Affairs" in "Assistant Secretary of State for International
// Narcotics and Law Enforcement Affairs Todd D. Robinson", "Minister for Sustainable Development" in
// "Mona Sahlin, the Swedish Minister for Sustainable Development". Once the roles component has read
// the whole title, such a mention inside it names nothing and is dropped (a body the KB knows is kept:
// "NATO"; so is one with a body's head word: "Foreign Ministry", "Prime Minister's Office").
import type { ArticleDocument } from '../document.js';
import type { Mention, Span } from '../types.js';
import { lexiconSets } from './lexicon.js';
import { withoutOfficeToCome } from './title-words.js';

/** Drops the name mentions that are pieces of a person's title, and entities left with none. */
export function dropTitleFragments(doc: ArticleDocument): void {
  const titles = doc.entities.flatMap((e) => (e.type === 'PERSON' ? e.roles.map((r) => r.span) : []));
  if (titles.length === 0) return;
  const dropped = new Set<string>();
  let changed = false;
  for (const entity of doc.entities) {
    if (entity.kb) continue;
    // (a person's name is a piece of a title only as an item of a listed portfolio the recogniser
    // read as a name: "Human Rights" in "… for Democracy, Human Rights, and Labor Lisa Peterson")
    const person = entity.type === 'PERSON';
    // (a place stays a place, in a title too: "Minister of State for Middle East, North Africa, and …")
    const listable = !PLACES_AND_PEOPLES.has(entity.type);
    const before = entity.mentions.length;
    entity.mentions = entity.mentions.filter(
      (m) =>
        !titles.some(
          (span) =>
            m.start >= span.start &&
            m.end <= span.end &&
            m.kind === 'name' &&
            ((!person &&
              (titleAlone(m.text) ||
                genericWordsOnly(m.text) ||
                (m.start > span.start && isTitleFragment(doc, m, span.end)))) ||
              (listable && m.start > span.start && m.end < span.end && listedPortfolioItem(doc, m, span))),
        ),
    );
    if (entity.mentions.length === before) continue;
    changed = true;
    if (entity.mentions.length === 0) dropped.add(entity.id);
  }
  if (!changed) return;
  forgetDroppedBodies(doc, dropped);
  doc.entities = doc.entities.filter((e) => e.mentions.length > 0);
  doc.mentionsMoved();
}

/** Types whose names stay names inside a title's list: places and peoples. */
const PLACES_AND_PEOPLES = new Set(['GPE', 'LOC', 'NORP']);

/**
 * Whether mention m is an item of a portfolio listed inside a title, before its end: "Civilian
 * Security" and "Democracy" in "Under Secretary for Civilian Security, Democracy, and Human Rights"
 * (after "for", "of" or a comma; before a comma or "and").
 */
function listedPortfolioItem(doc: ArticleDocument, m: Mention, title: Span): boolean {
  // (a list has commas: "emir of Arbinda and Serma", "Palestinian-American and Al Jazeera journalist" are none)
  if (!doc.text.slice(title.start, title.end).includes(',')) return false;
  const toks = doc.tokens;
  const first = doc.tokenIndexAt(m.start);
  const last = doc.tokenIndexAt(m.end - 1);
  const before = toks[first - 1]?.lower ?? '';
  const after = toks[last + 1]?.lower ?? '';
  return (
    (before === ',' || before === 'for' || before === 'of' || before === 'and') &&
    (after === ',' || after === 'and') &&
    !holdsBodyHead(toks.slice(first, last + 1).map((t) => t.lower))
  );
}

/**
 * Whether mention m inside a title ending at titleEnd is a piece of it: the portfolio after
 * "Secretary of State" or "Minister of State" ("State for …"), or a portfolio that ends the title in
 * a portfolio's last word and holds no body's head ("Law Enforcement Affairs", not "Office of
 * Management and Budget").
 */
function isTitleFragment(doc: ArticleDocument, m: Mention, titleEnd: number): boolean {
  const lex = lexiconSets();
  const toks = doc.tokens;
  const first = doc.tokenIndexAt(m.start);
  if (
    toks[first]?.text === 'State' &&
    toks[first - 1]?.lower === 'of' &&
    lex.titleHeads.has(toks[first - 2]?.lower ?? '')
  )
    return true;
  if (m.end !== titleEnd) return false;
  const words = toks.slice(first, doc.tokenIndexAt(m.end - 1) + 1).map((t) => t.lower);
  const last = words[words.length - 1] ?? '';
  return (lex.portfolioEndWords.has(last) || lex.bodyEndWords.has(last)) && !holdsBodyHead(words);
}

/**
 * "Deputy National Security", "Minister for Sustainable Development" read as a body: a name the KB
 * lacks that opens with a title word. A portfolio's word before a body's head opens a body's name,
 * not a title: "Foreign Ministry", "Home Office", "Finance Ministry".
 */
export function opensWithTitleWord(text: string): boolean {
  const lex = lexiconSets();
  const words = text.toLowerCase().split(/\s+/);
  // ("Ambassador-at-Large for …": a hyphened office opens with its title word)
  const first = words[0].split('-')[0];
  if (!lex.titleHeads.has(first) && !lex.titleModifiers.has(first)) return false;
  return !lex.officePortfolios.some((p) => p[0] === words[0]) || !holdsBodyHead(words);
}

/**
 * Whether a name is made only of the words every government's bodies share, with no body's head
 * ("National Security", "Foreign Affairs"; not "Foreign Ministry", "Supreme Court"): inside a title
 * ("National Security Advisor", "Minister for Foreign Affairs") they are the title's, and name no body.
 */
export function genericWordsOnly(text: string): boolean {
  const lex = lexiconSets();
  const words = text.toLowerCase().split(/\s+/);
  // (one word that is also a party's name is the party: "Labour MP …"; the American "Labor Secretary"
  // names the portfolio)
  if (words.length === 1 && PARTY_WORDS.has(words[0])) return false;
  return (
    words.every((w) => lex.genericBodyWords.has(w)) && words.some((w) => !lex.titleGlue.has(w)) && !holdsBodyHead(words)
  );
}

/** Words of bodies' names that name a party alone ("Labour", "National"). */
const PARTY_WORDS = new Set(['labour', 'national']);

/** A name read as a body that is only title words: no body's head in it ("Prime Minister's Office" is one). */
function titleAlone(text: string): boolean {
  // ("President-elect", "Minister-designate": the office to come is a title too)
  const office = withoutOfficeToCome(text);
  return opensWithTitleWord(office) && !holdsBodyHead(office.toLowerCase().split(/\s+/));
}

/** Whether lower-case words hold an organisation's or a government's head word (ministry, office, cabinet). */
function holdsBodyHead(words: readonly string[]): boolean {
  const lex = lexiconSets();
  return words.some((w) => lex.orgHeads.has(w) || lex.governmentHeads.has(w));
}

/** A role's body that was dropped is no body of the role any more. */
function forgetDroppedBodies(doc: ArticleDocument, dropped: ReadonlySet<string>): void {
  if (dropped.size === 0) return;
  for (const person of doc.entities.filter((e) => e.type === 'PERSON'))
    for (const role of person.roles) if (role.org && dropped.has(role.org)) role.org = null;
}
