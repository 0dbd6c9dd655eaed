// The event component: for each sentence, triggers → dyad → status → time, then denials attach to
// the events they deny. An event with no actor on either side is not kept, nor a lone event noun or an
// agentless passive with one side only.
import type { ArticleDocument, Sentence, Token } from '../document.js';
import type { Component } from '../pipeline.js';
import type { ActorRef, Event, Quote } from '../types.js';
import { NO_COUNTRY } from './generic-actors.js';
import {
  actorMentions,
  sectorMentions,
  findDyad,
  possessorOfNoun,
  toRef,
  uncodedMentions,
  indexMentions,
  isPlace,
  THEY_ONE,
  isPersonRef,
  type ActorMention,
  type Dyad,
  type MentionIndex,
} from './actors.js';
import { anchorTime, sentenceTimes } from './anchor-time.js';
import { clauseAround, clauseStarts, isPunct } from './clauses.js';
import { applyDenial, findDenials, type Denial } from './denial.js';
import { eventLexicon, type EventLexicon } from './lexicon.js';
import { decideStatus, findAccordingTo } from './status.js';
import { findTriggers, MEETING_CODES, VISIT_CODE, type TriggerMatch } from './triggers.js';
import { findObligations } from './obligation.js';
import { participleBeforeNoun } from '../nlp/attributive.js';
import { recode } from './recode.js';
import { ownEvents } from './adjuncts.js';
import { sidesOfAct } from './place-of-act.js';
import { accusations, chargeAccusations, findClaims } from './accusation.js';
import { fillImplicit, findWars, OUTWARD_CODES, type WarPairs } from './implicit-actors.js';

const JOINT_TYPES = new Set(['CONSULT', 'COOPERATE', 'AGREE']);
/** CAMEO's "sign formal agreement": an act of the parties together, whatever its PLOVER type. */
const SIGN_AGREEMENT = '057';
/** Words a meeting's trigger opens with, whose place after "in" or "at" is where it is held. */
const MEETING_LEMMAS = new Set(['meet', 'meeting', 'hold', 'have', 'summit', 'conference', 'talk', 'talks']);

/** The quote whose content covers an offset (quotes are few: a scan is enough). */
function quoteFinder(quotes: Quote[]): (offset: number) => Quote | undefined {
  return (offset) =>
    quotes.find((q) =>
      q.parts?.length ? q.parts.some((p) => p.start <= offset && offset < p.end) : q.start <= offset && offset < q.end,
    );
}

function speakerThreat(
  doc: ArticleDocument,
  quote: Quote | undefined,
  mentions: ActorMention[],
  m: TriggerMatch,
  from: number,
) {
  // "they will pay a price": the speaker threatens the clause's subject (the nearest actor before it)
  const speaker = quote?.speaker?.entity ? doc.entityById(quote.speaker.entity) : undefined;
  const code = speaker ? speaker.actor || speaker.country : null;
  const subject = mentions
    .filter((x) => x.last < m.first && x.first >= from - 20 && x.entity?.id !== speaker?.id)
    .pop();
  if (!speaker || !code || !subject) return null;
  return {
    source: [{ entity: speaker.id, actor: code, name: speaker.name }],
    target: [{ entity: subject.entity?.id ?? null, actor: subject.actor, name: subject.name }],
    rule: 'speaker-threat',
  };
}

/** Words of a bare courtesy after "thank" ("Thank you very much, all, again."). */
const COURTESY_WORDS = new Set(['you', 'very', 'much', 'so', 'all', 'again', 'everyone', 'everybody', 'both']);

/** Whether tokens [from, end) hold only a courtesy's words and punctuation. */
const courtesyOnly = (tokens: Token[], from: number, end: number): boolean =>
  tokens.slice(from, end).every((t) => isPunct(t) || COURTESY_WORDS.has(t.lower));

/** The most words of a title before a name addressed. */
const MAX_ADDRESS_TITLE = 4;

/**
 * "Thank you, Tony, for hosting us", "Foreign Minister Ebrard, Foreign Minister Joly, thank you for
 * joining us": a "thank" with no subject of its own in a direct quotation is its speaker's, and the
 * people the sentence addresses, set off by commas, are thanked (none named: the speaker's alone).
 */
function speakerThanks(
  doc: ArticleDocument,
  quote: Quote | undefined,
  mentions: ActorMention[],
  m: TriggerMatch,
  s: Sentence,
) {
  const tokens = doc.tokens;
  const speaker = quote?.kind === 'direct' && quote.speaker?.entity ? doc.entityById(quote.speaker.entity) : undefined;
  if (!speaker) return null;
  let k = m.first - 1;
  while (k >= s.firstToken && (tokens[k].pos === 'ADV' || tokens[k].pos === 'CCONJ')) k--;
  if (k >= s.firstToken && !isPunct(tokens[k])) return null;
  const setOff = (t: Token | undefined) => !t || t.sentence !== tokens[m.first].sentence || isPunct(t);
  // (past the title before the name: "Foreign Minister Ebrard, …")
  const before = (x: ActorMention) => {
    let j = x.first - 1;
    while (j >= s.firstToken && x.first - j <= MAX_ADDRESS_TITLE && /^\p{Lu}/u.test(tokens[j].text)) j--;
    return tokens[j];
  };
  const addressed = mentions.filter(
    (x) => x.entity?.type === 'PERSON' && x.entity.id !== speaker.id && setOff(before(x)) && setOff(tokens[x.last + 1]),
  );
  // ("MR. BLINKEN: Thank you." after a question: a courtesy that thanks no one named for nothing said)
  if (!addressed.length && courtesyOnly(tokens, m.last + 1, s.endToken)) return null;
  return {
    source: [{ entity: speaker.id, actor: speaker.actor || speaker.country, name: speaker.name }],
    target: addressed.map(toRef),
    rule: 'speaker-thanks',
  };
}

/**
 * A side the named actors leave empty, read again with the sentence's sector nouns ("The government
 * expressed appreciation for China's assistance" → `---GOV`): PETRARCH codes such a side by its sector.
 */
