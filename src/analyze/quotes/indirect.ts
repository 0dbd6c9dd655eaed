// Indirect and mixed quotes: a cue verb (said, warned, believes, plans, denied …) or "according to X"
// and the content clause it governs, read off the sentence around the cue. Quoted fragments inside
// that clause make it a mixed quote (or a direct one when the clause is all quotation). This module
// decides which words are cues; cue-in-sentence.ts and according-to.ts read each one's content.
import type { Sentence, Token } from '../document.js';
import {
  BE_FORMS,
  isSentenceEnd,
  isWord,
  POSSESSIVES,
  STANDALONE_SUBJECTS,
  type CueClass,
  type QuoteContext,
} from './context.js';
import { isCueCandidate } from './cue-features.js';
import { cueModel } from './cue-model.js';
import { evidenceVerb } from './evidence.js';
import { attitudeAdjective } from './attitude-adjective.js';
import { quoteLexicon as lex } from './lexicon.js';
import { lexiconSets as entityLexicon } from '../entities/lexicon.js';
import { npToken, phrase } from './phrases.js';
import { subjectBefore } from './subject-before.js';
import { issuesReportingMedium } from './medium-issuer.js';
import { FINITE_BE_WORDS } from '../nlp/closed-class.js';
import { REFLEXIVES } from './subject-asides.js';
import { isClauseVerb, NEGATIONS } from './clause.js';
import { contentSpan, contentEnd, FRAME_ONLY } from './content-end.js';
import { infinitiveAfter } from './content-start.js';
import { pushIndirect } from './indirect-candidate.js';
import { RELATIVE_WORDS } from './main-subject.js';
import { accordingTo } from './according-to.js';
import { RESEARCH_NOUNS } from './parenthetical-frame.js';
import { cueInSentence } from './cue-in-sentence.js';
import { possessedVerbTag } from './reporting-nouns.js';

/** Whether the verb at k is an imperative: the base form opening its sentence, or "thank you". */
function imperative(ctx: QuoteContext, s: Sentence, k: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  if (t.lemma === 'thank' && toks[k + 1]?.lower === 'you') return true;
  let f = s.firstToken;
  while (f < k && !isWord(toks[f])) f++;
  // "Rest assured the European Union … will continue …", "Be assured that …": the listener is told to
  // be assured, nobody reported assuring
  if (t.lower === 'assured' && f === k - 1 && (toks[f].lower === 'rest' || toks[f].lower === 'be')) return true;
  if (t.lower !== t.lemma) return false;
  return f === k;
}
/** How far before "by" a study's noun may stand (a recent Brookings study by …). */
const MAX_STUDY_WORDS = 4;

/**
 * "A 2014 study by Justin Levitt found 31 incidents …": "find" is a cue when a study or a poll finds
 * (not in "was found guilty", "found it difficult").
 */
function findingOfStudy(ctx: QuoteContext, s: Sentence, k: number): CueClass | null {
  const t = ctx.doc.tokens[k];
  if (t.lemma !== 'find' || t.pos !== 'VERB') return null;
  const subj = subjectBefore(ctx.doc, k, s.firstToken);
  if (!subj) return null;
  // the study's own words, not a name inside it, nor its author ("a study by Justin Levitt")
  const toks = ctx.doc.tokens;
  let from = subj.first;
  if (toks[from - 1]?.lower === 'by') from = Math.max(s.firstToken, from - 1 - MAX_STUDY_WORDS);
  // ("…, the poll found.", "…, a study by the Council of the Great City Schools found.": a frame
  // after what was found, read as a verb of saying's; so is a body's or researchers' own, "…,
  // Bloomberg New Energy Finance found.")
  const frame = !!toks[k + 1] && /^[.,;!?]$/.test(toks[k + 1].text) && commaOpensFrame(toks, k, s.firstToken);
  for (let i = from; i < subj.endToken; i++) if (RESEARCH_NOUNS.has(toks[i].lemma)) return frame ? 'speech' : 'object';
  const finder = ctx.doc.entityAt(subj.head.start)?.entity.type;
  return frame && subj.headKind !== 'pronoun' && (finder === 'ORG' || finder === 'PERSON') ? 'speech' : null;
}

/** Whether a comma stands before the cue at k with no verb between: a frame set after what it reports. */
function commaOpensFrame(toks: readonly Token[], k: number, first: number): boolean {
  for (let j = k - 1; j > first; j--) {
    if (toks[j].text === ',') return true;
    if (toks[j].pos === 'VERB' || toks[j].pos === 'AUX') return false;
  }
  return false;
}

