// The pipeline component: the document's time expressions, found sentence-aware.
import type { ArticleDocument } from '../document.js';
import type { Component } from '../pipeline.js';
import { findTimes } from './find.js';

export const timeExpressions: Component = {
  name: 'time-expressions',
  needs: ['sentences'],
  adds: ['times'],
  run(doc: ArticleDocument) {
    try {
      doc.times = findTimes(doc.text, doc.published, { sentenceAt: (offset) => doc.sentenceAt(offset) });
    } catch {
      doc.times = [];
    }
  },
};
