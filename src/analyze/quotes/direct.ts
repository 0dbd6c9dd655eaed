// Direct quotes: quoted spans with their attribution frame after them ("…," he said) or before them
// (he said: "…"; According to X, "…"), split quotes joined into one, multi-paragraph quotes. The frames
// are read in tail-frame.ts and head-frame.ts; unmarked block quotes after a colon in block-quotes.ts,
// quotes left with no frame in floating-quotes.ts.
import type { Sentence } from '../document.js';
import type { Span } from '../types.js';
import { isBreak, isWord, quoteCandidate, type Candidate, type QuoteContext } from './context.js';
import { isDash } from './subject-before.js';
import { clauseAt } from './clause.js';
import { ownClauseBeforeColon } from './content-end.js';
import { RELATIVE_WORDS } from './main-subject.js';
import { epigraphCredit } from './speaker-floating.js';
import { firstChar, opensCapitalised, tailFrame, tokenLimit, type Frame } from './tail-frame.js';
import { headFrame } from './head-frame.js';
import { blockQuotes, runOnBlockQuotes } from './block-quotes.js';
import { MAX_SPLIT_GAP, MIN_FLOATING_WORDS, standsAlone, words } from './floating-quotes.js';
import { ACCUSING } from './parenthetical-frame.js';
import { npToken } from './phrases.js';

function cueSpan(ctx: QuoteContext, f: Frame): Span {
  const t = ctx.doc.tokens[f.cue];
  if (ctx.isAccordingTo(f.cue)) return { start: t.start, end: ctx.doc.tokens[f.cue + 1].end };
  return { start: t.start, end: t.end };
}

/**
 * Whether a dash or an opening bracket sets the quotation off from the words before it ("… like
 * Saddam Hussein - ''He would have loved Stalin,'' Mr. Biden said"): it is no fragment of that sentence.
 */
function setOffByDash(ctx: QuoteContext, si: number): boolean {
  const toks = ctx.doc.tokens;
  const m = ctx.openToken[si];
  const t = toks[m - 1];
  // a piece in lower case continues the sentence around it ("“I don't think the wisdom” -- that … -- “is going to last”")
  if (!t || !opensCapitalised(ctx, ctx.spans[si])) return false;
  return t.text === '(' || isDash(toks, m - 1);
}

/**
 * Whether quotation si, opening with a capital after a comma, resumes the quotation its attribution
 * interrupted ("…," he said of the campaign, "I'm sure …"). Not after a participle, which introduces
 * a quotation of its own ("…," adding, "He lost …"), nor a short title ("she wrote in her memoir, "Tough Choices."").
 */
function resumesAfterComma(ctx: QuoteContext, frame: Frame, si: number): boolean {
  if (ctx.doc.tokens[ctx.openToken[si] - 1]?.text !== ',') return false;
  // a cue with no speaker of its own ("Perry, who …, “…,” shouted, “…”") governs what follows
  if (!frame.speaker) return false;
  if (/ing$/.test(ctx.doc.tokens[frame.cue].lower)) return false;
  return words(ctx, ctx.spans[si]) >= MIN_FLOATING_WORDS;
}

/**
 * Whether quotation n, a paragraph of its own, carries on the quotation whose attribution closed the
 * paragraph before ("…," said Jake Sullivan.¶"This has gone from …"): nothing but that attribution
 * stands between them, and the new paragraph gives no speaker of its own.
 */