/**
 * A verb the lexicon does not list that the trained cue model takes for a cue (found, seemed,
 * criticized, offered …). It frames its content as a verb taking an object does: a that-clause, an
 * infinitive or the noun phrase after it (PolNeAR's attributions often have a noun phrase as content;
 * this class did better than the believing and saying frames on held-out folds of the tune part).
 */
function learnedCue(ctx: QuoteContext, k: number): CueClass | null {
  const model = cueModel();
  if (!model || !isCueCandidate(ctx, k) || !model.knows(ctx.doc.tokens[k].lemma)) return null;
  // "appeared to suggest that …": the listed verb after the catenative is the cue and frames the content
  const toks = ctx.doc.tokens;
  if (toks[k + 1]?.lower === 'to' && lex.catenatives.has(toks[k].lemma) && ctx.cueClass(k + 2)) return null;
  // a word in capitals is a transcript label's name ("MR. HAMMER: Hello, good evening"), no verb
  if (/^\p{Lu}{2,}$/u.test(toks[k].text)) return null;
  // nor is a word of a name the entity layer found ("the Holy See Secretary of State")
  if (ctx.insideName(k)) return null;
  // nor a plain form right after "is" ("an official who is point man for …"): a noun the tagger slipped
  // on (a participle spelt as its plain form is a passive: "is forecast to", "was read out")
  const plain = toks[k].lower === toks[k].lemma && !SAME_FORM_PARTICIPLES.has(toks[k].lower);
  if (plain && FINITE_BE_WORDS.has(toks[k - 1]?.lower ?? '')) return null;
  // nor a verb with an adverb and a preposition of its own, a way of going on ("Ireland pressed hard
  // from the outset", "pressed ahead with reforms"): no content follows
  const next = toks[k + 1]?.lower ?? '';
  if (GOING_ON_ADVERBS.has(next) && toks[k + 2]?.pos === 'ADP' && !CONTENT_PREPOSITIONS.has(toks[k + 2].lower))
    return null;
  return model.score(ctx, k, 'none') > model.threshold ? 'object' : null;
}

/** Adverbs that make a verb a way of going on (pressed ahead, pushed on, pressed hard). */
const GOING_ON_ADVERBS = new Set(['ahead', 'on', 'onward', 'onwards', 'forward', 'hard']);
/** Prepositions that may open what the verb and such an adverb lead to ("pressed hard for a vote", "look forward to"). */
const CONTENT_PREPOSITIONS = new Set(['for', 'to', 'that']);

/** Past participles spelt as the plain form. */
const SAME_FORM_PARTICIPLES = new Set([
  'forecast',
  'broadcast',
  'read',
  'set',
  'put',
  'cut',
  'hit',
  'let',
  'bid',
  'cast',
  'spread',
  'upset',
  'quit',
  'shut',
  'cost',
  'hurt',
]);

/** Verbs of holding a view of something as something (see X as Y, view X as Y, regard X as Y). */
const VIEW_VERBS = new Set(['see', 'sees', 'saw', 'view', 'views', 'viewed', 'regard', 'regards', 'regarded']);
/** Pronouns that open a clause as its subject: after "as", a clause of time or cause, not a predicate. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
/** The most tokens of the object between a verb of viewing and its "as". */
const MAX_VIEWED = 10;

/**
 * Whether the token at k is a verb of viewing in the active voice whose object is followed by "as"
 * and a predicate ("voters see the campaign of Donald Trump as most unfair", "The market views
 * Trump as a great unknown"), whatever part of speech the tagger gave it.
 */
function viewAs(ctx: QuoteContext, s: Sentence, k: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  if (!VIEW_VERBS.has(t.text) || ctx.inSpan[k] >= 0 || BE_FORMS.has(toks[k - 1]?.lower ?? '')) return false;
  for (let j = k + 1; j < s.endToken && j - k <= MAX_VIEWED; j++) {
    const w = toks[j];
    if (ctx.inSpan[j] >= 0 || w.text === ',' || isSentenceEnd(w)) return false;
    if (w.lower === 'as')
      // not "as well as", "as often as", "such as", nor "as" opening a clause of its own ("never saw
      // armed conflict as he enlisted in October 1918")
      return (
        j > k + 1 &&
        toks[j - 1].lower !== 'such' &&
        toks[j + 1] !== undefined &&
        toks[j + 2]?.lower !== 'as' &&
        !SUBJECT_PRONOUNS.has(toks[j + 1].lower) &&
        // (nor "as" with a verb of happening, a comparison: "may see the overthrow of the government as
        // occurred in neighbouring Kyrgyzstan", "as happened in 2005", "as did France")
        !(toks[j + 1].pos === 'VERB' || toks[j + 1].pos === 'AUX' ? COMPARED_HAPPENINGS.has(toks[j + 1].lemma) : false)
      );
    if (isClauseVerb(w) && !npToken(w)) return false;
  }
  return false;
}

