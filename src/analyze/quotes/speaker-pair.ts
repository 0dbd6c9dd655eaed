// Who "they" is after a meeting. Readouts say "Secretary Blinken met today in Jerusalem with Israeli
// Minister of Defense Benjamin Gantz. They expressed their support for the ceasefire …": "they" is
// the two who met, and neither alone. The speaker is the one the sentence opens with; the other,
// the one met, spoken or talked with (or named beside the first: "Secretary Blinken and Foreign
// Minister Kuleba discussed …"), speaks with them: the quote's `with` (speaker rule
// pronoun-meeting-pair). Only the pronoun's own sentence or the one before is looked at, and only a
// person or body opening it: "Deputy Secretary Sherman met …" is a readout's subject, a clause
// inside the sentence is not.
import type { EntityRecord, Sentence, Token } from '../document.js';
import type { Mention, Span } from '../types.js';
import type { QuoteContext } from './context.js';
import { isPeopleNoun } from './people-nouns.js';
import { possessorAt, sentenceAndPrevious } from './sentence-opening.js';
import { isCalendarText } from '../nlp/closed-class.js';
import { titleHolder } from '../entities/descriptions.js';
import { bareTitleWords } from '../entities/title-words.js';

/** Verbs of meeting someone, as lemmas: with "with" after them, or the one met as their object. */
const MEETING_VERBS = new Set([
  'meet',
  'speak',
  'talk',
  'confer',
  'host',
  'welcome',
  'receive',
  'call',
  'join',
  // "The Secretary thanked the Foreign Minister for …, and they discussed …": a readout's first line
  'thank',
  'congratulate',
]);
/** Of those, the verbs of thanks, whose object may be a country rather than the one met. */
const THANKING = new Set(['thank', 'congratulate']);
/** Of those, the verbs whose partner comes after "with" only ("spoke with", "talked with"). */
const WITH_ONLY = new Set(['speak', 'talk', 'confer']);
/** Verbs whose object names the meeting ("held a meeting with", "had a call with"). */
const HOLDING_VERBS = new Set(['hold', 'have']);
/** Nouns of a meeting, as lemmas; the partner follows "with". */
const MEETING_NOUNS = new Set(['meeting', 'call', 'conversation', 'talk', 'discussion', 'videoconference']);
/** How many determiners and adjectives may stand before the meeting's noun ("a productive bilateral meeting"). */
const MEETING_NOUN_WINDOW = 4;
/** Prepositions before a place or a time, not a partner ("met today in Jerusalem with …"). */
const NOT_PARTNER = new Set(['in', 'at', 'on', 'during', 'from', 'to', 'for', 'of', 'about', 'after', 'before']);
/** How many tokens after the verb the partner may start (a time and a place may stand between). */
const PARTNER_WINDOW = 12;
const PARTNERS = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
/** Parts of speech of the words before the head of a phrase of people ("his E3 counterparts"). */
const PHRASE_OPENERS = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'PROPN']);
/** How many such words may stand before the head ("his three European counterparts"). */
const MAX_PEOPLE_MODIFIERS = 4;
/** How far into its sentence the subject may start, past its title ("Deputy Secretary of State Wendy R. Sherman"). */
const OPENING_WINDOW = 10;
/** How many sentences opening with one of the pair "They" looks back past to the meeting. */
const MAX_MEMBER_OPENINGS = 2;
/** How many sentences opening with "They" a pair goes on through after its meeting. */
const MAX_THEY_CHAIN = 3;
/** How many tokens a title may run between a country and its holder ("Israeli … Benjamin Gantz"). */
const TITLE_SPAN = 12;
/** How many words a bare title after "and" may have ("Deputy Foreign Minister"). */
const MAX_TITLE_WORDS = 3;
/** Lower-case words inside a title before its holder. */
const TITLE_GLUE = new Set(['of', 'the', 'and', 'for', '-', '.']);

/** An entity and the mention of it a rule rests on. */
export interface Named {
  entity: EntityRecord;
  mention: Mention;
}

/** Whom the first met where no entity holds them: the phrase naming them ("his E3 counterparts"). */
export interface UnnamedPartner {
  entity: null;
  mention: Span;
}

export interface MeetingPair {
  first: EntityRecord;
  other: Named | UnnamedPartner;
}

