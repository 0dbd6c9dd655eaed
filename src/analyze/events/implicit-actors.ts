// Actors an event's sentence implies without naming them as subject or object:
//  - a war's other party: an attack by one side of a war the article names ("the Russo-Ukraine war",
//    "the war between Iran and Iraq", "Russia's war in Ukraine") on places or things is against the other;
//  - the place: "killed 23 people in Tel Aviv", "arrested 100 people in Hebron" → the country of the place;
//  - one country: a sentence naming a single country reports a domestic act ("Egyptian police opened fire
//    on demonstrators" → EGY → EGY; "Judge X opened investigations into Chilean officials" → CHL → CHL).
import type { ArticleDocument, Token } from '../document.js';
import type { ActorRef, PloverType } from '../types.js';
import { actorCode, type ActorMention } from './actors.js';
import { cue, type EventLexicon } from './lexicon.js';
import { isPassive } from '../nlp/passive.js';

/** Event types whose target may be the place or the war's other side. */
const PLACE_TARGETS = new Set<PloverType>(['ASSAULT', 'COERCE', 'PROTEST', 'MOBILIZE', 'SANCTION', 'CONCEDE', 'AID']);
const WAR_TARGETS = new Set<PloverType>(['ASSAULT', 'COERCE', 'MOBILIZE', 'THREATEN']);
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
const LOCATIVE = new Set(['in', 'at', 'near', 'into', 'outside', 'inside', 'across', 'throughout']);

/** A cheap test before the token scan (most articles name no war): the war nouns' stems, built once. */
let warHint: { words: Set<string>; re: RegExp } | null = null;
function mentionsWar(text: string, words: Set<string>): boolean {
  if (warHint?.words !== words) {
    const stems = [...words].map((w) => w.slice(0, 6).replace(/[^a-z]/g, '')).filter(Boolean);
    warHint = { words, re: new RegExp(`\\b(?:${stems.join('|')})`, 'i') };
  }
  return warHint.re.test(text);
}

export type WarPairs = [string, string][];

const country = (code: string | null | undefined) => (code ?? '').slice(0, 3);
/** Actor codes whose first three letters name no state. */
const NON_STATE = new Set([
  'IGO',
  'NGO',
  'IMG',
  'MNC',
  'ELI',
  'REB',
  'SPY',
  'MED',
  'BUS',
  'CVL',
  'GOV',
  'MIL',
  'COP',
  'JUD',
  'OPP',
  'PTY',
  'EDU',
  'REF',
  'LAB',
  'UAF',
  'CRM',
  'INT',
  'UIS',
  'SEP',
]);
export const isState = (c: string) => /^[A-Z]{3}$/.test(c) && !NON_STATE.has(c);

/** A country code for a word: a combining form ("Russo", "Sino") or the name of an entity of the article. */
function codeOfWord(doc: ArticleDocument, word: string, forms: Map<string, string>): string | null {
  const lower = word.toLowerCase();
  const form = forms.get(lower);
  if (form) return form;
  for (const e of doc.entities) {
    const code = actorCode(e);
    if (!code) continue;
    if (
      e.name.toLowerCase() === lower ||
      e.mentions.some((m) => m.end - m.start === word.length && m.text.toLowerCase() === lower)
    )
      return country(code);
  }
  return null;
}

let formsCache: { lex: EventLexicon; forms: Map<string, string> } | null = null;
function combiningForms(lex: EventLexicon): Map<string, string> {
  if (formsCache?.lex === lex) return formsCache.forms;
  const forms = new Map<string, string>();
  for (const f of cue(lex, 'combiningForms')) {
    const [k, v] = f.split('=');
    if (k && v) forms.set(k.toLowerCase(), v);
  }
  formsCache = { lex, forms };
  return forms;
}

