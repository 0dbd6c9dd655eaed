// The train/held-out split of the NER gold data, by document id, so that no measurement ever
// sees a document the model was trained on. FNV-1a is stable across runs, machines and Node versions.

/** 32-bit FNV-1a over the UTF-16 code units of the string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Share of documents held out for testing. */
export const HELD_OUT_PERCENT = 30;

/** 'test' for about 30% of document ids (held out from training), 'train' for the rest. */
export function nerSplit(id: string): 'train' | 'test' {
  return fnv1a(id) % 100 < HELD_OUT_PERCENT ? 'test' : 'train';
}
