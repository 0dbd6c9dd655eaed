// "Xinhua quoted the minister as saying that China would respond", "“I am proud,” Arab News quoted
// Prince Saud as saying", "Szczyglo was quoted today as calling the new approach a failure", "The
// newspaper cited unnamed officials as saying …": the wires' own way of passing on what someone said.
// The one quoted is the speaker, not the outlet that quotes them (which read as the subject of
// "quoted" or of "saying"), and "quoted" itself reports nothing: its object "the minister as saying …"
// is no content. The outlet, where the frame names it ("Xinhua quoted", "was quoted by Reuters as
// saying", "was quoted in the report as saying"), reports the quote. The content follows the verb of
// saying, or, with nothing after it, is the quotation or clause the frame closes.
import type { Sentence } from '../document.js';
import { kindOfContent } from './bounds.js';
import { BE_FORMS, isWord, quoteCandidate, type Candidate, type QuoteContext } from './context.js';
import type { Phrase } from './phrases.js';
import { subjectBefore } from './subject-before.js';
import { phraseAfter } from './phrase-after.js';

/** The verbs of saying a quoting frame ends in ("as saying", "as calling it …"). */
const SAYING = new Set(['saying', 'telling', 'stating', 'calling', 'describing', 'warning', 'adding', 'accusing']);
/** The most tokens between "quoted" and "as" in the passive ("was quoted by state media today as …"). */
const MAX_PASSIVE_GAP = 8;

interface QuotingFrame {
  /** Token of "quoted"/"quotes"/"quoting", and of the verb of saying. */
  quoted: number;
  saying: number;
  /** The one quoted, and where the frame starts (the outlet's or the speaker's phrase). */
  speaker: Phrase;
  start: number;
  /** The outlet that quotes them, where the frame names it. */
  outlet: Phrase | null;
}

/** Verbs whose "X as saying" passes on X's words ("quoted the minister as saying", "cited officials as saying"). */
const QUOTING_VERBS = new Set(['quote', 'cite']);
/** Prepositions that name the outlet in a passive frame ("quoted by Reuters as", "quoted in the report as"). */
const OUTLET_PREPOSITIONS = new Set(['by', 'in']);

const namedOutlet = (p: Phrase | null): Phrase | null => (p && p.headKind !== 'pronoun' ? p : null);

/** The outlet a passive frame names between "quoted" and "as", or right after the verb of saying ("as saying by the daily …"). */
function passiveOutlet(ctx: QuoteContext, s: Sentence, quoted: number, as: number): Phrase | null {
  const doc = ctx.doc;
  for (let j = quoted + 1; j < as; j++)
    if (OUTLET_PREPOSITIONS.has(doc.tokens[j].lower)) {
      const p = phraseAfter(doc, j + 1, as);
      if (p) return p;
    }
  return doc.tokens[as + 2]?.lower === 'by' ? phraseAfter(doc, as + 3, s.endToken) : null;
}

/** The quoting frame whose "quoted" is token k, if the sentence has one. */
function frameAt(ctx: QuoteContext, s: Sentence, k: number): QuotingFrame | null {
  const toks = ctx.doc.tokens;
  let b = k - 1;
  while (b > s.firstToken && toks[b].pos === 'ADV') b--;
  if (b >= s.firstToken && BE_FORMS.has(toks[b].lower)) {
    // passive: "Szczyglo was quoted [by Reuters] [today] as saying"
    let as = k + 1;
    while (as < s.endToken && as - k <= MAX_PASSIVE_GAP && toks[as].lower !== 'as' && ctx.inSpan[as] < 0) as++;
    if (toks[as]?.lower !== 'as' || !SAYING.has(toks[as + 1]?.lower ?? '')) return null;
    const speaker = subjectBefore(ctx.doc, k, s.firstToken);
    return speaker
      ? { quoted: k, saying: as + 1, speaker, start: speaker.first, outlet: namedOutlet(passiveOutlet(ctx, s, k, as)) }
      : null;
  }
  // active: "Arab News quoted Prince Saud as saying", "…, quoting officials as saying", "The
  // Washington Post quoted a senior diplomat saying that …"
  const speaker = phraseAfter(ctx.doc, k + 1, s.endToken);
  if (!speaker) return null;
  const as = speaker.endToken;
  const saying = toks[as]?.lower === 'as' ? as + 1 : as;
  if (!SAYING.has(toks[saying]?.lower ?? '')) return null;
  const outlet = /ing$/.test(toks[k].lower) ? null : subjectBefore(ctx.doc, k, s.firstToken);
  // (a pronoun outlet is left unnamed: "you just quoted the President as saying", "It quoted him …")
  return { quoted: k, saying, speaker, start: outlet?.first ?? k, outlet: namedOutlet(outlet) };
}

/** Where candidate c's cue token is (-1 without a cue). */
const cueToken = (ctx: QuoteContext, c: Candidate) => (c.cue ? ctx.doc.tokenIndexAt(c.cue.start) : -1);

/**
 * The content the frame closes when nothing follows it ("“I am proud,” Arab News quoted Prince Saud
 * as saying."): the quotation ending at the comma before the frame, else the clause before that comma.
 */
