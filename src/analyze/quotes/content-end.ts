// Where an indirect quote's content ends (contentEnd): before a semicolon, a second attribution, a
// participial adjunct or a coordinated clause of the cue's subject; and the content's span, trimmed
// (contentSpan). What a comma inside the content opens is read in content-asides.ts.
import type { ArticleDocument, Token } from '../document.js';
import type { Span } from '../types.js';
import { SUBORDINATORS } from '../nlp/closed-class.js';
import { BE_FORMS, isBreak, isSentenceEnd, isWord, POSSESSIVES, type QuoteContext } from './context.js';
import { endsAtSayingParticiple } from './participle-speaker.js';
import { quoteLexicon as lex } from './lexicon.js';
import { clauseOfNounTaggedVerb } from './noun-tagged-verb.js';
import { isDoubledMark } from './marks.js';
import { npToken } from './phrases.js';
import {
  CLAUSE_STOP,
  isClauseVerb,
  finiteVerb,
  FINITE_AUX,
  irregularPast,
  pastParticipleForm,
  finiteVerbAt,
  clauseAt,
  NEGATIONS,
} from './clause.js';
import {
  appositionEnd,
  writersAttribution,
  writersComparison,
  comparedFigure,
  nextShare,
  closingAppositive,
  inOpeningPhrase,
  embeddedRelative,
  participleAside,
  gerundSubject,
  frontedBeforeClause,
} from './content-asides.js';
export const MIN_CONTENT_WORDS = 2;

/** The sentence's content tokens [a, b): trims edge punctuation except quotation marks. */
export function contentSpan(toks: Token[], a: number, b: number, minWords = MIN_CONTENT_WORDS): Span | null {
  while (a < b && (toks[a].pos === 'PUNCT' || isBreak(toks[a])) && !/["“‘'«]/.test(toks[a].text)) a++;
  while (b > a && (toks[b - 1].pos === 'PUNCT' || isBreak(toks[b - 1])) && !/["”’'»]/.test(toks[b - 1].text)) b--;
  if (b <= a) return null;
  let words = 0;
  for (let i = a; i < b; i++) if (isWord(toks[i])) words++;
  if (words < minWords) return null;
  return { start: toks[a].start, end: toks[b - 1].end };
}

/** Words after a comma that set the writer's contrast against a content clause (, while …; , however …). */
const WRITERS_CONTRASTS = new Set(['while', 'whereas', 'however']);
const CLAUSE_LINKS = new Set(['and', 'but', 'while', 'although', 'though', 'yet', 'whereas']);
/**
 * A clause after "and"/"but" has its verb within this many tokens (a list of nouns has none), past a
 * long subject (", and the prominent Jewish civil rights organization the Anti-Defamation League
 * strongly denounced …").
 */
const LINKED_VERB_WINDOW = 11;

/** Words opening a subordinate clause on a noun phrase ("environment laws when they do business …"). */
const NOUN_CLAUSE_OPENERS = new Set(['when', 'where', 'because', 'if', 'unless']);
/** Tags of the words of a plain noun phrase. */
const NOUN_PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);

/** Whether tokens [a, b) are a plain noun phrase's words. */
function nounPhraseBetween(toks: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!NOUN_PHRASE_TAGS.has(toks[i].pos)) return false;
  return true;
}

/** Tags of a word opening an adjunct clause or phrase (while, although, if; in, despite). */
const OPENS_ADJUNCT = new Set(['SCONJ', 'ADP']);

/**
 * Whether tokens a..b are noun phrases only, a subject whose list or aside goes on past the comma
 * ("that the U.S., Britain, France, and Germany are …", "that all our efforts -- our security
 * efforts, …"): no verb, nor a noun before a determiner (the tagger's verb: "that Germany halt the rally").
 */
function listedSubject(toks: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.pos === 'PUNCT') continue;
    if (!npToken(t) || t.pos === 'VERB') return false;
    if (t.pos === 'NOUN' && (toks[k + 1]?.pos === 'DET' || toks[k + 1]?.pos === 'PRON')) return false;
  }
  return true;
}

/**
 * Whether the plain verb at v, right after "and", goes on an infinitive of the content: "to combat
 * COVID-19, advance economic ties, and expand environmental cooperation" (the plain form cannot be a
 * verb of the cue's subject, who "discussed").
 */
function lastOfVerbList(ctx: QuoteContext, a: number, j: number, v: number): boolean {
  const toks = ctx.doc.tokens;
  const plainVerb = (k: number) =>
    toks[k]?.pos === 'VERB' && toks[k].lower === toks[k].lemma && /^\p{Ll}/u.test(toks[k].text) && ctx.inSpan[k] < 0;
  if (!plainVerb(v)) return false;
  // (after a cue in its plain form the verb may be the subject's own again: "We condemn the decision to
  // …, and call on …")
  const cue = verbBeforeContent(toks, a);
  if (cue >= 0 && toks[cue].lower === toks[cue].lemma) return false;
  for (let k = a; k < j; k++) if (toks[k].lower === 'to' && plainVerb(k + 1)) return true;
  return false;
}

/**
 * Whether the finite verb at v, right after "and", closes a list of the content's own verbs of its
 * form that a comma runs: "unless the movement renounces violence, recognises Israel and embraces
 * existing peace plans" (not the cue's subject acting again).
 */
function lastOfFiniteList(ctx: QuoteContext, a: number, j: number, v: number): boolean {
  const toks = ctx.doc.tokens;
  const ending = (t: Token | undefined) =>
    t?.pos === 'VERB' ? (/ed$/.test(t.lower) ? 'ed' : /[^s]s$/.test(t.lower) ? 's' : '') : '';
  const form = ending(toks[v]);
  if (!form) return false;
  // (the list's first verb is the content's own, after its subject: a noun phrase content and a comma's
  // verb are the cue's subject acting again, "has mocked a disabled newspaper reporter, referred to …")
  for (let k = a + 1; k < j; k++)
    if (
      toks[k].text === ',' &&
      ctx.inSpan[k + 1] < 0 &&
      ending(toks[k + 1]) === form &&
      // (not a participle ending a hyphened modifier: "a broad-based international effort")
      toks.slice(a + 1, k).some((t, x) => ending(t) === form && toks[a + x].text !== '-')
    )
      return true;
  return false;
}

