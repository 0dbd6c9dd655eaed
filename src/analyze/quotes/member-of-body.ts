// A speaker named as someone inside a body: "Generals in the Pentagon", "Officials from the Canadian
// Embassy", "A source within the Canadian government". The person or group has no name of its own;
// they speak for the body the phrase after them names, under its actor code.
import type { ArticleDocument, EntityRecord, Token } from '../document.js';
import type { Span } from '../types.js';
import { sectorOf } from '../entities/kb.js';
import { isPeopleHead } from './people-nouns.js';

/** Prepositions that put people inside a body ("in the Pentagon", "within the government"). */
const MEMBER_PREPOSITIONS = new Set(['within', 'inside', 'in', 'at', 'from']);
/** Nouns for someone who speaks from inside a body without being named. */
const SOURCE_NOUNS = new Set(['source', 'sources', 'insider', 'insiders']);

/** Whether token i is a lower-case noun for people: a source, a plural for people or a sector noun ("official"). */
function peopleWord(toks: Token[], i: number): boolean {
  const t = toks[i];
  // (capitalised only as the sentence's first word: "Generals in the Pentagon said")
  const opening = i === 0 || toks[i - 1].sentence !== t.sentence;
  if (!(opening || (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text)))) return false;
  return SOURCE_NOUNS.has(t.lower) || isPeopleHead(toks, i) || !!sectorOf(t.lower);
}

/**
 * The body named right after a speaker phrase that ends in a noun for people, where it is an
 * organisation with a sector code ("Generals in the Pentagon" → USAMIL, "A source within the Canadian
 * government" → CANGOV, the country and its sector read as one body); else null. A country alone is
 * where they are, not what they speak for ("officials in Iraq": sector-speaker.ts reads that).
 */
export function bodyAfterPeople(doc: ArticleDocument, span: Span): EntityRecord | null {
  const toks = doc.tokens;
  const last = doc.tokenIndexAt(span.end - 1);
  if (last < 0 || toks[last].end !== span.end || !peopleWord(toks, last)) return null;
  if (!MEMBER_PREPOSITIONS.has(toks[last + 1]?.lower ?? '')) return null;
  // (the body's mention may take its article in: "the Canadian government")
  const opensMention = (j: number) => {
    const hit = toks[j] ? doc.entityAt(toks[j].start) : null;
    return hit && hit.mention.start === toks[j].start ? hit.entity : null;
  };
  const body = opensMention(last + 2) ?? (toks[last + 2]?.lower === 'the' ? opensMention(last + 3) : null);
  return body?.type === 'ORG' && body.actor && body.actor.length > 3 ? body : null;
}
