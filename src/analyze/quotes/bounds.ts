// Content boundaries: the rules read an indirect or mixed quote's content on to the sentence end or
// a strong break; the trained boundary model (bound-model.ts) picks where it really ends among the
// token boundaries inside it ("his position | during an agriculture summit", "carried interest |
// (a special tax break …)"). A trimmed quote's rule gains "+bounded-end". Quotes wholly inside
// quotation marks keep their marks' bounds.
import { boundContext, endCandidates, tokenRange } from './bound-features.js';
import { boundModel, type BoundModel } from './bound-model.js';
import type { Candidate, QuoteContext } from './context.js';
import { isWord } from './context.js';
import { YEAR } from '../nlp/closed-class.js';
import type { Token } from '../document.js';
import { isDash } from './subject-before.js';

/** The most candidate ends looked at in one content span (a run-on paragraph). */
const MAX_CANDIDATES = 256;
const candidates = new Int32Array(MAX_CANDIDATES);

/** Whether the boundary model decides on this candidate: indirect or mixed content a cue introduced. */
export function boundable(c: Candidate): boolean {
  return c.kind !== 'direct' && !c.parts && c.cue !== null;
}

/** The token index the model ends the candidate's content at, or -1 to keep the rule's end. */
export function chooseEnd(ctx: QuoteContext, model: BoundModel, c: Candidate): number {
  const { first, end } = tokenRange(ctx, c);
  if (end - first < 2) return -1;
  const n = endCandidates(ctx, first, end, candidates);
  if (n === 1) return -1; // only the rule's own end
  const b = boundContext(ctx, c, first, end);
  const holdsCue = b.cueToken >= first && CUE_INSIDE.test(c.rule);
  // (an "as" frame's content was read otherwise: "as he said when he called …")
  const mayOpenWithClause = !c.rule.startsWith('as-frame');
  // a clause before its frame ("North Korea—a long-time pariah state—and Russia have been engaged in
  // arms negotiations …, according to U.S. intelligence agencies") keeps at least its first verb
  const minEnd = b.cueToken >= end ? firstVerbAfter(ctx, first, end) + 1 : 0;
  let best = end;
  let bestScore = model.score(ctx, b, end) + model.margin;
  for (let k = 0; k < n - 1; k++) {
    if (listGoesOn(ctx, candidates[k]) || nounListGoesOn(ctx, candidates[k], end)) continue;
    if (insideQuotation(ctx, candidates[k]) || candidates[k] < minEnd) continue;
    // ("invoked the Sept. 11, 2001, terrorist attacks …": a date's commas end nothing)
    if (dateComma(ctx.doc.tokens, candidates[k])) continue;
    // ("the people of Estonia – who lived through decades of Soviet occupation – understand …", "its
    // ongoing Operation Summer Rains, which began early on June 28, is in response to …": a relative
    // clause set off by dashes or commas goes on to the clause's verb)
    if (inRelativeAside(ctx.doc.tokens, candidates[k], first, end)) continue;
    // a content that holds its own cue ("The two bombs appear to have been detonated …") goes past it
    if (holdsCue && candidates[k] <= b.cueToken + 1) continue;
    // nor does the comma that closes a clause the content opens with end it
    if (mayOpenWithClause && closesFrontedClause(ctx, b.cueToken, first, candidates[k], end)) continue;
    const s = model.score(ctx, b, candidates[k]);
    if (s > bestScore) {
      bestScore = s;
      best = candidates[k];
    }
  }
  return best === end ? -1 : best;
}

/** Relative words that open an aside set off by dashes or commas. */
const ASIDE_RELATIVES = new Set(['who', 'whose', 'which', 'whom']);
/** The most tokens of a relative aside set off by dashes or commas. */
const MAX_RELATIVE_ASIDE = 25;

/** Whether token j is a mark that sets off an aside: a dash, or a comma where the aside opened with one. */
const asideMark = (toks: readonly Token[], j: number, comma: boolean) =>
  comma ? toks[j].text === ',' : isDash(toks, j);

/**
 * Where the relative clause ends that the dash or comma at e opens, when a second such mark closes it
 * before `end`, a verb right after it (the aside's noun is the subject of that verb; by a comma, only
 * where the content has no verb of its own before the aside): that mark's index, else -1.
 */
