// What the words around a name say of it as a place: "Irving, Texas" — a name right before a comma
// and a state or country the KB knows is a town in it ("from Irving, Texas"; "Flag Land Base in
// Clearwater, Florida").
import type { ArticleDocument } from '../document.js';
import { kbHit, lookupName, type KbHit } from './kb.js';

/** ", Texas", ", Saudi Arabia": a comma, then one or two capitalised words. */
const COMMA_PLACE = /^, (\p{Lu}[\p{L}.]*)(?: (\p{Lu}[\p{L}.]*))?/u;

/** The KB state, region or country named right after a comma at `end`, else undefined. */
export function regionAfterComma(doc: ArticleDocument, end: number): KbHit | undefined {
  const m = COMMA_PLACE.exec(doc.text.slice(end, end + 40));
  if (!m) return undefined;
  const isRegion = (h: KbHit | undefined) => (h?.kind === 'region' || h?.kind === 'country' ? h : undefined);
  // ("Mobile, Alabama. This", "West Virginia."): a sentence's full stop is no part of the state's name
  const bare = (w: string) => w.replace(/(?<=\p{Ll})\.$/u, '');
  const first = bare(m[1]);
  const two = m[2] && first === m[1] ? isRegion(lookupName(`${m[1]} ${bare(m[2])}`)) : undefined;
  return two ?? isRegion(lookupName(first));
}

/** Whether the KB knows the words as a town, a state, a region or a country. */
export function isKbPlace(words: string): boolean {
  const kind = lookupName(words)?.kind;
  return kind === 'city' || kind === 'capital' || kind === 'region' || kind === 'country';
}

/**
 * Words for settlements right before a name: "the city of", "the town of", "cities like", "towns
 * such as", a list begun after a plural ("the towns of Bucha, Irpin, and Hostomel"), and "the mayor
 * of".
 */
const SETTLEMENT_BEFORE =
  /\b(?:(?:city|town|village|port|suburb|settlement|mayor) of|(?:cities|towns|villages|ports|suburbs|settlements|communities) (?:of|like|such as|including)(?: \p{Lu}[\p{L}-]*,)*(?: and| or)?) $/u;

/** Whether a word for a settlement introduces the name at `start` ("the town of Bucha", "cities like Mariupol"). */
export function afterSettlementNoun(doc: ArticleDocument, start: number): boolean {
  // (a cheap look at the last word first: most names follow none of these)
  const last = doc.text.slice(Math.max(0, start - 10), start);
  if (!/(?:of|like|as|including|,|and|or) $/.test(last)) return false;
  return SETTLEMENT_BEFORE.test(doc.text.slice(Math.max(0, start - 120), start));
}

/**
 * An apposition naming a settlement right after a name: ", an isolated settlement 200 km west of …",
 * ", a town in …", ", the capital of …" (a determiner, at most two modifiers, the settlement's word; "capital" only
 * as the head: "the venture capital arm of …" is a body).
 */
const SETTLEMENT_APPOSITION =
  /^, (?:an?|the) (?:[\p{Ll}-]+ ){0,2}(?:(?:town|village|city|settlement|port|suburb|hamlet|enclave)\b|capital(?=[,.;]| of\b))/u;

/**
 * An apposition naming a body right after a name: ", the political front of ETA", ", a militant
 * group that …", ", the armed wing of Hamas" (a determiner, at most two modifiers, the body's noun,
 * then "of", a relative word or the apposition's end; "a party member" is a person).
 */
const BODY_APPOSITION =
  /^(?: \(\p{Lu}[\p{Lu}\d&-]+\))?, (?:an?|the) (?:(?!(?:of|the|for|in|to|at) )[\p{Ll}-]+,? ){0,3}(?:front|wing|party|group|movement|organi[sz]ation|militia|faction|coalition|alliance|network)(?= of\b| that\b| which\b| (?:founded|based|formed|created|established|set up|led|run)\b|[,.;])/u;

/**
 * Whether an apposition right after the name ending at `end` says it is a body ("Batasuna, the
 * political front of ETA"; past its initials in brackets: "the Crisis Management Initiative (CMI), a
 * non-profit, non-governmental organization founded by …").
 */
export function bodyApposition(doc: ArticleDocument, end: number): boolean {
  const at = doc.text.charCodeAt(end);
  return (at === 44 || at === 32) && BODY_APPOSITION.test(doc.text.slice(end, end + 80));
}

/** Whether an apposition right after the name ending at `end` says it is a settlement ("Ouadda-Djalle, an isolated settlement …"). */
export function settlementApposition(doc: ArticleDocument, end: number): boolean {
  return doc.text.charCodeAt(end) === 44 && SETTLEMENT_APPOSITION.test(doc.text.slice(end, end + 60));
}

/** "'s mayor", "'s deputy mayor" right after a name. */
const MAYOR_AFTER = /^['’]s (?:deputy |acting |former )?mayor\b/i;

/** Whether the name ending at `end` has a mayor ("Mariupol's mayor says …"): a town's. */
export function hasMayor(doc: ArticleDocument, end: number): boolean {
  return MAYOR_AFTER.test(doc.text.slice(end, end + 24));
}

/**
 * A word for a part of a country or a town right after a name, in lower case: "Basra's Hananiyah
 * neighborhood", "the Musa Qala district", "the Tora Bora region", "the Chagos islands". ("state" is left out: "the MIA
 * state news agency" is an agency's.)
 */
const PLACE_NOUN_AFTER =
  /^ (neighbou?rhood|district|province|governorate|prefecture|county|village|township|municipality|suburb|area|region|islands?)\b/;

/** Words of PLACE_NOUN_AFTER for a stretch of land that no one governs as such: the name is a place (LOC), not a GPE. */
const UNGOVERNED = new Set(['neighborhood', 'neighbourhood', 'area', 'region', 'island', 'islands']);

/**
 * The kind of place a lower-case word right after the name ending at `end` makes it: a district,
 * a village (GPE) or an area (LOC); null where no such word follows.
 */
export function placeNounAfter(doc: ArticleDocument, end: number): 'GPE' | 'LOC' | null {
  const m = PLACE_NOUN_AFTER.exec(doc.text.slice(end, end + 16));
  if (!m) return null;
  return UNGOVERNED.has(m[1]) ? 'LOC' : 'GPE';
}

/** States that share a country's name, and the country they are states of (Georgia, the U.S. state). */
const STATES_NAMED_LIKE_COUNTRIES = new Map([['Georgia', 'USA']]);
/** "Atlanta, Georgia", "Atlanta and Clarkston, Georgia": the place before the comma, and its list before "and". */
const TOWN_BEFORE = /(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?)(?: and \p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?)?, $/u;

/**
 * The state a country's name stands for after a town and a comma, where that town (or the one listed
 * with it) is one of the state's country ("traveled to Atlanta and Clarkston, Georgia" is the U.S.
 * state, not the Caucasian republic; "Tbilisi, Georgia" is still the country); else undefined.
 */
export function stateAfterTown(doc: ArticleDocument, start: number, surface: string): KbHit | undefined {
  const country = STATES_NAMED_LIKE_COUNTRIES.get(surface);
  if (!country) return undefined;
  const m = TOWN_BEFORE.exec(doc.text.slice(Math.max(0, start - 60), start));
  if (!m) return undefined;
  const towns = m[0].replace(/, $/, '').split(' and ');
  const places = towns.map((t) => lookupName(t)).filter((h) => h && isKbPlace(h.name));
  if (!places.some((h) => h?.country === country)) return undefined;
  return kbHit('region', `place:${surface.toLowerCase()}:${country}`, surface, country, country);
}
