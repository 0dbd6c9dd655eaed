// Writes one article and its Analysis into the tables, replacing what an older analysis of the same
// article left. The caller owns the transaction; this only runs statements.
import type Database from 'better-sqlite3';
import type { AgentRef, Analysis, Entity, Event } from '../analyze/types.js';
import { entityKey, eventKey, type ReportContext } from './keys.js';
import { AcronymAliases } from './acronym-aliases.js';
import { PeopleNames } from './people-names.js';
import { NameVariants } from './name-variants.js';
import { SurnameAliases } from './surname-aliases.js';
import { TypeSplits } from './type-splits.js';
import { encodeMinhash } from './signature-codec.js';
import type { ArticleRecord, PutItem, PutOutcome } from './store.js';
import { textHash } from './text-hash.js';

type Statement = Database.Statement;

export class AnalysisWriter {
  private readonly s: Record<string, Statement>;

  /**
   * People named with a variant of their given name, surname-only people and bodies named by
   * initials, merged after each batch (one identity).
   */
  readonly variants: NameVariants;
  readonly surnames: SurnameAliases;
  readonly acronyms: AcronymAliases;
  /** A name typed differently in different articles, merged into the type most of them give it. */
  readonly types: TypeSplits;
  /** Peoples, named after each batch by the word their articles use most. */
  readonly peoples: PeopleNames;

