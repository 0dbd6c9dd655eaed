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
      ...e,
      id: '',
      type: pattern.type,
      mode: pattern.mode,
      code: ACCUSE_CODE,
      source: claimant.map((a) => ({ ...a })),
      target: accused.map((a) => ({ ...a })),
      status: 'asserted',
      asserted_by: null,
      denied_by: [],
      trigger: { start: verb.start, end: verb.end, text: text.slice(verb.start, verb.end) },
      rule: `claim-accusation:${verb.lower}/${e.rule ?? ''}`,
      status_rule: 'claim-frame',
    });
    break; // one accusation per claim: the act it is about
  }
  return out;
}
