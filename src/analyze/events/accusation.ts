// A claim that another party used force is an accusation: "The US claimed that ISIL had attacked Iraq"
// is, besides the reported attack, the United States accusing ISIL (CAMEO 112), as PETRARCH codes a
// claim verb governing a conflictual act. A claimant's own act ("claimed that they had attacked") is no
// accusation.
import type { Token } from '../document.js';
import type { ActorRef, Event } from '../types.js';
import type { EventLexicon, TriggerPattern } from './lexicon.js';

/**
 * Verbs whose "that" clause puts an act on someone: the claimant stands behind it, unlike "say" ("charged
 * that" is blocked as a trigger in the lexicon: it is no criminal charge).
 */
const CLAIM_VERBS = new Set(['claim', 'allege', 'charge']);
/** CAMEO roots of acts one is accused of: threats, force posture, coercion, assault, fighting, mass violence. */
const MISCONDUCT_ROOTS = new Set(['13', '15', '17', '18', '19', '20']);
const ACCUSE_CODE = '112';

/** The "that" right after a claim verb (past an adverb or a time word at most). */
function claimThat(tokens: Token[], i: number, end: number): number {
  for (let j = i + 1; j < end && j <= i + 3; j++) {
    if (tokens[j].lower === 'that') return j;
    if (tokens[j].pos !== 'ADV' && tokens[j].pos !== 'NOUN' && tokens[j].pos !== 'PROPN') return -1;
  }
  return -1;
}

const country = (a: ActorRef) => (a.actor ?? '').slice(0, 3);

/** The lexicon's pattern for an accusation, for its PLOVER type and mode. */
function accusePattern(lex: EventLexicon): TriggerPattern | undefined {
  for (const list of lex.byFirstWord.values()) {
    const p = list.find((x) => x.code === ACCUSE_CODE && x.type);
    if (p) return p;
  }
  return undefined;
}

/** An accusation made of event `e` (its sentence, time and status), by `source` against `target`, cued by `cue`. */
function accusationOf(
  e: Event,
  pattern: TriggerPattern,
  source: ActorRef[],
  target: ActorRef[],
  cue: Token,
  text: string,
  rule: string,
): Event {
  return {
    ...e,
    id: '',
    type: pattern.type!,
    mode: pattern.mode,
    code: ACCUSE_CODE,
    source: source.map((a) => ({ ...a })),
    target: target.map((a) => ({ ...a })),
    denied_by: [],
    trigger: { start: cue.start, end: cue.end, text: text.slice(cue.start, cue.end) },
    rule: `${rule}/${e.rule ?? ''}`,
  };
}

export interface ClaimFrame {
  /** Token index of the claim verb. */
  verb: number;
  /** Token index of its "that". */
  that: number;
}

/** The claim verbs of a sentence that open a "that" clause. */
export function findClaims(tokens: Token[], from: number, to: number): ClaimFrame[] {
  const out: ClaimFrame[] = [];
  for (let i = from; i < to; i++) {
    // the tagger reads "alleged" as an adjective now and then; the "that" after it makes it a verb
    const t = tokens[i];
    const lemma = t.pos === 'ADJ' ? t.lower.replace(/d$/, '') : t.lemma;
    if ((t.pos !== 'VERB' && t.pos !== 'ADJ') || !CLAIM_VERBS.has(lemma)) continue;
    const that = claimThat(tokens, i, to);
    if (that >= 0) out.push({ verb: i, that });
  }
  return out;
}

/**
 * The accusations a claim makes: for each conflictual event whose trigger lies in the claim's clause,
 * the claimant (`claimant` reads the claim verb's subject) accuses the event's source. `base` gives the
 * new event's status, time and sentence.
 */
