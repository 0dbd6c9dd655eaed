// One name, one kind of thing in a document, where the words around one of its mentions say which:
// "Aeroflot" read as a person in the headline is the body that "flag carrier Aeroflot" names below.
import type { ArticleDocument } from '../document.js';
import type { EntityType } from '../types.js';
import { typedName, type TypedName } from './typing.js';

/** Typing rules that rest on a cue in the text (a body's kind before the name, a head word in it). */
const CUE_RULE = /(?:^|\+)(?:body-noun|facility-head|event-head|org-head)$/;

/** Whether only the recogniser's reading typed the mention: no KB hit and no rule of the entity layer. */
const modelOnly = (n: TypedName) => !n.hit && !n.rule.includes('+');

/**
 * Mentions typed by the recogniser alone take the type a cue gave another mention of the very same
 * text, when the cued mentions agree. A KB hit or another rule of the entity layer is left as it is
 * (New York the team and the city are both read from their own context).
 */
export function typesFromCuedMentions(doc: ArticleDocument, typed: TypedName[]): TypedName[] {
  const cued = new Map<string, EntityType | null>();
  for (const n of typed) {
    if (!CUE_RULE.test(n.rule)) continue;
    const text = doc.slice(n);
    const seen = cued.get(text);
    cued.set(text, seen === undefined || seen === n.type ? n.type : null);
  }
  if (!cued.size) return typed;
  return typed.map((n) => {
    const type = cued.get(doc.slice(n));
    if (!type || type === n.type || !modelOnly(n)) return n;
    return typedName(n, type, n.hit, `${n.rule}+cued-elsewhere`);
  });
}