function resumesNextParagraph(ctx: QuoteContext, frame: Frame, last: number, n: number): boolean {
  const { doc, spans } = ctx;
  const prev = spans[last];
  const nx = spans[n];
  if (prev.close < 0 || nx.continuation || nx.single || ctx.taken.has(n)) return false;
  const para = ctx.paragraphBounds(prev.close);
  // the next paragraph opens with the quotation
  if (nx.open <= para.end || !/^\s*$/.test(doc.text.slice(para.end, nx.open))) return false;
  // after the last piece: nothing, or the attribution's sentence running to the paragraph's end
  const after = tokenLimit(ctx, prev.close + 1);
  const frameSentence = ctx.sentenceAt(frame.cue);
  for (let j = after; j < tokenLimit(ctx, para.end); j++) {
    if (isWord(doc.tokens[j]) && (frame.cue < after || ctx.sentenceAt(j) !== frameSentence)) return false;
  }
  if (!standsAlone(ctx, n) || !opensCapitalised(ctx, nx) || words(ctx, nx) < MIN_FLOATING_WORDS) return false;
  // a whole sentence, not a fragment the narrative goes on from ("“We're alive …” at the convention")
  if (nx.close >= 0 && !/[.!?…]$/.test(doc.text.slice(nx.start, nx.end).trimEnd())) {
    const next = doc.tokens[tokenLimit(ctx, nx.close + 1)];
    if (next && isWord(next) && ctx.paragraphOf(next.start) === ctx.paragraphOf(nx.open)) return false;
  }
  // a quotation with an attribution of its own is another quote, as is one whose later piece in the
  // same paragraph has one (“I don't think …” -- that he is seen as a nanny -- “is going to last,” he says.)
  const ownPara = ctx.paragraphBounds(nx.open);
  for (let m = n; m < spans.length && spans[m].open < ownPara.end; m++)
    if (tailFrame(ctx, m) || headFrame(ctx, m)) return false;
  // (so is one credited on the line after it: "“…”¶-President Obama, tweeting after Clinton's speech.")
  return !epigraphCredit(ctx, nx);
}

/**
 * A quotation after its cue that the sentence goes on from ("he said, “we don't know what the answer
 * will be” on how many jobs might be eliminated."): the words after the closing mark finish what was
 * said, so the content runs on to the sentence's end and the quote is mixed.
 */
