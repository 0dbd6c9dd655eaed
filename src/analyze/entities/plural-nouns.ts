// Whether a common noun is in the plural by its form: "officials", "protesters", "citizens", and the
// nouns for people that are plural without an -s ("people", "police"). Read by the descriptions
// ("citizens of Belarus") and by the quote speakers ("Officials in Baghdad reported …").

/** Nouns for people in the plural that do not end in -s. */
export const PEOPLE_PLURALS: ReadonlySet<string> = new Set(['people', 'police', 'staff', 'personnel']);

/** Whether the lower-case word is a plural noun's form. */
export function pluralNoun(lower: string): boolean {
  return PEOPLE_PLURALS.has(lower) || /[^s]s$/.test(lower);
}

/** Whether a lower-case word ends as a plural in -s does (not "analysis", "census", "boss"). */
export const pluralInS = (lower: string): boolean => /[^s]s$/.test(lower) && !/(?:sis|us)$/.test(lower);

/** A plural noun's singular ("leaders" → "leader", "allies" → "ally", "spokesmen" → "spokesman"). */
export function singularNoun(lower: string): string {
  if (/men$/.test(lower)) return lower.slice(0, -3) + 'man';
  if (/ies$/.test(lower)) return lower.slice(0, -3) + 'y';
  return pluralInS(lower) ? lower.slice(0, -1) : lower;
}