/** The pairs of countries at war that the article names. */
export function findWars(doc: ArticleDocument, lex: EventLexicon): WarPairs {
  const words = cue(lex, 'warNouns');
  if (!words.size || !mentionsWar(doc.text, words)) return [];
  const forms = combiningForms(lex);
  const pairs: WarPairs = [];
  const add = (a: string | null, b: string | null) => {
    if (a && b && a !== b && !pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) pairs.push([a, b]);
  };
  for (const t of doc.tokens) {
    if (!words.has(t.lemma) || t.pos !== 'NOUN') continue;
    const before = doc.text.slice(Math.max(0, t.start - 60), t.start);
    // "the Russo-Ukraine war", "the Iran-Iraq war"
    const hy = /([A-Z][\p{L}]+)[-–]([A-Z][\p{L}]+)\s+$/u.exec(before);
    if (hy) add(codeOfWord(doc, hy[1], forms), codeOfWord(doc, hy[2], forms));
    // "Russia's war in/on/against Ukraine"
    const poss = /([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)['’]s\s+$/u.exec(before);
    const after = doc.text.slice(t.end, t.end + 60);
    const obj = /^\s+(?:in|on|against|with)\s+(?:the\s+)?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)/u.exec(after);
    if (poss && obj) add(codeOfWord(doc, poss[1], forms), codeOfWord(doc, obj[1], forms));
    // "the war between Iran and Iraq"
    const btw =
      /^\s+between\s+(?:the\s+)?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)\s+and\s+(?:the\s+)?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)/u.exec(
        after,
      );
    if (btw) add(codeOfWord(doc, btw[1], forms), codeOfWord(doc, btw[2], forms));
  }
  return pairs;
}

/** The place named by "in" right after the trigger ("detained in Iran"), if any. */
function placeRightAfter(
  tokens: readonly Token[],
  mentions: ActorMention[],
  triggerLast: number,
): ActorMention | undefined {
  return mentions.find(
    (m) =>
      m.first === triggerLast + 2 &&
      tokens[triggerLast + 1]?.lower === 'in' &&
      !!m.entity &&
      PLACE_TYPES.has(m.entity.type),
  );
}

const refOf = (m: ActorMention): ActorRef => ({ entity: m.entity?.id ?? null, actor: m.actor, name: m.name });

/**
 * Types that need a partner the sentence names: a meeting or visit, a welcome or thanks, cooperation,
 * aid. With no one named their target is unknown, not the one country the sentence names: "She looks
 * forward to rescheduling her visit", "We've welcomed that support" are no acts toward the United States.
 */
