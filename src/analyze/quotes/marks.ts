// Quotation marks → quoted spans, robust to news typography: straight, curly and angled marks,
// apostrophes, marks glued to the wrong word, odd counts and multi-paragraph quotes. One linear scan.
import type { ArticleDocument } from '../document.js';
import type { Span } from '../types.js';

export interface QuotedSpan extends Span {
  /** Offset of the opening mark, and of the closing mark (-1 when the quote was never closed). */
  open: number;
  close: number;
  /** The quote is an opening-only paragraph of a quote that continues into the next paragraph. */
  continues: boolean;
  /** The quote opens a paragraph that continues the previous paragraph's quote. */
  continuation: boolean;
  single: boolean;
}

const OPENING_DOUBLE = new Set(['“', '„', '«', '‟', '〝']);
const CLOSING_DOUBLE = new Set(['”', '»', '〞', '〟']);
const AMBIGUOUS_DOUBLE = new Set(['"', '＂']);
const OPENING_SINGLE = new Set(['‘', '‚', '‹', '‛']);
const CLOSING_SINGLE = new Set(['’', '›']);
const AMBIGUOUS_SINGLE = new Set(["'"]);

/** Longest single-quoted span we believe is a quotation rather than two apostrophes. */
const MAX_SINGLE = 300;

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters that may follow a closing mark: space, punctuation, dashes, brackets. */
const isAfterClose = (c: string | undefined) => c === undefined || /[\s.,;:!?)\]}\u2014\u2015\u2013-]/.test(c);
/** Whether punctuation that ends a clause or a sentence follows offset i (not an ellipsis: "“...they aim", "". . . You're"). */
const clausePunctuationAfter = (text: string, i: number) =>
  /[.,;:!?]/.test(text[i + 1] ?? '') && !/^(?:\.\.\.|\. \.)/.test(text.slice(i + 1, i + 4));
/** Characters that may precede an opening mark. */
const isBeforeOpen = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2015\u2013/-]/.test(c);

interface Open {
  at: number;
  continuation: boolean;
  /** How many round brackets were open around the mark: the quote ends with the one it opened in. */
  depth: number;
  /**
   * Length of the opening mark: 2 for the doubled apostrophes or backticks of NYT-style text. (Always
   * set: marks with and without it had two hidden classes, and emit was compiled again for the second.)
   */
  len: number;
}

/** Two apostrophes ('') or backticks (``) stand for a double quotation mark in some wire text. */
export const isDoubledMark = (text: string, i: number) =>
  (text[i] === "'" && text[i + 1] === "'") || (text[i] === '`' && text[i + 1] === '`');

/** Whether text[from, to) is all white space, read backwards (it stops at the first other character). */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let j = to - 1; j >= from; j--) if (!isSpace(text[j])) return false;
  return true;
}