function fillGeneric(
  dyad: Dyad,
  mentions: ActorMention[],
  generic: ActorMention[],
  again: (all: ActorMention[]) => Dyad,
): string {
  if (!generic.length || (dyad.source.length && dyad.target.length)) return '';
  const all = [...mentions, ...generic].sort((a, b) => a.first - b.first);
  const wider = again(all);
  const onlyGeneric = (side: Dyad['source']) =>
    side.length > 0 && side.every((a) => generic.some((g) => g.actor === a.actor && g.name === a.name));
  let rule = '';
  if (!dyad.source.length && onlyGeneric(wider.source)) {
    dyad.source = wider.source;
    rule += '+sector-source';
  }
  if (!dyad.target.length && onlyGeneric(wider.target)) {
    dyad.target = wider.target;
    rule += '+sector-target';
  }
  return rule;
}

const isGenericRef = (a: ActorRef) => (a.actor ?? '').startsWith(NO_COUNTRY);

/** Prepositions that tie a sector noun to its place ("a court in Moscow", "police of Kabul"). */
const SECTOR_PLACE_LINKS = new Set(['in', 'of', 'from']);

/**
 * "A court in Moscow banned …", "Security forces in Guinea have tortured …": the place named inside a
 * sector noun's subject phrase says where the actor is; the sector noun with that country is the actor
 * (RUSJUD, genericMentions), not the place (rule `+sector-of-place`).
 */
function placeOfSectorSubject(
  tokens: Token[],
  mentions: ActorMention[],
  generic: ActorMention[],
  dyad: Dyad,
  trigger: number,
): string {
  if (dyad.source.length !== 1) return '';
  const place = mentions.find((x) => x.inPP && x.last < trigger && sameActor(dyad.source[0], x) && isPlace(x));
  if (!place) return '';
  const sector = generic.find(
    (g) =>
      !g.inPP &&
      g.last === place.first - 2 &&
      SECTOR_PLACE_LINKS.has(tokens[place.first - 1].lower) &&
      !g.actor.startsWith(NO_COUNTRY),
  );
  if (!sector) return '';
  dyad.source = [toRef(sector)];
  return '+sector-of-place';
}

/**
 * Fills what the sentence implies (implicit-actors.ts) into the dyad. A side of sector nouns only ("the
 * demonstrators") is filled as an empty one would be, and the country found joins the sector (EGY + OPP);
 * with none it keeps its `---` code.
 */
function placeImplicit(dyad: Dyad, fill: (probe: Dyad, placing: { target: boolean }) => string): string {
  const genericOnly = (side: ActorRef[]) => side.length > 0 && side.every(isGenericRef);
  const genSource = genericOnly(dyad.source) ? dyad.source : null;
  const genTarget = genericOnly(dyad.target) ? dyad.target : null;
  const probe: Dyad = { source: genSource ? [] : dyad.source, target: genTarget ? [] : dyad.target, rule: '' };
  const rule = fill(probe, { target: !!genTarget });
  const place = (side: ActorRef[], filled: ActorRef[]) => {
    const country = (filled[0]?.actor ?? '').slice(0, 3);
    return country ? side.map((a) => ({ ...a, actor: country + (a.actor ?? '').slice(NO_COUNTRY.length) })) : side;
  };
  dyad.source = genSource ? place(genSource, probe.source) : probe.source;
  dyad.target = genTarget ? place(genTarget, probe.target) : probe.target;
  return rule;
}

/** Prepositions that give an act named by a noun its target ("shelling of Kharkiv", "attacks on …"). */
const NOUN_ARGUMENT_LEADS = new Set(['of', 'on', 'against']);

/**
 * A side no coded actor filled takes the named person or body with no actor code that the same
 * subject/object reading finds there ("Antony Blinken met Sergey Lavrov": Blinken, code null).
 */
function fillUncoded(
  dyad: Dyad,
  coded: ActorMention[],
  uncoded: ActorMention[],
  read: (all: ActorMention[]) => Dyad,
  targetOnly = false,
): string {
  if (!uncoded.length) return '';
  const probe = read([...coded, ...uncoded].sort((a, b) => a.first - b.first));
  const people = new Set(uncoded.filter((m) => m.entity?.type === 'PERSON').map((m) => m.entity!.id));
  const onlyUncoded = (side: ActorRef[]) =>
    side.length > 0 && side.every((a) => !a.actor) ? side.map((a) => ({ ...a, actor: null })) : null;
  let rule = '';
  const source = dyad.source.length || targetOnly ? null : onlyUncoded(probe.source);
  const target = dyad.target.length ? null : onlyUncoded(probe.target);
  if (source) {
    dyad.source = source;
    rule += '+uncoded-source';
  }
  if (target) {
    // (a body without a code on the receiving end is more often a programme or a pact than an actor)
    dyad.target = target.filter((t) => !dyad.source.some((x) => x.entity === t.entity) && people.has(t.entity ?? ''));
    if (dyad.target.length) rule += '+uncoded-target';
  }
  return rule;
}

/**
 * "Blinken and Rau discussed … the shared commitment to Ukraine’s sovereignty": what is discussed is
 * the talk's topic, not a party to it. The target is whom "with" names after the verb ("discussed the
 * situation in Ukraine with Foreign Minister Lavrov", and those joined to them by "and"), else none:
 * a joint subject's parties then talk to each other. Runs after the fills, which read the topic too.
 */
function dropTopicTargets(
  doc: ArticleDocument,
  mentions: ActorMention[],
  dyad: Dyad,
  last: number,
  end: number,
): string {
  const tokens = doc.tokens;
  let withAt = -1;
  for (let k = last + 1; k < end && withAt < 0; k++)
    if (tokens[k].lower === 'with' && !WITH_NOUNS.has(tokens[k - 1].lemma) && !verbBefore(tokens, k, last)) withAt = k;
  const partners: ActorMention[] = [];
  if (withAt >= 0)
    for (const m of mentions) {
      if (m.first <= withAt || m.first >= end || dyad.source.some((a) => sameActor(a, m))) continue;
      const prev = partners[partners.length - 1];
      // (the first within a few words of "with"; the next after "and" or a comma and its title words,
      // not after a preposition or a verb: "with Lavrov and Polish Foreign Minister Zbigniew Rau")
      const between = prev ? tokens.slice(prev.last + 1, m.first) : [];
      const joined = prev
        ? between.some((t) => t.lower === 'and' || t.text === ',') &&
          between.every((t) => t.pos !== 'ADP' && t.pos !== 'VERB' && (t.text === ',' || !isPunct(t)))
        : m.first - withAt <= 6;
      if (!joined) break;
      partners.push(m);
    }
  // (a target with no code the fills found right after "with" stays: "discussed … with Zbigniew Rau")
  const afterWith = (a: ActorRef) => {
    if (withAt < 0 || !a.entity || a.actor) return false;
    const from = tokens[withAt].end;
    const to = tokens[Math.min(withAt + 6, end - 1)].end;
    return !!doc.entityById(a.entity)?.mentions.some((x) => x.start > from && x.start <= to);
  };
  const target = [...partners.map(toRef), ...dyad.target.filter(afterWith)];
  if (target.length === dyad.target.length && target.every((a) => dyad.target.some((b) => sameRef(a, b)))) return '';
  dyad.target = target;
  return '+topic-object';
}