/**
 * The pair who met, for "they" at `head`: read from the head's own sentence, else the one before.
 * With `back` > 1 ("the two also discussed …", which can only mean a pair), from the nearest meeting
 * sentence up to that many sentences back in the paragraph: "Deputy Secretary Sherman met with
 * Deputy Foreign Minister Morgan. Deputy Secretary Sherman reiterated …. The two also discussed …".
 */
export function meetingPair(ctx: QuoteContext, head: Span, back = 1): MeetingPair | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const k = doc.tokenIndexAt(head.start);
  const pair = sentenceAndPrevious(ctx, head.start);
  if (!pair) return null;
  const sentences: Sentence[] = [pair[0]];
  // (a sentence between that opens with "They" too goes on with the same pair: "… met with X. They
  // discussed …. They affirmed …"; so does one opening with "The two" or "Both")
  let budget = back;
  // (and, for "They" opening its sentence, one whose subject is one of the pair, in the paragraph:
  // "Secretary Blinken met … with Foreign Minister Lapid. Secretary Blinken underscored …. They also
  // spoke of …"; checked once the pair is read)
  let memberOpenings = 0;
  for (let prev = pair[1]; prev && sentences.length <= budget;) {
    if (back > 1 && ctx.paragraphOf(prev.start) !== ctx.paragraphOf(pair[0].start)) break;
    sentences.push(prev);
    if (back === 1 && opensWithThey(prev) && budget < MAX_THEY_CHAIN) budget++;
    else if (
      back === 1 &&
      k === pair[0].firstToken &&
      memberOpenings < MAX_MEMBER_OPENINGS &&
      ctx.paragraphOf(prev.start) === ctx.paragraphOf(pair[0].start) &&
      openingSubject(ctx, prev.firstToken, prev.endToken)?.entity.type === 'PERSON'
    ) {
      memberOpenings++;
      budget++;
    }
    const before = prev.firstToken > 0 ? toks[prev.firstToken - 1] : undefined;
    const next = before ? doc.sentenceAt(before.start) : undefined;
    prev = next && next !== prev ? next : undefined;
  }
  const entityAt = doc.entityFinder();
  /** Subjects of the sentences passed over that opened with a person, each to be one of the pair. */
  const members: EntityRecord[] = [];
  for (const s of sentences) {
    const end = s === sentences[0] ? k : s.endToken;
    const found = pairIn(s, end);
    if (found) return members.every((m) => m === found.first || m === found.other.entity) ? found : null;
    // for "they", the subject opening its own sentence decides, else the one before ("They discussed
    // …" opens its own sentence)
    if (back === 1 && s !== sentences[0] && opensWithThey(s)) continue;
    const opening = back === 1 ? openingSubject(ctx, s.firstToken, end) : null;
    if (s !== sentences[0] && opening?.entity.type === 'PERSON' && members.length < memberOpenings) {
      members.push(opening.entity);
      continue;
    }
    if (back === 1 && (s !== sentences[0] || opening)) return null;
  }
  return null;

  /** Whether the sentence opens with the pair's pronoun, or names them as "The two" or "Both". */
  function opensWithThey(s: Sentence): boolean {
    const first = toks[s.firstToken]?.lower;
    return first === 'they' || first === 'both' || (first === 'the' && toks[s.firstToken + 1]?.lower === 'two');
  }

  /** The pair a meeting sentence names before token `end`, else null. */
  function pairIn(s: Sentence, end: number): MeetingPair | null {
    const opening = openingSubject(ctx, s.firstToken, end);
    if (!opening) return null;
    const first = opening.entity;
    if (!PARTNERS.has(first.type)) return null;
    let j = doc.tokenIndexAt(opening.mention.end - 1) + 1;
    // (the comma closing an apposition: "…, Bujar Osmani, and …")
    if (toks[j]?.text === ',' && toks[j + 1]?.lower === 'and') j++;
    // "Secretary Blinken and Foreign Minister Kuleba discussed …"
    if (toks[j]?.lower === 'and') {
      const other = partnerFrom(j + 1, Math.min(end, j + 6), first, true) ?? titledPartner(ctx, j + 1, end, first);
      return other ? { first, other } : null;
    }
    // the sentence's verb of meeting, then its partner
    // ("had a very good call with …": wink may tag the verb of holding an auxiliary)
    const holdingAux = (x: number) =>
      toks[x].pos === 'AUX' && HOLDING_VERBS.has(toks[x].lemma) && meetingNounAfter(x + 1, end) >= 0;
    for (; j < end && toks[j].pos !== 'VERB' && !holdingAux(j); j++);
    if (j >= end) return null;
    // "… will travel to Germany, where he will meet with Chancellor Angela Merkel …": a clause of the
    // subject's own pronoun further on names the meeting
    if (!MEETING_VERBS.has(toks[j].lemma) && !HOLDING_VERBS.has(toks[j].lemma)) {
      const later = pronounMeetingAfter(j + 1, end);
      if (later >= 0) j = later;
    }
    // "held a virtual meeting with …", "had a call with …": the meeting named as the verb's object
    const meetingNoun = HOLDING_VERBS.has(toks[j].lemma) ? meetingNounAfter(j + 1, end) : -1;
    if (meetingNoun >= 0) j = meetingNoun;
    else if (!MEETING_VERBS.has(toks[j].lemma)) return null;
    const withOnly = meetingNoun >= 0 || WITH_ONLY.has(toks[j].lemma);
    const stop = Math.min(end, j + 1 + PARTNER_WINDOW);
    for (let x = j + 1; x < stop; x++) {
      const t = toks[x];
      if (/^[.;:!?]$/.test(t.text)) return null;
      if (t.lower === 'with') {
        const other = partnerFrom(x + 1, stop, first, false) ?? peoplePhrase(x + 1, stop);
        return other ? { first, other } : null;
      }
      // "hosted Foreign Minister Kuleba", "met Prime Minister Kishida": the one met as the object
      if (!withOnly && x === j + 1 && t.pos !== 'ADP' && t.pos !== 'ADV' && !NOT_PARTNER.has(t.lower)) {
        const other = partnerFrom(x, stop, first, true);
        // (a country thanked is no one met: "The Secretary thanked Greece for its steadfast support"
        // after the call with its prime minister; the call before names the pair)
        if (other && THANKING.has(toks[j].lemma) && other.entity?.type === 'GPE') return null;
        if (other) return { first, other };
      }
    }
    return null;
  }

  /**
   * The verb of meeting after `from` whose subject is "he" or "she" (auxiliaries and adverbs between:
   * "where he will meet with"), before `to`; else -1.
   */
  function pronounMeetingAfter(from: number, to: number): number {
    for (let x = from; x < to; x++) {
      if (/^[.;:!?]$/.test(toks[x].text)) return -1;
      if (toks[x].pos !== 'VERB' || !MEETING_VERBS.has(toks[x].lemma)) continue;
      let p = x - 1;
      while (p > from && (toks[p].pos === 'AUX' || toks[p].pos === 'ADV' || toks[p].pos === 'PART')) p--;
      if (toks[p].lower === 'he' || toks[p].lower === 'she') return x;
    }
    return -1;
  }

  /**
   * People named by their kind, not their name, from token `from`: a determiner or possessive, its
   * modifiers, then a plural noun for people ("his E3 counterparts", "Gulf leaders"); else null.
   */
  function peoplePhrase(from: number, to: number): UnnamedPartner | null {
    let x = from;
    while (x < to && x - from < MAX_PEOPLE_MODIFIERS && PHRASE_OPENERS.has(toks[x].pos)) x++;
    if (x >= to || !isPeopleNoun(toks[x]) || toks[x + 1]?.pos === 'NOUN' || toks[x + 1]?.pos === 'PROPN') return null;
    if (entityAt(toks[from].start)) return null;
    return { entity: null, mention: { start: toks[from].start, end: toks[x].end } };
  }

  /** The token of a meeting's noun opening the object after a verb of holding ("a virtual meeting"), else -1. */
  function meetingNounAfter(from: number, to: number): number {
    for (let x = from; x < Math.min(to, from + MEETING_NOUN_WINDOW); x++) {
      if (MEETING_NOUNS.has(toks[x].lemma)) return x;
      // ("a very good call": an adverb may grade the adjective)
      if (!['DET', 'ADJ', 'NUM', 'ADV'].includes(toks[x].pos)) return -1;
    }
    return -1;
  }

  /**
   * The first person or body named from token `from` (a title and its holder count as one), not the
   * first; within the noun phrase (`phraseOnly`: no preposition between, "received a letter from …").
   */
  function partnerFrom(from: number, to: number, first: EntityRecord, phraseOnly: boolean): Named | null {
    for (let x = from; x < to; x++) {
      const t = toks[x];
      if (/^[.;:!?,]$/.test(t.text) && x > from) return null;
      if (phraseOnly && (t.pos === 'ADP' || t.pos === 'VERB')) return null;
      const hit = entityAt(t.start);
      if (!hit || hit.mention.kind === 'pronoun') continue;
      if (hit.entity === first) return null;
      // (a people's adjective the recogniser read as another kind of name is one too: "Ivoirian Prime
      // Minister Patrick Achi")
      if (!PARTNERS.has(hit.entity.type) && hit.entity.type !== 'MISC') return null;
      // (a country before its official's title is the official's: "Israeli … Benjamin Gantz")
      if (hit.entity.type !== 'PERSON') {
        // (from the name's end: "Holy See Secretary of State Cardinal Pietro Parolin")
        const after = Math.max(x + 1, doc.tokenIndexAt(hit.mention.end - 1) + 1);
        const person = personAfter(ctx, after, Math.min(toks.length, after + TITLE_SPAN));
        if (person && person.entity !== first) return person;
        if (hit.entity.type === 'MISC') return null;
      }
      return hit;
    }
    return null;
  }
}

