// What a comma opens around an indirect quote's content: an appositive, a relative clause, a
// participial aside, the writer's comparison or next figure; and the subordinate phrase a sentence
// may open with. contentEnd asks these whether the content goes on past them or ends before them.
import type { Token } from '../document.js';
import { isBreak, isSentenceEnd, isWord, type QuoteContext } from './context.js';
import { SUBORDINATORS } from './sentence-opening.js';
import { quoteLexicon as lex } from './lexicon.js';
import { npToken } from './phrases.js';
import { YEAR } from '../nlp/closed-class.js';
import {
  CLAUSE_VERB_WINDOW,
  CLAUSE_STOP,
  isClauseVerb,
  finiteVerb,
  FINITE_AUX,
  irregularPast,
  clauseAt,
} from './clause.js';

/** Longest apposition set off by commas that `appositionEnd` skips (", the head of the dissident faction,"). */
const MAX_APPOSITION = 8;

/** Longest name set off by commas that `appositionEnd` skips (", Sen. Bernie Sanders,"). */
const MAX_APPOSITIVE_NAME = 4;

/**
 * Past the comma closing an apposition that opens with a comma at v and an article (", the head of
 * the dissident faction,") or is a name (", while her main rival, Bernie Sanders, has soared"), or -1.
 */
export function appositionEnd(toks: Token[], v: number, end: number): number {
  if (toks[v].text !== ',') return -1;
  let n = v + 1;
  while (n < end && n - v <= MAX_APPOSITIVE_NAME && toks[n].pos === 'PROPN') n++;
  if (n > v + 1 && toks[n]?.text === ',') return n + 1;
  if (!APPOSITIVE_ARTICLES.has(toks[v + 1]?.lower ?? '')) return -1;
  for (let k = v + 2; k < end && k - v <= MAX_APPOSITION + 1; k++) {
    if (toks[k].text === ',') return k + 1;
    if (CLAUSE_STOP.test(toks[k].text) || toks[k].pos === 'VERB' || toks[k].pos === 'AUX') return -1;
  }
  return -1;
}

/**
 * Whether the words after a comma (at n, past its adverbs) open the writer's comparison with the
 * content: ", compared with 41 percent for Mrs. Clinton", ", as opposed to attacking his rivals";
 * or another who did or said the same, the verb left out (", as did Hillary Clinton", ", as has
 * Carlos A. Gimenez, the Republican mayor of Miami-Dade County").
 */
export function writersComparison(toks: Token[], n: number): boolean {
  const t = toks[n];
  if (t.lower === 'compared' && (toks[n + 1]?.lower === 'with' || toks[n + 1]?.lower === 'to')) return true;
  if (t.lower === 'as' && ELLIPTIC_AUX.has(toks[n + 1]?.lower ?? '') && /^\p{Lu}/u.test(toks[n + 2]?.text ?? ''))
    return true;
  return t.lower === 'as' && toks[n + 1]?.lower === 'opposed' && toks[n + 2]?.lower === 'to';
}

/** Words that gather what a closing participle describes: ", both described by …". */
const GATHERING = new Set(['both', 'all', 'each']);

/** Verbs by which someone else names what the content is ("described by the Times as …"). */
export const DESCRIBING = new Set([
  'describe',
  'call',
  'label',
  'dub',
  'term',
  'characterize',
  'characterise',
  'brand',
]);

/**
 * Whether the words after a comma (at n) open the writer's note of how someone else described the
 * content, to the end: a participle of describing with its agent after "by", then "as", and no verb
 * or comma after it (", both described by the Los Angles Times as "two wars."", ", described by the
 * Times as a disaster"; not ", led by Donald Trump, in favor of …", whose content goes on).
 */
export function writersAttribution(toks: Token[], n: number, end: number): boolean {
  const p = GATHERING.has(toks[n]?.lower ?? '') ? n + 1 : n;
  if (toks[p]?.pos !== 'VERB' || !DESCRIBING.has(toks[p].lemma) || toks[p + 1]?.lower !== 'by') return false;
  let as = false;
  for (let k = p + 2; k < end; k++) {
    if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX' || toks[k].text === ',') return false;
    as ||= toks[k].lower === 'as';
  }
  return as;
}

/** Auxiliaries standing for a verb left out after "as": "as did", "as has", "as were". */
const ELLIPTIC_AUX = new Set(['has', 'have', 'had', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'will', 'would']);

/** Words before the figure "compared to/with" sets against the content's ("nearly four in 10"). */
const FIGURE_LEADS = new Set(['nearly', 'about', 'only', 'just', 'more', 'than', 'less', 'fewer', 'almost', 'some']);

