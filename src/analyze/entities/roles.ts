// The entity-roles component: titles written before a person's name ("Russian President Vladimir
// Putin", "professor of Korean studies at Leiden University Remco Breuker") or in apposition after
// it ("John Kirby, the NSC coordinator,") or set off before it ("The head of the agency, John Smith,
// said", "according to the Russian Ambassador …, Anatoly Antonov."). Each role keeps its span; the
// person takes its country and an actor code (country + the sector its title implies) unless the
// article gave them already.
import { hostCountry } from './host-country.js';
import { beforeTitledList } from './titled-lists.js';
import type { ArticleDocument, EntityRecord, Token } from '../document.js';
import { linkOfficeHolders } from './kb-office-holders.js';
import type { Component } from '../pipeline.js';
import { closesFrontedAdjunct, predicateAfterCueComma } from '../nlp/parenthetical-frame.js';
import type { Mention, Role } from '../types.js';
import { actorCountry, lookupName, sectorInWords, sectorOf } from './kb.js';
import { isSeatName, seatTitleSector } from './seat-titles.js';
import { lexiconSets } from './lexicon.js';
import { headlineOfficesOfTheIssuer, rolesOfTheIssuer } from './issuer-roles.js';
import { countriesFromDescriptions } from './described-countries.js';
import { dropTitleFragments, genericWordsOnly, opensWithTitleWord } from './title-fragments.js';
import { bareTitleWords, isPluralTitle } from './title-words.js';
import { namesPortfolio } from './candidates.js';
import { DEICTIC_DAYS, SENTENCE_OPENING_ADVERBS } from '../nlp/closed-class.js';

const MAX_ROLE_TOKENS = 12;
const STOP_POS = new Set([
  'VERB',
  'AUX',
  'PRON',
  'SCONJ',
  'CCONJ',
  'DET',
  'PUNCT',
  'SPACE',
  'INTJ',
  'SYM',
  'ADV',
  'ADP',
  'PART',
]);

/** Whether token k may sit inside a title (nouns, adjectives, names, "of", "U.S."). */
export function titleTokenAt(toks: Token[], k: number): boolean {
  return titleToken(toks[k], toks[k - 1], toks[k + 1], toks[k - 2]);
}