/**
 * "The Secretary and Foreign Minister discussed …": a bare title after "and" (its article shared
 * with the first) is its holder named most recently before, not the first (a nominal mention of
 * the holder at the title's words, rule `title-reference`); else null.
 */
export function titledPartner(ctx: QuoteContext, from: number, end: number, first: EntityRecord): Named | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  let a = from;
  if (toks[a]?.lower === 'the') a++;
  const spanStart = a;
  // (past an adjective of the title's own: "The Secretary and interim Prime Minister also emphasized …")
  while (a < end && toks[a].pos === 'ADJ' && /^\p{Ll}/u.test(toks[a].text) && /^\p{Lu}/u.test(toks[a + 1]?.text ?? ''))
    a++;
  let b = a;
  while (b < end && b - a < MAX_TITLE_WORDS && /^\p{Lu}/u.test(toks[b].text) && toks[b].pos !== 'VERB') b++;
  // (the pair's verb after it, past an adverb: "… and Foreign Minister also discussed")
  let v = b;
  while (v < end && toks[v].pos === 'ADV') v++;
  if (b === a || toks[v]?.pos !== 'VERB') return null;
  // (a title with its holder's name: "The Deputy Secretary and Minister Cleverly also discussed …",
  // where the tagger reads the name as an adverb)
  const named = doc.entityAt(toks[b - 1].start);
  if (named?.entity.type === 'PERSON' && named.mention.kind === 'name' && named.entity !== first)
    return { entity: named.entity, mention: named.mention };
  const span = { start: toks[spanStart].start, end: toks[b - 1].end };
  const words = bareTitleWords(doc.slice({ start: toks[a].start, end: span.end }));
  const holder = words ? titleHolder(doc, words, toks[from].start) : undefined;
  if (!holder || holder === first) return null;
  return { entity: holder, mention: { ...span, text: doc.slice(span), kind: 'nominal', rule: 'title-reference' } };
}

