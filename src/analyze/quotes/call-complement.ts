// "call" reports a view only with a complement: "called the accusations "baseless"", "called Pakistan
// a valuable ally", "has called the protests in Ukraine the work of …". Without one it is a phone
// call, a name or a summons: "Secretary Blinken called Kenyan President Uhuru Kenyatta today to
// discuss …", "The area of land under discussion, called Bangsamoro, refers to …", "Sheikh Sharif
// Ahmed called a unilateral truce on Tuesday", "as we would call it". Those give no quote. ("called
// on …", "called for …" and "called attention to …" are other cues.)
import type { Token } from '../document.js';
import { POSSESSIVES, type Candidate, type QuoteContext } from './context.js';

const OPEN_MARKS = new Set(['"', '“', '‘', "'", '«']);
/** What may open a complement right after the object's last word ("Pakistan | a valuable ally"). */
const COMPLEMENT_START = new Set(['DET', 'ADJ', 'NUM']);
/** The object's words: a noun, a name or a pronoun ("it", "herself"). */
const OBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);
/** A demonstrative standing alone as the object ("called this a senseless crime"). */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
/** Punctuation that ends the sentence the object and complement stand in. */
const SENTENCE_ENDS = new Set(['.', ';', ':', '?', '!']);

/** Drops the quotes of "call" with an object and no complement. */
export function dropCallsWithoutComplement(ctx: QuoteContext): void {
  ctx.keepCandidates((c) => !callWithoutComplement(ctx, c));
}

function callWithoutComplement(ctx: QuoteContext, c: Candidate): boolean {
  if (!c.cue || c.kind === 'direct' || !(c.rule.startsWith('cue-object') || c.rule.startsWith('cue-participle')))
    return false;
  const doc = ctx.doc;
  const toks = doc.tokens;
  const cue = doc.tokenIndexAt(c.cue.start);
  if (toks[cue]?.lemma !== 'call' || doc.tokenIndexAt(c.cue.end - 1) !== cue) return false;
  const first = doc.tokenIndexAt(c.start);
  // ("called attention to …", "I would call your attention in particular to …": another cue)
  const attention =
    toks[first]?.lower === 'attention' ||
    (POSSESSIVES.has(toks[first]?.lower ?? '') && toks[first + 1]?.lower === 'attention');
  if (first !== cue + 1 || attention) return false;
  return !complementIn(toks, first, doc.tokenIndexAt(c.end - 1) + 1);
}

/**
 * Whether a complement follows the object in tokens [first, end) before the clause ends: a quotation
 * mark, or a word opening a second phrase right after a noun or pronoun ("the move | a "clear
 * violation"", "them | rapists", "Clinton, his Democratic presidential challenger, | an ISIS
 * "co-founder""), or "out" ("calling him out"). The clause ends at its next verb or an infinitive
 * ("…, called Bangsamoro, refers to …", "called Kenyatta today to discuss …").
 */
function complementIn(toks: readonly Token[], first: number, end: number): boolean {
  // "called to ban …" urges, as "called for" does
  if (toks[first].lower === 'to') return true;
  for (let j = first; j < end; j++) {
    const t = toks[j];
    if (OPEN_MARKS.has(t.text)) return true;
    if (SENTENCE_ENDS.has(t.text) || (j > first && predicate(t))) return false;
    if (t.lower === 'to' && toks[j + 1]?.pos === 'VERB') return false;
    const next = toks[j + 1];
    if (!next || j + 1 >= end) return false;
    const object = OBJECT_POS.has(t.pos) || (t.pos === 'DET' && DEMONSTRATIVES.has(t.lower) && j === first);
    if (!object) continue;
    if (next.lower === 'out') return true;
    // ("the remarks | highly irresponsible": an adverb before an adjective)
    if (COMPLEMENT_START.has(next.pos) || (next.pos === 'ADV' && toks[j + 2]?.pos === 'ADJ')) return true;
    // (not a possessive before its noun: "She called her Russian counterpart Sergei Lavrov to express
    // her concern", "call their workers to their office")
    if (t.pos === 'PRON' && !POSSESSIVES.has(t.lower) && (next.pos === 'NOUN' || next.pos === 'PROPN')) return true;
  }
  return false;
}

/** Whether the word is a verb of a new predicate: not a participle modifying the object ("a report
 * suggesting …") nor a name the tagger took for a verb ("a former Miss Universe"). */
function predicate(t: Token): boolean {
  if (t.pos === 'AUX') return true;
  return t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.lower) && !/^\p{Lu}/u.test(t.text);
}
