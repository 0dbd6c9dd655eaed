// Speakers for quotes the frame rules left floating (no cue of their own). Before such a quote
// inherits the speaker of the quote before it, three readings of its surroundings are tried:
//   attribution-after-quote   "“Go back to Univision,” Trump barked." / "…,” reads an editorial."
//                             / "…,” Sen. Chuck Schumer (D-N.Y.) said." / "…,” my father often said."
//   colon-sentence-subject    "And Mr. Christie gloated: “…”" / "Clinton: “…”"
//   previous-sentence-speaker "Iowa State University's Dianne Bystrom agreed. “…”"
import type { Token } from '../document.js';
import type { Span } from '../types.js';
import { isBreak, isSentenceEnd, POSSESSIVES, type Candidate, type QuoteContext } from './context.js';
import { npToken, phrase, type Phrase } from './phrases.js';
import { subjectBefore } from './subject-before.js';
import { phraseAfter } from './phrase-after.js';

export interface SpeakerFix {
  phrase: Phrase | null;
  rule: string;
}

/** How many tokens an attribution after a quote may span before its verb. */
const AFTER_WINDOW = 24;

/** The subject phrase at token k, also when a possessive opens it (my father, her spokesman). */
function subjectAt(ctx: QuoteContext, k: number, limit: number): Phrase | null {
  const toks = ctx.doc.tokens;
  if (POSSESSIVES.has(toks[k]?.lower)) {
    const p = phraseAfter(ctx.doc, k + 1, limit);
    // (every field written in phrase()'s order: a spread copy would be another hidden class)
    return p && p.headKind !== 'pronoun'
      ? { start: toks[k].start, end: p.end, head: p.head, headKind: p.headKind, first: k, endToken: p.endToken }
      : null;
  }
  return phraseAfter(ctx.doc, k, limit);
}

/** Past a bracketed label (D-N.Y.) and appositions between commas (, Sanders' campaign manager,). */
function skipAppositions(toks: Token[], p: Phrase, limit: number): number {
  let v = p.endToken;
  // the phrase may have stopped inside its bracket: Rep. Earl Blumenauer (D-Ore|.)
  const open = toks.slice(p.first, v).findIndex((t) => t.text === '(');
  if (open >= 0 && !toks.slice(p.first + open, v).some((t) => t.text === ')')) {
    while (v < limit && toks[v].text !== ')' && v - p.first < 16) v++;
    if (toks[v]?.text !== ')') return -1;
    v++;
  } else if (toks[v]?.text === ')') v++;
  else if (toks[v]?.text === '(') {
    const start = v;
    while (v < limit && toks[v].text !== ')' && v - start < 8) v++;
    if (toks[v]?.text !== ')') return -1;
    v++;
  }
  for (let n = 0; n < 3 && toks[v]?.text === ','; n++) {
    let e = v + 1;
    while (
      e < limit &&
      toks[e].text !== ',' &&
      (npToken(toks[e]) || toks[e].pos === 'ADP' || /ing$/.test(toks[e].lower))
    )
      e++;
    if (toks[e]?.text !== ',') return -1;
    v = e + 1;
  }
  return v;
}

