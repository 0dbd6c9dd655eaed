// Actors named by a common noun alone: "The government expressed appreciation", "The civilians ... were
// released by Putin". PETRARCH codes such a side by its sector with no country (`---GOV`, `---CVL`), or with
// the country of the place the noun belongs to ("a court in Guyana" → GUYJUD); where the sentence implies a
// country (one country named, the place of the act) the event layer joins the sector to it ("Egyptian police
// fired on demonstrators" → EGYOPP). Named actors come first: a sector noun only fills a side they leave empty.
import type { ArticleDocument, Sentence, Token } from '../document.js';
import { mayEndSector, sectorOf } from '../entities/kb.js';
import type { ActorMention, MentionIndex } from './actors.js';

/** The country placeholder of an actor whose country the text does not give. */
export const NO_COUNTRY = '---';

const isNoun = (t: Token | undefined) => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN');

/**
 * Sector nouns of the agents' list that, with no people named before them, name a thing: "a just and
 * durable settlement in Afghanistan", "a political settlement" are agreements, not settlers.
 */
const NOT_ALONE = new Set(['settlement', 'settlements']);

/**
 * The sector nouns heading a noun phrase no entity covers, as actor mentions coded `---SEC`. The head is
 * the last noun of the phrase ("security forces", "four senior officers"); a two-word compound is looked up
 * before its head alone.
 */
export function genericMentions(
  doc: ArticleDocument,
  s: Sentence,
  index: MentionIndex,
  prepBefore: (i: number) => boolean,
): ActorMention[] {
  const tokens = doc.tokens;
  const out: ActorMention[] = [];
  // a name with no actor code ("Rebels" read as a name, "The troops") may still be a sector noun
  const coded = (i: number) => !!index.get(i)?.code;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = tokens[i];
    // a capitalised word inside the sentence belongs to a name ("the Democratic People's Republic")
    const inName = i > s.firstToken && /^\p{Lu}/u.test(t.text);
    if (!isNoun(t) || inName || coded(i) || isNoun(tokens[i + 1]) || !mayEndSector(t.lower)) continue;
    if (NOT_ALONE.has(t.lower)) continue;
    // "security forces": a two-word compound is looked up before its head alone
    const pair =
      i > s.firstToken && tokens[i - 1].pos === 'NOUN' && !coded(i - 1)
        ? sectorOf(`${tokens[i - 1].lower} ${t.lower}`)
        : undefined;
    const sector = pair ?? sectorOf(t.lower);
    if (!sector) continue;
    let first = pair ? i - 1 : i;
    // the phrase's own determiners and modifiers, for its name
    while (
      first > s.firstToken &&
      !coded(first - 1) &&
      /^(DET|ADJ|NUM)$/.test(tokens[first - 1].pos) &&
      tokens[first - 1].lower !== 'that'
    )
      first--;
    const country = countryAfter(tokens, index, i, s.endToken);
    out.push({
      entity: null,
      actor: (country ?? NO_COUNTRY) + sector,
      name: doc.text.slice(tokens[first].start, t.end),
      first,
      last: i,
      // "to the rebels" is a prepositional object: a target, never a subject
      inPP: prepBefore(first),
      generic: true,
    });
  }
  return out;
}

const OF_PLACE = new Set(['in', 'of', 'from']);

/** "a court in Guyana", "the mayor of the West Bank city of Nablus": the country of the place the noun belongs to. */
function countryAfter(tokens: Token[], index: MentionIndex, head: number, end: number): string | null {
  if (!OF_PLACE.has(tokens[head + 1]?.lower ?? '')) return null;
  for (let j = head + 2; j < end && j <= head + 5; j++) {
    const hit = index.get(j);
    if (hit) return hit.code && /^[A-Z]{3}/.test(hit.code) ? hit.code.slice(0, 3) : null;
    if (!/^(DET|ADJ)$/.test(tokens[j].pos)) return null;
  }
  return null;
}
