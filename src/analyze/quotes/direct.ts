// Direct quotes: quoted spans with their attribution frame after them ("…," he said), before them
// (he said: "…"; According to X, "…"), split quotes joined into one, multi-paragraph and floating
// quotes, and unmarked block quotes after a colon.
import type { Sentence, Token } from '../document.js';
import type { Span } from '../types.js';
import {
  DOCUMENT_NOUNS,
  POSSESSIVES,
  isBreak,
  isSentenceEnd,
  isWord,
  quoteCandidate,
  type Candidate,
  type QuoteContext,
} from './context.js';
import {
  hyphenedModifierAt,
  verbTaggedNameWord,
  insideWord,
  isPastParticiple,
  npToken,
  phrase,
  possessiveApostrophe,
  type Phrase,
} from './phrases.js';
import { isPlacePreposition } from './described-subject.js';
import { abbreviationDot, isDash, isIndefiniteSpeaker, subjectBefore } from './subject-before.js';
import { nameInApposition, phraseAfter, possessedPhraseAfter } from './phrase-after.js';
import { quoteLexicon as lex } from './lexicon.js';
import { lexiconSets as entityLexicon } from '../entities/lexicon.js';
import { clauseAt } from './clause.js';
import { documentAuthor } from './according-to.js';
import { mainSubject } from './main-subject.js';
import { ownClauseBeforeColon } from './content-end.js';
import { saidBySubjectAfterObject } from './participle-speaker.js';
import type { QuotedSpan } from './marks.js';
import { attributionAfter, epigraphCredit } from './speaker-floating.js';

