// The event component: for each sentence, triggers → dyad → status → time, then denials attach to
// the events they deny. An event with no actor on either side is not kept.
import type { ArticleDocument, Sentence } from '../document.js';
import type { Component } from '../pipeline.js';
import type { Event, PloverType, Quote } from '../types.js';
import { actorMentions, findDyad, indexMentions, type ActorMention, type Dyad, type MentionIndex } from './actors.js';
import { anchorTime } from './anchor-time.js';
import { clauseAround, clauseStarts } from './clauses.js';
import { applyDenial, findDenials, type Denial } from './denial.js';
import { eventLexicon, type EventLexicon } from './lexicon.js';
import { decideStatus, findAccordingTo, type StatusDecision } from './status.js';
import { findTriggers, type TriggerMatch } from './triggers.js';

const JOINT_TYPES = new Set(['CONSULT', 'COOPERATE', 'AGREE']);

const FUTURE = new Set(['expected', 'planned', 'hypothetical']);
/** The CAMEO roots of cooperative acts, which PLOVER folds into AGREE when they lie in the future. */
const COOPERATIVE_ROOTS = new Set(['04', '05', '06', '07']);

/**
 * PLOVER codes cooperation announced for the future ("Portugal will support ...", "Hungary said it will
 * support ...") as AGREE. Only where the one who says so is a party to it or the article itself:
 * a third party's expectation ("Washington believes Kim will travel") stays what it is.
 */
function futureCooperation(doc: ArticleDocument, m: TriggerMatch, status: StatusDecision, dyad: Dyad) {
  const plain = { type: m.pattern.type as PloverType, code: m.pattern.code, mode: m.pattern.mode, note: '' };
  const root = (m.pattern.code ?? '').slice(0, 2);
  if (!FUTURE.has(status.status) || !COOPERATIVE_ROOTS.has(root)) return plain;
  const asserter = status.asserted_by?.entity ? doc.entityById(status.asserted_by.entity) : undefined;
  if (status.asserted_by && !asserter) return plain;
  if (asserter) {
    const country = (asserter.actor || asserter.country || '').slice(0, 3);
    const parties = [...dyad.source, ...dyad.target].map((a) => (a.actor ?? '').slice(0, 3));
    if (!country || !parties.includes(country)) return plain;
  }
  // CAMEO keeps the act itself (a future visit is still 042): only the PLOVER type changes
  return { type: 'AGREE' as PloverType, code: m.pattern.code, mode: null, note: '+future-cooperation' };
}

/** The quote whose content covers an offset (quotes are few: a scan is enough). */
function quoteFinder(quotes: Quote[]): (offset: number) => Quote | undefined {
  return (offset) =>
    quotes.find((q) =>
      q.parts?.length ? q.parts.some((p) => p.start <= offset && offset < p.end) : q.start <= offset && offset < q.end,
    );
}

function speakerThreat(
  doc: ArticleDocument,
  quote: Quote | undefined,
  mentions: ActorMention[],
  m: TriggerMatch,
  from: number,
) {
  // "they will pay a price": the speaker threatens the clause's subject (the nearest actor before it)
  const speaker = quote?.speaker?.entity ? doc.entityById(quote.speaker.entity) : undefined;
  const code = speaker ? speaker.actor || speaker.country : null;
  const subject = mentions
    .filter((x) => x.last < m.first && x.first >= from - 20 && x.entity?.id !== speaker?.id)
    .pop();
  if (!speaker || !code || !subject) return null;
  return {
    source: [{ entity: speaker.id, actor: code, name: speaker.name }],
    target: [{ entity: subject.entity?.id ?? null, actor: subject.actor, name: subject.name }],
    rule: 'speaker-threat',
  };
}

function eventsOfSentence(
  doc: ArticleDocument,
  s: Sentence,
  lex: EventLexicon,
  quoteAt: (o: number) => Quote | undefined,
  index: MentionIndex,
) {
  const tokens = doc.tokens;
  const mentions = actorMentions(doc, s, lex, quoteAt, index);
  const denials = findDenials(doc, s, lex, mentions);
  if (!mentions.length) return { events: [] as Event[], denials };
  const starts = clauseStarts(doc, s, lex);
  const according = findAccordingTo(tokens, s, mentions);
  const skip = (m: ActorMention) => !!according && m.first >= according.first && m.last <= according.last;
  const events: Event[] = [];
  for (const m of findTriggers(doc, s, lex)) {
    if (!m.pattern.type) continue;
    // "rejected the report" is a denial, not a REJECT event
    if (denials.some((d) => d.anaphoric && d.verb.i === m.first)) continue;
    const clause = clauseAround(s, starts, m.first);
    const first = tokens[m.spanFirst];
    const last = tokens[m.last];
    const quote = quoteAt(first.start);
    const dyad =
      (m.pattern.role === 'speaker-threat' ? speakerThreat(doc, quote, mentions, m, s.firstToken) : null) ??
      findDyad(tokens, mentions, m.spanFirst, m.last, clause, skip, m.spanFirst !== m.first);
    if (!dyad.source.length && !dyad.target.length) continue;
    // "Moscow and Pyongyang negotiated": in a joint event each side is the other's counterpart
    if (JOINT_TYPES.has(m.pattern.type) && dyad.source.length >= 2 && !dyad.target.length) {
      dyad.target = dyad.source.map((a) => ({ ...a }));
      dyad.rule += '+joint';
    }
    const status = decideStatus(
      { doc, sentence: s, lex, mentions, quote, accordingTo: according },
      m.spanFirst,
      clause,
    );
    const { type, code, mode, note } = futureCooperation(doc, m, status, dyad);
    const clauseSpan = { start: tokens[clause.from].start, end: tokens[clause.to - 1].end };
    const trigger = { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) };
    events.push({
      id: '',
      type,
      mode,
      code,
      source: dyad.source,
      target: dyad.target,
      status: status.status,
      asserted_by: status.asserted_by,
      denied_by: [],
      trigger,
      sentence: { start: s.start, end: s.end },
      time: anchorTime(doc, s, trigger, clauseSpan),
      rule: `${m.rule}/${dyad.rule}${note}`,
      status_rule: status.rule,
    });
  }
  return { events, denials };
}

export function extractEvents(doc: ArticleDocument): Event[] {
  const lex = eventLexicon();
  const quoteAt = quoteFinder(doc.quotes);
  const index = indexMentions(doc);
  const events: Event[] = [];
  const denials: Denial[] = [];
  for (const s of doc.sentences) {
    try {
      const r = eventsOfSentence(doc, s, lex, quoteAt, index);
      events.push(...r.events);
      denials.push(...r.denials);
    } catch {
      // a sentence the rules cannot read yields no events rather than stopping the article
    }
  }
  for (const d of denials) applyDenial(doc, events, d);
  events.forEach((e, i) => (e.id = `ev${i + 1}`));
  return events;
}

export const eventExtractor: Component = {
  name: 'event-extractor',
  needs: ['tokens', 'sentences'],
  adds: ['events'],
  run(doc: ArticleDocument) {
    try {
      doc.events = extractEvents(doc);
    } catch {
      doc.events = [];
    }
  },
};
