// The attribution right after a closing mark (tailFrame): "…," Sullivan said / said Sullivan / he
// added; none after a programme's title, a verb's object or a cue that opens the next quotation. The
// Frame it returns and the quotation's first character (opensCapitalised) serve the other readers too.
import type { Token } from '../document.js';
import type { Span } from '../types.js';
import { isBreak, isSentenceEnd, isWord, type QuoteContext } from './context.js';
import {
  hyphenedModifierAt,
  verbTaggedNameWord,
  isPastParticiple,
  npToken,
  phrase,
  possessiveApostrophe,
  type Phrase,
} from './phrases.js';
import { isPlacePreposition } from './described-subject.js';
import { abbreviationDot, subjectBefore } from './subject-before.js';
import { possessedPhraseAfter } from './phrase-after.js';
import { quoteLexicon as lex } from './lexicon.js';

export interface Frame {
  cue: number;
  speaker: Phrase | null;
  speakerRule: string | null;
  /** Token index just past the frame. */
  end: number;
}

/** Tokens between a closing mark and its cue may only be a subject phrase (plus adverbs). */
const MAX_TAIL = 16;
/** The same, when a comma-set modifier follows the name (a participle phrase may be long). */
const MAX_TAIL_MODIFIED = 28;

export function tokenLimit(ctx: QuoteContext, offset: number): number {
  return ctx.doc.tokenIndexAt(offset);
}