const PARTNER_TYPES = new Set<PloverType>(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID']);

/**
 * CAMEO's codes of acts aimed outward: disapproval and accusation (11x), threats (13x), sanctions and
 * cut relations (16x). A sentence naming one country says whose act it is, not that the act is aimed
 * at that country itself: "Russia has a track record of accusing the West", "The United States
 * condemns this provocative act", "the Department of State is imposing sanctions on 45 entities".
 * (Investigations, arrests and crackdowns are often a state's own business and keep the fill; so does
 * a sector noun the sentence names as the target: "criticised the government" in Australia.)
 */
export const OUTWARD_CODES = /^1[136]/;

/** Personal pronouns, subject, object or possessive, that may stand for a country's side. */
const SIDE_PRONOUNS = new Set([
  'we',
  'us',
  'our',
  'i',
  'my',
  'he',
  'his',
  'him',
  'she',
  'her',
  'they',
  'them',
  'their',
  'it',
  'its',
]);

/** Whether the mention is a pronoun: read as one by the actors, or a pronoun the entity layer resolved. */
const byPronoun = (tokens: Token[], m: ActorMention) =>
  !!m.pronoun || (m.first === m.last && SIDE_PRONOUNS.has(tokens[m.first].lower));

/** Pronouns of one person, or of a speaker's side ("We welcome …" in a release), as a subject. */
const PERSON_SUBJECT_PRONOUNS = new Set(['he', 'she', 'i', 'we']);

/**
 * Whether a pronoun of one person is the subject of an active trigger ("He called for …", "He also
 * met …", "she publicly accused …"): the pronoun right before it, past adverbs, auxiliaries and
 * particles; not "He has pledged …, but an alliance … has demanded". In the passive the pronoun is whom
 * it befell ("He was arrested in Japan": Japan's act).
 */
function personPronounSubject(
  tokens: readonly Token[],
  from: number,
  trigger: { first: number; last: number },
): boolean {
  if (isPassive(tokens, trigger.first, trigger.last, from)) return false;
  let j = trigger.first - 1;
  for (;;) {
    while (j >= from && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX' || tokens[j].pos === 'PART')) j--;
    // (past a verb that takes the trigger as its infinitive: "I really want to thank …", "we hope to meet …")
    if (j > from && tokens[j].pos === 'VERB' && tokens[j + 1]?.lower === 'to') j--;
    else break;
  }
  return j >= from && PERSON_SUBJECT_PRONOUNS.has(tokens[j].lower);
}

/** Words after a custody verb that put the custody abroad ("detained overseas"). */
const ABROAD = new Set(['abroad', 'overseas', 'there']);

/**
 * Whether an agentless passive trigger is the custody a state keeps of its own ("was arrested",
 * "were jailed for four years"): a custody verb with no agent after "by" and not abroad.
 */
function domesticCustody(doc: ArticleDocument, lex: EventLexicon, trigger: { first: number; last: number }): boolean {
  const tokens = doc.tokens;
  if (!cue(lex, 'custodyVerbs').has(tokens[trigger.first].lemma)) return false;
  const next = tokens[trigger.last + 1]?.lower ?? '';
  return next !== 'by' && !ABROAD.has(next);
}

/**
 * Fills an empty side of a dyad from what the sentence implies; returns the rule used or ''.
 * `mentions` are the sentence's actor mentions, `triggerLast` the trigger's last token.
 */
export function fillImplicit(
  doc: ArticleDocument,
  lex: EventLexicon,
  type: PloverType,
  dyad: { source: ActorRef[]; target: ActorRef[] },
  mentions: ActorMention[],
  /**
   * An outward act (OUTWARD_CODES) with no target named, not even by a sector noun; `placing`: the
   * target is a sector noun with no country ("political journalists"), whose country is sought;
   * `outwardCode`: the act's code is an outward one, whatever its target.
   */
  trigger: { first: number; last: number; outward?: boolean; outwardCode?: boolean; placing?: boolean },
  sentence: { firstToken: number; endToken: number },
  wars: WarPairs,
): string {
  const triggerLast = trigger.last;
  const sentenceEnd = sentence.endToken;
  const tokens = doc.tokens;
  if (dyad.source.length && !dyad.target.length && type === 'THREATEN') {
    // "threatened to stop negotiations if the United States goes ahead": the one who must meet the condition
    const cond = tokens.findIndex(
      (t, i) => i > triggerLast && i < sentenceEnd && (t.lower === 'if' || t.lower === 'unless'),
    );
    // (the condition's subject, not a phrase inside it nor the threatener: "if the shelling of Israel
    // did not stop" names whom Israel warned by no name)
    const sources = new Set(dyad.source.map((a) => a.entity ?? a.actor));
    const who =
      cond >= 0
        ? mentions.find(
            (m) => m.first > cond && m.first <= cond + 4 && !m.inPP && !sources.has(m.entity?.id ?? m.actor),
          )
        : undefined;
    if (who) {
      dyad.target = [refOf(who)];
      return '+condition-target';
    }
  }
  if (!dyad.source.length && dyad.target.length && type === 'COERCE') {
    // "a U.S. citizen unjustly detained in Iran", "was arrested in Japan": custody in a state is that
    // state's act, though the sentence names another country (not a kidnapping: "abducted in Iraq")
    const place = cue(lex, 'custodyVerbs').has(tokens[trigger.first].lemma)
      ? placeRightAfter(tokens, mentions, triggerLast)
      : undefined;
    // (not where the place itself is all the sentence gave as whom it befell: "Trevor Reed, who was
    // wrongfully detained in Russia" has no target the actors read)
    const placeIsTarget = !!place && dyad.target.some((t) => t.entity === (place.entity?.id ?? null));
    if (place && !placeIsTarget && isState(country(place.actor))) {
      dyad.source = [{ entity: null, actor: country(place.actor), name: country(place.actor) }];
      return '+place-of-custody';
    }
  }
  if (dyad.source.length && !dyad.target.length) {
    const src = new Set(dyad.source.map((a) => country(a.actor)));
    if (PLACE_TARGETS.has(type)) {
      const place = mentions.find(
        (m) =>
          m.first > triggerLast &&
          m.entity &&
          PLACE_TYPES.has(m.entity.type) &&
          LOCATIVE.has(tokens[m.first - 1]?.lower ?? '') &&
          !src.has(country(m.actor)),
      );
      if (place) {
        dyad.target = [refOf(place)];
        return '+place-target';
      }
    }
    if (WAR_TARGETS.has(type)) {
      for (const [a, b] of wars) {
        const other = src.has(a) ? b : src.has(b) ? a : null;
        if (other) {
          dyad.target = [{ entity: null, actor: other, name: other }];
          return '+war-party';
        }
      }
    }
  }
  // a sentence naming one country only: the missing side is that country too
  // (an embassy stands in another country than its own, which the sentence may not name: "shooting
  // at guards inside the embassy" in Damascus names no American gunmen)
  if (mentions.some(abroad)) return '';
  const countries = new Set(mentions.map((m) => country(m.actor)));
  if (countries.size !== 1) return '';
  const only = mentions.find((m) => isState(country(m.actor)));
  if (!only) return '';
  const ref = { entity: null, actor: country(only.actor), name: country(only.actor) };
  if (dyad.source.length && !dyad.target.length) {
    if (PARTNER_TYPES.has(type) || trigger.outward) return '';
    // (a sentence whose country only a pronoun gives names none: "we will continue to work … to
    // investigate and document war crimes" in a U.S. briefing is no act on the United States)
    // (a sector noun is still placed there: "He cracks down on political journalists" of Turkey's president)
    // (nor is one an outward act aims at: "We condemn these barbaric attacks on innocent civilians" in
    // a U.S. statement on Iraq, "We've imposed targeted sanctions on 65 individuals")
    if (!trigger.placing && mentions.every((m) => m.pronoun)) return '';
    if (trigger.outwardCode && !mentions.some((m) => !byPronoun(tokens, m) && isState(country(m.actor)))) return '';
    // (an invasion crosses a border: "President Putin chose an invasion" is no attack on Russia)
    if (tokens.slice(trigger.first, triggerLast + 1).some((t) => cue(lex, 'crossBorderActs').has(t.lemma))) return '';
    dyad.target = [ref];
    return '+domestic-target';
  }
  if (!dyad.source.length && dyad.target.length) {
    // only where the target is a people, a group or a place of the country ("against 28 Chilean officials",
    // "a curfew in Algiers", "the city of Kirkuk"):
    // a state named as the object ("wants to attack Switzerland") is someone else's target
    // (the target's mention after the trigger, where there is one: "violence in Haiti, … to support
    // Haiti's recovery" names Haiti as a place before and as the target after)
    const isTarget = (m: ActorMention) => (m.entity?.id ?? m.actor) === (dyad.target[0].entity ?? dyad.target[0].actor);
    const tm = mentions.find((m) => isTarget(m) && m.first > triggerLast) ?? mentions.find(isTarget);
    const prev = tokens[(tm?.first ?? 0) - 1]?.lower ?? '';
    // (a speaker's own "our" is no group of the country: "will frame our overall cooperation")
    const local =
      !!tm &&
      !tm.pronoun &&
      (tm.entity?.type === 'NORP' ||
        tm.nested ||
        tm.actor.length > 3 ||
        LOCATIVE.has(prev) ||
        // (the trigger's own "of" names what it befalls: "the invasion of Iraq" is no act of Iraq's)
        (prev === 'of' && tm.first - 2 !== triggerLast));
    if (!local) return '';
    // (not where a person the text does not code is the subject: "He called for joint action to press
    // the Burmese military …", said of a U.S. official, is no act of Burma's)
    if (personPronounSubject(tokens, sentence.firstToken, trigger)) return '';
    // (an agentless passive says who suffered, not who acted: "Fifteen Israelis were killed", "Mr. Mugabe
    // was invited to the summit", "Americans who are unjustly detained there" are no acts of their own
    // state; a state's custody of the person it names is: "Anwar was jailed", "Saddam was sentenced")
    if (isPassive(tokens, trigger.first, trigger.last, sentence.firstToken) && !domesticCustody(doc, lex, trigger))
      return '';
    dyad.source = [ref];
    return '+domestic-source';
  }
  return '';
}

/** Whether the mention is a country's mission abroad (an embassy, a consulate), which stands in another country. */
const abroad = (m: ActorMention): boolean => !!m.entity && /\b(?:embassy|consulate)\b/i.test(m.entity.name);