/** Whether "compared to" or "compared with" at j is followed by a figure (past "more than", "only", …). */
export function comparedFigure(toks: Token[], j: number): boolean {
  if (toks[j + 1]?.lower !== 'to' && toks[j + 1]?.lower !== 'with') return false;
  let k = j + 2;
  while (k < j + 5 && FIGURE_LEADS.has(toks[k]?.lower ?? '')) k++;
  // (not a year: "the party's organizing this year compared with 2012 is …" compares inside the content)
  return toks[k]?.pos === 'NUM' && !YEAR.test(toks[k].text);
}

/**
 * Whether a poll's next share opens at n: a number and "%" or "percent", the answer (an adjective or
 * a noun) and the list's next comma, "and" or the sentence's end ("…, 34% conservative and 20% …").
 */
export function nextShare(toks: Token[], n: number): boolean {
  if (toks[n]?.pos !== 'NUM' || !(toks[n + 1]?.text === '%' || toks[n + 1]?.lower === 'percent')) return false;
  const answer = toks[n + 2];
  const after = toks[n + 3];
  return (
    !!answer &&
    (answer.pos === 'ADJ' || answer.pos === 'NOUN') &&
    (!after || after.text === ',' || after.lower === 'and' || isSentenceEnd(after))
  );
}

/** Articles that open a noun phrase (", a state Mr. Obama lost in 2012"; "said Tuesday the economy …"). */
export const APPOSITIVE_ARTICLES = new Set(['a', 'an', 'the']);

/** Relative pronouns that open a clause on the noun before them (an appositive's, a subject's). */
export const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

/**
 * Whether an appositive noun phrase opens at n and runs to the content's end without another comma
 * or a conjunction, after a content clause (a verb since a): the writer's gloss on the content's
 * last noun ("he did not support Mr. Trump, the presumed Putin favorite"), not a list item, an aside
 * closed inside the content, a clause of its own ("that even in little things, the president was
 * …") or a name ("Obama's signature achievement, the Affordable Care Act"); a noun phrase content's
 * appositive is its own ("Percy Walton, the one death row inmate …").
 */
export function closingAppositive(ctx: QuoteContext, a: number, n: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  if (!APPOSITIVE_ARTICLES.has(toks[n].lower)) return false;
  let last = end;
  while (last > n && (toks[last - 1].pos === 'PUNCT' || isBreak(toks[last - 1]))) last--;
  if (last <= n + 1) return false;
  let name = true;
  for (let k = n + 1; k < last; k++) {
    const t = toks[k];
    if (ctx.inSpan[k] >= 0) continue;
    // (a relative clause on the appositive's noun is the writer's too, commas and lists and all:
    // ", a move that could trigger disintegration of the economic and political alliance")
    // (an indefinite one: a list's next item is definite, "called for tax fairness, the closure of
    // loopholes that benefit only the wealthy and for …"; and not where the content's own verb comes
    // after it: "that Roger Stone, a Trump ally who has spoken to Assange, has been …")
    if (
      k > n + 1 &&
      RELATIVE_PRONOUNS.has(t.lower) &&
      toks[k - 1].pos === 'NOUN' &&
      (toks[n].lower === 'a' || toks[n].lower === 'an')
    ) {
      if (embeddedRelative(ctx, n - 1, end)) return false;
      name = false;
      break;
    }
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ') return false;
    if (!/^\p{Lu}/u.test(t.text)) name = false;
  }
  if (name || appositiveClause(ctx, n, last)) return false;
  for (let k = a; k < n; k++) if (ctx.inSpan[k] < 0 && isClauseVerb(toks[k])) return true;
  return false;
}

/**
 * Whether the words from the article at n to last are a clause of their own: a noun phrase (with
 * its prepositional phrases) then a verb ("the president was …", "a recount of Monday's vote could
 * …"), not a noun with a contact relative ("a state Mr. Obama lost") or a participle modifying the
 * noun ("the presumed Putin favorite").
 */
function appositiveClause(ctx: QuoteContext, n: number, last: number): boolean {
  const toks = ctx.doc.tokens;
  let noun = false;
  for (let k = n + 1; k < last && k - n <= CLAUSE_VERB_WINDOW; k++) {
    const t = toks[k];
    if (ctx.inSpan[k] >= 0) return false;
    if (noun && (t.pos === 'AUX' || finiteVerb(t))) return true;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      // a second noun phrase opening right after the head noun: a contact relative's subject
      const next = toks[k + 1];
      if (
        t.pos === 'NOUN' &&
        next &&
        (next.pos === 'DET' || next.pos === 'PRON' || (next.pos === 'PROPN' && noun === false))
      )
        return false;
      noun = true;
    } else if (!(npToken(t) || t.pos === 'ADP')) return false;
  }
  return false;
}

