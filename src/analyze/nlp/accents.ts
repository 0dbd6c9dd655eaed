// Accents off, for matching only: lists and the knowledge base write most foreign names without
// them ("hugo chavez", "bogota"), while articles often keep them ("Hugo Chávez", "Bogotá").

const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}+/gu;

/** The text with its letters' accents taken off ("Bogotá" → "Bogota"); ASCII text is returned as is. */
export function withoutAccents(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFD').replace(MARKS, '') : text;
}