/**
 * The person or body a sentence opens with, past its title ("Secretary of State Antony J.
 * Blinken", "U.S. Ambassador Linda Thomas-Greenfield": the country is the title's, the person the
 * subject); null when the sentence opens with anything else.
 */
function openingSubject(ctx: QuoteContext, from: number, to: number): Named | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const entityAt = doc.entityFinder();
  from = afterFrontedAdjunct(toks, afterOpeningDate(toks, afterTurnLabel(toks, from, to), to), to);
  for (let x = from; x < Math.min(to, from + OPENING_WINDOW); x++) {
    const t = toks[x];
    if (ctx.isQuoted(t.start)) return null;
    const hit = entityAt(t.start);
    if (hit && hit.mention.kind !== 'pronoun') {
      // "North Macedonia’s Foreign Minister, Bujar Osmani, and …": a country's possessive before a
      // title is the title's, the holder after it the subject
      if (possessorAt(doc.text, hit.mention.end))
        return hit.entity.type === 'PERSON'
          ? null
          : (titleHolderAfter(ctx, doc.tokenIndexAt(hit.mention.end - 1) + 2, to) ?? possessedBody(ctx, hit.mention));
      if (hit.entity.type !== 'PERSON') return personAfter(ctx, x + 1, to) ?? hit;
      return hit;
    }
    // only a title's words stand before the subject: capitalised words, "of", "the", "and"
    if (!/^\p{Lu}/u.test(t.text) && !TITLE_GLUE.has(t.lower)) return null;
  }
  return null;
}

