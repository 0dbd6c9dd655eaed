// Identity across articles: which entity rows and event rows two analyses share.
import type { ActorRef, Entity, Event } from '../analyze/types.js';
import { lexiconSets } from '../analyze/entities/lexicon.js';

/** Lower case, no accents, no punctuation, single spaces: "Jake  Sullivan." and "jake sullivan" meet. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * "antony j blinken" → "antony blinken": articles give a person's middle initial or leave it out.
 * (People the KB knows, where an initial tells two apart, George W. and George H. W. Bush, are keyed
 * by their KB id instead.)
 */
export function withoutMiddleInitials(name: string): string {
  const words = name.split(' ');
  if (words.length < 3) return name;
  return words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1).join(' ');
}

/**
 * The knowledge-base id when the analysis gives one, else the type and the normalised name. An
 * entity the article only describes ("Witnesses", "a senior administration official") is someone
 * else in every article: its key holds the article's id, so that actor pages do not gather every
 * anonymous official into one. So is a body every government has ("Foreign Ministry") where the
 * article gives it no country; with one, the country is part of its key.
 */
export function entityKey(
  entity: Pick<Entity, 'type' | 'name' | 'kb' | 'mentions' | 'country' | 'credited'>,
  article: string,
): string {
  if (entity.kb) return `kb:${entity.kb}`;
  const name = normaliseName(entity.name);
  const key = `${entity.type}:${entity.type === 'PERSON' ? withoutMiddleInitials(name) : name}`;
  // (a person the byline names is named, though the text only says "I"; so is one leader's
  // government: "the Bush administration", entities/descriptions.ts)
  const named = entity.mentions.some((m) => (m.kind ?? 'name') === 'name' || m.rule === 'leader-government');
  if (!entity.credited && !named) return `${key}@${article}`;
  // "Foreign Ministry", "Parliament", "the Alliance": every government has one. The country the
  // article gives it tells them apart; without one, it is its article's own, as a description is.
  if (entity.type === 'ORG' && isGenericBodyName(name))
    return entity.country ? `${key}#${entity.country}` : `${key}@${article}`;
  return key;
}

/** A normalised name made only of words that name bodies every government has ("foreign ministry"). */
function isGenericBodyName(normalised: string): boolean {
  const generic = lexiconSets().genericBodyWords;
  return normalised !== '' && normalised.split(' ').every((w) => generic.has(w));
}

/** An actor is known by its code; without one, by its entity's key, then by its name. */
function actorKey(ref: ActorRef, entityKeys: ReadonlyMap<string, string>): string {
  if (ref.actor) return ref.actor;
  const key = ref.entity ? entityKeys.get(ref.entity) : undefined;
  if (key) return key;
  return ref.name ? `name:${normaliseName(ref.name)}` : '?';
}

const side = (refs: ActorRef[], entityKeys: ReadonlyMap<string, string>) =>
  [...new Set(refs.map((r) => actorKey(r, entityKeys)))].sort().join(',');

/** Where an event's report sits in time when the event itself has no date: its article's. */
export interface ReportContext {
  article: string;
  published: string | null;
}

/** A calendar time value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, with or without a clock time) as a key part. */
function calendarValue(value: string | undefined): string | null {
  if (!value || !/^\d{4}(-|$)/.test(value)) return null; // durations, sets, PRESENT_REF: no anchor
  return /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
}

/** The ISO week (YYYY-Www) of a YYYY-MM-DD day. */
export function isoWeek(day: string): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday = 0
  d.setUTCDate(d.getUTCDate() - weekday + 3); // the Thursday of this week decides its year
  const year = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 86400000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The time part of an event's identity: its own date; else its article's publication week; else the article. */
export function eventWhen(event: Pick<Event, 'time'>, report: ReportContext): string {
  const own = calendarValue(event.time?.value);
  if (own) return own;
  if (report.published && /^\d{4}-\d{2}-\d{2}/.test(report.published)) return `week:${isoWeek(report.published)}`;
  // Undated reports of undated events cannot be told apart from a different event: keep them apart.
  return `article:${report.article}`;
}

/**
 * Same type, same source and target actors, and the same time → the same real-world event. The time
 * is the event's date when it has one, else the week its article was published in: undated reports of
 * CONSULT between the same two parties months apart are different meetings.
 */
export function eventKey(event: Event, entityKeys: ReadonlyMap<string, string>, report: ReportContext): string {
  return [event.type, side(event.source, entityKeys), side(event.target, entityKeys), eventWhen(event, report)].join(
    '|',
  );
}
