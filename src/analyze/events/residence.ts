// The country an ethnic group is coded by where the sentence places it, as CAMEO coders do: "ethnic
// Albanians demonstrated in Serbia" → SRB, "the Albanians of southern Serbia" → SRB; a people named
// without such a place keeps its own code ("Albanian rebels" → ALB).
import type { Sentence, Token } from '../document.js';
import type { MentionIndex } from './actors.js';

/** Entity types of places an actor may be placed in. */
export const PLACE_TYPES: ReadonlySet<string> = new Set(['GPE', 'LOC']);

/** The state code of a place mention starting at token i, after "in"/"of" and its determiners and adjectives. */
function placeAt(tokens: Token[], index: MentionIndex, i: number, preps: RegExp): string | null {
  const hit = index.get(i);
  if (!hit || !PLACE_TYPES.has(hit.entity.type) || !hit.code || hit.mention.start !== tokens[i].start) return null;
  let j = i - 1;
  while (j >= 0 && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ')) j--;
  return j >= 0 && preps.test(tokens[j].lower) ? hit.code.slice(0, 3) : null;
}

/**
 * The code of the place a people mention (tokens first..last) lives in, or null: the place right after
 * it ("of southern Serbia"), or, for a group called ethnic, a place the sentence locates things in.
 */
export function residence(
  tokens: Token[],
  s: Sentence,
  index: MentionIndex,
  first: number,
  last: number,
  own: string,
): string | null {
  const next = tokens[last + 1];
  if (next?.lower === 'of') {
    for (let j = last + 2; j < s.endToken && j <= last + 4; j++) {
      const code = placeAt(tokens, index, j, /^of$/);
      if (code) return code !== own ? code : null;
    }
  }
  if (tokens[first - 1]?.lower !== 'ethnic') return null;
  for (let j = s.firstToken; j < s.endToken; j++) {
    if (j >= first && j <= last) continue;
    const code = placeAt(tokens, index, j, /^(in|of)$/);
    if (code && code !== own) return code;
  }
  return null;
}
