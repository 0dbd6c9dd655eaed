// The entity-descriptions component: definite descriptions join the entity they describe, with
// mention kind 'nominal' — "the North Korean dictator" the most recent North Korean person with a
// fitting title, "the communist state" the most recent country that fits "communist", "the group"
// the most recent body of its class (body-descriptions.ts) — and a country followed by a sector
// noun ("the Russian military", "U.S. intelligence agencies") becomes an organisation with its
// actor code (RUSMIL, USASPY).
import type { ArticleDocument, EntityRecord, Token } from '../document.js';
import type { Component } from '../pipeline.js';
import type { EntityType, Mention, Span } from '../types.js';
import { actorCountry, sectorOf } from './kb.js';
import { FINITE_BE_WORDS } from '../nlp/closed-class.js';
import { anotherCountrysGovernment, bodyClassAt, kindOfGroupAt } from './body-descriptions.js';
import { lexiconSets } from './lexicon.js';
import { pluralNoun, singularNoun } from './plural-nouns.js';
import { bareTitleWords, isAlsoSurname } from './title-words.js';
import { isSubordinateTitleWord, titleFitter } from './title-fit.js';
import { issuerOfficeCountryOf, issuerOfficeHolder } from './issuer-head.js';
import { isSeatName, seatTitleSector } from './seat-titles.js';
import { heldKbOffice } from './kb-office-holders.js';
import { quotedSpansOf } from '../quotes/marks.js';

/** Words for whoever leads a country, whatever the office's name (president, prime minister, king). */
const LEADER_WORDS = new Set(['leader', 'dictator', 'ruler', 'strongman', 'head', 'autocrat', 'despot']);

/** How far back (in characters) a description may look for its entity. */
const LOOKBACK = 3000;

type Hit = { entity: EntityRecord; mention: Mention };

/** A description's mention of the entity it names ("the North Korean regime", "the Russian leader"). */
function nominalMention(doc: ArticleDocument, span: Span, rule: string): Mention {
  return { start: span.start, end: span.end, text: doc.slice(span), kind: 'nominal', rule };
}

/**
 * The mention covering each token, built once per document and kept up to date as descriptions
 * add mentions: one array look-up per token instead of a search of every entity's mentions.
 */
class MentionGrid {
  private readonly at: Array<Hit | undefined>;
  constructor(private readonly doc: ArticleDocument) {
    this.at = new Array<Hit | undefined>(doc.tokens.length);
    for (const entity of doc.entities) for (const mention of entity.mentions) this.mark(entity, mention);
  }
  /** Marks the mention's tokens; where mentions nest, the entity listed first keeps the token. */
  mark(entity: EntityRecord, mention: Mention): void {
    for (let i = this.doc.tokenIndexAt(mention.start); i < this.at.length; i++) {
      if (this.doc.tokens[i].start >= mention.end) break;
      this.at[i] ??= { entity, mention };
    }
  }
  entityAt(t: Token): Hit | undefined {
    return this.at[t.i];
  }
}

/**
 * The body named in apposition after the phrase ending at token `end`: ", Hamas," or ", Hamas." —
 * a body's whole name mention set off by commas, or closing the sentence.
 */
function bodyInApposition(grid: MentionGrid, toks: Token[], end: number): EntityRecord | undefined {
  if (toks[end + 1]?.text !== ',' || !toks[end + 2]) return undefined;
  const hit = grid.entityAt(toks[end + 2]);
  if (!hit || hit.mention.kind !== 'name' || hit.entity.type !== 'ORG' || hit.mention.start !== toks[end + 2].start)
    return undefined;
  let last = end + 2;
  while (toks[last + 1] && toks[last + 1].end <= hit.mention.end) last++;
  const after = toks[last + 1];
  // (not an item of a list: "of U.S. citizens, Lawful Permanent Residents, and Afghan partners")
  if (toks[end].lower !== toks[end].lemma) return undefined;
  // (", Hamas, and shot in the back": "and" before no name or article joins clauses, not items)
  const item = toks[last + 3];
  const listed =
    /^(?:and|or)$/.test(toks[last + 2]?.lower ?? '') &&
    !!item &&
    (item.pos === 'DET' || item.pos === 'PROPN' || /^\p{Lu}/u.test(item.text));
  if (after?.text === ',') return listed ? undefined : hit.entity;
  return !after || /^[.;]$/.test(after.text) ? hit.entity : undefined;
}

/** The entity with a name mention at this token, if any. */
function nameEntityAt(grid: MentionGrid, t: Token): EntityRecord | undefined {
  const hit = grid.entityAt(t);
  return hit && hit.mention.kind === 'name' ? hit.entity : undefined;
}

/** Most recent entity of the type (by a mention before `before`) passing the test. */
function mostRecent(
  doc: ArticleDocument,
  before: number,
  type: EntityType,
  test: (e: EntityRecord) => boolean,
  /** Quotations whose mentions do not count (a name spoken about inside another's words). */
  quoted?: readonly Span[],
): EntityRecord | undefined {
  let best: EntityRecord | undefined;
  let bestAt = -1;
  for (const e of doc.entities) {
    // the type first (most entities are of another), then the test (titles fitted to every role)
    // only for an entity with a mention that would win
    if (e.type !== type) continue;
    const at = latestMentionBefore(e, before, quoted);
    if (at > bestAt && test(e)) {
      best = e;
      bestAt = at;
    }
  }
  return best;
}

/** The start of the entity's latest mention ending by `before` within LOOKBACK of it, else -1. */
function latestMentionBefore(e: EntityRecord, before: number, quoted?: readonly Span[]): number {
  let latest = -1;
  for (const m of e.mentions)
    if (m.end <= before && m.start > latest && before - m.start <= LOOKBACK && !(quoted && inside(quoted, m.start)))
      latest = m.start;
  return latest;
}

/** Whether the offset lies inside one of the spans. */
const inside = (spans: readonly Span[], at: number) => spans.some((q) => q.start <= at && at < q.end);

/**
 * The article's quotations, for a description at `at` outside them (one inside a quotation takes up
 * whoever its speaker spoke of); undefined for one inside.
 */
function outsideQuotations(doc: ArticleDocument, at: number): readonly Span[] | undefined {
  const spans = quotedSpansOf(doc);
  return inside(spans, at) ? undefined : spans;
}

/**
 * The person most recently named before `before` who passes `test`, a name spoken about inside a
 * quotation counting only where no one outside one does (and only for a description outside them).
 */
