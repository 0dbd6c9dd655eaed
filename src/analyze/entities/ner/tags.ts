// BILOU tags over token sequences, and the conversions between tags and character spans.
import type { Span } from '../../types.js';

export const NAME_LABELS = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NameLabel = (typeof NAME_LABELS)[number];

const PARTS = ['B', 'I', 'L', 'U'] as const;
type Part = (typeof PARTS)[number];

/** Tag 0 is O; then B/I/L/U for each label in NAME_LABELS order. */
export const TAGS: string[] = ['O', ...NAME_LABELS.flatMap((l) => PARTS.map((p) => `${p}-${l}`))];
export const O = 0;
const tagIndex = new Map(TAGS.map((t, i) => [t, i]));

export function tagOf(part: Part, label: NameLabel): number {
  return tagIndex.get(`${part}-${label}`)!;
}
export function partOf(tag: number): Part | 'O' {
  return tag === O ? 'O' : PARTS[(tag - 1) % 4];
}
export const NUM_LABELS = NAME_LABELS.length;
/** 0..NUM_LABELS-1 for a name tag's label, NUM_LABELS for O. */
export function labelIndex(tag: number): number {
  return tag === O ? NUM_LABELS : (tag - 1) >> 2;
}
export function labelOf(tag: number): NameLabel | null {
  return tag === O ? null : NAME_LABELS[Math.floor((tag - 1) / 4)];
}

/** BILOU well-formedness: whether `tag` may follow `prev` (O before the first token). */
export function allowed(prev: number, tag: number): boolean {
  const pp = partOf(prev);
  const p = partOf(tag);
  if (pp === 'B' || pp === 'I') return (p === 'I' || p === 'L') && labelOf(prev) === labelOf(tag);
  return p === 'O' || p === 'B' || p === 'U';
}

/** Precomputed `allowed` as a table: ALLOWED[prev * TAGS.length + tag]. */
export const ALLOWED: Uint8Array = (() => {
  const n = TAGS.length;
  const t = new Uint8Array(n * n);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) t[a * n + b] = allowed(a, b) ? 1 : 0;
  return t;
})();

export interface LabelledSpan extends Span {
  label: NameLabel;
}

export interface Alignment {
  tags: number[];
  /** Gold spans whose edges fall inside a token (they were snapped out to whole tokens). */
  snapped: number;
  /** Gold spans that could not be placed (no token inside them, or overlapping another span). */
  dropped: number;
}

/** Tags for a token sequence from character spans; spans not on token edges are snapped outwards. */
export function spansToTags(tokens: Span[], spans: LabelledSpan[]): Alignment {
  const tags = new Array<number>(tokens.length).fill(O);
  let snapped = 0;
  let dropped = 0;
  for (const span of spans) {
    let a = -1;
    let b = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.end > span.start && t.start < span.end) {
        if (a < 0) a = i;
        b = i;
      }
    }
    if (a < 0 || tags.slice(a, b + 1).some((t) => t !== O)) {
      if (a >= 0 || spanInside(tokens, span)) dropped++;
      continue;
    }
    if (tokens[a].start !== span.start || tokens[b].end !== span.end) snapped++;
    if (a === b) tags[a] = tagOf('U', span.label);
    else {
      tags[a] = tagOf('B', span.label);
      for (let i = a + 1; i < b; i++) tags[i] = tagOf('I', span.label);
      tags[b] = tagOf('L', span.label);
    }
  }
  return { tags, snapped, dropped };
}

function spanInside(tokens: Span[], span: Span): boolean {
  return tokens.length > 0 && span.start >= tokens[0].start && span.end <= tokens[tokens.length - 1].end;
}

/** Character spans from (well-formed or not) tags: a name runs from B/U to its L/U, ill-formed runs are closed. */
export function tagsToSpans(tokens: Span[], tags: number[]): Array<LabelledSpan & { first: number; last: number }> {
  const out: Array<LabelledSpan & { first: number; last: number }> = [];
  let open = -1;
  for (let i = 0; i < tags.length; i++) {
    const p = partOf(tags[i]);
    const label = labelOf(tags[i]);
    if (open >= 0 && (p === 'O' || p === 'B' || p === 'U' || label !== labelOf(tags[open]))) {
      out.push({
        start: tokens[open].start,
        end: tokens[i - 1].end,
        label: labelOf(tags[open])!,
        first: open,
        last: i - 1,
      });
      open = -1;
    }
    if (p === 'U') out.push({ start: tokens[i].start, end: tokens[i].end, label: label!, first: i, last: i });
    else if (p === 'B' || ((p === 'I' || p === 'L') && open < 0)) open = i;
    if (p === 'L' && open >= 0) {
      out.push({ start: tokens[open].start, end: tokens[i].end, label: labelOf(tags[open])!, first: open, last: i });
      open = -1;
    }
  }
  if (open >= 0) {
    const last = tags.length - 1;
    out.push({ start: tokens[open].start, end: tokens[last].end, label: labelOf(tags[open])!, first: open, last });
  }
  return out;
}

/** Whether a token could begin a name (capital letter or digit first): the words the document remembers. */
export function startsName(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && text[0] !== text[0].toLowerCase());
}