export function accusations(
  tokens: Token[],
  text: string,
  lex: EventLexicon,
  claim: ClaimFrame,
  events: Event[],
  claimant: ActorRef[],
): Event[] {
  const pattern = accusePattern(lex);
  if (!pattern?.type || !claimant.length) return [];
  const claimCountries = new Set(claimant.map(country));
  const out: Event[] = [];
  const verb = tokens[claim.verb];
  for (const e of events) {
    if (e.trigger.start < tokens[claim.that].end || !MISCONDUCT_ROOTS.has((e.code ?? '').slice(0, 2))) continue;
    const accused = e.source.filter((a) => !claimCountries.has(country(a)));
    if (!accused.length || accused.length !== e.source.length) continue;
    out.push({
      ...accusationOf(e, pattern, claimant, accused, verb, text, `claim-accusation:${verb.lower}`),
      status: 'asserted',
      asserted_by: null,
      status_rule: 'claim-frame',
    });
    break; // one accusation per claim: the act it is about
  }
  return out;
}

/**
 * Custody whose stated reason ("for spying", "on charges of treason") is a charge against the one
 * held: an arrest or a detention, before any trial (not "sentenced for", "convicted of": a court's
 * judgment, not an accusation).
 */
const CHARGED_CUSTODY = new Set(['arrest', 'detain', 'jail', 'imprison']);
/** Gerunds after "for" that give the custody's purpose, not a charge ("detained for questioning"). */
const PURPOSES = new Set(['questioning', 'interrogating', 'processing', 'screening', 'investigating', 'being']);
/** The most tokens between the custody verb and its "for" ("was arrested in Lebanon for …"). */
const CHARGE_REACH = 6;

/**
 * Where the reason for a custody starts after its trigger ending at token `last`: "for" and a gerund
 * ("arrested in Lebanon for collaborating with Israel", "for allegedly spying"), "on charges of",
 * "on suspicion of"; -1 where none follows within the clause.
 */
function chargeAfter(tokens: Token[], last: number, end: number): number {
  for (let j = last + 1; j < end && j <= last + CHARGE_REACH; j++) {
    const t = tokens[j];
    if (t.text === ',' || t.text === ';') return -1;
    if (t.lower === 'for') {
      let k = j + 1;
      while (tokens[k]?.pos === 'ADV') k++;
      const g = tokens[k];
      return g && g.pos === 'VERB' && g.lower.endsWith('ing') && !PURPOSES.has(g.lower) ? k : -1;
    }
    if (
      t.lower === 'on' &&
      /^(?:charges?|suspicion)$/.test(tokens[j + 1]?.lower ?? '') &&
      tokens[j + 2]?.lower === 'of'
    )
      return j + 1;
  }
  return -1;
}

/**
 * The accusation a custody states with its reason: "Jean-Pierre Bemba … has been arrested in Belgium
 * on charges of war crimes" is, besides the arrest, Belgium accusing Bemba (CAMEO 112; the CAMEO
 * codebook reads an arrest for collaborating with the enemy as an accusation of treason too).
 * `events` are the sentence's; the accusation keeps the custody's sides, status and time.
 */
export function chargeAccusations(
  tokens: Token[],
  text: string,
  lex: EventLexicon,
  events: Event[],
  end: number,
): Event[] {
  const pattern = accusePattern(lex);
  if (!pattern?.type) return [];
  const out: Event[] = [];
  for (const e of events) {
    if (!(e.code ?? '').startsWith('17') || !e.source.length || !e.target.length) continue;
    const first = tokens.findIndex((t) => t.start === e.trigger.start);
    const last = first >= 0 ? first + tokens.slice(first).findIndex((t) => t.end >= e.trigger.end) : -1;
    if (last < first || !CHARGED_CUSTODY.has(tokens[first].lemma)) continue;
    const at = chargeAfter(tokens, last, end);
    if (at < 0) continue;
    out.push(
      accusationOf(e, pattern, e.source, e.target, tokens[at], text, `charge-accusation:${tokens[first].lemma}`),
    );
  }
  return out;
}