/** The attribution right after a floating quote (after its first piece): "…," Blunt, after a long pause, said of Cruz. */
export function attributionAfter(ctx: QuoteContext, c: Candidate): Phrase | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const end = c.parts?.[0].end ?? c.end;
  const endsSentence = /[.]["”'’]*$/.test(doc.text.slice(Math.max(c.start, end - 3), end));
  const para = ctx.paragraphBounds(c.start);
  let k = doc.tokenIndexAt(end);
  while (k < toks.length && toks[k].start < para.end && (toks[k].pos === 'PUNCT' || /^\s+$/.test(toks[k].text))) {
    if (isSentenceEnd(toks[k]) || isBreak(toks[k])) return null;
    k++;
  }
  if (k >= toks.length || toks[k].start >= para.end || ctx.inSpan[k] >= 0) return null;
  const limit = Math.min(toks.length, k + AFTER_WINDOW);
  const clauseEnds = (j: number) => {
    // the frame is short: the verb's clause ends soon (said Friday. / fumed, using …)
    for (let e = j; e < limit && e - j < 10; e++) {
      const t = toks[e];
      if (isSentenceEnd(t) || t.text === ',' || isBreak(t)) return true;
      if (ctx.inSpan[e] >= 0 || t.lower === 'that') return false;
    }
    return false;
  };
  // inverted: "…,” reads a Wednesday editorial in The Des Moines Register.
  if (toks[k].pos === 'VERB' && ctx.cueClass(k) !== null && !endsSentence) {
    const p = phraseAfter(doc, k + 1, limit);
    return p && p.headKind !== 'pronoun' && clauseEnds(p.endToken) ? p : null;
  }
  const p = subjectAt(ctx, k, limit);
  if (!p) return null;
  let v = skipAppositions(toks, p, limit);
  if (v < 0) return null;
  while (v < limit && (toks[v].pos === 'ADV' || toks[v].pos === 'AUX')) v++;
  const verb = toks[v];
  if (!verb || verb.pos !== 'VERB' || ctx.inSpan[v] >= 0) return null;
  // a pronoun, or anything after a full stop, needs a verb of saying ("….” Trump said.)
  if ((endsSentence || p.headKind === 'pronoun') && ctx.cueClass(v) !== 'speech') return null;
  return clauseEnds(v + 1) ? p : null;
}

