// A name the knowledge base does not know, listed between two countries it does ("Ecuador, Guiana,
// Paraguay"), is a country or a place like them: lists in news run over one kind of thing, and the
// recogniser, reading the unknown word alone, often takes it for a person.
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
    if (n.type === 'GPE' || n.type === 'LOC' || n.hit || n.rule.includes('+')) return n;
    if (/\s/.test(doc.slice(n))) return n;
    const prev = typed[i - 1];
    const next = typed[i + 1];
    if (!isKbCountry(prev) || !isKbCountry(next)) return n;
    if (!BEFORE_ITEM.test(doc.text.slice(prev.end, n.start)) || !AFTER_ITEM.test(doc.text.slice(n.end, next.start)))
      return n;
    return typedName(n, 'GPE', undefined, `${n.rule}+listed-place`);
  });
}
