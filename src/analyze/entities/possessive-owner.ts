// The entity-possessive-owner component: a body named right after a country's possessive
// ("Russia's Defence Ministry", "Britain's Foreign Office") or its demonym ("the Russian Defence
// Ministry") belongs to that country. A body the KB does not know takes the country, and an actor
// code of the country plus the sector its words imply (ministry → GOV), so its events code to the
// right state.
import type { ArticleDocument, EntityRecord } from '../document.js';
import type { Component } from '../pipeline.js';
import { actorCountry, sectorOf } from './kb.js';

/** The country entity whose name mention ends right before the possessive at token `s`, or null. */
function ownerBefore(doc: ArticleDocument, s: number): EntityRecord | null {
  const prev = doc.tokens[s - 1];
  if (!prev) return null;
  for (const entity of doc.entities) {
    if ((entity.type !== 'GPE' && entity.type !== 'NORP') || !entity.country) continue;
    if (entity.mentions.some((m) => m.kind === 'name' && m.end === prev.end)) return entity;
  }
  return null;
}

/** The sector the body's own words imply: the longest run of them the agents know ("defence ministry"). */
function sectorOfName(words: string[]): string | undefined {
  for (let a = 0; a < words.length; a++) {
    for (let b = words.length; b > a; b--) {
      const sector = sectorOf(words.slice(a, b).join(' '));
      if (sector) return sector;
    }
  }
  return undefined;
}

export function linkPossessiveOwners(doc: ArticleDocument): void {
  const toks = doc.tokens;
  for (const entity of doc.entities) {
    if (entity.type !== 'ORG' || entity.country || entity.kb) continue;
    for (const mention of entity.mentions) {
      if (mention.kind !== 'name') continue;
      const at = doc.tokenIndexAt(mention.start);
      // "Russia's Defence Ministry" (possessive) or "the Russian Defence Ministry" (a demonym or
      // country name modifying the body)
      const possessive = /^['’]s$/.test(toks[at - 1]?.text ?? '');
      const owner = ownerBefore(doc, possessive ? at - 1 : at);
      if (!owner) continue;
      const sector = sectorOfName(mention.text.toLowerCase().split(/\s+/)) ?? '';
      // a bare country name before a body is a modifier only when the body names a state's organ
      // ("the U.S. Treasury Department"), not in "In Syria Hezbollah …"; the two must touch
      if (!possessive && (doc.text.slice(toks[at - 1].end, mention.start) !== ' ' || (owner.type === 'GPE' && !sector)))
        continue;
      entity.country = owner.country;
      entity.actor ??= actorCountry(owner.country!) + sector;
      break;
    }
  }
}

export const entityPossessiveOwners: Component = {
  name: 'entity-possessive-owners',
  needs: ['entities'],
  adds: [],
  run(doc) {
    linkPossessiveOwners(doc);
  },
};