/** Whether a verb is in a past form: inflected, neither a present in -s nor a gerund ("paid", "faced"). */
const pastForm = (t: Token) => t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower);

/** A possessive's mark after a name ("Russia's"). */
const POSSESSIVE_MARK = /^['’]s?$/;
/** Prepositions by which an attack's noun names whom it befalls ("invasion of", "attacks on"). */
const ATTACKED_PREPOSITIONS = new Set(['of', 'on', 'against']);
/** The preposition of a visit's destination ("the visit by … Lapid to the Kingdom of Morocco"). */
const VISITED_PREPOSITIONS = new Set(['to']);
/** The most tokens between an attack's noun and whom it befalls ("attacks on the Ukrainian people"). */
const ARGUMENT_REACH = 4;

/** Whether the target is named in the noun's own argument after token `last` (or the trigger's own "against"). */
function ownArgument(
  tokens: Token[],
  mentions: ActorMention[],
  a: ActorRef,
  last: number,
  /** The prepositions that open the act's argument: whom an attack befalls, where a visit goes ("to"). */
  prepositions: ReadonlySet<string> = ATTACKED_PREPOSITIONS,
): boolean {
  const open = prepositions.has(tokens[last].lower)
    ? last
    : prepositions.has(tokens[last + 1]?.lower ?? '')
      ? last + 1
      : -1;
  if (open < 0) return false;
  // (not the possessor opening the list's next item: "the Russian government’s war on Ukraine, Iran’s
  // destabilizing activities")
  return mentions.some(
    (x) =>
      sameActor(a, x) &&
      x.first > open &&
      x.first <= open + ARGUMENT_REACH &&
      !(x.first > open + 1 && POSSESSIVE_MARK.test(tokens[x.last + 1]?.text ?? '')),
  );
}

/** Prepositions that give a talk's topic and never its partner. */
const TOPIC_WORDS = new Set(['about', 'regarding', 'concerning']);

/**
 * "spoke today with Foreign Minister Wang Yi about Moscow's … war against Ukraine": a target named
 * only after the talk's "about" is its topic, and one named after "at" its venue, not the one talked
 * with (rule `+topic-or-venue`); the partner the sentence names without a code is then found as any other.
 */
function dropTopicAndVenue(tokens: Token[], mentions: ActorMention[], dyad: Dyad, last: number, end: number): string {
  let topicAt = -1;
  // (or the purpose the talk was held for: "Bush met with advisers during December to decide how to
  // proceed in Iraq" was no meeting with Iraq)
  for (let k = last + 1; k < end && topicAt < 0; k++)
    if (TOPIC_WORDS.has(tokens[k].lower) || (tokens[k].lower === 'to' && tokens[k + 1]?.pos === 'VERB')) topicAt = k;
  const partner = (x: ActorMention) =>
    (topicAt < 0 || x.first < topicAt) && !(atVenue(tokens, mentions, x, last) && placeOrOwnBody(x, dyad));
  return keepTargetsNamedSo(dyad, mentions, last, end, partner, '+topic-or-venue');
}

/**
 * Drops each target named after token `from` and before `end` where none of those mentions is one
 * `fits` accepts (a target not named there stays); returns `note` when any was dropped, else ''.
 */
function keepTargetsNamedSo(
  dyad: Dyad,
  mentions: ActorMention[],
  from: number,
  end: number,
  fits: (x: ActorMention) => boolean,
  note: string,
): string {
  const named = (a: ActorRef) => mentions.filter((x) => sameActor(a, x) && x.first > from && x.first < end);
  const kept = dyad.target.filter((a) => {
    const at = named(a);
    return !at.length || at.some(fits);
  });
  if (kept.length === dyad.target.length) return '';
  dyad.target = kept;
  return note;
}

/** The most tokens from a request's trigger to the "to" of the act it asks for ("urged the drug lords to"). */
const DEMANDED_ACT_REACH = 8;

/**
 * "are asking the drug lords to invest their profits in Afghanistan", "called on the rebels to lay down
 * their arms in Sudan": a request is made of whom it addresses, before the "to" of the act it asks for;
 * a name only inside that act is no party to the request. Returns the rule note, or ''.
 */
function dropDemandedActParties(
  tokens: Token[],
  mentions: ActorMention[],
  dyad: Dyad,
  m: TriggerMatch,
  end: number,
): string {
  if (!dyad.target.length) return '';
  // (the trigger may end on the "to" itself: "asking … to")
  let to = -1;
  for (let k = tokens[m.last].lower === 'to' ? m.last : m.last + 1; k < end && k <= m.last + DEMANDED_ACT_REACH; k++)
    if (tokens[k].lower === 'to' && tokens[k + 1]?.pos === 'VERB') {
      to = k;
      break;
    }
  if (to < 0) return '';
  return keepTargetsNamedSo(dyad, mentions, m.first, end, (x) => x.first < to, '+demanded-act-party');
}

/** Types of entities that are places a talk is held in (a building too: "at Camp David"). */
const VENUE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

/**
 * Whether a name after a talk's "at" is only where it was held: a place, or a state's body where no
 * source is named or it is a source's own ("Obama and Abe met at the White House", "two days of
 * meetings at the State Department and Pentagon"); not an international body ("meetings at NATO and
 * the EU" were with them).
 */
function placeOrOwnBody(x: ActorMention, dyad: Dyad): boolean {
  if (VENUE_TYPES.has(x.entity?.type ?? '')) return true;
  if (/^(?:IGO|NGO)/.test(x.actor)) return false;
  const country = x.actor.slice(0, 3);
  return !dyad.source.length || dyad.source.some((a) => (a.actor ?? '').slice(0, 3) === country);
}

/** The most names of a list a venue's "at" reaches ("at the State Department and Pentagon"). */
const VENUE_LIST = 3;

/**
 * Whether mention x names where a talk took place: after "at" (and "the") following the trigger,
 * or listed after such a name ("two days of meetings at the State Department and Pentagon").
 */
function atVenue(tokens: Token[], mentions: ActorMention[], x: ActorMention, last: number): boolean {
  let m: ActorMention | undefined = x;
  for (let hop = 0; m && hop < VENUE_LIST; hop++) {
    let k: number = m.first - 1;
    if (tokens[k]?.lower === 'the') k--;
    if (k <= last) return false;
    if (tokens[k].lower === 'at') return true;
    if (tokens[k].lower !== 'and' && tokens[k].text !== ',') return false;
    const at: number = k;
    m = mentions.filter((y) => y.last < at && y.last >= at - 1).pop();
  }
  return false;
}

/**
 * Whether a verb of the topic after the trigger at `trigger`, past its adverbs, takes the "with" at k: "the importance of working
 * (closely) with our allies" is whom the work is with, no partner in the talk.
 */
function verbBefore(tokens: Token[], k: number, trigger: number): boolean {
  let j = k - 1;
  while (j > trigger && tokens[j].pos === 'ADV') j--;
  return j > trigger && tokens[j].pos === 'VERB';
}

/** Nouns of the topic that take their own "with" ("Israel's borders with a future Palestinian state"). */
const WITH_NOUNS = new Set([
  'border',
  'relation',
  'relationship',
  'tie',
  'talk',
  'negotiation',
  'cooperation',
  'agreement',
  'deal',
  'dialogue',
  'partnership',
  'contact',
  'meeting',
  'conflict',
  'war',
  'trade',
  'dispute',
  'engagement',
  'consultation',
  'discussion',
  'coordination',
]);

const sameActor = (a: ActorRef, m: ActorMention) => a.entity === (m.entity?.id ?? null) && a.actor === m.actor;
const sameRef = (a: ActorRef, b: ActorRef) => a.entity === b.entity && a.actor === b.actor;

/** Prepositions that say what a clause is about ("concerns about …", "a statement regarding …"). */
const TOPIC_PREPOSITIONS = new Set(['about', 'regarding', 'concerning']);
/** How far back (tokens) the topic's preposition may stand before the event noun, across a list. */
const MAX_TOPIC_REACH = 30;

/**
 * The token of a topic preposition whose noun phrase (a list of them) holds the event noun at
 * `first`, with no verb between; else -1.
 */
function topicPrepositionBefore(tokens: readonly Token[], first: number, from: number): number {
  for (let k = first - 1; k >= from && first - k <= MAX_TOPIC_REACH; k--) {
    const t = tokens[k];
    if (TOPIC_PREPOSITIONS.has(t.lower)) return k;
    // (a participle before its noun is no verb of a clause: "forced labor")
    if ((t.pos === 'VERB' && !participleBeforeNoun(tokens, k)) || t.pos === 'AUX' || t.pos === 'PRON' || t.text === ';')
      return -1;
  }
  return -1;
}

/**
 * An event noun standing alone in its sentence ("a pause in the bombing") or a passive with no agent ("were
 * killed") names an act without its parties; with only one side found, even after what the sentence implies
 * (often a place or a modifier), it is a mention in the background, not an event the sentence reports.
 */
function halfDyadMention(m: TriggerMatch, dyad: Dyad): boolean {
  if (dyad.source.length && dyad.target.length) return false;
  // (a passive with its agent after "by" is as an active verb with its subject: "The treaty was signed
  // by Sudanese Vice President Ali Osman Taha" is Taha's act, whatever else the sentence names)
  return m.rule.endsWith('+sole-noun') || (dyad.rule.startsWith('passive') && !dyad.rule.startsWith('passive-agent'));
}

function eventsOfSentence(
  doc: ArticleDocument,
  s: Sentence,
  lex: EventLexicon,
  quoteAt: (o: number) => Quote | undefined,
  index: MentionIndex,
  wars: WarPairs,
  /** The events of the sentence before: a meeting there may say who "they" are. */
  previous: Event[] = [],
) {
  const tokens = doc.tokens;
  const mentions = actorMentions(doc, s, lex, quoteAt, index);
  const generic = sectorMentions(doc, s, lex, index);
  // (what the sentence implies is read from the actors it names, not from the countries a compound
  // joins: "near the Turkish-Iraqi border" names no second side of an attack in Turkey)
  const named = mentions.filter((x) => x.compoundEnd === undefined);
  const denials = findDenials(doc, s, lex, mentions);
  if (!mentions.length) return { events: [] as Event[], denials };
  const starts = clauseStarts(doc, s, lex);
  const times = sentenceTimes(doc, s);
  const according = findAccordingTo(tokens, s, mentions);
  const skip = (m: ActorMention) => !!according && m.first >= according.first && m.last <= according.last;
  // (nor, for an event inside a quotation, its speaker named outside it: "… 24 people were killed in
  // nationalist riots last March, Belgrade radio said" — the radio reports the killing, it is no side)
  // (one test per quote, its words read once: skipFor is asked for each side of each event)
  const skips = new Map<Quote, (a: ActorMention) => boolean>();
  const skipFor = (quote: Quote | undefined) => {
    if (!quote?.speaker) return skip;
    let test = skips.get(quote);
    if (!test) {
      const framing = frameSpeaker(doc, quote);
      test = (a: ActorMention) => skip(a) || framing(a);
      skips.set(quote, test);
    }
    return test;
  };
  const events: Event[] = [];
  for (const m of ownEvents(tokens, findTriggers(doc, s, lex), s)) {
    if (!m.pattern.type) continue;
    // (the sides this trigger may have: not the city an attack noun names as its place)
    const sides = sidesOfAct(doc, mentions, m);
    const sidesNamed = sides === mentions ? named : named.filter((x) => sides.includes(x));
    // "rejected the report" is a denial, not a REJECT event
    if (denials.some((d) => d.anaphoric && d.verb.i === m.first)) continue;
    const clause = clauseAround(s, starts, m.first);
    // (a meeting's trigger: "met", "held a meeting", not "discussed the situation in Belarus")
    const meeting = m.pattern.type === 'CONSULT' && MEETING_LEMMAS.has(tokens[m.first].lemma);
    const first = tokens[m.spanFirst];
    const last = tokens[m.last];
    const quote = quoteAt(first.start);
    // (a threat's idiom in the past tense tells what was suffered: "for which he paid the ultimate
    // price", "We are all faced with the consequences of fragile and failing states")
    if (m.pattern.role === 'speaker-threat' && pastForm(tokens[m.first])) continue;
    const threat = m.pattern.role === 'speaker-threat' ? speakerThreat(doc, quote, sides, m, s.firstToken) : null;
    const dyad =
      threat ??
      (m.pattern.role === 'speaker-thanks' ? speakerThanks(doc, quote, sides, m, s) : null) ??
      findDyad(tokens, sides, m.spanFirst, m.last, clause, skipFor(quote), m.spanFirst !== m.first, meeting);
    if (sides !== mentions) dyad.rule += '+city-is-place';
    // "I relayed our concerns about the repression of freedom in Hong Kong, …, the genocide in Xinjiang":
    // an event noun in what a clause is about has no side in that clause's subject
    const topic = m.rule.endsWith('+sole-noun') ? topicPrepositionBefore(tokens, m.spanFirst, s.firstToken) : -1;
    if (topic >= 0) {
      const inTopic = (a: ActorRef) => sides.some((x) => sameActor(a, x) && x.first > topic && x.last < m.spanFirst);
      const kept = dyad.source.filter(inTopic);
      if (kept.length < dyad.source.length) {
        dyad.source = kept;
        dyad.rule += '+topic-of-clause';
      }
    }
    // ("ensuring that Moscow will pay a high price" outside a quotation: Moscow is threatened, by no
    // one the sentence names, not the threat's source)
    if (m.pattern.role === 'speaker-threat' && !threat && !dyad.target.length) {
      [dyad.source, dyad.target] = [[], dyad.source];
      dyad.rule += '+payer-threatened';
    }
    // "… spoke with Choi Jong Kun about Russia’s unprovoked attack on Ukraine": the possessor attacks
    // (and a gerund joined to a possessed noun: "the Russian Federation’s missiles and shelling"; not
    // one with an object of its own, joined to a verb's: "condemning Russia’s aggression and calling for …")
    const afterTrigger = tokens[m.last + 1];
    const joinedGerund =
      tokens[m.first].pos === 'VERB' &&
      /ing$/.test(tokens[m.first].lower) &&
      tokens[m.first - 1]?.lower === 'and' &&
      tokens[m.first - 2]?.pos === 'NOUN' &&
      (!afterTrigger ||
        afterTrigger.pos === 'PUNCT' ||
        afterTrigger.pos === 'CCONJ' ||
        NOUN_ARGUMENT_LEADS.has(afterTrigger.lower));
    const owners =
      m.spanFirst === m.first && (tokens[m.first].pos === 'NOUN' || joinedGerund)
        ? possessorOfNoun(tokens, sides, joinedGerund ? m.first - 2 : m.first, clause.from)
        : [];
    // (an attack named only for its possessor needs one the text names: not "yesterday's attacks",
    // nor a possessive pronoun, which may stand for any actor before it: "to justify escalating its attack")
    const possessed = m.rule.includes('+possessed');
    if (
      possessed &&
      (!owners.length || owners.some((o) => o.pronoun) || !POSSESSIVE_MARK.test(tokens[owners[0].last + 1]?.text ?? ''))
    )
      continue;
    const same = (a: ActorRef, o: ActorMention) => a.entity === (o.entity?.id ?? null) && a.actor === o.actor;
    // "any further military aggression by Russia against Ukraine": an attack kept for its agent after
    // "by" is that agent's, aimed only at its own argument after it (none named: no fill); an agent the
    // text names without a code leaves no event ("attacks by M23 and other armed groups")
    const byAgent = m.rule.includes('+by-agent');
    const argumentPrepositions = m.pattern.code === VISIT_CODE ? VISITED_PREPOSITIONS : ATTACKED_PREPOSITIONS;
    if (byAgent) {
      const at = pastArticle(tokens, m.last + 2);
      // (a titled person whose title opens the phrase: "by Israeli Foreign Minister Yair Lapid")
      const agent = sides.find((x) => x.titledFrom === at && x.actor) ?? sides.find((x) => x.first === at && x.actor);
      if (!agent) continue;
      dyad.source = [toRef(agent)];
      dyad.target = dyad.target.filter((a) => ownArgument(tokens, sides, a, agent.last, argumentPrepositions));
    }
    // "in response to pressure from the United States": a noun's agent after "from" is its source, and
    // the subject that responds to it the one it is aimed at
    // (a noun the tagger read as a verb after "to" and a noun: "in response to pressure from")
    const nounRead =
      tokens[m.first].pos === 'NOUN' || (tokens[m.first - 1]?.lower === 'to' && tokens[m.first - 2]?.pos === 'NOUN');
    const fromAgent =
      !byAgent && m.spanFirst === m.first && nounRead && m.pattern.role !== 'recipient-subject'
        ? agentAfterFrom(tokens, sides, m.last)
        : null;
    if (fromAgent && !dyad.source.some((a) => same(a, fromAgent))) {
      dyad.target = dyad.source.filter((a) => !same(a, fromAgent));
      dyad.source = [toRef(fromAgent)];
      dyad.rule += '+from-agent';
    }
    // "the progressive withdrawal of US forces": the noun of an act done by whom "of" names is theirs
    // (US forces withdraw), not an act on them by the subject that wants or announces it
    const ofAgent =
      !byAgent && !fromAgent && m.spanFirst === m.first && nounRead && OF_AGENT_NOUNS.has(tokens[m.last].lemma)
        ? agentAfterOf(tokens, sides, m.last)
        : null;
    if (ofAgent) {
      // (whence they withdraw is whom the act concerns: "the withdrawal of US troops from Iraq")
      const whence = placeAfterFrom(tokens, sides, ofAgent.last);
      dyad.target = whence ? [toRef(whence)] : dyad.target.filter((a) => !same(a, ofAgent));
      dyad.source = [toRef(ofAgent)];
      dyad.rule += '+of-agent';
    }
    // "Scott Parkin, on the day of his arrest", "the junta extended Suu Kyi's house arrest": the one
    // an arrest, a trial or a killing befalls owns its noun; the possessor is the target (not where "of"
    // names that one: "President Ortega's arbitrary arrests of presidential candidates")
    if (owners.length && PATIENT_OWNED_NOUNS.has(tokens[m.last].lemma) && tokens[m.last + 1]?.lower !== 'of') {
      dyad.source = dyad.source.filter((a) => !owners.some((o) => same(a, o)));
      dyad.target = owners.map(toRef);
      dyad.rule += '+possessor-patient';
    } else if (owners.length && !owners.every((o) => dyad.source.some((a) => same(a, o)))) {
      dyad.source = owners.map(toRef);
      dyad.target = dyad.target.filter((a) => !owners.some((o) => same(a, o)));
      dyad.rule += '+possessor-agent';
    }
    // (a possessed act with its own argument after "on" or "against" befalls that one only: "the
    // Russian government’s war on Ukraine, Iran’s destabilizing activities")
    if (owners.length && !dyad.rule.endsWith('+possessor-patient')) {
      const argued = dyad.target.filter((a) => ownArgument(tokens, sides, a, m.last));
      if (argued.length) dyad.target = argued;
    }
    if (!dyad.source.length && !dyad.target.length) continue;
    if (m.pattern.role === 'recipient-subject') {
      // "Georgian demonstrators received assurances from the Georgian government": the giver is the source
      [dyad.source, dyad.target] = [dyad.target, dyad.source];
      dyad.rule += '+recipient-subject';
    }
    if (m.pattern.code?.startsWith(MEETING_CODES))
      dyad.rule += dropTopicAndVenue(tokens, sides, dyad, m.last, clause.to);
    if (m.pattern.type === 'REQUEST') dyad.rule += dropDemandedActParties(tokens, sides, dyad, m, clause.to);
    dyad.rule += placeOfSectorSubject(tokens, sides, generic, dyad, m.spanFirst);
    dyad.rule += fillGeneric(dyad, sides, generic, (all) =>
      findDyad(tokens, all, m.spanFirst, m.last, clause, skipFor(quote), m.spanFirst !== m.first, meeting),
    );
    // (not who made an attack its passive's subject suffered in: "two UPDF troops were wounded in an
    // ambush" in Mogadishu was no Ugandan's; the sentence does not say whose)
    // (a possessed attack's target is only its own argument: "Russia's invasion of Ukraine", not a
    // name later in the sentence: "on the second night of Russia's invasion, sent a message to a Facebook group")
    if (possessed) dyad.target = dyad.target.filter((a) => ownArgument(tokens, sides, a, m.last, argumentPrepositions));
    // (nor do the fills below add a side those two readings leave out on purpose)
    const noFills = dyad.rule.includes('+payer-threatened') || possessed || byAgent;
    const outward = OUTWARD_CODES.test(m.pattern.code ?? '') && !dyad.target.length;
    // (a named person with no actor code on the receiving end is the target before any country a place
    // or the source implies: "Colombian authorities arrested Granda" befell Granda; the country the
    // sentence implies, as it would for a target no one named, is then Granda's code, as CAMEO codes
    // a person it does not know)
    let uncoded: ActorMention[] | undefined;
    const uncodedOnce = () => (uncoded ??= uncodedMentions(doc, s, lex, index, quoteAt));
    const people =
      !dyad.target.length && !noFills
        ? fillUncoded(
            dyad,
            sides,
            uncodedOnce(),
            (all) =>
              findDyad(tokens, all, m.spanFirst, m.last, clause, skipFor(quote), m.spanFirst !== m.first, meeting),
            true,
          )
        : '';
    dyad.rule += people;
    if (!dyad.rule.startsWith('passive-adjunct') && !noFills) {
      const uncodedTargets = people ? dyad.target : null;
      if (uncodedTargets) dyad.target = [];
      dyad.rule += placeImplicit(dyad, (probe, placing) =>
        fillImplicit(
          doc,
          lex,
          m.pattern.type!,
          probe,
          sidesNamed,
          {
            first: m.spanFirst,
            last: m.last,
            outward,
            outwardCode: OUTWARD_CODES.test(m.pattern.code ?? ''),
            placing: placing.target,
          },
          s,
          wars,
        ),
      );
      if (uncodedTargets) {
        const country = dyad.target.length === 1 ? (dyad.target[0].actor ?? '').slice(0, 3) : '';
        dyad.target = uncodedTargets.map((a) => (/^[A-Z]{3}$/.test(country) ? { ...a, actor: country } : a));
      }
    }
    if ((!dyad.source.length || !dyad.target.length) && !noFills)
      dyad.rule += fillUncoded(dyad, sides, uncodedOnce(), (all) =>
        findDyad(tokens, all, m.spanFirst, m.last, clause, skipFor(quote), m.spanFirst !== m.first, meeting),
      );
    if (m.pattern.role === 'topic-object') {
      dyad.rule += dropTopicTargets(doc, sides, dyad, m.last, clause.to);
      if (!dyad.source.length && !dyad.target.length) continue;
    }
    // "Talks between Russia and Ukraine …": the parties after "between" are both sides of a joint event
    if (
      JOINT_TYPES.has(m.pattern.type) &&
      tokens[m.last + 1]?.lower === 'between' &&
      !dyad.source.length &&
      dyad.target.length >= 2
    ) {
      dyad.source = dyad.target.map((a) => ({ ...a }));
      dyad.rule += '+between';
    }
    // ("Secretary of State Antony Blinken signed for the United States": whom a signer signs for is the
    // side they stand for, not whom the signing befalls; the signer's side where the signer has no code)
    if (m.pattern.code === SIGN_AGREEMENT && tokens[m.last + 1]?.lower === 'for') {
      const represented = (a: ActorRef) => sides.some((x) => x.first <= m.last + 3 && x.first > m.last && same(a, x));
      const parties = dyad.target.filter(represented);
      dyad.target = dyad.target.filter((a) => !represented(a));
      // (a sector the signer stands for takes the country: "Undersecretary of State … signed for the
      // United States" is USAGOV)
      const country = parties[0]?.actor?.slice(0, 3);
      if (country && dyad.source.length && dyad.source.every(isGenericRef)) {
        dyad.source = dyad.source.map((a) => ({ ...a, actor: country + (a.actor ?? '').slice(NO_COUNTRY.length) }));
        dyad.rule += '+signed-for';
      } else if (parties.length && !dyad.source.some((a) => a.actor)) {
        dyad.source = parties;
        dyad.rule += '+signed-for';
      }
    }
    // "Blinken spoke with … Garneau today to discuss …. Noting our shared democratic values, they also
    // discussed …": a "they" the entity layer gave one of the two who met in the sentence before is both
    if (dyad.rule.includes(THEY_ONE)) {
      const pair = dyad.source.length === 1 ? meetingPairBefore(doc, previous, dyad.source[0]) : null;
      // (the mark only asks; the rule names what was done)
      dyad.rule = dyad.rule.replace(THEY_ONE, '');
      if (pair) {
        dyad.source = pair;
        dyad.target = dyad.target.filter((a) => !pair.some((p) => p.entity === a.entity));
        dyad.rule += '+meeting-pair';
      }
    }
    // "Moscow and Pyongyang negotiated": in a joint event each side is the other's counterpart (so in a
    // signing: "the United States and Armenia signed a Memorandum of Understanding")
    const joint = JOINT_TYPES.has(m.pattern.type) || m.pattern.code === SIGN_AGREEMENT;
    if (joint && dyad.source.length >= 2 && !dyad.target.length) {
      dyad.target = dyad.source.map((a) => ({ ...a }));
      dyad.rule += '+joint';
    }
    if (halfDyadMention(m, dyad)) continue;
    const status = decideStatus(
      { doc, sentence: s, lex, mentions, quote, accordingTo: according },
      m.spanFirst,
      clause,
    );
    const { type, code, mode, note } = recode(doc, m, status, dyad);
    const clauseSpan = { start: tokens[clause.from].start, end: tokens[clause.to - 1].end };
    const trigger = { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) };
    events.push({
      id: '',
      type,
      mode,
      code,
      source: dyad.source,
      target: dyad.target,
      status: status.status,
      asserted_by: status.asserted_by,
      denied_by: [],
      trigger,
      sentence: { start: s.start, end: s.end },
      time: anchorTime(times, trigger, clauseSpan),
      rule: `${m.rule}/${dyad.rule}${note}`,
      status_rule: status.rule,
    });
  }
  events.push(...chargeAccusations(tokens, doc.text, lex, events, s.endToken));
  for (const c of findClaims(tokens, s.firstToken, s.endToken)) {
    const claimant = findDyad(tokens, mentions, c.verb, c.verb, clauseAround(s, starts, c.verb), skip).source;
    events.push(...accusations(tokens, doc.text, lex, c, events, claimant));
  }
  for (const o of findObligations(doc, s, lex, mentions)) {
    const first = tokens[o.frame];
    const last = tokens[o.modal];
    // the act the obligation names ("Iraq must cooperate") is demanded, not done
    const modalClause = clauseAround(s, starts, o.modal);
    for (const e of events) {
      const at = doc.tokenIndexAt(e.trigger.start);
      // (one the modal alone already marked takes the framed obligation's rule: status.ts)
      if (at > o.modal && at < modalClause.to && (e.status === 'asserted' || e.status_rule === 'obligation-modal')) {
        e.status = 'demanded';
        e.status_rule = `obligation-${tokens[o.modal].lower}`;
      }
    }
    if (events.some((e) => e.type === 'REQUEST' && e.trigger.start <= last.start && e.trigger.end >= first.start))
      continue;
    const clause = clauseAround(s, starts, o.frame);
    const status = decideStatus(
      { doc, sentence: s, lex, mentions, quote: quoteAt(first.start), accordingTo: according },
      o.frame,
      clause,
    );
    const trigger = { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) };
    events.push({
      id: '',
      type: 'REQUEST',
      mode: null,
      code: o.code,
      source: o.source.map(toRef),
      target: o.target.map(toRef),
      status: status.status === 'reported' ? 'asserted' : status.status,
      asserted_by: status.asserted_by,
      denied_by: [],
      trigger,
      sentence: { start: s.start, end: s.end },
      time: anchorTime(times, trigger, { start: tokens[clause.from].start, end: tokens[clause.to - 1].end }),
      rule: `obligation:${tokens[o.modal].lower}/frame-${tokens[o.frame].lemma}`,
      status_rule: status.status === 'reported' ? 'obligation-framer' : status.rule,
    });
  }
  events.sort((a, b) => a.trigger.start - b.trigger.start);
  return { events: withoutShorterTwins(events), denials };
}

