// "According to X" and its content: the source after "to" (a document's author where there is one:
// "according to a report by …"), and the content on either side of the aside. documentAuthor is the
// direct reader's too.
import type { Sentence, Token } from '../document.js';
import type { Span } from '../types.js';
import { isSentenceEnd, isWord, POSSESSIVES, type QuoteContext } from './context.js';
import { isRecordWord } from './evidence.js';
import { SUBORDINATORS } from './sentence-opening.js';
import { quantityNumberAt } from './quantity-lead.js';
import { quoteLexicon as lex } from './lexicon.js';
import { lexiconSets as entityLexicon } from '../entities/lexicon.js';
import { npToken, phrase, type Phrase } from './phrases.js';
import { opensSubject, phraseAfter } from './phrase-after.js';
import { ISSUING, mediumWord, spokenMediumWord } from './medium-issuer.js';
import { isClauseVerb, clauseAt } from './clause.js';
import { contentSpan, contentEnd } from './content-end.js';
import { inOpeningSubordinate } from './content-asides.js';
import { pushIndirect } from './indirect-candidate.js';
import { RELATIVE_WORDS } from './main-subject.js';

/**
 * Whether the phrase after "according to" is headed by a rule, a plan or a measure, which is followed,
 * not quoted: "displays the creatures according to rules devised by the programmers", "according to
 * the plan", "according to their needs" (its head: the last noun of the words that open it).
 */
function normHead(toks: Token[], p: Phrase): boolean {
  let head: Token | null = null;
  // (a plural noun the tagger took for a verb is a noun here: "according to rules devised by …"; so
  // is a bare noun right after "to", "according to plan", and a participle before its noun modifies
  // it: "according to shared norms")
  const nounish = (i: number) =>
    NOUN_PHRASE_POS.has(toks[i].pos) ||
    /^\p{Ll}+s$/u.test(toks[i].text) ||
    (i === p.first && toks[i].pos === 'VERB' && lex.followedNorms.has(toks[i].lemma));
  const participle = (i: number) =>
    toks[i].pos === 'VERB' && /ed$/.test(toks[i].lower) && i + 1 < p.endToken && nounish(i + 1);
  for (let i = p.first; i < p.endToken && (nounish(i) || participle(i)); i++)
    if (!MODIFIER_POS.has(toks[i].pos) && !participle(i)) head = toks[i];
  return head !== null && head.pos !== 'PROPN' && lex.followedNorms.has(head.lemma);
}

const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'PRON']);
const NOUN_PHRASE_POS = new Set([...MODIFIER_POS, 'NOUN', 'PROPN']);

