// A question is no one's claim. "Do you think the North Koreans are trying to test him?", "Can you
// say how many treaties are on that list?", "How serious do you consider that threat to be?": a
// reporter asks, and the answering official asserts none of it. The sign is the subject after the
// auxiliary (subject–auxiliary inversion) in a sentence that ends in a question mark. A statement put
// to someone ("Robert, at the top you said there had been numerous failures …") keeps its order and
// stays a report of what they said; so does a quotation (its own marks), and an inversion that ends
// in a full stop ("Nor have they warned …", "Not only did she find …") is no question.
import type { Candidate, QuoteContext } from './context.js';
import type { Token } from '../document.js';

/** Auxiliaries that open a yes/no or wh- question ("Do you …", "Can you …", "Are you guys …"). */
const QUESTION_AUXILIARIES = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'can',
  'could',
  'would',
  'will',
  'should',
  'shall',
  'may',
  'might',
  'must',
  'have',
  'has',
  'had',
]);
/** Question words before the auxiliary ("What do you …", "How do you …"). */
const WH_WORDS = new Set(['what', 'how', 'why', 'when', 'where', 'which', 'who', 'whom', 'whose']);
/** Parts of speech the word before an opening auxiliary may have (a clause starts at the auxiliary). */
const BEFORE_AUXILIARY = new Set(['PUNCT', 'CCONJ', 'SCONJ', 'ADV', 'ADJ', 'INTJ', 'VERB']);

/**
 * Drops the indirect and mixed quotes whose cue is the verb of a question, and those after it in the
 * same sentence: what a question goes on to say ("do you think the President will call …", "the
 * regime change that you're hoping for") is put to someone, not claimed.
 */
export function dropQuestions(ctx: QuoteContext): void {
  const toks = ctx.doc.tokens;
  /** Per question sentence, the token where its question starts (its auxiliary). */
  const opened = new Map<number, number>();
  const cueTokens = new Map<Candidate, number>();
  for (const c of ctx.candidates) {
    if (!c.cue || c.kind === 'direct') continue;
    const cue = ctx.doc.tokenIndexAt(c.cue.start);
    const sentence = ctx.sentenceAt(cue);
    if (!sentence || !endsInQuestionMark(toks, sentence.firstToken, sentence.endToken)) continue;
    cueTokens.set(c, cue);
    const aux = questionAuxiliary(ctx, cue, sentence.firstToken);
    const known = opened.get(sentence.firstToken);
    if (aux >= 0 && (known === undefined || aux < known)) opened.set(sentence.firstToken, aux);
  }
  if (opened.size === 0) return;
  ctx.keepCandidates((c) => {
    const cue = cueTokens.get(c);
    if (cue === undefined) return true;
    const aux = opened.get(ctx.sentenceAt(cue)!.firstToken);
    return aux === undefined || cue < aux;
  });
}

/** Most words of a subject between a question's auxiliary and its verb ("Did President Calderón ask"). */
const MAX_SUBJECT = 6;
/** Parts of speech of a subject's words. */
const SUBJECT_POS = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PART']);

/**
 * The auxiliary that opens a question whose verb is the cue at token `cue` ("Do you think", "Can you
 * just say", "Are you guys worried", "Did President Calderón ask"), or -1 where the cue's subject
 * comes before its auxiliaries (a statement).
 */
export function questionAuxiliary(ctx: QuoteContext, cue: number, first: number): number {
  const toks = ctx.doc.tokens;
  let j = cue - 1;
  // adverbs and auxiliaries of the verb group ("just", "also", "been"), and a verb before "to" ("do
  // you mean to say", "do you want to talk about")
  while (
    j >= first &&
    (toks[j].pos === 'ADV' ||
      toks[j].pos === 'PART' ||
      (toks[j].pos === 'AUX' && !QUESTION_AUXILIARIES.has(toks[j].lower)) ||
      (toks[j].pos === 'VERB' && toks[j + 1].lower === 'to'))
  )
    j--;
  const subjectEnd = j;
  // (a question word ends it: "what we now know" is no subject after an auxiliary)
  while (j >= first && subjectEnd - j < MAX_SUBJECT && SUBJECT_POS.has(toks[j].pos) && !WH_WORDS.has(toks[j].lower))
    j--;
  if (j === subjectEnd || j < first) return -1;
  // "Don't you think …", "would you not say …"
  while (j > first && toks[j].pos === 'PART') j--;
  if (!QUESTION_AUXILIARIES.has(toks[j].lower) || (toks[j].pos !== 'AUX' && toks[j].pos !== 'VERB')) return -1;
  return j === first || opensClause(toks[j - 1]) || whPhraseBefore(toks, j, first) ? j : -1;
}

/** Whether a question's auxiliary may follow this word: a break, a conjunction, a question word, a verb ("know can you"). */
function opensClause(before: Token): boolean {
  return BEFORE_AUXILIARY.has(before.pos) || WH_WORDS.has(before.lower) || before.text === 'Q';
}

/** Most words of a question phrase before its auxiliary ("how important of a role"). */
const MAX_WH_PHRASE = 5;
/** Parts of speech inside a question phrase after its question word. */
const WH_PHRASE_POS = new Set(['NOUN', 'ADJ', 'ADV', 'ADP', 'DET']);

/**
 * Whether a question phrase ends right before the auxiliary at `aux`: "What impact do you think …",
 * "to what extent do you believe …", "What kind of reaction do you expect …".
 */
function whPhraseBefore(toks: readonly Token[], aux: number, first: number): boolean {
  for (let j = aux - 1; j >= first && aux - j <= MAX_WH_PHRASE; j--) {
    if (WH_WORDS.has(toks[j].lower)) return j < aux - 1;
    if (!WH_PHRASE_POS.has(toks[j].pos)) return false;
  }
  return false;
}

/** Whether tokens [first, end) end in a question mark (closing quotation marks or brackets after it aside). */
export function endsInQuestionMark(toks: readonly Token[], first: number, end: number): boolean {
  for (let j = end - 1; j >= first; j--) {
    const t = toks[j].text;
    if (t === '?') return true;
    if (!/^["”’'»)\]\s]+$/.test(t)) return false;
  }
  return false;
}