function relativeAsideClose(toks: readonly Token[], e: number, first: number, end: number): number {
  const comma = toks[e]?.text === ',';
  if (!(comma || isDash(toks, e)) || !ASIDE_RELATIVES.has(toks[e + 1]?.lower ?? '')) return -1;
  if (comma) for (let j = first; j < e; j++) if (toks[j].pos === 'VERB' || toks[j].pos === 'AUX') return -1;
  for (let j = e + 2; j < end && j - e <= MAX_RELATIVE_ASIDE; j++) {
    if (asideMark(toks, j, comma)) {
      let v = j + 1;
      while (toks[v]?.pos === 'ADV') v++;
      return toks[v]?.pos === 'VERB' || toks[v]?.pos === 'AUX' ? j : -1;
    }
    if (/^[.;:!?]$/.test(toks[j].text)) return -1;
  }
  return -1;
}

/** Whether the boundary before token e opens, stands inside or closes such an aside, opened after `first`. */
function inRelativeAside(toks: readonly Token[], e: number, first: number, end: number): boolean {
  for (let d = e; d > first && e - d <= MAX_RELATIVE_ASIDE; d--)
    if ((toks[d].text === ',' || isDash(toks, d)) && relativeAsideClose(toks, d, first, end) >= e) return true;
  return false;
}

/**
 * Whether the boundary before token e is a comma inside or right after a date written "Sept. 11, 2001,":
 * between the day and the year, or after the year when a day and a comma stand before it.
 */
function dateComma(toks: readonly { text: string; pos: string }[], e: number): boolean {
  if (toks[e]?.text !== ',') return false;
  if (toks[e - 1]?.pos === 'NUM' && YEAR.test(toks[e + 1]?.text ?? '')) return true;
  return YEAR.test(toks[e - 1]?.text ?? '') && toks[e - 2]?.text === ',' && toks[e - 3]?.pos === 'NUM';
}

/** The first verb or auxiliary in tokens [first, end), or -1. */
function firstVerbAfter(ctx: QuoteContext, first: number, end: number): number {
  const toks = ctx.doc.tokens;
  for (let j = first; j < end; j++) if (toks[j].pos === 'VERB' || toks[j].pos === 'AUX') return j;
  return -1;
}

/**
 * Rules whose content runs on through its cue: a raising verb's clause ("The bombs appear to …"), a
 * passive belief's ("Al-Shabaab is considered to be formed …").
 */
const CUE_INSIDE = /^(?:raising-clause|belief-passive|hearsay-adverb)/;

/** Subordinators that open an adverbial clause before the content's main clause ("if elected, …"). */
const FRONTED_OPENERS = new Set([
  'if',
  'when',
  'whenever',
  'because',
  'although',
  'though',
  'while',
  'since',
  'after',
  'before',
  'once',
  'unless',
  'until',
  'as',
]);

/** Cues whose "if" asks a question ("wondering if …", "don't know if …"): no condition. */
const ASKING = new Set([
  'know',
  'wonder',
  'ask',
  'question',
  'see',
  'check',
  'learn',
  'decide',
  'determine',
  'clear',
  'sure',
]);

/** Words that open the writer's aside after a comma, no clause of the content. */
const ASIDE_OPENERS = new Set(['something', 'which', 'who', 'where', 'a', 'an', 'including', 'according']);

/**
 * Whether boundary e is the comma that closes an adverbial clause the content opens with ("that to
 * get around the Read the Bills Act, | Congress might cheat", "when you look at the pressure, | it's
 * the fact that …"): the content's main clause comes after it.
 */
function closesFrontedClause(ctx: QuoteContext, cue: number, first: number, e: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  // (content before its cue, "Before departing for Cuba, Morales denounced …", was read otherwise)
  if (toks[e]?.text !== ',' || cue < 0 || cue > first) return false;
  const afterThat = toks[first].lower === 'that';
  const open = afterThat ? first + 1 : first;
  const t = toks[open];
  if (!t) return false;
  // (a bare infinitive is the cue's own complement, "plans to form a task force, which …"; a bare
  // "if" a question's, "I don't know if it came up in the meeting, I wasn't there")
  const fronted =
    (FRONTED_OPENERS.has(t.lower) && (afterThat || t.lower !== 'if' || !ASKING.has(toks[cue].lemma))) ||
    (afterThat && t.lower === 'to' && toks[open + 1]?.pos === 'VERB');
  if (!fronted) return false;
  // the first comma after the opener, and a clause after it: a subject and its verb
  for (let j = open + 1; j < e; j++) if (toks[j].text === ',') return false;
  // (", but not sold, on her": the clause goes on; ", something Iran denies": the writer's aside)
  const next = toks[e + 1];
  if (!next || next.pos === 'CCONJ' || ASIDE_OPENERS.has(next.lower)) return false;
  for (let j = e + 1; j < end && j <= e + 6; j++) {
    const p = toks[j].pos;
    if (p === 'VERB' || p === 'AUX') return j > e + 1;
    if (p === 'PUNCT') return false;
  }
  return false;
}

