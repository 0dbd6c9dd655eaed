// Builds the contract's Analysis from the document's layers. It is the one place where output is
// shaped, so every span's text is taken from the article here: text.slice(start, end), always.
import type { ArticleDocument } from './document.js';
import type { Analysis, Entity, Event, Quote, Span, TextSpan, TimeValue } from './types.js';

const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

function textSpan<T extends TextSpan>(doc: ArticleDocument, s: T): T {
  return { ...s, text: doc.text.slice(s.start, s.end) };
}

export function toAnalysis(doc: ArticleDocument): Analysis {
  const entities: Entity[] = doc.entities
    .filter((e) => e.mentions.length > 0)
    .map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      actor: e.actor,
      country: e.country,
      kb: e.kb,
      roles: e.roles,
      mentions: e.mentions.map((m) => textSpan(doc, m)).sort(byStart),
      ...(e.credited ? { credited: e.credited } : {}),
    }));
  const quotes: Quote[] = [...doc.quotes].sort(byStart).map((q) => ({
    ...q,
    text: doc.text.slice(q.start, q.end),
    cue: q.cue ? textSpan(doc, q.cue) : null,
  }));
  const events: Event[] = [...doc.events]
    .sort((a, b) => byStart(a.trigger, b.trigger))
    .map((ev) => ({ ...ev, trigger: textSpan(doc, ev.trigger), time: ev.time ? textSpan(doc, ev.time) : null }));
  const times: TimeValue[] = [...doc.times].sort(byStart).map((t) => textSpan(doc, t));
  return { id: doc.id, published: doc.published, entities, quotes, events, times };
}