function mostRecentSpeakerSide(
  doc: ArticleDocument,
  before: number,
  test: (e: EntityRecord) => boolean,
): EntityRecord | undefined {
  const quoted = outsideQuotations(doc, before);
  return (quoted && mostRecent(doc, before, 'PERSON', test, quoted)) ?? mostRecent(doc, before, 'PERSON', test);
}

/**
 * The country a name at this token stands for in a description, and the token after the name: a
 * country or demonym ("British minister"), or any name with a country right before a government
 * head ("Bush administration", "Sandinista government").
 */
function countryOfName(
  doc: ArticleDocument,
  grid: MentionGrid,
  t: Token,
): { country: string; after: number; owner?: string; region?: string } | undefined {
  const hit = grid.entityAt(t);
  if (!hit || hit.mention.kind !== 'name' || hit.mention.start !== t.start || !hit.entity.country) return undefined;
  let after = t.i;
  while (after < doc.tokens.length && doc.tokens[after].start < hit.mention.end) after++;
  const e = hit.entity;
  // "Iraq's government", "Russia's military": a country's possessive modifies as its demonym does
  if (e.type === 'GPE' && /^['’]s$/.test(doc.tokens[after]?.text ?? ''))
    return { country: e.country!, after: after + 1 };
  // ("the Vermont senator": a place inside the country names more than the country does)
  if (e.type === 'GPE' && !isCountry(e)) return { country: e.country!, after, region: hit.mention.text };
  if (e.type === 'GPE' || e.type === 'NORP') return { country: e.country!, after };
  const next = doc.tokens[after];
  // ("the Bush administration": the government of one leader, not the country's every government)
  return next && lexiconSets().governmentHeads.has(next.lower)
    ? { country: e.country!, after, owner: e.id }
    : undefined;
}

let titleStarts: { titles: ReadonlySet<string>; starts: Set<string> } | null = null;

/** The first words of the titles of several words (prime minister → prime), worked out once per list. */
function multiWordTitleStarts(titles: ReadonlySet<string>): Set<string> {
  if (titleStarts?.titles !== titles) {
    const starts = new Set<string>();
    for (const t of titles) if (t.includes(' ')) starts.add(t.slice(0, t.indexOf(' ')));
    titleStarts = { titles, starts };
  }
  return titleStarts.starts;
}

/**
 * The last token of the longest person title of up to four words starting at token k that the
 * lexicon knows ("prime minister", "secretary of state"), else k: capitalised titles are tagged as
 * proper nouns, and their first word would otherwise be taken for the head.
 */
function titleRunEnd(toks: Token[], k: number, titles: ReadonlySet<string>): number {
  // most words start no title of several words: no phrase to build and look up
  const first = toks[k]?.lower ?? '';
  if (!first.includes(' ') && !multiWordTitleStarts(titles).has(first)) return k;
  let words = first;
  let end = k;
  for (let j = k + 1; j < toks.length && j < k + 4; j++) {
    // ("the secretary-general": a hyphen joins the words of "secretary general")
    if (toks[j].text === '-' && toks[j].start === toks[j - 1].end) continue;
    words += ' ' + toks[j].lower;
    if (titles.has(words)) end = j;
  }
  return end;
}

const isCountry = (e: EntityRecord) => e.type === 'GPE' && !!e.kb?.startsWith('country:');

/**
 * The person whose apposition the span lies in ("Malcolm Smart, the Middle East and North Africa
 * Director for Amnesty International said": the speaker is the apposition's holder) or, with
 * `opening`, whose apposition it opens, modifiers aside ("the Prime Minister, Fischer", "Kiriyenko,
 * former Russian Prime Minister,"): the phrase is that person's own description, whoever was named before. A
 * title further inside the apposition is someone else's: "Jeff Davidow, an advisor to the President".
 */
export function appositionHolder(doc: ArticleDocument, span: Span, opening = false): EntityRecord | undefined {
  for (const e of doc.entities) {
    if (e.type !== 'PERSON') continue;
    for (const r of e.roles) {
      if (!r.rule?.startsWith('apposition') || r.span.start >= span.end || span.start >= r.span.end) continue;
      if (!opening || span.start <= r.span.start || !RELATION.test(doc.text.slice(r.span.start, span.start))) return e;
    }
  }
  return undefined;
}

/** Words that put a title inside an apposition under another person: "advisor to the President". */
const RELATION = /(?:^|\s)(?:of|to|for|at|with|from)\s|['’]s?\s/iu;

/** The person named most recently before `before` whose title these words fit (see titleFits). */
export function titleHolder(
  doc: ArticleDocument,
  words: readonly string[],
  before: number,
  orOnlyHolder = false,
  /** The country the title names ("the President of the United States"): its holder must be of it. */
  country?: string,
): EntityRecord | undefined {
  const fits = titleFitter(words);
  const own = issuerOfficeHolder(doc, words, before);
  if (own && (!country || own.country === country)) return own;
  const holderCountry = country ?? issuerOfficeCountryOf(doc, words, before);
  // (a title the article gives, or an office the KB's person held on the day: see heldKbOffice)
  const holds = (e: EntityRecord) =>
    e.type === 'PERSON' &&
    (!holderCountry || e.country === holderCountry) &&
    (e.roles.some((r) => fits(r.title)) || heldKbOffice(e, words, doc.published));
  // ("Maciej Łopiński said that "Minister Fotyga hasn't travelled …" The Minister has also confirmed
  // …": one named inside a quotation is spoken about; the one quoting is nearer in the story)
  const recent = mostRecentSpeakerSide(doc, before, holds);
  if (recent || !orOnlyHolder) return recent;
  // (orOnlyHolder) "the President said …" in a briefing that names him only later: the one holder
  // of the title the article names
  const holders = doc.entities.filter(holds);
  return holders.length === 1 ? holders[0] : undefined;
}

/** The country of "of (the) COUNTRY" starting at token k ("the President of the United States"), if any. */
function countryNamedAfter(doc: ArticleDocument, k: number): string | undefined {
  const toks = doc.tokens;
  if (toks[k]?.lower !== 'of') return undefined;
  const at = toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  const hit = toks[at] ? doc.entityAt(toks[at].start) : undefined;
  return hit && isCountry(hit.entity) ? (hit.entity.country ?? undefined) : undefined;
}

/**
 * "The Secretary will travel …", "between the Ambassador and …": a capitalised title alone after
 * "the", which the recogniser took for a name, refers to the person the article gave that title
 * before. The mention moves to that person as a nominal one (the, title); an entity left with no
 * mention is dropped.
 */
function linkTitleReferences(doc: ArticleDocument): void {
  let moved = false;
  for (const entity of doc.entities) {
    const titled = entity.type === 'PERSON' && entity.roles.length > 0;
    for (const mention of [...entity.mentions]) {
      const words = mention.kind === 'name' ? bareTitleWords(mention.text) : null;
      if (!words) continue;
      const at = doc.tokenIndexAt(mention.start);
      const det = doc.tokens[at - 1];
      // (a titled person's own name may be a title word, "Larry King": only "the King" joined to
      // him by the surname is looked at)
      const asSurname = entity.type === 'PERSON' && det?.lower === 'the' && !!mention.rule?.startsWith('surname');
      if (titled && !asSurname) continue;
      const after = det?.lower === 'the' && !/^\p{Lu}/u.test(doc.tokens[at + words.length]?.text ?? '');
      const person = after
        ? (appositionHolder(doc, { start: det.start, end: mention.end }, true) ??
          titleHolder(doc, words, det.start, false, countryNamedAfter(doc, at + words.length)))
        : undefined;
      if (!person && (asSurname || (entity.type !== 'PERSON' && !entity.kb))) {
        // "the French Ambassador's residence", "Hello, Ambassador" read as a body, "the King" read
        // as the surname of Prime Minister Stephenson King: a title alone, with no holder named
        // before, names nobody
        entity.mentions.splice(entity.mentions.indexOf(mention), 1);
        moved = true;
        continue;
      }
      if (!after) continue;
      if (!person) {
        // "the Crown Prince of UAE" with no holder named before: a title, not a name
        if (entity.type === 'PERSON' && words.some((w) => !isAlsoSurname(w))) {
          mention.kind = 'nominal';
          mention.rule = `${mention.rule ?? ''}+title-alone`;
        }
        continue;
      }
      if (person === entity) continue;
      entity.mentions.splice(entity.mentions.indexOf(mention), 1);
      const span = { start: det.start, end: mention.end };
      person.mentions.push(nominalMention(doc, span, 'title-reference'));
      moved = true;
    }
  }
  if (!moved) return;
  doc.entities = doc.entities.filter((e) => e.mentions.length > 0);
  doc.mentionsMoved();
}

/** What the descriptions of one document share: its mention grid and its country-sector bodies. */
interface DescriptionScan {
  doc: ArticleDocument;
  grid: MentionGrid;
  sectorGroups: Map<string, EntityRecord>;
  /** People known only by a definite description, by its words ("syria's foreign minister"). */
  describedPeople: Map<string, EntityRecord>;
}

/**
 * The governments the text named ("the Government of Iraq"; government-names.ts) by actor: "the
 * Iraqi government" after it is the same body.
 */
function namedGovernments(doc: ArticleDocument): Map<string, EntityRecord> {
  const named = new Map<string, EntityRecord>();
  for (const e of doc.entities)
    if (e.actor && !named.has(e.actor) && e.mentions.some((m) => m.rule === 'government-name')) named.set(e.actor, e);
  return named;
}

/**
 * "… the NATO summit … to make the Alliance ready …": a body's class noun capitalised alone after
 * "the", which the recogniser took for a name of its own, is the most recent body of its class the
 * article named (body-descriptions.ts), where there is one; the mention moves to it as a nominal one
 * (the, noun), and an entity left with no mention is dropped. With no such body before it, it stays
 * a name ("the Council" of the Council's own release).
 */
function linkBodyWordNames(doc: ArticleDocument): void {
  /** The bodies the entities left with no mention went to, by id. */
  const movedTo = new Map<string, string>();
  let moved = false;
  for (const entity of doc.entities) {
    if (entity.kb || entity.type === 'PERSON') continue;
    for (const mention of [...entity.mentions]) {
      if (mention.kind !== 'name' || !/^\p{Lu}\p{Ll}+$/u.test(mention.text)) continue;
      const at = doc.tokenIndexAt(mention.start);
      const det = doc.tokens[at - 1];
      if (!det || doc.tokens[at].end !== mention.end) continue;
      const test = bodyClassAt(doc, at - 1, true);
      const body = test ? mostRecent(doc, det.start, 'ORG', (e) => e !== entity && test(e)) : undefined;
      if (!body || anotherCountrysGovernment(doc, at - 1, body)) continue;
      entity.mentions.splice(entity.mentions.indexOf(mention), 1);
      body.mentions.push(nominalMention(doc, { start: det.start, end: mention.end }, 'body-word-reference'));
      if (entity.mentions.length === 0) movedTo.set(entity.id, body.id);
      moved = true;
    }
  }
  if (!moved) return;
  doc.entities = doc.entities.filter((e) => e.mentions.length > 0);
  // (a role "Secretary General of the Alliance" names the body it went to)
  for (const e of doc.entities) for (const r of e.roles) if (r.org && movedTo.has(r.org)) r.org = movedTo.get(r.org);
  doc.mentionsMoved();
}

function linkDescriptions(doc: ArticleDocument): void {
  linkTitleReferences(doc);
  linkBodyWordNames(doc);
  const scan: DescriptionScan = {
    doc,
    grid: new MentionGrid(doc),
    sectorGroups: namedGovernments(doc),
    describedPeople: new Map(),
  };
  // one call per token, not one long loop body: V8 compiles the body as a function of its own
  // instead of compiling the whole scan again, on the stack, each time a new kind of input deoptimises it
  for (let i = 0; i < doc.tokens.length; i++) i = describeAt(scan, i);
}

/** The mention joins the entity, and the grid learns of it. */
function addMention(scan: DescriptionScan, entity: EntityRecord, mention: Mention): void {
  entity.mentions.push(mention);
  scan.grid.mark(entity, mention);
}

/**
 * The description starting at token i, if any, linked to its entity; returns the token the scan
 * goes on after (i, or the description's last token).
 */
function describeAt(scan: DescriptionScan, i: number): number {
  const { doc, grid } = scan;
  const toks = doc.tokens;
  const det = toks[i];
  // "citizens of Belarus", "the people of Iraq", "officials of the United States"
  if (
    (det.pos === 'NOUN' || det.pos === 'PROPN' || det.lower === 'the') &&
    (toks[i + 1]?.lower === 'of' || toks[i + 2]?.lower === 'of')
  ) {
    const end = describeGroupOfCountry(scan, i);
    if (end > i) return end;
  }
  const definite = det.lower === 'the';
  if (definite) {
    const end = describeBody(scan, i);
    if (end > i) return end;
  }
  const article = definite || det.lower === 'a' || det.lower === 'an';
  // the phrase: [article] [adjectives] [country, demonym, or a name + government head] modifiers* head
  let k = article ? i + 1 : i;
  // "a senior British minister": up to two adjectives before the country
  let pre = k;
  while (article && pre - k < 2 && toks[pre]?.pos === 'ADJ' && !nameEntityAt(grid, toks[pre])) pre++;
  if (pre > k && toks[pre] && countryOfName(doc, grid, toks[pre])) k = pre;
  let country: string | null = null;
  let owner: string | null = null;
  const geo = toks[k] ? countryOfName(doc, grid, toks[k]) : undefined;
  if (geo) {
    if (!article && grid.entityAt(det)?.mention.start !== det.start) return i;
    country = geo.country;
    owner = geo.owner ?? null;
    k = geo.after;
  } else if (!definite) {
    // "The Secretary and Foreign Secretary reaffirmed …": a title after "and" shares the description's "the"
    return sharesThe(scan, i) ? describePhrase(scan, i, i, null, false, null, null, true) : i;
  }
  return describePhrase(scan, i, k, country, article, owner, geo?.region ?? null);
}

/** Whether the capitalised word at i follows "and" after a person's description opened by "the". */
function sharesThe(scan: DescriptionScan, i: number): boolean {
  const toks = scan.doc.tokens;
  if (toks[i - 1]?.lower !== 'and' || !/^\p{Lu}/u.test(toks[i].text) || i < 3) return false;
  const before = scan.grid.entityAt(toks[i - 2]);
  return (
    before?.entity.type === 'PERSON' &&
    before.mention.kind === 'nominal' &&
    before.mention.end === toks[i - 2].end &&
    /^the\s/i.test(before.mention.text)
  );
}

/**
 * "the group", "the alliance": the most recent body of the noun's class (body-descriptions.ts).
 * Returns the noun's token, or i where there is no such description.
 */
function describeBody(scan: DescriptionScan, i: number): number {
  const { doc, grid } = scan;
  const det = doc.tokens[i];
  // ("the terrorist group", "the rights group": the group's kind before its noun)
  const armed = !grid.entityAt(det) ? kindOfGroupAt(doc.tokens, i) : undefined;
  if (armed) {
    const group = doc.tokens[armed.noun];
    const body = grid.entityAt(group) ? undefined : mostRecent(doc, det.start, 'ORG', armed.test);
    if (body) {
      addMention(scan, body, nominalMention(doc, { start: det.start, end: group.end }, 'body-description'));
      return armed.noun;
    }
  }
  const noun = doc.tokens[i + 1];
  const test = noun && !grid.entityAt(det) && !grid.entityAt(noun) ? bodyClassAt(doc, i) : undefined;
  const body = test ? mostRecent(doc, det.start, 'ORG', test) : undefined;
  if (!body || anotherCountrysGovernment(doc, i, body)) return i;
  addMention(scan, body, nominalMention(doc, { start: det.start, end: noun.end }, 'body-description'));
  return i + 1;
}

/** Nouns of a group that may close a sector's description ("government team"). */
const GROUP_TAILS = new Set(['team', 'teams', 'panel', 'group']);

/** Bodies a country has one of, named by a singular noun: "the army of Pakistan", "the parliament of Georgia". */
const NATIONAL_BODIES = new Set([
  'army',
  'military',
  'navy',
  'police',
  'parliament',
  'legislature',
  'judiciary',
  'junta',
]);

/**
 * "citizens of Belarus", "the people of Iraq", "officials of the United States": people of a
 * country named by a noun of its sectors (citizens → CVL, officials → GOV) are that country's sector,
 * as "Belarusian citizens" and "U.S. officials" are, not the country. Returns the phrase's last token,
 * or i where there is none.
 */
function describeGroupOfCountry(scan: DescriptionScan, i: number): number {
  const { doc, grid } = scan;
  const toks = doc.tokens;
  const article = toks[i].lower === 'the';
  const n = article ? i + 1 : i;
  const noun = toks[n];
  // (capitalised at the sentence's start, the tagger makes the noun a name: "Officials of …")
  const opening = noun && doc.sentences[noun.sentence]?.firstToken === noun.i;
  const common = noun && (noun.pos === 'NOUN' || (noun.pos === 'PROPN' && opening));
  if (!common || toks[n + 1]?.lower !== 'of' || grid.entityAt(noun)) return i;
  // (a group, "officials of …"; or one of the bodies a country has one of, "the government of Iran",
  // "the army of Pakistan": a singular title is a person's, "the president of Iran")
  const collective =
    pluralNoun(noun.lower) || lexiconSets().governmentHeads.has(noun.lower) || NATIONAL_BODIES.has(noun.lower);
  const sector = collective ? sectorOf(noun.lower) : undefined;
  if (!sector || !/^[A-Z]{3}$/.test(sector)) return i;
  const at = toks[n + 2]?.lower === 'the' ? n + 3 : n + 2;
  const hit = toks[at] ? grid.entityAt(toks[at]) : undefined;
  // (a country, not a city: "People of Chicago" are no country's people)
  if (!hit || !isCountry(hit.entity) || !hit.entity.country || hit.mention.start !== toks[at].start) return i;
  let last = at;
  while (last + 1 < toks.length && toks[last + 1].end <= hit.mention.end) last++;
  // "the Foreign Ministers of Canada, France, Germany, …": the people of every country listed, not the first's
  const after = toks[last + 1]?.lower === ',' || toks[last + 1]?.lower === 'and' ? toks[last + 2] : undefined;
  const next = after?.lower === 'the' ? toks[last + 3] : after;
  const listed = next ? grid.entityAt(next)?.entity.type : undefined;
  if (listed === 'GPE' || listed === 'ORG') return i;
  const country = hit.entity.country;
  const actor = actorCountry(country) + sector;
  let org = scan.sectorGroups.get(actor);
  if (!org) {
    org = doc.addEntity({ type: 'ORG', name: doc.text.slice(noun.start, toks[last].end), actor, country, kb: null });
    scan.sectorGroups.set(actor, org);
  }
  addMention(scan, org, nominalMention(doc, { start: toks[i].start, end: toks[last].end }, 'country-sector'));
  return last;
}

/** Lower-case words that go on a title's noun phrase ("the Secretary of State of the United States"). */
const PHRASE_GLUE = new Set(['of', 'the', 'for', 'and', 'in', 'at', 'on', 'to']);

/**
 * Whether the words between a description and a later name hold a clause's words (a verb, a noun
 * that is no name) and no break: then the two are different people ("the President makes President
 * Hu"). Words that only go on the description's phrase, "the Secretary of State of the United States
 * of America Antony Blinken", or a comma, "… that the Secretary has planned, Secretary Blinken will
 * urge", leave them one.
 */
function clauseBetween(between: string): boolean {
  if (/[,;:()—–]/.test(between)) return false;
  return between.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !PHRASE_GLUE.has(w));
}

/** Modifiers that name an office of their own before its head ("prime minister", "foreign minister"). */
const OFFICE_WORDS = new Set(['prime', 'foreign', 'defence', 'defense', 'interior', 'finance', 'home']);

/**
 * The rest of describeAt, for the few tokens that start a phrase with "the" or a country: most
 * tokens do not, and the long rest, in the same function, would be compiled again each time a
 * rare branch of it was first taken.
 */
function describePhrase(
  scan: DescriptionScan,
  i: number,
  k: number,
  country: string | null,
  article: boolean,
  owner: string | null = null,
  /** The place inside the country that the phrase names ("the Vermont senator"), if it names one. */
  region: string | null = null,
  /** The phrase shares the "the" of the description joined to it before ("The Secretary and Foreign Secretary"). */
  sharedThe = false,
): number {
  const { doc, grid } = scan;
  const lex = lexiconSets();
  const toks = doc.tokens;
  const det = toks[i];
  const definite = det.lower === 'the' || sharedThe;
  const modifiers: string[] = [];
  // (an office's word capitalised as a name's: "the Foreign Minister", "the Prime Minister")
  // (after a country, "the Japanese Prime Minister" is read as a title of the country's: describeSector)
  const officeWordAt = (j: number) =>
    !country && OFFICE_WORDS.has(toks[j].lower) && lex.personNominalHeads.has(toks[j + 1]?.lower ?? '');
  while (toks[k] && (toks[k].pos === 'ADJ' || toks[k].text === '-' || officeWordAt(k)) && modifiers.length < 3) {
    // "military" is tagged an adjective but is a sector noun itself
    if (country && sectorOf(toks[k].lower) && toks[k + 1]?.pos !== 'NOUN') break;
    modifiers.push(toks[k].lower);
    k++;
  }
  // a title of several words ("the Prime Minister", "the Secretary of State") is one head
  const titleStart = k;
  // "the Deputy Secretary", "the Under Secretary": the lesser office's word opens the title
  while (isSubordinateTitleWord(toks[k]?.lower ?? '') && lex.personNominalHeads.has(toks[k + 1]?.lower ?? '')) k++;
  k = titleRunEnd(toks, k, lex.personNominalHeads);
  const head = toks[k];
  if (!head || k === i) return i;
  const start = article ? det.start : toks[i].start;
  const span = { start, end: head.end };
  if (grid.entityAt(head)) return i;
  // a person's description: a title noun (the Russian leader), never before the person's name
  // (a plural is a group, no one person: "the Chinese special representatives")
  const plural = head.lower !== head.lemma && head.lower.endsWith('s') && !lex.personNominalHeads.has(head.lower);
  const personHead = !plural && (lex.personNominalHeads.has(head.lemma) || lex.personNominalHeads.has(head.lower));
  if (personHead && /^\p{Lu}/u.test(toks[k + 1]?.text ?? '')) return i;
  if (definite && personHead) {
    // (a word naming the office itself stays in it: "the prime minister" is no Foreign Minister)
    const kept = (w: string) => isSubordinateTitleWord(w) || OFFICE_WORDS.has(w);
    const title = [...modifiers.filter(kept), ...toks.slice(titleStart, k + 1).map((t) => t.lower)];
    const fits = country ? null : titleFitter(title);
    // "the U.S. Ambassador" after "President Biden": an office named with a country is a holder of that
    // office, where the person's titles are known ("the Russian leader", "the North Korean dictator"
    // name whoever leads the country)
    const office =
      country && !LEADER_WORDS.has(head.lower) && lex.titleHeads.has(head.lower) ? titleFitter(title) : null;
    // "the President" in a seat of government's own release, unqualified ("the former President", "the
    // President of Brazil", "the president-elect" are not its own): its own president (issuer-head.ts)
    // ("the secretary general" is another office than "the Secretary")
    const bare =
      !country && modifiers.every(isSubordinateTitleWord) && !/^(?:of|-|general)$/.test(toks[k + 1]?.lower ?? '');
    // "the President of the United States": only a holder of that country's
    const named = countryNamedAfter(doc, k + 1);
    // "the Danish Minister of Foreign Affairs": only a holder of that portfolio, not the Minister of
    // Development named before
    const portfolioLast = portfolioEnd(toks, k);
    const portfolio = portfolioLast > k ? doc.text.slice(toks[k + 2].start, toks[portfolioLast].end) : '';
    const holds = (e: EntityRecord) =>
      !portfolio || [e.name, ...e.roles.map((r) => r.title)].some((t) => t.includes(portfolio));
    // (one the same clause names after the description is someone else: "The point that the President
    // makes President Hu …", "the President had a chance to review that progress himself with President
    // Abbas"; not a possessor, "the residence of the Thai Prime Minister … for Mr. Samak's resignation")
    const sentence = doc.sentenceAt(span.start);
    const sentenceEnd = sentence ? toks[sentence.endToken - 1].end : span.end;
    const namedLater = (e: EntityRecord) =>
      e.mentions.some(
        (m) =>
          m.kind === 'name' &&
          m.start > span.end &&
          m.start < sentenceEnd &&
          clauseBetween(doc.text.slice(span.end, m.start)) &&
          !/^['’]s\b/.test(doc.text.slice(m.end, m.end + 3)),
      );
    // (a seat of government's bare "the President" is never a foreign one: issuer-head.ts)
    const own = bare ? issuerOfficeCountryOf(doc, title, span.start) : undefined;
    const described = (e: EntityRecord) =>
      e.type === 'PERSON' &&
      (!named || e.country === named) &&
      (!own || e.country === own) &&
      holds(e) &&
      (fits === null ? e.country === country : e.roles.some((r) => fits(r.title))) &&
      // (only someone the article ties to that place: a country's other senators are not "the Vermont senator")
      (!region || e.roles.some((r) => doc.text.slice(r.span.start, r.span.end).includes(region))) &&
      (!office || !e.roles.length || e.roles.some((r) => office(r.title))) &&
      !onlyPeopleNoun(e) &&
      !namedLater(e);
    // (one named inside a quotation is spoken about: see titleHolder)
    const person =
      appositionHolder(doc, span, true) ??
      (bare ? issuerOfficeHolder(doc, title, span.start) : undefined) ??
      mostRecentSpeakerSide(doc, span.start, described);
    if (person) {
      addMention(scan, person, nominalMention(doc, span, 'description'));
      return i;
    }
  }
  // a country's description: the communist state, the North Korean regime
  // (a country's government is a body of its own: the North Korean regime → PRKGOV, below)
  if (definite && lex.gpeNominalHeads.has(head.lemma) && !(country && lex.governmentHeads.has(head.lower))) {
    const fits = modifiers.flatMap((m) => lex.countryModifiers.get(m) ?? []);
    if (!country && !fits.length) return i;
    const gpe = mostRecent(
      doc,
      span.start,
      'GPE',
      (e) => isCountry(e) && (country ? e.country === country : fits.includes(e.country ?? '')),
    );
    if (gpe) addMention(scan, gpe, nominalMention(doc, span, 'description'));
    return i;
  }
  // a country's sector: the Russian military, U.S. intelligence agencies
  if (!country) return i;
  return describeSector(scan, i, k, country, article, modifiers.length, span.start, owner, region);
}

/**
 * Whether a token may go on with a country's description: a noun or adjective, or a title's or a
 * government body's word capitalised as a name ("the Iranian Defence Minister").
 */
function describingWord(t: Token): boolean {
  if (t.pos === 'NOUN' || t.pos === 'ADJ') return true;
  if (t.pos !== 'PROPN') return false;
  const lex = lexiconSets();
  return lex.titleHeads.has(t.lower) || lex.titleModifiers.has(t.lower) || lex.genericBodyWords.has(t.lower);
}

/** Whether tokens [from, to] are a title's words capitalised as a name ("Defence Minister"). */
function capitalisedTitle(toks: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j <= to; j++) if (toks[j].pos !== 'PROPN' || !describingWord(toks[j])) return false;
  return true;
}

/** Whether a lower-case verb follows token j on its line ("… Minister spoke", "… Minister has said"). */
function verbAfter(toks: readonly Token[], j: number): boolean {
  const next = toks[j + 1];
  return (
    !!next &&
    (next.pos === 'VERB' || next.pos === 'AUX') &&
    /^\p{Ll}/u.test(next.text) &&
    next.start === toks[j].end + 1
  );
}

/** Whether tokens [from, to) are adjectives or nouns, no plural or third-person -s form among them. */
function plainModifiers(toks: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = toks[j];
    if (t.pos === 'ADJ') continue;
    if (t.pos !== 'NOUN' || (t.lower.endsWith('s') && t.lemma !== t.lower)) return false;
  }
  return true;
}

/** The person whose name ends right before the comma before token i (an apposition's opening), if any. */
function personNamedBefore(scan: DescriptionScan, i: number): EntityRecord | undefined {
  const toks = scan.doc.tokens;
  if (toks[i - 1]?.text !== ',' || !toks[i - 2]) return undefined;
  return personNameEndingAt(scan, i - 2);
}

/** The person whose name mention ends with token j, if one does. */
function personNameEndingAt(scan: DescriptionScan, j: number): EntityRecord | undefined {
  const hit = scan.grid.entityAt(scan.doc.tokens[j]);
  return hit &&
    hit.entity.type === 'PERSON' &&
    hit.mention.kind === 'name' &&
    hit.mention.end === scan.doc.tokens[j].end
    ? hit.entity
    : undefined;
}

/**
 * Nouns of a country's sector that name one of its people in the singular, not a body: "a Japanese
 * citizen", "an American soldier", "a Palestinian farmer" are one person each (their plurals are the
 * sector's group: "Iraqi students"). Vessels and bodies of a sector ("a Russian tanker", "an Iraqi
 * ministry") are not people.
 */
const SINGLE_PERSON_NOUNS = new Set([
  'citizen',
  'national',
  'resident',
  'civilian',
  'soldier',
  'sailor',
  'marine',
  'officer',
  'policeman',
  'policewoman',
  'student',
  'farmer',
  'fisherman',
  'worker',
  'activist',
  'protester',
  'protestor',
  'demonstrator',
  'dissident',
  'teacher',
  'doctor',
  'nurse',
  'engineer',
  'scientist',
  'researcher',
  'businessman',
  'businesswoman',
  'trader',
  'merchant',
  'investor',
  'banker',
  'tourist',
  'pilot',
  'lawyer',
  'photographer',
  'blogger',
  'volunteer',
  'hostage',
  'prisoner',
  'detainee',
  'refugee',
  'migrant',
  'immigrant',
  'militant',
  'rebel',
  'insurgent',
  'monk',
  'priest',
  'cleric',
  'nun',
  'pilgrim',
  'bishop',
  'imam',
  'rabbi',
  'victim',
  'survivor',
  'witness',
  'suspect',
  'spy',
  'veteran',
]);

/**
 * Whether the person is known only by a people noun ("a kidnapped Israeli soldier"): no office
 * holder that a title's description ("the Israeli ambassador") may name.
 */
const onlyPeopleNoun = (e: EntityRecord) =>
  !e.mentions.some((m) => m.kind === 'name') && SINGLE_PERSON_NOUNS.has(e.name.toLowerCase().split(/\s+/).at(-1) ?? '');

/**
 * The person named as the subject of a copula right before token i ("Nasr, also known as Abu Omar,
 * is | an Egyptian cleric"), past one apposition set off by commas; else undefined.
 */
function copulaSubject(scan: DescriptionScan, i: number): EntityRecord | undefined {
  const toks = scan.doc.tokens;
  const copula = toks[i - 1];
  if (!copula || !FINITE_BE_WORDS.has(copula.lower)) return undefined;
  let j = i - 2;
  if (toks[j]?.text === ',') {
    j--;
    while (j > 0 && toks[j].text !== ',' && toks[j].sentence === copula.sentence) j--;
    if (toks[j]?.text !== ',' || toks[j].sentence !== copula.sentence) return undefined;
    j--;
  }
  return toks[j]?.sentence === copula.sentence ? personNameEndingAt(scan, j) : undefined;
}

/** Sector words that name no government body after a place inside a country ("the New York delegation"). */
const REGIONAL_PARTY_WORDS = new Set(['delegation', 'delegations']);

/** The most words of a portfolio after a title's "of" ("of Foreign Affairs"). */
const MAX_PORTFOLIO = 5;

/**
 * The last token of a capitalised portfolio after the title word at token e ("Minister | of Foreign
 * Affairs"), else e.
 */
function portfolioEnd(toks: readonly Token[], e: number): number {
  if (toks[e + 1]?.lower !== 'of' || !/^\p{Lu}/u.test(toks[e + 2]?.text ?? '')) return e;
  let last = e + 2;
  for (let k = e + 3; k < toks.length && k - e <= MAX_PORTFOLIO + 1; k++) {
    const t = toks[k];
    if (t.sentence !== toks[e].sentence) break;
    if (/^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN')) last = k;
    else if (t.lower !== 'and' || !/^\p{Lu}/u.test(toks[k + 1]?.text ?? '')) break;
  }
  return last;
}

/** How far back a list of titles may reach to its "as" ("as U.S. Ambassador to Singapore, …, and …"). */
const MAX_AS_LIST = 40;

/**
 * Whether the phrase at token i is a title after "as", directly or as an item of a list that "as"
 * opens: no verb stands between.
 */
function afterAs(toks: readonly Token[], i: number): boolean {
  if (toks[i - 1]?.lower === 'as') return true;
  if (!/^(?:and|or|,)$/.test(toks[i - 1]?.lower ?? '')) return false;
  for (let k = i - 2; k >= 0 && i - k <= MAX_AS_LIST && toks[k].sentence === toks[i].sentence; k--) {
    if (toks[k].lower === 'as') return true;
    if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') return false;
  }
  return false;
}

/** describePhrase for a country's sector ("the Russian military", "U.S. intelligence agencies"). */
function describeSector(
  scan: DescriptionScan,
  i: number,
  k: number,
  country: string,
  article: boolean,
  modifierCount: number,
  start: number,
  /** The person whose government it is ("the Bush administration"), if a person's name leads it. */
  owner: string | null = null,
  /** The place inside the country that the phrase names ("the New York delegation"), if it names one. */
  region: string | null = null,
): number {
  const { doc, grid, sectorGroups } = scan;
  const lex = lexiconSets();
  const toks = doc.tokens;
  // the longest run of nouns and adjectives right after the country that the agents know
  let sector: string | undefined;
  let end = k;
  const from = k - modifierCount;
  let last = from;
  while (last + 1 < toks.length && last + 1 < from + 4 && describingWord(toks[last + 1])) last++;
  // (a title capitalised as a name only as a subject with its verb after it: "the Iranian Defence
  // Minister spoke of …"; "Israeli Alternate Prime Minister and Minister of Defense Benjamin Gantz",
  // "U.S. Special Envoy for Yemen Tim Lenderking" are titles of people named after them)
  while (last > from && toks[last].pos === 'PROPN' && !verbAfter(toks, last)) last--;
  for (let e = last; e >= from && !sector; e--) {
    for (const s of [from, k]) {
      if (s > e || sector) continue;
      sector = sectorOf(
        toks
          .slice(s, e + 1)
          .map((t) => t.lower)
          .join(' '),
      );
      if (sector) end = e;
    }
    // "the Iranian Defence Minister": a person's title after a portfolio the agents lack is its sector
    if (!sector && e === last && e > k && capitalisedTitle(toks, k, e) && lex.personNominalHeads.has(toks[e].lower)) {
      sector = sectorOf(toks[e].lower);
      if (sector) end = e;
    }
    // "Seoul's unification ministry": a body's head noun after words the agents lack is its sector
    // (only over nouns and adjectives, none an -s form the tagger may have taken for a noun: "the
    // United States withdraws military forces", "Thailand, military forces")
    if (!sector && e === last && e > k && lex.orgHeads.has(toks[e].lower) && plainModifiers(toks, k, e)) {
      sector = sectorOf(toks[e].lower);
      if (sector) end = e;
    }
  }
  // ("a Saudi Arabian government team", "a Pentagon review panel": a group noun after the sector's
  // words is a group of that sector, the phrase's head)
  // (not before the group's name: "the Colombian guerrilla group Revolutionary Armed Forces of Colombia")
  if (
    sector &&
    GROUP_TAILS.has(toks[end + 1]?.lower ?? '') &&
    toks[end + 1].sentence === toks[end].sentence &&
    !/^\p{Lu}/u.test(toks[end + 2]?.text ?? '')
  )
    end++;
  // "a Downing Street spokesman": a seat of government's (seat-titles.ts; only where the words
  // name a sector: "the White House lawn" is no body)
  const before = toks[from - 1];
  const seatHit = sector && before && grid.entityAt(/^['’]s$/.test(before.text) ? toks[from - 2] : before);
  if (seatHit && seatHit.mention.kind === 'name' && isSeatName(seatHit.mention.text))
    sector = seatTitleSector(true, doc.text.slice(toks[from].start, toks[end].end), sector);
  if (!sector || !/^[A-Z]{3}$/.test(sector)) return i;
  // (a state's or a city's delegation is a party's, to a convention: "Robert Antonacci of the New York
  // delegation"; a country's is its government's)
  if (region && REGIONAL_PARTY_WORDS.has(toks[end].lower)) return i;
  // "U.S. national security adviser Jake Sullivan" is a title, not a body
  const next = toks[end + 1];
  if (next && (grid.entityAt(next)?.entity.type === 'PERSON' || /^\p{Lu}/u.test(next.text))) return i;
  const actor = actorCountry(country) + sector;
  const mspan = { start, end: toks[end].end };
  const headTok = toks[end];
  // "a senior British minister", "the Iranian Defence Minister": one person, known by the description alone
  const headWord = headTok.pos === 'PROPN' ? headTok.lower : headTok.lemma;
  // ("Iran's official radio" has no official: the word only modifies the noun after it)
  const modifier = next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && next.sentence === headTok.sentence;
  // (a people noun that modifies another is its sector's: "Palestinian militant attacks", "Syrian refugee camps")
  const personHead = lex.personNominalHeads.has(headWord) || (SINGLE_PERSON_NOUNS.has(headWord) && !modifier);
  if (personHead && headTok.lower === headWord && modifier) return i;
  if (personHead && headTok.lower === headWord) {
    // "Russia's Minister of Defense": a capitalised title goes on with its portfolio
    const last = /^\p{Lu}/u.test(headTok.text) ? portfolioEnd(toks, end) : end;
    const pspan = { start, end: toks[last].end };
    // "The Russian ambassador to Britain, Andrei Kelin, said": the title of a person named after
    // it, already their role — no one else
    const titled = doc.entities.find(
      (e) => e.type === 'PERSON' && e.roles.some((r) => r.span.start < pspan.end && r.span.end > pspan.start),
    );
    if (titled) {
      // (set off from the name, the phrase is a mention of its own: "the Russian Ambassador …, Anatoly Antonov")
      if (appositionHolder(doc, pspan, true) === titled)
        addMention(scan, titled, nominalMention(doc, pspan, 'description'));
      return last;
    }
    // "Ekaterina Kotrikadze, an independent Russian journalist with TV Dozhd": set off right after a
    // person's name, the phrase is that person, though no title was read from it; so is the predicate
    // of a named person ("Hassan Mustafa Osama Nasr, also known as Abu Omar, is an Egyptian cleric")
    const named =
      personNamedBefore(scan, i) ?? (article && /^an?$/i.test(toks[i].text) ? copulaSubject(scan, i) : undefined);
    if (named) {
      addMention(scan, named, nominalMention(doc, pspan, 'description'));
      // (and the actor it names, where nothing else gave the person one)
      if (!named.actor && !named.country) {
        named.actor = actor;
        named.country = country;
      }
      return last;
    }
    // "served … including as U.S. Ambassador to Singapore, …, and U.S. Ambassador to China": a title
    // held, no one of its own
    const lead = toks[i];
    if ((!article || /^an?$/i.test(lead.text)) && afterAs(toks, i)) return last;
    const name = doc.text.slice(toks[article ? i + 1 : i].start, toks[last].end);
    // "Syria's foreign minister has said … Syria's foreign minister said": one office, one person
    // wherever the article names it so definitely ("a Romanian official" may be another each time)
    const definite = !(article && /^an?$/i.test(lead.text));
    const key = name.toLowerCase();
    const known = definite ? scan.describedPeople.get(key) : undefined;
    const person = known ?? doc.addEntity({ type: 'PERSON', name, actor, country, kb: null });
    if (definite && !known) scan.describedPeople.set(key, person);
    addMention(scan, person, nominalMention(doc, pspan, 'country-person'));
    return last;
  }
  // "kidnapped by the Palestinian ruling party, Hamas, and shot": the body named in apposition
  // right after the phrase is the one it describes
  const body = bodyInApposition(grid, toks, end);
  if (body) {
    addMention(scan, body, nominalMention(doc, mspan, 'description'));
    // (and the actor the phrase names, where nothing gave the body one: "New Zealand's opposition
    // party, National," is NZLOPP)
    if (!body.actor && !body.country) {
      body.actor = actor;
      body.country = country;
    }
    return end;
  }
  const group = owner ? `${actor} ${owner}` : actor;
  let org = sectorGroups.get(group);
  if (!org) {
    const name = doc.text.slice(toks[article ? i + 1 : i].start, toks[end].end);
    org = doc.addEntity({ type: 'ORG', name, actor, country, kb: null });
    sectorGroups.set(group, org);
  }
  // "the Iraqi government" is the one government of its country in every article (government-names.ts)
  // (named for it too: "Russian officials … the Russian government" is the Russian government)
  if (!owner && !org.kb && sector === 'GOV' && headTok.lower === 'government') {
    org.kb = `government:${country}`;
    org.name = doc.text.slice(toks[article ? i + 1 : i].start, toks[end].end);
  }
  // "the Bush administration", "the Assad regime": one leader's government, named by the leader's
  // name, is one body wherever it is written (rule leader-government: the store keys it by its name
  // across articles, as it keys a name, not by its article as a description)
  addMention(scan, org, nominalMention(doc, mspan, owner ? 'leader-government' : 'country-sector'));
  if (!owner && !article) describeCoordinatedSector(scan, i, k, end, sector, country);
  return end;
}

/**
 * "Israeli and Palestinian officials", "the Rwandan and Burundian governments", "U.S. and South
 * Korean forces": the country or people coordinated before the one a group of a sector was read for
 * has that group too (its own entity, under its own actor code), its mention the country's word.
 * `i` is the phrase's first token (its country's), `k` the token after the country, `end` the head.
 */
function describeCoordinatedSector(
  scan: DescriptionScan,
  i: number,
  k: number,
  end: number,
  sector: string,
  country: string,
): void {
  const { doc, grid, sectorGroups } = scan;
  const toks = doc.tokens;
  if (toks[i - 1]?.lower !== 'and' || !toks[i - 2]) return;
  const hit = grid.entityAt(toks[i - 2]);
  if (!hit || hit.mention.end !== toks[i - 2].end || !hit.entity.country) return;
  // (a country's name stands before a noun only abbreviated, "U.S. and South Korean forces": "attacks on
  // Israel and Israeli civilians" name Israel itself)
  const attributive = hit.entity.type === 'NORP' || (isCountry(hit.entity) && /^[A-Z.]{2,5}$/.test(hit.mention.text));
  if (!attributive || hit.entity.country === country) return;
  // (only two: "Canadian, Dutch and British soldiers" is left as it was)
  const before = toks[doc.tokenIndexAt(hit.mention.start) - 1];
  if (before?.text === ',') return;
  const actor = actorCountry(hit.entity.country) + sector;
  let org = sectorGroups.get(actor);
  if (!org) {
    // ("the Rwandan and Burundian governments": each its one government, "Rwandan government")
    const head = toks[end].lower;
    const one = singularNoun(head);
    const single = one !== head && (lexiconSets().governmentHeads.has(one) || NATIONAL_BODIES.has(one));
    const words = doc.text.slice(toks[k].start, single ? toks[end].start : toks[end].end);
    const name = `${hit.mention.text} ${words}${single ? one : ''}`;
    org = doc.addEntity({ type: 'ORG', name, actor, country: hit.entity.country, kb: null });
    sectorGroups.set(actor, org);
  }
  addMention(
    scan,
    org,
    nominalMention(doc, { start: hit.mention.start, end: hit.mention.end }, 'country-sector-coordinated'),
  );
}

/** Entity ids in order of first mention (e1, e2…), with role references renumbered to match. */
export function renumberByFirstMention(doc: ArticleDocument): void {
  const first = (e: EntityRecord) => Math.min(...e.mentions.map((m) => m.start), Number.MAX_SAFE_INTEGER);
  // each entity's first mention found once, not at every comparison of the sort
  const firstAt = new Map(doc.entities.map((e) => [e, first(e)]));
  const sorted = [...doc.entities].sort((a, b) => firstAt.get(a)! - firstAt.get(b)!);
  const newId = new Map<string, string>();
  sorted.forEach((e, k) => newId.set(e.id, `e${k + 1}`));
  for (const e of sorted) {
    e.id = newId.get(e.id)!;
    // (a role's body may be a title word read as a name, dropped since: the role then names no body)
    for (const r of e.roles) if (r.org && /^e\d+$/.test(r.org)) r.org = newId.get(r.org) ?? null;
  }
  doc.entities = sorted;
}

export const entityDescriptions: Component = {
  name: 'entity-descriptions',
  needs: ['entities', 'roles'],
  adds: [],
  run(doc) {
    try {
      linkDescriptions(doc);
    } catch (err) {
      process.emitWarning(`entity-descriptions: ${(err as Error).message} in ${doc.id}`);
    }
    renumberByFirstMention(doc);
  },
};