/** Verbs of happening (and "do") that, right after "as", open a comparison, not what one is seen as. */
const COMPARED_HAPPENINGS = new Set(['occur', 'happen', 'do']);

/** Verbs that raise their subject: "Trump appears to have learned …", "the fallout seems significant". */
const RAISING = new Set(['seem', 'appear']);

/** "to" with an adverb and then its verb: "to again pass", "to easily advance". */
const adverbedInfinitive = (toks: Token[], a: number) => toks[a + 1]?.pos === 'ADV' && toks[a + 2]?.pos === 'VERB';

/** Quantifiers that float after an auxiliary ("are all believed to be", "were all expected to"). */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);

/** Verbs whose passive reports a belief held by nobody named: "X is expected to …", "X is seen as …". */
const BELIEF_PASSIVES = new Set(['expect', 'consider', 'see', 'believe', 'think', 'report', 'say', 'regard', 'intend']);

/**
 * "Enthusiasm for Clinton appears to have plummeted", "Pigs are considered unclean", "the drafting
 * process is seen as one way …": an impression or a belief with no holder named. The content is the
 * whole clause, its subject with it (what is said to seem so); it has no speaker. Returns whether a
 * quote was made.
 */
function evidentialClause(ctx: QuoteContext, s: Sentence, k: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  if (t.pos !== 'VERB') return false;
  const raising = RAISING.has(t.lemma);
  let b = k - 1;
  // (across a negation or a floating quantifier: "is not expected to …", "are all believed to …")
  while (
    b > s.firstToken &&
    (toks[b].pos === 'ADV' || NEGATIONS.has(toks[b].lower) || FLOATING_QUANTIFIERS.has(toks[b].lower))
  )
    b--;
  const passive =
    !raising && BELIEF_PASSIVES.has(t.lemma) && /ed$|seen|thought|said/.test(t.lower) && BE_FORMS.has(toks[b]?.lower);
  if (!raising && !passive) return false;
  let a = k + 1;
  // (not past "as", which the tagger may read as an adverb: "seen as yet another step")
  while (a < s.endToken && toks[a].pos === 'ADV' && toks[a].lower !== 'as') a++;
  const next = toks[a];
  if (!next || ctx.inSpan[a] >= 0) return false;
  // ("appears to be slipping": the tagger reads "be" as an auxiliary; "is expected to again pass")
  const toVerb =
    next.lower === 'to' && (infinitiveAfter(ctx, a) || toks[a + 1]?.pos === 'AUX' || adverbedInfinitive(toks, a));
  // "appeared to suggest that …": the listed verb after it is the cue; but what "is expected to
  // disclose" or "to show" is still expected of its subject, whom nobody quotes
  if (toVerb && raising && ctx.cueClass(a + 1)) return false;
  const complement = raising
    ? toVerb || next.pos === 'ADJ' || next.lower === 'like'
    : toVerb || next.lower === 'as' || (t.lemma === 'consider' && (next.pos === 'ADJ' || next.pos === 'DET'));
  if (!complement) return false;
  const subj = subjectBefore(ctx.doc, k, s.firstToken);
  let first = subj?.first ?? -1;
  // "Many of his supporters are expected …": the phrase reader stops at "of" before the possessive
  // that opens its phrase; the whole noun phrase is the subject of what is expected
  while (
    first > s.firstToken &&
    POSSESSIVES.has(toks[first].lower) &&
    first - 1 > s.firstToken &&
    toks[first - 1].lower === 'of'
  ) {
    first -= 1;
    while (first > s.firstToken && npToken(toks[first - 1]) && toks[first - 1].text !== ',') first--;
  }
  // "Negotiations between Canada and the U.S. are expected …", "Further write-offs by the bank are
  // expected …": the phrase reader stops at a preposition; the noun it follows heads the subject
  // (the one who seems so is then that noun's phrase, no speaker: "The new pledge by Mr. Ramon appears …")
  const headFirst = first > s.firstToken ? nounBeforePreposition(toks, first, s.firstToken) : first;
  const objectOfHead = headFirst !== first;
  first = headFirst;
  // "who appeared likable", "which is seen as …": a relative subject opens the clause
  const rel = passive ? b - 1 : b;
  if (first < 0 && rel >= s.firstToken && RELATIVE_WORDS.has(toks[rel].lower)) first = rel;
  if (first < 0) return false;
  const span = contentSpan(toks, first, contentEnd(ctx, a, s.endToken));
  if (!span) return false;
  ctx.usedCue.add(k);
  // the one who seems to imply or to believe something is its speaker, if anyone is; a passive names nobody
  const speaker = raising && subj && !objectOfHead ? subj : null;
  pushIndirect(
    ctx,
    span,
    { start: t.start, end: t.end },
    speaker,
    raising ? 'raising-clause' : 'belief-passive',
    speaker ? 'cue-subject' : null,
  );
  return true;
}

