// One identity across articles for bodies named by their initials. "UN", "U.N." and "United
// Nations" are three entities in the store (the KB lists each name of a body as an entry of its own,
// and keys.ts keys a body it does not know by its whole name); when the store holds one body with the
// same actor code whose initials the short name is ("IAEA", "International Atomic Energy Agency"),
// the short one is merged into it and its key kept as an alias, as surname-aliases.ts does for
// people named by surname alone. The shared actor code is the evidence: bodies without one are left
// apart ("ABC" is not "Annual Bilateral Consultations").
import type Database from 'better-sqlite3';
import { EntityMerger, IdsByWord, TouchedKeys, describedOnly, leadingEntity } from './merge-entity.js';

/** Words a body's initials leave out ("International Court of Justice" → ICJ). */
const GLUE = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'at', 'to', 'de', 'des', 'du', 'la', 'le', 'el', '&']);

interface BodyRow {
  id: number;
  key: string;
  name: string;
  actor: string | null;
}

/** The initials of a name of two words or more; a word in capitals counts whole (UN High Commissioner → UNHC…). */
export function initialsOf(name: string): string | null {
  const words = name.split(/[\s\u2010-\u2015-]+/).filter(Boolean);
  if (words.length < 2) return null;
  let out = '';
  for (const w of words) {
    if (GLUE.has(w.toLowerCase())) continue;
    const bare = w.replace(/\./g, '');
    if (/^\p{Lu}{2,}$/u.test(bare)) out += bare;
    else if (/^\p{L}/u.test(w)) out += w[0].toUpperCase();
    else return null;
  }
  return out.length >= 2 ? out : null;
}

/** The initials a short name is, if it is one: 2 to 8 capitals, with or without dots ("U.N." → UN). */
export function acronymOf(name: string): string | null {
  const bare = name.trim().replace(/\.\s*/g, '');
  return /^\p{Lu}{2,8}$/u.test(bare) ? bare : null;
}

export class AcronymAliases {
  /** Bodies named in full, by their initials. */
  private readonly byInitials: IdsByWord;
  /** Initials the batch touched. */
  private readonly touched = new TouchedKeys();
  private readonly merger: EntityMerger;
  private readonly s;

  constructor(db: Database.Database) {
    this.merger = new EntityMerger(db);
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      // (NOCASE: the index on names is case-blind; the case is checked after)
      short: p(
        `SELECT id, key, name, actor FROM entity WHERE name = ? COLLATE NOCASE AND type = 'ORG' AND actor IS NOT NULL`,
      ),
      byId: p('SELECT id, key, name, actor FROM entity WHERE id = ?'),
      bodies: p(`SELECT id, key, name, actor FROM entity WHERE type = 'ORG' AND instr(trim(name), ' ') > 0`),
    };
    this.byInitials = new IdsByWord(() =>
      (this.s.bodies.all() as BodyRow[]).flatMap((row): [string, number][] => {
        const initials = initialsOf(row.name);
        return initials ? [[initials, row.id]] : [];
      }),
    );
  }

  /** Notes a body the writer stored (named by its initials, or in full). */
  note(id: number, type: string, name: string): void {
    if (type !== 'ORG') return;
    const short = acronymOf(name);
    if (short) {
      this.touched.add(short);
      return;
    }
    const initials = initialsOf(name);
    if (!initials) return;
    this.touched.add(initials);
    this.byInitials.add(initials, id);
  }

  /** Looks again at the initials the last batch touched; returns the number of entities merged. */
  mergeTouched(): number {
    let merged = 0;
    for (const initials of this.touched.take()) {
      // written "UN" or "U.N."
      for (const name of [initials, initials.split('').join('.') + '.']) {
        for (const short of this.s.short.all(name) as BodyRow[]) {
          if (acronymOf(short.name) !== initials) continue;
          const into = this.fullBody(initials, short.actor);
          if (into === null) continue;
          this.merger.merge(short, into);
          merged++;
        }
      }
    }
    return merged;
  }

  /** The body the initials stand for: same actor code, and DOMINANCE of the articles of all with them. */
  private fullBody(initials: string, actor: string | null): number | null {
    const bodies: BodyRow[] = [];
    for (const id of this.byInitials.get(initials)) {
      const row = this.s.byId.get(id) as BodyRow | undefined;
      // (an id may have gone since it was indexed)
      if (row && initialsOf(row.name) === initials && !describedOnly(row.key)) bodies.push(row);
    }
    const lead = leadingEntity(this.merger, bodies);
    return lead && lead.actor === actor ? lead.id : null;
  }
}
