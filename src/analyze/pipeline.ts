// A pipeline of small components, in the manner of spaCy's: each declares the layers it needs and
// the layers it adds, the pipeline checks the order once when it is built, then runs them in turn.
import type { ArticleDocument, LayerName } from './document.js';

export interface Component {
  readonly name: string;
  readonly needs: readonly LayerName[];
  readonly adds: readonly LayerName[];
  run(doc: ArticleDocument): void;
}

export class Pipeline {
  readonly components: readonly Component[];

  constructor(components: Component[]) {
    const provided = new Set<LayerName>();
    for (const c of components) {
      const missing = c.needs.filter((n) => !provided.has(n));
      if (missing.length) {
        throw new Error(`component ${c.name} needs ${missing.join(', ')}, which no earlier component adds`);
      }
      for (const a of c.adds) provided.add(a);
    }
    this.components = components;
  }

  run(doc: ArticleDocument): ArticleDocument {
    for (const c of this.components) {
      c.run(doc);
      for (const a of c.adds) doc.markProvided(a);
    }
    return doc;
  }

  /** Runs the components one at a time and reports the time each took, in milliseconds. */
  runTimed(doc: ArticleDocument, timings: Map<string, number>): ArticleDocument {
    for (const c of this.components) {
      const t0 = performance.now();
      c.run(doc);
      timings.set(c.name, (timings.get(c.name) ?? 0) + performance.now() - t0);
      for (const a of c.adds) doc.markProvided(a);
    }
    return doc;
  }
}
