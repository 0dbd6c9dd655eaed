// The wink-nlp adapter: tokens with exact UTF-16 offsets, sentences, parts of speech and lemmas.
// wink gives tokens without offsets; its `precedingSpaces` plus the token's value rebuild them exactly.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { ArticleDocument, Sentence, Token } from '../document.js';
import type { Component } from '../pipeline.js';
import { forgetful, type Forgetting } from './wink-forget.js';

type WinkNlp = ReturnType<typeof winkNLP>;
let shared: WinkNlp | null = null;

/**
 * One wink instance per process: loading the model takes about a quarter of a second. Built the
 * same way as the reader below; the benchmark reads with it and lets it learn, as wink does.
 */
export function wink(): WinkNlp {
  shared ??= winkNLP(forgetful(model).model);
  return shared;
}

/**
 * Only the annotations readTokens reads: sentences, and parts of speech with their lemmas. Leaving
 * out wink's own entities, negation and sentiment (unused here) gives the same tokens, tags, lemmas
 * and sentences — checked on 4,425 articles — in about two thirds of readDoc's time. A separate
 * instance, so that wink() stays the full readDoc that benchmarks compare against.
 */
const TOKEN_PIPE = ['sbd', 'pos'];
let tokensOnly: { nlp: WinkNlp; memory: Forgetting } | null = null;

/**
 * Forgotten forms keep their slots in wink's lists (see wink-forget.ts): news teaches wink about 60
 * forms an article, some 45 bytes each, so past this many (about 20 MB, 8,000 articles) the reader
 * is loaded afresh — a quarter of a second — and reads the same as before.
 */
const MAX_FORGOTTEN_SLOTS = 500_000;

function tokenReader(): { nlp: WinkNlp; memory: Forgetting } {
  if (!tokensOnly || tokensOnly.memory.forgottenSlots() > MAX_FORGOTTEN_SLOTS) {
    const memory = forgetful(model);
    tokensOnly = { nlp: winkNLP(memory.model, TOKEN_PIPE), memory };
  }
  return tokensOnly;
}

/** Whether the reader forgets what each text taught wink (false if wink's lexicon changed shape). */
export function readerForgets(): boolean {
  return tokenReader().memory.active();
}

/**
 * An article's tokens, parts of speech, lemmas and wink's sentences. wink forgets the word forms
 * the text taught it once they are read out, so the result does not depend on texts read before.
 */
export function readTokens(text: string): { tokens: Token[]; winkSentences: Array<[number, number]> } {
  const { nlp, memory } = tokenReader();
  try {
    return tokensOf(nlp, text);
  } finally {
    memory.forget();
  }
}

/**
 * wink's tokenizer knows the letters of Latin-1 only: it cuts "Erdoğan", "Geoană", "Vučić" and
 * "Łódź" into pieces at each other letter, and the pieces lose their names. wink reads a copy with
 * those letters folded to their base letter, one UTF-16 unit for one, so every offset holds; the
 * tokens keep the article's own spelling.
 */
const BEYOND_LATIN1 = /[\u0100-\u024F\u1E00-\u1EFF]/;
const BEYOND_LATIN1_ALL = /[\u0100-\u024F\u1E00-\u1EFF]/g;
/** Letters without a canonical decomposition to a base letter. */
const UNDECOMPOSED: Record<string, string> = {
  ı: 'i',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  Ŧ: 'T',
  ŧ: 't',
  Œ: 'O',
  œ: 'o',
  Ĳ: 'I',
  ĳ: 'i',
  ŉ: 'n',
  ſ: 's',
  Ŋ: 'N',
  ŋ: 'n',
  ĸ: 'k',
  Ŀ: 'L',
  ŀ: 'l',
  Ə: 'E',
  ə: 'e',
  Ɛ: 'E',
  ɛ: 'e',
  Ƒ: 'F',
  ƒ: 'f',
};

