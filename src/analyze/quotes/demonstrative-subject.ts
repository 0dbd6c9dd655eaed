// "And that will focus on the role of the IAEA", "What does that tell you about …", "That said,
// it's clearly an issue …": a demonstrative "that" is a thing or a state of affairs, and where it is
// the subject of a verb with a preposition (focus on, lay out, respond to), of a question, or of the
// idiom "That said," its "quote" is no one's words. (News annotation does take "That suggests …",
// "That prompted calls for …" as claims with an abstract source: those stay.) A relative "that"
// ("people that say …") follows the noun or pronoun it stands for; a demonstrative one follows no
// such word (it opens the sentence, or comes after a conjunction, a verb or an adverb), and no noun
// follows it ("That letter demanded …" is a determiner's).
import type { QuoteContext } from './context.js';

/** Parts of speech of a word a relative "that" may stand right after (its antecedent's last word: "those that"). */
const ANTECEDENT_POS = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'NUM']);
/** Parts of speech after a determiner "that" ("That letter", "that same day"). */
const DETERMINED_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

export function dropDemonstrativeSubjects(ctx: QuoteContext): void {
  const toks = ctx.doc.tokens;
  ctx.keepCandidates((c) => {
    const p = c.speaker;
    if (!p || p.headKind !== 'pronoun' || p.endToken - p.first !== 1) return true;
    if (toks[p.first].lower !== 'that') return true;
    const sentence = ctx.sentenceAt(p.first);
    if (!sentence) return true;
    const before = toks[p.first - 1];
    const relative = p.first > sentence.firstToken && ANTECEDENT_POS.has(before.pos);
    const determiner = DETERMINED_POS.has(toks[p.first + 1]?.pos ?? '');
    if (relative || determiner) return true;
    // ("That said, …", "That having been said, …": the idiom, whatever verb of the sentence read it as its subject)
    const thatSaid = p.first === sentence.firstToken && saidIdiomAt(ctx, p.first);
    const question = toks[sentence.endToken - 1]?.text === '?';
    return !(thatSaid || question || c.rule.startsWith('cue-prep-verb'));
  });
}

/** Whether "That" at token i opens "That said," or "That having been said," / "That being said,". */
function saidIdiomAt(ctx: QuoteContext, i: number): boolean {
  const words = ctx.doc.tokens.slice(i + 1, i + 5).map((t) => t.lower);
  const comma = words.indexOf(',');
  return (
    comma > 0 &&
    words[comma - 1] === 'said' &&
    words.slice(0, comma - 1).every((w) => /^(?:having|been|being)$/.test(w))
  );
}
