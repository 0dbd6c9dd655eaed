// Scientific names of species: "Formica fusca", "Beauveria bassiana", "Escherichia coli". The genus
// is capitalised, the species' epithet after it is not, and neither names a person, place or body.
import type { ArticleDocument } from '../document.js';

/** Latin endings of species' epithets (fusca, bassiana, sapiens, coli, aureus, vulgaris, pekinensis). */
const EPITHET = /^\p{Ll}{3,}(?:a|ae|us|um|is|i|ii|ens|ensis|oides|ica|ata)$/u;

/**
 * Whether the one-word span [a, a+1) is a genus before its species' epithet: a lower-case Latin
 * word right after it that news does not use (the recogniser's word clusters do not know it).
 */
export function isGenusOfBinomial(doc: ArticleDocument, a: number, knownWord: (w: string) => boolean): boolean {
  const genus = doc.tokens[a];
  const epithet = doc.tokens[a + 1];
  return (
    !!epithet &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(genus.text) &&
    epithet.start === genus.end + 1 &&
    EPITHET.test(epithet.text) &&
    !knownWord(epithet.text)
  );
}