function titleToken(t: Token, prev: Token | undefined, next: Token | undefined, beforePrev?: Token): boolean {
  const lex = lexiconSets();
  // "wary of Australian Prime Minister John Howard": an adjective's complement is no title's (a
  // title's own word tagged an adjective is none: "inspector general of police")
  // (an adjective glued on by a hyphen is the title's own: "Ambassador-at-large for Cybersecurity")
  if (lex.titleGlue.has(t.lower))
    return t.lower === 'the'
      ? !!prev
      : !(
          prev?.pos === 'ADJ' &&
          !lex.titleModifiers.has(prev.lower) &&
          !lex.titleHeads.has(prev.lower) &&
          !(beforePrev?.text === '-' && beforePrev.end === prev.start)
        );
  if (t.text === '-' || t.text === '.' || /^['’]s$/.test(t.text)) return true;
  // "a director of a division of the Italian SISMI military intelligence agency": an indefinite article
  // after "of" inside a title
  if ((t.lower === 'a' || t.lower === 'an') && prev?.lower === 'of') return true;
  // "Senate Democratic Majority Leader from Nevada Harry Reid": the place an office is held for
  if (t.lower === 'from' && lex.titleHeads.has(prev?.lower ?? '') && next?.pos === 'PROPN') return true;
  // (a plural's bare apostrophe: "the United States’ exceptional Ambassador to Spain")
  if (/^['’]$/.test(t.text) && prev?.end === t.start && /s$/i.test(prev.text)) return true;
  // (an elision's apostrophe, spaced or not: "Chargé d’ affaires")
  if (/^['’]$/.test(t.text) && prev?.end === t.start && /^[dl]$/i.test(prev.text)) return true;
  // "President-Elect", "Minister-designate": the word glued on by a hyphen (tagged a verb) is the title's
  // (only after a title word: "newly-elected" is no title's)
  if (
    prev?.text === '-' &&
    prev.end === t.start &&
    /^\p{L}+$/u.test(t.text) &&
    lex.titleHeads.has(beforePrev?.lower ?? '')
  )
    return true;
  // "Under Secretary": tagged a preposition, but the lesser office's own word
  if (t.lower === 'under') return next?.lower === 'secretary';
  if (/^(\p{Lu}\.)+$/u.test(t.text)) return true;
  // ("Deputy Managing Director", "Acting Chairman": a title's modifier tagged a verb is the title's)
  if (lex.titleModifiers.has(t.lower) && (t.pos === 'VERB' || t.pos === 'AUX')) return true;
  return !STOP_POS.has(t.pos) && !/^[,;:“”"()]$/.test(t.text);
}

/**
 * Indices of the tokens in [first, nameAt) inside person-name mentions other than the one at `nameAt`
 * (the only tokens a title before the name could run across): mentions elsewhere in the article are
 * passed over without walking their tokens.
 */
function personTokens(doc: ArticleDocument, first: number, nameAt: number): Set<number> {
  const toks = doc.tokens;
  const out = new Set<number>();
  const own = toks[nameAt].start;
  const from = toks[first].start;
  for (const entity of doc.entities) {
    if (entity.type !== 'PERSON') continue;
    for (const m of entity.mentions) {
      if (m.kind !== 'name' || m.end <= from || m.start >= own || (m.start <= own && own < m.end)) continue;
      for (let k = doc.tokenIndexAt(m.start); k < toks.length && toks[k].end <= m.end; k++) out.add(k);
    }
  }
  return out;
}

/** Whether token k lies in a name of a person other than the one named at token nameAt ("Tony, Tony Blinken" is one). */
function otherPersonAt(doc: ArticleDocument, k: number, nameAt: number): boolean {
  if (k < 0) return false;
  const named = doc.entityAt(doc.tokens[nameAt].start)?.entity;
  const hit = doc.entityAt(doc.tokens[k].start);
  return !!hit && hit.mention.kind === 'name' && hit.entity.type === 'PERSON' && hit.entity !== named;
}

/**
 * "and" right before a title's first word joins two people's titles, not one title's parts: "President
 * Sarkozy of France and Prime Minister Cameron" (but "Secretary of Health and Human Services").
 */
function coordinatesTitles(toks: readonly Token[], k: number, end: number): boolean {
  const lex = lexiconSets();
  const title = (t: Token | undefined) => !!t && (lex.titleHeads.has(t.lower) || lex.titleModifiers.has(t.lower));
  if (toks[k].lower !== 'and') return false;
  // (a second title has a head of its own: "Minister for Foreign Affairs and Defense Simon Coveney"
  // lists two portfolios of one title, "Defense" being no title, only a title's modifier)
  let head = false;
  for (let x = k + 1; x < end && !head; x++) head = lex.titleHeads.has(toks[x].lower);
  if (!head) return false;
  // ("the President and German Chancellor Angela Merkel": a country's word may open the second title)
  return title(toks[k + 1]) || (!!toks[k + 1] && countryOfWord(toks[k + 1].text) !== null && title(toks[k + 2]));
}

/**
 * Whether the "and" at token j joins two titles of one holder ("Chinese State Councilor and Foreign
 * Minister Wang Yi", "Deputy Prime Minister and Foreign Minister Don Pramudwinai"): a title of more
 * than "the" and its head ends before it. A readout's "the Secretary and Foreign Minister Lapid" is two
 * people, as is a name before it ("President Ghani and Chairman Abdullah").
 */
function secondTitleOfOne(doc: ArticleDocument, j: number): boolean {
  const toks = doc.tokens;
  if (!lexiconSets().titleHeads.has(toks[j - 1]?.lower ?? '')) return false;
  // (the capitalised words of the first title, after which no "the" or comma may stand: "The Deputy
  // Secretary and Secretary General Delattre" is two people)
  let k = j - 1;
  while (k > 0 && j - k <= MAX_TITLE_RUN && /^\p{Lu}/u.test(toks[k - 1].text) && toks[k - 1].lower !== 'the') k--;
  const before = toks[k - 1];
  if (k <= j - 1 - MAX_TITLE_RUN || !before || before.text === ',') return false;
  // ("Democratic Republic of the Congo Vice Prime Minister and Foreign Minister …": a "the" inside
  // the name of a place that opens the title is no article of the title's)
  return before.lower !== 'the' || placeAcross(doc, k - 1);
}

/** Whether a place's name holds token i and the token after it ("the" in "Republic of the Congo"). */
function placeAcross(doc: ArticleDocument, i: number): boolean {
  const hit = doc.entityAt(doc.tokens[i].start);
  return (
    !!hit &&
    (hit.entity.type === 'GPE' || hit.entity.type === 'LOC') &&
    hit.mention.start < doc.tokens[i].start &&
    hit.mention.end >= (doc.tokens[i + 1]?.end ?? Infinity)
  );
}

/** The most capitalised words the first of two coordinated titles is read back over. */
const MAX_TITLE_RUN = 4;

/** [a, b) when the tokens hold a title head (president, adviser …), else null: a title needs one. */
export function titleRange(toks: Token[], a: number, b: number): [number, number] | null {
  const heads = lexiconSets().titleHeads;
  // ("my friend, Mr. State Secretary Antony Blinken", "His Majesty King Abdullah II", "His Excellency
  // President Obama": nor does one open it, nor a style of address)
  while (b - a > 1 && (isHonorific(toks[a]) || STYLES_OF_ADDRESS.test(toks[a].text))) {
    a += toks[a + 1]?.text === '.' ? 2 : 1;
    // ("His Royal Highness the Crown Prince")
    if (toks[a]?.lower === 'the' && b - a > 1) a++;
  }
  // "Secretary of State Mr. Blinken": a courtesy title is no role, nor part of one
  while (b > a && (isHonorific(toks[b - 1]) || (toks[b - 1].text === '.' && b - 1 > a && isHonorific(toks[b - 2]))))
    b -= toks[b - 1].text === '.' ? 2 : 1;
  const headAt = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (heads.has(toks[k].lower) && !isHonorific(toks[k])) return true;
    return false;
  };
  // "Prime Minister Dr. Manmohan Singh": a style after an office is how the holder is addressed
  for (let style = styleTitleEnd(toks, a, b); style < b && headAt(a, style); style = styleTitleEnd(toks, a, b))
    b = style;
  return headAt(a, b) ? [a, b] : null;
}

/** How one addresses a head of state or a dignitary, never part of an office's title. */
const STYLES_OF_ADDRESS = /^(?:Excellency|Majesty|Highness|Holiness|Honou?rable)$/i;

/** Where a trailing style (Dr., Sir, Sheikh) starts in [a, b), else b. */
function styleTitleEnd(toks: Token[], a: number, b: number): number {
  const style = (t: Token | undefined) => !!t && lexiconSets().styleTitles.has(t.lower.replace(/\.$/, ''));
  if (b - 1 > a && style(toks[b - 1])) return b - 1;
  if (b - 2 > a && toks[b - 1].text === '.' && style(toks[b - 2])) return b - 2;
  return b;
}

/** A courtesy title (Mr., Mrs., Ms.): how a person is addressed, not what office they hold. */
function isHonorific(t: Token): boolean {
  return lexiconSets().courtesyTitles.has(t.lower.replace(/\.$/, ''));
}

/** The token index just past a mention's last token. */
export function tokenEnd(doc: ArticleDocument, mention: Mention): number {
  let end = doc.tokenIndexAt(mention.start);
  while (end < doc.tokens.length && doc.tokens[end].end <= mention.end) end++;
  return end;
}

/**
 * The start of a title once words before a preposition that hold no title word are left out: "on
 * behalf of President …", "a question for President …" (but "professor of Korean studies at Leiden
 * University", "Secretary of State", "Ambassador-at-Large for …" keep their words).
 */
function withoutLeadingNonTitle(toks: Token[], a: number, end: number): number {
  const lex = lexiconSets();
  let titled = false;
  for (let k = a; k < end; k++) {
    const t = toks[k];
    if (lex.titleGlue.has(t.lower) && t.lower !== 'the') {
      if (!titled && k > a && toks[k - 1].text !== '-') return withoutLeadingNonTitle(toks, k + 1, end);
      continue;
    }
    if (lex.titleHeads.has(t.lower) || capitalisedTitleWord(toks, k)) titled = true;
  }
  return a;
}

/**
 * Whether token k is a capitalised word that may belong to a title ("Republic of Korea", "Department
 * of Commerce"): not a determiner or pronoun opening the sentence ("The next question to President
 * …"), a month or a day ("February 4 marks the birth date of General …"), nor a possessor ("the
 * U.S.’s support for Interim President …").
 */
function capitalisedTitleWord(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!/^\p{Lu}/u.test(t.text) || t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'NUM') return false;
  return !lexiconSets().trailingTimeWords.has(t.lower) && !/^['’]s$/.test(toks[k + 1]?.text ?? '');
}

/** Token range [a, b) of the title right before token `nameAt`, or null. */
function titleBefore(doc: ArticleDocument, nameAt: number): [number, number] | null {
  const lex = lexiconSets();
  const toks = doc.tokens;
  // "… and Law Enforcement (INL) Todd D. Robinson": a body's initials in brackets end the title
  const b = bracketedInitialsBefore(toks, nameAt) ?? nameAt;
  // "Dmitry Peskov, the chief propagandist of the Russian Federation and Vladimir Putin’s spokesperson":
  // words ending in a conjunction are coordinated with the name, no title of it; words ending in a
  // preposition take the name as their object ("a spokesman for Tsvangirai's Movement …")
  if (toks[b - 1]?.pos === 'CCONJ' || toks[b - 1]?.pos === 'ADP') return null;
  const first = doc.sentences[toks[nameAt]?.sentence]?.firstToken ?? 0;
  // a title never runs across another person's name ("Libyan leader Muammar Gaddafi and Bulgarian
  // President Todor Zhivkov": Zhivkov's title is "Bulgarian President", not Gaddafi's country)
  // (gathered only once the word before the name may be a title's: most are not)
  let otherPerson: Set<number> | null = null;
  let a = b;
  let limit = MAX_ROLE_TOKENS;
  const walkBack = () => {
    while (
      a - 1 >= first &&
      b - a < limit &&
      titleTokenAt(toks, a - 1) &&
      !(coordinatesTitles(toks, a - 1, b) && !secondTitleOfOne(doc, a - 1)) &&
      !(otherPerson ??= personTokens(doc, first, nameAt)).has(a - 1)
    )
      a--;
  };
  walkBack();
  // "Japanese Ministry of Foreign Affairs Director General for Asian and Oceanian Affairs Bureau
  // Funakoshi Takehiro": a body the length limit cuts into is taken whole
  if (a < b && b - a >= limit) {
    const cut = doc.entityAt(toks[a].start);
    if (
      cut?.entity.type === 'ORG' &&
      cut.entity.actor &&
      cut.mention.start < toks[a].start &&
      cut.mention.start >= toks[first].start
    )
      a = doc.tokenIndexAt(cut.mention.start);
  }
  // (nor does a title start inside another name the limit cut into: "represented the United States
  // and European External Action Service Deputy Secretary General for Political Affairs Enrique Mora")
  const into = a < b && b - a >= limit ? doc.entityAt(toks[a].start) : undefined;
  if (into && into.mention.start < toks[a].start) {
    while (a < b && toks[a].end <= into.mention.end) a++;
    if (a < b && (toks[a].lower === 'and' || toks[a].text === ',')) a++;
  }
  // "Republic of Korea (ROK) First Vice Foreign Minister Choi Jong Kun": a country's initials in
  // brackets between it and the title go on to the country before them
  // (the place whole, however long the title: "the People’s Republic of China (PRC) Special
  // Representative for Korean Peninsula Affairs Liu Xiaoming")
  const initials = a < b ? bracketedInitialsBefore(toks, a) : null;
  // (a body's too: "United Nations Relief and Works Agency (UNRWA) spokesman Christopher Gunness")
  // (not across glue: "the chairmanship of the … (COMESA) to Rwandan president Paul Kagame")
  const place = initials === null ? -1 : placeStartBefore(doc, initials, !lex.titleGlue.has(toks[a].lower));
  if (place >= 0) {
    a = place;
    walkBack();
  }
  // "Under Secretary for Civilian Security, Democracy, and Human Rights Uzra Zeya": a portfolio
  // listed with commas and "and" goes on to the title before it
  const listed = portfolioListStart(doc, a, b, first, nameAt);
  if (listed < a) {
    a = listed;
    limit = MAX_LISTED_ROLE_TOKENS;
    walkBack();
  }
  // "H.E. Hayashi Yoshimasa, Minister for Foreign Affairs of Japan and the Honorable Antony Blinken":
  // only words of address between "and" and the name: the name is coordinated with the one before,
  // whose title the walk took
  let address = b - 1;
  while (address >= a && (toks[address].lower === 'the' || ADDRESS_WORDS.test(toks[address].text))) address--;
  if (address >= a && address < b - 1 && toks[address].lower === 'and') return null;
  a = withoutLeadingNonTitle(toks, a, b);
  a = afterLeadingPlace(doc, a, b);
  a = servedTitleStart(toks, a, b, inPersonApposition(doc, a));
  a = afterLowerCaseLead(toks, a, b);
  // a title starts at its first content word and must hold a title head ("Today the First Lady …",
  // "July 13th Secretary …": a date opening the sentence is no part of it)
  while (
    a < b &&
    (lex.titleGlue.has(toks[a].lower) ||
      toks[a].text === '-' ||
      toks[a].text === '.' ||
      DEICTIC_DAYS.has(toks[a].lower) ||
      // (a transcript's question label opening the line: "Q President Obama's recent declarations, …")
      (toks[a].text === 'Q' && opensLine(doc, a)) ||
      lex.trailingTimeWords.has(toks[a].lower) ||
      /^\d+(?:st|nd|rd|th)?$/.test(toks[a].lower) ||
      // (a schedule's clock time: "11:00 a.m. LOCAL Secretary Blinken participates …")
      CLOCK_WORDS.test(toks[a].text))
  )
    a++;
  return titleRange(toks, afterCoordinatedBody(doc, a, b), b);
}

/**
 * Where a title starts that the walk back ran into from a known body coordinated with its holder:
 * after the "and" ("meet with the United Nations and U.S. President Bush", "hosted by the German
 * Government and German Foreign Minister Baerbock"); else a. Only a body with a KB identity (a
 * government the article names has one): the words before "and" in "Indian Commerce and Industry
 * Minister" are the title's own.
 */
function afterCoordinatedBody(doc: ArticleDocument, a: number, b: number): number {
  const toks = doc.tokens;
  const hit = a < b ? doc.entityAt(toks[a].start) : undefined;
  if (!hit || hit.entity.type !== 'ORG' || !hit.entity.kb || hit.mention.start !== toks[a].start) return a;
  const k = tokenEnd(doc, hit.mention);
  return k + 1 < b && (toks[k].lower === 'and' || toks[k].lower === 'or') ? k + 1 : a;
}

/**
 * Where a title written in capitals starts when the walk back took lower-case words of the sentence
 * before it ("at the same time President Biden", "earlier this week Ambassador Ford", "informed
 * President Medvedev", "in the face of President Putin's war"): after the last lower-case word that
 * is neither a title's word, an adjective ("former", "new"), nor a sector noun ("army"), where only
 * glue ("of", "for") stands between it and a capitalised word; else a.
 */
function afterLowerCaseLead(toks: readonly Token[], a: number, b: number): number {
  const lex = lexiconSets();
  for (let k = b - 2; k >= a; k--) {
    const t = toks[k];
    // ("In particular the Greens Senator Bob Brown": an article after a word that is no glue opens the
    // title's noun phrase; "Secretary of the Treasury" keeps its "of the")
    if (t.lower === 'the' && k > a && /^\p{Ll}/u.test(toks[k - 1].text) && !lex.titleGlue.has(toks[k - 1].lower))
      return k + 1;
    if (
      !/^\p{Ll}/u.test(t.text) ||
      lex.titleGlue.has(t.lower) ||
      (t.pos === 'ADJ' && !verbTaggedAdjective(toks, k) && !PREDICATIVE_ADJECTIVES.has(t.lower))
    )
      continue;
    // (a word a hyphen glues to the next or the last: "ex-US President", "Advisor-designate Dr. Eyal Hulata")
    if (toks[k - 1]?.text === '-' && toks[k - 1].end === t.start) continue;
    if ((toks[k + 1]?.text === '-' && toks[k + 1].start === t.end) || t.text.includes('-')) continue;
    // (a sector's word is part of a lower-case title, "defense minister", "police chief"; in the plural
    // it is people the sentence names before the title: "with Russian journalists Prime Minister …")
    // (the sector's word before a title's word: "the U.S. delegation and Lebanese Armed Forces (LAF)
    // Commander General Joseph Aoun" names a delegation apart)
    if (lex.titleHeads.has(t.lower) || lex.titleModifiers.has(t.lower)) continue;
    if (sectorOf(t.lower) && !plural(t) && toks[k + 1] && !lex.titleGlue.has(toks[k + 1].lower)) continue;
    let j = k + 1;
    while (j < b && lex.titleGlue.has(toks[j].lower) && /^\p{Ll}/u.test(toks[j].text)) j++;
    if (j >= b || !/^\p{Lu}/u.test(toks[j].text)) continue;
    // (only before a title of its own: "… of civil aviation at the Indonesian transport ministry" goes on)
    for (let h = j; h < b; h++) if (lex.titleHeads.has(toks[h].lower)) return j;
  }
  return a;
}

/**
 * Whether a word the tagger read as an adjective is the sentence's verb: a past form right after a
 * name or an adverb ("Secretary Blinken informed President Zelenskyy", "The President just informed
 * President Medvedev"), where no adjective of a title stands ("retired prime minister", "the newly
 * elected President" keep theirs: "elected" is an office's own participle).
 */
function verbTaggedAdjective(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  const prev = toks[k - 1];
  if (!/ed$/.test(t.lower) || !prev || lexiconSets().titleModifiers.has(t.lower)) return false;
  if (OFFICE_PARTICIPLES.has(t.lower)) return false;
  return prev.pos === 'PROPN' || (prev.pos === 'ADV' && !/ly$/.test(prev.lower));
}

/**
 * Words the tagger reads as adjectives that only ever follow their noun or verb, never modify a title:
 * "how much President Obama welcomes …", "we were sure President Putin would …", "Please welcome
 * Secretary Antony Blinken".
 */
const PREDICATIVE_ADJECTIVES = new Set(['much', 'sure', 'welcome', 'glad', 'happy', 'pleased', 'grateful', 'proud']);

/** Whether token k opens its line (a transcript's turn or label starts there). */
function opensLine(doc: ArticleDocument, k: number): boolean {
  const start = doc.tokens[k].start;
  const line = doc.text.lastIndexOf('\n', start - 1);
  return !doc.text.slice(line + 1, start).trim();
}

/** Participles that say the holder has been put out of the office after them ("deposed President"). */
const OFFICE_LEFT = new Set(['deposed', 'ousted', 'exiled', 'toppled', 'overthrown']);

/** Participles that say how an office was taken or left ("newly elected President"). */
const OFFICE_PARTICIPLES = new Set(['elected', 'appointed', 'designated', 'retired', 'ousted', 'deposed', 'exiled']);

/**
 * Whether a noun is inflected for the plural ("journalists", "officials"): not plural-nouns.ts
 * `pluralNoun`, which counts "police" too ("Tulsa police Chief Chuck Jordan" keeps its sector word).
 */
const plural = (t: Token) => t.pos === 'NOUN' && t.lemma !== t.lower && /s$/.test(t.lower);

/** Lower-case titles of those who speak for or counsel someone ("spokesman for", "adviser to"). */
const SERVING_HEADS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'aide',
  'adviser',
  'advisor',
  'lawyer',
  'attorney',
]);

/**
 * Where the named person's title starts when the words before the name open with someone who serves
 * them: "spokesman for Prime Minister Tony Blair", "military advisor to current President of the PNA
 * Mahmoud Abbas" (Blair is the prime minister, not his own spokesman); else a. A serving title in
 * capitals is the named person's own office ("Special Adviser to the UN Secretary General Stephanie
 * Williams"), as is one whose object holds no title ("Spokesman for the U.S. Department of State").
 */
function servedTitleStart(toks: readonly Token[], a: number, b: number, apposition = false): number {
  const heads = lexiconSets().titleHeads;
  for (let r = a + 1; r < b - 1; r++) {
    if (!RELATION_WORDS.has(toks[r].lower)) continue;
    const head = toks[r - 1];
    // (in capitals too where the title is another person's apposition: "Sukehiro Hasegawa, the
    // Special Representative to Secretary-General Kofi Annan" serves Annan)
    const served = apposition && (toks[r].lower === 'to' || toks[r].lower === 'for') && heads.has(head.lower);
    if (!SERVING_HEADS.has(head.text) && !served) return a;
    for (let k = r + 1; k < b; k++) if (heads.has(toks[k].lower)) return r + 1;
    return a;
  }
  return a;
}

/** Whether the title starting at token a follows "the" set off after another person's name ("Hasegawa, the …"). */
function inPersonApposition(doc: ArticleDocument, a: number): boolean {
  const toks = doc.tokens;
  const t = toks[a]?.lower === 'the' ? a : a - 1;
  if (toks[t]?.lower !== 'the' || toks[t - 1]?.text !== ',' || t < 2) return false;
  const hit = doc.entityAt(toks[t - 2].start);
  return hit?.entity.type === 'PERSON' && hit.mention.kind === 'name';
}

/** The most tokens of a title whose portfolio is a list ("… for Population, Refugees, and Migration"). */
const MAX_LISTED_ROLE_TOKENS = 20;

/**
 * Where the preposition of a portfolio listed with commas and "and" stands, when a title's walk back
 * from a name stopped at the list's comma or "and" (token a - 1): "for" in "Under Secretary for
 * Civilian Security, Democracy, and Human Rights"; else a. The preposition follows a title head
 * within three words ("Secretary for", "Secretary of State for"), and between it and a stand only
 * the list: words in capitals and lower case that are no title word and no person's name, commas,
 * and "and", with one comma at least (no list of people: "Secretary of State Kissinger, George Shultz,
 * …"); the walk took the last item, so a comma right before the name (an apposition) is no list's.
 */
function portfolioListStart(doc: ArticleDocument, a: number, b: number, first: number, nameAt: number): number {
  const toks = doc.tokens;
  const lex = lexiconSets();
  if (toks[a - 1]?.text !== ',' && toks[a - 1]?.lower !== 'and') return a;
  // the list's last item is what the walk took, and is no title of its own ("Commander of Europe, Admiral")
  const lastItem = toks.slice(a, b);
  if (!lastItem.length || lastItem.some((t) => lex.titleHeads.has(t.lower) || lex.titleModifiers.has(t.lower)))
    return a;
  let commas = 0;
  for (let k = a - 1; k > first && a - k <= 12; k--) {
    const t = toks[k];
    if (t.lower === 'for' || t.lower === 'of') {
      const headed = [1, 2, 3].some((d) => k - d >= first && lex.titleHeads.has(toks[k - d].lower));
      return headed && commas > 0 && k < a - 2 ? k : a;
    }
    if (t.text === ',') commas++;
    else if (t.lower === 'and') continue;
    else if (!/^\p{Lu}\p{Ll}/u.test(t.text) || lex.titleHeads.has(t.lower) || lex.titleModifiers.has(t.lower)) return a;
    else if (otherPersonAt(doc, k, nameAt)) return a;
  }
  return a;
}

/** The token of "(" when a body's initials in brackets stand right before token k ("(INL) Todd"), else null. */
function bracketedInitialsBefore(toks: Token[], k: number): number | null {
  return toks[k - 1]?.text === ')' && toks[k - 3]?.text === '(' && /^\p{Lu}{2,}$/u.test(toks[k - 2]?.text ?? '')
    ? k - 3
    : null;
}

/** The words of a clock time ("11:00", "a.m.", "LOCAL", "EDT") that open a schedule's line before a title. */
const CLOCK_WORDS = /^(?:\d{1,2}:\d{2}|[ap]\.m\.?|[ap]m|noon|local|LOCAL|[ECMP][SD]T|GMT|UTC)$/;

/**
 * The first token of a place's name (a country, a city), or with `orBody` of a body with an actor,
 * that ends right before token k, or -1.
 */
function placeStartBefore(doc: ArticleDocument, k: number, orBody = false): number {
  const before = doc.tokens[k - 1];
  const hit = before ? doc.entityAt(before.start) : undefined;
  const body = orBody && hit?.entity.type === 'ORG' && !!hit.entity.actor && hit.mention.kind === 'name';
  return hit && hit.mention.end === before.end && (PLACE_TYPES.has(hit.entity.type) || body)
    ? doc.tokenIndexAt(hit.mention.start)
    : -1;
}

/** Prepositions after which a place ends the phrase before a title, not the title's country. */
const PLACE_EXITS = new Set(['to', 'on', 'in', 'at', 'for']);

/**
 * "the questions on Rwanda to Assistant Secretary Phee": a place opening the words before the name,
 * then a preposition, belongs to the phrase before the title (a title's own place comes before its
 * head, "Rwandan Foreign Minister", or after it, "Ambassador to Rwanda"). The title starts after
 * the preposition; else at `a`.
 */
function afterLeadingPlace(doc: ArticleDocument, a: number, nameAt: number): number {
  const toks = doc.tokens;
  const hit = a < nameAt ? doc.entityAt(toks[a].start) : undefined;
  if (!hit || hit.mention.kind !== 'name' || hit.mention.start !== toks[a].start) return a;
  if (hit.entity.type !== 'GPE' && hit.entity.type !== 'LOC') return a;
  let k = a;
  while (k < nameAt && toks[k].end <= hit.mention.end) k++;
  return k < nameAt - 1 && PLACE_EXITS.has(toks[k].lower) ? k + 1 : a;
}

/** Token range of an appositive title after the name: ", the NSC coordinator," — or null. */
function titleAfter(doc: ArticleDocument, nameAt: number, endAt: number): [number, number] | null {
  const lex = lexiconSets();
  const toks = doc.tokens;
  // (its comma left out before a country's title: "Walid Moallem the Syrian Foreign Minister, …")
  const uncommaed = toks[endAt]?.lower === 'the' && lookupName(toks[endAt + 1]?.text ?? '')?.kind === 'demonym';
  if (toks[endAt]?.text !== ',' && !uncommaed) return null;
  // "Hilary Clinton, Bob Gates, the Vice President, Tony Blinken": a name in a list of people
  if (toks[nameAt - 1]?.text === ',' && otherPersonAt(doc, nameAt - 2, nameAt)) return null;
  let a = uncommaed ? endAt : endAt + 1;
  // "José Manuel Albares, and the U.S. Secretary of State, Antony Blinken": the next person's title
  if (toks[a] && ['and', 'or', 'but'].includes(toks[a].lower)) return null;
  if (toks[a] && ['the', 'a', 'an'].includes(toks[a].lower)) a++;
  // "Arigato, Mr. Prime Minister.": a form of address, not an apposition
  if (toks[a] && isHonorific(toks[a])) return null;
  let b = a;
  while (
    b < toks.length &&
    b - a < MAX_ROLE_TOKENS &&
    toks[b].sentence === toks[endAt].sentence &&
    titleTokenAt(toks, b)
  )
    b++;
  // (a paragraph's break after the sentence's period is a token of the sentence: "the parliamentary speaker.⏎⏎")
  const sentenceEnd = b >= toks.length || toks[b].sentence !== toks[endAt].sentence || toks[b].pos === 'SPACE';
  // (a body's acronym in brackets may close it: "spokesman for the Sudan People's Liberation Army
  // (SPLA), said"; the brackets are no part of the title)
  const after = sentenceEnd ? b : pastBracketed(toks, b);
  // (or by the verb of saying the name is the subject of, its comma left out: "Kim Hyun-chong, South
  // Korean trade minister said"; not a parenthetical frame, whose speaker the phrase is: "Clinton, a
  // top aide said, is very confident …")
  const sentenceFirst = doc.sentences[toks[endAt].sentence]?.firstToken ?? 0;
  const closed =
    sentenceEnd ||
    /^[,.;)]$/.test(toks[after]?.text ?? '.') ||
    (SAYING_AFTER.has(toks[after].lower) &&
      !predicateAfterCueComma(toks, after) &&
      !closesFrontedAdjunct(toks, sentenceFirst, endAt)) ||
    (verbOfOpeningSubject(toks, sentenceFirst, nameAt, toks[after]) && !secondPhraseIn(toks, a, b));
  if (!closed) {
    // the title goes on with when it was held: "the governor of Babil since May 2004, said"
    const held = timeAdjunctAt(toks, a, b);
    const close = held >= 0 ? adjunctClose(toks, held + 1) : -1;
    if (close < 0) return null;
    b = close;
  }
  // the sentence's own period ("Ali-Asghar Soltanieh, Iran's envoy.") is no part of the title
  if (sentenceEnd && toks[b - 1]?.text === '.') b--;
  // "confirmed by Dmitry Muratov, editor of the Novaya Gazeta and Moscow prosecutors": a plural after
  // "and" is a second party of the sentence, not the person's title (a portfolio's "Affairs" is
  // capitalised)
  if (b - a > 2 && /^\p{Ll}/u.test(toks[b - 1].text) && plural(toks[b - 1])) {
    const and = toks.slice(a, b).findIndex((t) => t.lower === 'and');
    if (and > 0) b = a + and;
  }
  while (b > a && lex.titleGlue.has(toks[b - 1].lower)) b--;
  return titleRange(toks, a, b);
}

/**
 * Whether `verb` is an inflected verb whose subject is the name opening the sentence at `nameAt`
 * (after an opening adverb and its comma at most) or a clause after its conjunction: "However, Rafi
 * Eitan, Israeli Minister for Jerusalem Affairs offered a different stance." closes the title its
 * comma left open.
 */
function verbOfOpeningSubject(toks: readonly Token[], first: number, nameAt: number, verb: Token | undefined): boolean {
  // (lower-case: "GEORGE W. BUSH, PRESIDENT OF THE UNITED STATES:" has no verb)
  // (an auxiliary before its verb too: "Marco Mancini, a director of … agency has been arrested")
  const auxiliary =
    verb?.pos === 'AUX' && /^\p{Ll}/u.test(verb.text) && /^(?:VERB|AUX)$/.test(toks[verb.i + 1]?.pos ?? '');
  if (!verb || (!auxiliary && (verb.pos !== 'VERB' || verb.lemma === verb.lower)) || !/^\p{Ll}/u.test(verb.text))
    return false;
  // (a verb of saying closes it by the rule above, or is a parenthetical frame's: "Clinton, a top aide
  // said, “is very confident …”"; as is any verb a comma sets off: "Clinton, a top aide believes, is …")
  if (verb.lower.endsWith('ing') || SAYING_AFTER.has(verb.lower) || toks[verb.i + 1]?.text === ',') return false;
  if (nameAt === first) return true;
  // (or a clause's after its conjunction: "whereas Philippe Douste-Blazy, the French Foreign Minister maintained …")
  if (CLAUSE_CONJUNCTIONS.has(toks[nameAt - 1]?.lower ?? '')) return true;
  return nameAt === first + 2 && toks[first + 1].text === ',' && SENTENCE_OPENING_ADVERBS.has(toks[first].lower);
}

/** Conjunctions that open a clause whose subject follows at once. */
const CLAUSE_CONJUNCTIONS = new Set(['whereas', 'while', 'but', 'although', 'though', 'because']);

/**
 * Whether a second noun phrase joins the run [a, b) ("president of Liberia and the first woman elected
 * to head …"): the verb after it may be that phrase's participle, not the name's own verb.
 */
function secondPhraseIn(toks: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k + 1 < b; k++)
    if ((toks[k].lower === 'and' || toks[k].lower === 'or') && toks[k + 1].pos === 'DET') return true;
  return false;
}

/** Prepositions that open when a title was held ("governor of Babil in 2006", "minister since May"). */
const TIME_PREPOSITIONS = new Set(['in', 'since', 'from', 'until', 'till', 'during', 'between']);
const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

const DATE_RANGE_WORDS = new Set(['to', 'and', '-', '–']);
const timeWord = (t: Token | undefined) => !!t && (/^(?:1[89]|20)\d\d$/.test(t.text) || MONTHS.test(t.lower));

/**
 * Where an adjunct of when a title was held opens in the run [a, b] read as the title ("… of the
 * Babil Governorate | since May 2004"), its year or month inside the run or right after it; else -1.
 */
export function timeAdjunctAt(toks: readonly Token[], a: number, b: number): number {
  for (let k = a + 1; k <= b && k < toks.length; k++)
    if (TIME_PREPOSITIONS.has(toks[k].lower) && timeWord(toks[k + 1])) return k;
  return -1;
}

/** The comma or verb of saying that closes the apposition after the date opening at token j, or -1. */
function adjunctClose(toks: readonly Token[], j: number): number {
  for (let k = j; k < toks.length && k - j <= 4; k++) {
    if (toks[k].text === ',' || SAYING_AFTER.has(toks[k].lower)) return k > j ? k : -1;
    // (a range: "from 2003 to 2005", "between 2001 and 2004")
    if (!timeWord(toks[k]) && toks[k].pos !== 'NUM' && !DATE_RANGE_WORDS.has(toks[k].lower)) return -1;
  }
  return -1;
}

/** Whether a place's name as written is a city's or a capital's, not a country's ("Nairobi", not "Kenya"). */
function isCityName(text: string): boolean {
  const kind = lookupName(text)?.kind;
  return kind === 'capital' || kind === 'city';
}

/** The most tokens inside brackets that close a title ("(SPLA)", "(R-Ariz.)"). */
const MAX_BRACKETED = 6;

/** The token after a bracketed aside opening at b ("(SPLA)"), or b where none opens there. */
function pastBracketed(toks: readonly Token[], b: number): number {
  if (toks[b]?.text !== '(') return b;
  for (let j = b + 1; j < toks.length && j - b <= MAX_BRACKETED; j++) {
    if (toks[j].sentence !== toks[b].sentence) return b;
    if (toks[j].text === ')') return j + 1;
  }
  return b;
}

/** Words that tie a title to the person it serves or relates to: "spokeswoman for …", "cousin of …". */
const RELATION_WORDS = new Set(['of', 'for', 'to']);

/**
 * Whether an apposition [a, b) after the name at nameAt ends in another person's name that its own
 * title introduces: the next item of a list of titled people ("Brian A. Nichols, National Security
 * Council Senior Director for the Western Hemisphere Juan Gonzalez, and …"), not a title related to
 * that person ("spokeswoman for the Israeli Prime Minister Ehud Olmert", "Head of Cabinet of the
 * European Commission President Ursula von der Leyen"): there a relation word governs the last title
 * head before the name.
 */
function nextTitledPerson(doc: ArticleDocument, [a, b]: [number, number], nameAt: number): boolean {
  const toks = doc.tokens;
  if (!otherPersonAt(doc, b - 1, nameAt) || !/^\p{Lu}/u.test(toks[b - 1].text)) return false;
  const heads = lexiconSets().titleHeads;
  let k = b - 1;
  while (k > a && otherPersonAt(doc, k - 1, nameAt)) k--;
  let head = -1;
  let relation = -1;
  for (let j = k - 1; j >= a && relation < 0; j--) {
    if (RELATION_WORDS.has(toks[j].lower)) relation = j;
    else if (head < 0 && heads.has(toks[j].lower)) head = j;
  }
  if (relation < 0) return true;
  if (head > relation) return false;
  // "… Director for the Western Hemisphere Juan Gonzalez": the relation word is inside the next
  // person's title when a head comes before it
  for (let j = relation - 1; j >= a; j--) if (heads.has(toks[j].lower)) return true;
  return false;
}

/** Verbs of saying that may close an apposition whose second comma the writer left out. */
const SAYING_AFTER = new Set(['said', 'says', 'told', 'added', 'stated', 'noted', 'explained', 'warned', 'wrote']);

/**
 * Token range of a title that opens the sentence and is set off before the name: "The president of
 * the airline, Tan Ah Kow, said …" — or null. Only at the sentence's start, so that a phrase like
 * "Speaking to the president, Smith said" gives Smith no title.
 */
function titleOpening(doc: ArticleDocument, nameAt: number, endAt: number): [number, number] | null {
  const lex = lexiconSets();
  const toks = doc.tokens;
  if (toks[nameAt - 1]?.text !== ',' || toks[endAt]?.text !== ',') return null;
  const first = clauseOpening(toks, doc.sentences[toks[nameAt].sentence]?.firstToken ?? 0, nameAt);
  const b = nameAt - 1;
  let a = b;
  while (a - 1 >= first && b - a < MAX_ROLE_TOKENS && titleTokenAt(toks, a - 1)) a--;
  // (an article's first word "The" is no title word to titleToken: it has no token before it)
  if (a === first + 1 && ['the', 'a', 'an'].includes(toks[first].lower)) a = first;
  if (a !== first || a === b) return null;
  // "Today the secretary general of Hizballah, Hassan Nasrallah, said": a word before the article
  // opens the sentence, not the title
  if (a + 1 < b && ['the', 'a', 'an'].includes(toks[a + 1].lower) && !['the', 'a', 'an'].includes(toks[a].lower))
    a += 2;
  while (a < b && (lex.titleGlue.has(toks[a].lower) || ['a', 'an'].includes(toks[a].lower))) a++;
  return titleRange(toks, a, b);
}

/**
 * Where the clause holding token k opens: after the last colon before it in its sentence that closes
 * a clause ("… against the separation: Serbia and Montenegro's President, Svetozar Marović, has …"),
 * else at the sentence's first token. A speaker's label is no clause ("PRIME MINISTER BENNETT:
 * Secretary of State, Tony, it's a pleasure …" addresses Tony), nor is a semicolon's list item.
 */
function clauseOpening(toks: readonly Token[], first: number, k: number): number {
  for (let j = k - 1; j > first; j--)
    if (toks[j].text === ':') return /^\p{Ll}/u.test(toks[j - 1].text) ? j + 1 : first;
  return first;
}

/** Words that open a noun phrase holding a title set off before a name inside a sentence. */
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * Where a name with its rank or title right after a comma opens ("The army spokesman, Lt. Col.
 * Christopher Garver, said"): the title's first token, so the apposition before it is read too; else
 * the name's own.
 */
function rankedNameAt(doc: ArticleDocument, nameAt: number): number {
  const toks = doc.tokens;
  // (or a courtesy title: "Israel's ambassador to the UN, Mr. Danny Danon, said")
  if (toks[nameAt - 1] && isHonorific(toks[nameAt - 1]) && toks[nameAt - 2]?.text === ',') return nameAt - 1;
  const title = titleBefore(doc, nameAt);
  return title && title[1] === nameAt && toks[title[0] - 1]?.text === ',' ? title[0] : nameAt;
}

/** Whether a name and its possessive ("Israel's", "East Timor's") open the title words [a, head). */
function ownedTitle(toks: readonly Token[], a: number, head: number): boolean {
  let k = a;
  while (k < head && toks[k].pos === 'PROPN') k++;
  return k > a && k < head && /^['’]s$/.test(toks[k].text);
}

/** Conjunctions that make a list of the names before and after them. */
const LIST_CONJUNCTIONS = new Set(['and', 'or']);

/**
 * Token range of a title set off before the name inside the sentence: "thanked the new provisional
 * head of government, Roza Otunbayeva, for …", "according to the Russian Ambassador to the United
 * States, Anatoly Antonov." — or null. The phrase opens with a determiner or possessive and the name
 * is closed off after it (comma, period, semicolon, bracket), so that "Speaking to the president,
 * Smith said" gives Smith no title.
 * (ownNameAt: the name's own first token where nameAt is its title's.)
 */
function titleSetOffBefore(
  doc: ArticleDocument,
  nameAt: number,
  endAt: number,
  ownNameAt = nameAt,
): [number, number] | null {
  const toks = doc.tokens;
  // (the closing comma may be left out before the verb of saying when the title opens the sentence:
  // "The U.S. Ambassador to Iraq, Zalmay Khalilzad said …")
  const saying = SAYING_AFTER.has(toks[endAt]?.lower ?? '');
  if (toks[nameAt - 1]?.text !== ',' || !(saying || /^[,.;)]$/.test(toks[endAt]?.text ?? ''))) return null;
  const first = doc.sentences[toks[nameAt].sentence]?.firstToken ?? 0;
  const b = nameAt - 1;
  let a = b;
  while (a - 1 > first && b - a < MAX_ROLE_TOKENS && titleTokenAt(toks, a - 1)) a--;
  // ("General Prosecutor of Ukraine, Iryna Venediktova said:": a capitalised title may open the
  // sentence with no article)
  const bare =
    a - 1 === first && b - first <= MAX_ROLE_TOKENS && /^\p{Lu}/u.test(toks[first].text) && titleTokenAt(toks, first);
  if (bare) a = first;
  if ((a <= first && !bare) || a === b) return null;
  const lex = lexiconSets();
  // the phrase opens at the last determiner or possessive before its first title word: "the body of
  // the 50-year-old mayor" is the mayor's, "the Council and the Romanian President" the President's
  let head = a;
  while (head < b && !lex.titleHeads.has(toks[head].lower)) head++;
  if (head === b) return null;
  let opener = head;
  while (opener >= a && !PHRASE_OPENERS.has(toks[opener].lower)) opener--;
  if (opener < a && bare) opener = first;
  else if (opener < a) {
    // or a possessive pronoun right before the words walked ("our prime minister"), or the verb of
    // saying of an inverted frame ("…," said spokesperson, Christophe Letien, …)
    // (or a name's possessive opening the phrase: "backed by Israel's ambassador to the UN, Danny Danon")
    if (!PHRASE_OPENERS.has(toks[a - 1].lower) && !SAYING_AFTER.has(toks[a - 1].lower) && !ownedTitle(toks, a, head))
      return null;
    opener = a - 1;
  }
  // "Bob Gates, the Vice President, Tony Blinken, Denis McDonough": a list of people, not an
  // apposition (but "Three months ago, the US Ambassador …, Jan Krc, asked" is one)
  if (toks[opener - 1]?.text === ',' && otherPersonAt(doc, opener - 2, nameAt)) return null;
  if (saying && !/^[,.;)]$/.test(toks[endAt]?.text ?? '') && opener !== first && !bare) return null;
  // "The President, National Security Advisor Sullivan, and I have spoken": a title of its own, "and"
  // after it and an office in capitals before it (not "the crown prince, Sheikh Mishal, and …") make
  // the name a list's
  if (
    ownNameAt > nameAt &&
    toks[endAt]?.text === ',' &&
    LIST_CONJUNCTIONS.has(toks[endAt + 1]?.lower ?? '') &&
    toks.slice(opener + 1, b).every((t) => /^\p{Lu}/u.test(t.text))
  )
    return null;
  for (let k = opener; k < b; k++) {
    const w = toks[k].lower;
    // "Mr. Secretary, President Biden said …": an address to someone else
    if (isHonorific(toks[k])) return null;
    // "his secretary on Thursday, Annan": a date ends no title; "our two deputy secretaries": many
    if (lex.trailingTimeWords.has(w) || DEICTIC_DAYS.has(w) || (k === b - 1 && isPluralTitle(w))) return null;
  }
  // a title never runs across another person's name
  const others = personTokens(doc, opener, nameAt);
  for (let k = opener; k < b; k++) if (others.has(k)) return null;
  const pastGlue = (k: number) => {
    while (k < b && (lex.titleGlue.has(toks[k].lower) || toks[k].lower === 'a' || toks[k].lower === 'an')) k++;
    return k;
  };
  // (a bare title's first word is its own, no article)
  a = pastGlue(bare && opener === first && !PHRASE_OPENERS.has(toks[first].lower) ? first : opener + 1);
  // ("at the request of U.S. ambassador to Serbia, Cameron Munter": the noun the title is "of" is no
  // part of it)
  if (a + 2 < b && toks[a + 1].lower === 'of' && toks[a].pos === 'NOUN' && !lex.titleHeads.has(toks[a].lower))
    a = pastGlue(a + 2);
  // ("After the vote US Secretary of State, Condoleezza Rice, said": a common noun of the sentence
  // before the capitalised title is no part of it)
  while (
    a + 1 < b &&
    toks[a].pos === 'NOUN' &&
    /^\p{Ll}/u.test(toks[a].text) &&
    !lex.titleHeads.has(toks[a].lower) &&
    !lex.titleModifiers.has(toks[a].lower) &&
    /^\p{Lu}/u.test(toks[a + 1].text)
  )
    a++;
  return titleRange(toks, a, b);
}

/** The entity whose name mention lies inside the span, with that mention. */
function entitiesInside(
  doc: ArticleDocument,
  start: number,
  end: number,
): Array<{ entity: EntityRecord; mention: Mention }> {
  const out: Array<{ entity: EntityRecord; mention: Mention }> = [];
  for (const entity of doc.entities) {
    for (const mention of entity.mentions) {
      if (mention.kind === 'name' && mention.start >= start && mention.end <= end) out.push({ entity, mention });
    }
  }
  return out.sort((x, y) => x.mention.start - y.mention.start);
}

/** The country a word names or is the demonym of ("UK", "Japanese"), else null. */
function countryOfWord(word: string): string | null {
  const hit = lookupName(word);
  return hit && (hit.kind === 'demonym' || hit.kind === 'country') ? (hit.country ?? null) : null;
}

/**
 * The body with an actor code named before the title by its capitalised words before the title's
 * last, alone or after others ("Supreme Court" of "Supreme Court Justice" after "The United States
 * Supreme Court"), else null.
 */
function bodyOpeningTitle(doc: ArticleDocument, a: number, b: number): EntityRecord | null {
  const toks = doc.tokens;
  let e = a;
  while (e < b - 1 && /^\p{Lu}/u.test(toks[e].text)) e++;
  if (e - a < 2 || e !== b - 1) return null;
  const words = doc.text.slice(toks[a].start, toks[e - 1].end);
  for (const entity of doc.entities)
    if (
      entity.type === 'ORG' &&
      entity.actor &&
      entity.mentions.some(
        (m) => m.kind === 'name' && (m.text === words || m.text.endsWith(' ' + words)) && m.end <= toks[a].start,
      )
    )
      return entity;
  return null;
}

/** Nouns for one who knows a subject, which a country's name before them is the subject of ("a Korea specialist"). */
const EXPERTISE_HEADS = new Set(['expert', 'specialist', 'scholar', 'watcher', 'analyst', 'historian', 'researcher']);
/** The most nouns between a country's name and an expert's noun ("a China trade policy expert"). */
const MAX_SUBJECT_NOUNS = 3;

/**
 * Whether the name ending before token `after` modifies an expert's noun inside the title [.., b), with
 * only nouns of a subject between and none of a sector: "China trade expert", not "U.S. intelligence
 * analyst" (an analyst of the U.S. intelligence community).
 */
function topicOfExpertise(toks: Token[], after: number, b: number): boolean {
  for (let k = after; k < b && k - after <= MAX_SUBJECT_NOUNS; k++) {
    const t = toks[k];
    if (t.pos !== 'NOUN' || /^\p{Lu}/u.test(t.text)) return false;
    if (EXPERTISE_HEADS.has(t.lemma)) return true;
    if (sectorOf(t.lower)) return false;
  }
  return false;
}

/** Builds the Role for a title span: its country, its organisation, and the title text without them. */
function makeRole(
  doc: ArticleDocument,
  a: number,
  b: number,
  rule: string,
  coordinatedCountry: string | null = null,
): { role: Role; actor: string | null } {
  const lex = lexiconSets();
  const toks = doc.tokens;
  const start = toks[a].start;
  const end = toks[b - 1].end;
  // a title's own words read as a name ("Ambassador" as a body) name nothing: descriptions.ts drops them
  const inside = entitiesInside(doc, start, end).filter(
    ({ entity, mention }) =>
      entity.kb ||
      (!bareTitleWords(mention.text) && !opensWithTitleWord(mention.text) && !genericWordsOnly(mention.text)),
  );
  let country: string | null = null;
  let org: string | null = null;
  let seat = false;
  /** Whether the country came from a city opening the title: where the holder is posted ("Nairobi spokesman for …"). */
  let posted = false;
  for (const { entity, mention } of inside) {
    // "Ambassador to Japan", "Special Envoy for Yemen": the place or body a title is toward is not
    // the holder's own ("U.S. Ambassador to Japan" is the United States')
    const at = doc.tokenIndexAt(mention.start);
    // (a people's word only modifies: "spokesperson for the Pakistani military" is Pakistan's; a country's
    // name the recogniser typed as a people is the country: "Special Representative for the DPRK")
    const countryName = entity.type === 'NORP' && lookupName(mention.text)?.kind === 'country';
    const place = PLACE_TYPES.has(entity.type) || countryName;
    if ((entity.type !== 'NORP' || countryName) && isTitleObject(toks, at, tokenEnd(doc, mention), a, b, place))
      continue;
    // "British Defence": a body the KB lacks (or a title's words read as a name) is its leading
    // demonym's or country's
    const leadCountry = countryOfWord(mention.text.split(/\s+/)[0]);
    // (a body the KB or the article gives an actor outranks a portfolio's words read as one: "Director
    // for Asian Affairs at the National Security Council" serves the Council)
    // (a portfolio read as a body is the title's own words: "Minister for Jerusalem Affairs")
    if (
      entity.type === 'ORG' &&
      !portfolioName(mention.text) &&
      (org === null || (entity.actor && !doc.entityById(org)?.actor))
    )
      org = entity.id;
    // ("a China trade expert", "a Russia analyst": a country's name before an expert's noun is what the
    // expertise is about, not whom the expert serves)
    if (entity.type === 'GPE' && topicOfExpertise(toks, tokenEnd(doc, mention), b)) continue;
    if (country === null && entity.type === 'GPE' && isSeatName(mention.text)) seat = true;
    if (country === null && mention.start === start && entity.type === 'GPE') posted = isCityName(mention.text);
    country ??= entity.type === 'PERSON' ? leadCountry : (entity.country ?? leadCountry);
  }
  // "Supreme Court Justice Antonin Scalia" after "The United States Supreme Court": a body the
  // article named, whose name the title's words open with, though the recogniser read no name there
  if (org === null && country === null) {
    const named = bodyOpeningTitle(doc, a, b);
    if (named) {
      org = named.id;
      country = named.country;
    }
  }
  // "Nairobi spokesman for the Sudan People's Liberation Army": the body the holder serves is the
  // role's country, not the city the post is in
  const orgCountry = posted && org ? (doc.entityById(org)?.country ?? null) : null;
  if (orgCountry) country = orgCountry;
  // "Panamanian President Laurentino Cortizo Cohen and Acting Foreign Minister Dayra Carrizo": the
  // demonym of the first of two titled names joined by "and" is the second's too
  if (country === null && org === null) country = coordinatedCountry;
  // "a spokesman for Prime Minister Ehud Olmert", "senior adviser to President Obama": staff serve
  // their principal's side
  const principal = country === null && org === null ? principalServed(doc, a, b, inside) : undefined;
  if (principal) country = principal.country;
  // the title proper: without a leading country, demonym or organisation, and a trailing "at ORG"
  let ta = start;
  let tb = end;
  for (const { mention } of inside) if (mention.start === ta) ta = gluedOnStart(doc, mention, ta, mention.end);
  // (and the initials in brackets after it: "Republic of Korea (ROK) First Vice Foreign Minister")
  const initials = ta > start ? /^\s*\(\p{Lu}{2,}\)/u.exec(doc.text.slice(ta, end)) : null;
  if (initials) ta += initials[0].length;
  // a leading country's short name the recogniser missed ("…, and UK Minister of State for …")
  const leadWord = country === null && ta === start && b - a > 1 ? countryOfWord(toks[a].text) : null;
  if (leadWord) {
    country = leadWord;
    ta = toks[a].end;
  }
  const last = inside[inside.length - 1];
  // (only a body the KB knows: "Coordinator for Strategic Communications" keeps its complement)
  if (
    last &&
    last.entity.type === 'ORG' &&
    last.entity.kb &&
    !portfolioName(last.mention.text) &&
    last.mention.end === end &&
    last.mention.start > ta
  ) {
    const k = doc.tokenIndexAt(last.mention.start) - 1;
    if (toks[k] && ['at', 'of', 'for'].includes(toks[k].lower) && toks[k].start > ta) tb = toks[k - 1].end;
  }
  const title =
    doc.text
      .slice(ta, tb)
      // a possessive's "'s" left over after a leading name ("Russia's foreign minister"), not an s
      .replace(/^(?:[\s.-]|['’]s?(?=\s|$))+/u, '')
      .trim() || doc.text.slice(start, end);
  const words = toks.slice(a, b).filter((t) => t.start >= ta && t.end <= tb);
  const body = org ? doc.entityById(org) : undefined;
  // a title held before ("Former French President", "ex-minister") says so itself, and its holder is
  // one of the country's elite (CAMEO's ELI), no longer its government nor the body's
  // (so does one its holder was put out of, named before it: "Deposed President of Kyrgyzstan Askar
  // Akayev", "ousted leader")
  if (/^(?:former|ex-)/i.test(title) || OFFICE_LEFT.has(toks[a - 1]?.lower ?? '')) {
    const home = country ?? body?.country;
    return {
      role: { title, org, country, span: { start, end }, rule, former: true },
      actor: home ? actorCountry(home) + 'ELI' : null,
    };
  }
  // (a spokesman for a country's mission speaks for its government, not as one of its media: "a
  // spokeswoman for the U.S. mission to the U.N.")
  const mission = org === null && words.some((t) => MISSION_NOUNS.has(t.lower));
  const sector = mission ? 'GOV' : seatTitleSector(seat, title, titleSector(words, lex.titleHeads));
  return {
    role: { title, org, country, span: { start, end }, rule },
    actor: body?.actor ?? principal?.actor ?? (country ? actorCountry(country) + (sector ?? '') : null),
  };
}

/**
 * The person a staff title serves, named at the end of tokens [a, b) after "for" or "to" and their
 * own title ("spokesman for Prime Minister Ehud Olmert"), when the article or the KB gives them a
 * country and an actor; else undefined.
 */
function principalServed(
  doc: ArticleDocument,
  a: number,
  b: number,
  inside: Array<{ entity: EntityRecord; mention: Mention }>,
): EntityRecord | undefined {
  const toks = doc.tokens;
  const last = inside[inside.length - 1];
  if (!last || last.entity.type !== 'PERSON' || last.mention.end !== toks[b - 1].end) return undefined;
  if (!last.entity.actor || !last.entity.country) return undefined;
  const named = doc.tokenIndexAt(last.mention.start);
  for (let k = named - 1; k > a; k--)
    if (toks[k].lower === 'for' || toks[k].lower === 'to')
      return staffToward(toks, a, k, named) ? last.entity : undefined;
  return undefined;
}

/**
 * Where the title proper starts after a leading name that ends at `end`: there, unless glue follows
 * ("Globe" + "and Mail columnist", "al-Qaeda" + "in Iraq leader", "Indian Commerce" + "and Industry
 * Minister"): the name then runs on into the words the recogniser left out, and the title keeps it
 * whole, from the name's last word when that is a portfolio ("Commerce and Industry Minister"). No
 * title starts with glue.
 */
function gluedOnStart(doc: ArticleDocument, mention: Mention, start: number, end: number): number {
  const toks = doc.tokens;
  const k = doc.tokenIndexAt(end);
  const next = toks[k]?.start === end || toks[k]?.start === end + 1 ? toks[k] : undefined;
  if (!next || !lexiconSets().titleGlue.has(next.text) || next.text === 'the') return end;
  // ("Ben Franklin Room" + "for President": a name the title is toward stands before it; "Special
  // Presidential Envoy" + "for Climate" is a title the recogniser read as a name)
  if (
    !JOINING_GLUE.has(next.text) &&
    !mention.text.split(/\s+/).some((w) => lexiconSets().titleHeads.has(w.toLowerCase()))
  )
    return toks[k + 1]?.start ?? end;
  const last = toks[k - 1];
  const portfolio = !!last && last.start > mention.start && isPortfolioWord(last.text);
  return portfolio ? last.start : start;
}

/** Glue that joins a name's own words ("Globe and Mail", "al-Qaeda in Iraq", "Ministry of …"). */
const JOINING_GLUE = new Set(['and', 'of', 'in']);

/**
 * Whether a name is a portfolio's, not a body's: its last word is "Affairs" ("Jerusalem Affairs",
 * "Aboriginal Affairs") or it is a listed portfolio, and no word of it is a body's head ("Department
 * of Foreign Affairs" is a body).
 */
function portfolioName(text: string): boolean {
  const lex = lexiconSets();
  const words = text.toLowerCase().split(/\s+/);
  if (words.some((w) => lex.orgHeads.has(w))) return false;
  return words[words.length - 1] === 'affairs' || namesPortfolio(words);
}

/** A capitalised one-word portfolio ("Commerce", "Defense"). */
function isPortfolioWord(text: string): boolean {
  const word = text.toLowerCase();
  return /^\p{Lu}/u.test(text) && lexiconSets().officePortfolios.some((p) => p.length === 1 && p[0] === word);
}

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
const AMBASSADOR = /\bambassador\b/i;

/** Title heads whose "to" names where the holder is sent, not whom they serve ("Ambassador to Japan"). */
const ENVOY_HEADS = new Set([
  'ambassador',
  'envoy',
  'representative',
  'delegate',
  'delegation',
  'mission',
  'emissary',
  'consul',
  'minister',
  // ("Chargé d’affaires ad interim to the Republic of El Salvador")
  'chargé',
]);

/** Nouns for a country's mission to a body or a state ("the U.S. mission to the U.N."). */
const MISSION_NOUNS = new Set(['mission', 'delegation', 'embassy', 'representation']);

/**
 * Whether the mention over tokens [at, to) of a title [first, end) is what the title is toward, not
 * the holder's own: a place after "for" ("Special Envoy for Syria", "Senior Director for Russia"), a
 * place or body after an envoy's or a mission's "to" ("Ambassador to the United Nations", "the U.S.
 * mission to the U.N."), or a place after its "in" ("consul in Milan"). Not a word modifying the
 * noun after it ("spokesman for the Pakistani military", "U.S." in "U.S. mission to the U.N." is the
 * sender's), not a place after "of" or "at" ("President of Russia"), and not after "to" of anyone
 * else's office ("adviser to Iran's Supreme Leader", "assistant to the Secretary of State").
 */
function isTitleObject(toks: Token[], at: number, to: number, first: number, end: number, place: boolean): boolean {
  const next = toks[to];
  // (a noun after it is modified by it, "spokesman for the Pakistani military"; not another title's
  // head, "Special Representative for the DPRK Ambassador Sung Kim")
  if (to < end && (next.pos === 'NOUN' || next.pos === 'PROPN') && !lexiconSets().titleHeads.has(next.lower))
    return false;
  // the nearest preposition before the mention decides
  let k = at - 1;
  while (k > first && toks[k].pos !== 'ADP' && toks[k].lower !== 'to' && toks[k].lower !== 'for') k--;
  if (k <= first) return false;
  if (toks[k].lower === 'for') return place;
  const posted = toks[k].lower === 'in' && place;
  if (toks[k].lower !== 'to' && !posted) return false;
  // ("spokeswoman for the U.S. mission to the U.N.": a mission's "to" names where it is accredited,
  // not whose it is)
  if (toks[k].lower === 'to' && MISSION_NOUNS.has(toks[k - 1]?.lower ?? '')) return true;
  // an envoy's "to", or the place an envoy is posted "in" ("consul in Milan"): the title's nearest
  // head before it says whose (not "Minister in the Prime Minister's Office", a body served)
  const heads = lexiconSets().titleHeads;
  let h = k - 1;
  while (h >= first && !heads.has(toks[h].lower)) h--;
  // (where the envoy is posted, the title's own head says: "Special Representative to
  // Secretary-General Kofi Annan in Dili" is the representative's post, not the Secretary-General's)
  if (posted) for (let j = first; j < h; j++) if (heads.has(toks[j].lower)) h = j;
  return h >= first && ENVOY_HEADS.has(toks[h].lower) && !(posted && toks[h].lower === 'minister');
}

/**
 * The role a title written at [start, end) gives a person it stands before ("SECRETARY" of a
 * transcript's "SECRETARY BLINKEN:" label), with the actor it implies; null where no token lies in it.
 */
export function roleOfTitleSpan(
  doc: ArticleDocument,
  start: number,
  end: number,
  rule: string,
): { role: Role; actor: string | null } | null {
  const a = doc.tokenIndexAt(start);
  let b = a;
  while (b < doc.tokens.length && doc.tokens[b].end <= end) b++;
  return b > a ? makeRole(doc, a, b, rule) : null;
}

/**
 * Title heads that, before another office, only modify it ("Deputy Secretary"): alone the agents read
 * "deputy" as a deputy sheriff (COP). (Other modifiers, "Vice", "Acting", are no title heads, so no
 * phrase of theirs alone is looked up.)
 */
const MODIFYING_HEADS = new Set(['deputy']);

/**
 * The sector a title implies: the phrase ending last, and of those the longest, that holds a title
 * head and that the agents know ("Deputy Secretary of State" → "secretary of state" → GOV; "National
 * Security Adviser" → GOV). A modifier alone before the office ("deputy", the agents' deputy sheriff:
 * COP) decides nothing.
 */
function titleSector(words: Token[], heads: ReadonlySet<string>): string | undefined {
  // a state's special representative or coordinator is its envoy ("PRC Special Representative for Korean
  // Peninsula Affairs Liu Xiaoming"), as "envoy" itself is in the agents' dictionary; "representative"
  // alone may be a legislator's
  // (not the UN Secretary-General's: "Special Representative of the Secretary-General to Cote d'Ivoire")
  const special = words.some((t, k) => t.lower === 'special' && SPECIAL_ENVOY_HEADS.has(words[k + 1]?.lower ?? ''));
  const secretaryGeneral = words.some(
    (t, k) => t.lower === 'secretary' && (words[k + 1]?.lower === 'general' || words[k + 2]?.lower === 'general'),
  );
  if (special && !secretaryGeneral) return 'GOV';
  // (a head that only says someone leads takes the sector of the body its title names: "Senate
  // Democratic Majority Leader" is the legislature's, "head of Iraqi police" the police's)
  // (the body's words: the title's heads and their modifiers left out, "deputy" no deputy sheriff)
  const bodyWords = words.filter((t) => !heads.has(t.lower) && !MODIFYING_HEADS.has(t.lower));
  const lastHead = [...words].reverse().find((t) => heads.has(t.lower));
  const led = LEADING_HEADS.has(lastHead?.lower ?? '') ? bodySector(bodyWords) : undefined;
  if (led) return led;
  const sector = headSector(words, heads);
  // a spokesperson speaks for the body the title names: "foreign ministry spokesperson" is the
  // government's (GOV), not the media (the agents' MED for "spokesperson" alone)
  // (one whose title names no body's sector is no journalist either: "Foreign Affairs Spokesperson for
  // the Australian Democrats", "Labor's foreign affairs spokesman" speak for a party, of no sector here)
  if (sector === 'MED' && words.some((t) => SPOKESPERSON.test(t.lower))) return bodySector(words);
  // (an office the agents give no sector takes the sector of the body its title names: "French Foreign
  // Ministry Secretary General François Delattre" is the government's)
  return sector ?? bodySector(bodyWords);
}

const SPOKESPERSON = /^spokes(?:man|woman|person|men|women|people)$/;
/** Heads that say only that their holder leads the body the title names. */
const LEADING_HEADS = new Set(['leader', 'head', 'chief', 'chairman', 'chairwoman', 'chair']);
/** Heads that "special" makes an envoy's title ("Special Representative", "Special Coordinator"). */
const SPECIAL_ENVOY_HEADS = new Set(['representative', 'coordinator', 'adviser', 'advisor', 'envoy']);

/** A ministry's initials the actor dictionaries lack ("French MFA Secretary General"): its sector. */
const MINISTRY_INITIALS: ReadonlyMap<string, string> = new Map([
  ['mfa', 'GOV'],
  ['mofa', 'GOV'],
]);

/** The sector the title's other words imply, the spokesperson's word left out ("foreign ministry" → GOV), if not MED. */
function bodySector(words: Token[]): string | undefined {
  const initials = words.find((t) => MINISTRY_INITIALS.has(t.lower) && t.text === t.text.toUpperCase());
  if (initials) return MINISTRY_INITIALS.get(initials.lower);
  const sector = sectorInWords(words.filter((t) => !SPOKESPERSON.test(t.lower)).map((t) => t.lower));
  return sector === 'MED' ? undefined : sector;
}

/** titleSector's reading of the title's own words, the agents' sector of its last-ending phrase. */
function headSector(words: Token[], heads: ReadonlySet<string>): string | undefined {
  for (let e = words.length - 1; e >= 0; e--) {
    for (let s = 0; s <= e; s++) {
      const phrase = words.slice(s, e + 1);
      if (!phrase.some((t) => heads.has(t.lower))) continue;
      if (s === e && e < words.length - 1 && MODIFYING_HEADS.has(words[s].lower)) continue;
      const sector = sectorOf(phrase.map((t) => t.lower).join(' '));
      if (sector) return sector;
    }
  }
  return undefined;
}

/**
 * A name the recogniser read as a body but that a person's title opens the sentence for ("The
 * president of the airline, Tan Ah Kow, said") is a person: the title says so.
 */
function retypeTitledBody(doc: ArticleDocument, entity: EntityRecord): void {
  const heads = lexiconSets().orgHeads;
  for (const mention of entity.mentions) {
    if (mention.kind !== 'name') continue;
    // (a body's head word says it is one: "…, University of New South Wales, was asked")
    if (mention.text.split(/\s+/).some((w) => heads.has(w.toLowerCase()))) continue;
    if (!titleOpening(doc, doc.tokenIndexAt(mention.start), tokenEnd(doc, mention))) continue;
    entity.type = 'PERSON';
    mention.rule += '+titled';
    return;
  }
}

/**
 * An apposition's title range that ends in another person's name, mended: "Jan Peterson, Norway's
 * foreign minister and Condoleezza Rice, …" ends at "and"; "Miri Eisin, spokeswoman for the Israeli
 * Prime Minister Ehud Olmert," is her office toward him and stays whole; anything else lists another
 * person ("Assistant Secretary Phee, Assistant Secretary Kritenbrink, and …"), no title: null.
 */
function appositionRange(doc: ArticleDocument, range: [number, number], entity: EntityRecord): [number, number] | null {
  const toks = doc.tokens;
  const [a, b] = range;
  const end = toks[b - 1].end;
  const other = entitiesInside(doc, toks[a].start, end).find(
    (x) => x.entity !== entity && x.entity.type === 'PERSON' && x.mention.end === end,
  );
  if (!other) return range;
  const named = doc.tokenIndexAt(other.mention.start);
  // (only an "and" right before the other person, or before "the Honorable", "Mr.": "for Border
  // and Immigration Policy" is a title's own "and")
  for (let k = named - 1; k > a; k--) {
    if (toks[k].lower !== 'and') continue;
    const between = toks.slice(k + 1, named);
    if (between.every((t) => !/^\p{Lu}/u.test(t.text) || ADDRESS_WORDS.test(t.text))) {
      const cut: [number, number] = [a, k];
      return appositionRange(doc, cut, entity) === cut ? cut : null;
    }
    break;
  }
  // (so is a staff title toward the other person's own title: "spokesman for Prime Minister Ehud
  // Olmert", "senior adviser to President Obama"; "Ambassador to Costa Rica Dr. Cynthia A. Telles"
  // opens the next person's title)
  for (let k = named - 1; k > a; k--)
    if (OFFICE_TOWARD.has(toks[k].lower))
      return toks[k + 1]?.lower === 'the' || staffToward(toks, a, k, named) ? range : null;
  return null;
}

/** Titles of those who serve a person: their office is toward their principal ("spokesman for …"). */
const STAFF_TITLES = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'adviser',
  'advisor',
  'aide',
  'assistant',
  'staff',
  'counselor',
  'counsellor',
]);

/**
 * Whether tokens [a, k) hold a staff title and "for" or "to" at k is followed by the title of the
 * person named at `named`: "Chief of Staff for European Commission President Ursula von der Leyen".
 */
function staffToward(toks: readonly Token[], a: number, k: number, named: number): boolean {
  if (toks[k].lower !== 'for' && toks[k].lower !== 'to') return false;
  const heads = lexiconSets().titleHeads;
  return (
    toks.slice(a, k).some((t) => STAFF_TITLES.has(t.lower)) && toks.slice(k + 1, named).some((t) => heads.has(t.lower))
  );
}
const OFFICE_TOWARD = new Set(['of', 'for', 'to']);
/** Words of address between "and" and a name: "and the Honorable Antony Blinken", "and Mr. Kim". */
const ADDRESS_WORDS = /^(?:honou?rable|excellency|his|her|h\.e\.|mr\.?|mrs\.?|ms\.?|dr\.?|\.)$/i;

/**
 * The country of the titled person named right before "and" at token a - 1, when their title came
 * before their name and gave one ("Panamanian President Laurentino Cortizo Cohen and …"), else null.
 */
function coordinatedTitleCountry(doc: ArticleDocument, a: number): string | null {
  const toks = doc.tokens;
  const lex = lexiconSets();
  // (past a modifier the title leaves out: "and Acting Foreign Minister")
  while (a > 0 && lex.titleModifiers.has(toks[a - 1].lower)) a--;
  // the second title is an office's words alone ("Palesinian President" has a word of its own)
  if (!(lex.titleHeads.has(toks[a].lower) || lex.titleModifiers.has(toks[a].lower))) return null;
  if (toks[a - 1]?.lower !== 'and' || a < 2) return null;
  const hit = doc.entityAt(toks[a - 2].start);
  if (!hit || hit.entity.type !== 'PERSON' || hit.mention.end !== toks[a - 2].end) return null;
  const titled = hit.entity.roles.find(
    (r) => r.rule === 'title-before-name' && r.span.end <= hit.mention.start && hit.mention.start - r.span.end <= 1,
  );
  // (only a country the first title names itself: "Secretary Blinken and Foreign Minister Popescu"
  // does not make Popescu the issuer's)
  if (!titled?.country) return null;
  return countryOfWord(toks[doc.tokenIndexAt(titled.span.start)].text) ? titled.country : null;
}

/**
 * The country a titled name is "of", named right after it: "President Park of the Republic of Korea",
 * "Prime Minister Abe of Japan" (a country only: "Senator Cruz of Texas" names a state), else null.
 */
function countryAfterName(doc: ArticleDocument, endAt: number): string | null {
  const toks = doc.tokens;
  if (toks[endAt]?.lower !== 'of') return null;
  const at = toks[endAt + 1]?.lower === 'the' ? endAt + 2 : endAt + 1;
  const hit = toks[at] ? doc.entityAt(toks[at].start) : null;
  if (!hit || hit.mention.start !== toks[at].start || hit.entity.type !== 'GPE') return null;
  return hit.entity.kb?.startsWith('country:') ? (hit.entity.country ?? null) : null;
}

/** Nouns of a country's people or side that a list of titled names may follow ("their Costa Rican counterparts"). */
const LIST_HEADS = new Set([
  'counterpart',
  'counterparts',
  'officials',
  'leaders',
  'delegation',
  'hosts',
  'authorities',
  'ministers',
]);
const PEOPLE_OR_STATE = new Set(['NORP', 'GPE']);

/**
 * The country of the titled list the title at token a belongs to: its head's ("joined their Costa
 * Rican counterparts President Carlos Alvarado, Minister of Foreign Affairs Rodolfo Solano, and …",
 * "met Polish leaders, including Foreign Minister Zbigniew Rau"), else the host's of the visit that
 * meets it ("travel to Chisinau, Moldova to meet with President Maia Sandu, …"); else null.
 */
function listCountry(doc: ArticleDocument, a: number): string | null {
  const j = beforeTitledList(doc, a);
  return listHeadCountry(doc, j) ?? hostCountry(doc, j);
}

/** The country of a list's head at token j, the token before the list. */
function listHeadCountry(doc: ArticleDocument, j: number): string | null {
  const toks = doc.tokens;
  if (j < 1 || !LIST_HEADS.has(toks[j].lower)) return null;
  // (a people's name of two words: "Costa Rican")
  const people = doc.entityAt(toks[j - 1].start);
  if (people?.mention.end === toks[j - 1].end && PEOPLE_OR_STATE.has(people.entity.type))
    return people.entity.country ?? null;
  return countryOfWord(toks[j - 1].text);
}

export function findRoles(doc: ArticleDocument): void {
  for (const entity of doc.entities) {
    if (entity.type === 'ORG' && !entity.kb) retypeTitledBody(doc, entity);
    if (entity.type !== 'PERSON') continue;
    for (const mention of [...entity.mentions]) {
      if (mention.kind !== 'name') continue;
      const at = doc.tokenIndexAt(mention.start);
      const endAt = tokenEnd(doc, mention);
      for (const [range, rule] of [
        [titleBefore(doc, at), 'title-before-name'],
        [titleAfter(doc, at, endAt), 'apposition'],
        [
          titleOpening(doc, at, endAt) ?? titleSetOffBefore(doc, rankedNameAt(doc, at), endAt, at),
          'apposition-before-name',
        ],
      ] as const) {
        const span = range && rule === 'apposition' ? appositionRange(doc, range, entity) : range;
        if (!span || (rule === 'apposition' && nextTitledPerson(doc, span, at))) continue;
        // (a country carried over from another title, or the person's own after the name: "Foreign
        // Minister Bujar Osmani of North Macedonia")
        const carried =
          rule === 'title-before-name' ? (coordinatedTitleCountry(doc, span[0]) ?? listCountry(doc, span[0])) : null;
        const coordinated = rule === 'title-before-name' ? (carried ?? countryAfterName(doc, endAt)) : null;
        const { role, actor } = makeRole(doc, span[0], span[1], rule, coordinated);
        if (entity.roles.some((r) => r.span.start === role.span.start && r.span.end === role.span.end)) continue;
        entity.roles.push(role);
        // (a military rank before a surname the KB gave to an official with no armed office is a
        // namesake: "Maj. Gen. Hood" at Guantánamo is no Grenadian minister)
        if (!role.country && entity.kb && bySurnameOnly(entity) && militaryRankOfNamesake(role.title, entity.actor)) {
          unlinkNamesake(entity);
          entity.actor = null;
          entity.country = null;
        }
        // the article's own word on the person beats the (stale) KB
        if (role.country) {
          // (a country carried over from the title before "and" outranks the KB's actor only where the
          // KB's is another country's: "Afghan President Ghani and Chairman Abdullah" is no Jordanian)
          const fromArticle =
            entity.roles.length === 1 && (!carried || !entity.actor?.startsWith(actorCountry(carried)));
          // (and a KB person read from the surname alone is a namesake: "Chairman Abdullah" of
          // Afghanistan, "Saudi King Abdullah" are not the KB's Abdullah II of Jordan)
          if (fromArticle && entity.kb && entity.country && entity.country !== role.country && bySurnameOnly(entity))
            unlinkNamesake(entity);
          if (!entity.country || fromArticle) entity.country = role.country;
          if (actor && (fromArticle || !entity.actor || refinesActor(entity.actor, actor))) entity.actor = actor;
        } else if (
          role.org &&
          actor &&
          ((entity.roles.length === 1 && !AMBASSADOR.test(role.title)) || !entity.actor)
        ) {
          // "the President of the European Council, Van Rompuy": a body's officer is its actor (also
          // over the stale KB's: "EU foreign policy chief Javier Solana" is no longer NATO's; not "U.N.
          // Ambassador Susan Rice", a country's envoy to the body)
          entity.actor = actor;
        }
      }
    }
    // "Turkey's Chief of General Staff, General Yaşar Büyükanıt": an officer of a country the article
    // names, with a military rank and no other sector, is of its armed forces
    if (entity.actor?.length === 3 && entity.roles.some((r) => MILITARY_RANK.test(r.title))) entity.actor += 'MIL';
    if (entity.kb && entity.actor) entity.actor = articleMinistry(entity.actor, entity.roles);
  }
}

/**
 * The government actor the article's own titles give a KB person whose (stale) KB code names a
 * ministry: "Foreign Minister Bujar Osmani" is MKDGOV, not the MKDGOVHLH of his years at health;
 * "Defence Minister Brendan Nelson" AUSGOVMIL, not AUSGOVEDU. A title naming no office of
 * government ("Secretary", "Administrator", "Dr") leaves the KB's code, as does one that fits it.
 */
function articleMinistry(actor: string, roles: readonly Role[]): string {
  const m = /^([A-Z]{3}GOV)([A-Z]{3})$/.exec(actor);
  if (!m) return actor;
  const [, government, ministry] = m;
  const implied = roles
    .filter((r) => !r.former)
    .map((r) => titleMinistry(r.title))
    .filter((x) => x !== undefined);
  if (!implied.length || implied.includes(ministry)) return actor;
  return government + implied[0];
}

/** The ministry a title names ('MIL' for "Defence Minister"), '' for a head of government or of its diplomacy, else undefined. */
function titleMinistry(title: string): string | undefined {
  for (const [words, ministry] of TITLE_MINISTRIES) if (words.test(title)) return ministry;
  return undefined;
}
const TITLE_MINISTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:defen[cs]e|war)\b/i, 'MIL'],
  [/\bhealth\b/i, 'HLH'],
  [/\beducation\b/i, 'EDU'],
  [/\bjustice\b|\battorney[\s-]general\b/i, 'JUD'],
  [/\b(?:finance|treasury|trade|economy|commerce)\b/i, 'BUS'],
  [/\bagricultur/i, 'AGR'],
  [/\b(?:senator|congress(?:wo)?man|lawmaker|legislator)\b|\bspeaker of\b/i, 'LEG'],
  [
    /\b(?:president|prime minister|premier|chancellor|foreign (?:minister|secretary)|minister of foreign affairs)\b/i,
    '',
  ],
];

