// Religious and ethnic groups that no one country owns (Muslims, Kurds, Sunni, Tamils): NORP with no
// country. A small hand-written list (data/kb/groups.tsv) read once into a map.
import { kbGroupLines } from './data.js';

export interface GroupHit {
  /** religion | ethnic */
  kind: string;
  /** Display name: the singular (Muslim, Kurd). */
  name: string;
}

let groups: Map<string, GroupHit> | null = null;

function groupMap(): Map<string, GroupHit> {
  if (groups) return groups;
  groups = new Map();
  for (const line of kbGroupLines()) {
    if (!line || line.startsWith('#')) continue;
    const [key, kind, name] = line.split('\t');
    if (key && kind && name) groups.set(key, { kind, name });
  }
  return groups;
}

let prefixes: Set<string> | null = null;

/** Every prefix of every group's key ("s", "sh", …, "shiite muslims"). */
function keyPrefixes(): Set<string> {
  if (prefixes) return prefixes;
  prefixes = new Set();
  for (const key of groupMap().keys()) for (let n = 1; n <= key.length; n++) prefixes.add(key.slice(0, n));
  return prefixes;
}

/**
 * Whether a capitalised name that starts with this token (its lower case) may be a group: its key
 * then starts with the token's lower case, or the token is the "the" the key leaves out. Almost every
 * pair of capitalised words ("Joe Biden") fails this before its text is cut out and looked up.
 */
export function mayBeginGroup(lower: string): boolean {
  if (lower === 'the') return true;
  return keyPrefixes().has(lower.includes('’') ? lower.replace(/’/g, "'") : lower);
}

/** Surfaces looked up before and the group each is (null: none): every capitalised word is asked about. */
const surfaceCache = new Map<string, GroupHit | null>();
const SURFACE_CACHE_LIMIT = 50_000;

/** The group a capitalised name is ("Shiite Muslims", "the Kurds"), or undefined. */
export function lookupGroup(surface: string): GroupHit | undefined {
  if (!startsWithCapital(surface)) return undefined;
  const known = surfaceCache.get(surface);
  if (known !== undefined) return known ?? undefined;
  const key = surface
    .replace(/^the\s+/i, '')
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  const hit = groupMap().get(key);
  if (surfaceCache.size >= SURFACE_CACHE_LIMIT) surfaceCache.clear();
  surfaceCache.set(surface, hit ?? null);
  return hit;
}

/**
 * Whether the first character is an upper-case letter (\p{Lu}). A plain code test for ASCII, which
 * nearly every surface starts with: every capitalised token of a text is asked about, and the
 * regular expression cost more than the look-up behind it.
 */
function startsWithCapital(surface: string): boolean {
  const c = surface.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(surface);
}