/** The sides of an event as one key ("USAGOV/e2 > RUS/-"). */
const sidesKey = (e: Event) =>
  [e.source, e.target].map((side) => side.map((a) => `${a.actor ?? ''}/${a.entity ?? ''}`).join('+')).join('>');

/**
 * "will … continue the strategic dialogue talks": a light verb's two nouns of one act ("dialogue",
 * "dialogue talks") make one event, not two; of events of one type and the same sides whose triggers
 * start together, the one with the longer trigger is kept.
 */
function withoutShorterTwins(events: Event[]): Event[] {
  return events.filter(
    (e) =>
      !events.some(
        (o) =>
          o !== e &&
          o.type === e.type &&
          o.trigger.start === e.trigger.start &&
          o.trigger.end > e.trigger.end &&
          sidesKey(o) === sidesKey(e),
      ),
  );
}

export function extractEvents(doc: ArticleDocument): Event[] {
  const lex = eventLexicon();
  const quoteAt = quoteFinder(doc.quotes);
  const index = indexMentions(doc);
  const wars = findWars(doc, lex);
  const events: Event[] = [];
  const denials: Denial[] = [];
  let previous: Event[] = [];
  for (const s of doc.sentences) {
    try {
      const r = eventsOfSentence(doc, s, lex, quoteAt, index, wars, previous);
      events.push(...r.events);
      previous = r.events;
      denials.push(...r.denials);
    } catch {
      // a sentence the rules cannot read yields no events rather than stopping the article
    }
  }
  for (const d of denials) applyDenial(doc, events, d);
  events.forEach((e, i) => (e.id = `ev${i + 1}`));
  return events;
}

