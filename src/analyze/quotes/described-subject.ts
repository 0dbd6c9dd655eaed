// The subject before a description when the phrase read back from a cue only ends that description:
// an apposition, relative or participle left open ("Begg, 37, who was released … told"), a place or an
// adjunct ("officials in Iraq say", "Trump at a rally in Iowa said"), an agent ("through a
// spokesman"), a restrictive relative, a polling participle ("those polled by Gallup said").
import type { ArticleDocument, Token } from '../document.js';
import { closesFrontedAdjunct, predicateAfterCueComma } from '../nlp/parenthetical-frame.js';
import { isPeopleNoun } from './people-nouns.js';
import { isTitleNoun } from './head-nouns.js';
import { pluralNoun } from '../entities/plural-nouns.js';
import { lexiconSets as entityLexicon } from '../entities/lexicon.js';
import { isBreak, isPastParticiple, phrase, phraseStartBefore, phraseWordAt, type Phrase } from './phrases.js';

/** Entity types of a place where speakers are ("officials in Iraq"). */
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

/** Participles that say how people were polled: "voters surveyed", "Americans polled". */
const POLLING_PARTICIPLES = new Set([
  'surveyed',
  'polled',
  'interviewed',
  'questioned',
  'asked',
  'sampled',
  'contacted',
]);

/**
 * The subject a past participle at j closes, right before a verb cue: "those surveyed" ("By big
 * margins, those surveyed say the economy …", "a majority of those interviewed said") or a plural
 * noun of people before it ("Americans polled said …"); else null. (Before a noun cue the
 * participle is the verb: "Both leaders expressed hope that …".)
 */
export function participleModifiedSubject(doc: ArticleDocument, j: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  if (j - 1 < lo || !isPastParticiple(toks[j]) || !/ed$/.test(toks[j].lower)) return null;
  const before = toks[j - 1];
  if (before.lower === 'those') {
    // (with the share of them: "a majority of those interviewed said")
    const share = toks[j - 2]?.lower === 'of' && j - 3 >= lo ? phraseStartBefore(toks, j - 2, lo) : j - 2;
    return phrase(doc, share < j - 2 ? share : j - 1, j + 1);
  }
  // (after a noun, only a participle of polling: "Both leaders expressed hope that …" is a verb's)
  if (!POLLING_PARTICIPLES.has(toks[j].lower) || !(personNoun(before) || before.lower === 'people')) return null;
  // (the respondents are the head, not a capitalised first word: "Most people surveyed")
  const p = phrase(doc, phraseStartBefore(toks, j, lo), j + 1);
  return { ...p, head: { start: p.start, end: p.end }, headKind: 'nominal' };
}

/** The most tokens between a polling participle and the phrase read after it ("asked in a poll for"). */
const MAX_POLL_ADJUNCT = 6;

/**
 * The respondents of a poll whose pollster the phrase p names: "Those polled by Gallup said", "More
 * than half of those asked in a poll for mobile firm Intervoice said" are those polled and those
 * asked, not Gallup or Intervoice. Null when no polling participle (or participle after "those")
 * stands before p's preposition and the words between.
 */
export function respondentsBefore(doc: ArticleDocument, p: Phrase, lo: number): Phrase | null {
  const toks = doc.tokens;
  if (toks[p.first - 1]?.pos !== 'ADP') return null;
  for (let j = p.first - 2; j >= lo && p.first - j <= MAX_POLL_ADJUNCT; j--) {
    if (toks[j].pos === 'ADP' || toks[j].pos === 'DET' || toks[j].pos === 'NOUN' || toks[j].pos === 'ADJ') continue;
    return POLLING_PARTICIPLES.has(toks[j].lower) || toks[j - 1]?.lower === 'those'
      ? participleModifiedSubject(doc, j, lo)
      : null;
  }
  return null;
}

/** The most tokens of a relative clause left open between its "who" and the cue's subject. */
const MAX_OPEN_RELATIVE = 24;

