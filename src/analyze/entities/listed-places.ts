// A name the knowledge base does not know, listed between two countries it does ("Ecuador, Guiana,
// Paraguay"), is a country or a place like them: lists in news run over one kind of thing, and the
// recogniser, reading the unknown word alone, often takes it for a person. So is one at the other end
// of a route from or to a place it knows ("en route from Kandahar to Uruzgan"). A name listed between
// two bodies, one of them known to the KB, is a body ("Mastercard, Visa, Apple Pay have shut down").
import type { ArticleDocument } from '../document.js';
import { typedName, type TypedName } from './typing.js';

/** What may stand between listed names: a comma, or a comma or nothing before "and" / "or". */
const BEFORE_ITEM = /^, $/;
const AFTER_ITEM = /^(?:, |,? (?:and|or) )$/;

/** Whether a typed name is a country the KB knows. */
const isKbCountry = (n: TypedName | undefined): boolean => n?.type === 'GPE' && n.hit?.kind === 'country';

/**
 * Retypes as GPE each name of one word that only the recogniser typed (no KB hit, no rule of the
 * entity layer) and that stands in a list between two KB countries.
 */
export function listedPlaces(doc: ArticleDocument, typed: TypedName[]): TypedName[] {
  return typed.map((n, i) => {
    // (a piece the recogniser's name was cut into at a comma is still its reading alone)
    if (n.type === 'GPE' || n.type === 'LOC' || n.hit || n.rule.replace('+split', '').includes('+')) return n;
    if (/\s/.test(doc.slice(n))) return n;
    const prev = typed[i - 1];
    const next = typed[i + 1];
    if (routeEnd(doc, prev, n, next)) return typedName(n, 'GPE', undefined, `${n.rule}+route-place`);
    if (n.type !== 'ORG' && listedBetween(doc, prev, n, next, isBody) && (isKbBody(prev) || isKbBody(next)))
      return typedName(n, 'ORG', undefined, `${n.rule}+listed-body`);
    if (!listedBetween(doc, prev, n, next, isKbCountry)) return n;
    return typedName(n, 'GPE', undefined, `${n.rule}+listed-place`);
  });
}

/** Whether a typed name is a body (companies and organisations: "Mastercard, Visa, Apple Pay"). */
const isBody = (n: TypedName | undefined): boolean => n?.type === 'ORG';
/** Whether a typed name is a body the KB knows. */
const isKbBody = (n: TypedName | undefined): boolean => n?.type === 'ORG' && n.hit?.kind === 'org';

/** Whether n stands in a list between prev and next, both of the kind `fits` asks for. */
function listedBetween(
  doc: ArticleDocument,
  prev: TypedName | undefined,
  n: TypedName,
  next: TypedName | undefined,
  fits: (x: TypedName | undefined) => boolean,
): boolean {
  if (!prev || !next || !fits(prev) || !fits(next)) return false;
  return BEFORE_ITEM.test(doc.text.slice(prev.end, n.start)) && AFTER_ITEM.test(doc.text.slice(n.end, next.start));
}

/** Whether a typed name is a place the KB knows (a country, a city, a region). */
const isKbPlace = (n: TypedName | undefined): boolean => (n?.type === 'GPE' || n?.type === 'LOC') && !!n.hit;

/**
 * Whether the name n is one end of "from X to Y" whose other end, prev or next, is a place the KB
 * knows: "from Kandahar to Uruzgan", "from Uruzgan to Kandahar".
 */
function routeEnd(
  doc: ArticleDocument,
  prev: TypedName | undefined,
  n: TypedName,
  next: TypedName | undefined,
): boolean {
  const before = (x: { start: number }) => doc.text.slice(Math.max(0, x.start - 5), x.start);
  if (isKbPlace(prev) && before(prev!) === 'from ' && doc.text.slice(prev!.end, n.start) === ' to ') return true;
  return isKbPlace(next) && before(n) === 'from ' && doc.text.slice(n.end, next!.start) === ' to ';
}