interface Frame {
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
/** Tokens between a cue and the colon or comma before a quote (told reporters at the White House:). */
const MAX_HEAD_GAP = 8;
/** How far back a cue may stand before the comma when only adjuncts come between (see adjunctsBefore). */
const MAX_HEAD_ADJUNCT_GAP = 20;
const MAX_COLON_GAP = 24;
/** Tokens an attribution may run between the two pieces of a split quote. */
const MAX_SPLIT_GAP = 40;
/** Quoted fragments shorter than this, with no attribution, are scare quotes. */
const MIN_FLOATING_WORDS = 4;
/** How many lines back (blank lines between paragraphs count) a floating quote finds its speaker. */
const FLOATING_LINES = 4;

function tokenLimit(ctx: QuoteContext, offset: number): number {
  return ctx.doc.tokenIndexAt(offset);
}

/** Marks a quotation may open with before its first word: an ellipsis, an editor's bracket, an inner quote. */
const LEADING_MARKS = /^[\s.…[\]()'‘’"“”]*/u;

/**
 * The quotation's first character, past a leading ellipsis, bracket or inner quotation mark
 * ("". . . You're going to want …"", "“[But] it's not …”", ""'Where can we …?'"").
 */
function firstChar(ctx: QuoteContext, span: Span): string {
  const head = ctx.doc.text.slice(span.start, Math.min(span.end, span.start + 16));
  const skip = LEADING_MARKS.exec(head)?.[0].length ?? 0;
  return skip < head.length ? head[skip] : ctx.doc.text[span.start];
}

/** Whether a quotation opens with a capital or a digit, as a sentence of its own does. */
function opensCapitalised(ctx: QuoteContext, span: Span): boolean {
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
function tailFrame(ctx: QuoteContext, si: number): Frame | null {
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
const TITLE_LINKS = new Set(['the', 'of', 'and', 'a', 'on', 'in', 'with', 'for', 'to']);
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

/** The attribution before an opening mark, ending in a colon or comma: she stated, "…" / According to X, "…". */
function headFrame(ctx: QuoteContext, si: number): Frame | null {
  const toks = ctx.doc.tokens;
  const m = ctx.openToken[si];
  let e = m - 1;
  let crossedParagraph = false;
  while (e >= 0 && isBreak(toks[e])) {
    e--;
    crossedParagraph = true;
  }
  if (e < 0) return null;
  // ("Kiley also said; "There is …"": a semicolon set where a colon belongs; "the Dalai Lama … said
  // "What we demand …"", "Barrot said of the ban "Once more, …"": a sentence quoted with no mark before it)
  const semicolon = !crossedParagraph && toks[e].text === ';';
  const bare = !crossedParagraph && isWord(toks[e]) && quotedSentence(ctx, si);
  if (!(toks[e].text === ':' || (!crossedParagraph && toks[e].text === ',') || semicolon || bare)) return null;
  const prev = ctx.spans[si - 1];
  const lo = Math.max(
    ctx.sentenceAt(e)?.firstToken ?? 0,
    prev && prev.close >= 0 ? tokenLimit(ctx, prev.close + 1) : 0,
  );
  // a colon may close a long attribution (said Trump's son was acting out of worry:)
  const gap = toks[e].text === ':' ? MAX_COLON_GAP : semicolon || bare ? MAX_HEAD_GAP : MAX_HEAD_ADJUNCT_GAP;
  // (with no mark, the cue may stand right before the quotation: the frame ends at its opening mark)
  if (bare) e = m;
  for (let c = e - 1; c >= lo && e - c <= gap; c--) {
    if (ctx.usedCue.has(c)) return null;
    // past the usual gap only adjuncts may stand between the cue and a quotation opening a sentence
    // ("she announced on her Facebook page, in all capital letters, "I'm getting off …"")
    // (read from each c: words inside a time clause fail where the clause's opening passes)
    if (toks[e].text === ',' && e - c > MAX_HEAD_GAP && !adjunctsBefore(ctx, si, c, e)) continue;
    // (and only adjuncts after a cue no mark closes: "said of the ban", "said in a critical statement")
    if (bare && c < e - 1 && !adjunctsBefore(ctx, si, c, e, false)) break;
    if (ctx.isAccordingTo(c)) {
      const found = phraseAfter(ctx.doc, c + 2, e);
      // ("According to a statement by the ministry, “…”": the ministry)
      const src = found ? (documentAuthor(ctx, found, e) ?? found) : null;
      return { cue: c, speaker: src, speakerRule: src ? 'according-to' : null, end: e };
    }
    // "Mr. Smith shot back: “…”", "fired back", "hit back": the verb before "back" is the cue
    const comeback = toks[c].lower === 'back' && c - 1 >= lo && COMEBACK_VERBS.test(toks[c - 1].lower);
    if (comeback) c--;
    if (comeback || ctx.cueClass(c) === 'speech') {
      // (a participle with no mark before its quotation is the indirect quotes' to read: its
      // speaker is its clause's subject or the medium's issuer, "… and stopped soon adding "…"";
      // nor a passive's: "the doctor was advised to "Keep in mind …"" names who was told)
      if ((semicolon || bare) && (/ing$/.test(toks[c].lower) || toks[c - 1]?.lemma === 'be')) return null;
      const subj = subjectBefore(ctx.doc, c, lo);
      // ("He cited family and personal issues as reasons for his resignation stating that, “…”")
      const clause = subj && saidBySubjectAfterObject(ctx, lo, c) ? ctx.sentenceAt(c) : null;
      const clauseSubject = clause ? mainSubject(ctx, clause, c) : null;
      if (clauseSubject) return { cue: c, speaker: clauseSubject, speakerRule: 'main-subject', end: e };
      if (subj) return { cue: c, speaker: subj, speakerRule: 'cue-subject', end: e };
      // after a participle or a verb taking a hearer the phrase is who was told, not who spoke
      // ("…, telling one aide: “…”", "suggesting a few questions, including, “…”")
      const after = hearerAfter(ctx, c) ? null : phraseAfter(ctx.doc, c + 1, e);
      const inv = after ? nameInApposition(ctx.doc, after, e) : null;
      if (inv && !clauseAfterPhrase(ctx, inv, e)) return { cue: c, speaker: inv, speakerRule: 'cue-inverted', end: e };
      // Huckabee, a former governor, then tweeted: "…" — the sentence's subject
      const s = ctx.sentenceAt(c);
      const main = s ? mainSubject(ctx, s, c + 1) : null;
      if (main) return { cue: c, speaker: main, speakerRule: 'main-subject', end: e };
      // "The United States Ambassador to Turkey, said in a statement: “…”": a subject opening the
      // sentence with a stray comma before its verb
      const stray = s ? strayCommaSubject(ctx, s.firstToken, c) : null;
      return { cue: c, speaker: stray, speakerRule: stray ? 'cue-subject' : null, end: e };
    }
    if (isSentenceEnd(toks[c]) || isBreak(toks[c])) break;
  }
  return toks[e].text === ':' ? colonLabelFrame(ctx, e, lo) : null;
}

/**
 * Whether a verb follows phrase p before the frame's end e: the phrase after the cue opens the
 * clause said ("but said Trump's son was acting out of worry: “…”"), no inverted speaker.
 */
function clauseAfterPhrase(ctx: QuoteContext, p: Phrase, e: number): boolean {
  const toks = ctx.doc.tokens;
  for (let j = p.endToken; j < e; j++) {
    const t = toks[j];
    if (t.text === ',') return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !PREPOSITION_PARTICIPLES.has(t.lower))) return true;
  }
  return false;
}

/**
 * The subject opening the sentence at `first` and ending in a comma right before the cue c, with no
 * other comma in it ("The United States Ambassador to Turkey, said …"), where it names someone (a
 * name, or a noun phrase headed by a title or a body): else null.
 */
function strayCommaSubject(ctx: QuoteContext, first: number, c: number): Phrase | null {
  const toks = ctx.doc.tokens;
  if (toks[c - 1]?.text !== ',' || c - 1 <= first) return null;
  for (let j = first; j < c - 1; j++) if (toks[j].text === ',' || ctx.inSpan[j] >= 0) return null;
  const subj = subjectBefore(ctx.doc, c - 1, first);
  if (!subj || subj.first !== first || subj.endToken !== c - 1 || subj.headKind === 'pronoun') return null;
  return subj.headKind === 'name' || speakerNoun(ctx, subj) ? subj : null;
}

/** Whether a nominal phrase's words hold a title or a body's head ("Ambassador", "ministry"). */
function speakerNoun(ctx: QuoteContext, p: Phrase): boolean {
  const heads = entityLexicon();
  for (const t of ctx.doc.tokensIn(p)) if (heads.titleHeads.has(t.lower) || heads.orgHeads.has(t.lower)) return true;
  return false;
}

/** The fewest words of a quotation that a cue introduces with no mark before it. */
const MIN_BARE_QUOTE_WORDS = 4;

/**
 * Whether quotation si reads as a whole sentence: it opens with a capital, closes with a full stop,
 * question or exclamation mark inside its marks, and is no title in capitals ("signed the "USA
 * PATRIOT Act …"", "in his comment "George W. Bush Has Intuition (Maybe)"").
 */
function quotedSentence(ctx: QuoteContext, si: number): boolean {
  const sp = ctx.spans[si];
  if (sp.close < 0 || !opensCapitalised(ctx, sp)) return false;
  const inner = ctx.doc.text.slice(sp.start, sp.end).trimEnd();
  if (!/[.!?…]$/.test(inner)) return false;
  const words = ctx.doc.tokensIn(sp).filter(isWord);
  if (words.length < MIN_BARE_QUOTE_WORDS) return false;
  return words.some((t, i) => i > 0 && /^\p{Ll}/u.test(t.text) && !TITLE_LINKS.has(t.lower));
}

/** Verbs that say a retort with "back" after them ("shot back", "fired back", "hit back"). */
const COMEBACK_VERBS = /^(?:shot|shoots|shoot|fired|fires|fire|hit|hits|snapped|snaps)$/;

/**
 * Whether the words from c to the comma at e are only adjuncts (on her Facebook page, in all capital
 * letters) and the quotation after them opens with a capital.
 */
function adjunctsBefore(ctx: QuoteContext, si: number, c: number, e: number, commas = true): boolean {
  if (!opensCapitalised(ctx, ctx.spans[si])) return false;
  const toks = ctx.doc.tokens;
  for (let j = c + 1; j < e; j++) {
    const t = toks[j];
    if (t.pos === 'PRON' && POSSESSIVES.has(t.lower)) continue;
    // (a hyphen or apostrophe inside a word: "told Al-Jazeera television …", "to CBS' Miami affiliate")
    if (t.pos === 'PUNCT' && (insideWord(toks, j) || possessiveApostrophe(toks, j))) continue;
    // (a preposition the tagger reads as a participle: "said to reporters concerning …")
    if (t.pos === 'VERB' && PREPOSITION_PARTICIPLES.has(t.lower)) continue;
    // (a time clause set off by commas: "said in the spring, when the story broke, “…”")
    if (
      commas &&
      (t.pos === 'SCONJ' || t.pos === 'ADV') &&
      TIME_CLAUSE_OPENERS.has(t.lower) &&
      toks[j - 1].text === ','
    ) {
      let n = j + 1;
      while (n < e && toks[n].text !== ',' && n - j <= MAX_TIME_CLAUSE) n++;
      if (toks[n].text !== ',') return false;
      j = n;
      continue;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'PRON') return false;
    if (t.pos === 'PUNCT' && !(commas && t.text === ',')) return false;
    // (with no comma to close them, "to" opens the cue's infinitive, not an adjunct: "was advised to "…"")
    if (!commas && t.pos === 'PART') return false;
  }
  return true;
}

/** Prepositions in the form of a participle. */
const PREPOSITION_PARTICIPLES = new Set(['concerning', 'regarding', 'following', 'including', 'considering']);
/** Conjunctions that open a time clause an attribution may hold between commas. */
const TIME_CLAUSE_OPENERS = new Set(['when', 'after', 'before', 'while', 'as', 'once', 'since', 'until']);
/** The most tokens of such a clause. */
const MAX_TIME_CLAUSE = 12;

/** Whether what follows the cue at c is its object: after a participle or a verb taking a hearer. */
function hearerAfter(ctx: QuoteContext, c: number): boolean {
  const t = ctx.doc.tokens[c];
  return /ing$/.test(t.lower) || lex.objectTakers.has(t.lemma);
}

/** Nouns for what someone said, before "was:" ("Clinton's response was: …"). */
const SAID_NOUNS = new Set([
  'response',
  'reply',
  'answer',
  'statement',
  'message',
  'reaction',
  'comment',
  'verdict',
  'advice',
  'explanation',
]);

/**
 * A colon frame with no verb: "From Bush's Facebook post: “…”", "Clinton's response was: “…”",
 * "- Philip Bump: “…”" (a person or organisation named alone before the colon).
 */
function colonLabelFrame(ctx: QuoteContext, colon: number, lo: number): Frame | null {
  const toks = ctx.doc.tokens;
  // (a colon that opens the text or the sentence labels nothing: ":“…” he")
  if (colon <= lo || colon === 0) return null;
  let a = colon - 1;
  while (a > lo && !isSentenceEnd(toks[a - 1]) && !isBreak(toks[a - 1]) && !/^(—|―|–|--|-)$/.test(toks[a - 1].text))
    a--;
  while (a < colon && (toks[a].pos === 'PUNCT' || isBreak(toks[a]))) a++;
  if (a >= colon) return null;
  if (toks[a].lower === 'from') {
    const src = phraseAfter(ctx.doc, a + 1, colon);
    return src && src.endToken === colon ? { cue: a, speaker: src, speakerRule: 'from-source', end: colon } : null;
  }
  // "NAME's response was:" — the possessor said it
  let n = colon - 1;
  if (n > a && /^(was|is|read|reads)$/.test(toks[n].lower)) n--;
  // (with its adjectives: "Abedin's succinct reply:")
  let p = n - 1;
  while (p > a && toks[p].pos === 'ADJ' && n - p <= 2) p--;
  if (SAID_NOUNS.has(toks[n].lower) && p > a && (/^['’]s$/.test(toks[p].lower) || possessiveApostrophe(toks, p))) {
    const owner = subjectBefore(ctx.doc, p, a);
    if (owner) return { cue: n, speaker: owner, speakerRule: 'possessor-label', end: colon };
  }
  // "President Clinton released the following statement:", "the campaign issued a statement:"
  let v = colon - 1;
  if (SAID_NOUNS.has(toks[v].lower) || DOCUMENT_NOUNS.has(toks[v].lower)) {
    v--;
    while (
      v > a &&
      (toks[v].pos === 'DET' || toks[v].pos === 'ADJ' || toks[v].pos === 'NUM' || toks[v].lower === 'following')
    )
      v--;
    if (v >= a && toks[v].pos === 'VERB') {
      const issuer = subjectBefore(ctx.doc, v, a);
      if (issuer) return { cue: colon - 1, speaker: issuer, speakerRule: 'issuer-label', end: colon };
    }
  }
  // a name alone: only a person or organisation the entity layer found, spanning the label
  if (colon - a > 5) return null;
  const hit = ctx.doc.entityAt(toks[a].start);
  if (!hit || (hit.entity.type !== 'PERSON' && hit.entity.type !== 'ORG')) return null;
  if (hit.mention.start !== toks[a].start || hit.mention.end !== toks[colon - 1].end) return null;
  return { cue: colon, speaker: phrase(ctx.doc, a, colon), speakerRule: 'colon-label', end: colon };
}

function cueSpan(ctx: QuoteContext, f: Frame): Span {
  const t = ctx.doc.tokens[f.cue];
  if (ctx.isAccordingTo(f.cue)) return { start: t.start, end: ctx.doc.tokens[f.cue + 1].end };
  return { start: t.start, end: t.end };
}

/** Whether the quote stands as a sentence of its own rather than a fragment inside one. */
function standsAlone(ctx: QuoteContext, si: number): boolean {
  const sp = ctx.spans[si];
  const toks = ctx.doc.tokens;
  const first = firstChar(ctx, sp);
  if (sp.continuation) return true;
  for (let j = ctx.openToken[si] - 1; j >= 0; j--) {
    const t = toks[j];
    if (isBreak(t) || isSentenceEnd(t)) return /[\p{Lu}\p{N}]/u.test(first);
    if (ctx.inSpan[j] >= 0) return /[\p{Lu}\p{N}]/u.test(first);
    if (t.text === ':') return true; // a quote introduced by a colon is a sentence of its own
    // "…, a student from Fresno, Calif. "I think …"": an abbreviation's period ends the sentence too
    if (t.text.length > 1 && t.text.endsWith('.') && isWord(t)) return /[\p{Lu}\p{N}]/u.test(first);
    if (isWord(t) || t.text === ',') return false;
  }
  return true;
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

function words(ctx: QuoteContext, sp: Span): number {
  return ctx.doc.tokensIn(sp).filter(isWord).length;
}

/** Block quote: a paragraph ending "… Breuker said:" followed by a paragraph with no quotation marks. */
function blockQuotes(ctx: QuoteContext): void {
  const { doc } = ctx;
  const toks = doc.tokens;
  for (const s of ctx.sentences) {
    const last = toks[s.endToken - 1];
    if (last.text !== ':') continue;
    const after = doc.text.slice(last.end, last.end + 3);
    if (!/^[ \t]*\r?\n/.test(after)) continue;
    let n = s.endToken;
    while (n < toks.length && isBreak(toks[n])) n++;
    if (n >= toks.length || /["“”„«»]/.test(toks[n].text)) continue;
    const para = ctx.paragraphBounds(toks[n].start);
    // "The following is attributable to Spokesperson Ned Price:": the statement below is theirs
    const credit = attributableTo(ctx, s);
    let c = credit ? credit.cue : s.endToken - 2;
    if (!credit)
      for (; c >= s.firstToken && s.endToken - 1 - c <= MAX_HEAD_GAP; c--) if (ctx.cueClass(c) === 'speech') break;
    if (c < s.firstToken || s.endToken - 1 - c > MAX_HEAD_GAP) continue;
    // "Begin text:" opens the document the paragraph before announced: its issuer speaks
    const marker = !credit && isDocumentMarker(ctx, s.firstToken, s.endToken - 1);
    const subj = credit
      ? credit.speaker
      : marker
        ? issuerBefore(ctx, s.firstToken)
        : (subjectBefore(doc, c, s.firstToken) ?? phraseAfter(doc, c + 1, s.endToken - 1));
    let end = para.end;
    while (end > toks[n].start && /\s/.test(doc.text[end - 1])) end--;
    ctx.usedCue.add(c);
    ctx.candidates.push(
      quoteCandidate({
        kind: 'direct',
        start: toks[n].start,
        end,
        cue: { start: toks[c].start, end: toks[c].end },
        speaker: subj,
        rule: 'block-after-colon',
        speakerRule: marker ? 'document-issuer' : subj ? 'cue-subject' : null,
      }),
    );
  }
}

/**
 * "The following is attributable to Spokesperson Ned Price:", "The following statement is
 * attributable to …": a release's label crediting what follows to its speaker. Returns the token of
 * "attributable" (the cue) and the phrase after "to".
 */
function attributableTo(ctx: QuoteContext, s: Sentence): { cue: number; speaker: Phrase } | null {
  const toks = ctx.doc.tokens;
  const colon = s.endToken - 1;
  let k = s.firstToken;
  while (k < colon && isBreak(toks[k])) k++;
  if (toks[k]?.lower !== 'the' || toks[k + 1]?.lower !== 'following') return null;
  for (let j = k + 2; j < colon - 2 && j <= k + 5; j++) {
    if (toks[j].lower !== 'attributable' || toks[j + 1].lower !== 'to') continue;
    const speaker = phraseAfter(ctx.doc, j + 2, colon);
    return speaker ? { cue: j, speaker } : null;
  }
  return null;
}

/** Words of a label that opens a document's text: "Begin text:", "Begin Text of the Statement:". */
const DOCUMENT_MARKER_WORDS = new Set(['begin', 'start', 'text', 'of', 'the', 'joint', 'statement', 'full']);

/** Whether the tokens [a, b) are a document marker: only DOCUMENT_MARKER_WORDS, "text" among them. */
function isDocumentMarker(ctx: QuoteContext, a: number, b: number): boolean {
  const toks = ctx.doc.tokens;
  let text = false;
  for (let k = a; k < b; k++) {
    if (isBreak(toks[k])) continue;
    if (!DOCUMENT_MARKER_WORDS.has(toks[k].lower)) return false;
    if (toks[k].lower === 'text') text = true;
  }
  return text;
}

/** How far (tokens) after "by" the issuer's name may start: "by the G7 foreign ministers of Canada", "by the High Representative on behalf of the European Union". */
const MAX_ISSUER_LEAD = 8;

/**
 * The issuer the paragraph before a document marker names: the subject of "issue" or "release", or
 * the first person, body, country or group (G7) after "by" ("The following joint statement was released by the Governments of the United States of
 * America and the United Arab Emirates."; "Joint Statement by Secretary Blinken, …"), else null.
 */
function issuerBefore(ctx: QuoteContext, marker: number): Phrase | null {
  const { doc } = ctx;
  const toks = doc.tokens;
  let last = marker - 1;
  while (last > 0 && isBreak(toks[last])) last--;
  if (last < 0) return null;
  const para = ctx.paragraphBounds(toks[last].start);
  let a = last;
  while (a > 0 && toks[a - 1].start >= para.start) a--;
  for (let k = a; k < marker; k++) {
    // "Canada, …, and the United States issue the following joint statement."
    // (not the passive "was released by …": its subject is the statement)
    const active = k === 0 || toks[k - 1].pos !== 'AUX';
    // ("… the United States issue the following …": the tagger may read the verb as a noun)
    const verb = toks[k].pos === 'VERB' || (toks[k].pos === 'NOUN' && toks[k + 1]?.pos === 'DET');
    if ((toks[k].lemma === 'issue' || toks[k].lemma === 'release') && verb && active) {
      const issuer = subjectBefore(doc, k, a);
      // ("The following joint statement was issued …": a document issues nothing)
      if (issuer && !doc.tokensIn(issuer).some(namesDocument)) return issuer;
    }
    if (toks[k].lower !== 'by') continue;
    for (let j = k + 1; j < marker && j - k <= MAX_ISSUER_LEAD; j++) {
      const hit = doc.entityAt(toks[j].start);
      if (!hit || hit.mention.kind !== 'name' || !ISSUER_TYPES.has(hit.entity.type)) continue;
      let e = j;
      while (e < marker && toks[e].end <= hit.mention.end) e++;
      return phrase(doc, j, e);
    }
  }
  return null;
}

const ISSUER_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'MISC']);

/** Whether a word names a statement or a document ("the joint statement", "the text"). */
const namesDocument = (w: Token): boolean =>
  SAID_NOUNS.has(w.lower) || DOCUMENT_NOUNS.has(w.lower) || w.lower === 'text';

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

export function findDirectQuotes(ctx: QuoteContext): void {
  blockQuotes(ctx);
  const spans = ctx.spans;
  let previous: Candidate | null = null;
  for (let si = 0; si < spans.length; si++) {
    if (ctx.taken.has(si)) continue;
    const sp = spans[si];
    if (sp.continuation && previous && previous.end < sp.start) {
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
    if (!reportsOwnClause(ctx, head ?? leadIn, frame)) ctx.usedCue.add(frame.cue);
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

/**
 * Whether quotation si, a sentence of its own, is the second piece of the quote before it: a floating
 * quote whose attribution the frame rules could not read ("…," Blunt, after a long pause, said of
 * Cruz. "…"; "…," remembered Roy Verley, HP's former spokesman. "…") or a mixed quote whose cue
 * follows it. The same paragraph, and only that attribution's sentence between them.
 */
function resumesFloatingQuote(ctx: QuoteContext, before: Candidate, si: number): boolean {
  if (before.parts && before.parts.length > 1) return false;
  const floating = before.rule === 'floating-quote' && !before.cue;
  // a mixed quote whose cue stands after it ("Obama “felt a moral obligation …” climate change, Axelrod said. “…”")
  const parenthetical =
    before.kind === 'mixed' &&
    before.rule.startsWith('cue-parenthetical') &&
    before.cue !== null &&
    before.cue.start >= before.end;
  if (!floating && !parenthetical) return false;
  const sp = ctx.spans[si];
  if (ctx.paragraphOf(before.start) !== ctx.paragraphOf(sp.open)) return false;
  const toks = ctx.doc.tokens;
  const from = tokenLimit(ctx, before.end);
  const to = ctx.openToken[si];
  if (to - from > MAX_SPLIT_GAP) return false;
  // one sentence only (the re-joined sentences keep "(D-Mo.)" inside): it ends before the next piece
  const sentence = ctx.sentenceAt(from + 1);
  let cue = false;
  for (let j = from; j < to; j++) {
    if (ctx.inSpan[j] >= 0) return false;
    if (isWord(toks[j]) && ctx.sentenceAt(j) !== sentence) return false;
    if (ctx.cueClass(j) !== null) cue = true;
  }
  return parenthetical || cue || attributionAfter(ctx, before) !== null;
}

/**
 * The speaker of a floating quote's pieces from the cue in the sentence between them, which the
 * frame rules could not read as an attribution ("…," columnist Ai Jun wrote in the piece. "…"):
 * the cue's subject, or the phrase after an inverted cue.
 */
function attributeBetween(ctx: QuoteContext, c: Candidate, si: number): void {
  const { doc } = ctx;
  const from = tokenLimit(ctx, c.end);
  const to = ctx.openToken[si];
  for (let j = from; j < to; j++) {
    if (ctx.cueClass(j) !== 'speech') continue;
    const subj = subjectBefore(doc, j, from);
    const speaker = subj ?? phraseAfter(doc, j + 1, to);
    if (!speaker) return;
    c.cue = { start: doc.tokens[j].start, end: doc.tokens[j].end };
    c.speaker = speaker;
    c.speakerRule = subj ? 'cue-subject' : 'cue-inverted';
    c.inheritFrom = undefined;
    return;
  }
}

/** Whether the sentence of candidate c holds a verb of saying outside quotation marks ("She said she wished …"). */
function sentenceSays(ctx: QuoteContext, c: Candidate): boolean {
  const s = ctx.sentenceAt(ctx.doc.tokenIndexAt(c.start));
  if (!s) return false;
  for (let j = s.firstToken; j < s.endToken; j++) if (ctx.inSpan[j] < 0 && ctx.cueClass(j) === 'speech') return true;
  return false;
}

/**
 * Quotes left without attribution: a quoted sentence or paragraph takes the speaker of the quote
 * before it in the same or the previous paragraph (the floating-quote rule); a long quoted
 * fragment in a sentence whose cue was used by another quote takes that quote's speaker.
 */
export function findFloatingQuotes(ctx: QuoteContext): void {
  const ordered = [...ctx.candidates].sort((a, b) => a.start - b.start);
  let lastFloating: Candidate | null = null;
  for (let si = 0; si < ctx.spans.length; si++) {
    if (ctx.taken.has(si)) continue;
    const sp: QuotedSpan = ctx.spans[si];
    if (sp.single || words(ctx, sp) < MIN_FLOATING_WORDS) continue;
    let before: Candidate | null = null;
    // (an indefinite "someone" passes no speaker on: "… suggesting someone should question …")
    for (const c of ordered)
      if (c.end <= sp.open && !(c.speaker && isIndefiniteSpeaker(ctx.doc.text.slice(c.speaker.start, c.speaker.end))))
        before = c;
    // a quoted paragraph continues the last quotation, not an indirect claim reported since
    // ("…," Clinton said, … who claimed that …. "…")
    if (before && before.kind === 'indirect' && standsAlone(ctx, si)) {
      let quoted: Candidate | null = null;
      for (const c of ordered) if (c.end <= sp.open && c.kind !== 'indirect') quoted = c;
      // (a floating quotation read in this pass counts too, past a belief or a thought that is no one's
      // saying: "“…I had just written a piece …” But what is it about UKIP that attracts him? Many might
      // think it is … “I think the greatest threat …”"; after "She said she wished …" she goes on)
      const saying = sentenceSays(ctx, before);
      if (lastFloating && !saying && (!quoted || lastFloating.start > quoted.start)) quoted = lastFloating;
      if (quoted && ctx.paragraphOf(quoted.end) === ctx.paragraphOf(before.end)) before = quoted;
    }
    const alone = standsAlone(ctx, si);
    const para = ctx.paragraphOf(sp.open);
    const latest = lastFloating && (!before || before.end <= lastFloating.start) ? lastFloating : before;
    if (alone && latest && resumesFloatingQuote(ctx, latest, si)) {
      ctx.taken.add(si);
      latest.parts = [
        { start: latest.start, end: latest.end },
        { start: sp.start, end: sp.end },
      ];
      if (!latest.cue && attributionAfter(ctx, latest) === null) attributeBetween(ctx, latest, si);
      latest.end = sp.end;
      continue;
    }
    const near = before && para - ctx.paragraphOf(before.end) <= (alone ? FLOATING_LINES : 0);
    if (!alone && !near) continue;
    ctx.taken.add(si);
    const floating = quoteCandidate({
      kind: alone ? 'direct' : 'mixed',
      start: sp.start,
      end: sp.end,
      cue: null,
      speaker: null,
      inheritFrom: near && before ? before : undefined,
      rule: alone ? 'floating-quote' : 'fragment-near-quote',
      speakerRule: near ? (alone ? 'floating' : 'same-sentence-speaker') : null,
    });
    ctx.candidates.push(floating);
    lastFloating = floating;
  }
}
