// Features of a candidate END of an indirect or mixed quote's content, for the trained boundary
// model (bound-model.ts): the rules read a content clause up to the sentence end or a strong break,
// but PolNeAR's contents stop earlier (the object noun phrase without its adjuncts, a clause before
// a coordinated clause, a dash aside or the next attribution). Each break inside the rule's span
// (punctuation, a preposition, a conjunction, a relative, a time expression, a verb of saying) and
// the rule's own end are candidates; the model ranks them. Shared by the model at run time and its
// training script.
import { feat1, feat2, feat3, strHash } from '../entities/ner/hashing.js';
import type { Token } from '../document.js';
import type { Candidate, QuoteContext } from './context.js';

/** Feature templates: a feature is a hash of its template number and its value(s). */
const enum T {
  OwnEnd,
  NextLower,
  NextPos,
  PrevPos,
  PrevNextPos,
  NextLowerType,
  NextPosType,
  NextPosCue,
  LengthType,
  VerbSeenNextLower,
  VerbSeenNextPosType,
  VerbInRestNextPos,
  CueSoonNextPos,
  TimeNextPos,
  BracketOpen,
  OwnEndRule,
  NextLowerCue,
  PrevLowerNextLower,
  RestClauseNextLower,
  OtherCueSoonNextPos,
  OtherCueInRestNextLower,
  Next2LowerNextLower,
  RestLengthNextLower,
  SegmentNextLower,
}

/** The most features endFeatures writes. */
export const MAX_BOUND_FEATURES = 24;