/** The first word of token a's sentence (past opening marks and breaks, at most a), or -1 outside one. */
function sentenceWordStart(ctx: QuoteContext, a: number): number {
  const s = ctx.sentenceAt(a);
  if (!s) return -1;
  const toks = ctx.doc.tokens;
  let f = s.firstToken;
  while (f < a && (toks[f].pos === 'PUNCT' || isBreak(toks[f]))) f++;
  return f;
}

/** Whether token a lies in a subordinate clause that opens its sentence, before any comma. */
export function inOpeningSubordinate(ctx: QuoteContext, a: number): boolean {
  const f = sentenceWordStart(ctx, a);
  if (f < 0) return false;
  const toks = ctx.doc.tokens;
  if (f >= a || !SUBORDINATORS.has(toks[f].lower)) return false;
  for (let i = f + 1; i < a; i++) if (ctx.inSpan[i] < 0 && (toks[i].text === ',' || toks[i].text === ';')) return false;
  return true;
}

/** Tags of a word before an opening conjunction (Years after, Even as, Shortly before; "Years" may read as a name). */
const LEAD_WORD_TAGS = new Set(['ADV', 'NOUN', 'PROPN', 'ADJ']);
/** Words that open a subordinate phrase as a conjunction does (As …, With …, Despite …). */
const OPENING_PREPOSITIONS = new Set(['as', 'with', 'despite', 'amid']);
/** Words that do not make "As" a subordinator (As for Trump, As a result, As of Monday). */
const AS_NOT_CLAUSE = new Set(['for', 'of', 'a', 'an', 'the', 'well', 'such', 'to', 'part']);

/** Whether "as" + article at j opens a clause ("As the debate progressed, …"): a finite verb before the first comma. */
function asClause(ctx: QuoteContext, j: number, a: number): boolean {
  const toks = ctx.doc.tokens;
  for (let i = j + 1; i < a; i++) {
    const t = toks[i];
    if (ctx.inSpan[i] >= 0 || t.pos === 'PUNCT') return false;
    // (not "As the AP reported, …": a frame of its own, whose content follows the comma)
    if ((t.pos === 'AUX' && FINITE_AUX.has(t.lower)) || finiteVerb(t) || irregularPast(t)) return !ctx.cueClass(i);
  }
  return false;
}

/**
 * Whether token a lies in a subordinate clause or phrase that opens its sentence: "Years after Bill
 * Clinton claimed …", "As her campaign sent out pitches highlighting …", "When the F.B.I. director,
 * James B. Comey, said …". A comma before a clause of its own (a subject and its verb) is where the
 * main clause began.
 */
export function inOpeningPhrase(ctx: QuoteContext, a: number): boolean {
  let f = sentenceWordStart(ctx, a);
  if (f < 0) return false;
  const toks = ctx.doc.tokens;
  // "Years after …", "Even as …", "Shortly before …": one word before the conjunction
  const second = toks[f + 1]?.lower ?? '';
  if (f + 1 < a && (SUBORDINATORS.has(second) || second === 'as') && LEAD_WORD_TAGS.has(toks[f].pos)) f++;
  if (f >= a) return false;
  const w = toks[f].lower;
  const opens =
    SUBORDINATORS.has(w) ||
    (OPENING_PREPOSITIONS.has(w) && !AS_NOT_CLAUSE.has(toks[f + 1]?.lower ?? '')) ||
    (w === 'as' && APPOSITIVE_ARTICLES.has(toks[f + 1]?.lower ?? '') && asClause(ctx, f + 1, a));
  if (!opens) return false;
  for (let i = f + 1; i < a; i++) {
    if (ctx.inSpan[i] >= 0) continue;
    if (toks[i].text === ';') return false;
    if (toks[i].text !== ',') continue;
    // ", not all campaigns require …": the main clause may open with an adverb
    let m = i + 1;
    while (m < a && (toks[m].pos === 'ADV' || toks[m].lower === 'not')) m++;
    if (clauseAt(ctx, m, a + 1)) return false;
  }
  return true;
}

/** The most tokens of a relative clause set off inside a content's subject. */
const MAX_EMBEDDED_RELATIVE = 25;

/**
 * Whether the relative clause after the comma at j sits inside the content: a comma closes it and
 * the content's own verb follows ("that Sanders, who won Rhode Island, would …"), or the rest of
 * the content does (contentResumes).
 */
export function embeddedRelative(ctx: QuoteContext, j: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  for (let c = j + 2; c < end && c - j <= MAX_EMBEDDED_RELATIVE; c++) {
    if (ctx.inSpan[c] >= 0 || toks[c].text !== ',') continue;
    let v = c + 1;
    while (v < end && toks[v].pos === 'ADV') v++;
    if (toks[v] !== undefined && (toks[v].pos === 'AUX' || finiteVerb(toks[v]))) return true;
    return contentResumes(ctx, v, end);
  }
  return false;
}

