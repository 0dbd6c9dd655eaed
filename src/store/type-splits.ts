// One identity across articles for a name the recogniser typed differently in different articles.
// keys.ts keys an entity the KB does not know by its type and name, so "Ben Rhodes", a person in
// most briefings, was also a place in the capitals of nine briefings' headings ("PRESS CALL BY BEN
// RHODES, DEPUTY NATIONAL SECURITY ADVISOR …") and a body in three: three actors, each with part of
// his quotes. The same name is almost always the same one; a type is a reading, and readings that
// disagree are outvoted. After each batch the names it touched are looked at again: when one type
// holds at least twice the articles of all the others together, the others are merged into it and
// their keys kept as aliases (merge-entity.ts). The decision follows the evidence: when a later
// batch makes another type lead, the name moves to it with everything; when none leads any more,
// each type is an entity of its own again. Names the KB knows are keyed by their KB id and are left
// alone, as are entities an article only describes.
import type Database from 'better-sqlite3';
import type { EntityType } from '../analyze/types.js';
import { EntityMerger, TouchedKeys, describedOnly, type AliasRow } from './merge-entity.js';

const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'MISC'];

/** The leading type's articles must be at least this many times those of all the others. */
const LEAD = 2;

interface EntityRow {
  id: number;
  key: string;
  name: string;
  type: string;
}

/** One type's key of a name, as the store holds it: an entity of its own, or an alias merged into one. */
interface Reading {
  type: string;
  row: EntityRow | null;
  alias: AliasRow | null;
  /** Articles that name it under this key. */
  articles: number;
}

export class TypeSplits {
  /** Normalised names (a key without its type) the batch touched. */
  private readonly touched = new TouchedKeys();
  private readonly merger: EntityMerger;
  private readonly s;

  /** `restored` hears of each entity that comes back under its own key (the other merges index it). */
  constructor(
    db: Database.Database,
    private readonly restored: (id: number, type: string, name: string, key: string) => void = () => {},
  ) {
    this.merger = new EntityMerger(db);
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      row: p('SELECT id, key, name, type FROM entity WHERE key = ?'),
      // an entity's own articles: those not reached through another type's key of the same name
      ownArticles: p(`SELECT count(DISTINCT article) AS n FROM mention WHERE entity = ? AND kind = 'name'
        AND (via IS NULL OR via NOT IN (SELECT value FROM json_each(?)))`),
      aliasArticles: p(`SELECT count(DISTINCT article) AS n FROM mention WHERE via = ? AND kind = 'name'`),
    };
  }

  /** Notes an entity the writer stored, or reached through an alias, under `key`. */
  note(key: string): void {
    if (key.startsWith('kb:') || describedOnly(key)) return;
    const colon = key.indexOf(':');
    if (colon > 0) this.touched.add(key.slice(colon + 1));
  }

  /** Looks again at the names the last batch touched; returns how many readings were merged, moved or parted. */
  mergeTouched(): number {
    let changed = 0;
    for (const name of this.touched.take()) changed += this.decide(name);
    return changed;
  }

  private decide(name: string): number {
    const keys = TYPES.map((t) => `${t}:${name}`);
    const readings = this.readings(keys);
    if (readings.length < 2) return 0;
    const lead = readings.reduce((a, b) => (b.articles > a.articles ? b : a));
    const rest = readings.reduce((sum, r) => sum + r.articles, 0) - lead.articles;
    const group = new Set(keys);
    if (lead.articles === 0 || lead.articles < LEAD * rest) return this.part(readings, group);
    let into: number;
    let changed = 0;
    if (lead.row) into = lead.row.id;
    else {
      const holder = lead.alias!.entity;
      // the lead was merged into another type of the name: it comes back, and that one joins it
      if (this.inGroup(holder, group)) {
        into = this.restore(lead.alias!, lead.type);
        changed++;
      } else into = holder; // (merged by another module into a person of another name: it goes there)
    }
    for (const r of readings) {
      if (r.row && r.row.id !== into) {
        this.merger.merge(r.row, into);
        changed++;
      }
    }
    return changed;
  }

  /** No type leads: each merged here is an entity of its own again. */
  private part(readings: Reading[], group: ReadonlySet<string>): number {
    let parted = 0;
    for (const r of readings) {
      if (r.alias && this.inGroup(r.alias.entity, group)) {
        this.restore(r.alias, r.type);
        parted++;
      }
    }
    return parted;
  }

  private readings(keys: string[]): Reading[] {
    const json = JSON.stringify(keys);
    const out: Reading[] = [];
    TYPES.forEach((type, i) => {
      const key = keys[i];
      const row = (this.s.row.get(key) as EntityRow | undefined) ?? null;
      const alias = row ? null : this.merger.alias(key);
      if (!row && !alias) return;
      const articles = row ? this.s.ownArticles.get(row.id, json) : this.s.aliasArticles.get(key);
      out.push({ type, row, alias, articles: (articles as { n: number }).n });
    });
    return out;
  }

  private restore(alias: AliasRow, type: string): number {
    const id = this.merger.restore(alias, type);
    this.restored(id, type, alias.name, alias.key);
    return id;
  }

  private inGroup(id: number, group: ReadonlySet<string>): boolean {
    const key = this.merger.keyOf(id);
    return key !== null && group.has(key);
  }
}