function foldLetter(c: string): string {
  const base = c.normalize('NFD').charAt(0);
  return base.charCodeAt(0) < 0x100 ? base : (UNDECOMPOSED[c] ?? c);
}

/**
 * The text wink reads: the same length, each letter beyond Latin-1 folded to its base letter, and
 * the horizontal bar some outlets set as a dash ("taxes ― as was true ―") read as the em dash (wink
 * tags the bar X, the dash PUNCT).
 */
export function foldForWink(text: string): string {
  const folded = BEYOND_LATIN1.test(text) ? text.replace(BEYOND_LATIN1_ALL, foldLetter) : text;
  return folded.includes('\u2015') ? folded.replaceAll('\u2015', '\u2014') : folded;
}

/** A token of invisible format characters only (Unicode category Cf: U+200B–U+200F, U+2060, U+FEFF …). */
const FORMAT_MARKS = /^\p{Cf}+$/u;

function tokensOf(nlp: WinkNlp, text: string): { tokens: Token[]; winkSentences: Array<[number, number]> } {
  const its = nlp.its;
  const read = foldForWink(text);
  const doc = nlp.readDoc(read);
  const words = doc.tokens();
  const values = words.out(its.value) as string[];
  const spaces = words.out(its.precedingSpaces) as string[];
  const pos = words.out(its.pos) as string[];
  // wink's typings do not admit `its.lemma` on a token collection, though it works there
  const lemmas = words.out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: Token[] = [];
  // wink's token index → the index of the first token made from it (a split token makes two)
  const firstOf = new Int32Array(values.length + 1);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    firstOf[i] = tokens.length;
    const readValue = values[i];
    at += spaces[i].length;
    // wink reproduces its input exactly; should a token ever not match, find it rather than drift.
    if (!read.startsWith(readValue, at)) {
      const found = read.indexOf(readValue, at);
      if (found < 0) continue;
      at = found;
    }
    const value = read === text ? readValue : text.slice(at, at + readValue.length);
    // an invisible format mark (a left-to-right mark after a colon, a zero-width space) is no word: as
    // a token of its own it parts the colon from the line break a block quote is read by
    if (value.charCodeAt(0) > 0x7f && FORMAT_MARKS.test(value)) {
      at += value.length;
      continue;
    }
    if (joinsSplitInitialism(tokens, value, at)) {
      // "Mekong-U.S.": wink gives "U" "." "S."; the three are one word, as "U.S." elsewhere
      const u = tokens.length - 2;
      const merged = text.slice(tokens[u].start, at + value.length);
      // every field written out, in the same order as the other tokens: a spread copy gets another
      // hidden class, and code that reads tokens is deoptimised and compiled again for it
      tokens.splice(u, 2, {
        i: tokens[u].i,
        start: tokens[u].start,
        end: at + value.length,
        text: merged,
        pos: 'PROPN',
        lemma: merged.toLowerCase(),
        lower: merged.toLowerCase(),
        sentence: tokens[u].sentence,
      });
      firstOf[i] = firstOf[i - 1] = u;
      at += value.length;
      continue;
    }
    if (value.length === 3 && FIRST_PERSON_AM.test(value)) {
      pushSplit(tokens, at, value, 1, ['PRON', 'i'], ['AUX', 'be']);
      at += value.length;
      continue;
    }
    if (isUnsplitPossessive(value)) {
      const stem = value.length - 2;
      pushSplit(
        tokens,
        at,
        value,
        stem,
        [pos[i] ?? 'X', value.slice(0, stem).toLowerCase()],
        ['PART', value.slice(stem)],
      );
      at += value.length;
      continue;
    }
    const lower = value.toLowerCase();
    // wink has no lemma for a few contractions ("cannot"): fall back to the surface form
    const lemma = lemmas[i] ?? readValue;
    tokens.push({
      i: tokens.length,
      start: at,
      end: at + value.length,
      text: value,
      pos: pos[i] ?? 'X',
      lemma: lemma === readValue ? lower : lemma.toLowerCase(),
      lower,
      sentence: 0,
    });
    at += value.length;
  }
  firstOf[values.length] = tokens.length;
  retagSurnamesReadAsModals(tokens);
  retagOpeningGerunds(tokens);
  lemmatisePassiveBeing(tokens);
  const winkSentences = (doc.sentences().out(its.span) as unknown as Array<[number, number]>).map(
    ([a, b]): [number, number] => [firstOf[a], firstOf[b + 1] - 1],
  );
  return { tokens, winkSentences };
}