/**
 * The person a relative clause set off by a comma describes when the clause's closing comma is
 * missing and the phrase read back from the cue (at token s) is its last words: "Moazzam Begg, 37,
 * who was released in 2005 after two years under detention at Guantanamo told the Associated Press"
 * is Begg's, not Guantanamo's. The clause holds a verb and no other comma.
 */
export function personBeforeOpenRelative(doc: ArticleDocument, s: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  let r = s - 1;
  let verb = false;
  for (; r > lo && s - r <= MAX_OPEN_RELATIVE && toks[r].lower !== 'who'; r--) {
    if (/^[,.;:!?()—―–-]$/.test(toks[r].text) || isBreak(toks[r])) return null;
    if (toks[r].pos === 'VERB' || toks[r].pos === 'AUX') verb = true;
  }
  if (toks[r]?.lower !== 'who' || !verb || toks[r - 1]?.text !== ',') return null;
  // (past an age set off by commas: "Moazzam Begg, 37, who …")
  let c = r - 1;
  if (toks[c - 1]?.pos === 'NUM' && toks[c - 2]?.text === ',') c -= 2;
  if (c - 1 < lo) return null;
  const hit = doc.entityAt(toks[c - 1].start);
  if (hit?.entity.type !== 'PERSON' || hit.mention.end !== toks[c - 1].end) return null;
  const first = doc.tokenIndexAt(hit.mention.start);
  return first >= lo ? phrase(doc, first, c) : null;
}

/** The most tokens of a participle phrase left open between its comma and the cue's subject. */
const MAX_OPEN_PARTICIPLE = 10;

/**
 * The person a participle phrase set off by a comma describes when its closing comma is missing and
 * the phrase read back from the cue (at token s) is its last words: "Brian Cowen, the minister for
 * Finance, acting on behalf of the Taoiseach said" is Cowen's, not the Taoiseach's. The person is
 * named right before the comma, or before a title set off by commas after the name.
 */
export function personBeforeOpenParticiple(
  doc: ArticleDocument,
  s: number,
  end: number,
  k: number,
  lo: number,
): Phrase | null {
  const toks = doc.tokens;
  // (the phrase is the cue's own subject, right before it: not "said Murphy, using a term Rubio has used to describe")
  for (let x = end; x < k; x++) if (toks[x].pos !== 'ADV') return null;
  let c = s - 1;
  for (; c > lo && s - c <= MAX_OPEN_PARTICIPLE && toks[c].text !== ','; c--)
    if (/^[.;:!?()—―–-]$/.test(toks[c].text) || isBreak(toks[c]) || toks[c].pos === 'AUX') return null;
  const participle = toks[c + 1];
  if (toks[c]?.text !== ',' || !participle || participle.pos !== 'VERB' || !/ing$/.test(participle.lower)) return null;
  // ("protesters, including groups of South Korean farmers angry at …": a list's members, no aside)
  if (participle.lower === 'including' || participle.lower === 'excluding') return null;
  // the name before the comma, or before the apposition that ends there ("…, the minister for Finance,")
  for (let end = c; end - 1 >= lo && c - end <= MAX_OPEN_PARTICIPLE; end--) {
    if (end < c && toks[end].text !== ',') continue;
    const hit = doc.entityAt(toks[end - 1].start);
    if (hit?.entity.type === 'PERSON' && hit.mention.kind === 'name' && hit.mention.end === toks[end - 1].end) {
      const first = doc.tokenIndexAt(hit.mention.start);
      return first >= lo ? phrase(doc, first, end) : null;
    }
    if (end < c) break;
  }
  // or the description opening the clause: "The minister, speaking to reporters in Kabul said"
  const a = phraseStartBefore(toks, c, lo);
  return a === lo && a < c ? phrase(doc, a, c) : null;
}

