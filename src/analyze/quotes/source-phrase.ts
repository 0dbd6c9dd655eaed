// "In a new Fox News poll, Trump achieved 45 percent" / "Trump has a decisive lead in the polls":
// a prepositional phrase naming a poll, survey, study or other document is the source of the
// clause it frames, as "according to" is. Political reporting attributes much of what it states
// this way; PolNeAR annotates the phrase as the cue ("in") and the document as the source.
import type { Sentence, Token } from '../document.js';
import { isSentenceEnd, isWord, type QuoteContext } from './context.js';
import { contentEnd, contentSpan, secondPredicate } from './content-end.js';
import { pushIndirect } from './indirect-candidate.js';
import { npToken, phrase } from './phrases.js';

/** Documents and measurements that state things: their "in" phrase frames a clause as their finding. */
const SOURCE_NOUNS = new Set([
  'poll',
  'polls',
  'survey',
  'surveys',
  'study',
  'studies',
  'report',
  'average',
  'rankings',
  'census',
  'memoir',
  'book',
  'filing',
  'filings',
]);
/** Nouns for what a document holds: an "in" phrase after one places them in it ("the findings in the report"). */
const CONTENT_NOUNS = new Set([
  'findings',
  'finding',
  'conclusions',
  'conclusion',
  'recommendations',
  'data',
  'figures',
  'details',
  'information',
  'evidence',
  'claims',
  'allegations',
  'statements',
  'language',
  'passage',
  'passages',
  'section',
  'chapter',
  'numbers',
]);
/** A sentence whose finding the phrase frames opens with its subject. */
const SUBJECT_OPENERS = new Set(['PROPN', 'NOUN', 'PRON', 'DET', 'NUM', 'ADJ']);
const SUBORDINATORS = new Set(['who', 'which', 'that', 'what', 'so', 'though', 'although', 'while', 'as']);
/** The most tokens from "in" to the source noun (in the latest NBC News/Wall Street Journal poll). */
const MAX_SOURCE = 12;