function runOnToSentenceEnd(ctx: QuoteContext, si: number, c: Candidate): void {
  const sp = ctx.spans[si];
  // a quotation closed on its own comma or full stop is complete ("“That makes me smart,” when …")
  if (sp.close < 0 || sp.end <= sp.start || !/[\p{L}\p{N}]/u.test(ctx.doc.text[sp.end - 1])) return;
  const toks = ctx.doc.tokens;
  const k = tokenLimit(ctx, sp.close + 1);
  const next = toks[k];
  if (!next || !isWord(next) || !/^\p{Ll}/u.test(next.text) || ctx.inSpan[k] >= 0) return;
  const sent = ctx.sentenceAt(ctx.openToken[si]);
  if (!sent || ctx.sentenceAt(k) !== sent) return;
  let e = sent.endToken - 1;
  for (let j = k; j < sent.endToken; j++) {
    // another quotation or a line break ends the run
    if (ctx.inSpan[j] >= 0 || isBreak(toks[j]) || /["“”]/.test(toks[j].text)) {
      e = j - 1;
      break;
    }
  }
  while (e > k && toks[e].pos === 'PUNCT') e--;
  if (e < k) return;
  c.end = toks[e].end;
  c.kind = 'mixed';
}

/**
 * A quotation after its cue inside a reported clause ("He adds that American Muslims have two
 * choices: “…”", "said that in 2009, ''I called all my lenders …''"): the clause is what was
 * reported, so the content opens with "that" and the quote is mixed.
 */
function openWithClause(ctx: QuoteContext, frame: Frame, si: number, c: Candidate): void {
  const after = ctx.doc.tokens[frame.cue + 1];
  if (after?.lower !== 'that' || frame.cue + 1 >= ctx.openToken[si]) return;
  // (a that-clause closed by a colon is an indirect quote of its own, the quotation after it another)
  if (reportsOwnClause(ctx, frame, frame)) return;
  c.start = after.start;
  c.kind = 'mixed';
}

/** The fewest words before a parenthetical frame that make a lead-in of the quotation after it. */
const MIN_LEAD_IN_WORDS = 1;

/**
 * "The streets were deserted, he added, ''but people need to connect somehow.''", "In other words,
 * he said, ''the era of Silicon Valley exceptionalism is over.''": a quotation going on in lower case
 * after a frame set off by commas finishes the sentence the words before the frame began; the quote
 * runs from that sentence's start (a mixed quote in two pieces, its frame between them, as in "X, he
 * said, is …"). Not where the words before hold a quotation or a cue of their own.
 */
function openWithLeadIn(ctx: QuoteContext, frame: Frame, si: number, c: Candidate): void {
  const toks = ctx.doc.tokens;
  const p = frame.speaker;
  if (!p || c.kind !== 'direct' || !/^\p{Ll}/u.test(firstChar(ctx, ctx.spans[si]))) return;
  // the frame is the speaker, the cue and the comma before the quotation
  if (p.first >= frame.cue || toks[frame.end]?.text !== ',' || frame.end !== frame.cue + 1) return;
  // ("… interviewed by the BBC, which says, "he is protesting …"": a relative clause's quotation is
  // the relative's, and the words before the comma are no part of it)
  if (RELATIVE_WORDS.has(toks[p.first].lower)) return;
  const comma = p.first - 1;
  const s = ctx.sentenceAt(frame.cue);
  if (!s || comma <= s.firstToken || toks[comma].text !== ',') return;
  // ("in keeping with Vatican protocol and also, Sanders said, "to make clear …"": the quotation
  // goes on the writer's own coordination)
  if (LEAD_IN_CONTINUERS.has(toks[comma - 1].lower)) return;
  // (the clause the words open: past ", and" or a semicolon before them)
  let first = s.firstToken;
  for (let j = comma - 1; j > s.firstToken; j--) {
    if (toks[j].text === ';' || (toks[j].pos === 'CCONJ' && toks[j - 1].text === ',')) {
      first = j + 1;
      break;
    }
  }
  while (first < comma && (toks[first].pos === 'PUNCT' || isBreak(toks[first]))) first++;
  let words = 0;
  for (let j = first; j < comma; j++) {
    if (ctx.inSpan[j] >= 0 || ctx.cueClass(j) === 'speech' || isBreak(toks[j])) return;
    if (isWord(toks[j])) words++;
  }
  if (words < MIN_LEAD_IN_WORDS) return;
  // ("Margaret Beckett, the U.K.'s Foreign Secretary said, "…"": a name alone is the speaker's own)
  if (toks.slice(first, comma).every((t) => t.pos === 'PROPN' || t.pos === 'PUNCT')) return;
  // the words before the frame and the quotation are the quote's pieces (the frame lies between)
  c.parts = [
    { start: toks[first].start, end: toks[comma - 1].end },
    { start: c.start, end: c.end },
  ];
  c.start = toks[first].start;
  c.kind = 'mixed';
}

/** Words that end a lead-in the writer's own clause goes on through ("… and also, Sanders said, "…""). */
const LEAD_IN_CONTINUERS = new Set(['also', 'and', 'or', 'but']);

/**
 * Whether quotation si lies inside the attribution's own sentence ("Sanders said during an interview
 * on CNN's “State of the Union” Sunday.", "… after hinting that “personnel changes” could come."):
 * a title or phrase the narrative quotes, which the next piece of the quotation steps over.
 */
function inFrameSentence(ctx: QuoteContext, frame: Frame, si: number): boolean {
  return ctx.sentenceAt(ctx.openToken[si]) === ctx.sentenceAt(frame.cue);
}

/**
 * Whether quotation si follows ", and" or ", but" that coordinates it with the piece before the attribution
 * ("“This deal must come with vigorous enforcement,” she said, and “clear consequences …”").
 */
function resumesAfterConjunction(ctx: QuoteContext, si: number): boolean {
  const toks = ctx.doc.tokens;
  const conj = toks[ctx.openToken[si] - 1];
  // the comma closes the attribution; without it the words are the narrative's ("politicians and “rebellious” people")
  return (
    conj !== undefined &&
    conj.pos === 'CCONJ' &&
    (conj.lower === 'and' || conj.lower === 'but') &&
    toks[ctx.openToken[si] - 2]?.text === ','
  );
}

/** Relative words that open a clause of their own after a comma (", whose “…”"). */
const CLAUSE_RELATIVES = new Set(['whose', 'which', 'who']);

/**
 * The first token of the clause holding a quoted fragment that opens at token `open`: after the last
 * semicolon before it, at a relative after a comma ("…, whose “thefts and disclosures …,”"), or after
 * a comma and a conjunction that opens a clause ("…, and the foreign policy group is less likely to
 * be “overrun …,”"); else the sentence's first token.
 */
function fragmentClauseStart(ctx: QuoteContext, s: Sentence, open: number): number {
  const toks = ctx.doc.tokens;
  for (let j = open - 1; j > s.firstToken; j--) {
    if (ctx.inSpan[j] >= 0) continue;
    if (toks[j].text === ';') return j + 1;
    if (toks[j].text !== ',') continue;
    const next = toks[j + 1];
    if (CLAUSE_RELATIVES.has(next.lower)) return j + 1;
    if (next.pos === 'CCONJ' && j + 2 < open && clauseAt(ctx, j + 2, open + 1)) return j + 2;
  }
  return s.firstToken;
}

/**
 * Whether a head frame's cue governs a content clause of its own before the colon ("Trump asserted that
 * France had lost its identity: “…”"): the clause is an indirect quote, so the cue is left to the
 * indirect pass, though the quotation after the colon is still credited through the frame.
 */
function reportsOwnClause(ctx: QuoteContext, head: Frame | null, frame: Frame): boolean {
  if (head !== frame || !head) return false;
  const toks = ctx.doc.tokens;
  if (toks[head.end]?.text !== ':') return false;
  let a = head.cue + 1;
  while (a < head.end && toks[a].pos === 'ADV') a++;
  // (a bare clause too: "… but said Trump's son was acting out of worry: “It's pretty rattling …”")
  return ownClauseBeforeColon(ctx, a, head.end);
}

/**
 * Whether a tail frame's cue accuses an object of its own: "Bemoaning the "phony system," Trump accused
 * Holt of being a Democrat", "In failing to "distinguish between …", the UN accused the Sudanese
 * military of violating …". The quotation is the speaker's words, and the accusation after the cue is a
 * quote of its own: the cue stays free for the indirect reading.
 */
function accusesObject(ctx: QuoteContext, tail: Frame | null): boolean {
  const toks = ctx.doc.tokens;
  return !!tail && ACCUSING.has(toks[tail.cue].lemma) && !!toks[tail.cue + 1] && npToken(toks[tail.cue + 1]);
}

export function findDirectQuotes(ctx: QuoteContext): void {
  blockQuotes(ctx);
  runOnBlockQuotes(ctx);
  const spans = ctx.spans;
  let previous: Candidate | null = null;
  for (let si = 0; si < spans.length; si++) {
    if (ctx.taken.has(si)) continue;
    const sp = spans[si];
    // (only where the paragraph before ended in a quote that candidate holds: after an opening paragraph
    // no frame credited, "“They’re sitting abroad …\n\nThis behavior will harm you …,” Mr Rahman
    // warned" is the judge's, not the last speaker's)
    const held = si === 0 || !spans[si - 1].continues || (previous !== null && previous.end >= spans[si - 1].end);
    if (sp.continuation && previous && previous.end < sp.start && held) {
      ctx.taken.add(si);
      const c = quoteCandidate({
        kind: 'direct',
        start: sp.start,
        end: sp.end,
        cue: null,
        speaker: null,
        inheritFrom: previous,
        rule: 'paragraph-continuation',
        speakerRule: 'continued-quote',
      });
      ctx.candidates.push(c);
      previous = c;
      continue;
    }
    const tail = tailFrame(ctx, si);
    const head = tail ? null : headFrame(ctx, si);
    const frame = tail ?? head;
    if (!frame) continue;
    // after "she stated," or "said:" a capitalised quote is a sentence of its own
    // so is any quote right after "he added," (the comma follows the cue itself)
    // "… but added, “I strongly support Paul Ryan …,” Pence said": a cue and comma before a
    // capitalised quotation make it a sentence of its own though a tail names the speaker
    const leadIn = tail && opensCapitalised(ctx, sp) ? headFrame(ctx, si) : null;
    const alone =
      standsAlone(ctx, si) ||
      (leadIn !== null && leadIn.end === leadIn.cue + 1 && ctx.doc.tokens[leadIn.end].text === ',') ||
      (head !== null && opensCapitalised(ctx, sp)) ||
      (head !== null && head.end === head.cue + 1 && ctx.doc.tokens[head.end].text === ',');
    if (!alone && !tail) continue; // he said that "…" fragments belong to the indirect pass
    ctx.taken.add(si);
    if (!reportsOwnClause(ctx, head ?? leadIn, frame) && !accusesObject(ctx, tail)) ctx.usedCue.add(frame.cue);
    if (leadIn && !reportsOwnClause(ctx, leadIn, leadIn)) ctx.usedCue.add(leadIn.cue);
    const c = quoteCandidate({
      kind: alone ? 'direct' : 'mixed',
      start: sp.start,
      end: sp.end,
      cue: cueSpan(ctx, frame),
      speaker: frame.speaker,
      rule: tail ? 'quote-then-cue' : 'cue-then-quote',
      speakerRule: frame.speakerRule,
    });
    if (!alone && !setOffByDash(ctx, si)) {
      // a fragment before its cue: the content runs from the start of its clause
      const sent = ctx.sentenceAt(ctx.openToken[si]);
      if (sent && sent.start < c.start)
        c.start = ctx.doc.tokens[fragmentClauseStart(ctx, sent, ctx.openToken[si])].start;
    }
    if (!tail) runOnToSentenceEnd(ctx, si, c);
    if (head && !tail) openWithClause(ctx, head, si, c);
    if (head && !tail) openWithLeadIn(ctx, head, si, c);
    // split quote: "…," he said, "…" — the next piece right after the attribution joins this quote
    if (tail) {
      const parts: Span[] = [{ start: sp.start, end: sp.end }];
      let last = si;
      let frameEnd = frame.end;
      while (last + 1 < spans.length) {
        const nx = spans[last + 1];
        // a short title inside the attribution ("said Cuban, host of "Shark Tank."") is stepped over
        if (
          !nx.continuation &&
          ctx.paragraphOf(nx.open) === ctx.paragraphOf(sp.close) &&
          !standsAlone(ctx, last + 1) &&
          ((words(ctx, nx) < MIN_FLOATING_WORDS && opensCapitalised(ctx, nx)) ||
            inFrameSentence(ctx, frame, last + 1)) &&
          last + 2 < spans.length
        ) {
          const after = spans[last + 2];
          if (ctx.paragraphOf(after.open) === ctx.paragraphOf(sp.close) && standsAlone(ctx, last + 2)) {
            last++;
            continue;
          }
        }
        const gapTokens = ctx.openToken[last + 1] - frameEnd;
        if (nx.continuation || ctx.paragraphOf(nx.open) !== ctx.paragraphOf(sp.close) || gapTokens > MAX_SPLIT_GAP)
          break;
        if (
          !standsAlone(ctx, last + 1) &&
          !/^[\p{Ll}]/u.test(firstChar(ctx, nx)) &&
          !(leadIn === null && resumesAfterComma(ctx, frame, last + 1))
        )
          break;
        // a quoted word a phrase of the narrative governs ("using a profane word instead of “guy.”")
        // is no piece of the quotation: a piece follows punctuation
        const beforeOpen = ctx.doc.tokens[ctx.openToken[last + 1] - 1];
        if (
          beforeOpen &&
          isWord(beforeOpen) &&
          !beforeOpen.text.endsWith('.') &&
          !resumesAfterConjunction(ctx, last + 1)
        )
          break;
        // a piece with an attribution of its own ("…,” Moore said. “…” added Clyburn) is another quote
        if (tailFrame(ctx, last + 1)) break;
        // so is one a cue of its own introduces ("…,” Cruz said, adding: “…”; "… the heckler yelled: “…”")
        {
          const intro = headFrame(ctx, last + 1);
          if (intro && intro.cue !== frame.cue) break;
        }
        // another speech verb between the pieces may bring another speaker, unless it sits in the
        // attribution's own sentence and the next piece opens the next sentence: "…," Clinton
        // said, with a passion that suggested the question was out of line. "…"
        const frameSentence = ctx.doc.tokens[frame.cue].sentence;
        const nextOpensSentence = standsAlone(ctx, last + 1);
        let otherCue = false;
        for (let j = frameEnd; j < ctx.openToken[last + 1]; j++)
          if (ctx.cueClass(j) === 'speech' && !(nextOpensSentence && ctx.doc.tokens[j].sentence === frameSentence))
            otherCue = true;
        if (otherCue) break;
        parts.push({ start: nx.start, end: nx.end });
        ctx.taken.add(last + 1);
        last++;
        c.end = nx.end;
        const more = tailFrame(ctx, last);
        if (!more || more.speaker) break;
        frameEnd = more.end;
      }
      if (last + 1 < spans.length && resumesNextParagraph(ctx, frame, last, last + 1)) {
        parts.push({ start: spans[last + 1].start, end: spans[last + 1].end });
        ctx.taken.add(last + 1);
        last++;
        c.end = spans[last].end;
      }
      if (parts.length > 1) c.parts = parts;
      si = last;
    }
    ctx.candidates.push(c);
    previous = c;
  }
}