/**
 * The person named right before ", a/an …" at token s (an apposition left open), or null; k is the cue.
 * Not where the cue and a comma are followed by the person's own predicate: "Clinton, a top aide said,
 * “is very confident …”" is the aide's parenthetical about Clinton. A body named there speaks where
 * the apposition describes no person: "The Association of British Travel Agents, an umbrella body for
 * travel agents says …".
 */
export function personBeforeOpenApposition(doc: ArticleDocument, s: number, k: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  // (or ", one of …": "Abakar Saboune, one of the rebels said")
  const partitive = toks[s].lower === 'one' && toks[s + 1]?.lower === 'of';
  // (or ", the" and a title: "Sukehiro Hasegawa, the Special Representative to Secretary-General Kofi
  // Annan in Dili said")
  const titled = toks[s].lower === 'the' && titledRelation(toks, s + 1, k);
  if (
    (toks[s].lower !== 'a' && toks[s].lower !== 'an' && !partitive && !titled) ||
    toks[s - 1]?.text !== ',' ||
    s - 2 < lo
  )
    return null;
  if (predicateAfterCueComma(toks, k) || closesFrontedAdjunct(toks, lo, s - 1)) return null;
  const named = nameBeforeComma(doc, s - 1, lo);
  // (a name after "of" is no subject: "the mother of Sorin Miscoci, one of the hostages said, …")
  if (named && partitive && toks[named.first - 1]?.pos === 'ADP') return null;
  return named ?? bodyBeforeComma(doc, s, k, lo);
}

/** How far after "the" an apposition's title noun may stand ("the deputy special representative"). */
const TITLE_REACH = 4;

/** Prepositions that tie a title to what it serves ("Special Representative to …", "MP for …"). */
const TITLE_RELATIONS = new Set(['of', 'to', 'for', 'at', 'in', 'with']);

/**
 * Whether the words from a to the cue k are a title and what it serves, with no verb: "the Special
 * Representative to Secretary-General Kofi Annan in Dili", "the Respect MP for Bethnal Green and
 * Bow"; not a clause's own subject after a vocative or an adjunct ("Stephen, the President's been
 * very clear", "with the new Israeli Foreign Minister, Tzipi Livni, the U.S. Secretary Rice said").
 */
function titledRelation(toks: readonly Token[], a: number, k: number): boolean {
  const heads = entityLexicon().titleHeads;
  let title = false;
  for (let j = a; j < k; j++) {
    const t = toks[j];
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (j < a + TITLE_REACH && (isTitleNoun(t) || heads.has(t.lower))) title = true;
    else if (title && TITLE_RELATIONS.has(t.lower)) return true;
  }
  return false;
}

/**
 * The body's name that opens the sentence and ends right before the comma before token s, where the
 * apposition from s to the cue k is headed by a noun for no person (not "a spokesman", "a member",
 * "officials"), as a phrase.
 */
function bodyBeforeComma(doc: ArticleDocument, s: number, k: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  const last = s - 2;
  const hit = doc.entityAt(toks[last].start);
  if (hit?.entity.type !== 'ORG' || hit.mention.kind !== 'name' || hit.mention.end !== toks[last].end) return null;
  // (only a body opening the sentence: after "… at AIPAC, a group of rabbis called for …" the comma
  // closed an adjunct)
  const first = doc.tokenIndexAt(hit.mention.start);
  const opening = doc.sentences[toks[first].sentence]?.firstToken ?? first;
  if (first - opening > 1 || (first > opening && toks[opening].pos !== 'DET')) return null;
  // (the apposition's head: its last noun before a preposition, "an umbrella body for travel agents")
  let head: Token | undefined;
  for (let j = s + 1; j < k && toks[j].pos !== 'ADP' && toks[j].text !== ','; j++)
    if (toks[j].pos === 'NOUN') head = toks[j];
  if (!head || isTitleNoun(head) || isPeopleNoun(head)) return null;
  return first >= lo ? phrase(doc, first, last + 1) : null;
}

