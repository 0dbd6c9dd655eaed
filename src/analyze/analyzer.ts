// The analyser: the default pipeline, built once per process, turning an article into an Analysis.
import { ArticleDocument } from './document.js';
import { toAnalysis } from './analysis.js';
import { Pipeline } from './pipeline.js';
import { tokenizer } from './nlp/wink.js';
import { entityComponents } from './entities/index.js';
import { timeComponents } from './time/index.js';
import { quoteComponents } from './quotes/index.js';
import { eventComponents } from './events/index.js';
import type { Analysis, ArticleInput } from './types.js';

let pipeline: Pipeline | null = null;

export function defaultPipeline(): Pipeline {
  pipeline ??= new Pipeline([
    tokenizer,
    ...entityComponents,
    ...timeComponents,
    ...quoteComponents,
    ...eventComponents,
  ]);
  return pipeline;
}

export function analyzeDocument(input: ArticleInput, p: Pipeline = defaultPipeline()): ArticleDocument {
  const doc = new ArticleDocument(input);
  return p.run(doc);
}

export function analyze(input: ArticleInput, p: Pipeline = defaultPipeline()): Analysis {
  return toAnalysis(analyzeDocument(input, p));
}
