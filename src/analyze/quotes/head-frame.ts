// The attribution before an opening mark (headFrame): she stated, "…" / According to X, "…" / a cue
// right before a quoted sentence; with no verb, a label before a colon (colonLabelFrame: "Clinton's
// response was: “…”", "From Bush's Facebook post: “…”").
import { DOCUMENT_NOUNS, POSSESSIVES, isBreak, isSentenceEnd, isWord, type QuoteContext } from './context.js';
import { insideWord, phrase, possessiveApostrophe, type Phrase } from './phrases.js';
import { subjectBefore } from './subject-before.js';
import { nameInApposition, phraseAfter } from './phrase-after.js';
import { quoteLexicon as lex } from './lexicon.js';
import { lexiconSets as entityLexicon } from '../entities/lexicon.js';
import { documentAuthor } from './according-to.js';
import { mainSubject } from './main-subject.js';
import { saidBySubjectAfterObject } from './participle-speaker.js';
import { opensCapitalised, TITLE_LINKS, tokenLimit, type Frame } from './tail-frame.js';

/** Tokens between a cue and the colon or comma before a quote (told reporters at the White House:). */
export const MAX_HEAD_GAP = 8;
/** How far back a cue may stand before the comma when only adjuncts come between (see adjunctsBefore). */
const MAX_HEAD_ADJUNCT_GAP = 20;
const MAX_COLON_GAP = 24;

/** The attribution before an opening mark, ending in a colon or comma: she stated, "…" / According to X, "…". */
export function headFrame(ctx: QuoteContext, si: number): Frame | null {
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
export const SAID_NOUNS = new Set([
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