export const eventExtractor: Component = {
  name: 'event-extractor',
  needs: ['tokens', 'sentences'],
  adds: ['events'],
  run(doc: ArticleDocument) {
    try {
      doc.events = extractEvents(doc);
    } catch {
      doc.events = [];
    }
  },
};

/**
 * Whether an actor mention lies in the quote's speaker phrase, the source of the report: after the
 * quoted words ("…, Belgrade radio said"), or before a reported clause ("Turkish officials say three
 * police officers … were killed"). (A speaker before other words is often the event's own subject:
 * "the President looks forward to hosting this bilateral meeting", "Germany and the United States
 * have proposed a number of measures to support Ukraine's efforts".)
 */
function frameSpeaker(doc: ArticleDocument, quote: Quote): (a: ActorMention) => boolean {
  const tokens = doc.tokens;
  const sp = quote.speaker;
  if (sp?.start === undefined || sp.end === undefined) return () => false;
  const { start: from, end: to } = sp;
  const framesClause = to <= quote.start && reportedClause(doc, quote);
  return (a) => {
    const start = tokens[a.first].start;
    return start >= from && tokens[a.last].end <= to && (start >= quote.end || framesClause);
  };
}

/**
 * Whether a quote's words are a clause with its own subject: "that …", or a subject and an inflected
 * verb ("three police officers … were killed"); not an infinitive, a gerund or a noun phrase, whose
 * doer is the speaker ("to visit Moscow", "its support for …").
 */