export function accordingTo(ctx: QuoteContext, s: Sentence, k: number): void {
  const toks = ctx.doc.tokens;
  const found =
    phraseAfter(ctx.doc, k + 2, s.endToken) ??
    sourceAfterTo(ctx, k + 2, s.endToken) ??
    plainSourceAfter(ctx, k + 2, s.endToken);
  if (!found || normHead(toks, found)) return;
  // "according to a statement by NHL Linesman Michel Cormier", "… a report from the World Bank": the
  // one who put the document out is the source
  const src = documentAuthor(ctx, found, s.endToken) ?? found;
  const cue = { start: toks[k].start, end: toks[k + 1].end };
  let after = src.endToken;
  // the source phrase may run on with a relative clause or a participle: stop at the comma
  // (an article right after it opens the content's subject, no comma between: "According to the
  // protestors the new legislation may …")
  // (a bracket's commas are its own, the source may stand in it: "According to Burn (2005, p.
  // 170-172), Free Trade Zones are …", "According to a 2005 study (Burn, p. 170), women are …")
  let open = 0;
  for (let j = k + 2; j < after; j++) open += toks[j].text === '(' ? 1 : toks[j].text === ')' && open > 0 ? -1 : 0;
  if (!opensSubject(toks, after))
    while (after < s.endToken && (open > 0 || toks[after].text !== ',') && !isSentenceEnd(toks[after])) {
      open += toks[after].text === '(' ? 1 : toks[after].text === ')' && open > 0 ? -1 : 0;
      after++;
    }
  // and an apposition set off by commas describes the source: "According to the Syrian Observatory
  // for Human Rights, a Britain-based war monitor, at least 30 people were killed"
  after = pastSourceApposition(ctx, after, s.endToken);
  const atStart = !toks.slice(s.firstToken, k).some(isWord);
  const atEnd = !toks.slice(after, s.endToken).some(isWord);
  // in mid-sentence it attributes the clause before it ("Trump gave his blessing, according to court
  // documents, becoming …"), or the clause after a fronted adjunct ("In 2014, according to the FBI, …")
  let clauseBefore = false;
  for (let j = s.firstToken; j < k && !clauseBefore; j++) clauseBefore = isClauseVerb(toks[j]) && ctx.inSpan[j] < 0;
  // "While most were elevated to …, according to an official, two were upgraded …", "after,
  // according to him, Televisa censured …": the clause before is subordinate; the main one is said.
  // So is a that-clause's: "Reuters is reporting that according to a source …, Israeli aircraft fired …"
  const prev = toks[k - 1]?.text === ',' ? k - 2 : k - 1;
  const subordinateBefore =
    !atEnd &&
    prev >= s.firstToken &&
    (SUBORDINATORS.has(toks[prev].lower) ||
      toks[prev].lower === 'that' ||
      // ("The bomb went off … and according to some sources the bomber mingled within the crowd": the
      // clause coordinated after the aside, with a subject of its own, is the source's; "… has reshuffled
      // top diplomats and, according to officials, adopted …" shares the sentence's)
      ((toks[prev].lower === 'and' || toks[prev].lower === 'but') && clauseAt(ctx, after, s.endToken)) ||
      // ("captured in Afghanistan where, according to his father, he was on a pilgrimage")
      RELATIVES_BEFORE_ASIDE.has(toks[prev].lower) ||
      (toks[k - 1]?.text === ',' && inOpeningSubordinate(ctx, k - 1)));
  const before = !(atStart || subordinateBefore || (!atEnd && !clauseBefore));
  // "“…,” Sanders said, according to CNN": the clause before holds a quote with its own
  // attribution, which the source reports (the clause is still the source's account as a whole)
  if (before) markReportedBefore(ctx, s, k, src);
  const span = before
    ? contentSpan(toks, s.firstToken, k)
    : contentSpan(toks, after, contentEnd(ctx, after, s.endToken));
  // "Their talks, according to the U.S., could include …": the attribution interrupts its content
  // after the subject; the content runs from the subject on, in two parts
  const subject = !atStart && !atEnd && !clauseBefore && !subordinateBefore ? subjectBeforeAside(ctx, s, k) : null;
  if (span && subject && subject.end < span.start)
    pushIndirect(ctx, { start: subject.start, end: span.end }, cue, src, 'according-to', 'according-to', [
      subject,
      span,
    ]);
  else if (span) pushIndirect(ctx, span, cue, src, 'according-to', 'according-to');
  // (a relative clause on the source reports on its own: "according to a new poll that shows more
  // voters view Clinton unfavorably …")
  for (let j = k; j < after && !RELATIVE_WORDS.has(toks[j].lower); j++) ctx.usedCue.add(j);
}

/** Relative words an "according to" aside may follow: the relative clause after the aside is the account. */
const RELATIVES_BEFORE_ASIDE = new Set(['where', 'which', 'who', 'whom']);

/** The most tokens of an apposition after an "according to" source. */
const MAX_SOURCE_APPOSITION = 14;

/** Relative words that open a clause about a name ("Reyes, whose real name was …"). */
const NAME_RELATIVES = new Set([...RELATIVE_WORDS, 'whose', 'whom']);

/**
 * Where the content goes on after an apposition of the source that opens at the comma c (", a
 * Britain-based war monitor, …"): at the comma that closes it, when the apposition is a phrase led
 * by a determiner (no auxiliary, no quotation; the tagger reads "-based" and some nouns as verbs)
 * and a clause follows; else c.
 */
