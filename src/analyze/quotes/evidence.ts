// What records, polls and studies show: "Polls show voters trust Clinton more …", "…, tax returns
// show.", "During the same stretch, F.A.A. records show, the Cessna has flown …". The record is the
// source and what it shows is the content, as with a verb of saying. The tagger often reads "show"
// after a plural as a noun ("Polls show", "records show"), so the listed cue never fires there.
import type { Token } from '../document.js';
import { pluralInS, singularNoun } from '../entities/plural-nouns.js';
import type { QuoteContext } from './context.js';

/** Verbs by which a record reports what it holds. */
const EVIDENCE_VERBS = new Set([
  'show',
  'shows',
  'showed',
  'indicate',
  'indicates',
  'indicated',
  'reveal',
  'reveals',
  'revealed',
]);

/** Nouns naming a record, a count or a piece of research (singular; a plural drops its -s). */
const EVIDENCE_NOUNS = new Set([
  'poll',
  'polling',
  'survey',
  'study',
  'report',
  'record',
  'document',
  'email',
  'e-mail',
  'data',
  'figure',
  'number',
  'statistic',
  'result',
  'filing',
  'return',
  'tally',
  'analysis',
  'review',
  'audit',
  'research',
  'census',
  'estimate',
  'projection',
  'video',
  'footage',
  'image',
  'photo',
  'photograph',
  'transcript',
  'log',
  'memo',
  'receipt',
  'disclosure',
  'chart',
  'map',
  'evidence',
  'trend',
  'average',
  'count',
  'test',
  'model',
  'calculation',
  'interview',
  'audio',
]);

/** Words after the verb that open what is shown: a clause, a noun phrase, a question word. */
const CONTENT_OPENERS = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM', 'SCONJ']);

/** Words that open a content clause whatever the tagger calls them (show that …, show how …). */
const QUESTION_WORDS = new Set(['that', 'how', 'why', 'what', 'whether', 'where', 'when', 'who']);

/** Whether a word ends as a plural in -s does (not "analysis", "census"). */

/** Whether a word names a record, in the singular or the plural ("records", "tally", "e-mails"). */
export const isRecordWord = (word: string): boolean =>
  EVIDENCE_NOUNS.has(singularNoun(word.toLowerCase()).replace(/^e-?mails?$/, 'email'));

/**
 * Whether a token names a record (records, Polls, tax returns, the data); a plural the tagger read as
 * a verb too, after a word that cannot be its subject ("a state where polls show …").
 */
const isEvidenceNoun = (t: Token, before?: Token) =>
  (t.pos === 'NOUN' ||
    t.pos === 'PROPN' ||
    (t.pos === 'VERB' && pluralInS(t.lower) && !!before && NO_SUBJECT_BEFORE.has(before.pos))) &&
  isRecordWord(t.lower);
/** Tags of a word before a plural that leave it no subject of its own, so no verb ("where polls", "the polls"). */
const NO_SUBJECT_BEFORE = new Set(['ADV', 'DET', 'ADJ', 'ADP', 'SCONJ', 'CCONJ', 'PUNCT']);

/** Relative pronouns that stand for the record before them ("a new poll that shows …"). */
const RELATIVES = new Set(['that', 'which']);

/**
 * Whether token k is a verb by which a record reports: show/indicate/reveal in lower case right
 * after a noun naming a record, whatever part of speech the tagger gave it, and followed by its
 * content or by the end of a post-posed frame (", records show." / ", records show, …").
 */
export function evidenceVerb(ctx: QuoteContext, k: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  if (!EVIDENCE_VERBS.has(t.text) || ctx.inSpan[k] >= 0) return false;
  // (or the record a relative pronoun stands for: "a new poll that shows …")
  const p = RELATIVES.has(toks[k - 1]?.lower ?? '') ? k - 2 : k - 1;
  const prev = toks[p];
  if (!prev || !isEvidenceNoun(prev, toks[p - 1])) return false;
  // "the poll show" is no clause: a plain form needs a plural record, a form in -s a singular one
  const plural = pluralInS(prev.lower) || prev.lower === 'data' || prev.lower === 'polling';
  if (/[^s]s$/.test(t.lower) && pluralInS(prev.lower)) return false;
  if (!/s$|ed$/.test(t.lower) && !plural) return false;
  const next = toks[k + 1];
  if (!next) return true;
  if (next.text === ',' || /^[.!?]$/.test(next.text) || QUESTION_WORDS.has(next.lower)) return true;
  // (past an adverb of degree before what is shown: "show relatively little movement")
  const opener = next.pos === 'ADV' && toks[k + 2]?.pos === 'ADJ' ? toks[k + 2] : next;
  return CONTENT_OPENERS.has(opener.pos) || ctx.inSpan[k + 1] >= 0;
}
