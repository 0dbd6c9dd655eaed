// One attribution per stretch of text: news annotation (PolNeAR) almost never nests one quote in
// another, so a candidate lying wholly inside a longer one (the "supports" in "said she supports
// the bill") is dropped; the outer quote is the attribution a reader sees.
import type { Candidate, QuoteContext } from './context.js';

export function dropNested(ctx: QuoteContext): void {
  const cands = ctx.candidates;
  // a quote another one inherits its speaker from stays (the floating-quote chain)
  const inherited = new Set<Candidate>();
  for (const c of cands) if (c.inheritFrom) inherited.add(c.inheritFrom);
  const drop = new Set<Candidate>();
  // ("The debate grew so heated over who supported which Senate bill that Christie said, “…”": the
  // subject of a question put after a preposition names no one, and its content holds no one's quote)
  for (const c of cands) if (questionedSubject(ctx, c)) drop.add(c);
  const byStart = [...cands].filter((c) => !drop.has(c)).sort((a, b) => a.start - b.start || b.end - a.end);
  // sweep in text order: the longest quote open so far covers every later one ending before it
  let cover: Candidate | null = null;
  for (const c of byStart) {
    // "… like Saddam Hussein - ''He would have loved Stalin,'' Mr. Biden said": a quotation with an
    // attribution of its own past the longer content's end is no part of that content, which ends before it
    if (cover && c.end <= cover.end && ownFrameAfter(cover, c)) {
      endBefore(ctx, cover, c.start);
      cover = c;
      continue;
    }
    // "The official said at least four soldiers are being investigated while two other officials
    // said on Friday that five were …": a second attribution of the writer's ends the first content
    const link = cover && c.end <= cover.end ? secondAttributionLink(ctx, cover, c) : -1;
    if (cover && link >= 0) {
      endBefore(ctx, cover, link);
      cover = c;
      continue;
    }
    // "X, a leader of the group, is reported to have claimed that …": a belief no one holds in the
    // text gives way to the attribution inside it that names its speaker
    if (cover && c.end <= cover.end && c.speaker && !cover.speaker && reportedAsSaying(ctx, cover, c)) {
      drop.add(cover);
      cover = c;
      continue;
    }
    if (
      cover &&
      c.end <= cover.end &&
      c.end - c.start < cover.end - cover.start &&
      !inherited.has(c) &&
      !inFrameOfDirect(ctx, cover, c) &&
      !reportedInAccount(ctx, cover, c)
    )
      drop.add(c);
    else if (!cover || c.end > cover.end) cover = c;
  }
  // "The below is attributable to Spokesperson Ned Price: … Sherman and Coveney reaffirmed their
  // unwavering support for Ukraine’s sovereignty …": among the reports, past the quotations that
  // cover them (a block credited after a colon lets its reports stand), one lying wholly inside
  // another is still part of it
  const reports = byStart.filter((c) => !drop.has(c) && c.kind !== 'direct');
  let inner: Candidate | null = null;
  for (const c of reports) {
    if (
      inner &&
      c.end <= inner.end &&
      c.end - c.start < inner.end - inner.start &&
      !inherited.has(c) &&
      !reportedInAccount(ctx, inner, c)
    )
      drop.add(c);
    else if (!inner || c.end > inner.end) inner = c;
  }
  // "McConnell says that the American people are seeking a leader …": a cue and its speaker inside
  // another quote's content are part of what was said there, however far their own content runs
  for (const c of cands) {
    if (drop.has(c) || inherited.has(c) || !c.cue) continue;
    const { cue, speaker } = c;
    const inside = (q: Candidate) =>
      q !== c &&
      !drop.has(q) &&
      q.kind === 'indirect' &&
      !!q.cue &&
      q.cue.end <= q.start &&
      q.start <= (speaker?.start ?? cue.start) &&
      cue.end <= q.end &&
      c.start >= q.start;
    if (cands.some(inside)) drop.add(c);
  }
  if (drop.size) ctx.keepCandidates((c) => !drop.has(c));
}

/**
 * Whether cover is a passive report of what c's speaker said, c's cue right after it: "is reported
 * to have claimed", "was reported as saying", "is said to have told" (not "is expected to announce",
 * an expectation, whose speaker has said nothing yet).
 */
function reportedAsSaying(ctx: QuoteContext, cover: Candidate, c: Candidate): boolean {
  if (!cover.rule.startsWith('belief-passive') || !cover.cue || !c.cue) return false;
  // ("According to the Associated Press, Reyes … was considered a contender": the source of the belief)
  if (c.rule.startsWith('according-to') && c.cue.start <= cover.start) return true;
  const toks = ctx.doc.tokens;
  const k = ctx.doc.tokenIndexAt(cover.cue.start);
  if (toks[k].lemma !== 'report' && toks[k].lemma !== 'say') return false;
  const next =
    toks[k + 1]?.lower === 'as' ? k + 2 : toks[k + 1]?.lower === 'to' && toks[k + 2]?.lower === 'have' ? k + 3 : -1;
  return next > 0 && toks[next]?.start === c.cue.start;
}

/**
 * Whether c lies in the narrative between the pieces of a direct quote ("''…,'' Mr. Hedge said,
 * referring to the two Trump resorts. ''…''"): the frame's own participle says something of its own;
 * or inside a block quote credited after a colon.
 */