/**
 * The person's name that ends right before the comma at c, or before a party label there ("Sen.
 * Kristen Gillibrand (D-NY), a supporter of …"), as a phrase; else null.
 */
export function nameBeforeComma(doc: ArticleDocument, c: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  let last = c - 1;
  if (toks[last]?.text === ')' && partyLabelBefore(doc, last)) {
    while (last > lo && toks[last].text !== '(') last--;
    last--;
  }
  if (last < lo) return null;
  const hit = doc.entityAt(toks[last].start);
  if (hit?.entity.type !== 'PERSON' || hit.mention.end !== toks[last].end) return null;
  const first = doc.tokenIndexAt(hit.mention.start);
  return first >= lo ? phrase(doc, first, last + 1) : null;
}

/** The most tokens between the comma after a person's name and the phrase read back from the cue. */
const MAX_OPEN_ROLE = 16;

/**
 * The person named before ", TITLE" when the title, as the entity layer read it (a role in
 * apposition), runs up to the cue with no closing comma: "Amer Hassan Fayed, assistant dean of
 * political science at Baghdad University said" is Fayed's, not the university's. Tokens [s, end)
 * are the phrase read back from the cue.
 */
export function personBeforeOpenRole(doc: ArticleDocument, s: number, end: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  const last = toks[end - 1];
  for (let c = s - 1; c - 1 >= lo && s - c <= MAX_OPEN_ROLE; c--) {
    if (toks[c].text !== ',') continue;
    const hit = doc.entityAt(toks[c - 1].start);
    if (hit?.entity.type !== 'PERSON' || hit.mention.end !== toks[c - 1].end) return null;
    // (the role may follow its article: "Kofi Annan, the UN secretary general said"; not after a
    // name in a fronted adjunct: "In an interview with … Mika Brzezinski, the Democratic
    // presidential candidate stated")
    if (closesFrontedAdjunct(toks, lo, c)) return null;
    const next = toks[c + 1].lower === 'the' ? toks[c + 2] : toks[c + 1];
    if (!next || !hit.entity.roles.some((r) => r.span.start === next.start && r.span.end === last.end)) return null;
    const first = doc.tokenIndexAt(hit.mention.start);
    return first >= lo ? phrase(doc, first, c) : null;
  }
  return null;
}

/**
 * The name before "(INITIALS) in PLACE" when tokens [s, end) are that place alone, or null: the
 * bracket ends the phrase read back from the cue, so the place would otherwise be the subject.
 */
export function bodyBeforeInitials(doc: ArticleDocument, s: number, end: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  const open = s - 4;
  if (open - 1 < lo || !PLACE_PREPOSITIONS.has(toks[s - 1].lower) || toks[s - 2].text !== ')') return null;
  if (toks[open].text !== '(' || !/^\p{Lu}[\p{Lu}\d&.-]+$/u.test(toks[s - 3].text) || !placeAlone(doc, s, end))
    return null;
  const hit = doc.entityAt(toks[open - 1].start);
  if (!hit || hit.mention.end !== toks[open - 1].end || PLACE_TYPES.has(hit.entity.type)) return null;
  const first = phraseStartBefore(toks, open, lo);
  return first < open ? phrase(doc, first, open) : null;
}

/** Whether the bracket closing at token `close` holds a party label: "(R-OH)", "(D-Ariz.)", "(I-Vt.)". */
export function partyLabelBefore(doc: ArticleDocument, close: number): boolean {
  const open = doc.text.lastIndexOf('(', doc.tokens[close].start);
  if (open < 0 || doc.text[doc.tokens[close].end - 1] !== ')') return false;
  return PARTY_LABEL.test(doc.text.slice(open + 1, doc.tokens[close].end - 1));
}

/** A party and state label ("R-OH", "D-Ariz.", "I-Vt."), as it stands inside its brackets or between commas. */
export const PARTY_LABEL = /^[RDI]-[A-Za-z. ]{2,}$/;