/** Surnames that are also a modal or a month: "Will" (George Will), "May" (Theresa May). */
const MODAL_SURNAMES = new Set(['Will', 'May']);
/** Finite forms of an auxiliary, which no modal takes after it ("Will has argued"). */
const FINITE_AUXILIARIES = new Set(['has', 'had', 'is', 'was', 'are', 'were', 'does', 'did']);
/** Verbs of saying that "May" (the month) never takes as its verb: "May said", "May told reporters". */
const SAYING_LEMMAS = new Set(['say', 'tell', 'write', 'add', 'insist', 'argue', 'warn', 'claim', 'announce', 'state']);

/**
 * "In particular, Will wrote, …", "Will urged the Republican electorate …", "May said the deal …":
 * wink reads the surname as a modal (or the month), so the sentence has no subject and the name is
 * not found. A modal takes a bare verb, so before an inflected one ("wrote", "believes") or a finite
 * auxiliary the word is a name; "May" only before a verb of saying (the month may do things: "May saw
 * record heat").
 */
function retagSurnamesReadAsModals(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos === 'PROPN') continue;
    const next = tokens[i + 1];
    const inflected = next.pos === 'VERB' && next.lemma !== next.lower && !/ing$/.test(next.lower);
    const finite = next.pos === 'AUX' && FINITE_AUXILIARIES.has(next.lower);
    const retag = MODAL_SURNAMES.has(t.text)
      ? t.text === 'Will'
        ? inflected || finite
        : inflected && SAYING_LEMMAS.has(next.lemma)
      : inflected && SAYING_LEMMAS.has(next.lemma) && functionWordAfterQuote(tokens, i);
    if (retag) {
      t.pos = 'PROPN';
      t.lemma = t.lower;
    }
  }
}

/**
 * "Recent polling shows …", "Early polling suggests …": after a capitalised word opening a sentence
 * (which wink reads as a name) a gerund before an inflected verb is the subject's noun, not a verb,
 * else the sentence has no subject and "Early" becomes the speaker.
 */
function retagOpeningGerunds(tokens: Token[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const first = tokens[i];
    const gerund = tokens[i + 1];
    if (gerund.pos !== 'VERB' || first.pos !== 'PROPN' || !/^\p{Ll}+ing$/u.test(gerund.text)) continue;
    const prev = tokens[i - 1];
    if (prev && !/^[.!?]$/.test(prev.text)) continue;
    const verb = tokens[i + 2];
    const inflected = verb.pos === 'VERB' && verb.lemma !== verb.lower && !/ing$/.test(verb.lower);
    if (inflected || (verb.pos === 'AUX' && FINITE_AUXILIARIES.has(verb.lower))) {
      gerund.pos = 'NOUN';
      gerund.lemma = gerund.lower;
    }
  }
}

/**
 * "“…,” From said.": a capitalised function word between a quotation's closing mark and a verb of
 * saying is the speaker's surname (Al From), though the tagger read a preposition.
 */