/** The token before the quote's opening mark, skipping spaces (not line breaks). */
function tokenBefore(ctx: QuoteContext, c: Candidate): number {
  const toks = ctx.doc.tokens;
  let j = ctx.doc.tokenIndexAt(c.start) - 1;
  while (j >= 0 && (/^["“”'‘’«»]+$/.test(toks[j].text) || /^[ \t]+$/.test(toks[j].text))) j--;
  return j;
}

/** Whether the phrase is a pronoun of people ("She then addressed the supporters again:"). */
export const isPersonPronoun = (ctx: QuoteContext, p: Phrase): boolean =>
  p.headKind === 'pronoun' && /^(?:he|she|they|we|i)$/i.test(ctx.doc.text.slice(p.head.start, p.head.end));

/**
 * The person (else the organisation) the entity layer found inside the phrase, as a phrase of its
 * own ("U.S. Ambassador to Iraq Ryan Crocker's response to such fears" → Ryan Crocker), or null.
 */
function actorInside(ctx: QuoteContext, p: Phrase): Phrase | null {
  const doc = ctx.doc;
  let org: Phrase | null = null;
  for (let i = p.first; i < p.endToken; i++) {
    const hit = doc.entityAt(doc.tokens[i].start);
    if (!hit || (hit.entity.type !== 'PERSON' && hit.entity.type !== 'ORG')) continue;
    const a = doc.tokenIndexAt(hit.mention.start);
    let b = a;
    while (b < p.endToken && doc.tokens[b].end <= hit.mention.end) b++;
    if (a < p.first || b <= a) continue;
    if (hit.entity.type === 'PERSON') return phrase(doc, a, b);
    org ??= phrase(doc, a, b);
  }
  return org;
}

function colonIntroduced(ctx: QuoteContext, c: Candidate): Phrase | null {
  const toks = ctx.doc.tokens;
  const colon = tokenBefore(ctx, c);
  if (colon < 1 || toks[colon].text !== ':') return null;
  const s = ctx.sentenceAt(colon);
  if (!s) return null;
  let a = s.firstToken;
  while (a < colon && (toks[a].pos === 'PUNCT' || isBreak(toks[a]))) a++;
  // a label: "Clinton: “…”"
  const label = phraseAfter(ctx.doc, a, colon);
  if (label && label.endToken === colon && label.headKind === 'name') return label;
  // the subject of the verb nearest the colon (not of a fronted clause: "With leaders worried, Obama is rolling out a message:")
  // (or of "be": "the Illinois Board of Elections was conclusive in its findings:", when a person or
  // an organisation is its subject, not "The question on the ballot paper is:")
  for (let v = colon - 1; v > a; v--) {
    const copula = toks[v].pos === 'AUX' && toks[v].lemma === 'be';
    if ((toks[v].pos !== 'VERB' && !copula) || npToken(toks[v]) || ctx.inSpan[v] >= 0) continue;
    const p = subjectBefore(ctx.doc, v, a);
    if (!p) continue;
    // (a pronoun of people stands for whom it names: "She then addressed the supporters again:")
    const person = isPersonPronoun(ctx, p);
    if (copula) return p.headKind === 'name' || person ? p : actorInside(ctx, p);
    return p.headKind !== 'pronoun' || person ? p : null;
  }
  return null;
}

function previousSentenceSpeaker(ctx: QuoteContext, c: Candidate): Phrase | null {
  const toks = ctx.doc.tokens;
  const end = tokenBefore(ctx, c);
  if (end < 1 || !isSentenceEnd(toks[end])) return null;
  const s = ctx.sentenceAt(end);
  if (!s || ctx.paragraphOf(toks[s.firstToken].start) !== ctx.paragraphOf(c.start)) return null;
  for (let j = s.firstToken; j <= end; j++) if (ctx.inSpan[j] >= 0 || /["“”]/.test(toks[j].text)) return null;
  // the sentence ends with its speech verb: "Dianne Bystrom agreed." / "Smith explained it this way."
  for (let j = end - 1; j > s.firstToken && end - j <= 6; j--) {
    if (ctx.cueClass(j) !== 'speech') continue;
    const p = subjectBefore(ctx.doc, j, s.firstToken);
    return p && p.headKind !== 'pronoun' ? p : null;
  }
  return null;
}

/** The most tokens of an epigraph's credit line ("– Secretary Antony J. Blinken, May 24, 2021"). */
const MAX_CREDIT_LINE = 30;
/** The most tokens of the name in it, before its first comma. */
const MAX_CREDIT_NAME = 14;

/**
 * The one credited on the line after a quotation that fills its paragraph, when that line opens with
 * a dash: "“We count on Germany as a key Ally …”" / "– Secretary Antony J. Blinken, May 24, 2021";
 * "-Michelle Marks, Philadelphia." (a fact sheet's epigraph, a column's quotable). The name runs to
 * the first comma or the line's end; it must hold a name and no verb of its own ("— Reduce
 * job-killing regulations …" is a list's item).
 */
export function epigraphCredit(ctx: QuoteContext, c: Span): Phrase | null {
  const { doc } = ctx;
  const text = doc.text;
  const para = ctx.paragraphBounds(c.start);
  if (!/^[\s"“”'‘’«»]*$/.test(text.slice(para.start, c.start))) return null;
  if (!/^[\s"“”'‘’«».,!?]*$/.test(text.slice(c.end, para.end))) return null;
  const toks = doc.tokens;
  let k = doc.tokenIndexAt(para.end);
  while (k < toks.length && (isBreak(toks[k]) || /^\s*$/.test(toks[k].text))) k++;
  const dash = toks[k];
  if (!dash || !/^[-\u2013\u2014]$/.test(dash.text) || ctx.paragraphOf(dash.start) === ctx.paragraphOf(c.start))
    return null;
  const line = ctx.paragraphBounds(dash.start);
  let e = k + 1;
  while (e < toks.length && toks[e].start < line.end && toks[e].text !== ',' && !isSentenceEnd(toks[e])) e++;
  let last = e;
  while (last < toks.length && toks[last].start < line.end) last++;
  if (e - (k + 1) < 1 || e - (k + 1) > MAX_CREDIT_NAME || last - k > MAX_CREDIT_LINE) return null;
  const words = toks.slice(k + 1, e);
  if (!/^\p{Lu}/u.test(words[0].text) || !words.some((t) => t.pos === 'PROPN')) return null;
  if (words.some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(t.text))) return null;
  return phrase(doc, k + 1, e);
}

/** A speaker for a floating quote read off its surroundings, or null to let it inherit. */
export function floatingSpeaker(ctx: QuoteContext, c: Candidate): SpeakerFix | null {
  const credit = epigraphCredit(ctx, c);
  if (credit) return { phrase: credit, rule: 'epigraph-credit' };
  const after = attributionAfter(ctx, c);
  if (after) return { phrase: after, rule: 'attribution-after-quote' };
  const colon = colonIntroduced(ctx, c);
  if (colon) return { phrase: colon, rule: 'colon-sentence-subject' };
  const prev = previousSentenceSpeaker(ctx, c);
  if (prev) return { phrase: prev, rule: 'previous-sentence-speaker' };
  return null;
}
