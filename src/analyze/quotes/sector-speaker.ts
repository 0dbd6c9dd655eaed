// Speakers named by a sector noun alone: "The government says it is committed to democracy", "Police
// say they are making progress", "Officials in Baghdad reported …". The noun gives the sector (GOV,
// COP, MIL …); the country is the owner the phrase opens with ("its foreign ministry" after Pakistan,
// rule +owner), the place it names ("Police in Thailand", "Officials in Baghdad", +place), else, for
// an institution, the article's own country where one clearly dominates the text before the speaker:
// a Wikinews report on a bombing in New Delhi that names India, Delhi and Indian people, and Pakistan
// once, is India's, and its "police" are Indian police (rule +home-country). Where two countries share
// the text, the speaker keeps no country: an unknown actor rather than a wrong one.
import type { ArticleDocument, Token } from '../document.js';
import { actorCountry, sectorOf } from '../entities/kb.js';
import { sourceGovernment } from '../entities/source-government.js';
import type { Span } from '../types.js';

/** Words before a sector noun that leave it bare: "the government", "the Thai police" is not bare. */
const BARE_LEADS = new Set(['the', 'local', 'senior', 'some', 'many', 'other', 'several']);
/** Prepositions after the noun that name its place: "police in Thailand", "officials from Iraq". */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'at']);
/**
 * The institutions a country has one of, which a bare definite noun names as the article's own
 * country's ("the government", "police", "the army"); not people ("the leaders", "officials",
 * "protesters"), who are as often those just named from elsewhere.
 */
const INSTITUTIONS = new Set([
  'government',
  'authorities',
  'regime',
  'junta',
  'cabinet',
  'parliament',
  'ministry',
  'army',
  'military',
  'navy',
  'police',
  'security forces',
  'armed forces',
  'air force',
  'foreign ministry',
  'foreign office',
  'defense ministry',
  'defence ministry',
]);
/** Missions abroad: "the embassy in Kabul" is another country's. */
const MISSIONS = new Set(['embassy', 'embassies', 'consulate', 'consulates', 'mission', 'delegation']);
/** Entity types whose country a mention counts for the article's own country. */
const COUNTRY_TYPES = new Set(['GPE', 'NORP']);
/** How many times the leading country must be named at least as often as the next (2: twice as often). */
const DOMINANCE = 2;

export interface SectorActor {
  actor: string;
  country: string;
  /** How the country was found: its owner ("its", "the country's"), the place the phrase names, or the article's own country. */
  rule: 'owner' | 'place' | 'home-country';
}