const OPEN_MARK = /^["“‘'«]$/;
// single characters compared without a pattern run: endCandidates looks at every token of a span
const OPEN_MARKS = '"“‘\'«';
const CLOSE_MARKS = '"”’\'»';
const CLOSE_BRACKETS = ')]}';
/** Whether text is one character of `set`. */
const oneOf = (text: string, set: string) => text.length === 1 && set.includes(text);
/** Whether text is all white space (the test is run only on a token opening with a space character). */
function isSpace(text: string): boolean {
  const c = text.charCodeAt(0);
  const spaceLike = c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c >= 0x2028;
  return spaceLike && /^\s+$/.test(text);
}
const WH = new Set(['if', 'whether', 'what', 'who', 'why', 'how', 'when', 'where', 'which']);
/** Tags whose words stand for their tag in the word features: the model learns shapes, not names. */
const OPEN_CLASS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB', 'ADV', 'X', 'SYM', 'INTJ']);
/** How far after a boundary a second verb of saying still counts as the next attribution. */
const CUE_SOON = 4;

/** Hashes of the few fixed values (content types, rules, markers). */
const fixed = new Map<string, number>();
function h(s: string): number {
  let v = fixed.get(s);
  if (v === undefined) fixed.set(s, (v = strHash(s)));
  return v;
}
const END = h('<end>');

/** The hash an open-class word stands for: its tag's (the model learns shapes, not names). */
const openClassHash = new Map<string, number>();
for (const p of OPEN_CLASS) openClassHash.set(p, h(`<${p}>`));

/**
 * What the features need of the document being read: which tokens are the rules' cues and where
 * time expressions start; then each token's word and tag hashes and whether it is a verb of saying,
 * filled in only for the tokens of the spans looked at (no pass over every token). One set of buffers
 * serves document after document (allocating them per text cost more than using them).
 */
export class BoundFeatureData {
  ctx: QuoteContext | null = null;
  done = new Uint8Array(0);
  lower = new Int32Array(0);
  pos = new Int32Array(0);
  /** 1 where a time expression starts at the token. */
  timeStart = new Uint8Array(0);
  /** 1 where the token is a verb of saying outside quotation marks (cueClass 'speech'). */
  speech = new Uint8Array(0);
  /** 1 where the token is the cue of a quote the rules proposed. */
  cue = new Uint8Array(0);
  /**
   * Per token, what endCandidates asks of it, worked out once though spans overlap: bit 1 where it
   * may be a content's last token (not a punctuation mark other than a closing one, an opening mark
   * or white space), bit 2 where a break starts at it (breaksAt, a time expression, a verb of saying).
   */
  endShape = new Uint8Array(0);
  /** 1 where the token goes on a name or a time expression begun before it (no end between them). */
  joined = new Uint8Array(0);

  /** Ready for `ctx`'s document: buffers large enough and cleared, cues and times marked. */
  reset(ctx: QuoteContext): void {
    const doc = ctx.doc;
    const n = doc.tokens.length;
    this.ctx = ctx;
    if (this.done.length < n) {
      const size = Math.max(n, this.done.length * 2);
      this.done = new Uint8Array(size);
      this.lower = new Int32Array(size);
      this.pos = new Int32Array(size);
      this.timeStart = new Uint8Array(size);
      this.speech = new Uint8Array(size);
      this.cue = new Uint8Array(size);
      this.endShape = new Uint8Array(size);
      this.joined = new Uint8Array(size);
    } else {
      this.joined.fill(0, 0, n);
      this.done.fill(0, 0, n);
      this.timeStart.fill(0, 0, n);
      this.speech.fill(0, 0, n);
      this.cue.fill(0, 0, n);
    }
    // the rules' proposals are all in by now: a cue inside a content span starts another attribution
    for (const c of ctx.candidates) if (c.cue) this.cue[Math.min(n - 1, doc.tokenIndexAt(c.cue.start))] = 1;
    for (const tv of doc.times) {
      const j = doc.tokenIndexAt(tv.start);
      if (j < n) this.timeStart[j] = 1;
      this.join(tv.start, tv.end);
    }
    for (const e of doc.entities) for (const m of e.mentions) if (m.kind === 'name') this.join(m.start, m.end);
    // nor inside a hyphened word ("a pared-down personal income tax" ended at "pared")
    const toks = doc.tokens;
    for (let j = 1; j + 1 < n; j++) {
      const t = toks[j];
      if (t.text === '-' && toks[j - 1].end === t.start && toks[j + 1].start === t.end) {
        this.joined[j] = 1;
        this.joined[j + 1] = 1;
      }
    }
  }

  /** Marks the tokens after the first of the span as going on with it ("April| 2012", "Department| of Education"). */
  private join(start: number, end: number): void {
    const toks = (this.ctx as QuoteContext).doc.tokens;
    for (let j = (this.ctx as QuoteContext).doc.tokenIndexAt(start) + 1; j < toks.length && toks[j].start < end; j++)
      this.joined[j] = 1;
  }

  /** Tokens [from, to) hashed (those not yet). */
  fill(from: number, to: number): void {
    const ctx = this.ctx as QuoteContext;
    const toks = ctx.doc.tokens;
    from = Math.max(0, from);
    to = Math.min(toks.length, to);
    for (let j = from; j < to; j++) {
      if (this.done[j]) continue;
      const t = toks[j];
      // (the horizontal bar some outlets set as a dash is the em dash the model learned)
      this.lower[j] = openClassHash.get(t.pos) ?? strHash(t.lower === '\u2015' ? '\u2014' : t.lower);
      this.pos[j] = h(t.pos);
      if (t.pos === 'VERB' && ctx.cueClass(j) === 'speech') this.speech[j] = 1;
      const lt = t.text;
      // (nor does a content end on the article or possessive that opens a noun phrase: "… a peaceful
      // resolution to the | ongoing nuclear crisis")
      const mayEnd =
        (t.pos !== 'PUNCT' || oneOf(lt, CLOSE_MARKS) || oneOf(lt, CLOSE_BRACKETS)) &&
        !oneOf(lt, OPEN_MARKS) &&
        !isSpace(lt) &&
        !PHRASE_OPENERS.has(t.lower);
      const breaks = breaksAt(t) || this.timeStart[j] === 1 || this.speech[j] === 1;
      this.endShape[j] = (mayEnd ? MAY_END : 0) | (breaks ? BREAKS : 0);
      this.done[j] = 1;
    }
  }
}

/** Words that open a noun phrase and never end one ("her" may: "supporting her"). */
const PHRASE_OPENERS = new Set(['a', 'an', 'the', 'his', 'their', 'its', 'our', 'my', 'your']);

const MAY_END = 1;
const BREAKS = 2;

const shared = new BoundFeatureData();
/** The data for ctx's document, reset when another document's context asks (once its proposals are in). */
const dataOf = (ctx: QuoteContext) => {
  if (shared.ctx !== ctx) shared.reset(ctx);
  return shared;
};

/** Token range [first, end) of a candidate's content. */
export function tokenRange(ctx: QuoteContext, c: Candidate): { first: number; end: number } {
  const doc = ctx.doc;
  const first = doc.tokenIndexAt(c.start);
  let end = first;
  while (end < doc.tokens.length && doc.tokens[end].end <= c.end) end++;
  return { first, end };
}

/** What a content opens with: a that-clause, an infinitive, a wh-/if-clause, a quotation, a clause or a noun phrase. */
function contentType(ctx: QuoteContext, first: number, end: number): string {
  const toks = ctx.doc.tokens;
  const t = toks[first];
  if (t.lower === 'that' && t.pos === 'SCONJ') return 'that';
  if (t.lower === 'to' && toks[first + 1]?.pos === 'VERB') return 'to';
  if (WH.has(t.lower)) return 'wh';
  if (OPEN_MARK.test(t.text)) return 'quote';
  for (let j = first + 1; j < end && j - first <= 8; j++) {
    const p = toks[j].pos;
    if ((p === 'VERB' || p === 'AUX') && ctx.inSpan[j] < 0) return 'clause';
    if (p === 'PUNCT') break;
  }
  return 'np';
}

const lengthBucket = (n: number) => (n <= 4 ? n : n <= 6 ? 5 : n <= 10 ? 6 : n <= 15 ? 7 : n <= 25 ? 8 : 9);

/**
 * The candidate ends of tokens [first, end): each boundary e (content = tokens [first, e)) before a
 * break (breaksAt, a time expression, a verb of saying) that does not cut a quotation or end on
 * punctuation (the boundary before that punctuation stands for it), and last the rule's own end.
 * Written into `out`; returns how many.
 */
export function endCandidates(ctx: QuoteContext, first: number, end: number, out: Int32Array): number {
  const d = dataOf(ctx);
  d.fill(first - 1, end + 2);
  const shape = d.endShape;
  let n = 0;
  // a content that opens with its subordinator holds the clause after it ("claims that | at least 52
  // people were killed" is no content "that")
  const from = opensWithSubordinator(ctx.doc.tokens, first, end) ? first + 2 : first + 1;
  for (let e = from; e < end && n < out.length - 1; e++) {
    if (ctx.inSpan[e] >= 0 && ctx.inSpan[e] === ctx.inSpan[e - 1]) continue;
    if (d.joined[e]) continue;
    if (shape[e - 1] & MAY_END && shape[e] & BREAKS) out[n++] = e;
  }
  out[n++] = end;
  return n;
}

/**
 * Whether the content opens with a complementiser or the infinitive's "to" and the clause after it:
 * then the opener alone is no content. "that" counts whatever its tag (wink tags "claims that at least
 * 52 people were killed" PRON) when a verb follows before any punctuation ("confirm that, first?" is
 * the pronoun).
 */
function opensWithSubordinator(toks: readonly Token[], first: number, end: number): boolean {
  const t = toks[first];
  if (t.lower === 'whether' || (t.lower === 'if' && t.pos === 'SCONJ')) return true;
  if (t.lower === 'to') return t.pos === 'PART' && toks[first + 1]?.pos === 'VERB';
  if (t.lower !== 'that') return false;
  for (let j = first + 1; j < end && j <= first + 8; j++) {
    const p = toks[j].pos;
    if (p === 'VERB' || p === 'AUX') return true;
    if (p === 'PUNCT') return false;
  }
  return false;
}

/** Where an adjunct, an aside or another clause may start: punctuation, a preposition, a conjunction, a relative. */
function breaksAt(t: { pos: string; lower: string; text: string }): boolean {
  switch (t.pos) {
    case 'PUNCT':
    case 'ADP':
    case 'CCONJ':
    case 'SCONJ':
      return true;
    case 'PRON':
    case 'DET':
      return WH.has(t.lower) || t.lower === 'that';
    case 'PART':
      return t.lower === 'to';
    default:
      return oneOf(t.text, OPEN_MARKS) || t.text === '--';
  }
}

/**
 * Per-candidate values computed once for all its candidate ends, with running counts over the
 * span's tokens: counts.verbs[k] is how many verbs lie in tokens [first, first + k), and so on.
 */
export interface BoundContext {
  /** The candidate's own cue token, or -1. */
  cueToken: number;
  first: number;
  end: number;
  type: number;
  rule: number;
  cue: number;
  counts: SpanCounts;
}

/** Running counts over one span's tokens (buffers reused from span to span). */
class SpanCounts {
  verbs = new Int32Array(64);
  brackets = new Int32Array(64);
  cues = new Int32Array(64);
  nextPunct = new Int32Array(64);

  fill(ctx: QuoteContext, d: BoundFeatureData, first: number, end: number): void {
    const len = end - first + 1;
    if (this.verbs.length < len) {
      const size = Math.max(len, this.verbs.length * 2);
      this.verbs = new Int32Array(size);
      this.brackets = new Int32Array(size);
      this.cues = new Int32Array(size);
      this.nextPunct = new Int32Array(size);
    }
    const toks = ctx.doc.tokens;
    for (let k = 0; k + 1 < len; k++) {
      const j = first + k;
      const t = toks[j];
      const out = ctx.inSpan[j] < 0;
      this.verbs[k + 1] = this.verbs[k] + ((t.pos === 'VERB' || t.pos === 'AUX') && out ? 1 : 0);
      // one character compared, not a pattern run
      const c = t.pos === 'PUNCT' && t.text.length === 1 ? t.text : '';
      const bracket = c === '(' || c === '[' || c === '{' ? 1 : c === ')' || c === ']' || c === '}' ? -1 : 0;
      this.brackets[k + 1] = this.brackets[k] + bracket;
      this.cues[k + 1] = this.cues[k] + d.cue[j];
    }
    // nextPunct[k]: the first punctuation token at or after first + k (end if none)
    this.nextPunct[len - 1] = end;
    for (let k = len - 2; k >= 0; k--)
      this.nextPunct[k] = toks[first + k].pos === 'PUNCT' ? first + k : this.nextPunct[k + 1];
  }
}
const spanCounts = new SpanCounts();

export function boundContext(ctx: QuoteContext, c: Candidate, first: number, end: number): BoundContext {
  const data = dataOf(ctx);
  const cueTok = c.cue ? ctx.doc.tokenIndexAt(c.cue.start) : -1;
  // every token the features of this span's candidates read
  data.fill(first - 1, end + 2);
  spanCounts.fill(ctx, data, first, end);
  return {
    cueToken: cueTok,
    first,
    end,
    type: h(contentType(ctx, first, end)),
    rule: h(c.rule),
    cue: cueTok >= 0 && cueTok < ctx.doc.tokens.length ? strHash(ctx.doc.tokens[cueTok].lemma) : END,
    counts: spanCounts,
  };
}

/**
 * Whether a clause of its own follows the boundary: past punctuation, a conjunction or an adverb,
 * a subject then its verb within a few tokens (", Mr. Schmidt said", "and the campaign has"): 2 when
 * it is a verb of saying (the next attribution), 1 for another verb, 0 for none.
 */
function clauseFollows(ctx: QuoteContext, e: number, end: number): number {
  const toks = ctx.doc.tokens;
  let j = e;
  while (j < end && (toks[j].pos === 'PUNCT' || toks[j].pos === 'CCONJ' || toks[j].pos === 'ADV')) j++;
  const s = toks[j];
  if (!s || !(s.pos === 'PRON' || s.pos === 'DET' || s.pos === 'PROPN' || s.pos === 'NOUN')) return 0;
  if (s.pos === 'PRON' && WH.has(s.lower)) return 0;
  for (let v = j + 1; v < end && v - j <= 6; v++) {
    const t = toks[v];
    if (t.pos === 'PUNCT' || t.pos === 'ADP') return 0;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && ctx.inSpan[v] < 0) return dataOf(ctx).speech[v] ? 2 : 1;
  }
  return 0;
}

