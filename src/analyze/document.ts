// The article as the pipeline sees it: an immutable text and the span layers that components add.
// Every span is in UTF-16 code units of `text` exactly as given (no trimming, no normalising).
import type { EntityType, Event, Mention, Quote, Role, Span, TimeValue } from './types.js';

export interface Token extends Span {
  /** Index of the token in the document. */
  i: number;
  text: string;
  /** Universal POS tag from wink-nlp (PROPN, VERB, SPACE for newlines, ...). */
  pos: string;
  /** Lower-cased lemma. */
  lemma: string;
  /** Lower-cased surface form. */
  lower: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence extends Span {
  i: number;
  /** Token index range, inclusive start, exclusive end. */
  firstToken: number;
  endToken: number;
}

/** An entity while the pipeline builds it; becomes the contract's Entity at the end. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  actor: string | null;
  country: string | null;
  kb: string | null;
  roles: Role[];
  mentions: Mention[];
  /** Named only by the byline (see Entity.credited). */
  credited?: 'byline';
}

interface MentionHit {
  entity: EntityRecord;
  mention: Mention;
  /** Entity order first, then mention order: the original scan order, for ties between nested mentions. */
  order: number;
}

/**
 * Mentions sorted by start, kept in step with the entity layer when mentions or entities are only
 * appended; anything else (dropped entities, replaced arrays) asks for a rebuild.
 */
class MentionIndex {
  readonly hits: MentionHit[] = [];
  maxLength = 0;
  /** Per entity in layer order: the entity, its mentions array and how many of them are indexed. */
  private readonly seen: { entity: EntityRecord; mentions: Mention[]; count: number; last?: Mention }[] = [];

  constructor(entities: readonly EntityRecord[]) {
    entities.forEach((entity, e) => {
      entity.mentions.forEach((mention, m) => this.hits.push(this.hit(entity, mention, e, m)));
      this.seen.push({
        entity,
        mentions: entity.mentions,
        count: entity.mentions.length,
        last: entity.mentions.at(-1),
      });
    });
    sortByStart(this.hits);
  }

  /** Inserts mentions appended since the last call; false when the layer changed in another way. */
  update(entities: readonly EntityRecord[]): boolean {
    if (entities.length < this.seen.length) return false;
    // one pass (asked before every look-up): check each known entity, insert what was appended; on a
    // mismatch the caller drops this index, so mentions inserted before it do no harm
    for (let e = 0; e < entities.length; e++) {
      const entity = entities[e];
      let s = this.seen[e];
      if (s) {
        if (entity !== s.entity || entity.mentions !== s.mentions || entity.mentions.length < s.count) return false;
        if (s.count > 0 && entity.mentions[s.count - 1] !== s.last) return false;
        if (entity.mentions.length === s.count) continue;
      } else {
        s = { entity, mentions: entity.mentions, count: 0 };
        this.seen.push(s);
      }
      for (let m = s.count; m < entity.mentions.length; m++) this.insert(this.hit(entity, entity.mentions[m], e, m));
      s.count = entity.mentions.length;
      s.last = entity.mentions.at(-1);
    }
    return true;
  }

  private hit(entity: EntityRecord, mention: Mention, e: number, m: number): MentionHit {
    this.maxLength = Math.max(this.maxLength, mention.end - mention.start);
    return { entity, mention, order: e * 1e6 + m };
  }

  /** After every hit starting at or before it: ties keep scan order, though entityAt breaks them by order anyway. */
  private insert(hit: MentionHit): void {
    let lo = 0;
    let hi = this.hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.hits[mid].mention.start <= hit.mention.start) lo = mid + 1;
      else hi = mid;
    }
    this.hits.splice(lo, 0, hit);
  }
}

/** The entity whose mention in `index` covers the offset (see ArticleDocument.entityAt). */
function lookUpEntity(index: MentionIndex, offset: number): { entity: EntityRecord; mention: Mention } | undefined {
  // last mention starting at or before the offset; a covering one starts at most maxLength before
  let lo = 0;
  let hi = index.hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.hits[mid].mention.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  let best: MentionHit | undefined;
  for (let i = lo - 1; i >= 0; i--) {
    const hit = index.hits[i];
    if (hit.mention.start < offset - index.maxLength) break;
    if (offset < hit.mention.end && (!best || hit.order < best.order)) best = hit;
  }
  return best && { entity: best.entity, mention: best.mention };
}

/** Room for the scan position in a sort key below the start offset: 2^21 mentions. */
const POSITION_BITS = 2 ** 21;

/**
 * Sorts hits by mention start, ties kept in scan order (a stable sort). Built once per document and
 * pass, on hundreds of mentions: one numeric sort of start·2^21 + position is cheaper than a
 * comparator call per comparison; odd offsets (not small whole numbers) take the comparator.
 */