/** Whether boundary e falls between two words of one quotation: a content never ends part way through it. */
function insideQuotation(ctx: QuoteContext, e: number): boolean {
  const span = ctx.inSpan[e - 1];
  return span !== undefined && span >= 0 && ctx.inSpan[e] === span;
}

/**
 * Whether token e is the closing mark of a quotation whose opening mark the content holds: a content
 * ending there takes the mark ('chanted "Oppose war, Love Taiwan" in what …' ends after the mark).
 */
function closingMarkAt(ctx: QuoteContext, c: Candidate, e: number): boolean {
  const span = ctx.inSpan[e - 1];
  const mark = ctx.doc.tokens[e];
  return (
    span !== undefined && span >= 0 && !!mark && mark.start === ctx.spans[span].close && c.start <= ctx.spans[span].open
  );
}

/** Participles that go on with the content's own list, as a preposition would (", including …"). */
const INCLUSIVE = new Set(['including', 'excluding']);

/**
 * Whether the content's list goes on at boundary e (", including the latest ones on guns"): the
 * model reads "including" as any participle, which mostly starts the writer's aside (", saying …").
 */
function listGoesOn(ctx: QuoteContext, e: number): boolean {
  const toks = ctx.doc.tokens;
  const next = toks[e]?.text === ',' ? toks[e + 1] : toks[e];
  return next !== undefined && INCLUSIVE.has(next.lower);
}

/** Ends each boundable candidate where the model says its content ends. */
export function boundContent(ctx: QuoteContext): void {
  const model = boundModel();
  if (!model) return;
  const toks = ctx.doc.tokens;
  for (const c of ctx.candidates) {
    if (!boundable(c)) continue;
    let e = chooseEnd(ctx, model, c);
    if (e < 0) continue;
    if (closingMarkAt(ctx, c, e)) e++;
    // the span ends at its last word or closing mark, not on a comma or dash before the boundary
    let last = e - 1;
    while (last > 0 && toks[last].pos === 'PUNCT' && !/["”’'»)\]]/.test(toks[last].text)) last--;
    if (toks[last].end <= c.start) continue;
    c.end = toks[last].end;
    // (the kind again once the content is shorter: the quotation it held may be gone)
    c.kind = kindOfContent(ctx, c);
    c.rule += '+bounded-end';
  }
}

/** A content's kind from its words: all quoted (direct), some (mixed) or none (indirect). */
export function kindOfContent(ctx: QuoteContext, c: Candidate): Candidate['kind'] {
  let quoted = 0;
  let plain = 0;
  for (const t of ctx.doc.tokensIn(c)) {
    if (!isWord(t)) continue;
    if (ctx.inSpan[t.i] >= 0) quoted++;
    else plain++;
  }
  return quoted === 0 ? 'indirect' : plain === 0 ? 'direct' : 'mixed';
}

/** Tags a list's items hold ("President Barack Obama, Hillary Clinton, Bill Clinton, and Paul Ryan"). */
const LIST_ITEM = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'PART']);

/**
 * Whether boundary e is a comma inside a list of noun phrases that runs on to the content's end and
 * closes with "and"/"or" ("his parents, his siblings, his wife and his children"): no verb after it.
 */
function nounListGoesOn(ctx: QuoteContext, e: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  if (toks[e]?.text !== ',' || !(toks[e - 1]?.pos === 'NOUN' || toks[e - 1]?.pos === 'PROPN')) return false;
  let closed = false;
  for (let j = e + 1; j < end; j++) {
    const t = toks[j];
    if (t.lower === 'and' || t.lower === 'or') closed = true;
    else if (t.text === ',' || (t.pos === 'PRON' && /^(his|her|its|their|our|my|your)$/.test(t.lower))) continue;
    else if (!LIST_ITEM.has(t.pos)) return false;
  }
  return closed;
}
