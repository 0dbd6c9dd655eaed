// Triggers that do not make events of their own:
//  - an attributive participle ("the occupied West Bank", "occupied territories", "Syrian-backed"): a modifier;
//  - a participle reducing a relative clause ("two men sought in the slaying", "property seized by the
//    army"): background to the sentence's own event, which the finite verb carries;
//  - an "-ing" adjunct elaborating the event before it ("shelled Juba ..., killing about 20 people",
//    "declared a state of siege, suspending parts of the constitution");
//  - the aim of a protest ("blocked streets ... to demand reforms", "rioted, demanding that ..."):
//    the protest is the event.
import type { Sentence, Token } from '../document.js';
import type { TriggerMatch } from './triggers.js';

const isNominal = (t: Token | undefined) => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ');

/** "the occupied West Bank": a past participle between a determiner (or adjective) and its noun. */
export function attributive(tokens: Token[], m: TriggerMatch): boolean {
  if (m.first !== m.last) return false;
  const t = tokens[m.first];
  if (!/ed$/.test(t.lower)) return false;
  const prev = tokens[m.first - 1];
  const next = tokens[m.first + 1];
  // "Syrian-backed militia", "rebel-held territory": the participle closes a hyphenated modifier
  if (prev && /^[-‐–]$/.test(prev.text) && prev.end === t.start) return true;
  // a comma opens the phrase only inside a list of modifiers ("the occupied, annexed lands"), not after an
  // appositive ("Kenzo Oshima, the UN relief coordinator, demanded parties to ...")
  const listComma = prev?.text === ',' && tokens[m.first - 2]?.pos === 'ADJ';
  const opensPhrase = !prev || prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'ADP' || listComma;
  return opensPhrase && isNominal(next) && (!prev || prev.pos !== 'AUX');
}

/** Prepositions that open a reduced relative's adjunct ("sought in", "seized by"); not particles like "down". */
const RELATIVE_ADJUNCT = new Set([
  'by',
  'in',
  'for',
  'over',
  'at',
  'during',
  'from',
  'with',
  'as',
  'after',
  'since',
  'near',
  'under',
]);

const SAYING = new Set(['say', 'tell', 'claim', 'report', 'believe', 'think', 'announce', 'confirm', 'add', 'state']);

/** A past form that is not an "-ing" or third-person form: "sought", "seized", "taken". */
const pastForm = (t: Token) => t.pos === 'VERB' && t.lower !== t.lemma && !/(ing|s)$/.test(t.lower);

/**
 * "two Brazilian men sought in the slaying", "victims killed by the crash": a past participle right after
 * a noun, with no object but a preposition after it, where the noun is not the clause's subject (a verb
 * stands before it) or a finite verb follows ("The civilians imprisoned for ... were released").
 */
export function reducedRelative(tokens: Token[], m: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  // a single word: a pattern that runs on into an object ("blocked roads") is a finite verb's
  if (m.spanFirst !== m.first || m.first !== m.last) return false;
  const t = tokens[m.first];
  const prev = tokens[m.first - 1];
  if (!pastForm(t) || !prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return false;
  let j = m.last + 1;
  while (j < sentenceEnd && tokens[j].pos === 'ADV') j++;
  if (j >= sentenceEnd || !RELATIVE_ADJUNCT.has(tokens[j].lower)) return false;
  // a verb before the noun makes it an object ("issued warrants for two men sought in"); a reporting verb
  // or "that" opens a clause whose subject it may be ("said rebels attacked in the north")
  for (let k = m.first - 2; k >= sentenceStart; k--) {
    const w = tokens[k];
    // ", a member of the Hamas movement jailed over a year ago": an appositive noun phrase is read through
    if (w.text === ',' && tokens[k + 1]?.pos === 'DET' && tokens[k + 1].lower !== 'that') continue;
    if (w.lower === 'that' || w.text === ',' || SAYING.has(w.lemma)) break;
    // (a capitalised word inside a name the tagger read as a verb is none: "Special Representative for
    // the DPRK Sung Kim met with …", "Sung" tagged as "sing")
    if (w.pos === 'VERB' && /^\p{Lu}/u.test(w.text) && k > sentenceStart && tokens[k + 1]?.pos === 'PROPN') continue;
    if (w.pos === 'VERB' || w.pos === 'AUX') return true;
  }
  // (a finite verb: "… met with Le Drian on the sidelines of the conference to discuss …" has only an
  // infinitive after it, and "met" is the sentence's own verb)
  for (let k = j + 1; k < sentenceEnd; k++) {
    if (tokens[k].text === ',' || tokens[k].text === ';') return false;
    // (an infinitive is none: "to discuss", "to be")
    if (tokens[k - 1].lower === 'to') continue;
    if (tokens[k].pos === 'AUX' || (tokens[k].pos === 'VERB' && !/ing$/.test(tokens[k].lower))) return true;
  }
  return false;
}

function adjunctOf(tokens: Token[], b: TriggerMatch, before: TriggerMatch[]): boolean {
  const t = tokens[b.spanFirst];
  const ingForm = /ing$/.test(t.lower) && t.pos === 'VERB';
  // ", killing about 20 people", ", suspending parts of the constitution": a participle clause after the
  // event elaborates it
  const ing = ingForm && tokens.slice(Math.max(0, b.spanFirst - 2), b.spanFirst).some((x) => x.text === ',');
  const purpose = tokens[b.spanFirst - 1]?.lower === 'to';
  if (!ingForm && !purpose) return false;
  for (const a of before) {
    if (!a.pattern.type || !b.pattern.type) continue;
    if (ing) return true;
    // "demonstrated in Kirkuk calling for independence", "blocked streets to demand reforms": the aim
    if (a.pattern.type === 'PROTEST' && b.pattern.type === 'REQUEST') return true;
  }
  return false;
}

/** The triggers that make events of their own, in order. */
export function ownEvents(tokens: Token[], triggers: TriggerMatch[], s: Sentence): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  for (const m of triggers) {
    if (attributive(tokens, m)) continue;
    if (reducedRelative(tokens, m, s.firstToken, s.endToken)) continue;
    if (adjunctOf(tokens, m, out)) continue;
    out.push(m);
  }
  return out;
}