/**
 * "Sudan's army and the paramilitary Rapid Support Forces …": the country's body its possessive
 * opens (a description the entity layer read, "Sudan's army"), where no titled person follows.
 */
function possessedBody(ctx: QuoteContext, possessor: Mention): Named | null {
  for (const entity of ctx.doc.entities) {
    if (entity.type !== 'ORG') continue;
    for (const mention of entity.mentions)
      if (mention.start === possessor.start && mention.end > possessor.end && mention.kind === 'nominal')
        return { entity, mention };
  }
  return null;
}

/** How many tokens a transcript's turn label may have ("MR. RESTREPO:", "SECRETARY BLINKEN:"). */
const MAX_LABEL = 5;

/** The token after a transcript's label in capitals opening the sentence at `from`, else `from`. */
function afterTurnLabel(toks: readonly Token[], from: number, to: number): number {
  for (let x = from; x < Math.min(to, from + MAX_LABEL); x++) {
    if (toks[x].text === ':') return x > from ? x + 1 : from;
    if (!/^[\p{Lu}.'’-]+$/u.test(toks[x].text)) return from;
  }
  return from;
}

/** Words of a date set off before a readout's subject besides calendar words: "On April 4,", "This morning,". */
const DATE_WORD =
  /^(?:on|this|morning|afternoon|evening|tonight|\d{1,4}(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?)$/;
/** How many words such a date may have. */
const MAX_DATE_WORDS = 4;

/** The token after a date and its comma opening the sentence at `from` ("Today, Deputy Secretary …"), else `from`. */
function afterOpeningDate(toks: readonly Token[], from: number, to: number): number {
  let x = from;
  while (x < to && x - from < MAX_DATE_WORDS && (isCalendarText(toks[x].text) || DATE_WORD.test(toks[x].lower))) x++;
  return x > from && toks[x]?.text === ',' ? x + 1 : from;
}

/** Most tokens of an adjunct fronted before a readout's subject ("Then with the Egyptian meeting,"). */
const MAX_ADJUNCT = 8;
/** Parts of speech a fronted adjunct opens with: an adverb, a preposition, a conjunction. */
const ADJUNCT_OPENERS = new Set(['ADV', 'ADP', 'SCONJ', 'CCONJ']);

/**
 * The token after an adjunct fronted with its comma ("Then with the Egyptian meeting, President Obama
 * and President SiSi had …", "On Libya, they …"), else `from`: it opens with an adverb, a preposition
 * or a conjunction and holds no verb.
 */
function afterFrontedAdjunct(toks: readonly Token[], from: number, to: number): number {
  // ("But the United Kingdom, Germany and Ireland say …": a conjunction opens the sentence, not an
  // adjunct; one may follow it: "And on Libya, they …")
  if (toks[from]?.pos === 'CCONJ' && from + 1 < to) return afterFrontedAdjunct(toks, from + 1, to);
  if (!ADJUNCT_OPENERS.has(toks[from]?.pos ?? '')) return from;
  for (let x = from + 1; x < Math.min(to, from + MAX_ADJUNCT); x++) {
    if (toks[x].text === ',') return x + 1;
    if (toks[x].pos === 'VERB' || toks[x].pos === 'AUX' || /^[.;:!?]$/.test(toks[x].text)) return from;
  }
  return from;
}

/** Courtesy titles that may stand before a name in apposition. */
const COURTESY = /^(?:Dr|Mr|Mrs|Ms|Prof)\.?$/;

/**
 * The person a title from token `from` names, its words capitalised or title glue up to the name
 * or to a comma and the name ("Foreign Minister, Bujar Osmani"), else null.
 */
function titleHolderAfter(ctx: QuoteContext, from: number, to: number): Named | null {
  const toks = ctx.doc.tokens;
  for (let x = from; x < to && x - from < TITLE_SPAN; x++) {
    const t = toks[x];
    if (t.text === ',') return x > from ? personAfter(ctx, x, to) : null;
    if (!/^\p{Lu}/u.test(t.text) && !TITLE_GLUE.has(t.lower)) return null;
    const hit = ctx.doc.entityAt(t.start);
    if (hit && hit.entity.type === 'PERSON' && hit.mention.kind === 'name') return hit;
  }
  return null;
}

/**
 * A person named within the same noun phrase after token `from` (no verb between), or set off by a
 * comma right after it ("Foreign Minister of Qatar, Mohammed bin Abdulrahman Al Thani").
 */
function personAfter(ctx: QuoteContext, from: number, to: number): Named | null {
  const toks = ctx.doc.tokens;
  const entityAt = ctx.doc.entityFinder();
  for (let x = from; x < to; x++) {
    const t = toks[x];
    if (t.text === ',') {
      // (past a courtesy title: ", Dr. Karen Donfried")
      const n = COURTESY.test(toks[x + 1]?.text ?? '') ? x + 2 : x + 1;
      const hit = n < to ? entityAt(toks[n].start) : undefined;
      return hit && hit.entity.type === 'PERSON' && hit.mention.kind === 'name' ? hit : null;
    }
    if (t.pos === 'VERB' || /^[.;:!?]$/.test(t.text)) return null;
    const hit = entityAt(t.start);
    if (hit && hit.entity.type === 'PERSON' && hit.mention.kind !== 'pronoun') return hit;
  }
  return null;
}

/** Coordinated subjects before the head: the first, and those between it and the "and" before the head. */
export interface Coordination {
  first: Named;
  /** "Obama, Merkel and Hollande said": Merkel (the head, Hollande, is the last). */
  middle: Named[];
}

/**
 * "Secretary Blinken and President Macron agreed …": the first of coordinated subjects, when
 * the speaker phrase (tokens `first` to the head at `head`) holds or follows "and" after a person or
 * body that opens the sentence, or that opens a clause of its own after a fronted clause or adjunct
 * ("While the U.S. has …, both Moscow and Pyongyang have … denied") or after an abbreviation the
 * sentence splitter ran past. The head found is then the one who speaks with them.
 */
export function coordinatedFirst(ctx: QuoteContext, first: number, head: number): Coordination | null {
  const toks = ctx.doc.tokens;
  let and = -1;
  for (let x = Math.max(1, first - 1); x < head; x++) if (toks[x].lower === 'and') and = x;
  if (and < 1) return null;
  const s = ctx.doc.sentenceAt(toks[and].start);
  if (!s) return null;
  const opening = openingSubject(ctx, s.firstToken, and);
  if (opening && PARTNERS.has(opening.entity.type)) {
    // ("Obama, Merkel and Hollande said …": a list, each named after a comma)
    const end = ctx.doc.tokenIndexAt(opening.mention.end - 1) + 1;
    // (only names make a list: "Both the Pakistani prime minister, Shaukat Aziz and …" is an apposition)
    const middle = end === and ? [] : opening.mention.kind === 'name' ? listedBetween(ctx, end, and) : null;
    if (middle) return { first: opening, middle };
  }
  // (or the first conjunct opens a clause of its own after a fronted clause or adjunct, or after an
  // abbreviation that ended a sentence the splitter ran on; not "Today's discussion with NATO, the EU
  // and the G7 affirmed", which coordinates inside its subject's modifier)
  const conjunct = conjunctBefore(ctx, and, s.firstToken);
  if (!conjunct) return null;
  const lead = PAIR_DETERMINERS.has(toks[conjunct.first - 1]?.lower ?? '') ? conjunct.first - 1 : conjunct.first;
  return closesFrontedOpening(toks, s.firstToken, lead) || afterFinalAbbreviation(toks, lead)
    ? { first: conjunct.named, middle: [] }
    : null;
}

/**
 * The named between a list's first conjunct (ending before token `from`) and its "and" at `and`:
 * none when "and" comes next ("X and Y", "X, and Y"), else each after a comma, past its capitalised
 * title words ("Obama, Chancellor Merkel, and Hollande"); null when anything else stands between
 * ("Obama, the president, and …", "Smith, 45, and …").
 */
function listedBetween(ctx: QuoteContext, from: number, and: number): Named[] | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const entityAt = doc.entityFinder();
  const middle: Named[] = [];
  let x = from;
  while (x < and) {
    if (toks[x].text !== ',') return null;
    x++;
    if (x === and) break;
    for (let n = 0; n < MAX_CONJUNCT_TITLE && x < and && /^\p{Lu}\p{Ll}/u.test(toks[x].text); n++) {
      const hit = entityAt(toks[x].start);
      if (hit) break;
      x++;
    }
    const hit = x < and ? entityAt(toks[x].start) : undefined;
    if (!hit || hit.mention.kind !== 'name' || !PARTNERS.has(hit.entity.type)) return null;
    middle.push(hit);
    x = doc.tokenIndexAt(hit.mention.end - 1) + 1;
  }
  return x === and ? middle : null;
}

/**
 * The first of two named right after an inverted cue ("…," said Jonathan Wolpaw and Dennis
 * McFarlane): the named person or body between the cue at `cue` and the "and" before the head at
 * `head`, whose phrase opens right after the cue; else null.
 */
export function invertedCoordinatedFirst(ctx: QuoteContext, cue: number, head: number): Coordination | null {
  const toks = ctx.doc.tokens;
  let and = -1;
  for (let x = cue + 1; x < head; x++) if (toks[x].lower === 'and') and = x;
  if (and < 0) return null;
  const conjunct = conjunctBefore(ctx, and, cue);
  if (!conjunct || conjunct.first !== cue + 1) return null;
  // (a name of one word only, and no fuller one elsewhere, may be a title's first word: "said
  // Economic and Fiscal Policy Minister Heizo Takenaka")
  const fuller = conjunct.named.entity.mentions.some((m) => m.kind === 'name' && /\s/.test(m.text.trim()));
  return fuller ? { first: conjunct.named, middle: [] } : null;
}

/** Words opening a coordination of two: "both Moscow and Pyongyang", "either …". */
const PAIR_DETERMINERS = new Set(['both', 'either', 'neither']);
/** The most title words before the first conjunct's name ("Deputy Secretary" Sherman). */
const MAX_CONJUNCT_TITLE = 4;

/**
 * The named person or body right before "and" at `and`, and the token its phrase opens at (its name,
 * after any capitalised title words: "Deputy Secretary Sherman and …").
 */
function conjunctBefore(ctx: QuoteContext, and: number, from: number): { named: Named; first: number } | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  if (and - 1 <= from) return null;
  const hit = doc.entityFinder()(toks[and - 1].start);
  if (!hit || hit.mention.kind !== 'name' || !PARTNERS.has(hit.entity.type)) return null;
  if (doc.tokenIndexAt(hit.mention.end - 1) !== and - 1) return null;
  let first = doc.tokenIndexAt(hit.mention.start);
  for (let n = 0; n < MAX_CONJUNCT_TITLE && first - 1 > from; n++) {
    const t = toks[first - 1];
    if (!/^\p{Lu}\p{Ll}/u.test(t.text) || t.text.endsWith('.')) break;
    first--;
  }
  return { named: hit, first };
}

/**
 * Whether token `at`, capitalised, follows an abbreviation's period the sentence splitter did not end
 * the sentence at ("… today in Washington, D.C. Deputy Secretary Sherman and Commissioner Borges
 * emphasized …"): it opens a sentence of its own.
 */
function afterFinalAbbreviation(toks: readonly Token[], at: number): boolean {
  const before = toks[at - 1];
  return !!before && before.text.length > 1 && before.text.endsWith('.') && /^\p{Lu}/u.test(toks[at]?.text ?? '');
}

/**
 * Whether token `at` comes right after the one comma that closes a clause or adjunct opening the
 * sentence at `start` with a subordinator or a preposition ("While the U.S. has …,", "With regards to
 * the transfer of OPCON,").
 */
function closesFrontedOpening(toks: readonly Token[], start: number, at: number): boolean {
  if (at <= start + 1 || toks[at - 1].text !== ',') return false;
  if (toks[start].pos !== 'SCONJ' && toks[start].pos !== 'ADP') return false;
  for (let x = start; x < at - 1; x++) if (toks[x].text === ',') return false;
  return true;
}