/** The verb or auxiliary nearest before the content at a, at most `reach` tokens back (the cue's), or -1. */
function verbBeforeContent(toks: readonly Token[], a: number, reach = 3): number {
  for (let k = a - 1; k >= 0 && k >= a - reach; k--) if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') return k;
  return -1;
}

/** Whether a token is a verb in the form of a past participle ("condemned", "found"). */
const pastParticiple = (t: Token | undefined) => !!t && t.pos === 'VERB' && pastParticipleForm(t.lower);

/** Parts of speech that open an object after a verb (or an adverb before one: "and tried consistently with …"). */
const OBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ', 'ADV']);
/** Participles of one's own resolve, which after "and" are the subject's verb: "resolved to", "committed to". */
const SELF_COMMITTING = new Set(['resolved', 'committed', 'determined', 'pledged', 'vowed', 'promised', 'decided']);

/**
 * Whether the participle after the conjunction at j shares the passive of the content's verb before it:
 * "if he was found guilty and condemned to die" (no new verb of the cue's subject).
 */
function sharesPassive(toks: readonly Token[], a: number, j: number): boolean {
  if (!pastParticiple(toks[j + 1])) return false;
  // (a verb with an object or a clause of its own is the cue's subject acting again: "denied that
  // civilians were killed and issued a statement", "… and questioned whether …"; so is a state of
  // mind: "are united and resolved to stand with Ukraine")
  const next = toks[j + 2];
  if (next && (OBJECT_START.has(next.pos) || next.lower === 'whether' || next.lower === 'that')) return false;
  if (SELF_COMMITTING.has(toks[j + 1].lower)) return false;
  let v = j - 1;
  while (v > a && toks[v].pos !== 'VERB' && toks[v].pos !== 'AUX') v--;
  if (!pastParticiple(toks[v])) return false;
  let b = v - 1;
  while (b > a && toks[b].pos === 'ADV') b--;
  return b >= a && BE_FORMS.has(toks[b].lower);
}

/** Parts of speech that open a clause after ", and" rather than a list's last item ("and we will …", "and so this is …"). */
const CLAUSE_OPENERS = new Set(['PRON', 'ADV', 'SCONJ', 'AUX', 'VERB']);

/**
 * Whether tokens a..j (j a comma) are noun phrases with a comma between two of them: a list of three
 * or more under way. Not one with a quotation in it ("lower taxes and “jobs, jobs, jobs,”").
 */
function serialListBefore(ctx: QuoteContext, a: number, j: number): boolean {
  const toks = ctx.doc.tokens;
  let commas = 0;
  for (let k = a; k <= j; k++) {
    if (ctx.inSpan[k] >= 0) return false;
    if (k > a && k < j && toks[k].text === ',') commas++;
  }
  return commas > 0 && listedSubject(toks, a, j);
}

/**
 * Whether "that" at a opens a clause rather than pointing at a noun ("support that effort", "know that
 * for sure"): a name, a plural, a determiner or a pronoun follows it.
 */
function thatClauseOpens(toks: readonly Token[], a: number): boolean {
  const t = toks[a];
  const next = toks[a + 1];
  if (t.lower !== 'that' || t.pos !== 'SCONJ' || !next) return false;
  if (next.pos === 'NOUN') return next.lower !== next.lemma;
  return next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'NUM';
}

/** Whether the colon at j introduces a quotation the direct pass has already taken. */
function quotationAfterColon(ctx: QuoteContext, j: number): boolean {
  // (a doubled opening mark is two tokens: ": ''He's a start-up kind of guy.''")
  for (let k = j + 2; k <= j + 3 && k < ctx.inSpan.length; k++) {
    const si = ctx.inSpan[k];
    if (si >= 0) return ctx.openToken[si] > j && ctx.openToken[si] < k && ctx.taken.has(si);
  }
  return false;
}

/**
 * Whether tokens a..colon hold a content clause of the cue's own, complete before the colon: "that
 * France had lost its identity:", "Trump's son was acting out of worry:" (a subject and a finite verb).
 * Not a noun phrase ("the need for strong will:", which the quotation spells out), nor a clause
 * with a cue of its own ("he responded:", "what his parents told him:"), whose quotation it is.
 */
export function ownClauseBeforeColon(ctx: QuoteContext, a: number, colon: number): boolean {
  const toks = ctx.doc.tokens;
  const that = toks[a].lower === 'that' && toks[a].pos === 'SCONJ';
  // (not a preposition's object: "commented on how the rescue was initiated:")
  if (colon - a < 3 || !(that || (toks[a].pos !== 'ADP' && clauseAt(ctx, a, colon)))) return false;
  // ("his real comment was:": a copula right before the colon takes the quotation as its complement)
  const last = toks[colon - 1];
  if (last.pos === 'AUX' || last.lemma === 'be') return false;
  let finite = false;
  for (let j = that ? a + 1 : a; j < colon; j++) {
    if (ctx.inSpan[j] < 0 && ctx.cueClass(j) === 'speech') return false;
    if (finiteVerbAt(ctx, j)) finite = true;
  }
  return finite;
}

/**
 * Where the content clause that starts at token a ends (exclusive), at most `end`: before a
 * semicolon, a second attribution (", according to", ", saying …", ", he said"), a participial
 * adjunct (", arguing that …") or a coordinated clause (", and he railed …"). Quotation runs on.
 */
