// Whether a phrase read as a speaker can be one: a name or a pronoun, else a noun for people, a title,
// a body, a sector or a record ("a spokesman", "officials", "the campaign", "the report"), not a
// thing or an act ("…, recounted a litany of horrific attacks on civilians", "…, repeated use of
// chemical weapons": a verb in a list with its object, no inverted attribution).
import { sectorOf } from '../entities/kb.js';
import { lexiconSets as entityLexicon } from '../entities/lexicon.js';
import type { QuoteContext } from './context.js';
import { isRecordWord } from './evidence.js';
import { quoteLexicon as lex } from './lexicon.js';
import { COLLECTIVE_PLURALS, isPeopleNoun } from './people-nouns.js';
import type { Phrase } from './phrases.js';

/** Words for a group or someone unnamed that no plural people noun covers ("many", "others", "the public", "police"). */
const COLLECTIVE_SPEAKERS = new Set(['many', 'some', 'others', 'another', 'one', 'public', ...COLLECTIVE_PLURALS]);

export function canBeSpeaker(ctx: QuoteContext, p: Phrase): boolean {
  if (p.headKind !== 'nominal') return true;
  const toks = ctx.doc.tokens;
  const entities = entityLexicon();
  for (let j = p.first; j < p.endToken; j++) {
    const t = toks[j];
    if (t.pos === 'PROPN' || t.pos === 'PRON' || ctx.doc.entityAt(t.start)) return true;
    if (isPeopleNoun(t) || COLLECTIVE_SPEAKERS.has(t.lower) || lex.orgWords.has(t.lower) || isRecordWord(t.lower))
      return true;
    if (entities.titleHeads.has(t.lower) || entities.personNominalHeads.has(t.lemma) || sectorOf(t.lower)) return true;
  }
  return false;
}