/** Tags of the words of a noun phrase read back before a preposition (Mr. Bush's talks with …). */
const NOUN_PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);

/**
 * Where a subject phrase starting at `first` starts when it is the object of a preposition after a
 * noun ("Reductions in | Iran's oil exports", "The approval of the treaty in | the Romanian
 * parliament"): at that noun's phrase; `first` when no noun stands before the preposition.
 */
function nounBeforePreposition(toks: Token[], first: number, sentenceStart: number): number {
  while (
    first - 2 >= sentenceStart &&
    toks[first - 1].pos === 'ADP' &&
    (toks[first - 2].pos === 'NOUN' || toks[first - 2].pos === 'PROPN')
  ) {
    first -= 2;
    while (first > sentenceStart) {
      const prev = toks[first - 1];
      // (a hyphened word, whatever the tagger made of its first part: "write-offs")
      if (prev.text === '-' && first - 2 >= sentenceStart && prev.start === toks[first - 2].end) first -= 2;
      else if (NOUN_PHRASE_TAGS.has(prev.pos) || /^(?:of|['’]s)$/.test(prev.lower)) first--;
      else break;
    }
  }
  return first;
}

/** Verbs of a poll's respondents' preference (46 percent would choose Clinton, most prefer …). */
const PREFERENCE_VERBS = new Set(['prefer', 'choose', 'back', 'support', 'favor', 'favour', 'oppose']);
/** Head words of a share of those polled (46 percent, 49%, two-thirds, a majority of Republicans). */
const SHARE_WORDS = new Set(['percent', '%', 'majority', 'plurality', 'half', 'third', 'quarter', 'fifth']);
/** Words before a share's number (about 46 percent, fewer than half). */
const SHARE_MODIFIERS = new Set(
  'about nearly almost only just roughly some over under fewer less more than'.split(' '),
);
/** The most tokens from a share's head to the verb (two-thirds of Republican primary voters in all five states). */
const MAX_SHARE_SUBJECT = 14;

/**
 * "46 percent would choose Clinton", "About two-thirds of Republican primary voters support …": a
 * share of those polled stating a preference is their stance, its object the content (the tagger
 * often reads the verb as a noun: "support"). Returns whether a quote was made.
 */
function pollPreference(ctx: QuoteContext, s: Sentence, k: number): boolean {
  const toks = ctx.doc.tokens;
  if (!PREFERENCE_VERBS.has(toks[k].lemma) || /ing$/.test(toks[k].lower)) return false;
  let j = k - 1;
  while (j > s.firstToken && (toks[j].pos === 'AUX' || toks[j].pos === 'ADV' || toks[j].pos === 'PART')) j--;
  // the share's head, within its noun phrase ("of Republican primary voters")
  let head = -1;
  for (let i = j; i >= s.firstToken && j - i < MAX_SHARE_SUBJECT; i--) {
    const t = toks[i];
    if (SHARE_WORDS.has(t.lemma) || SHARE_WORDS.has(t.lower)) {
      head = i;
      break;
    }
    // (a participle may describe those polled: "of college students polled", "voting Tuesday")
    const participle = t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower);
    if ((t.pos === 'VERB' && !participle) || t.pos === 'AUX' || t.pos === 'PRON' || /^[,;:.!?()]$/.test(t.text))
      return false;
  }
  if (head < 0) return false;
  // the share's own words before it: a number, an article, "about", "nearly", "two-"
  let first = head;
  while (
    first > s.firstToken &&
    (toks[first - 1].pos === 'NUM' ||
      toks[first - 1].pos === 'DET' ||
      toks[first - 1].text === '-' ||
      toks[first - 1].text === '%' ||
      SHARE_MODIFIERS.has(toks[first - 1].lower))
  )
    first--;
  // a share needs its number or its own word ("a majority", "half"), not "percent" alone
  if (toks[head].lower === 'percent' || toks[head].text === '%') {
    if (toks[head - 1]?.pos !== 'NUM') return false;
  }
  // "McCain's 62 percent support": a share someone holds is a noun phrase, not a subject
  const before = toks[first - 1];
  if (before && (POSSESSIVES.has(before.lower) || /^['’]s$/.test(before.lower))) return false;
  let a = k + 1;
  while (a < s.endToken && toks[a].pos === 'ADV' && ctx.inSpan[a] < 0) a++;
  const next = toks[a];
  if (a >= s.endToken || ctx.inSpan[a] >= 0 || !(npToken(next) || next.pos === 'DET' || next.pos === 'VERB'))
    return false;
  // "His 32% support gives him …", "5 percent support of the black vote": the noun "support"
  if (toks[k].pos === 'NOUN' && (next.pos === 'ADP' || (next.pos === 'VERB' && !/ing$/.test(next.lower)))) return false;
  let end = contentEnd(ctx, a, s.endToken);
  // "… Clinton and 44 percent would back Trump": the next share's own preference
  for (let i = a + 1; i < end; i++)
    if ((toks[i].lower === 'and' || toks[i].text === ',') && toks[i + 1]?.pos === 'NUM') {
      end = i;
      break;
    }
  const span = contentSpan(toks, a, end, 1);
  if (!span) return false;
  ctx.usedCue.add(k);
  pushIndirect(
    ctx,
    span,
    { start: toks[k].start, end: toks[k].end },
    phrase(ctx.doc, first, j + 1),
    'poll-preference',
    'cue-subject',
  );
  return true;
}

/** Verbs whose participle after an indefinite noun phrase names it (a group called …). */
const NAMING_VERBS = new Set(['call', 'name', 'dub']);
/** The most words of the noun phrase between "a" and the naming participle (a special convention beer called). */
const MAX_NAMED_NP = 4;

/** Whether the participle at k names the indefinite noun phrase right before it: "a program called BleachBit". */
function namingParticiple(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!NAMING_VERBS.has(t.lemma) || !/ed$/.test(t.lower) || toks[k - 1]?.pos !== 'NOUN') return false;
  for (let j = k - 1; j >= 0 && k - j <= MAX_NAMED_NP + 1; j--) {
    const w = toks[j];
    if (w.lower === 'a' || w.lower === 'an') return true;
    if (w.pos !== 'NOUN' && w.pos !== 'ADJ') return false;
  }
  return false;
}

/** Whether the -ing word at k stands between an adjective or a possessive and a common noun it modifies. */
function gerundModifier(toks: Token[], k: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (!prev || !next || !/^\p{Ll}+ing$/u.test(toks[k].text) || next.pos !== 'NOUN') return false;
  return prev.pos === 'ADJ' || POSSESSIVES.has(prev.lower) || /^['’]s$/.test(prev.lower);
}

/** Past participles of verbs of saying not in -ed: "Giuliani's written statement", "his spoken remarks". */
const IRREGULAR_PARTICIPLES = new Set(['written', 'spoken', 'given', 'sworn', 'shown', 'drawn', 'known', 'chosen']);

/**
 * Whether the participle at k modifies the noun after it, after a number, a possessive or a
 * preposition (and -ly adverbs), where no subject of its own can stand: "270 pledged delegates", "the
 * convention's pledged delegates", "a lead in pledged delegates", "his repeated refusal", "supported
 * by recently confirmed Ambassador … Taylor" (a title is a noun too), "Giuliani's written statement".
 */
function participleModifier(toks: Token[], k: number): boolean {
  if (!toks[k + 1] || !(/^\p{Ll}+ed$/u.test(toks[k].text) || IRREGULAR_PARTICIPLES.has(toks[k].text))) return false;
  // (past one adjective: "the five declared nuclear powers")
  const lowerNoun = (t: Token | undefined) => t?.pos === 'NOUN' && /^\p{Ll}/u.test(t.text);
  const n = toks[k + 1].pos === 'ADJ' && lowerNoun(toks[k + 2]) ? k + 2 : k + 1;
  const next = toks[n];
  const noun = lowerNoun(next);
  if (!noun && !entityLexicon().titleHeads.has(next.lower)) return false;
  let p = k - 1;
  while (p > 0 && toks[p].pos === 'ADV' && /ly$/.test(toks[p].lower)) p--;
  // (past an adjective after a possessive: "its own recommended list", "his long written statement")
  if (toks[p]?.pos === 'ADJ' && (POSSESSIVES.has(toks[p - 1]?.lower ?? '') || /^['’]s$/.test(toks[p - 1]?.lower ?? '')))
    p--;
  const prev = toks[p];
  if (!prev) return false;
  // (but "the two discussed issues …": a number after a determiner stands for its subject; not
  // where the phrase is an object, "We have the five declared nuclear powers", or its noun the
  // subject of the verb after it, "The three proposed sites include: …")
  // (so after an adjective that follows a determiner: "The other proposed names include …")
  if (prev.pos === 'NUM' || (prev.pos === 'ADJ' && toks[p - 1]?.pos === 'DET')) {
    if (toks[p - 1]?.pos !== 'DET') return true;
    const lead = toks[p - 2];
    if (lead && (lead.pos === 'VERB' || lead.pos === 'AUX' || lead.pos === 'ADP')) return true;
    const after = toks[n + 1];
    return !!after && (after.pos === 'VERB' || after.pos === 'AUX') && /^\p{Ll}/u.test(after.text);
  }
  // ("he's asked Attorney General Holder to …": a pronoun's 's is "has")
  const possessive = /^['’]s$/.test(prev.lower) && toks[p - 1]?.pos !== 'PRON';
  return prev.pos === 'ADP' || POSSESSIVES.has(prev.lower) || possessive;
}

export function findIndirectQuotes(ctx: QuoteContext): void {
  for (const s of ctx.sentences) indirectQuotesIn(ctx, s);
}

/**
 * Nouns of what is won, lost or recorded, not said, after the verbs that take them: the lives or jobs a
 * bombing, a storm or a crisis "claimed", the share of the vote or the prize a candidate "claimed" ("claiming 41
 * percent of the vote"); the growth, loss or profit an economy or a company "posted" ("posted
 * positive growth, at 0.2 percent").
 */
const RESULT_OBJECTS = new Map([
  // (and the jobs a crisis "claimed": "the boycotts have already claimed the first jobs at Arla")
  // (and a reward one collects: "attempted to claim a US$2.5 million bounty", "claiming asylum")
  [
    'claim',
    new Set([
      'life',
      'lives',
      'victims',
      'percent',
      '%',
      'prize',
      'share',
      'seats',
      'job',
      'jobs',
      'bounty',
      'reward',
      'asylum',
      'compensation',
      'damages',
      'medal',
      'throne',
    ]),
  ],
  // (the people or the body a leader "dismissed" from office: "dismiss 20 officers from the army's
  // leadership corps", "Akayev dismissed Interior Minister Bakirdin Subanbekov", "dismiss the government")
  [
    'dismiss',
    new Set([
      'officer',
      'officers',
      'official',
      'officials',
      'minister',
      'ministers',
      'government',
      'cabinet',
      'employee',
      'employees',
      'staff',
      'worker',
      'workers',
      'soldier',
      'soldiers',
      'general',
      'generals',
      'commander',
      'commanders',
      'judge',
      'judges',
      'prosecutor',
      'chief',
      'director',
      'governor',
      'members',
      // ("dismissed from the army": removed from a post)
      'from',
    ]),
  ],
  [
    'post',
    new Set([
      'growth',
      'loss',
      'losses',
      'profit',
      'profits',
      'gain',
      'gains',
      'decline',
      'declines',
      'revenue',
      'revenues',
      'earnings',
      'deficit',
      'surplus',
      'record',
      'bail',
      'bond',
      'win',
      'victory',
      'upturn',
      'downturn',
      'increase',
      'rise',
      'fall',
      'drop',
      'contraction',
      'expansion',
    ]),
  ],
  [
    // a declaration that is itself the act, no report of anything: "declared a state of emergency",
    // "declared martial law", "was declared dead" (a people's independence declared stays its claim)
    'declare',
    new Set(['emergency', 'martial', 'ceasefire', 'truce', 'curfew', 'bankruptcy', 'dead']),
  ],
]);

/** How many words (determiners, figures, adjectives, a currency) may stand between the verb and its result noun. */
const MAX_RESULT_LEAD = 5;
const CURRENCY = /^(?:[A-Z]{1,3})?[$€£¥]$/u;

/** Heads whose "of" phrase holds the declared act's word: "a state of emergency", "a state of war". */
const DECLARED_STATE_HEADS = new Set(['state']);

/**
 * Whether token k is "claim" taking lives, "post" a result or "declare" an act as its object
 * ("claimed 23 lives", "posted a loss", "declared a state of emergency").
 */
function takesResultObject(toks: readonly Token[], k: number): boolean {
  const results = RESULT_OBJECTS.get(toks[k].lemma);
  if (!results) return false;
  for (let j = k + 1; j < toks.length && j <= k + MAX_RESULT_LEAD; j++) {
    if (results.has(toks[j].lower)) return true;
    if (DECLARED_STATE_HEADS.has(toks[j].lower) && toks[j + 1]?.lower === 'of' && toks[k].lemma === 'declare') {
      j++;
      continue;
    }
    // (a title's capitalised words before its head: "dismissed Interior Minister …")
    const title = toks[j].pos === 'PROPN' && /^\p{Lu}/u.test(toks[j].text);
    const possessive = POSSESSIVES.has(toks[j].lower);
    // (a sum's currency: "a US$2.5 million bounty", "a $10,000 reward")
    const currency = CURRENCY.test(toks[j].text);
    if (!(
      currency ||
      toks[j].pos === 'DET' ||
      toks[j].pos === 'NUM' ||
      toks[j].pos === 'ADJ' ||
      toks[j].pos === 'ADV' ||
      title ||
      possessive
    ))
      return false;
  }
  return false;
}

/** Words after "found" that tell of a body or a state, not a finding: "found dead", "found themselves …". */
const FOUND_STATES = new Set(['dead', 'alive', 'guilty', 'innocent', 'unconscious', 'injured', 'wounded']);

/**
 * Whether token k is "found" of a thing come upon, not a finding reported: "Bodies found at crash
 * site", "was found dead near Odri", "found themselves locked up". A place phrase after it is a
 * finding's only with a "that" later in the sentence ("found in a survey that …").
 */
function physicalFinding(toks: readonly Token[], k: number, s: Sentence): boolean {
  if (toks[k].lemma !== 'find') return false;
  const next = toks[k + 1];
  if (!next) return false;
  if (FOUND_STATES.has(next.lower) || REFLEXIVES.has(next.lower)) return true;
  if (next.pos !== 'ADP' || next.lower === 'that' || next.lower === 'out') return false;
  for (let j = k + 2; j < s.endToken; j++) if (toks[j].lower === 'that') return false;
  return true;
}

/** Verbs that with "down" record a thing in writing ("noted down the serial number"). */
const WRITTEN_DOWN = new Set(['note', 'write', 'jot']);

/** The most words of a time adjunct between a participle and its agent's "by". */
const PASSIVE_TIME_REACH = 4;

/**
 * Whether the participle at k follows its noun and, past a time adjunct, takes an agent's "by" with a
 * name or a determiner after it ("the process requested this week by East Timor's President"): not
 * "requested by letter", a manner's bare noun.
 */
function reducedPassive(ctx: QuoteContext, k: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  const prev = toks[k - 1];
  if (t.pos !== 'VERB' || !/ed$/.test(t.lower) || !prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return false;
  let j = k + 1;
  while (j < toks.length && j - k <= PASSIVE_TIME_REACH && ctx.timeAt(j)) j++;
  const agent = toks[j + 1];
  return toks[j]?.lower === 'by' && !!agent && (agent.pos === 'PROPN' || agent.pos === 'DET');
}

/** Cue words and the nouns they open compounds with ("think tank"): the pair is a noun. */
const COMPOUND_HEADS = new Map([['think', new Set(['tank', 'tanks'])]]);

/**
 * The cues of one sentence and their contents. A function of its own, called per sentence, rather
 * than the body of one loop over the whole text: V8 compiled that loop only by on-stack replacement,
 * again after every deoptimisation (a rare branch first taken), up to seventeen times in a pass.
 */
function indirectQuotesIn(ctx: QuoteContext, s: Sentence): void {
  const toks = ctx.doc.tokens;
  for (let k = s.firstToken; k < s.endToken; k++) {
    // only a verb, a noun (cueClass's tagger slips) or "according" can start anything below
    const pos = toks[k].pos;
    // (and an adjective the tagger made of a cue: "…, promising to …", "Gowdy referenced …")
    if (pos !== 'VERB' && pos !== 'NOUN' && pos !== 'ADJ' && toks[k].lower !== 'according') continue;
    if (ctx.usedCue.has(k)) continue;
    // "his supporters are optimistic that …", "was eager to …": an adjective of a held attitude
    if ((pos === 'ADJ' || pos === 'VERB') && attitudeAdjective(ctx, s, k)) continue;
    // a cue's word opening a compound noun ("U.S. think tanks this week released …") is no verb
    if (COMPOUND_HEADS.get(toks[k].lower)?.has(toks[k + 1]?.lower ?? '')) continue;
    // "Despite Yusuf's hope that …": a name's possessive makes it a noun (reporting-nouns.ts reads it)
    if (possessedVerbTag(toks, k)) continue;
    // "a suicide bombing that claimed 23 lives": a claim on lives is a death toll, no statement
    // (nor does an economy that "posted positive growth" say anything)
    if (takesResultObject(toks, k)) continue;
    if (physicalFinding(toks, k, s)) continue;
    if (ctx.isAccordingTo(k)) {
      accordingTo(ctx, s, k);
      continue;
    }
    // "issued a statement saying …": the statement's participle reports it (medium-issuer.ts)
    if (issuesReportingMedium(ctx, s, k)) continue;
    // an imperative ("Thank you so much", "Consider what happened") reports nobody's words
    if (imperative(ctx, s, k)) continue;
    // "Polls show …", "…, records show.": a record reports what it holds as a speaker would
    const evidence = evidenceVerb(ctx, k);
    // "Four in 10 voters see the campaign of Donald Trump as most unfair": a view held of something
    const seesAs = !evidence && viewAs(ctx, s, k);
    const listed = evidence ? 'speech' : seesAs ? 'object' : ctx.cueClass(k);
    // "began"/"continued" frame a quotation ("…,” he continued) but govern no reported clause
    if (listed === 'speech' && FRAME_ONLY.has(toks[k].lemma)) continue;
    const learnedCls = listed ?? learnedCue(ctx, k);
    // (a study's "found" is a rule of its own, read as a verb taking an object)
    // ("…, a study by the Council of the Great City Schools found.": a study's frame after its finding
    // speaks, whatever the cue model made of "found")
    const finding = toks[k].lemma === 'find' && learnedCls !== 'speech' ? findingOfStudy(ctx, s, k) : null;
    const cls = finding === 'speech' ? finding : (learnedCls ?? finding);
    // "46 percent would choose Clinton": a share of those polled and its preference
    if (pollPreference(ctx, s, k)) continue;
    if (!cls) continue;
    // (an impression or a held belief takes its subject into the content)
    if (evidentialClause(ctx, s, k)) continue;
    ctx.usedCue.add(k);
    // a noun phrase's participle is no cue (the report released Monday)
    // (but "Another said …", "Each says …": a determiner standing alone is the subject)
    if (toks[k - 1]?.pos === 'DET' && !STANDALONE_SUBJECTS.has(toks[k - 1].lower)) continue;
    // (so is one an adverb sets after the determiner, before its noun: "the much hailed truce", "a
    // long awaited report")
    if (
      toks[k - 1]?.pos === 'ADV' &&
      toks[k - 2]?.pos === 'DET' &&
      !STANDALONE_SUBJECTS.has(toks[k - 2].lower) &&
      toks[k + 1]?.pos === 'NOUN'
    )
      continue;
    // "a presidential nominating contest", "her party's nominating convention": a gerund between a
    // modifier and its noun is part of the noun
    if (gerundModifier(toks, k)) continue;
    // "Clinton leads by 270 pledged delegates", "his repeated refusal": a participle between a
    // number, a possessive or a preposition and its noun is an adjective
    if (participleModifier(toks, k)) continue;
    // "a website called Real News Right Now", "a cleric named Gulen": naming a thing just introduced
    if (namingParticiple(toks, k)) continue;
    // "The disarming process requested this week by East Timor's President, …, started": a participle
    // after its noun with an agent's "by" is a passive on the noun, no act of the noun's
    if (reducedPassive(ctx, k)) continue;
    // "…, that noted down the weapon type": writing a thing down reports nothing
    if (toks[k + 1]?.lower === 'down' && WRITTEN_DOWN.has(toks[k].lemma)) continue;
    // "A militant group calling itself the Islamic State in Iraq claimed …": naming oneself says nothing
    if (NAMING_VERBS.has(toks[k].lemma) && REFLEXIVES.has(toks[k + 1]?.lower ?? '')) continue;
    cueInSentence(
      ctx,
      s,
      k,
      cls,
      listed === null && learnedCls !== null,
      evidence ? 'evidence' : seesAs ? 'view-as' : null,
    );
  }
}