/** Whether an actor code adds a sector to the bare country code held ("TURMIL" refines "TUR"). */
const refinesActor = (held: string, actor: string) => held.length === 3 && actor.length > 3 && actor.startsWith(held);

/** Ranks of armed forces, written out or abbreviated ("Maj. Gen.", "Rear Adm.", "Colonel"). */
const MILITARY_RANK =
  /^(?:(?:vice|rear|lieutenant|lt\.?|maj\.?|major|brig\.?|brigadier)[\s-]+)?(?:gen|general|adm|admiral|col|colonel|capt|captain|sgt|sergeant|commodore|marshal|major)\b/i;

/** Whether a role title is a military rank and the actor code the KB gave holds no armed sector. */
function militaryRankOfNamesake(title: string, actor: string | null): boolean {
  return MILITARY_RANK.test(title) && !/(?:MIL|SPY|COP)/.test(actor ?? '');
}

/** Whether every name mention of a KB person was linked by its surname alone ("King Abdullah"). */
function bySurnameOnly(entity: EntityRecord): boolean {
  const names = entity.mentions.filter((m) => m.kind === 'name');
  return names.length > 0 && names.every((m) => !!m.rule?.includes('kb-surname') && !/\s/.test(m.text.trim()));
}

/** Undoes a KB link the article's own words contradict: the entity is the name the article wrote. */
function unlinkNamesake(entity: EntityRecord): void {
  entity.kb = null;
  entity.name = entity.mentions.find((m) => m.kind === 'name')?.text ?? entity.name;
  for (const m of entity.mentions) if (m.rule?.includes('kb-surname')) m.rule += '-contradicted';
}

export const entityRoles: Component = {
  name: 'entity-roles',
  needs: ['entities'],
  adds: ['roles'],
  run(doc) {
    try {
      findRoles(doc);
      dropTitleFragments(doc);
      linkOfficeHolders(doc);
      rolesOfTheIssuer(doc);
      headlineOfficesOfTheIssuer(doc);
      countriesFromDescriptions(doc);
    } catch (err) {
      process.emitWarning(`entity-roles: ${(err as Error).message} in ${doc.id}`);
    }
  },
};
