// Whether a common noun is in the plural by its form: "officials", "protesters", "citizens", and the
// nouns for people that are plural without an -s ("people", "police"). Read by the descriptions
// ("citizens of Belarus") and by the quote speakers ("Officials in Baghdad reported …").

/** Nouns for people in the plural that do not end in -s. */
export const PEOPLE_PLURALS: ReadonlySet<string> = new Set(['people', 'police', 'staff', 'personnel']);

/** Whether the lower-case word is a plural noun's form. */
export function pluralNoun(lower: string): boolean {
  return PEOPLE_PLURALS.has(lower) || /[^s]s$/.test(lower);
}
