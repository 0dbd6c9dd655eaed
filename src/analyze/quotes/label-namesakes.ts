// A transcript label ("MR. HAMMER:", "MARTIN:") is read twice. The entity layer makes what it can of
// the word: a one-word person ("Hammer", from the title before it) or, in capitals, a body or place
// ("MARTIN" as ORG). The quote layer then joins the label to the person the article names in full
// (speaker-transcript.ts labelPerson: Mike Hammer, Michel Martin). Left so, the label's span is a
// mention of two entities, and the one-word person is a second entity for the same speaker.
// After attribution, the label's entity takes the span over: a person named by its family name alone
// is the same person and joins it whole; any other entity only loses the label's mention (and goes
// when nothing is left). Quotes that named a joined or emptied entity name the label's person instead.
import type { ArticleDocument, EntityRecord } from '../document.js';
import type { Quote, SpeakerRef, Span } from '../types.js';

export interface LabelJoin {
  entity: EntityRecord;
  label: Span;
}

/**
 * A person named by the label person's family name alone ("Hammer" for Mike Hammer, "Le Drian" for
 * Jean-Yves Le Drian): the same person, read from the label alone.
 */
function isFamilyNamesake(other: EntityRecord, person: EntityRecord): boolean {
  if (other.type !== 'PERSON' || person.type !== 'PERSON') return false;
  const full = person.name.toLowerCase().split(/\s+/);
  const part = other.name.toLowerCase().split(/\s+/);
  return part.length < full.length && part.every((w, i) => w === full[full.length - part.length + i]);
}

function joinInto(person: EntityRecord, other: EntityRecord): void {
  for (const m of other.mentions)
    if (!person.mentions.some((p) => p.start === m.start && p.end === m.end)) person.mentions.push(m);
  for (const r of other.roles)
    if (!person.roles.some((p) => p.span.start === r.span.start && p.span.end === r.span.end)) person.roles.push(r);
  // (the recogniser's reading may have found the person in the knowledge base)
  person.kb ??= other.kb;
  person.actor ??= other.actor;
  person.country ??= other.country;
  other.mentions = [];
  other.roles = [];
}

function renamed(ref: SpeakerRef, replaced: Map<string, EntityRecord>): void {
  const by = ref.entity === null ? undefined : replaced.get(ref.entity);
  if (!by) return;
  ref.entity = by.id;
  ref.name = by.name;
}

const spanKey = (s: Span) => `${s.start}:${s.end}`;

export function absorbLabelNamesakes(doc: ArticleDocument, joins: readonly LabelJoin[], quotes: Quote[]): void {
  // most articles are no transcript: without a label there is no mention to look up
  if (joins.length === 0) return;
  // each label's person, by the label's span (a label is joined once per turn and answer)
  const personAt = new Map<string, EntityRecord>();
  for (const { entity, label } of joins) if (!personAt.has(spanKey(label))) personAt.set(spanKey(label), entity);
  const replaced = new Map<string, EntityRecord>();
  // one pass over the mentions: an entity other than the label's person holding a label's span
  for (const other of doc.entities) {
    for (let i = other.mentions.length - 1; i >= 0; i--) {
      const person = personAt.get(spanKey(other.mentions[i]));
      if (!person || person === other || replaced.has(person.id)) continue;
      if (isFamilyNamesake(other, person)) joinInto(person, other);
      else other.mentions.splice(i, 1);
      if (other.mentions.length === 0) {
        replaced.set(other.id, person);
        break;
      }
    }
  }
  if (replaced.size === 0) return;
  doc.entities = doc.entities.filter((e) => !replaced.has(e.id));
  for (const e of doc.entities)
    for (const r of e.roles) if (r.org && replaced.has(r.org)) r.org = replaced.get(r.org)!.id;
  doc.mentionsMoved();
  for (const q of quotes) {
    if (q.speaker) renamed(q.speaker, replaced);
    for (const w of q.with ?? []) renamed(w, replaced);
  }
}