function functionWordAfterQuote(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return (
    (t.pos === 'ADP' || t.pos === 'AUX' || t.pos === 'SCONJ') &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    !!prev &&
    /^["”’']$/.test(prev.text)
  );
}

/** Whether `value` at `at` ends an initialism wink split after a hyphen: "U" "." then this "S.". */
function joinsSplitInitialism(tokens: Token[], value: string, at: number): boolean {
  const n = tokens.length;
  // (a cheap length test first: this runs for every token)
  if (n < 2 || value.length !== 2 || value.charCodeAt(1) !== 46 || !/^\p{Lu}\.$/u.test(value)) return false;
  const letter = tokens[n - 2];
  const period = tokens[n - 1];
  return /^\p{Lu}$/u.test(letter.text) && period.text === '.' && letter.end === period.start && period.end === at;
}

/**
 * wink keeps "I'm" whole and tags it a proper noun (it splits "I'll", "we're" and the rest): the
 * name recogniser and the speaker rules then read a name. It becomes "I" and "'m", as the others are.
 */
const FIRST_PERSON_AM = /^[Ii]['’][mM]$/;

/**
 * wink splits a possessive off its noun ("Putin" "’s brother") except before punctuation ("President
 * Putin’s, whose …"), where the name would keep its "’s". Contractions of "is" (it's, he's) wink
 * always splits, so a word that ends in "'s" here is a possessive.
 */
function isUnsplitPossessive(value: string): boolean {
  const n = value.length;
  if (n < 4 || value.charCodeAt(n - 1) !== 115) return false; // …s
  const mark = value.charCodeAt(n - 2);
  return (mark === 39 || mark === 0x2019) && /^\p{L}[\p{L}\p{M}.-]+['’]s$/u.test(value);
}

/**
 * wink keeps "being" as its own lemma, and tags it AUX as a noun too ("every human being deserves"): the
 * "being" of a passive, before a participle ("being detained", "being held"), is a form of "be", as the
 * readers of passives and copulas expect.
 */
function lemmatisePassiveBeing(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.lower !== 'being' || t.pos !== 'AUX') continue;
    // (past adverbs: "being unjustly detained")
    let n = i + 1;
    while (n + 1 < tokens.length && tokens[n].pos === 'ADV') n++;
    const next = tokens[n];
    if (next.pos !== 'VERB') continue;
    if (next.lower !== next.lemma && !/(?:s|ing)$/.test(next.lower)) t.lemma = 'be';
  }
}

/** Pushes `value` as two tokens split at `at + cut`, each with its [part of speech, lemma]. */
function pushSplit(
  tokens: Token[],
  at: number,
  value: string,
  cut: number,
  [firstPos, firstLemma]: [string, string],
  [secondPos, secondLemma]: [string, string],
): void {
  for (const [from, to, pos, lemma] of [
    [0, cut, firstPos, firstLemma],
    [cut, value.length, secondPos, secondLemma],
  ] as const) {
    const text = value.slice(from, to);
    tokens.push({
      i: tokens.length,
      start: at + from,
      end: at + to,
      text,
      pos,
      lemma,
      lower: text.toLowerCase(),
      sentence: 0,
    });
  }
}

const isBreak = (t: Token) => t.pos === 'SPACE' || /^\s+$/.test(t.text);

/** "S.C.", "U.S.": a split right after a letter's period, with no space, at another initial. */
function insideInitialism(tokens: Token[], s: number): boolean {
  const t = tokens[s];
  const prev = tokens[s - 1];
  return !!t && !!prev && prev.end === t.start && /^(?:\p{L}\.)*\p{L}\.?$/u.test(t.text);
}

/** A title's abbreviation, alone or glued to a prefix ("then-Sen."), never ends a sentence before a name. */
const TITLE_ABBREVIATION =
  /(?:^|-)(?:Sen|Rep|Gov|Gen|Lt|Col|Dr|Mr|Mrs|Ms|Prof|Sgt|Capt|Adm|Rev|Sens|Reps|Maj|Spc|Pfc|Pvt|Pte|Cpl|Brig|Cmdr|Cdr)\.$/;

function afterTitleAbbreviation(tokens: Token[], s: number): boolean {
  let i = s - 1;
  while (i >= 0 && isBreak(tokens[i])) {
    if (tokens[i].text.includes('\n')) return false;
    i--;
  }
  if (i < 0 || !/^\p{Lu}/u.test(tokens[s]?.text ?? '')) return false;
  // wink keeps "Sen." whole, but splits "then-Sen." into "Sen" and "."
  const word =
    tokens[i].text === '.' && i > 0 && tokens[i - 1].end === tokens[i].start
      ? tokens[i - 1].text + '.'
      : tokens[i].text;
  return TITLE_ABBREVIATION.test(word);
}

function startsLowercase(tokens: Token[], s: number): boolean {
  let i = s;
  while (i < tokens.length && isBreak(tokens[i])) {
    if (tokens[i].text.includes('\n')) return false;
    i++;
  }
  return i < tokens.length && /^\p{Ll}/u.test(tokens[i].text) && i > 0;
}

/** A unit after a number, with the sentence's full stop ("A$431m.", "$630m."), which wink reads as an abbreviation. */
const UNIT_PERIOD = /^(?:m|bn|mn|tn|k)\.$/i;

/**
 * Where a sentence starts after token i when it is a number's unit with the full stop ("… closer to
 * A$431m. Qantas shares fell …"): the next word in capitals on the same line; else -1.
 */
function unitPeriodEnd(tokens: Token[], i: number): number {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (!UNIT_PERIOD.test(t.text) || before.end !== t.start || !/\d$/.test(before.text)) return -1;
  let j = i + 1;
  while (j < tokens.length && isBreak(tokens[j])) {
    if (tokens[j].text.includes('\n')) return -1;
    j++;
  }
  return j < tokens.length && tokens[j].start > t.end && /^\p{Lu}/u.test(tokens[j].text) ? j : -1;
}

/**
 * Sentences: wink's, split again at every line break (news paragraphs, headlines and the block
 * quote after "said:" are their own sentences), trimmed of whitespace tokens at their edges.
 */
export function buildSentences(tokens: Token[], winkSentences: Array<[number, number]>): Sentence[] {
  const starts = new Set<number>();
  // a split before a lowercase word is wink reading an abbreviation as a sentence end
  // ("Rep. Trey Gowdy (R-S.C.) earlier in the day said"): edited news starts sentences in capitals
  for (const [s] of winkSentences)
    if (!startsLowercase(tokens, s) && !insideInitialism(tokens, s) && !afterTitleAbbreviation(tokens, s))
      starts.add(s);
  for (const t of tokens) if (isBreak(t) && t.text.includes('\n')) starts.add(t.i + 1);
  for (let i = 1; i < tokens.length; i++) {
    const next = unitPeriodEnd(tokens, i);
    if (next > 0) starts.add(next);
  }
  const sentences: Sentence[] = [];
  let first = -1;
  const close = (endToken: number) => {
    if (first < 0) return;
    let a = first;
    let b = endToken;
    while (a < b && isBreak(tokens[a])) a++;
    while (b > a && isBreak(tokens[b - 1])) b--;
    if (b > a) {
      const i = sentences.length;
      for (let k = a; k < b; k++) tokens[k].sentence = i;
      sentences.push({ i, start: tokens[a].start, end: tokens[b - 1].end, firstToken: a, endToken: b });
    }
    first = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (starts.has(i)) close(i);
    if (first < 0) first = i;
  }
  close(tokens.length);
  // whitespace tokens between sentences belong to the one before
  for (let i = 0, s = 0; i < tokens.length; i++) {
    while (s + 1 < sentences.length && sentences[s + 1].firstToken <= i) s++;
    if (isBreak(tokens[i])) tokens[i].sentence = s;
  }
  return sentences;
}

export const tokenizer: Component = {
  name: 'wink-tokenizer',
  needs: [],
  adds: ['tokens', 'sentences'],
  run(doc: ArticleDocument) {
    const { tokens, winkSentences } = readTokens(doc.text);
    doc.tokens = tokens;
    doc.sentences = buildSentences(tokens, winkSentences);
  },
};
