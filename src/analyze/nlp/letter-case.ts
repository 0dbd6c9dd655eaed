// Letter case of a token's first letter, asked of every token by the name finders: ASCII letters are
// settled without the Unicode pattern.

const UPPER_START = /^\p{Lu}/u;

/** UPPER_START.test, with ASCII first letters settled without the Unicode regex (it runs on every token). */
export function startsUpperCase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(text);
}