export function contentEnd(ctx: QuoteContext, a: number, end: number): number {
  // (a cue or a source that ends a text cut short has no content: "According to their press releas")
  if (a >= end) return end;
  const toks = ctx.doc.tokens;
  // worked out at the first comma only (most contents have none)
  let inOpening: boolean | undefined;
  // whether the content so far has a verb of its own (else it is a noun phrase)
  let verbSeen = ctx.inSpan[a] < 0 && isClauseVerb(toks[a]);
  // whether the content opens as a noun phrase, not a clause ("that …", "whether …")
  const nounContent = toks[a].pos !== 'SCONJ' && toks[a].lower !== 'that';
  // whether the content clause has its finite verb yet (a participle modifying a noun is none)
  let finiteSeen = false;
  // whether a comma of the content's was passed
  let commaSeen = false;
  for (let j = a + 1; j < end; j++) {
    if (ctx.inSpan[j] >= 0) continue;
    const t = toks[j];
    // "claimed self-defense and was acquitted …", "that assignment and has since left …": after a noun
    // phrase content, "and" with an inflected verb is the cue's subject acting again
    // (not an adjective and a participle before one noun: "a strong and united Transatlantic response")
    if (
      !verbSeen &&
      (t.lower === 'and' || t.lower === 'but') &&
      secondPredicate(ctx, j + 1, end) &&
      !modifiersOfOneNoun(toks, j)
    )
      return j;
    // "asked Republican leaders to disavow Mr. Trump and has repeatedly characterized him as …": a
    // finite auxiliary and its verb after a content with no finite verb of its own is the cue's
    // subject acting again
    if (
      !finiteSeen &&
      (t.lower === 'and' || t.lower === 'but') &&
      finiteVerbGroup(ctx, j + 1, end) &&
      nonFiniteContent(ctx, a, j)
    )
      return j;
    // "mentioned Clinton's remarks and went right back to …": an irregular past is one too (not
    // after "that", whose clause may hold a verb the tagger missed)
    // (nor here)
    if (
      !verbSeen &&
      nounContent &&
      (t.lower === 'and' || t.lower === 'but') &&
      irregularPast(pastAdverbs(ctx, j + 1)) &&
      !modifiersOfOneNoun(toks, j)
    )
      return j;
    // "denounced the raid saying it was a “premeditated plan”": a participle of saying after a noun
    // phrase content is the cue's subject speaking again, as after a comma (not "by saying", a means,
    // nor "a statement saying …", the document's words)
    if (!verbSeen && nounContent && endsAtSayingParticiple(ctx, a, j)) return j;
    // "mentioning the need for a wall … and adding, "…"": a participle of saying after "and" is the
    // speaker's next statement
    if (
      (t.lower === 'and' || t.lower === 'but') &&
      (toks[j + 1]?.pos === 'VERB' || taggedNounParticiple(ctx, j + 1)) &&
      /^\p{Ll}+ing$/u.test(toks[j + 1].text) &&
      ctx.inSpan[j + 1] < 0 &&
      ctx.cueClass(j + 1) === 'speech' &&
      // (not a gerund coordinated with one of the content's own: "aimed at explaining … and clarifying …")
      !toks.slice(a, j).some((w, i) => w.pos === 'VERB' && /ing$/.test(w.lower) && ctx.inSpan[a + i] < 0) &&
      // (nor one of keeping or going on with a noun phrase: "… and maintaining our economic growth",
      // "and continuing labor reforms")
      !(NO_NP_CONTENT.has(toks[j + 1].lemma) && nounPhraseOpens(toks[j + 2])) &&
      // (a one-word content before it stays whole: "quoted … Pohiva claiming victory and urging …")
      j - a >= 2
    )
      return j;
    if (isClauseVerb(t)) verbSeen = true;
    if (!finiteSeen && finiteVerbAt(ctx, j)) finiteSeen = true;
    // a quotation closed on its own comma ("“… by Cleveland,” referring to …") is a comma too; the
    // content then ends after the closing mark
    const quotedComma = closesOnComma(ctx, j);
    const comma = t.text === ',' || quotedComma;
    // (a doubled closing mark is two tokens: ",'' the bank's critics …")
    const cut = quotedComma ? (doubledCloseAt(ctx, j) ? j + 2 : j + 1) : j;
    // the first token after the comma (and a quotation's closing mark)
    const after = quotedComma ? cut : j + 1;
    if (t.text === ';') return j;
    // "… shows the alleged hijackers "preparing …" in Afghanistan according to BBC News": an
    // "according to" that closes the sentence without a comma is a source of its own, not content
    if (verbSeen && ctx.isAccordingTo(j) && closingSource(toks, j + 2, end)) return j;
    // ("… terrorist demands, WikiNews, April 25, 2005 *Romanian reporters call …": a list flattened into
    // one line, each item opening with its bullet, ends the content at the next item)
    if (t.text === '*' && bulletOpensItem(ctx.doc, j)) return j;
    // ("… say they have their minds made up compared to nearly four in 10 …": without a comma too, once
    // the content's clause has its verb and a figure is compared)
    if (finiteSeen && t.lower === 'compared' && comparedFigure(toks, j)) return j;
    // "said Trump's son was acting out of worry: “It's pretty rattling …”": a quotation the colon
    // introduces, which the direct pass credited through this frame, is a quote of its own
    if (t.text === ':' && quotationAfterColon(ctx, j) && ownClauseBeforeColon(ctx, a, j)) return j;
    // "he respects Clinton and calls her …": a second finite verb of the cue's subject
    if (
      (t.lower === 'and' || t.lower === 'but') &&
      finiteVerb(toks[j + 1]) &&
      ctx.inSpan[j + 1] < 0 &&
      !(attributiveParticiple(toks, j + 1) && listItemBefore(toks, j - 1, a)) &&
      !modifiersOfOneNoun(toks, j) &&
      !lastOfVerbList(ctx, a, j, j + 1) &&
      !lastOfFiniteList(ctx, a, j, j + 1) &&
      // (nor a participle sharing the content's passive: "if he was found guilty and condemned to die")
      !sharesPassive(toks, a, j)
    )
      return j;
    // "fear that Clinton has already missed … and warn that …": a bare cue and its "that" cannot
    // go on with a clause whose verb is past or third person singular; it is the cue's subject again
    if ((t.lower === 'and' || t.lower === 'but') && bareCueAfterInflected(ctx, a, j)) return j;
    // "We encourage all parties … to participate … and call for …": a plain verb of saying after "and",
    // where the cue is a plain form after "we" or "I", is the speaker's next statement
    if ((t.lower === 'and' || t.lower === 'but') && speakerSaysAgain(ctx, a, j)) return j;
    // "agreed that coordination is essential … and they discussed further steps": a clause of the
    // writer's own, in the past, after a content whose verb is in the present
    if ((t.lower === 'and' || t.lower === 'but') && narratedAfterPresent(ctx, a, j)) return j;
    // "… and others have said they …": a coordinated clause with a speaker of its own (not before a
    // "that" clause has its verb: "noted that Boris Tadic and other officials have promised …" joins
    // the subject's two nouns; nor inside a noun phrase: "both he and Rubio promised", "a feckless
    // political and corporate class that he argued …")
    if (
      (verbSeen || wholeNounContent(toks, a, j)) &&
      (t.lower === 'and' || t.lower === 'but') &&
      opensOwnAttribution(ctx, j + 1, end)
    )
      return j;
    if (!comma && t.text !== '\u2014' && t.text !== '\u2015' && t.text !== '--') continue;
    // "argue that, while the tax may …, workers won't …": a comma right after the opening "that" sets
    // off a subordinate clause or prepositional adjunct of the content's own clause, still to come
    // (an "according to" too: "said that, according to information unseen by the EU, standards are …")
    if (
      j === a + 1 &&
      toks[a].lower === 'that' &&
      toks[a].pos === 'SCONJ' &&
      (OPENS_ADJUNCT.has(toks[j + 1]?.pos ?? '') || toks[j + 1]?.pos === 'VERB' || ctx.isAccordingTo(j + 1))
    )
      continue;
    // "we know that if the war continues, all of us will suffer": the first comma after "that" and a
    // subordinator's clause closes that clause inside the content; its main clause follows
    if (
      comma &&
      !commaSeen &&
      toks[a].lower === 'that' &&
      SUBORDINATORS.has(toks[a + 1]?.lower ?? '') &&
      j > a + 2 &&
      clauseAt(ctx, after, end) &&
      // (not a main clause with an attribution of its own: "that while …, he argued the probe …")
      !opensOwnAttribution(ctx, after, end)
    ) {
      commaSeen = true;
      continue;
    }
    commaSeen ||= comma;
    // "When Ryan said he would no longer defend him, Trump lashed out": the main clause is no content
    // (its verb may be one the tagger read as a noun: "While populists … blame foreigners …, Francis
    // points to …")
    if (
      comma &&
      (inOpening ??= inOpeningPhrase(ctx, a)) &&
      (clauseAt(ctx, after, end) || clauseOfNounTaggedVerb(ctx.doc, after, end))
    )
      return cut;
    let n = after;
    while (n < end && toks[n].pos === 'ADV' && ctx.inSpan[n] < 0) n++;
    const nx = toks[n];
    if (!nx || ctx.inSpan[n] >= 0) continue;
    if (ctx.isAccordingTo(n)) return cut;
    // ", while about 4 in 10 want …", ", however this time around that number has dropped …": after a
    // content clause, the writer sets another finding against it (the tagger may miss its verb)
    if (comma && verbSeen && WRITERS_CONTRASTS.has(toks[after].lower)) return cut;
    // ", compared with 41 percent …", ", as opposed to …": the writer's comparison
    if (comma && writersComparison(toks, n)) return cut;
    // ", both described by the Los Angles Times as "two wars."": who else described it, to the end
    if (comma && writersAttribution(toks, n, end)) return cut;
    // "… say they are liberal, 34% conservative": the poll's next share, in the writer's words
    if (comma && verbSeen && nextShare(toks, n)) return cut;
    // ", a website linked to …", ", the presumed Putin favorite": an appositive closing the sentence
    // (not after an adverb: ", most notably the anti-war crowd" elaborates the content)
    if (comma && n === after && closingAppositive(ctx, a, n, end)) return cut;
    // (but ", including …" goes on with the content's own list, and so does a clause whose subject a
    // participle describes before its verb: "says Millennials, numbering 75.3 million, surpassed …")
    // (nor does a gerund that is the subject of the "that" clause's verb still to come: "said that
    // now, following the damages caused by the conflict, rebuilding Gaza would require …")
    if (
      (nx.pos === 'VERB' || taggedNounParticiple(ctx, n)) &&
      /ing$/.test(nx.lower) &&
      comma &&
      !INCLUSIVE.has(nx.lower) &&
      (verbSeen || !participleAside(ctx, j, end)) &&
      (nounContent || finiteSeen || !(gerundSubject(ctx, n, end) || frontedBeforeClause(ctx, n, end)))
    )
      return cut;
    // ", who will face …": a relative clause on the content's last noun is the writer's aside
    // (unless the content's own verb is still to come: "that Sanders, who won Rhode Island, would …")
    if ((nx.lower === 'who' || nx.lower === 'which') && comma && !embeddedRelative(ctx, j, end)) return cut;
    // ", but that he would not …": a second content clause of the same cue
    if (CLAUSE_LINKS.has(nx.lower) && toks[n + 1]?.lower === 'that') continue;
    // (a that-clause whose finite verb is still to come goes on with its subject's second half: "said
    // that Mrs. Clinton's perceived loyalty …, and the nearly uniform support for her …, were factors")
    // (so does any content whose opening list already has two items: "According to the military, a U.S.
    // soldier, an Iraqi soldier, and three Iraqi police officers were wounded")
    const subjectGoesOn =
      !verbSeen &&
      (thatClauseOpens(toks, a)
        ? listedSubject(toks, a + 1, j)
        : serialListBefore(ctx, a, j) && !CLAUSE_OPENERS.has(toks[n + 1]?.pos ?? 'PRON'));
    if (
      CLAUSE_LINKS.has(nx.lower) &&
      !subjectGoesOn &&
      !quotesSpeakerLater(ctx, n + 1, end) &&
      !lastOfVerbList(ctx, a, j, n + 1)
    ) {
      for (let v = n + 1, limit = n + LINKED_VERB_WINDOW; v < end && v <= limit; v++) {
        // (", but Mohamed Saleh, the head of the dissident faction, has denied …": past an apposition)
        const past = appositionEnd(toks, v, end);
        if (past > 0) {
          limit += past - v;
          v = past - 1;
          continue;
        }
        // (", but Republicans, concerned about …, have long considered …": past a participle aside)
        if (
          v > n + 1 &&
          toks[v].text === ',' &&
          ASIDE_HEADS.has(toks[v + 1]?.pos ?? '') &&
          participleAside(ctx, v, end)
        )
          return cut;
        if (ctx.inSpan[v] >= 0 || CLAUSE_STOP.test(toks[v].text)) break;
        // (a verb after a subordinator past the phrase's first word is the subordinate clause's: "exempt
        // from tax, labor, safety, health, and environment laws when they do business in these zones")
        if (v > n + 1 && NOUN_CLAUSE_OPENERS.has(toks[v].lower) && nounPhraseBetween(toks, n + 1, v)) break;
        // (nor is a gerund after a preposition a clause's verb: "Russia's premeditated, unprovoked, and
        // unjustified attack on Ukraine and of maintaining solidarity …")
        if (v > n + 1 && toks[v - 1].pos === 'ADP' && /ing$/.test(toks[v].lower)) continue;
        // ("better-paying jobs, renovated schools, and repaired bridges": a participle before its
        // noun is the last item of a list)
        if (v === n + 1 && attributiveParticiple(toks, v) && listItemBefore(toks, j, a)) continue;
        if (isClauseVerb(toks[v])) return cut;
      }
    }
    // ", he said" / ", officials say": a parenthetical attribution of its own
    if (comma) {
      const k = nx.pos === 'PRON' ? n + 1 : -1;
      if (
        k > 0 &&
        toks[k] &&
        ctx.cueClass(k) === 'speech' &&
        (toks[k + 1]?.text === ',' || isSentenceEnd(toks[k + 1] ?? t))
      )
        return cut;
      // "…, Cruz said he …" / "…, another says …": a new speaker's own attribution frames its own content
      if (opensOwnAttribution(ctx, n, end)) return cut;
    }
  }
  return end;
}

