// Accents off, for matching only: lists and the knowledge base write most foreign names without
// them ("hugo chavez", "bogota"), while articles often keep them ("Hugo Chávez", "Bogotá").

const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}+/gu;

/**
 * Letters whose stroke no Unicode decomposition takes off ("Radosław" → "Radoslaw", "Støre" →
 * "Store"), each one letter for one, so that a text keeps its length.
 */
const STROKED = /[łŁøØđĐıħĦ]/g;
const UNSTROKED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H' };

/** The text with its letters' accents taken off ("Bogotá" → "Bogota"); ASCII text is returned as is. */
export function withoutAccents(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(STROKED, (c) => UNSTROKED[c]);
}
