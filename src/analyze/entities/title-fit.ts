// Whether a person's title fits a bare title used to refer to them ("the President", "the Secretary
// of State", "the deputy secretary"). The title must be headed by the same word: a Special Assistant
// to the President is no president, and a Vice President or an Assistant Secretary is not "the
// President" or "the Secretary" unless the description says vice or assistant too.

/** Words before a title's head that make it a different, lesser office. */
// (not "lieutenant": a lieutenant colonel is "the Colonel" in the news)
const SUBORDINATE = new Set(['vice', 'deputy', 'assistant', 'associate', 'under', 'sub']);

/** Words after which a title's head has been said: "Secretary of State", "Assistant to the President". */
const AFTER_HEAD = new Set(['of', 'for', 'to', 'on', 'in', 'at', 'with', 'from', 'the']);

/**
 * A title's words, hyphened ones apart ("Prime-minister", "Commander-in-Chief", "Vice-President")
 * but for the endings that make an office of their own (Secretary-General, President-elect).
 */
function titleWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(GENERAL_OFFICES, '$1-general')
    .split(/\s+|-(?!(?:general|elect|designate)\b)/)
    .filter(Boolean);
}

/**
 * Offices "general" makes of their own, written with a space or a hyphen ("Secretary General",
 * "secretary-general", "the secretary - general" as tokens): one word, so that neither "the Secretary"
 * nor "the General" names their holder, and either spelling names it.
 */
const GENERAL_OFFICES =
  /\b(secretary|director|attorney|solicitor|inspector|surgeon|postmaster|governor|consul)(?:\s*-\s*|\s+)general\b/g;

/** The coordinated titles one role holds: "Special Assistant to the President and Senior Director" → two. */
function titleParts(title: string): readonly string[][] {
  // every description and bare title asks about the roles of every earlier person: each title is
  // split once (the parts are only read)
  let parts = partsCache.get(title);
  if (parts === undefined) {
    parts = title
      .toLowerCase()
      .split(/\s*(?:[,;/&]|\band\b)\s*/)
      .map(titleWords)
      .filter((part) => part.length > 0);
    parts = [...parts, ...parts.map(portfolioFirst).filter((part) => part !== null)];
    // ("Foreign Affairs Minister" is "the foreign minister" too)
    parts = [
      ...parts,
      ...parts.filter((part) => part.includes('affairs')).map((part) => part.filter((w) => w !== 'affairs')),
    ];
    if (partsCache.size >= PARTS_CACHE_LIMIT) partsCache.clear();
    partsCache.set(title, parts);
  }
  return parts;
}

/**
 * The portfolio-first form of "Minister of Foreign Affairs", "Minister for Defence", "Secretary of
 * the Interior": "foreign minister", "defence minister", "interior secretary", as the article may
 * call its holder after naming them; null for a title of another shape.
 */
function portfolioFirst(part: string[]): string[] | null {
  let k = 2;
  if (part.length < 3 || (part[1] !== 'of' && part[1] !== 'for')) return null;
  if (part[k] === 'the') k++;
  const rest = part.slice(k).filter((w) => w !== 'affairs');
  return rest.length === 1 ? [rest[0], part[0]] : null;
}

/** Titles split before (titles recur within and across articles). */
const partsCache = new Map<string, string[][]>();
const PARTS_CACHE_LIMIT = 10_000;

/** The index of a title's head word: the last word before its first preposition. */
function headIndex(words: readonly string[]): number {
  const after = words.findIndex((w, i) => i > 0 && AFTER_HEAD.has(w));
  return after === -1 ? words.length - 1 : after - 1;
}

/** Whether a word makes a title a lesser office: vice, deputy, assistant. */
export const isSubordinateTitleWord = (word: string): boolean => SUBORDINATE.has(word);

/**
 * True when one of the title's coordinated parts is headed by the phrase's head and holds the
 * phrase's other words before it in order, and the subordinate words before them (vice, deputy) are
 * those the phrase has. `phrase` is lower case: ["president"], ["deputy", "secretary"],
 * ["secretary", "of", "state"], ["vice", "president"].
 */
export function titleFits(title: string, phraseWords: readonly string[]): boolean {
  return titleFitter(phraseWords)(title);
}

/**
 * titleFits with the phrase's words worked out once: a test of titles, for a caller that tries one
 * phrase on the roles of many people.
 */
export function titleFitter(phraseWords: readonly string[]): (title: string) => boolean {
  const phrase = titleWords(phraseWords.join(' '));
  const core = phrase.filter((w) => !SUBORDINATE.has(w));
  const subordinate = phrase.filter((w) => SUBORDINATE.has(w));
  // "the Deputy": the holder of a title with that word before its head
  if (!core.length)
    return (title) =>
      titleParts(title).some((part) => subordinate.every((w) => part.slice(0, headIndex(part)).includes(w)));
  const wanted = subordinate.sort().join(' ');
  const coreHead = headIndex(core);
  return (title) =>
    titleParts(title).some((part) => {
      const offset = headIndex(part) - coreHead;
      if (offset < 0 || offset + core.length > part.length) return false;
      if (!core.every((w, j) => part[offset + j] === w)) return false;
      const before = part.slice(0, offset).filter((w) => SUBORDINATE.has(w));
      return before.sort().join(' ') === wanted;
    });
}