/**
 * Whether tokens [s, end) are a place and nothing more: a place's name or a place noun, after
 * determiners and adjectives ("Iraq", "southern Uzbekistan", "the region"; not "the third quarter
 * and Italy and the Netherlands").
 */
export function placeAlone(doc: ArticleDocument, s: number, end: number): boolean {
  const toks = doc.tokens;
  const last = toks[end - 1];
  const hit = doc.entityAt(last.start);
  let first: number;
  if (hit && PLACE_TYPES.has(hit.entity.type)) first = doc.tokenIndexAt(hit.mention.start);
  else if (last.pos === 'NOUN' && PLACE_NOUNS.has(last.lower)) first = end - 1;
  else return false;
  for (let j = s; j < first; j++) if (toks[j].pos !== 'DET' && toks[j].pos !== 'ADJ') return false;
  return true;
}

/** Whether a noun for people or for one person is token t ("officials", "sources", "a source"). */
export function personNoun(t: Token): boolean {
  if (isPeopleNoun(t)) return true;
  const heads = entityLexicon().personNominalHeads;
  const singular = t.lower.replace(/s$/, '');
  return heads.has(t.lower) || heads.has(singular) || PERSON_NOUNS.has(t.lower) || PERSON_NOUNS.has(singular);
}

/**
 * Singular nouns for one person who speaks that the entity lexicon's nominal heads (official,
 * spokesman, diplomat, analyst …) leave out ("a source speaking to Fox News said").
 */
const PERSON_NOUNS = new Set([
  'source',
  'person',
  'candidate',
  'witness',
  'resident',
  'man',
  'woman',
  'aide',
  'member',
  'lawmaker',
  'officer',
]);

/** Prepositions that put people in a place: "officials in Iraq", "residents across the city". */
export const PLACE_PREPOSITIONS = new Set(['in', 'across', 'throughout', 'around']);
/** Prepositions after people in the plural that say where they are or are from, not who speaks. */
export const PEOPLE_PREPOSITIONS = new Set(['across', 'from', 'among', 'throughout', 'around']);

/**
 * Where the phrase read back from a cue is the second of two places joined by "and" after people
 * ("Gay rights activists in the U.S. and around the world"), the start of the first place's noun
 * phrase; else s.
 */
export function firstOfJoinedPlaces(doc: ArticleDocument, s: number, lo: number): number {
  const toks = doc.tokens;
  const prep = (t: Token | undefined) => !!t && (PLACE_PREPOSITIONS.has(t.lower) || PEOPLE_PREPOSITIONS.has(t.lower));
  if (s - 3 < lo || !prep(toks[s - 1]) || toks[s - 2].lower !== 'and') return s;
  const c = phraseStartBefore(toks, s - 2, lo);
  return c - 2 >= lo && c < s - 2 && prep(toks[c - 1]) && peopleNounAt(doc, c - 2) ? c : s;
}
/** Prepositions whose object is only ever where the people before them are, never who speaks. */
export const LOCATIVE_PREPOSITIONS = new Set(['outside', 'inside', 'within', 'near', 'beyond', 'opposite']);
/** Whether a word is a preposition of where a speaker is ("officials in Kabul", "protesters near the embassy"). */
export const isPlacePreposition = (word: string): boolean =>
  PLACE_PREPOSITIONS.has(word) || LOCATIVE_PREPOSITIONS.has(word);
/** Common nouns of places: "people in the region", "residents across the city". */
const PLACE_NOUNS = new Set([
  'region',
  'area',
  'city',
  'town',
  'village',
  'country',
  'province',
  'district',
  'capital',
  'county',
  'territory',
  'camp',
  'camps',
  'neighborhood',
  'neighbourhood',
  'world',
]);
/**
 * Whether token k opens the sentence with a common noun in the plural that wink, for its capital,
 * tagged a name ("Officials in Washington …", "People in the region …").
 */