/** Whether tokens [from, end) are a bare source phrase: names and nouns with no verb of their own. */
function closingSource(toks: readonly Token[], from: number, end: number): boolean {
  if (from >= end) return false;
  for (let i = from; i < end; i++) {
    const t = toks[i];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') return false;
    if (t.pos === 'PUNCT' && !isSentenceEnd(t) && t.text !== '"' && t.text !== '\u201d') return false;
  }
  return true;
}

/** Whether the "*" at token j opens a list item: after white space, before a capitalised word or a figure. */
function bulletOpensItem(doc: ArticleDocument, j: number): boolean {
  const t = doc.tokens[j];
  const next = doc.tokens[j + 1];
  return !!next && /\s/.test(doc.text[t.start - 1] ?? '') && next.start === t.end && /^[\p{Lu}\d]/u.test(next.text);
}

/** Subjects whose plain-form verb of saying may come again after "and" ("We urge … and call on …"). */
const FIRST_PERSON = new Set(['we', 'i']);

/**
 * Verbs by which a speaker, not those asked, goes on after "and" ("We encourage all parties … to
 * participate … and call for …"); the content's own verbs ("We urge Russia to cease its attacks and
 * withdraw its forces") are others.
 */
const SPEAKERS_OWN_VERBS = new Set([
  'call',
  'urge',
  'encourage',
  'welcome',
  'commend',
  'condemn',
  'applaud',
  'reaffirm',
  'reiterate',
  'stress',
  'emphasize',
  'underscore',
  'thank',
  'congratulate',
  'look',
]);