function pastSourceApposition(ctx: QuoteContext, c: number, end: number): number {
  const toks = ctx.doc.tokens;
  // (or by the person's name after their title: "According to Japan's chief envoy, Kenichiro Sasae,
  // North Korea will not take part …")
  const named = toks[c]?.text === ',' && toks[c + 1] ? ctx.doc.entityAt(toks[c + 1].start) : undefined;
  if (named?.entity.type === 'PERSON' && named.mention.kind === 'name' && named.mention.start === toks[c + 1].start) {
    let e = c + 1;
    while (e < end && toks[e].end <= named.mention.end) e++;
    // (not the content's own subject before a relative clause: "According to Associated Press, Reyes,
    // whose real name was …, was considered …")
    if (toks[e]?.text === ',' && !NAME_RELATIVES.has(toks[e + 1]?.lower ?? '') && clauseAt(ctx, e + 1, end)) return e;
  }
  // (or by a second source set off the same way: "According to South Korea-based Yonhap News service,
  // and the Associated Press, North Korea has announced …")
  const second = toks[c]?.text === ',' && (toks[c + 1]?.lower === 'and' || toks[c + 1]?.lower === 'or');
  if (second && (toks[c + 2]?.pos === 'DET' || toks[c + 2]?.pos === 'PROPN'))
    for (let j = c + 3; j < end && j - c <= MAX_SOURCE_APPOSITION; j++) {
      const t = toks[j];
      if (t.text === ',') {
        if (clauseAt(ctx, j + 1, end)) return j;
        break;
      }
      // (a name's capitalised word the tagger read as a verb: "the Associated Press")
      const named = t.pos === 'PROPN' || (/^\p{Lu}/u.test(t.text) && t.pos !== 'PUNCT');
      if (ctx.inSpan[j] >= 0 || !(named || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET')) break;
    }
  // (or by a title with no determiner: "According to Kirby Jones, president of the U.S. - Cuba Trade
  // Association, the U.S. Treasury Department pressured …")
  const titled = toks[c + 1]?.pos === 'NOUN' && entityLexicon().titleHeads.has(toks[c + 1].lower);
  if (toks[c]?.text !== ',' || (toks[c + 1]?.pos !== 'DET' && !titled) || toks[c + 1].lower === 'that') return c;
  for (let j = c + 2; j < end && j - c <= MAX_SOURCE_APPOSITION; j++) {
    const t = toks[j];
    // (a clause must open right after: "the suspect, a 25-year-old man, fled" is no apposition of the source's)
    if (t.text === ',') return clauseAt(ctx, j + 1, end) || quantityNumberAt(ctx, j + 1, end) >= 0 ? j : c;
    if (ctx.inSpan[j] >= 0 || t.pos === 'AUX' || (t.pos === 'PUNCT' && t.text !== '-')) return c;
  }
  return c;
}

/**
 * Marks the quotes found already whose cues stand in sentence s before the "according to" at k as
 * reported by its source. Only quotations and verbs of saying count: "The protesters then attacked a
 * convenience store, according to the Los Angeles Times" reports no one's words.
 */
function markReportedBefore(ctx: QuoteContext, s: Sentence, k: number, src: Phrase): void {
  const doc = ctx.doc;
  const from = doc.tokens[s.firstToken].start;
  const to = doc.tokens[k].start;
  for (const c of ctx.candidates) {
    if (!c.cue || c.cue.start < from || c.cue.end > to || c.rule === 'according-to' || c.reportedBy !== null) continue;
    // (a source inside the content is the content's: "Reuters is reporting that according to a source
    // with Lebanese security, …" is Reuters's report of what its source says)
    if ((c.parts ?? [c]).some((part) => part.start <= to && to < part.end)) continue;
    if (c.kind !== 'direct' && ctx.cueClass(doc.tokenIndexAt(c.cue.start)) !== 'speech') continue;
    c.reportedBy = src;
  }
}

/** Words that open a sentence's subject: a determiner, a possessive, a name, a noun or its modifier. */
const SUBJECT_OPENERS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM']);
/** The most words of a subject before an attribution set off by commas. */
const MAX_ASIDE_SUBJECT = 8;

/**
 * The noun phrase that opens the sentence and ends at the comma before the attribution at k ("Their
 * talks, according to …", "His criticism, according to …"), or null: not a fronted time ("Last year,
 * according to …") or a phrase with a comma or verb of its own.
 */
function subjectBeforeAside(ctx: QuoteContext, s: Sentence, k: number): Span | null {
  const toks = ctx.doc.tokens;
  const first = s.firstToken;
  const comma = k - 1;
  if (toks[comma]?.text !== ',' || comma <= first || comma - first > MAX_ASIDE_SUBJECT) return null;
  if (!SUBJECT_OPENERS.has(toks[first].pos) || ctx.timeAt(first)) return null;
  if (toks[first].pos === 'PRON' && !POSSESSIVES.has(toks[first].lower)) return null;
  let noun = false;
  for (let j = first; j < comma; j++) {
    const p = toks[j].pos;
    if (p === 'PUNCT' || p === 'VERB' || p === 'AUX' || p === 'ADP' || ctx.inSpan[j] >= 0) return null;
    if (p === 'NOUN' || p === 'PROPN') noun = true;
  }
  return noun ? { start: toks[first].start, end: toks[comma - 1].end } : null;
}

/** Verbs of making a record, besides those of issuing one (medium-issuer.ts ISSUING). */
const AUTHORING = new Set(['provide', 'compile', 'conduct', 'prepare', 'produce', 'commission', 'author', 'record']);

/** Words between a document and who put it out ("a statement by …", "a report issued by …"). */
const AUTHOR_LINKS = new Set(['by', 'from']);

/**
 * The author after a document or a record as the source ("a statement by X", "a report released by
 * X", "calculations by Amy Glasmeier of …", "a tally by the Associated Press", "audio provided by
 * Wyoming Public Radio"), else null.
 */
export function documentAuthor(ctx: QuoteContext, src: Phrase, end: number): Phrase | null {
  const toks = ctx.doc.tokens;
  if (src.headKind === 'pronoun') return null;
  const head = ctx.doc.text.slice(src.head.start, src.head.end);
  if (!mediumWord(head) && !head.split(/\s+/).some(isRecordWord)) return null;
  let j = src.endToken;
  // ("a report issued by …", "a statement released on Monday by …" is too far; "documents obtained
  // by the National Security Archive" were not theirs; nor is a speech released by someone theirs)
  if (
    !spokenMediumWord(head) &&
    toks[j]?.pos === 'VERB' &&
    /ed$/.test(toks[j].lower) &&
    (ISSUING.has(toks[j].lemma) || AUTHORING.has(toks[j].lemma))
  )
    j++;
  // ("interviews with a dozen party leaders": who was interviewed speaks)
  const link = toks[j]?.lower ?? '';
  if (!AUTHOR_LINKS.has(link) && !(link === 'with' && /\binterviews?$/i.test(head))) return null;
  return phraseAfter(ctx.doc, j + 1, end);
}

/**
 * The source after "according to" when the tagger, reading "to" as an infinitive marker, made its
 * first noun a verb ("according to police", "according to exit polls", "according to court documents"):
 * the lower-case words up to the next noun, then the noun phrase on from there.
 */
function sourceAfterTo(ctx: QuoteContext, a: number, end: number): Phrase | null {
  const toks = ctx.doc.tokens;
  const t = toks[a];
  if (!t || t.pos !== 'VERB' || ctx.inSpan[a] >= 0 || !/^\p{Ll}/u.test(t.text)) return null;
  let e = a + 1;
  while (e < end && e - a < MAX_SOURCE_WORDS && (toks[e].pos === 'NOUN' || toks[e].pos === 'PROPN')) e++;
  return phrase(ctx.doc, a, e);
}
const MAX_SOURCE_WORDS = 4;

/** Prepositions that go on with a source read word by word after its noun ("data … from the FBI", "a poll by …"). */
const SOURCE_LINKS = new Set(['from', 'by', 'at', 'for', 'in', 'on']);

/** The most tokens of a source read word by word (the most recent RealClearPolitics average of national polls). */
const MAX_PLAIN_SOURCE = 12;

/**
 * A source the phrase reader passed over ("his biography", "the most recent RealClearPolitics
 * average of national polls"): determiners, possessives, modifiers, nouns and "of" up to a comma or
 * the sentence end, with a noun in it.
 */
function plainSourceAfter(ctx: QuoteContext, a: number, end: number): Phrase | null {
  const toks = ctx.doc.tokens;
  let e = a;
  let noun = false;
  while (e < end && e - a < MAX_PLAIN_SOURCE && ctx.inSpan[e] < 0) {
    const t = toks[e];
    if (t.pos === 'PUNCT' && t.text !== '-') break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = true;
    else if (!(
      npToken(t) ||
      POSSESSIVES.has(t.lower) ||
      t.pos === 'ADV' ||
      t.lower === 'of' ||
      /^['’]s$/.test(t.lower) ||
      // ("the most recent data available from the FBI": who put the record out, after its noun)
      (noun && SOURCE_LINKS.has(t.lower))
    ))
      break;
    e++;
  }
  const stop = toks[e];
  if (!noun || e === a || (stop && stop.text !== ',' && !isSentenceEnd(stop))) return null;
  while (e > a && (toks[e - 1].lower === 'of' || toks[e - 1].pos === 'ADV')) e--;
  return phrase(ctx.doc, a, e);
}