/** The most tokens of a participial aside set off inside a content's subject (", numbering 75.3 million,"). */
const MAX_PARTICIPLE_ASIDE = 12;

/**
 * Whether the participle after the comma at j opens an aside on the content's subject that a comma
 * closes right before the subject's own verb: "Millennials, numbering 75.3 million, surpassed …"
 * (not a quotation or a clause of the cue's subject: ", saying, “…”").
 */
export function participleAside(ctx: QuoteContext, j: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  for (let c = j + 2; c < end && c - j <= MAX_PARTICIPLE_ASIDE; c++) {
    if (ctx.inSpan[c] >= 0 || (CLAUSE_STOP.test(toks[c].text) && toks[c].text !== ',')) return false;
    if (toks[c].text !== ',') continue;
    let v = c + 1;
    while (v < end && toks[v].pos === 'ADV') v++;
    const verb = toks[v];
    return v < end && ctx.inSpan[v] < 0 && ((verb.pos === 'AUX' && FINITE_AUX.has(verb.lower)) || finiteVerb(verb));
  }
  return false;
}

/** How many words a gerund's object may have before its clause's finite verb (rebuilding Gaza would). */
const GERUND_SUBJECT_WINDOW = 6;

/**
 * Whether the -ing word at n is the subject of a clause whose finite verb follows its object with no
 * punctuation between ("rebuilding Gaza would require …"); not a saying participle (", adding the
 * government will …"), whose clause is its own content.
 */
export function gerundSubject(ctx: QuoteContext, n: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  if (ctx.cueClass(n) !== null) return false;
  for (let k = n + 1; k < end && k - n <= GERUND_SUBJECT_WINDOW; k++) {
    const t = toks[k];
    if (ctx.inSpan[k] >= 0 || t.pos === 'PUNCT' || t.pos === 'SCONJ' || lex.subjectPronouns.has(t.lower)) return false;
    if (t.pos === 'AUX') return FINITE_AUX.has(t.lower) && k > n + 1;
    if (t.pos === 'VERB') return k > n + 1 && finiteVerb(t) && !/ed$/.test(t.lower);
  }
  return false;
}

/** The most tokens of a participial phrase fronted in a "that" clause (following the damages …). */
const FRONTED_PHRASE_WINDOW = 12;

/**
 * Whether the participle at n opens a phrase fronted before its clause's subject: the phrase's
 * comma comes soon and a clause follows it ("that now, following the damages caused by the
 * conflict, rebuilding Gaza would require …", "that, having lost, he would …").
 */
export function frontedBeforeClause(ctx: QuoteContext, n: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  if (ctx.cueClass(n) !== null) return false;
  for (let c = n + 1; c < end && c - n <= FRONTED_PHRASE_WINDOW; c++) {
    if (ctx.inSpan[c] >= 0 || (CLAUSE_STOP.test(toks[c].text) && toks[c].text !== ',')) return false;
    if (toks[c].text !== ',') continue;
    // (a list goes on after its comma: "watching T.V, eating food, and playing chess")
    const next = toks[c + 1];
    if (!next || next.pos === 'CCONJ' || next.pos === 'ADP') return false;
    return gerundSubject(ctx, c + 1, end) || clauseAt(ctx, c + 1, end);
  }
  return false;
}

/** The most words of a verbless remainder that completes the content past a relative clause (", in play"). */
const MAX_REMAINDER = 3;

/**
 * Whether the content goes on at v, past a relative clause on one of its nouns and its closing
 * comma: with a quotation of its predicate ("argued the Keystone XL pipeline, which is widely
 * supported by Republicans, “wouldn't go 10 feet”"), with an infinitive ("called Sanders after
 * Tuesday night's primaries, which secured her the nomination, to congratulate him") or with a
 * short verbless remainder to the end ("could declare Beijing's claim …, which stretches …, invalid").
 */
function contentResumes(ctx: QuoteContext, v: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  if (v >= end) return false;
  if (ctx.inSpan[v] >= 0 || (OPEN_QUOTE.test(toks[v].text) && ctx.inSpan[v + 1] >= 0)) return true;
  if (toks[v].lower === 'to' && toks[v + 1]?.pos === 'VERB') return true;
  let words = 0;
  for (let k = v; k < end; k++) {
    const t = toks[k];
    if (t.text === ',' || ctx.inSpan[k] >= 0 || (t.pos === 'AUX' && FINITE_AUX.has(t.lower)) || finiteVerb(t))
      return false;
    if (irregularPast(t) || (isWord(t) && ++words > MAX_REMAINDER)) return false;
  }
  return words > 0;
}

export const OPEN_QUOTE = /^["“‘'«]/;