function reportedClause(doc: ArticleDocument, quote: Quote): boolean {
  const toks = doc.tokens;
  const first = doc.tokenIndexAt(quote.start);
  const opening = toks[first];
  if (!opening || opening.lower === 'to' || /ing$/.test(opening.lower)) return false;
  if (opening.lower === 'that') return true;
  // (the first word past the subject's noun phrase is its inflected verb, right after the head:
  // "Russia’s continued threat", "the importance of working with …" are noun phrases)
  for (let i = first; i < toks.length && toks[i].end <= quote.end && i - first <= MAX_SUBJECT; i++) {
    const t = toks[i];
    if (SUBJECT_WORDS.has(t.pos) || t.lower === 'of' || t.lower === 'and' || /^['’]s?$/.test(t.text)) continue;
    const head = i > first && SUBJECT_HEADS.has(toks[i - 1].pos);
    return head && (t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma && !/ing$/.test(t.lower)));
  }
  return false;
}

/** Parts of speech of a clause's subject, and of the heads its verb follows. */
const SUBJECT_WORDS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);
const SUBJECT_HEADS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** The most words of that subject. */
const MAX_SUBJECT = 12;

/** Meetings and talks (CAMEO 040, 041, 044, 046): not a visit, which meets no one person. */
const TALKS_CODES = new Set(['040', '041', '044', '046']);