function inFrameOfDirect(ctx: QuoteContext, cover: Candidate, c: Candidate): boolean {
  if (cover.kind !== 'direct') return false;
  // (a block credited after a colon is an account with no marks of its own: the reports inside it
  // stand, marked words and all — "The Secretary noted … the purported “independence” of …" inside
  // "The below is attributable to Spokesperson Ned Price:")
  if (cover.rule === 'block-after-colon' && c.kind !== 'direct') return true;
  for (const t of ctx.doc.tokensIn(c)) if (ctx.inSpan[t.i] >= 0) return false;
  return true;
}

/**
 * Whether c is a quotation whose own cue stands after it, after `cover` or inside it (""…, whose
 * “thefts …,” Secretary … Jeh Johnson said": the frame is c's, no part of cover's content), cover
 * having begun with its cue before c.
 */
function ownFrameAfter(cover: Candidate, c: Candidate): boolean {
  return (
    c.kind !== 'indirect' &&
    !!c.cue &&
    c.cue.start >= c.end &&
    !!cover.cue &&
    cover.cue.end <= cover.start &&
    cover.start < c.start
  );
}

/** Conjunctions that join a clause of the writer's own, here one with an attribution of its own. */
const CLAUSE_LINKS = new Set(['while', 'whereas', 'but', 'and', 'although', 'though', 'yet']);

/**
 * Where the conjunction starts that opens c's own subject and cue inside cover's content, when cover
 * is introduced by its cue ("X said …") and c is attributed to the subject of its cue ("while two
 * other officials said …"); else -1. "And" counts after a comma only.
 */
function secondAttributionLink(ctx: QuoteContext, cover: Candidate, c: Candidate): number {
  const speaker = c.speaker;
  // (a quotation's words are the speaker's own, attributions inside them included)
  if (cover.kind === 'direct' || !cover.cue || cover.cue.end > cover.start) return -1;
  if (!speaker || !c.cue || c.speakerRule !== 'cue-subject' || speaker.start <= cover.start) return -1;
  if (c.cue.start < speaker.end) return -1;
  const toks = ctx.doc.tokens;
  // ("…, but that also states …": a relative subject describes a noun of the content)
  if (speaker.endToken - speaker.first === 1 && RELATIVES.has(toks[speaker.first].lower)) return -1;
  const j = speaker.first - 1;
  const link = toks[j];
  if (!link || !CLAUSE_LINKS.has(link.lower) || ctx.inSpan[j] >= 0) return -1;
  if (link.lower === 'and' && toks[j - 1]?.text !== ',') return -1;
  // the first content is whole before the link: a clause, or a noun phrase before "while" ("called
  // for an investigation while the US military said …"); "said that although the leaders had
  // announced a truce, …" opens its content with the subordinate clause
  let first = ctx.doc.tokenIndexAt(cover.start);
  if (toks[first].lower === 'that') first++;
  if (j - first < 2) return -1;
  if (link.lower === 'while' || link.lower === 'whereas') return link.start;
  for (let v = first; v < j; v++)
    if ((toks[v].pos === 'VERB' || toks[v].pos === 'AUX') && ctx.inSpan[v] < 0) return link.start;
  return -1;
}

const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'what']);

/** Ends candidate q before offset `at` (without the spaces, dashes and commas before it); its kind follows. */
function endBefore(ctx: QuoteContext, q: Candidate, at: number): void {
  const text = ctx.doc.text;
  let end = at;
  while (end > q.start && /[\s,;:\u2014\u2015\u2013'"“‘-]/.test(text[end - 1])) end--;
  q.end = end;
  let quoted = false;
  for (const t of ctx.doc.tokensIn(q)) if (ctx.inSpan[t.i] >= 0) quoted = true;
  if (!quoted && q.kind === 'mixed') q.kind = 'indirect';
}

/**
 * "“…,” Kim said, according to KCNA", "A highly-positioned IDF officer said Israel will retaliate …
 * according to Channel One's Mabat news program": a statement with a speaker of its own inside a
 * source's account stays beside the account (its speaker's words, which the source reports), whatever
 * PolNeAR's gold, which keeps only the account, makes of it.
 */
const reportedInAccount = (ctx: QuoteContext, cover: Candidate, c: Candidate) =>
  cover.rule === 'according-to' &&
  c.reportedBy !== null &&
  (c.kind === 'direct' || (!!cover.cue && endsRightBefore(ctx, c, cover.cue.start)));

/**
 * Whether c ends right before offset `at`, no comma between: its content ran on to the "according to"
 * (content-end.ts cuts it there). With a comma the source sets off the whole sentence, and the account
 * alone is kept, as PolNeAR's gold does.
 */
const endsRightBefore = (ctx: QuoteContext, c: Candidate, at: number) =>
  c.end <= at &&
  /^[\s"'\u201d\u2019]*$/.test(ctx.doc.text.slice(c.end, at)) &&
  // (a quotation closed on its own comma sets the source off too: "… should "look for a psychiatrist,"")
  !/,[\s"'\u201d\u2019]*$/.test(ctx.doc.text.slice(c.start, at));

/** Whether c's speaker is "who" asked after a preposition ("over who supported …", "about who said …"). */
function questionedSubject(ctx: QuoteContext, c: Candidate): boolean {
  const p = c.speaker;
  if (!p || p.headKind !== 'pronoun' || p.endToken - p.first !== 1) return false;
  const toks = ctx.doc.tokens;
  return (toks[p.first].lower === 'who' || toks[p.first].lower === 'whoever') && toks[p.first - 1]?.pos === 'ADP';
}
