// wink-nlp learns as it reads: a word form it does not know is added to the lexicon it shares across
// documents (wink-nlp/src/cache.js `add`), and its tokenizer then treats that form as a known word
// ("U.S.." read once stays whole afterwards). An article's tokens would depend on the articles read
// before it in the same process. This module lets an instance forget what one document taught it.
import type model from 'wink-eng-lite-web-model';

type WinkModel = typeof model;

/** One of wink's growable features (lexeme, prefix, suffix, shape): values and their indexes. */
interface GrowableFeature {
  hash: Record<string, number>;
  list: string[];
}

export interface Forgetting {
  /** The model to give winkNLP: the same model, whose loaded core this module can reach. */
  model: WinkModel;
  /** Forgets the word forms, and their new feature values, learnt since the last call. */
  forget(): void;
  /** Whether wink's lexicon was found as expected once loaded; if not, forget() does nothing. */
  active(): boolean;
  /** Entries learnt and forgotten since loading: their slots stay (see forget). */
  forgottenSlots(): number;
}

/**
 * Wraps `base` so that the core model wink loads (`core()`, called once by winkNLP) is kept.
 *
 * forget() deletes the learnt values from each feature's hash, which is what wink's lookups and
 * tokenizer consult, so the next document meets the lexicon as first loaded. The lists keep their
 * entries: wink keeps the learnt forms' features in a private array addressed by list position, and
 * shortening the lists would make the next new form read a forgotten form's features.
 */
export function forgetful(base: WinkModel): Forgetting {
  let features: GrowableFeature[] = [];
  let loadedSizes: number[] = [];
  let marks: number[] = [];
  const loadCore = base.core as unknown as () => unknown;
  const core = () => {
    const loaded = loadCore();
    features = growableFeatures(loaded);
    loadedSizes = features.map((f) => f.list.length);
    marks = [...loadedSizes];
    return loaded;
  };
  return {
    model: Object.assign(Object.create(null) as WinkModel, base, {
      core: core as unknown as WinkModel['core'],
      metaCER: metaCEROnce(base) as unknown as WinkModel['metaCER'],
    }),
    forget() {
      for (let k = 0; k < features.length; k++) {
        const { hash, list } = features[k];
        for (let i = marks[k]; i < list.length; i++) if (hash[list[i]] === i) delete hash[list[i]];
        marks[k] = list.length;
      }
    },
    active: () => features.length > 0,
    forgottenSlots: () => features.reduce((n, f, k) => n + f.list.length - loadedSizes[k], 0),
  };
}

let cerMeta: unknown;

/**
 * The model's `metaCER()` JSON-stringifies its machines into the very variable it read them from,
 * so every load escapes the last load's string again: the string doubles each time and a process
 * that loads wink some fifteen times dies ("Invalid string length"). wink only reads it, so every
 * instance made here shares the first load's (custom entities are not used here either way).
 */
function metaCEROnce(base: WinkModel): () => unknown {
  const load = base.metaCER as unknown as () => unknown;
  return () => (cerMeta ??= load());
}

/** The features of a loaded core model that wink grows, or none if the model is not shaped as known. */
function growableFeatures(core: unknown): GrowableFeature[] {
  const all = (core as { features?: Record<string, unknown> } | null)?.features;
  if (!all || typeof all !== 'object') return [];
  const growable = Object.values(all).filter(isGrowable);
  // the lexeme is the one that matters for tokens; without it the structure is not what wink 2.x had
  return isGrowable(all.lexeme) ? growable : [];
}

function isGrowable(f: unknown): f is GrowableFeature {
  const g = f as Partial<GrowableFeature> | null;
  return !!g && typeof g === 'object' && Array.isArray(g.list) && !!g.hash && typeof g.hash === 'object';
}
