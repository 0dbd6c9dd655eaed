// Who "I" is in a statement its byline signs: "On behalf of the Government of the United States of
// America, I send sincere congratulations to the people of Italy …" under the byline "Antony J.
// Blinken, Secretary of State". Where the byline names one person and the text is no transcript
// (no speaker's label opens a line), the article's own "I" (outside anyone's quoted words) is that
// person: speaker rule i-author.
import type { EntityRecord } from '../document.js';
import { bylineOffice, bylinePeople } from '../entities/credited-people.js';
import { issuerOfficeCountry } from '../entities/issuer-roles.js';
import { actorCountry, lookupName, personActor } from '../entities/kb.js';
import { oncePerPass, type QuoteContext } from './context.js';
import { hasSpeakerLabel } from './speaker-transcript.js';

/** The entity of the one person the byline names, made once per quote pass; null for none. */
export const authorEntity = oncePerPass(findAuthor);

function findAuthor(ctx: QuoteContext): EntityRecord | null {
  const doc = ctx.doc;
  const people = bylinePeople(doc.byline);
  if (people.length !== 1 || hasSpeakerLabel(doc.text)) return null;
  const name = people[0];
  const hit = lookupName(name);
  const person = hit?.kind === 'person' ? hit : undefined;
  // the person the text names already (credited-people.ts joins a surname or a full name to them)
  const existing = doc.entities.find((e) => e.type === 'PERSON' && (e.name === name || (person && e.kb === person.id)));
  if (existing) return existing;
  // the office the byline gives, where it is one of the issuing government's ("…, Secretary of State")
  const office = bylineOffice(doc.byline, name);
  const country = person?.country ?? (office ? issuerOfficeCountry(doc, office) : null);
  return doc.addEntity({
    type: 'PERSON',
    name: person?.name ?? name,
    actor: person ? personActor(person, doc.published) : country ? `${actorCountry(country)}GOV` : null,
    country,
    kb: person?.id ?? null,
    credited: 'byline',
  });
}