/** Marks a quotation may open with before its first word: an ellipsis, an editor's bracket, an inner quote. */
const LEADING_MARKS = /^[\s.…[\]()'‘’"“”]*/u;

/**
 * The quotation's first character, past a leading ellipsis, bracket or inner quotation mark
 * ("". . . You're going to want …"", "“[But] it's not …”", ""'Where can we …?'"").
 */
export function firstChar(ctx: QuoteContext, span: Span): string {
  const head = ctx.doc.text.slice(span.start, Math.min(span.end, span.start + 16));
  const skip = LEADING_MARKS.exec(head)?.[0].length ?? 0;
  return skip < head.length ? head[skip] : ctx.doc.text[span.start];
}

/** Whether a quotation opens with a capital or a digit, as a sentence of its own does. */
export function opensCapitalised(ctx: QuoteContext, span: Span): boolean {
  return /^[\p{Lu}\p{N}]/u.test(firstChar(ctx, span));
}

/** Whether token j is a past participle right before a time that dates it ("released Friday", "issued on Monday"). */
function datedParticiple(ctx: QuoteContext, j: number): boolean {
  const toks = ctx.doc.tokens;
  if (!isPastParticiple(toks[j]) || j + 1 >= toks.length) return false;
  return ctx.timeAt(j + 1) || (toks[j + 1].pos === 'ADP' && j + 2 < toks.length && ctx.timeAt(j + 2));
}

/**
 * Whether tokens [k, first) are a noun phrase and a preposition: a determiner first, then modifiers
 * and a noun right before the preposition ("a narrator in", "a Democratic staffer in").
 */
function nounBeforePreposition(toks: readonly Token[], k: number, first: number): boolean {
  const prep = first - 1;
  if (prep - k < 2 || toks[prep].pos !== 'ADP' || toks[k].pos !== 'DET') return false;
  const head = toks[prep - 1];
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return false;
  for (let j = k + 1; j < prep; j++) if (!['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(toks[j].pos)) return false;
  return true;
}

/** The attribution right after a closing mark: "…," Sullivan said / said Sullivan / he added. */
export function tailFrame(ctx: QuoteContext, si: number): Frame | null {
  const sp = ctx.spans[si];
  if (sp.close < 0) return null;
  const toks = ctx.doc.tokens;
  // a quote closed by a full stop is a sentence of its own: what follows starts a new one
  // ("… is “ongoing.” He said …"); after ! or ? a lower-case word still attributes it
  const last = ctx.doc.text[sp.end - 1];
  const nextTok = toks[tokenLimit(ctx, sp.close + 1)];
  if (
    last === '.' ||
    ((last === '!' || last === '?') && nextTok && /^\p{Lu}/u.test(nextTok.text) && nextTok.pos === 'PRON')
  )
    return null;
  // "on Fox News Channel’s “Hannity,” Newt Gingrich said if …": a programme's title is no quotation
  if (programmeTitle(ctx, si)) return null;
  // "under what Mr. Hedge called ''the prior economy model,'' the club charged …": a quotation right
  // after a verb whose object it is belongs to that verb; the clause after it is no frame
  if (objectCueRightBefore(ctx, sp.open)) return null;
  // an attribution follows the punctuation that closes what was said ("…," he said / "…", he said);
  // a quotation that ends in a bare word names something ("the “1960s” comment", ""poison pill" measures
  // added by …") unless a name or an inverted cue and a name follow ("…further” Toomey fumed)
  if (
    sp.end > sp.start &&
    /[\p{L}\p{N}]/u.test(ctx.doc.text[sp.end - 1]) &&
    !/^[,\u2014\u2015\u2013-]/.test(nextTok?.text ?? '') &&
    !namedAfter(toks, tokenLimit(ctx, sp.close + 1))
  )
    return null;
  const para = ctx.paragraphBounds(sp.close);
  // a short quoted name inside the attribution ("Bill Eastland, wearing “Ted Cruz” pins, said") is passed over
  let n = si + 1;
  while (ctx.spans[n] && ctx.spans[n].open < para.end && quotedName(ctx, n)) n++;
  const next = ctx.spans[n];
  const limitOffset = next && next.open < para.end ? next.open : para.end;
  const hi = tokenLimit(ctx, limitOffset);
  let k = tokenLimit(ctx, sp.close + 1);
  // (a third apostrophe glued to a doubled closing mark closes the quotation inside it: "… 'Oh, white
  // union men won't vote for Obama,''' Steve Rosenthal … said")
  while (k < hi && /^['’]$/.test(toks[k].text) && toks[k].start === toks[k - 1]?.end && ctx.inSpan[k] < 0) k++;
  while (k < hi && toks[k].pos === 'PUNCT' && /^[,\u2014\u2015\u2013-]+$/.test(toks[k].text)) k++;
  // once a comma has set off a modifier of the name ("Bill Eastland, wearing a cowboy hat, said"),
  // any word may follow: the subject reader decides whether the name is the cue's subject
  let modifier = false;
  // (inside a relative clause set off by commas a verb of saying is the clause's: "“…,” a source,
  // who asked not to be named, said")
  let relative = false;
  /** The comma that opened the last such clause, or -1. */
  let relativeComma = -1;
  for (let j = k; j < hi && j - k <= MAX_TAIL_MODIFIED && (modifier || j - k <= MAX_TAIL); j++) {
    const t = toks[j];
    // (an abbreviation's full stop ends no sentence: "the A.F.L.-C.I.O. and …")
    if (isBreak(t) || (isSentenceEnd(t) && !abbreviationDot(toks, j))) return null;
    if (j > k + 1 && toks[j - 1].text === ',' && TAIL_RELATIVES.has(t.lower)) {
      relative = true;
      relativeComma = j - 1;
    } else if (relative && t.text === ',') relative = false;
    if (relative) continue;
    // "“…,” Read said.": a capitalised word the tagger made a verb of saying, right before one, is a name
    if (j === k && surnameBeforeCue(ctx, j, hi))
      return { cue: j + 1, speaker: phrase(ctx.doc, j, j + 1), speakerRule: 'cue-subject', end: j + 2 };
    if (ctx.cueClass(j) === 'speech' || (j > k && bareFrameVerb(ctx, j, hi))) {
      // "…," Trump said: "…": a cue before a colon introduces the next quotation, not the one before
      if (introducesNext(ctx, j, hi)) return null;
      // "“Why now?” Mills then writes back, “You look cute.”": a question or exclamation is complete,
      // so a cue that opens the next quotation belongs to that one
      if ((last === '!' || last === '?') && opensNextQuote(ctx, j, n)) return null;
      // (so does a cue right after the closing mark, its subject far before: "Perry, who wore a cape
      // bearing the words, “I’m with Madam President,” shouted, “In three days, …”")
      if (j === k && opensNextQuote(ctx, j, n)) return null;
      // "the hacker known as “Guccifer,” stated that he …": a cue with a that-clause of its own says
      // that clause; the quotation before it is a name in its subject, or, before a participle, part
      // of the clause before ("Maskey called the day “historic”, commenting that …": the clause's own
      // cue frames it, and the participle's content is the that-clause)
      if (thatClauseAfter(toks, j, hi)) return null;
      // "… there is still "more work to do," noting flagging economic conditions …": a participle
      // right after the quotation says something more; it neither inverts a subject nor frames the quotation
      if (j === k && /\p{Ll}ing$/u.test(toks[j].text)) return null;
      let subj = j > k ? subjectBefore(ctx.doc, j, k) : null;
      // (the subject before the relative clause, when the clause runs up to the cue)
      if ((!subj || subj.first !== k) && relativeComma > k && toks[j - 1].text === ',')
        subj = subjectBefore(ctx.doc, relativeComma, k);
      // ("…," the bespectacled, 71-year-old diplomat said: adjectives joined by a comma open the subject)
      if (subj && subj.first > k && adjectivesBefore(toks, k, subj.first)) subj = phrase(ctx.doc, k, subj.endToken);
      // ("…?” a narrator in the Clinton ad asks, "…?" a Democratic staffer in the room wondered: the
      // noun phrase after the quotation, with the place its preposition gives)
      if (subj && subj.first > k && nounBeforePreposition(toks, k, subj.first))
        subj = phrase(ctx.doc, k, subj.endToken);
      if (subj && subj.first === k) return { cue: j, speaker: subj, speakerRule: 'cue-subject', end: j + 1 };
      // ("…," the governor of Istanbul province, Muammer Güler said: a title set before the name, the
      // comma after the name left out)
      if (
        subj &&
        subj.headKind === 'name' &&
        subj.first > k + 1 &&
        toks[subj.first - 1].text === ',' &&
        titlePhrase(toks, k, subj.first - 1)
      )
        return { cue: j, speaker: subj, speakerRule: 'cue-subject', end: j + 1 };
      // ("…," shop owner Hayriye Evren, told Associated Press.: a stray comma between a name and its cue)
      if (!subj && j - 1 > k && toks[j - 1].text === ',') {
        const named = subjectBefore(ctx.doc, j - 1, k);
        if (named && named.first === k && named.endToken === j - 1 && named.headKind === 'name')
          return { cue: j, speaker: named, speakerRule: 'cue-subject', end: j + 1 };
      }
      // "“…,” Will Estrada, the chairman for …, said": a given name the tagger made a modal or a verb
      // opens the name
      if (subj && subj.first === k + 1 && misreadName(toks[k]))
        return { cue: j, speaker: phrase(ctx.doc, k, subj.endToken), speakerRule: 'cue-subject', end: j + 1 };
      if (j > k) return null; // words before the cue that are not its subject: not a frame
      let a = j + 1;
      while (a < hi && (toks[a].pos === 'ADV' || lex.subjectSkips.has(toks[a].lower))) a++;
      const inv = possessedPhraseAfter(ctx.doc, a, hi);
      return { cue: j, speaker: inv, speakerRule: inv ? 'cue-inverted' : null, end: inv ? inv.endToken : j + 1 };
    }
    if (t.text === ',' && j > k) modifier = true;
    if (modifier || possessiveApostrophe(toks, j)) continue;
    // "…," the order released Friday said: a participle its time dates belongs to the subject (after
    // a comma that hands the quotation on; "… eminent domain!" A campaign TV ad released Thursday
    // accuses …" is a sentence of its own)
    if (j > k && last === ',' && datedParticiple(ctx, j)) continue;
    // "…," a spokesperson for the Chinese embassy in Washington said: where the subject is
    // (or a phrase of where it stands: "…?" a Democratic staffer in the room wondered)
    if (j > k && isPlacePreposition(t.lower) && (toks[j + 1]?.pos === 'PROPN' || toks[j + 1]?.pos === 'DET')) continue;
    if (
      !(npToken(t) || t.pos === 'PRON' || t.pos === 'ADV' || t.pos === 'AUX' || t.text === ',') &&
      !hyphenedModifierAt(toks, j) &&
      !verbTaggedNameWord(toks, j)
    )
      return null;
  }
  return null;
}

/** Whether tokens [a, b) are a title's noun phrase: nouns, their modifiers, "of"/"for" and articles, no verb. */
function titlePhrase(toks: Token[], a: number, b: number): boolean {
  let noun = false;
  for (let i = a; i < b; i++) {
    const t = toks[i];
    if (t.pos === 'NOUN') noun = true;
    else if (!(npToken(t) || t.lower === 'of' || t.lower === 'for')) return false;
  }
  return noun;
}

/** Whether a verb whose object the quotation is stands right before the opening mark at `open` ("what X called “…”"). */
function objectCueRightBefore(ctx: QuoteContext, open: number): boolean {
  const k = ctx.doc.tokenIndexAt(open) - 1;
  const t = ctx.doc.tokens[k];
  if (!t || t.end > open || t.pos !== 'VERB' || !/^\p{Ll}/u.test(t.text)) return false;
  // (not a verb of saying: "Nothing the president said “will assuage …,” the senator said" frames it)
  return ctx.cueClass(k) === 'object';
}

/**
 * Whether the verb at j, after its subject, closes a frame with nothing after it though it is no verb
 * of saying: one whose object or thought the quotation is ("“Keep the B.C. carbon tax in place …,” it
 * recommended.") or "go on" ("“And it’s a bit concerning to me …,” she went on.").
 */
function bareFrameVerb(ctx: QuoteContext, j: number, hi: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[j];
  if (t.pos !== 'VERB' || !/^\p{Ll}/u.test(t.text) || ctx.inSpan[j] >= 0) return false;
  const goOn = t.lemma === 'go' && toks[j + 1]?.lower === 'on';
  const after = toks[goOn ? j + 2 : j + 1];
  if (after && j + (goOn ? 2 : 1) < hi && !/^[.,;!?]$/.test(after.text)) return false;
  if (goOn) return true;
  const cls = ctx.cueClass(j);
  return cls === 'object' || cls === 'cognition';
}

/**
 * Whether tokens [k, first) are an article and adjectives joined by commas before the noun phrase at
 * `first` ("the bespectacled, 71-year-old diplomat"): the comma is inside the subject, no apposition.
 */
function adjectivesBefore(toks: readonly Token[], k: number, first: number): boolean {
  if (toks[first - 1]?.text !== ',' || (toks[k].pos !== 'DET' && toks[k].pos !== 'PRON')) return false;
  for (let i = k + 1; i < first; i++) {
    const t = toks[i];
    const adjective = t.pos === 'ADJ' || (t.pos === 'VERB' && /ed$/.test(t.lower));
    if (!adjective && t.text !== ',') return false;
    if (t.text === ',' && !(toks[i - 1].pos === 'ADJ' || toks[i - 1].pos === 'VERB')) return false;
  }
  return first - k >= 3;
}

/** Relative pronouns that open a clause describing the speaker between a quotation and its cue. */
const TAIL_RELATIVES = new Set(['who', 'which', 'whose']);

/**
 * A capitalised word the tagger made a modal or a verb, where a quotation's frame has a name: a
 * given name before a surname ("Will Estrada", "Bill Clinton") or a surname ("Read said").
 */
const misreadName = (t: Token) => (t.pos === 'AUX' || t.pos === 'VERB') && /^\p{Lu}\p{Ll}+$/u.test(t.text);

/**
 * Whether token j, after a quotation's closing mark, is a name the tagger made a verb or a modal
 * ("Read", "Will") that is followed by a verb of saying in lower case: the speaker, not a cue.
 */
function surnameBeforeCue(ctx: QuoteContext, j: number, hi: number): boolean {
  const toks = ctx.doc.tokens;
  const cue = toks[j + 1];
  return (
    misreadName(toks[j]) &&
    j + 1 < hi &&
    cue.pos === 'VERB' &&
    /^\p{Ll}/u.test(cue.text) &&
    ctx.cueClass(j + 1) === 'speech'
  );
}

/** Whether "that" opening a clause follows the cue at j, past adverbs (stated that, noted recently that). */
function thatClauseAfter(toks: readonly Token[], j: number, hi: number): boolean {
  let a = j + 1;
  while (a < hi && toks[a].pos === 'ADV') a++;
  // (past the hearer of a verb that takes one: "told POLITICO that Gore plans …")
  if (lex.objectTakers.has(toks[j].lemma))
    for (let h = a; h < hi && h - a < MAX_HEARER; h++) {
      if (toks[h].lower === 'that') {
        a = h;
        break;
      }
      if (!(toks[h].pos === 'PROPN' || toks[h].pos === 'NOUN' || toks[h].pos === 'PRON')) break;
    }
  return a < hi && toks[a].lower === 'that' && toks[a].pos === 'SCONJ';
}

/** The most words of a hearer between a verb of telling and its "that" ("told Fox News Channel that"). */
const MAX_HEARER = 4;

/** Words a title may hold in lower case (“Face the Nation”, “Meet the Press”). */
export const TITLE_LINKS = new Set(['the', 'of', 'and', 'a', 'on', 'in', 'with', 'for', 'to']);
const MAX_TITLE_WORDS = 5;

/**
 * Whether quotation si is the title of a programme or publication after its owner's possessive or
 * "on"/"of" (MSNBC’s “Morning Joe,”, on “Hannity,”, host of “Shark Tank,”): a short run of capitalised
 * words with no sentence punctuation of its own.
 */
function programmeTitle(ctx: QuoteContext, si: number): boolean {
  const sp = ctx.spans[si];
  const toks = ctx.doc.tokens;
  const open = ctx.openToken[si];
  const before = toks[open - 1];
  if (!before || !(/^['’]s$/.test(before.lower) || /^(on|of)$/.test(before.lower))) return false;
  const inner = ctx.doc.tokensIn(sp).filter(isWord);
  if (inner.length === 0 || inner.length > MAX_TITLE_WORDS) return false;
  if (
    !/^\p{Lu}/u.test(inner[0].text) ||
    !inner.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text) || TITLE_LINKS.has(t.lower))
  )
    return false;
  return !/[.!?]/.test(ctx.doc.text.slice(sp.start, sp.end));
}

/** Whether token k opens with a capital (a name or pronoun), or is a verb with one after it ("added Rep. Clyburn"). */
function namedAfter(toks: readonly Token[], k: number): boolean {
  const capital = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text);
  return capital(toks[k]) || (toks[k]?.pos === 'VERB' && capital(toks[k + 1]));
}

/** The most words of a quoted name that an attribution may hold. */
const MAX_QUOTED_NAME = 4;

/** Whether span n is a short quoted name in capitals with more words after it ("Ted Cruz" campaign pins). */
function quotedName(ctx: QuoteContext, n: number): boolean {
  const sp = ctx.spans[n];
  if (sp.close < 0) return false;
  const toks = ctx.doc.tokensIn(sp).filter(isWord);
  if (toks.length === 0 || toks.length > MAX_QUOTED_NAME || !toks.every((t) => /^\p{Lu}/u.test(t.text))) return false;
  const after = ctx.doc.tokens[tokenLimit(ctx, sp.close + 1)];
  return after !== undefined && isWord(after) && /^\p{Ll}/u.test(after.text);
}

/** Whether the cue at j is followed, after a comma or colon, by quotation n opening a sentence. */
function opensNextQuote(ctx: QuoteContext, j: number, n: number): boolean {
  const toks = ctx.doc.tokens;
  const next = ctx.spans[n];
  if (!next) return false;
  let c = j + 1;
  while (c < ctx.openToken[n] && (toks[c].pos === 'ADV' || toks[c].pos === 'ADP' || toks[c].pos === 'PART')) c++;
  return (toks[c]?.text === ',' || toks[c]?.text === ':') && c + 1 === ctx.openToken[n] && opensCapitalised(ctx, next);
}

/** Whether the cue at j ends in a colon that opens a quotation: "Trump said: “…”". */
function introducesNext(ctx: QuoteContext, j: number, hi: number): boolean {
  const toks = ctx.doc.tokens;
  let c = j + 1;
  while (c < hi && toks[c].pos === 'ADV') c++;
  return toks[c]?.text === ':';
}
