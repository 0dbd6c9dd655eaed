// Reading the NER gold files into tagged token lines, the same way for training and evaluation.
import { readFileSync } from 'node:fs';
import { ArticleDocument } from '../../document.js';
import { tokenizer } from '../../nlp/wink.js';
import type { Token } from '../../document.js';
import { nameSequences } from './sequences.js';
import { spansToTags, type LabelledSpan } from './tags.js';

export const NER_SOURCES = ['conll2003', 'gum', 'meantime'] as const;
export type NerSource = (typeof NER_SOURCES)[number];

export interface GoldDocument {
  id: string;
  text: string;
  entities: LabelledSpan[];
}

export interface TaggedDocument {
  id: string;
  source: NerSource;
  doc: ArticleDocument;
  lines: Token[][];
  gold: number[][];
}

export function readGold(path: string): GoldDocument[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDocument);
}

/**
 * MEANTIME annotates only the title, the date line and the first sentences of each article (six
 * lines): past that, names are untagged, so they are not evidence of anything.
 */
export const MEANTIME_ANNOTATED_LINES = 6;

export function annotatedEnd(source: NerSource, text: string): number {
  if (source !== 'meantime') return text.length;
  let at = 0;
  for (let line = 0; line < MEANTIME_ANNOTATED_LINES; line++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return at;
}

export function tagDocument(
  source: NerSource,
  g: GoldDocument,
  stats: { snapped: number; dropped: number },
): TaggedDocument {
  const doc = new ArticleDocument({ id: g.id, text: g.text });
  tokenizer.run(doc);
  const end = annotatedEnd(source, g.text);
  const lines = nameSequences(doc.tokens).filter((seq) => seq[seq.length - 1].end <= end);
  const gold = lines.map((seq) => {
    const a = seq[0].start;
    const b = seq[seq.length - 1].end;
    const r = spansToTags(
      seq,
      g.entities.filter((e) => e.start >= a && e.end <= b),
    );
    stats.snapped += r.snapped;
    stats.dropped += r.dropped;
    return r.tags;
  });
  return { id: g.id, source, doc, lines, gold };
}
