// Which of a KB body's aliases name other bodies rather than it. The Phoenix dictionaries list under
// one body names that history or translation tie to it but that news uses for others: Hezbollah's
// aliases hold "Islamic Jihad" (a front name of the 1980s; today's "Islamic Jihad" is Palestinian
// Islamic Jihad) and "Islamic Resistance", El Rukn's "Foundation", Tanzim's "Organization". Such an
// alias shares no word with the body's own name, is not its initials, and other bodies' own names
// hold it ("Palestinian Islamic Jihad", "Yemen Islamic Jihad"): it is no key of the body. Other
// spellings and translations ("Hizbullah", "Party of God") name no other body and stay.

/** A body's own name and its aliases as keys (lower case, single spaces), null where unreadable. */
export interface BodyNames {
  own: string | null;
  aliases: (string | null)[];
}

/** Words that join a body's name, left out of its initials and of the words two names share. */
const GLUE = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'du', 'des', 'la', 'le', 'y', '&']);

/** A key's words, apostrophes dropped ("people's" → "peoples"), hyphens splitting ("al-qaeda" → al, qaeda). */
const wordsOf = (key: string): string[] =>
  key
    .replace(/['’]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean);

/** Every run of whole words of a key ("palestinian islamic jihad" → …, "islamic jihad", "jihad"). */
function wordRuns(key: string): string[] {
  const words = key.split(' ');
  const runs: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j <= words.length; j++) runs.push(words.slice(i, j).join(' '));
  return runs;
}

/** For each body (by index), the aliases that name other bodies rather than it. */
export function ambiguousAliases(bodies: readonly BodyNames[]): Map<number, Set<string>> {
  const strip = (k: string) => k.replace(/^the /, '');
  // the bodies whose own name holds each run of words
  const inOwnNames = new Map<string, Set<number>>();
  bodies.forEach(({ own }, i) => {
    if (!own) return;
    for (const run of wordRuns(strip(own))) {
      const ids = inOwnNames.get(run) ?? new Set<number>();
      ids.add(i);
      inOwnNames.set(run, ids);
    }
  });
  const out = new Map<number, Set<string>>();
  bodies.forEach(({ own, aliases }, i) => {
    if (!own) return;
    const ownWords = wordsOf(strip(own)).filter((w) => !GLUE.has(w));
    const ownSet = new Set(ownWords);
    const initials = ownWords.map((w) => w[0]).join('');
    for (const alias of aliases) {
      if (!alias) continue;
      const key = strip(alias);
      const words = wordsOf(key).filter((w) => !GLUE.has(w));
      if (words.some((w) => ownSet.has(w)) || words.join('') === initials) continue;
      const others = [...(inOwnNames.get(key) ?? [])].filter((j) => j !== i);
      if (others.length === 0) continue;
      const set = out.get(i) ?? new Set<string>();
      set.add(alias);
      out.set(i, set);
    }
  });
  return out;
}