/**
 * Whether the verb after the conjunction at j is the cue's "we" or "I" speaking again: a plain form of
 * a speaker's verb, after a cue in its plain form right after that pronoun (adverbs between).
 */
function speakerSaysAgain(ctx: QuoteContext, a: number, j: number): boolean {
  const toks = ctx.doc.tokens;
  const verb = toks[j + 1];
  if (!verb || verb.lower !== verb.lemma || ctx.inSpan[j + 1] >= 0 || !SPEAKERS_OWN_VERBS.has(verb.lower)) return false;
  // (the tagger reads "call" before "for" or "on" as a noun)
  if (verb.pos !== 'VERB' && !(verb.pos === 'NOUN' && /^(?:for|on|upon)$/.test(toks[j + 2]?.lower ?? ''))) return false;
  // the cue: the verb before the content, in its plain form, right after "we" or "I" (four tokens back
  // for an adjective's cue: "We remain gravely concerned about …")
  const k = verbBeforeContent(toks, a, 4);
  if (k <= 0 || toks[k].pos !== 'VERB' || toks[k].lower !== toks[k].lemma) return false;
  let s = k - 1;
  while (s > 0 && toks[s].pos === 'ADV') s--;
  return FIRST_PERSON.has(toks[s]?.lower ?? '');
}

/** Finite auxiliaries of the past or the third person singular, which a bare verb cannot be coordinated with. */
const INFLECTED_AUX = new Set(['is', 'was', 'were', 'has', 'had', "'s"]);

/**
 * Whether the conjunction at j is followed by a bare cue and its "that" ("and warn that …") while the
 * content's nearest verb before it is inflected for the past or the third person singular ("Clinton
 * has already missed …"): the bare verb cannot share that verb's subject, so it is the outer subject's
 * (not after a modal, "to" or "do", which take a bare verb: "will go and say that …").
 */
