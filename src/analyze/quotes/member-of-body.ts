// A speaker named as someone inside a body: "Generals in the Pentagon", "Officials from the Canadian
// Embassy", "A source within the Canadian government". The person or group has no name of its own;
// they speak for the body the phrase after them names, under its actor code.
import type { ArticleDocument, Token } from '../document.js';
import type { Span } from '../types.js';
import { actorCountry, sectorOf } from '../entities/kb.js';
import { isPeopleHead } from './people-nouns.js';

/** Prepositions that put people inside a body ("in the Pentagon", "within the government"). */
const MEMBER_PREPOSITIONS = new Set(['within', 'inside', 'in', 'at', 'from']);
/** Nouns for someone who speaks from inside a body without being named. */
const SOURCE_NOUNS = new Set(['source', 'sources', 'insider', 'insiders']);

export interface BodyActor {
  actor: string;
  country: string | null;
}

/** Whether token i is a lower-case noun for people: a source, a plural for people or a sector noun ("official"). */
function peopleWord(toks: Token[], i: number): boolean {
  const t = toks[i];
  // (capitalised only as the sentence's first word: "Generals in the Pentagon said")
  const opening = i === 0 || toks[i - 1].sentence !== t.sentence;
  if (!(opening || (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text)))) return false;
  return SOURCE_NOUNS.has(t.lower) || isPeopleHead(toks, i) || !!sectorOf(t.lower);
}

/**
 * The actor of the body named right after a speaker phrase that ends in a noun for people: an
 * organisation with a sector code ("in the Pentagon" → USAMIL), or a country's word before a sector
 * noun ("within the Canadian government" → CANGOV). Null where no such body follows.
 */
export function bodyAfterPeople(doc: ArticleDocument, span: Span): BodyActor | null {
  const toks = doc.tokens;
  const last = doc.tokenIndexAt(span.end - 1);
  if (last < 0 || toks[last].end !== span.end || !peopleWord(toks, last)) return null;
  if (!MEMBER_PREPOSITIONS.has(toks[last + 1]?.lower ?? '')) return null;
  // (the body's mention may take its article in: "the Canadian government")
  const opensMention = (j: number) => {
    const hit = toks[j] ? doc.entityAt(toks[j].start) : null;
    return hit && hit.mention.start === toks[j].start ? hit : null;
  };
  const at = opensMention(last + 2) ?? (toks[last + 2]?.lower === 'the' ? opensMention(last + 3) : null);
  if (!at) return null;
  const { entity } = at;
  // (a country's code alone is where they are, not what they speak for: "officials in Iraq")
  if (entity.type === 'ORG' && entity.actor && entity.actor.length > 3)
    return { actor: entity.actor, country: entity.country };
  if ((entity.type !== 'NORP' && entity.type !== 'GPE') || !entity.country) return null;
  const next = toks[doc.tokenIndexAt(at.mention.end - 1) + 1];
  const sector = next?.pos === 'NOUN' ? sectorOf(next.lower) : undefined;
  return sector && /^[A-Z]{3}$/.test(sector)
    ? { actor: `${actorCountry(entity.country)}${sector}`, country: entity.country }
    : null;
}