/** Words before a sector noun that name the country just named as its owner ("its foreign ministry", "the country's army"). */
const OWNER_LEADS = /^(?:its|(?:the\s+)?(?:country|nation|state)['’]s)$/i;
/** How many sentences back the owner "its" stands for may be named. */
const OWNER_REACH = 1;

/**
 * The actor of a speaker phrase that is a sector noun alone (after "the", a quantifier or an owner),
 * with its country from the owner, from a place after it inside the phrase or right after it, else
 * the article's own country before the phrase. Null for any other phrase, or where no country is clear.
 */
export function sectorSpeakerActor(doc: ArticleDocument, span: Span): SectorActor | null {
  const toks = doc.tokens;
  let a = doc.tokenIndexAt(span.start);
  const last = doc.tokenIndexAt(span.end - 1);
  if (a < 0 || last < a) return null;
  const owned = ownerLeadEnd(toks, a, last);
  a = owned > 0 ? owned : a;
  while (a < last && BARE_LEADS.has(toks[a].lower)) a++;
  // the head: one noun, or a compound of two ("security forces"), in lower case but for the first word
  const headEnd = placeAfterHead(toks, a, last);
  const words = toks.slice(a, headEnd + 1);
  // (a compound's first word may be an adjective: "foreign ministry", "armed forces")
  const noun = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN';
  if (
    !words.length ||
    words.length > 2 ||
    !noun(words[words.length - 1]) ||
    !(noun(words[0]) || words[0].pos === 'ADJ')
  )
    return null;
  if (
    words.slice(1).some((t) => t.text !== t.lower) ||
    (a > 0 && toks[a].text !== toks[a].lower && !opensSentence(toks, a))
  )
    return null;
  const head = words.map((t) => t.lower).join(' ');
  const sector = sectorOf(head);
  if (!sector || !/^[A-Z]{3}$/.test(sector) || MISSIONS.has(words[words.length - 1].lower)) return null;
  if (owned > 0) {
    const owner = ownerCountry(doc, span.start);
    return owner ? { actor: `${actorCountry(owner)}${sector}`, country: owner, rule: 'owner' } : null;
  }
  const place = placeCountry(doc, headEnd + 1, Math.max(last, headEnd + 1));
  if (place) return { actor: `${actorCountry(place)}${sector}`, country: place, rule: 'place' };
  // (a government's own release speaks of other governments as often as of its own)
  if (last !== headEnd || !INSTITUTIONS.has(head) || sourceGovernment(doc.source)) return null;
  const home = homeCountry(doc, span.start);
  return home ? { actor: `${actorCountry(home)}${sector}`, country: home, rule: 'home-country' } : null;
}

const opensSentence = (toks: Token[], i: number) => i === 0 || toks[i - 1].sentence !== toks[i].sentence;

/** The token after an owner's words opening the phrase at a ("its", "the country's"), or -1. */
function ownerLeadEnd(toks: Token[], a: number, last: number): number {
  for (let e = a; e < last && e < a + 3; e++) {
    const words = toks
      .slice(a, e + 1)
      .map((t) => t.text)
      .join(' ')
      .replace(/\s+(['’]s)$/, '$1');
    if (OWNER_LEADS.test(words)) return e + 1;
  }
  return -1;
}

/** The country named last before `offset`, in its sentence or the one before: what "its" stands for. */
function ownerCountry(doc: ArticleDocument, offset: number): string | null {
  const toks = doc.tokens;
  const k = doc.tokenIndexAt(offset);
  const from = doc.sentences[Math.max(0, (toks[k]?.sentence ?? 0) - OWNER_REACH)]?.start ?? 0;
  let best: { at: number; country: string } | null = null;
  for (const e of doc.entities) {
    if (e.type !== 'GPE' || !e.country) continue;
    for (const m of e.mentions)
      if (m.end <= offset && m.start >= from && (!best || m.start > best.at))
        best = { at: m.start, country: e.country };
  }
  return best?.country ?? null;
}

/** The head's last token: before a place's preposition inside the phrase, else the phrase's last. */
function placeAfterHead(toks: Token[], a: number, last: number): number {
  for (let k = a + 1; k <= last; k++) if (PLACE_PREPOSITIONS.has(toks[k].lower)) return k - 1;
  return last;
}

/** The country of the place named after a preposition at token k (no further than `until` + 3 tokens). */
function placeCountry(doc: ArticleDocument, k: number, until: number): string | null {
  const toks = doc.tokens;
  if (!PLACE_PREPOSITIONS.has(toks[k]?.lower ?? '')) return null;
  for (let j = k + 1; j <= until + 3 && j < toks.length; j++) {
    const hit = doc.entityAt(toks[j].start);
    if (hit) {
      // ("delegates from North and South Korea": two places, no one country)
      const after = doc.tokenIndexAt(hit.mention.end - 1) + 1;
      return hit.entity.type === 'GPE' && toks[after]?.lower !== 'and' ? hit.entity.country : null;
    }
    if (toks[j].lower !== 'the') return null;
  }
  return null;
}

/**
 * The country the text before `offset` names clearly most: its places and peoples counted by name
 * mention, the first at least twice as often as the next (a country named once, with no other, is
 * the article's own). Null where no country, or no clear one, is named.
 */
function homeCountry(doc: ArticleDocument, offset: number): string | null {
  const counts = new Map<string, number>();
  for (const e of doc.entities) {
    if (!e.country || !COUNTRY_TYPES.has(e.type)) continue;
    let n = 0;
    for (const m of e.mentions) if (m.kind === 'name' && m.end <= offset) n++;
    if (n) counts.set(e.country, (counts.get(e.country) ?? 0) + n);
  }
  let best: string | null = null;
  let top = 0;
  let next = 0;
  for (const [country, n] of counts) {
    if (n > top) {
      next = top;
      top = n;
      best = country;
    } else if (n > next) next = n;
  }
  return best && top >= DOMINANCE * next ? best : null;
}
