// A clause and its verb, as the readers of an indirect quote test for them: whether a clause (a
// subject, then its verb) starts at a token, and which verb forms are finite. Where the content
// starts, where it ends and who the cue's subject is all ask these same questions.
import type { Token } from '../document.js';
import { POSSESSIVES, type QuoteContext } from './context.js';
import { quoteLexicon as lex } from './lexicon.js';
import { npToken } from './phrases.js';
/** A belief clause needs its verb within this many tokens (believes Kim Jong-un will travel). */
export const CLAUSE_VERB_WINDOW = 12;
/** Punctuation that ends a clause before its verb is found. */
export const CLAUSE_STOP = /^[,;:.!?]$/;

export const isClauseVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';

/** A verb in a finite, inflected form (calls, argued): not a bare infinitive or participle. */
export const finiteVerb = (t: Token | undefined) =>
  t !== undefined &&
  t.pos === 'VERB' &&
  /^\p{Ll}/u.test(t.text) &&
  (/(?:[^s]s|ed)$/.test(t.lower) || IRREGULAR_SPEECH_PAST.has(t.lower));
/** said/told end in neither -s nor -ed, yet "… and said …" is the cue's subject speaking again. */
const IRREGULAR_SPEECH_PAST = new Set(['said', 'told']);

/** Auxiliaries in a finite form: a predicate of their own after a noun phrase (was, has, will). */
export const FINITE_AUX = new Set([
  'is',
  'was',
  'were',
  'are',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'does',
  'did',
  "'s",
  '’s',
]);

/**
 * An irregular past tense (went, took, made, gave): a verb form of its own that is no -ing form and
 * no participle in -en/-n (taken, shown, done), which a coordinated object never holds.
 */
export const irregularPast = (t: Token | undefined) =>
  t !== undefined &&
  t.pos === 'VERB' &&
  /^\p{Ll}/u.test(t.text) &&
  t.lower !== t.lemma &&
  !/(?:ing|en|wn|ne|s)$/.test(t.lower);

/** Pronouns that open a content clause after a hearer though they never speak (told reporters this was …). */
export const CLAUSE_SUBJECTS = new Set(['this', 'these', 'those', 'it', 'there']);

/**
 * Whether token j is a finite verb of a clause: a finite auxiliary, or an inflected verb that is not
 * a participle after its noun ("the damages caused by the conflict").
 */
export function finiteVerbAt(ctx: QuoteContext, j: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[j];
  if (ctx.inSpan[j] >= 0) return false;
  if (t.pos === 'AUX') return FINITE_AUX.has(t.lower);
  if (!finiteVerb(t)) return false;
  const prev = toks[j - 1];
  return !(/ed$/.test(t.lower) && (prev?.pos === 'NOUN' || prev?.pos === 'PROPN') && toks[j + 1]?.lower === 'by');
}

/** Whether a clause (a subject, then its verb) starts at token j: she would rather vote …. */
export function clauseAt(ctx: QuoteContext, j: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[j];
  if (
    !t ||
    !(
      npToken(t) ||
      POSSESSIVES.has(t.lower) ||
      (t.pos === 'PRON' && (lex.subjectPronouns.has(t.lower) || CLAUSE_SUBJECTS.has(t.lower)))
    )
  )
    return false;
  for (let v = j + 1; v < end && v - j <= CLAUSE_VERB_WINDOW; v++) {
    // he "hand-delivered a letter …": a quotation right after a subject pronoun is its predicate
    if (ctx.inSpan[v] >= 0) return v <= j + 2 && t.pos === 'PRON';
    if (isClauseVerb(toks[v]) && !npToken(toks[v])) return true;
    if (CLAUSE_STOP.test(toks[v].text)) return false;
  }
  return false;
}
/** The negation between an auxiliary and its verb (did not recommend, hasn't said). */
export const NEGATIONS = new Set(['not', "n't", 'n’t']);

/** Past participles not in -ed or -en that open a passive ("was found guilty", "was held", "was told"). */
const PARTICIPLES_NOT_IN_EN = new Set([
  'found',
  'held',
  'told',
  'made',
  'brought',
  'caught',
  'sent',
  'kept',
  'left',
  'led',
  'met',
  'sought',
  'thought',
  'bought',
  'built',
  'shot',
  'hit',
  'put',
  'set',
  'cut',
  'hurt',
  'read',
  'heard',
]);

/** Whether a word has the form of a past participle: in -ed or -en, or an irregular one ("found", "held"). */
export function pastParticipleForm(lower: string): boolean {
  return /(?:ed|en)$/.test(lower) || PARTICIPLES_NOT_IN_EN.has(lower);
}