  constructor(private readonly db: Database.Database) {
    this.variants = new NameVariants(db);
    this.surnames = new SurnameAliases(db);
    this.acronyms = new AcronymAliases(db);
    this.peoples = new PeopleNames(db);
    this.types = new TypeSplits(db, (id, type, name, key) => this.noteStored(id, type, name, key));
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      articleById: p('SELECT n FROM article WHERE id = ?'),
      duplicateOf: p('SELECT id FROM article WHERE text_hash = ? AND id <> ? ORDER BY n LIMIT 1'),
      insertArticle: p(`INSERT INTO article (id, url, title, source, published, license, text, text_hash, duplicate_of,
        analysed_at, analysis, analyser) VALUES (@id, @url, @title, @source, @published, @license, @text, @text_hash,
        @duplicate_of, @analysed_at, @analysis, @analyser)`),
      updateArticle: p(`UPDATE article SET url = @url, title = @title, source = @source, published = @published,
        license = @license, text = @text, text_hash = @text_hash, duplicate_of = @duplicate_of,
        analysed_at = @analysed_at, analysis = @analysis, analyser = @analyser WHERE id = @id`),
      upsertSignature: p(`INSERT INTO article_signature (article, minhash) VALUES (?, ?)
        ON CONFLICT (article) DO UPDATE SET minhash = excluded.minhash`),
      deleteSignature: p('DELETE FROM article_signature WHERE article = ?'),
      // Entities and events the article's old rows point to: after they go, those left unused go too.
      oldEntities: p(`SELECT entity AS id FROM mention WHERE article = @id
        UNION SELECT entity FROM role WHERE article = @id UNION SELECT org_entity FROM role WHERE article = @id
        UNION SELECT speaker FROM quote WHERE article = @id UNION SELECT reported_by FROM quote WHERE article = @id
        UNION SELECT asserter FROM assertion WHERE article = @id
        UNION SELECT w.entity FROM quote_with w JOIN quote q ON q.id = w.quote WHERE q.article = @id
        UNION SELECT ea.entity FROM event_actor ea JOIN assertion a ON a.event = ea.event WHERE a.article = @id`),
      oldEvents: p('SELECT DISTINCT event AS id FROM assertion WHERE article = ?'),
      deleteMentions: p('DELETE FROM mention WHERE article = ?'),
      deleteRoles: p('DELETE FROM role WHERE article = ?'),
      deleteQuotes: p('DELETE FROM quote WHERE article = ?'),
      deleteAssertions: p('DELETE FROM assertion WHERE article = ?'),
      deleteTimes: p('DELETE FROM time WHERE article = ?'),
      deleteEventIfUnused: p(
        'DELETE FROM event WHERE id = @id AND NOT EXISTS (SELECT 1 FROM assertion WHERE event = @id)',
      ),
      deleteEntityIfUnused: p(`DELETE FROM entity WHERE id = @id
        AND NOT EXISTS (SELECT 1 FROM mention WHERE entity = @id) AND NOT EXISTS (SELECT 1 FROM role WHERE entity = @id)
        AND NOT EXISTS (SELECT 1 FROM role WHERE org_entity = @id) AND NOT EXISTS (SELECT 1 FROM quote WHERE speaker = @id)
        AND NOT EXISTS (SELECT 1 FROM quote WHERE reported_by = @id)
        AND NOT EXISTS (SELECT 1 FROM assertion WHERE asserter = @id)
        AND NOT EXISTS (SELECT 1 FROM quote_with WHERE entity = @id)
        AND NOT EXISTS (SELECT 1 FROM event_actor WHERE entity = @id)`),
      upsertEntity: p(`INSERT INTO entity (key, type, name, country, actor, kb) VALUES (@key, @type, @name, @country,
        @actor, @kb) ON CONFLICT (key) DO UPDATE SET country = coalesce(entity.country, excluded.country),
        actor = coalesce(entity.actor, excluded.actor), kb = coalesce(entity.kb, excluded.kb) RETURNING id`),
      aliasedEntity: p('SELECT entity FROM entity_alias WHERE key = ?'),
      insertMention: p(`INSERT INTO mention (article, entity, start, "end", kind, text, rule, via)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      insertRole: p(`INSERT INTO role (entity, title, org, org_entity, country, as_of, article, start, "end", rule,
        via, org_via, former) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertQuoteWith: p(`INSERT INTO quote_with (quote, position, entity, name, start, "end", via)
        VALUES (?, ?, ?, ?, ?, ?, ?)`),
      insertQuote: p(`INSERT INTO quote (article, local_id, kind, start, "end", text, parts, cue_start, cue_end,
        cue_text, speaker, speaker_name, speaker_start, speaker_end, rule, speaker_rule, speaker_via, reported_by,
        reported_by_name, reported_by_start, reported_by_end, reported_by_via)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertTime: p('INSERT INTO time (article, start, "end", text, type, value, rule) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      upsertEvent: p(`INSERT INTO event (key, type, mode, code, time_value) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET mode = coalesce(event.mode, excluded.mode),
        code = coalesce(event.code, excluded.code) RETURNING id`),
      eventHasActors: p('SELECT EXISTS (SELECT 1 FROM event_actor WHERE event = ?) AS has'),
      insertEventActor: p(
        'INSERT INTO event_actor (event, side, position, actor, entity, name, via) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      insertAssertion: p(`INSERT INTO assertion (event, article, local_event, asserter, asserter_name, status,
        trigger_start, trigger_end, trigger_text, sentence_start, sentence_end, sentence_text, time_start, time_end,
        time_text, rule, status_rule, asserter_via)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    };
  }

  put(item: PutItem, analysedAt: string): PutOutcome {
    const s = this.s;
    const { article, analysis } = item;
    if (analysis.id !== article.id) throw new Error(`the analysis is of "${analysis.id}", not "${article.id}"`);
    const hash = textHash(article.text);
    const exists = s.articleById.get(article.id) !== undefined;
    const row = {
      id: article.id,
      url: article.url ?? null,
      title: article.title ?? null,
      source: article.source ?? null,
      published: article.published ?? null,
      license: article.license ?? null,
      text: article.text,
      text_hash: hash,
      duplicate_of:
        item.duplicateOf !== undefined
          ? item.duplicateOf
          : ((s.duplicateOf.get(hash, article.id) as { id: string } | undefined)?.id ?? null),
      analysed_at: analysedAt,
      analysis: JSON.stringify(analysis),
      analyser: item.analyser ?? null,
    };
    let staleEntities: number[] = [];
    let staleEvents: number[] = [];
    if (exists) {
      staleEntities = ids(s.oldEntities.all({ id: article.id }));
      staleEvents = ids(s.oldEvents.all(article.id));
      for (const del of ['deleteMentions', 'deleteRoles', 'deleteQuotes', 'deleteAssertions', 'deleteTimes']) {
        s[del].run(article.id);
      }
      s.updateArticle.run(row);
    } else {
      s.insertArticle.run(row);
    }
    // A copy of an earlier article asserts nothing of its own: its original's rows already count.
    if (row.duplicate_of === null) this.writeLayers(article, analysis);
    if (item.minhash !== undefined)
      s.upsertSignature.run(article.id, item.minhash ? encodeMinhash(item.minhash) : null);
    else if (exists) s.deleteSignature.run(article.id); // the old text's signature no longer describes it
    // Events first: an unused event may hold the last reference to an entity through event_actor.
    for (const id of staleEvents) s.deleteEventIfUnused.run({ id });
    for (const id of staleEntities) s.deleteEntityIfUnused.run({ id });
    return exists ? 'replaced' : 'added';
  }

  private writeLayers(article: ArticleRecord, analysis: Analysis): void {
    const s = this.s;
    const id = article.id;
    const text = article.text;
    const report = { article: id, published: article.published ?? analysis.published ?? null };
    const entityIds = new Map<string, number>();
    const entityKeys = new Map<string, string>();
    // the alias key each entity was stored through, if it was (merge-entity.ts: a merge may move on)
    const aliasKeys = new Map<string, string>();
    for (const e of analysis.entities) {
      const key = entityKey(e, id);
      entityKeys.set(e.id, key);
      const stored = this.upsertEntity(e, key);
      entityIds.set(e.id, stored.id);
      if (stored.viaAlias) aliasKeys.set(e.id, key);
    }
    const entityOf = (local: string | null | undefined) => (local ? (entityIds.get(local) ?? null) : null);
    const viaOf = (local: string | null | undefined) => (local ? (aliasKeys.get(local) ?? null) : null);
    const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
    const nameOf = (local: string | null | undefined) => (local ? (names.get(local) ?? null) : null);

    for (const e of analysis.entities) {
      const eid = entityIds.get(e.id)!;
      const via = viaOf(e.id);
      for (const m of e.mentions)
        s.insertMention.run(id, eid, m.start, m.end, m.kind ?? 'name', m.text, m.rule ?? null, via);
      for (const r of e.roles) {
        const orgEntity = r.org ? entityOf(r.org) : null;
        const orgName = orgEntity !== null ? nameOf(r.org) : r.org;
        s.insertRole.run(
          eid,
          r.title,
          orgName ?? null,
          orgEntity,
          r.country ?? null,
          article.published ?? null,
          id,
          r.span.start,
          r.span.end,
          r.rule ?? null,
          via,
          orgEntity !== null ? viaOf(r.org) : null,
          r.former ? 1 : null,
        );
      }
    }

    for (const q of analysis.quotes) {
      const quote = s.insertQuote.run(
        id,
        q.id,
        q.kind,
        q.start,
        q.end,
        q.text,
        q.parts ? JSON.stringify(q.parts) : null,
        q.cue?.start ?? null,
        q.cue?.end ?? null,
        q.cue?.text ?? null,
        entityOf(q.speaker?.entity),
        q.speaker?.name ?? null,
        q.speaker?.start ?? null,
        q.speaker?.end ?? null,
        q.rule ?? null,
        q.speaker_rule ?? null,
        viaOf(q.speaker?.entity),
        entityOf(q.reported_by?.entity),
        q.reported_by?.name ?? null,
        q.reported_by?.start ?? null,
        q.reported_by?.end ?? null,
        viaOf(q.reported_by?.entity),
      );
      (q.with ?? []).forEach((w, i) =>
        s.insertQuoteWith.run(
          quote.lastInsertRowid,
          i,
          entityOf(w.entity),
          w.name,
          w.start ?? null,
          w.end ?? null,
          viaOf(w.entity),
        ),
      );
    }

    for (const t of analysis.times) s.insertTime.run(id, t.start, t.end, t.text, t.type, t.value, t.rule ?? null);

    for (const ev of analysis.events) {
      const eventId = this.upsertEvent(ev, entityKeys, entityOf, viaOf, nameOf, report);
      const assert = (agent: AgentRef | null, status: string) =>
        s.insertAssertion.run(
          eventId,
          id,
          ev.id,
          entityOf(agent?.entity),
          agent?.name ?? null,
          status,
          ev.trigger.start,
          ev.trigger.end,
          ev.trigger.text,
          ev.sentence.start,
          ev.sentence.end,
          text.slice(ev.sentence.start, ev.sentence.end),
          ev.time?.start ?? null,
          ev.time?.end ?? null,
          ev.time?.text ?? null,
          ev.rule ?? null,
          ev.status_rule ?? null,
          viaOf(agent?.entity),
        );
      assert(ev.asserted_by, ev.status);
      for (const denier of ev.denied_by ?? []) {
        // A denied event whose asserter is the denier is already that denial.
        if (ev.status === 'denied' && sameAgent(denier, ev.asserted_by)) continue;
        assert(denier, 'denied');
      }
    }
  }

  private upsertEntity(e: Entity, key: string): { id: number; viaAlias: boolean } {
    // an entity already merged into another (type-splits.ts, name-variants.ts, surname-aliases.ts,
    // acronym-aliases.ts)
    const merged = this.s.aliasedEntity.get(key) as { entity: number } | undefined;
    // (a reading through an alias is evidence too: the type it gives may come to lead)
    this.types.note(key);
    if (merged) return { id: merged.entity, viaAlias: true };
    const row = this.s.upsertEntity.get({
      key,
      type: e.type,
      name: e.name,
      country: e.country ?? null,
      actor: e.actor ?? null,
      kb: e.kb ?? null,
    }) as { id: number };
    this.noteStored(row.id, e.type, e.name, key);
    return { id: row.id, viaAlias: false };
  }

  /** Tells the merges of the next batch of an entity stored under its own key. */
  private noteStored(id: number, type: string, name: string, key: string): void {
    this.variants.note(id, type, name, key);
    this.surnames.note(id, type, name, key);
    this.acronyms.note(id, type, name);
    this.peoples.note(id, key);
  }

  private upsertEvent(
    ev: Event,
    entityKeys: ReadonlyMap<string, string>,
    entityOf: (local: string | null | undefined) => number | null,
    viaOf: (local: string | null | undefined) => string | null,
    nameOf: (local: string | null | undefined) => string | null,
    report: ReportContext,
  ): number {
    const s = this.s;
    const key = eventKey(ev, entityKeys, report);
    const row = s.upsertEvent.get(key, ev.type, ev.mode ?? null, ev.code ?? null, ev.time?.value ?? null) as {
      id: number;
    };
    // The first report of an event names its actors; later reports share the same codes by construction.
    if (!(s.eventHasActors.get(row.id) as { has: number }).has) {
      for (const [side, refs] of [
        ['source', ev.source],
        ['target', ev.target],
      ] as const) {
        refs.forEach((r, i) =>
          s.insertEventActor.run(
            row.id,
            side,
            i,
            r.actor ?? null,
            entityOf(r.entity),
            r.name ?? nameOf(r.entity),
            viaOf(r.entity),
          ),
        );
      }
    }
    return row.id;
  }
}

function ids(rows: unknown[]): number[] {
  return (rows as { id: number | null }[]).map((r) => r.id).filter((id): id is number => id !== null);
}

function sameAgent(a: AgentRef, b: AgentRef | null): boolean {
  if (!b) return false;
  return a.entity && b.entity ? a.entity === b.entity : a.name === b.name;
}
