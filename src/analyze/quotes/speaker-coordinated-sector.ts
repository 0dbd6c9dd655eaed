// "Israeli and Palestinian officials said …", "The Rwandan and Burundian governments … declared …":
// the speaker phrase read is the last conjunct's group ("Palestinian officials"); the country coordinated
// before it has its own group of the same kind (entities/descriptions.ts, rule
// `country-sector-coordinated`), and it speaks with it.
import type { ArticleDocument } from '../document.js';
import type { SpeakerRef } from '../types.js';
import type { Phrase } from './phrases.js';

/** The group coordinated before a speaker phrase's country, as a joint speaker, else null. */
export function coordinatedSectorSpeaker(doc: ArticleDocument, speaker: Phrase): SpeakerRef[] | null {
  const toks = doc.tokens;
  // the "and" inside the phrase ("Israeli and Palestinian officials") or right before it
  let and = -1;
  for (let j = Math.max(1, speaker.first - 1); j < speaker.endToken; j++) if (toks[j].lower === 'and') and = j;
  if (and < 1) return null;
  const before = toks[and - 1];
  for (const e of doc.entities)
    for (const m of e.mentions)
      if (m.rule === 'country-sector-coordinated' && m.end === before.end)
        return [{ entity: e.id, name: e.name, start: m.start, end: m.end }];
  return null;
}
