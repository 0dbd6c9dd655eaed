// Status-dependent coding, as PLOVER and CAMEO code them: an act announced for the future by a party to
// it (or by the article) is an intent — cooperation becomes AGREE (CAMEO 03x), force or sanctions a
// THREATEN (CAMEO 13x) — and a cooperative act said not to happen ("will not accept", "failed to reach
// agreement") is a REJECT (CAMEO 12x).
import type { ArticleDocument, Token } from '../document.js';
import type { PloverType } from '../types.js';
import { isPersonRef, type Dyad } from './actors.js';
import { isState } from './implicit-actors.js';
import type { TriggerMatch } from './triggers.js';
import type { StatusDecision } from './status.js';

const REFUSING_AUX = new Set(['will', 'would', 'wo', 'can', 'ca', 'cannot', 'could', 'shall']);
const FUTURE = new Set(['expected', 'planned', 'hypothetical']);
/** Cooperative CAMEO roots → the "express intent" code PLOVER folds into AGREE. */
const INTENT: Record<string, string> = { '04': '036', '05': '032', '06': '031', '07': '033', '08': '035' };
/** Conflictual CAMEO roots → the "threaten" code of the same kind. */
const THREAT: Record<string, string> = {
  '14': '133',
  '15': '138',
  '16': '131',
  '17': '137',
  '18': '138',
  '19': '138',
  '20': '138',
};
const THREAT_EXACT: Record<string, string> = { '1723': '1323', '1724': '1324', '191': '1381', '192': '1382' };

/** Does an intention frame ("wants to ...") turn an act of this code into an intent or a threat? */
export const intendable = (code: string | null): boolean =>
  !!code && (!!INTENT[code.slice(0, 2)] || !!THREAT[code.slice(0, 2)] || !!THREAT_EXACT[code.slice(0, 3)]);
/** Yielding acts (CAMEO 08x) → the demand that the target yield so (105x). */
const DEMANDED_YIELD: Record<string, string> = {
  '081': '1051',
  '082': '1052',
  '084': '1053',
  '085': '1054',
  '086': '1055',
  '087': '1056',
};
/** Cooperative CAMEO roots → the "reject" code of the same kind. */
const REFUSAL: Record<string, string> = {
  '03': '120',
  '04': '125',
  '05': '120',
  '06': '121',
  '07': '122',
  '08': '124',
};

export interface Coding {
  type: PloverType;
  code: string | null;
  mode: string | null;
  note: string;
}

/** Is the one who says so a party to the event, or the article itself? A third party's expectation is not an intent. */
function voicedByParty(doc: ArticleDocument, status: StatusDecision, dyad: Dyad): boolean {
  if (!status.asserted_by) return true;
  const asserter = status.asserted_by.entity ? doc.entityById(status.asserted_by.entity) : undefined;
  if (!asserter) return false;
  if ([...dyad.source, ...dyad.target].some((a) => a.entity === asserter.id)) return true;
  const country = (asserter.actor || asserter.country || '').slice(0, 3);
  const parties = [...dyad.source, ...dyad.target].map((a) => (a.actor ?? '').slice(0, 3));
  return !!country && parties.includes(country);
}

/**
 * A negation that refuses rather than reports a non-event: "will not accept", "would not allow",
 * "cannot agree", "failed to reach agreement" — not "did not supply" (a past act that did not happen).
 */
function refusal(tokens: Token[], first: number, status: StatusDecision): boolean {
  if (/^(fail|refuse|decline)-to$/.test(status.rule)) return true;
  for (let j = first - 1; j >= 0 && j >= first - 4; j--) if (REFUSING_AUX.has(tokens[j].lower)) return true;
  return false;
}

/**
 * "Human Rights Watch has charged Israel with using white phosphorous", "Uribe charged Correa's
 * government of having links with the FARC": only people face charges in court; a state, a
 * government or a body charged with something is accused of it (CAMEO 112, not 173).
 */
function chargedBody(doc: ArticleDocument, m: TriggerMatch, dyad: Dyad): boolean {
  if (m.pattern.code !== '173' || doc.tokens[m.first].lemma !== 'charge' || !dyad.target.length) return false;
  // (the body is the verb's object, right after it: "the chance to charge Ahmed Kalfan Ghailani - a
  // suspect imprisoned in Guantanamo Bay, Cuba" charges a man, whom no actor names)
  let k = m.last + 1;
  while (doc.tokens[k]?.pos === 'DET') k++;
  const object = doc.tokens[k];
  if (!object) return false;
  return dyad.target.every((t) => {
    const e = t.entity ? doc.entityById(t.entity) : undefined;
    const named = !!e?.mentions.some((x) => x.start <= object.start && object.start < x.end);
    return named && (e?.type === 'GPE' || e?.type === 'ORG');
  });
}