/**
 * The two people of a meeting in `previous` (met, spoke with) whose one side is `one`: its source
 * and the one person met; else null.
 */
function meetingPairBefore(doc: ArticleDocument, previous: readonly Event[], one: ActorRef): ActorRef[] | null {
  if (!one.entity) return null;
  for (const e of previous) {
    if (!TALKS_CODES.has(e.code ?? '') || e.source.length !== 1 || e.target.length !== 1) continue;
    const [a, b] = [e.source[0], e.target[0]];
    if (!isPersonRef(doc, a) || !isPersonRef(doc, b) || a.entity === b.entity) continue;
    if (a.entity === one.entity || b.entity === one.entity) return [{ ...a }, { ...b }];
  }
  return null;
}

/**
 * The coded actor named right after "from" (and its article) after token `last`, or null: not a
 * possessor ("demands from Carroll's kidnappers") nor a place short of a country ("the switch of the G8
 * summit from Chicago").
 */
function agentAfterFrom(tokens: Token[], sides: ActorMention[], last: number): ActorMention | null {
  if (tokens[last + 1]?.lower !== 'from') return null;
  const at = pastArticle(tokens, last + 2);
  const agent = sides.find((x) => x.first === at && !!x.actor);
  if (!agent || POSSESSIVE_MARK.test(tokens[agent.last + 1]?.text ?? '')) return null;
  return isPlace(agent) && !agent.entity?.kb?.startsWith('country:') ? null : agent;
}