/** Token index of the source noun the "in" at k opens, or -1: determiners, names and modifiers only. */
function sourceHead(toks: Token[], k: number, end: number): number {
  for (let j = k + 1; j < end && j - k <= MAX_SOURCE; j++) {
    const t = toks[j];
    // ("In an ABC News/Washington Post Poll": a title's noun in capitals)
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && SOURCE_NOUNS.has(t.lower)) {
      // "in the poll's margin of error": the noun must close the phrase
      const next = toks[j + 1];
      // ("in the average of recent polls": the phrase runs on to the polls)
      if (next?.lower === 'of') continue;
      return next && (next.pos === 'NOUN' || /^['’]s$/.test(next.lower)) ? -1 : j;
    }
    // "in the vast majority of the polls", "in the average of recent Hoosier polls"
    if (t.lower === 'of' && j > k + 1) continue;
    // "In response to the filings", "in addition to the report": a reaction or an addition, no source
    if (t.lower === 'to') return -1;
    if (!npToken(t) && t.pos !== 'ADV' && t.text !== '-' && t.text !== '/') return -1;
  }
  return -1;
}

/** Words of a participle phrase on the source (released Sunday, conducted last week). */
const MAX_SOURCE_TAIL = 6;

/**
 * The token after the source phrase's own modifiers that follow its noun: a participle phrase
 * ("poll released Sunday") or a time ("poll this month"), up to a comma or the sentence end.
 */
function sourceTailEnd(toks: Token[], head: number, end: number): number {
  let j = head + 1;
  const t = toks[j];
  if (!t) return j;
  const participle = t.pos === 'VERB' && /ed$/.test(t.lower);
  const time = /^(this|last|next|earlier|late)$/.test(t.lower);
  if (!participle && !time) return j;
  for (j++; j < end && j - head <= MAX_SOURCE_TAIL; j++) {
    const w = toks[j];
    // (a participle right before the end is the clause's own verb: "… in the survey approved.")
    if (w.text === ',' || isSentenceEnd(w)) return participle && j === head + 2 ? head + 1 : j;
    if (!(npToken(w) || w.pos === 'ADP' || w.pos === 'ADV') || w.pos === 'VERB') return head + 1;
  }
  return head + 1;
}

const isParticiple = (t: Token | undefined) => !!t && t.pos === 'VERB' && /(ed|en|ing)$/.test(t.lower);

/** Whether any of tokens [a, b) is a word. */
function anyWord(toks: Token[], a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (isWord(toks[j])) return true;
  return false;
}

/** The first comma in [a, end) before the sentence ends, or -1. */
function nextComma(toks: Token[], a: number, end: number): number {
  for (let j = a; j < end; j++) {
    if (toks[j].text === ',') return j;
    if (isSentenceEnd(toks[j])) return -1;
  }
  return -1;
}

/** Whether an earlier candidate already lies inside [start, end): that attribution is the one to keep. */
export function holdsCandidate(ctx: QuoteContext, start: number, end: number): boolean {
  return ctx.candidates.some((c) => c.start < end && c.end > start);
}

function sourceInSentence(ctx: QuoteContext, s: Sentence, k: number): void {
  const toks = ctx.doc.tokens;
  const head = sourceHead(toks, k, s.endToken);
  if (head < 0) return;
  const cue = { start: toks[k].start, end: toks[k].end };
  const atStart = !anyWord(toks, s.firstToken, k);
  if (atStart) {
    // "In a September poll[ released Sunday][, conducted in May,] CLAUSE": the source runs to the
    // comma, over a participle phrase set off by commas
    let comma = nextComma(toks, head + 1, s.endToken);
    if (comma >= 0 && isParticiple(toks[comma + 1])) comma = nextComma(toks, comma + 1, s.endToken);
    // ("In the new poll, however, Clinton leads": an adverb set off by commas)
    if (comma >= 0 && toks[comma + 1]?.pos === 'ADV' && toks[comma + 2]?.text === ',') comma += 2;
    if (comma < 0) return;
    const src = phrase(ctx.doc, k + 1, head + 1);
    const a = comma + 1;
    const span = contentSpan(toks, a, contentEnd(ctx, a, s.endToken));
    if (!span || holdsCandidate(ctx, span.start, span.end)) return;
    pushIndirect(ctx, span, cue, src, 'source-phrase', 'source-phrase');
    return;
  }
  // ("This is consistent with the findings in the first report": the phrase says where the findings
  // are, not who states the clause)
  if (CONTENT_NOUNS.has(toks[k - 1]?.lower ?? '')) return;
  // "CLAUSE in the latest poll.": the phrase closes the sentence (or its clause, before a comma), or
  // an adjunct of the clause follows it ("has a decisive lead in the polls ahead of the primary",
  // "is ahead in public opinion polls in Florida", "continues to lead in polls despite …")
  const tail = sourceTailEnd(toks, head, s.endToken);
  const after = toks[tail];
  if (
    after &&
    !isSentenceEnd(after) &&
    after.text !== ',' &&
    after.text !== ';' &&
    !ADJUNCT_OPENERS.has(after.lower) &&
    !(after.lower === 'and' && secondPredicate(ctx, tail + 1, s.endToken))
  )
    return;
  // the whole sentence before the phrase, opening with its subject: not a subordinate clause
  // ("with Trump trailing badly in the polls", "who is struggling in the polls"); a conjunction
  // opening the sentence ("But he fell to 10 percent in …") or a clause of time or reason after the
  // main one ("… this week as Clinton continues to lead in polls") is passed over
  let a = clauseOpening(toks, s, k);
  a = afterTrailingClauseOpener(toks, afterFrontedAdjunct(toks, a, k), k);
  // ("Trump leads Cruz by 9 points, 42%-32.7%, in the average …": a phrase set off by a comma
  // attributes the whole clause before it, commas and all)
  const setOff = toks[k - 1]?.text === ',';
  if (a >= k || toks.slice(a, setOff ? k - 1 : k).some((t) => (t.text === ',' && !setOff) || t.text === ';')) return;
  // ("just 18 percent of …": an adverb may stand before the subject)
  let o = a;
  while (o < k - 1 && toks[o].pos === 'ADV' && !SUBORDINATORS.has(toks[o].lower)) o++;
  if (!SUBJECT_OPENERS.has(toks[o].pos) || SUBORDINATORS.has(toks[o].lower)) return;
  const span = contentSpan(toks, a, k);
  if (!span || holdsCandidate(ctx, span.start, span.end)) return;
  // the clause needs a verb of its own: "a strong lead in the polls" alone is no finding
  if (!toks.slice(a, k).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return;
  // (nor a bare auxiliary: "from where he has been in the polls" says where, not what)
  if (toks[k - 1].pos === 'AUX') return;
  // (nor one that says who said it: "as the UN Office … expressly noted in a March 11 report")
  // ("continues to lead" is no saying: a verb before its infinitive)
  for (let j = a; j < k; j++) if (ctx.cueClass(j) === 'speech' && toks[j + 1]?.lower !== 'to') return;
  pushIndirect(ctx, span, cue, phrase(ctx.doc, k + 1, head + 1), 'source-phrase', 'source-phrase');
}

/** The sentence's first word before k past marks and conjunctions ("But he fell …"), or k. */
export function clauseOpening(toks: readonly Token[], s: Sentence, k: number): number {
  let a = s.firstToken;
  while (a < k && (!isWord(toks[a]) || toks[a].pos === 'CCONJ')) a++;
  return a;
}

/** Words opening an adjunct of the clause after its source phrase. */
const ADJUNCT_OPENERS = new Set(['ahead', 'in', 'despite', 'since', 'among', 'after', 'before', 'for']);

/** Subordinators that open a clause of time or reason after a main clause with a verb. */
const TRAILING_CLAUSE_OPENERS = new Set(['as', 'while', 'because', 'since', 'where', 'when']);

/**
 * The first token of a clause of time or reason that a subordinator opens after the main clause's
 * own verb ("Mark-Viverito has served … this week as | Clinton continues to lead in polls"); else a.
 */
function afterTrailingClauseOpener(toks: Token[], a: number, k: number): number {
  // the nearest opener before the phrase, with a verb of its clause after it and one of the main clause before
  let verbAfter = false;
  for (let j = k - 1; j > a; j--) {
    const t = toks[j];
    if (t.pos === 'VERB' || t.pos === 'AUX') verbAfter = true;
    else if (TRAILING_CLAUSE_OPENERS.has(t.lower) && (t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'ADV')) {
      if (!verbAfter) return a;
      return toks.slice(a, j).some((w) => w.pos === 'VERB' || w.pos === 'AUX') ? j + 1 : a;
    }
  }
  return a;
}

/**
 * After a fronted adjunct with no verb ("As a result, just 18 percent … in a new poll"), the first
 * token of the clause the source phrase attributes; else a.
 */
function afterFrontedAdjunct(toks: Token[], a: number, k: number): number {
  for (let j = a; j < k; j++) {
    if (toks[j].pos === 'VERB' || toks[j].pos === 'AUX') return a;
    if (toks[j].text === ',') return j + 1 < k ? j + 1 : a;
  }
  return a;
}

export function findSourcePhraseQuotes(ctx: QuoteContext): void {
  const toks = ctx.doc.tokens;
  for (const s of ctx.sentences)
    for (let k = s.firstToken; k < s.endToken; k++)
      if (toks[k].lower === 'in' && ctx.inSpan[k] < 0) sourceInSentence(ctx, s, k);
}