/** Every character the scan acts on: a newline, a round bracket or any quotation mark, apostrophe or backtick. */
const MARK_OR_NEWLINE = /[\n()"＂“”„‟«»〝〞〟‘’‚‛‹›'`]/g;

/** Longest run of unmarked paragraphs (in characters) read as the rest of a quote a lone closing mark ends. */
const MAX_UNMARKED_RUN = 1500;
/** A first- or second-person word: the words of a speaker, not of the reporter. */
const SPEAKERS_WORD = /(?:^|[^\p{L}])(?:I|[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our|[Mm]y|me)(?![\p{L}])/u;

/**
 * Whether unmarked text before a lone closing mark reads as the rest of a quotation rather than a
 * credit line ("Amy Pope, deputy homeland security advisor.”): it goes on a sentence in lower case,
 * holds a speaker's own I/we/you, runs over more than one sentence, or is long.
 */
function readsAsQuotedText(run: string): boolean {
  const t = run.trim();
  if (/^\p{Ll}/u.test(t) || SPEAKERS_WORD.test(t)) return true;
  if (/[.!?]["”’]?\s+["“‘]?\p{Lu}/u.test(t)) return true;
  return t.split(/\s+/).length > 20;
}

/**
 * Whether an opening glyph set where a closing mark belongs closes the open quotation: right after
 * the quoted words' punctuation, then a space and a frame in lower case ("“Apparently not,“ he said.").
 * Before a capital it opens the next one instead, though misplaced ("… ammunition.“ We will …").
 */
function openingGlyphCloses(text: string, i: number, contextOpen: boolean, contextClose: boolean): boolean {
  if (contextOpen || !contextClose || !/[,.!?]/.test(text[i - 1] ?? '')) return false;
  let j = i + 1;
  while (j < text.length && text[j] === ' ') j++;
  return /\p{Ll}/u.test(text[j] ?? '');
}

/** Each article's quotations, found once: the entity layer's descriptions and the quote layer both read them. */
const spansOf = new WeakMap<ArticleDocument, QuotedSpan[]>();

/** The article's quotations (findQuotedSpans over its text), scanned once per document. */
export function quotedSpansOf(doc: ArticleDocument): QuotedSpan[] {
  let spans = spansOf.get(doc);
  if (!spans) spansOf.set(doc, (spans = findQuotedSpans(doc.text)));
  return spans;
}

export function findQuotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let double: Open | null = null;
  let single: Open | null = null;
  let pendingContinuation = false;
  /** Start of the current paragraph: a continuation mark must open it. */
  let paragraphStart = 0;
  /**
   * Start of the paragraphs after one whose quote was never closed, while no double mark has come
   * since (-1 otherwise): a lone closing mark there ends the same quotation, set over paragraphs
   * without the opening mark each should have had.
   */
  let unmarkedFrom = -1;
  /** Round brackets open in the current paragraph. */
  let depth = 0;

  const emit = (o: Open, close: number, end: number, isSingle: boolean, continues: boolean) => {
    let start = o.at + o.len;
    let e = end;
    while (start < e && isSpace(text[start])) start++;
    while (e > start && isSpace(text[e - 1])) e--;
    if (e > start) {
      out.push({ start, end: e, open: o.at, close, continues, continuation: o.continuation, single: isSingle });
    }
  };

  // only newlines and marks matter: jump from one to the next instead of testing every character
  const nextMark = (from: number): number => {
    MARK_OR_NEWLINE.lastIndex = from;
    return MARK_OR_NEWLINE.exec(text)?.index ?? text.length;
  };
  for (let i = nextMark(0); i < text.length; i = nextMark(i + 1)) {
    const c = text[i];
    if (c === '(') {
      depth++;
      continue;
    }
    if (c === ')') {
      // a quotation opened inside brackets ends with them, closed or not ("(Forbes says it tracks
      // … ''family fortunes.'.')": the stray closing left it open over the next paragraphs)
      if (double && double.depth >= depth && depth > 0) {
        emit(double, -1, i, false, false);
        double = null;
      }
      if (single && single.depth >= depth && depth > 0) single = null;
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (c === '\n') {
      depth = 0;
      // An unclosed quote never runs past its paragraph: it ends here, and continues if the next
      // paragraph opens with a quotation mark (the multi-paragraph convention).
      if (double) {
        emit(double, -1, i, false, true);
        double = null;
        pendingContinuation = true;
        unmarkedFrom = i + 1;
      }
      single = null;
      paragraphStart = i + 1;
      continue;
    }
    const prev = i > 0 ? text[i - 1] : undefined;
    if (isDoubledMark(text, i)) {
      // '' … '' : context decides, as for straight double marks; the mark's offsets are its ends
      const after = text[i + 2];
      const contextOpen = isBeforeOpen(prev) && !isSpace(after);
      const contextClose = !isSpace(prev) && isAfterClose(after);
      if (double && (contextClose || !contextOpen)) {
        emit(double, i + 1, i, false, false);
        double = null;
      } else if (!double && contextOpen) {
        const onlySpaceBefore = onlySpaceBetween(text, paragraphStart, i);
        double = { at: i, continuation: pendingContinuation && onlySpaceBefore, len: 2, depth };
        single = null;
      } else if (double && contextOpen) {
        emit(double, -1, i, false, false);
        double = { at: i, continuation: false, len: 2, depth };
      }
      pendingContinuation = false;
      unmarkedFrom = -1;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (OPENING_DOUBLE.has(c) || CLOSING_DOUBLE.has(c) || AMBIGUOUS_DOUBLE.has(c)) {
      // (a mark before a comma or a full stop opens nothing: "… international terrorism ”. Prime …")
      const contextOpen = isBeforeOpen(prev) && !isSpace(next) && !clausePunctuationAfter(text, i);
      const contextClose = !isSpace(prev) && isAfterClose(next);
      // The glyph decides where it is unambiguous; context decides for straight marks and for
      // texts that use one curly glyph for both ends.
      const canOpen = OPENING_DOUBLE.has(c)
        ? next !== undefined
        : contextOpen || (!contextClose && !isSpace(next) && !clausePunctuationAfter(text, i));
      const canClose = CLOSING_DOUBLE.has(c)
        ? !contextOpen || !isSpace(prev)
        : AMBIGUOUS_DOUBLE.has(c)
          ? !contextOpen || contextClose
          : openingGlyphCloses(text, i, contextOpen, contextClose);
      if (double) {
        if (canClose) {
          emit(double, i, i, false, false);
          double = null;
        } else if (canOpen) {
          // a second opening mark in the same paragraph: the first was never closed
          emit(double, -1, i, false, false);
          double = { at: i, continuation: false, len: 1, depth };
        }
      } else if (canOpen) {
        const onlySpaceBefore = onlySpaceBetween(text, paragraphStart, i);
        double = { at: i, continuation: pendingContinuation && onlySpaceBefore, len: 1, depth };
        single = null;
      } else if (
        unmarkedFrom >= 0 &&
        i - unmarkedFrom <= MAX_UNMARKED_RUN &&
        readsAsQuotedText(text.slice(unmarkedFrom, i))
      ) {
        // the quotation's last paragraphs, set without opening marks: they continue it to this mark
        emit({ at: unmarkedFrom, continuation: true, len: 0, depth: 0 }, i, i, false, false);
      }
      pendingContinuation = false;
      unmarkedFrom = -1;
      continue;
    }
    if (double) continue; // single marks inside a double quote are nested quotes or apostrophes
    if (OPENING_SINGLE.has(c) || CLOSING_SINGLE.has(c) || AMBIGUOUS_SINGLE.has(c)) {
      // an apostrophe sits between letters (don't, O'Malley): never a quotation mark
      if (isWordChar(prev) && isWordChar(next)) continue;
      const canOpen = !CLOSING_SINGLE.has(c) && isBeforeOpen(prev) && isWordChar(next);
      const canClose = !OPENING_SINGLE.has(c) && !isSpace(prev) && isAfterClose(next);
      if (single && canClose) {
        if (i - single.at <= MAX_SINGLE) emit(single, i, i, true, false);
        single = null;
      } else if (canOpen) {
        single = { at: i, continuation: false, len: 1, depth };
      }
    }
  }
  if (double) emit(double, -1, text.length, false, false);
  return out;
}
