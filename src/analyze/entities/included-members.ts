// The entity-included-members component: a person named as one of a coded group ("North Korean
// officials including Kim Jong-un", "Iraqi officials such as …") takes the group's actor code and
// country where the article and the KB give the person none. The KB's officials stop in 2015: a
// later leader the article names only inside such a group would otherwise have no code, and their
// events none either.
import type { ArticleDocument, EntityRecord } from '../document.js';
import type { Component } from '../pipeline.js';

/** Words that list members of the group before them: "officials including …", "leaders such as …". */
const INCLUDING = new Set(['including', 'among']);

/** How many names may stand listed after the group's word ("officials including X, Y and Z"). */
const MAX_LISTED = 4;

export function codeIncludedMembers(doc: ArticleDocument): void {
  const entityAt = doc.entityFinder();
  for (const person of doc.entities) {
    if (person.type !== 'PERSON' || person.actor || person.kb) continue;
    for (const m of person.mentions) {
      if (m.kind !== 'name') continue;
      const group = groupBefore(doc, doc.tokenIndexAt(m.start), entityAt);
      if (!group) continue;
      person.actor = group.actor;
      person.country ??= group.country;
      break;
    }
  }
}

/** The coded group whose members the list holding token k names, or null. */
function groupBefore(
  doc: ArticleDocument,
  k: number,
  entityAt: ReturnType<ArticleDocument['entityFinder']>,
): EntityRecord | null {
  const toks = doc.tokens;
  let j = k - 1;
  // past earlier names of the list and their joins ("officials including X and Y" reads back past X)
  for (let listed = 0; listed < MAX_LISTED; listed++) {
    const t = toks[j];
    if (!t || t.sentence !== toks[k].sentence) return null;
    if (t.lower === 'as' && toks[j - 1]?.lower === 'such') j -= 1;
    else if (!INCLUDING.has(t.lower)) {
      // another name of the list, then its join
      if (t.text !== ',' && t.lower !== 'and') return null;
      const before = toks[j - 1] ? entityAt(toks[j - 1].start) : undefined;
      if (!before || before.entity.type !== 'PERSON' || before.mention.kind !== 'name') return null;
      j = doc.tokenIndexAt(before.mention.start) - 1;
      continue;
    }
    // the group right before the listing word, a comma between them or none
    let g = j - 1;
    if (toks[g]?.text === ',') g--;
    const hit = toks[g] ? entityAt(toks[g].start) : undefined;
    if (!hit || hit.mention.kind !== 'nominal' || hit.entity.type !== 'ORG' || !hit.entity.actor) return null;
    if (hit.mention.end !== toks[g].end) return null;
    return hit.entity;
  }
  return null;
}

export const entityIncludedMembers: Component = {
  name: 'entity-included-members',
  needs: ['entities', 'roles'],
  adds: [],
  run: codeIncludedMembers,
};