export function peopleOpening(doc: ArticleDocument, k: number, lo: number): boolean {
  const t = doc.tokens[k];
  return k === lo && t.pos === 'PROPN' && !doc.entityAt(t.start) && pluralNoun(t.lower);
}

/** Plural endings of nouns for people ("hard-liners", "activists", "conservatives", "senators"). */
const PEOPLE_PLURAL = /(?:ers|ists|ians|ives|ors)$/;

/**
 * Whether token i is a plural noun for people: a listed or sector noun, a lower-case plural with an
 * ending of people's, or a plural name of a people or party the recogniser typed ("Republicans").
 */
export function peopleNounAt(doc: ArticleDocument, i: number): boolean {
  const t = doc.tokens[i];
  if (isPeopleNoun(t)) return true;
  if (t.pos === 'NOUN') return /^\p{Ll}/u.test(t.text) && t.lower !== t.lemma && PEOPLE_PLURAL.test(t.lower);
  const type = t.pos === 'PROPN' && t.lower.endsWith('s') ? doc.entityAt(t.start)?.entity.type : undefined;
  return type === 'NORP' || type === 'MISC';
}

/** Prepositions opening an adjunct of place, occasion or time between a subject and its cue. */
const ADJUNCT_PREPOSITIONS = new Set(['in', 'at', 'during']);

/** Who speaks before an adjunct of where or when: a person or a body named. */
const SPEAKING_TYPES = new Set(['PERSON', 'ORG']);

/** How far back (tokens) from the phrase before the cue a person may stand before an adjunct. */
const MAX_ADJUNCT = 12;
/** …and between a participle after a name and the cue ("speaking at the White House ahead of …"). */
const MAX_PARTICIPLE_ADJUNCT = 16;

/** Words of a participle's adjunct: noun phrases, prepositions, and adverbs that lead them ("ahead of"). */
const PARTICIPLE_ADJUNCT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'ADV', 'PART']);

/**
 * The person named right before a present participle whose adjunct the phrase at token `s` ends:
 * "U.S. President George W Bush | speaking at the White House ahead of an emergency closed session of
 * the UN Security Council | called …", "Bush | speaking at the White House | said". With no comma
 * before it the participle still opens an adjunct (a name and an -ing form make no finite clause);
 * not a name that is itself an object ("Reporters questioning Bush …"). Null when there is none.
 */
function personBeforeParticiple(doc: ArticleDocument, s: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  for (let x = s - 1; x > lo && s - x <= MAX_PARTICIPLE_ADJUNCT; x--) {
    const t = toks[x];
    if (t.pos === 'VERB' && /\p{Ll}ing$/u.test(t.text) && x < s - 1) {
      const hit = doc.entityAt(toks[x - 1].start);
      if (hit?.entity.type !== 'PERSON' || hit.mention.kind !== 'name' || hit.mention.end !== toks[x - 1].end)
        return null;
      const a = phraseStartBefore(toks, x, lo);
      const object = a - 1 >= lo && (toks[a - 1].pos === 'ADP' || toks[a - 1].pos === 'VERB');
      return a < x && !object ? phrase(doc, a, x) : null;
    }
    // (a participle inside the adjunct's noun phrase: "an emergency closed session")
    const attributive = t.pos === 'VERB' && /ed$/.test(t.lower) && toks[x + 1]?.pos === 'NOUN';
    if (isBreak(t) || !(PARTICIPLE_ADJUNCT_POS.has(t.pos) || attributive)) return null;
  }
  return null;
}

/**
 * The person named right before the adjunct that the phrase at token `s` ends or belongs to
 * ("Ahmadinejad | in a speech to 3,000 students in Tehran | said", "Donald Trump | at a rally in
 * Iowa | said"): the name's last word is followed by in, at or during, and only noun-phrase words
 * and prepositions stand between it and the cue; null when there is none.
 */
