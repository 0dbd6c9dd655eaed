// PLOVER export: one JSON record per event, one a line, in the PLOVER data model's terms (event_type,
// mode, source/target actors and countries, event date) with every report as text evidence.
import type Database from 'better-sqlite3';
import { cameo } from './cameo.js';
import { eventDay, eventRecords, isContested, type EventRecord, type ExportActor } from './event-records.js';

const actorOut = (a: ExportActor) => ({ name: a.name, actor_code: a.code, country: a.country, type: a.type });

export function ploverRecord(e: EventRecord) {
  const c = cameo(e.code);
  const names = (side: ExportActor[]) =>
    side
      .map((a) => a.name ?? a.code)
      .filter(Boolean)
      .join('; ') || null;
  return {
    id: `dossier-${e.id}`,
    event_type: e.type,
    mode: e.mode,
    event_date: eventDay(e),
    time_value: e.time,
    source_actor: names(e.source),
    source_country: e.source[0]?.country ?? null,
    target_actor: names(e.target),
    target_country: e.target[0]?.country ?? null,
    source: e.source.map(actorOut),
    target: e.target.map(actorOut),
    cameo_code: e.code,
    goldstein: c?.goldstein ?? null,
    quad_class: c?.quad ?? null,
    contested: isContested(e),
    num_reports: e.reports.length,
    reports: e.reports.map((r) => ({
      article: r.article,
      url: r.url,
      publication_date: r.published,
      status: r.status,
      asserted_by: r.asserter,
      trigger: r.trigger,
      text: r.sentence,
      time_text: r.timeText,
    })),
  };
}

export function* ploverLines(db: Database.Database): Generator<string> {
  for (const e of eventRecords(db)) yield JSON.stringify(ploverRecord(e));
}
