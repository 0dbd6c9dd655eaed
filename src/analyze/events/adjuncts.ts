// Triggers that do not make events of their own:
//  - an attributive participle ("the occupied West Bank", "occupied territories"): a modifier, not an act;
//  - an "-ing" adjunct elaborating the event before it ("shelled Juba ..., killing about 20 people");
//  - the aim of a protest ("blocked streets ... to demand reforms", "rioted, demanding that ..."):
//    the protest is the event.
import type { Token } from '../document.js';
import type { TriggerMatch } from './triggers.js';

const isNominal = (t: Token | undefined) => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ');

/** "the occupied West Bank": a past participle between a determiner (or adjective) and its noun. */
export function attributive(tokens: Token[], m: TriggerMatch): boolean {
  if (m.first !== m.last) return false;
  const t = tokens[m.first];
  if (!/ed$/.test(t.lower)) return false;
  const prev = tokens[m.first - 1];
  const next = tokens[m.first + 1];
  const opensPhrase = !prev || prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'ADP' || prev.text === ',';
  return opensPhrase && isNominal(next) && (!prev || prev.pos !== 'AUX');
}

function adjunctOf(tokens: Token[], b: TriggerMatch, before: TriggerMatch[]): boolean {
  const t = tokens[b.spanFirst];
  const ing =
    /ing$/.test(t.lower) && tokens.slice(Math.max(0, b.spanFirst - 2), b.spanFirst).some((x) => x.text === ',');
  const purpose = tokens[b.spanFirst - 1]?.lower === 'to';
  if (!ing && !purpose) return false;
  for (const a of before) {
    if (!a.pattern.type || !b.pattern.type) continue;
    if (ing && a.pattern.type === b.pattern.type) return true;
    if (a.pattern.type === 'PROTEST' && b.pattern.type === 'REQUEST') return true;
  }
  return false;
}

/** The triggers that make events of their own, in order. */
export function ownEvents(tokens: Token[], triggers: TriggerMatch[]): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  for (const m of triggers) {
    if (attributive(tokens, m)) continue;
    if (adjunctOf(tokens, m, out)) continue;
    out.push(m);
  }
  return out;
}