/** Fills `out` with the hashed features of ending the content at boundary e; returns how many. */
export function endFeatures(ctx: QuoteContext, b: BoundContext, e: number, out: Int32Array): number {
  const toks = ctx.doc.tokens;
  const d = dataOf(ctx);
  const { first, end, type, rule, cue } = b;
  const own = e === end ? 1 : 0;
  const has = (j: number) => j < toks.length;
  const nextLower = has(e) ? d.lower[e] : END;
  const nextPos = has(e) ? d.pos[e] : END;
  const prevLower = d.lower[e - 1];
  const prevPos = d.pos[e - 1];
  const len = lengthBucket(e - first);
  const { verbs, brackets, cues } = b.counts;
  const at = (j: number) => j - first;
  const verbSeen = verbs[at(e)] > 0 ? 1 : 0;
  const verbInRest = verbs[at(end)] - verbs[at(e)] > 0 ? 1 : 0;
  let cueSoon = 0;
  for (let j = e; j < end && j - e < CUE_SOON; j++) if (d.speech[j]) cueSoon = 1;
  const time = has(e) && (d.timeStart[e] || (has(e + 1) && d.timeStart[e + 1])) ? 1 : 0;
  // brackets opened and not closed before the boundary
  const depth = brackets[at(e)];
  const next2Lower = has(e + 1) ? d.lower[e + 1] : END;
  // the stretch after the boundary up to the next punctuation: how long, and whether it has a verb
  const seg = e + 1 < end ? b.counts.nextPunct[at(e + 1)] : end;
  const segVerb = verbs[at(seg)] - verbs[at(Math.min(e + 1, seg))] > 0 ? 1 : 0;
  const segment = Math.min(seg - e, 6) * 2 + segVerb;
  const restClause = has(e) ? clauseFollows(ctx, e, end) : 0;
  // another proposal's cue just after the boundary, or anywhere in the rest (not this quote's own)
  const own2 = b.cueToken >= e && b.cueToken < end ? 1 : 0;
  const soonEnd = Math.min(end, e + CUE_SOON + 2);
  const otherSoon = cues[at(soonEnd)] - cues[at(e)] - (own2 && b.cueToken < soonEnd ? 1 : 0) > 0 ? 1 : 0;
  const otherRest = cues[at(end)] - cues[at(e)] - own2 > 0 ? 1 : 0;
  let n = 0;
  out[n++] = feat1(T.OwnEnd, own);
  out[n++] = feat1(T.NextLower, nextLower);
  out[n++] = feat1(T.NextPos, nextPos);
  out[n++] = feat1(T.PrevPos, prevPos);
  out[n++] = feat2(T.PrevNextPos, prevPos, nextPos);
  out[n++] = feat2(T.NextLowerType, nextLower, type);
  out[n++] = feat2(T.NextPosType, nextPos, type);
  out[n++] = feat2(T.NextPosCue, nextPos, cue);
  out[n++] = feat2(T.LengthType, len, type);
  out[n++] = feat2(T.VerbSeenNextLower, verbSeen, nextLower);
  out[n++] = feat3(T.VerbSeenNextPosType, verbSeen, nextPos, type);
  out[n++] = feat2(T.VerbInRestNextPos, verbInRest, nextPos);
  out[n++] = feat2(T.CueSoonNextPos, cueSoon, nextPos);
  out[n++] = feat2(T.TimeNextPos, time, nextPos);
  out[n++] = feat2(T.BracketOpen, depth > 0 ? 1 : 0, nextPos);
  out[n++] = feat2(T.OwnEndRule, own, rule);
  out[n++] = feat2(T.NextLowerCue, nextLower, cue);
  out[n++] = feat2(T.PrevLowerNextLower, prevLower, nextLower);
  out[n++] = feat2(T.RestClauseNextLower, restClause, nextLower);
  out[n++] = feat2(T.OtherCueSoonNextPos, otherSoon, nextPos);
  out[n++] = feat2(T.OtherCueInRestNextLower, otherRest, nextLower);
  out[n++] = feat2(T.Next2LowerNextLower, next2Lower, nextLower);
  out[n++] = feat2(T.RestLengthNextLower, lengthBucket(end - e), nextLower);
  out[n++] = feat2(T.SegmentNextLower, segment, nextLower);
  return n;
}