function contentBefore(ctx: QuoteContext, s: Sentence, f: QuotingFrame): { start: number; end: number } | null {
  const toks = ctx.doc.tokens;
  let c = f.start - 1;
  // the comma may sit inside the quotation's closing mark ("proud,” Arab News …")
  const mark = c > s.firstToken && /^["”’'»]$/.test(toks[c].text) ? c : -1;
  if (mark >= 0) c--;
  if (c <= s.firstToken || toks[c].text !== ',') return null;
  const quoted = mark >= 0 ? ctx.spans.findIndex((sp) => sp.close === toks[mark].start) : -1;
  if (quoted >= 0) {
    const sp = ctx.spans[quoted];
    return sp.end > sp.start ? { start: sp.start, end: sp.end } : null;
  }
  const words = toks.slice(s.firstToken, c);
  if (!words.some((t) => t.pos === 'VERB' || t.pos === 'AUX') || !words.every((t) => ctx.inSpan[t.i] < 0)) return null;
  return { start: toks[s.firstToken].start, end: toks[c - 1].end };
}

/**
 * The content after the verb of saying: a quotation opening right after it (past a colon or comma),
 * else the words to the sentence's end (the boundary model trims them later).
 */
function contentAfter(ctx: QuoteContext, s: Sentence, f: QuotingFrame): { start: number; end: number } | null {
  const toks = ctx.doc.tokens;
  let a = f.saying + 1;
  while (a < s.endToken && (toks[a].text === ':' || toks[a].text === ',')) a++;
  const si = a + 1 < s.endToken ? ctx.inSpan[a + 1] : -1;
  if (si >= 0 && ctx.openToken[si] === a) {
    const sp = ctx.spans[si];
    const rest = toks.slice(a + 1, s.endToken).filter((t) => ctx.inSpan[t.i] !== si && isWord(t));
    if (!rest.length && sp.end > sp.start) return { start: sp.start, end: sp.end };
  }
  let e = s.endToken;
  while (e > a && !isWord(toks[e - 1]) && !(ctx.inSpan[e - 2] >= 0 && /^["”’'»]$/.test(toks[e - 1].text))) e--;
  return e > a ? { start: toks[a].start, end: toks[e - 1].end } : null;
}

/** Gives each quoting frame's content its speaker, the one quoted; drops "quoted X as saying" as content. */
export function attributeQuotingFrames(ctx: QuoteContext): void {
  const toks = ctx.doc.tokens;
  const frames: QuotingFrame[] = [];
  for (const s of ctx.sentences)
    for (let k = s.firstToken; k < s.endToken; k++) {
      const t = toks[k];
      if (!QUOTING_VERBS.has(t.lemma) || t.pos === 'NOUN' || ctx.inSpan[k] >= 0) continue;
      const f = frameAt(ctx, s, k);
      if (!f) continue;
      frames.push(f);
      placeContent(ctx, s, f);
    }
  if (!frames.length) return;
  const quotedTokens = new Set(frames.map((f) => f.quoted));
  ctx.keepCandidates((c) => !quotedTokens.has(cueToken(ctx, c)));
}

function placeContent(ctx: QuoteContext, s: Sentence, f: QuotingFrame): void {
  const toks = ctx.doc.tokens;
  const cue = { start: toks[f.saying].start, end: toks[f.saying].end };
  const byCue = ctx.candidates.filter((c) => cueToken(ctx, c) === f.saying);
  // ("was quoted as saying by the daily Kampuchea Thmey": the outlet after the frame is no content)
  const next = toks[f.saying + 1];
  const afterWords =
    next?.lower !== 'by' && toks.slice(f.saying + 1, s.endToken).some((t) => isWord(t) || ctx.inSpan[t.i] >= 0);
  const span = afterWords ? contentAfter(ctx, s, f) : contentBefore(ctx, s, f);
  if (!span) return;
  // a candidate the rules made of the same content keeps its span and takes the frame's speaker (not
  // one whose content holds the frame: "I think … Abbas was quoted as saying that …")
  const frameStart = toks[f.start].start;
  const frameEnd = toks[f.saying].end;
  // (nor one whose first piece it is: a floating quote joined across the frame to the quotation
  // after it, '“…," Monh Saphan was quoted as saying by Kampuchea Thmey. "…"', is all theirs)
  const firstPiece = (c: Candidate) =>
    !afterWords &&
    !!c.parts &&
    c.parts[0].start < span.end &&
    c.parts[0].end > span.start &&
    c.parts[0].end <= frameStart;
  const same = ctx.candidates.filter(
    (c) =>
      cueToken(ctx, c) !== f.quoted &&
      (byCue.includes(c) ||
        firstPiece(c) ||
        (c.start < span.end && c.end > span.start && (afterWords ? c.start >= frameEnd : c.end <= frameStart))),
  );
  if (same.length) {
    for (const c of same) {
      // (a quotation read as floating had no frame of its own: this is its frame)
      if (!c.cue) c.rule = 'quoted-as-saying';
      c.cue = cue;
      c.speaker = f.speaker;
      c.speakerRule = 'quoted-as-saying';
      c.inheritFrom = undefined;
      c.reportedBy = f.outlet;
    }
    return;
  }
  const c = quoteCandidate({
    kind: 'indirect',
    start: span.start,
    end: span.end,
    cue,
    speaker: f.speaker,
    rule: 'quoted-as-saying',
    speakerRule: 'quoted-as-saying',
  });
  c.reportedBy = f.outlet;
  c.kind = kindOfContent(ctx, c);
  ctx.candidates.push(c);
}