function bareCueAfterInflected(ctx: QuoteContext, a: number, j: number): boolean {
  const toks = ctx.doc.tokens;
  const cue = toks[j + 1];
  if (!cue || cue.pos !== 'VERB' || cue.lower !== cue.lemma || ctx.inSpan[j + 1] >= 0) return false;
  if (toks[j + 2]?.lower !== 'that' || ctx.cueClass(j + 1) === null) return false;
  for (let v = j - 1; v > a; v--) {
    const t = toks[v];
    if (ctx.inSpan[v] >= 0 || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
    if (t.pos === 'AUX') return INFLECTED_AUX.has(t.lower);
    // (a participle after its auxiliary: "has already missed")
    let h = v - 1;
    while (h > a && (toks[h].pos === 'ADV' || NEGATIONS.has(toks[h].lower))) h--;
    if (toks[h].pos === 'AUX') return INFLECTED_AUX.has(toks[h].lower);
    return toks[v - 1]?.lower !== 'to' && finiteVerb(t);
  }
  return false;
}

/**
 * Whether the word at n, an -ing form the tagger read as a noun, is a participle of saying with its
 * that-clause (", warning that Clinton is …": the tagger reads "warning that" as noun and pronoun).
 */
function taggedNounParticiple(ctx: QuoteContext, n: number): boolean {
  const toks = ctx.doc.tokens;
  return toks[n]?.pos === 'NOUN' && toks[n + 1]?.lower === 'that' && ctx.cueClass(n) !== null;
}

/**
 * Whether the clause linked at n quotes the speaker's own words before the sentence ends, with no
 * speaker of its own: "says Americans are “right to be angry,” but also hungry for what she calls
 * “real solutions”", "says she hopes to be elected, but she knows that “LeBron will always be the
 * king”". A reporter's clause rarely quotes; the speaker's words mark the content as still theirs.
 */
function quotesSpeakerLater(ctx: QuoteContext, n: number, end: number): boolean {
  for (let k = n; k < end; k++) {
    if (ctx.inSpan[k] >= 0) return true;
    if (isSentenceEnd(ctx.doc.tokens[k]) || ctx.doc.tokens[k].text === ';') return false;
    // ("… but the vehemence with which Rouhani condemned what he called “war mongering”": a cue after
    // a speaker of the clause's own frames the words; "what she calls" goes on with the same speaker)
    if (ownSubjectCue(ctx, n, k)) return false;
  }
  return false;
}

/** Whether the token at k is a cue whose subject is no pronoun ("the US State Department is calling"). */
function ownSubjectCue(ctx: QuoteContext, n: number, k: number): boolean {
  if (ctx.cueClass(k) === null) return false;
  const toks = ctx.doc.tokens;
  let j = k - 1;
  while (j > n && (toks[j].pos === 'AUX' || toks[j].pos === 'ADV' || toks[j].pos === 'PART')) j--;
  return toks[j]?.pos !== 'PRON';
}

/** Whether the -ed or -ing verb at v modifies the plural or bare noun right after it ("repaired bridges"). */
const attributiveParticiple = (toks: readonly Token[], v: number) =>
  toks[v].pos === 'VERB' &&
  /^\p{Ll}+(?:ed|ing)$/u.test(toks[v].text) &&
  toks[v + 1]?.pos === 'NOUN' &&
  /s$/.test(toks[v + 1].lower) &&
  toks[v + 2]?.pos !== 'VERB' &&
  toks[v + 2]?.pos !== 'AUX';

/**
 * Whether the conjunction at j joins an adjective and a participle before one noun, after a determiner,
 * a possessive, a preposition or a gerund: "to continue the close and coordinated efforts", "their strong
 * and sustained support", "to engage in serious and sustained diplomacy", "using exaggerated and
 * fabricated evidence".
 */
function modifiersOfOneNoun(toks: readonly Token[], j: number): boolean {
  const next = toks[j + 1];
  if (toks[j - 1]?.pos !== 'ADJ' || !next || !/^\p{Ll}+ed$/u.test(next.text)) return false;
  // (the noun may follow a capitalised modifier the tagger reads as a name: "united Transatlantic response")
  const named = toks[j + 2]?.pos === 'PROPN' && toks[j + 3]?.pos === 'NOUN';
  if (toks[j + 2]?.pos !== 'NOUN' && toks[j + 2]?.pos !== 'ADJ' && !named) return false;
  let p = j - 1;
  while (p > 0 && (toks[p].pos === 'ADJ' || toks[p].pos === 'ADV')) p--;
  // (or a gerund taking the noun as its object: "accused of using exaggerated and fabricated evidence")
  const gerund = toks[p].pos === 'VERB' && /\p{Ll}ing$/u.test(toks[p].text);
  return toks[p].pos === 'DET' || toks[p].pos === 'ADP' || POSSESSIVES.has(toks[p].lower) || gerund;
}

/**
 * Whether the comma at c closes an item of a list that the content from a holds: another comma comes
 * before it, and the words between have no verb but a participle before its noun ("jobs, renovated
 * schools, and …"; not "it withheld emails, and delayed …", a second predicate).
 */
function listItemBefore(toks: readonly Token[], c: number, a: number): boolean {
  if (toks[c]?.text !== ',') return false;
  let p = c - 1;
  while (p > a && toks[p].text !== ',') p--;
  if (p <= a) return false;
  for (let i = p + 1; i < c; i++) {
    const t = toks[i];
    if ((t.pos === 'VERB' && !attributiveParticiple(toks, i)) || t.pos === 'AUX') return false;
  }
  return true;
}

/** Whether a finite auxiliary opens a verb group at n ("has repeatedly characterized", "will ask"). */
function finiteVerbGroup(ctx: QuoteContext, n: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  if (n >= end || ctx.inSpan[n] >= 0 || toks[n].pos !== 'AUX' || !FINITE_AUX.has(toks[n].lower)) return false;
  let v = n + 1;
  while (v < end && (toks[v].pos === 'ADV' || toks[v].lower === 'not')) v++;
  return v < end && toks[v].pos === 'VERB';
}

/**
 * Whether tokens [a, j) hold no verb that may be finite: a noun phrase, an infinitive after "to" or a
 * gerund ("Republican leaders to disavow Mr. Trump", "banning Muslims from entering …"); not "he left on
 * good terms", whose irregular past the finite test does not know.
 */
function nonFiniteContent(ctx: QuoteContext, a: number, j: number): boolean {
  const toks = ctx.doc.tokens;
  if (toks[a].lower === 'that' || toks[a].pos === 'SCONJ') return false;
  for (let i = a; i < j; i++) {
    const t = toks[i];
    if (t.pos === 'AUX') return false;
    if (t.pos === 'VERB' && toks[i - 1]?.lower !== 'to' && !/ing$/.test(t.lower)) return false;
  }
  return true;
}

/** Whether a token opens a noun phrase object: a possessive, a determiner, an adjective or a noun. */
const nounPhraseOpens = (t: Token | undefined) =>
  !!t && (POSSESSIVES.has(t.lower) || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN');
/** A pronoun that is a whole object by itself, so a finite verb after it is the sentence's (description of him came …). */
const STANDALONE_OBJECTS = new Set(['him', 'them', 'us', 'me', 'it', 'this', 'these', 'those']);
/** Past tenses that are no participle, so never a reduced relative on the noun before them (him came …). */
const PAST_NOT_PARTICIPLE = new Set([
  'came',
  'went',
  'took',
  'gave',
  'became',
  'began',
  'saw',
  'knew',
  'grew',
  'rose',
  'fell',
  'wrote',
  'spoke',
  'ran',
  'drew',
  'broke',
  'chose',
  'drove',
  'threw',
]);
/** Parts of speech that open an aside between a subject and its verb (", concerned about …,"). */
const ASIDE_HEADS = new Set(['VERB', 'ADJ']);
/** Words that open a relative clause on the object, whose own verbs follow (the deal that Obama signed). */
const OBJECT_RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when']);

/**
 * Where a noun phrase content (a verb's or preposition's object) starting at a ends because a finite
 * predicate follows its head: the cue then sat in a relative clause or subject whose sentence goes on
 * ("A hacker group that supports [embattled President Bashar Assad] hijacked …", "the focus on
 * [Trump's Middle Eastern policy] was as polite …"). Not past a relative word, a comma or a
 * quotation, whose verbs are their own; `end` when none.
 */
export function objectPredicateEnd(ctx: QuoteContext, a: number, end: number): number {
  const toks = ctx.doc.tokens;
  const first = toks[a];
  if (!first || ctx.inSpan[a] >= 0 || !(npToken(first) || first.pos === 'PRON')) return end;
  if (lex.clauseStarters.has(first.lower) || first.lower === 'that' || lex.subjectPronouns.has(first.lower)) return end;
  for (let j = a + 1; j < end; j++) {
    const t = toks[j];
    const prev = toks[j - 1];
    // "responded to the ban by saying that …", "hinted at Donald Trump by mentioning …": "by" and a
    // gerund say how the cue's act was done, after its object
    if (t.lower === 'by' && toks[j + 1]?.pos === 'VERB' && /ing$/.test(toks[j + 1].lower)) return j;
    const head =
      prev.pos === 'NOUN' ||
      prev.pos === 'PROPN' ||
      prev.pos === 'NUM' ||
      (j - 1 === a && STANDALONE_OBJECTS.has(prev.lower));
    // (adverbs may stand between the head and its predicate: "the U.N. appeal for [Syria] still has …")
    let v = j;
    while (head && v + 1 < end && toks[v].pos === 'ADV' && ctx.inSpan[v] < 0) v++;
    const w = toks[v];
    if (
      head &&
      ((w.pos === 'AUX' && FINITE_AUX.has(w.lower)) ||
        (finiteVerb(w) && !/ed$/.test(w.lower)) ||
        PAST_NOT_PARTICIPLE.has(w.lower))
    )
      return j;
    // a relative or adverbial clause, a quotation, a verb of the noun phrase's own, or a second noun
    // phrase opening after the head (a contact relative: "the things he has tried")
    if (ctx.inSpan[j] >= 0 || t.pos === 'PUNCT' || t.pos === 'SCONJ' || OBJECT_RELATIVES.has(t.lower)) return end;
    // (a possessive opens a noun phrase inside the object: "growth in [her] administration")
    // (not after a word that may open a clause of its own: "gay marriage after his son came out")
    const possessive =
      POSSESSIVES.has(t.lower) && !SUBORDINATORS.has(prev.lower) && j + 1 < end && npToken(toks[j + 1]);
    if (
      t.lower === 'but' ||
      t.pos === 'VERB' ||
      t.pos === 'AUX' ||
      (t.pos === 'PRON' && !possessive) ||
      (head && t.pos === 'DET')
    )
      return end;
    if (prev.pos === 'NOUN' && t.pos === 'PROPN') return end;
  }
  return end;
}

/** The token at k past adverbs outside quotation marks (ultimately made …). */
function pastAdverbs(ctx: QuoteContext, k: number): Token | undefined {
  const toks = ctx.doc.tokens;
  while (toks[k] && toks[k].pos === 'ADV' && ctx.inSpan[k] < 0) k++;
  return ctx.inSpan[k] >= 0 ? undefined : toks[k];
}

/** Pronouns that open the writer's next clause after "and" ("and they discussed …"). */
const NARRATED_SUBJECTS = new Set(['he', 'she', 'they']);
/** Present forms of the auxiliaries: a content in the present tense, not shifted back to the cue's past. */
const PRESENT_AUX = new Set(['is', 'are', 'has', 'have', 'does', 'do', 'am']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'would', 'could', 'might', 'should']);

/**
 * Whether "and" at j opens a clause of a pronoun and a verb in the past tense ("and they discussed")
 * after a content [a, j) whose finite verbs are all in the present ("that coordination is essential"):
 * reported speech in the present after a past cue goes on in the present ("… and they are …"), so the
 * past is the writer narrating again.
 */
function narratedAfterPresent(ctx: QuoteContext, a: number, j: number): boolean {
  const toks = ctx.doc.tokens;
  const subject = toks[j + 1];
  const verb = toks[j + 2];
  if (!subject || !NARRATED_SUBJECTS.has(subject.lower) || ctx.inSpan[j + 1] >= 0 || ctx.inSpan[j + 2] >= 0)
    return false;
  if (!verb || verb.pos !== 'VERB' || !(/[^e]ed$/.test(verb.lower) || irregularPast(verb))) return false;
  let present = false;
  for (let k = a; k < j; k++) {
    const w = toks[k];
    if (ctx.inSpan[k] >= 0 || (w.pos !== 'AUX' && w.pos !== 'VERB')) continue;
    if (PAST_AUX.has(w.lower) || (w.pos === 'VERB' && (/ed$/.test(w.lower) || irregularPast(w)))) return false;
    if (PRESENT_AUX.has(w.lower) || (w.pos === 'VERB' && /[^s]s$/.test(w.lower))) present = true;
  }
  return present;
}

/** Whether an inflected verb (an auxiliary, or a finite verb after adverbs) opens a predicate at token k. */
export function secondPredicate(ctx: QuoteContext, k: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  while (k < end && toks[k].pos === 'ADV' && ctx.inSpan[k] < 0) k++;
  const v = toks[k];
  if (!v || k >= end || ctx.inSpan[k] >= 0) return false;
  return (v.pos === 'AUX' && v.lower !== v.lemma) || finiteVerb(v) || (v.pos === 'AUX' && BE_FORMS.has(v.lower));
}

/** Whether token j is a closing quotation mark right after a comma inside the quotation. */
function closesOnComma(ctx: QuoteContext, j: number): boolean {
  const toks = ctx.doc.tokens;
  return toks[j - 1]?.text === ',' && ctx.inSpan[j - 1] >= 0 && /^["”'’»]+$/.test(toks[j].text);
}

/** Whether the closing mark at j is the first apostrophe or backtick of a doubled mark ('' or ``). */
function doubledCloseAt(ctx: QuoteContext, j: number): boolean {
  const t = ctx.doc.tokens[j];
  return isDoubledMark(ctx.doc.text, t.start) && ctx.doc.tokens[j + 1]?.start === t.start + 1;
}

/** Participles that list what the content covers, as a preposition would (", including …"). */
const INCLUSIVE = new Set(['including', 'excluding', 'notably']);

/** The longest subject looked at before a second attribution's cue (the party's nominee said). */
const MAX_SECOND_SUBJECT = 4;
/** …and the longest in tokens, where capitalised words of a title and a name count as one. */
const MAX_NAMED_SUBJECT = 10;

/** The fewest words of a noun phrase content that an "and" with a clause of its own may end. */
const MIN_WHOLE_NOUN_CONTENT = 4;

/**
 * Whether the words [a, j) are a noun phrase content that may end before "and" at j: no "that" or
 * subordinator opening it, several words, and a noun (or a quotation's closing mark) last.
 */
function wholeNounContent(toks: readonly Token[], a: number, j: number): boolean {
  if (toks[a].pos === 'SCONJ' || toks[a].lower === 'that' || j - a < MIN_WHOLE_NOUN_CONTENT) return false;
  const last = toks[j - 1];
  return last.pos === 'NOUN' || last.pos === 'PROPN' || /^["”’']+$/.test(last.text);
}

/**
 * Whether a subject and a finite verb of saying start at token n: a clause with its own speaker
 * ("…, Cruz said he …", "…, she said “…”", "…, another says there are …").
 */
export function opensOwnAttribution(ctx: QuoteContext, n: number, end: number): boolean {
  if (n >= end) return false;
  const toks = ctx.doc.tokens;
  const first = toks[n];
  if (first.pos === 'PRON' && !lex.subjectPronouns.has(first.lower)) return false;
  if (lex.nonSpeakers.has(first.lower) && first.lower !== 'another') return false;
  let aux = false;
  // (a title and a name count as one word of the subject: "Japan's U.N Ambassador Kenzo Oshima has told")
  let words = 0;
  for (let k = n + 1; k < end && words <= MAX_SECOND_SUBJECT && k - n <= MAX_NAMED_SUBJECT; k++) {
    if (ctx.inSpan[k] >= 0) return false;
    const t = toks[k];
    if (!(/^\p{Lu}/u.test(t.text) && toks[k - 1].pos === 'PROPN') && !/^['’]s$/.test(t.text)) words++;
    // ("… to Ukraine and continued transatlantic coordination": "began" and "continued" frame only a
    // quotation they introduce)
    // (a conjunction right before the verb joins it to the content's own: "support for the sovereignty
    // and territorial integrity of Ukraine and underscored …"; a participle before "by" is a passive's
    // on the noun before it: "the prayers and good wishes posted by celebrities")
    // (past the plain window only a title and a name, not a coordination: "this week's G7 and NATO
    // Foreign Ministerial meetings and the Secretary emphasized" ends no content at its first "and")
    if (ctx.cueClass(k) === 'speech' && !(FRAME_ONLY.has(t.lemma) && !QUOTATION_LEADS.has(toks[k + 1]?.text ?? '')))
      return (
        (aux || finiteVerb(t)) &&
        toks[k - 1].pos !== 'CCONJ' &&
        toks[k + 1]?.lower !== 'by' &&
        (k - n <= MAX_SECOND_SUBJECT + 1 || !toks.slice(n, k).some((x) => x.pos === 'CCONJ'))
      );
    // "others have said": a perfect's auxiliary before the cue
    if (t.pos === 'AUX' && k > n && (t.lemma === 'have' || t.lemma === 'do')) {
      aux = true;
      continue;
    }
    if (aux) return false;
    if (!(npToken(t) || t.pos === 'PRON') || t.text === ',') return false;
  }
  return false;
}

/** Verbs of saying only next to a quotation: "“…,” he continued"; "the problems began when …" is no report. */
export const FRAME_ONLY = new Set(['begin', 'continue', 'start']);
/** What follows a frame-only cue that introduces a quotation: a comma, a colon or an opening mark. */
const QUOTATION_LEADS = new Set([',', ':', '"', '“', '‘', "'"]);
/**
 * Speech verbs that act on a noun phrase object: "conclude" finishes it (concluded a trip, a free
 * trade agreement; "That concludes today's briefing"), "counter" fights it (to counter ISIS networks),
 * "threaten" endangers it (actions that threaten regional security). With a clause or an infinitive
 * they speak (concluded that …, countered that …, threatened to block …); their noun phrase is no
 * content.
 */
export const NP_IS_ACTION = new Set(['conclude', 'counter', 'threaten']);
/**
 * Speech verbs whose following noun phrase is no content (told reporters, added Smith, answered
 * Monday); "maintain" with a noun phrase keeps something (maintained a large lead, maintain a
 * state.gov account), with a clause it asserts (maintained that …); "observe" with one watches it
 * (will travel to Santo Domingo to observe consular operations, observe the elections); and the
 * verbs of NP_IS_ACTION.
 */
export const NO_NP_CONTENT = new Set([
  'say',
  // ("ruled the country", "ruled out a run": only a clause is a ruling's content)
  'rule',
  'tell',
  'add',
  'continue',
  'begin',
  'respond',
  'reply',
  'answer',
  'agree',
  'read',
  'maintain',
  'observe',
  ...NP_IS_ACTION,
]);