export function personBeforeAdjunct(doc: ArticleDocument, s: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  const participled = personBeforeParticiple(doc, s, lo);
  if (participled) return participled;
  for (let x = s - 1; x > lo && s - x <= MAX_ADJUNCT; x--) {
    const t = toks[x];
    if (isBreak(t) || !(phraseWordAt(toks, x) || t.pos === 'ADP')) return null;
    if (!ADJUNCT_PREPOSITIONS.has(t.lower)) continue;
    const before = toks[x - 1];
    const hit = doc.entityAt(before.start);
    // (or a body: "The Holocaust Memorial Museum in Washington said", "the U.S. Embassy in Kyiv said")
    if (hit && SPEAKING_TYPES.has(hit.entity.type) && hit.mention.kind === 'name' && hit.mention.end === before.end) {
      const a = phraseStartBefore(toks, x, lo);
      return a < x ? phrase(doc, a, x) : null;
    }
  }
  return null;
}

/** Prepositions of the agent a speaker speaks through ("through a spokesman", "via his lawyer"). */
const AGENT_PREPOSITIONS = new Set(['through', 'via']);
/** Who or what speaks for someone, as lemmas ("through his office", "via a statement", "through lawyers"). */
const AGENT_NOUNS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'representative',
  'lawyer',
  'attorney',
  'counsel',
  'office',
  'aide',
  'publicist',
  'agent',
  'statement',
  'email',
]);

/**
 * The subject before "through"/"via" when tokens [s, end) are that preposition's object, an agent:
 * "The company through a spokesman denied …", "Curiel, who through his office declined …" are the
 * company's and Curiel's, not the spokesman's or the office's.
 */
export function principalBeforeAgent(doc: ArticleDocument, s: number, end: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  const p = s - 1;
  if (p - 1 < lo || !AGENT_PREPOSITIONS.has(toks[p].lower) || !AGENT_NOUNS.has(toks[end - 1].lemma)) return null;
  const before = toks[p - 1];
  if (before.lower === 'who') return phrase(doc, p - 1, p);
  if (before.pos !== 'NOUN' && before.pos !== 'PROPN') return null;
  const a = phraseStartBefore(toks, p, lo);
  return a < p ? phrase(doc, a, p) : null;
}

/** The most tokens between a restrictive relative pronoun and the phrase read before the cue. */
const MAX_RELATIVE = 16;

/**
 * "Current and former officials who spoke with The Huffington Post said": the phrase read back
 * from the cue ends a restrictive relative clause; the noun phrase the clause modifies speaks.
 * Found by looking back from the phrase's start over the clause (a verb, no comma) to "who" or
 * "that" with a noun phrase before it.
 */
export function relativeHead(doc: ArticleDocument, s: number, lo: number, end = s + 1): Phrase | null {
  const toks = doc.tokens;
  // ("economists who favor consumption taxes agree": a plain form the tagger read as a noun right
  // after "who", with more of the phrase after it, is the clause's verb; not "the people who voters say")
  let verb =
    toks[s - 1]?.lower === 'who' &&
    toks[s].pos === 'NOUN' &&
    end - s >= 2 &&
    /^\p{Ll}+$/u.test(toks[s].text) &&
    !/s$/.test(toks[s].lower);
  for (let r = s - 1; r > lo && s - r <= MAX_RELATIVE; r--) {
    const t = toks[r];
    if (t.text === ',' || isBreak(t) || /^[.;:!?—―]$/.test(t.text)) return null;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    if (t.lower !== 'who' && t.lower !== 'that') continue;
    if (!verb) return null;
    const before = toks[r - 1];
    if (!(before.pos === 'NOUN' || before.pos === 'PROPN')) return null;
    const a = phraseStartBefore(toks, r, lo);
    return a < r ? phrase(doc, a, r) : null;
  }
  return null;
}