/** Token j, or the one after it where j is "the": where a preposition's noun phrase names its actor. */
const pastArticle = (tokens: Token[], j: number) => (tokens[j]?.lower === 'the' ? j + 1 : j);

/** Nouns of an act its doer's "of" names: "the withdrawal of US forces", "the departure of the envoy". */
const OF_AGENT_NOUNS = new Set(['withdrawal', 'pullout', 'retreat', 'departure', 'resignation', 'redeployment']);

/** Nouns of acts whose possessor is the one they befall ("his arrest", "Bhutto's assassination"). */
const PATIENT_OWNED_NOUNS = new Set([
  'arrest',
  'detention',
  'detainment',
  'imprisonment',
  'capture',
  'abduction',
  'kidnapping',
  'assassination',
  'execution',
  'murder',
  'killing',
  'trial',
  'conviction',
  'extradition',
  'deportation',
  'expulsion',
  'release',
]);

/**
 * The actor right after "of" after the trigger's last token (past a determiner, a possessive pronoun
 * or adjectives: "of its troops", "of all foreign forces"), or null.
 */
function agentAfterOf(tokens: Token[], sides: ActorMention[], last: number): ActorMention | null {
  if (tokens[last + 1]?.lower !== 'of') return null;
  let j = last + 2;
  while (tokens[j] && (tokens[j].pos === 'DET' || tokens[j].pos === 'PRON' || tokens[j].pos === 'ADJ') && j < last + 5)
    j++;
  return sides.find((x) => x.first >= last + 2 && x.first <= j && x.actor) ?? null;
}

/** The actor right after a "from" within a few words after token `last` ("… of US troops from Iraq"), or null. */
function placeAfterFrom(tokens: Token[], sides: ActorMention[], last: number): ActorMention | null {
  for (let j = last + 1; j <= last + 3 && tokens[j]; j++) {
    if (tokens[j].lower !== 'from') continue;
    return sides.find((x) => x.first === pastArticle(tokens, j + 1) && x.actor) ?? null;
  }
  return null;
}