/** Verbs of taking hold: their person is taken into custody, not their property. */
const SEIZING = new Set(['seize', 'capture', 'grab', 'snatch']);
/** A state's own forces and offices after its country code (the code alone counts: "Israel seized …"). */
const STATE_SECTOR = /^(?:GOV|MIL|COP|SPY|JUD)?$/;
const stateActor = (actor: string | null) => !!actor && isState(actor.slice(0, 3)) && STATE_SECTOR.test(actor.slice(3));

export function recode(doc: ArticleDocument, m: TriggerMatch, status: StatusDecision, dyad: Dyad): Coding {
  const tokens = doc.tokens;
  const plain: Coding = { type: m.pattern.type as PloverType, code: m.pattern.code, mode: m.pattern.mode, note: '' };
  const code = m.pattern.code ?? '';
  if (chargedBody(doc, m, dyad)) return { type: 'ACCUSE', code: '112', mode: 'disapprove', note: '+charged-body' };
  // "Israeli soldiers seized Nasser al-Shaer at his home": a person seized by a state's forces is
  // arrested (CAMEO 173), by anyone else abducted (181: "kidnappers seized American journalist Jill
  // Carroll"), not property seized (171)
  if (
    code === '171' &&
    SEIZING.has(tokens[m.first].lemma) &&
    dyad.target.length &&
    dyad.target.every((t) => isPersonRef(doc, t))
  ) {
    const state = dyad.source.length > 0 && dyad.source.every((a) => stateActor(a.actor));
    return state
      ? { type: 'COERCE', code: '173', mode: 'arrest', note: '+person-seized' }
      : { type: 'ASSAULT', code: '181', mode: 'abduct', note: '+person-seized' };
  }
  const root = code.slice(0, 2);
  const comp = m.pattern.role === 'intent' || m.pattern.role === 'intent-frame' ? m.complement?.code : undefined;
  if (comp && status.status !== 'negated') {
    // an intention frame takes the kind of the act intended: "willing to send material" AGREE, "prepared to
    // impose martial law" THREATEN
    const croot = comp.slice(0, 2);
    const threat = THREAT_EXACT[comp] ?? THREAT_EXACT[comp.slice(0, 3)] ?? THREAT[croot];
    if (threat) return { type: 'THREATEN', code: threat, mode: null, note: '+intent-coercion' };
    if (INTENT[croot]) return { type: 'AGREE', code: INTENT[croot], mode: null, note: '+intent-cooperation' };
  }
  // "The United States calls for the release of …", "stressed the obligation … to lift embargoes": a
  // yielding act whose source is the one demanding it is the demand CAMEO codes (105x); where the source
  // is the one asked to yield ("urged Russia to withdraw its forces") the act keeps its code
  const yielding = DEMANDED_YIELD[code] ?? DEMANDED_YIELD[code.slice(0, 3)];
  const demander = status.asserted_by?.entity;
  if (status.status === 'demanded' && yielding && !!demander && dyad.source.some((a) => a.entity === demander))
    return { type: 'REQUEST', code: yielding, mode: 'yield', note: '+demanded-yield' };
  if (status.status === 'negated' && REFUSAL[root] && refusal(tokens, m.spanFirst, status)) {
    return { type: 'REJECT', code: REFUSAL[root], mode: null, note: '+negated-cooperation' };
  }
  if (!FUTURE.has(status.status) || !voicedByParty(doc, status, dyad)) return plain;
  // "Israel announced it would free ...": the party's own announcement is the intent CAMEO codes (03x,
  // 13x); a future act in the article's voice ("the US will supply arms") keeps its act code
  const announced = !!status.asserted_by;
  if (INTENT[root] && (root !== '08' || announced))
    return { type: 'AGREE', code: announced ? INTENT[root] : code, mode: null, note: '+future-cooperation' };
  const threat = THREAT_EXACT[code] ?? THREAT_EXACT[code.slice(0, 3)] ?? THREAT[root];
  const conditional = status.status === 'hypothetical' && (!announced || status.rule !== 'modal-before-trigger');
  // coercion in the future is a threat only as the party's own announcement ("NATO confirmed it would tighten
  // the blockade"); "Germany plans to impose sanctions" in the article's voice stays a planned SANCTION
  if (threat && announced && !conditional)
    return { type: 'THREATEN', code: threat, mode: null, note: '+future-coercion' };
  return plain;
}
