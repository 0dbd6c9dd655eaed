// A city named before the noun of an attack is where it happened, not who made it: "the 7 July London
// bombings", "the 2004 Madrid bombings", "the string of Zahedan and Tehran bombings". The entity layer
// reads a capital as its country's government (metonymy), which would make the country bomb itself.
import type { ArticleDocument, Token } from '../document.js';
import type { ActorMention } from './actors.js';
import type { TriggerMatch } from './triggers.js';

/** CAMEO's codes of violence: unconventional (18x) and conventional (19x) force. */
const VIOLENCE_CODE = /^1[89]/;
/** Words that may stand between a place and the noun it modifies ("the London suicide bombings"). */
const MODIFIER_POS = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN']);
const POSSESSIVE = /^['’]s?$/;

/** Whether a mention names a city (a capital read as its country, or a place the KB files), not a country. */
function namesCity(doc: ArticleDocument, a: ActorMention): boolean {
  const e = a.entity;
  if (!e || e.type !== 'GPE') return false;
  if (e.kb?.startsWith('place:')) return true;
  const rule = doc.entityAt(doc.tokens[a.first].start)?.mention.rule ?? '';
  return rule === 'metonymy' || rule.includes('kb-capital');
}

/**
 * Whether mention a is a city modifying the noun trigger m (only modifiers, "and" and commas between;
 * not a possessive: "Moscow's strikes" are Russia's).
 */
function cityBeforeAttackNoun(
  doc: ArticleDocument,
  tokens: readonly Token[],
  a: ActorMention,
  m: TriggerMatch,
): boolean {
  if (a.last >= m.first || POSSESSIVE.test(tokens[a.last + 1]?.text ?? '') || !namesCity(doc, a)) return false;
  for (let j = a.last + 1; j < m.first; j++) {
    const t = tokens[j];
    if (!(MODIFIER_POS.has(t.pos) || t.lower === 'and' || t.text === ',') || POSSESSIVE.test(t.text)) return false;
  }
  return true;
}

/**
 * The mentions that may be sides of trigger m: all of them, less the cities that only say where an
 * attack named by a noun happened.
 */
export function sidesOfAct(doc: ArticleDocument, mentions: ActorMention[], m: TriggerMatch): ActorMention[] {
  const tokens = doc.tokens;
  const noun = m.spanFirst === m.first && tokens[m.first].pos === 'NOUN' && VIOLENCE_CODE.test(m.pattern.code ?? '');
  if (!noun) return mentions;
  const places = mentions.filter((a) => cityBeforeAttackNoun(doc, tokens, a, m));
  return places.length ? mentions.filter((a) => !places.includes(a)) : mentions;
}