function sortByStart(hits: MentionHit[]): void {
  const n = hits.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const start = hits[i].mention.start;
    if (!(Number.isInteger(start) && start >= 0 && start < 2 ** 31) || n >= POSITION_BITS) {
      hits.sort((a, b) => a.mention.start - b.mention.start);
      return;
    }
    keys[i] = start * POSITION_BITS + i;
  }
  keys.sort();
  const unsorted = hits.slice();
  for (let i = 0; i < n; i++) hits[i] = unsorted[keys[i] % POSITION_BITS];
}

/**
 * Number(id.slice(1)) || 0, the number of an entity id ("e12" → 12), read from the characters where
 * the id is "e" and up to nine digits (addEntity reads every id of the layer for each new entity).
 */
function idNumber(id: string): number {
  const n = id.length;
  if (n < 2 || n > 10 || id.charCodeAt(0) !== 101) return Number(id.slice(1)) || 0;
  let value = 0;
  for (let i = 1; i < n; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number(id.slice(1)) || 0;
    value = value * 10 + d;
  }
  return value;
}

export type LayerName = 'tokens' | 'sentences' | 'entities' | 'roles' | 'quotes' | 'events' | 'times';

export class ArticleDocument {
  readonly id: string;
  readonly text: string;
  /** Reference date (YYYY-MM-DD) for relative time expressions, or null when unknown. */
  readonly published: string | null;
  readonly title: string | null;
  /** Who published the article, as the input says ("U.S. Department of State (press releases RSS)"), or null. */
  readonly source: string | null;
  /** Who the input says wrote or gave the article ("Jalina Porter, Principal Deputy Spokesperson"), or null. */
  readonly byline: string | null;

  tokens: Token[] = [];
  sentences: Sentence[] = [];
  entities: EntityRecord[] = [];
  quotes: Quote[] = [];
  events: Event[] = [];
  times: TimeValue[] = [];

  private readonly layers = new Set<LayerName>();

  constructor(init: {
    id: string;
    text: string;
    published?: string | null;
    title?: string | null;
    source?: string | null;
    byline?: string | null;
  }) {
    this.id = init.id;
    this.text = init.text;
    this.published = init.published ?? null;
    this.title = init.title ?? null;
    this.source = init.source ?? null;
    this.byline = init.byline ?? null;
  }

  has(layer: LayerName): boolean {
    return this.layers.has(layer);
  }

  markProvided(layer: LayerName): void {
    this.layers.add(layer);
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** The sentence containing the character offset, or undefined. Binary search over sentences. */
  sentenceAt(offset: number): Sentence | undefined {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  /** Index of the first token whose end is after the offset (the token at or after it). */
  tokenIndexAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Tokens lying wholly inside the span, and one that it ends a period short of: a line-final
   * abbreviation gives its period to the sentence ("… Dr. Oz." → the name "Oz"), its token still the name's.
   */
  tokensIn(span: Span): Token[] {
    const out: Token[] = [];
    for (let i = this.tokenIndexAt(span.start); i < this.tokens.length; i++) {
      const t = this.tokens[i];
      if (t.start >= span.end) break;
      if (t.start < span.start) continue;
      if (t.end <= span.end || (t.end === span.end + 1 && this.text.charCodeAt(span.end) === 46)) out.push(t);
    }
    return out;
  }

  /**
   * The entity whose mention covers the offset, with that mention; where mentions nest, the one of
   * the entity listed first. Uses an index of mentions sorted by start, kept up to date as mentions are appended.
   */
  entityAt(offset: number): { entity: EntityRecord; mention: Mention } | undefined {
    return lookUpEntity(this.mentionIndex(), offset);
  }

  /**
   * entityAt for several offsets read while no mention is added (the tokens of one phrase): the
   * index is checked against the entity layer once, not once per offset.
   */
  entityFinder(): (offset: number) => { entity: EntityRecord; mention: Mention } | undefined {
    const index = this.mentionIndex();
    return (offset) => lookUpEntity(index, offset);
  }

  private mentionCache: MentionIndex | null = null;

  /** Drops the mention index: for a component that moved mentions between entities (same counts). */
  mentionsMoved(): void {
    this.mentionCache = null;
  }

  private mentionIndex(): MentionIndex {
    // components push mentions onto entities directly; quote attribution adds speaker mentions one
    // at a time between lookups, so appended mentions are inserted rather than the index rebuilt
    const cache = this.mentionCache;
    if (cache && cache.update(this.entities)) return cache;
    this.mentionCache = new MentionIndex(this.entities);
    return this.mentionCache;
  }

  entityById(id: string): EntityRecord | undefined {
    return this.entities.find((e) => e.id === id);
  }

  /** Adds an entity with the next free id (e1, e2, ...). */
  addEntity(
    init: Omit<EntityRecord, 'id' | 'roles' | 'mentions'> & Partial<Pick<EntityRecord, 'roles' | 'mentions'>>,
  ): EntityRecord {
    // one past the highest number in use: a component may have dropped entities, so the count is no guide
    let top = 0;
    for (const e of this.entities) top = Math.max(top, idNumber(e.id));
    const entity: EntityRecord = { roles: [], mentions: [], ...init, id: `e${top + 1}` };
    this.entities.push(entity);
    return entity;
  }
}
