// Plain, readable lines for the query commands' default output (--json gives the rows themselves).
import { MARK_CLOSE, MARK_OPEN } from './queries/search.js';
import type { ArticleRef, EntitySummary, EventActor, EventRow, QuoteRow, RoleSpan } from './store.js';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Matched terms in a snippet: bold on a terminal, «like this» elsewhere. */
export function showMarks(snippet: string, terminal: boolean): string {
  const text = oneLine(snippet);
  if (!terminal) return text;
  return text.split(MARK_OPEN).join('\x1b[1m').split(MARK_CLOSE).join('\x1b[22m');
}

export function articleLabel(a: ArticleRef): string {
  const title = a.title ? oneLine(a.title) : a.article;
  return `${title} (${a.published ?? 'undated'}; ${a.article})`;
}

export function entityLabel(e: EntitySummary): string {
  const codes = [e.type, e.actor, e.country && e.country !== e.actor ? e.country : null, e.kb].filter(Boolean);
  return `${e.name} [${codes.join(' ')}]`;
}

export function entityLine(e: EntitySummary): string {
  return `${entityLabel(e)}: ${e.mentions} mentions in ${e.articles} articles`;
}

export function quoteLines(q: QuoteRow, terminal: boolean): string[] {
  const speaker = q.speaker ? q.speaker.name : 'unattributed';
  const body = q.snippet ? showMarks(q.snippet, terminal) : oneLine(q.text);
  const cue = q.cue ? ` (${oneLine(q.cue)})` : '';
  const reporter = q.reportedBy ? `, according to ${q.reportedBy.name}` : '';
  return [`“${body}”`, `    — ${speaker}${cue}${reporter}, ${q.kind}; ${articleLabel(q)}`];
}

/** "President, Ukraine (2022-02-23 – 2022-07-27, 22 articles; latest state-pr-363376)". */
export function roleSpanLine(r: RoleSpan): string {
  const where = [r.org, r.country].filter(Boolean).join(', ');
  const dates = r.from === r.to ? (r.from ?? 'undated') : `${r.from ?? 'undated'} – ${r.to}`;
  const count = r.articles === 1 ? `in ${r.latest.article}` : `${r.articles} articles; latest ${r.latest.article}`;
  return `${r.former ? 'formerly ' : ''}${r.title}${where ? `, ${where}` : ''} (${dates}, ${count})`;
}

const actorNames = (actors: EventActor[]) =>
  actors.length
    ? actors.map((a) => [a.name, a.actor ? `[${a.actor}]` : null].filter(Boolean).join(' ')).join(', ')
    : '?';

export function eventLines(ev: EventRow): string[] {
  const head = [
    `#${ev.id} ${ev.type}${ev.code ? ` (${ev.code})` : ''}: ${actorNames(ev.source)} → ${actorNames(ev.target)}`,
    ev.time ? `, ${ev.time}` : '',
    ev.contested ? '  CONTESTED' : '',
  ].join('');
  const reports = ev.assertions.map((a) => {
    const who = a.asserter ? a.asserter.name : 'the article';
    return `    ${a.status} by ${who}: “${oneLine(a.trigger)}” in ${articleLabel(a)}`;
  });
  return [head, ...reports];
}
