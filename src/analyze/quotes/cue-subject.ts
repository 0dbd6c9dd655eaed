// Who speaks for a cue when the phrase right before it is not its subject: a passive has no speaker,
// an opening participle's is its clause's subject, a coordinated cue shares an earlier cue's, an
// infinitive's is the object before it ("led Priebus to declare"). cueInSentence asks these in turn.
import type { Sentence, Token } from '../document.js';
import { BE_FORMS, DOCUMENT_NOUNS, isBreak, isSentenceEnd, type CueClass, type QuoteContext } from './context.js';
import { quoteLexicon as lex } from './lexicon.js';
import { insideWord, phrase, STANDING_QUANTIFIERS, type Phrase } from './phrases.js';
import { RELATIVE_SUBJECTS } from './subject-asides.js';
import { subjectBefore } from './subject-before.js';
import { phraseAfter } from './phrase-after.js';
import { isPeopleNoun } from './people-nouns.js';
import { mediumWord } from './medium-issuer.js';
import { CONTRACTED_IS } from '../nlp/closed-class.js';
import { isClauseVerb, finiteVerb, NEGATIONS, pastParticipleForm } from './clause.js';
import { OBJECT_PRONOUNS, TIME_LEADS } from './content-start.js';
import { RELATIVE_WORDS, opensDependentClause } from './main-subject.js';

/**
 * Where a frame of the cue starts in tokens [from, k): an auxiliary, an infinitive's "to", or a verb
 * that takes the cue as its complement ("have to", "kept on", "want to"), else k. A participle of
 * the subject's own is no frame ("Those surveyed say").
 */
export function verbFrameStart(toks: readonly Token[], from: number, k: number): number {
  for (let j = from; j < k; j++) {
    const t = toks[j];
    if (t.pos === 'AUX' || t.pos === 'PART' || t.lower === 'to') return j;
    if (t.pos === 'VERB' && (lex.catenatives.has(t.lemma) || FRAME_LINKS.has(toks[j + 1]?.lower ?? ''))) return j;
  }
  return k;
}
/** Words after a verb that frames the cue: "have to say", "kept on saying". */
const FRAME_LINKS = new Set(['to', 'on']);

/**
 * The first token a subject before the cue at k may start at: the sentence's first, or the one after
 * the content of an earlier cue in the sentence ("… they will not attend the convention and others
 * have said …": the subject is "others", not "the convention and others").
 */
export function afterEarlierContent(ctx: QuoteContext, s: Sentence, k: number): number {
  const toks = ctx.doc.tokens;
  const from = toks[s.firstToken].start;
  const cueStart = toks[k].start;
  let lo = s.firstToken;
  for (const c of ctx.candidates) {
    if (c.start < from || c.end > cueStart || c.kind === 'direct') continue;
    // a relative clause's content is inside the subject's description ("Gov. John Kasich, a
    // Republican who has refused to endorse Mr. Trump, said …"): the subject is read across it
    if (c.cue && relativeCue(ctx, ctx.doc.tokenIndexAt(c.cue.start), s.firstToken)) continue;
    const after = ctx.doc.tokenIndexAt(c.end);
    if (after > lo && after < k) lo = after;
  }
  return lo;
}

/** The most tokens a sentence-initial subject read as a whole may have (Nearly a third, Those surveyed). */
export const SHORT_SUBJECT = 4;
export const PARTICIPLE_LEAD = new Set([',', 'by', 'after', 'before', 'while', 'when', 'in', '\u2014', '\u2015', '--']);

/**
 * The speaker of the cue that a cue after "and"/"but" is coordinated with: the nearest finite verb
 * before it outside earlier contents, when that verb is a cue. In "Pence said it takes time … but
 * added that …" Pence adds, not "it" (the subject of the nearest verb, which is inside what he said).
 */
export function earlierCueSubject(ctx: QuoteContext, s: Sentence, lead: number, k: number): Phrase | null {
  const toks = ctx.doc.tokens;
  // (a bare cue with its "that" matches a bare cue before it, whatever the tagger made of it:
  // "strategists fear that … and warn that …"; not one with an object, which may go on with the
  // content's own verbs: "arguing that the way … is to elect Mrs. Clinton and reject Trump")
  const bare = toks[k].lower === toks[k].lemma && toks[k + 1]?.lower === 'that';
  for (let j = lead - 1; j > s.firstToken; j--) {
    if (ctx.inSpan[j] >= 0) continue;
    const bareCue = bare && toks[j].lower === toks[j].lemma && ctx.usedCue.has(j) && toks[j].pos !== 'AUX';
    const at = toks[j].start;
    // (a cue an earlier quote was read on, whatever the tagger made of it: "Egypt views the open
    // border as a serious security risk and has pressed Fatah to accept …")
    // (a finite form the tagger did not read as a verb; a participle's cue, "backing the people of
    // Ukraine", is no verb the one after "and" shares a subject with)
    const earlierCue =
      COORDINATORS.has(toks[lead].lower) &&
      toks[j].pos !== 'VERB' &&
      /(?:[^s]s|ed)$/.test(toks[j].lower) &&
      // (its subject opening the sentence: not a noun that is an object, "have contradicted U.S. claims")
      !toks.slice(s.firstToken, j).some((t) => t.pos === 'VERB' || t.pos === 'AUX') &&
      ctx.usedCue.has(j) &&
      ctx.candidates.some((c) => c.cue?.start === at && c.speaker);
    if (!bareCue && !earlierCue && (toks[j].pos !== 'VERB' || !finiteVerb(toks[j]))) continue;
    if (ctx.candidates.some((c) => c.start <= at && at < c.end)) continue;
    if (!ctx.usedCue.has(j) || !ctx.cueClass(j)) return null;
    // the speaker its own quote was given, if it made one
    const earlier = ctx.candidates.find((c) => c.cue?.start === at);
    return earlier ? earlier.speaker : subjectBefore(ctx.doc, j, s.firstToken);
  }
  return null;
}

/**
 * The relative pronoun ("who", "which") of the nearest finite verb before `lead` (outside contents)
 * when it opens that verb's clause right after a noun or a comma, as a phrase; else null.
 */
export function relativeOfCoordinatedVerb(ctx: QuoteContext, s: Sentence, lead: number): Phrase | null {
  const toks = ctx.doc.tokens;
  for (let j = lead - 1; j > s.firstToken + 1; j--) {
    // (a plain form right after "who" is its verb whatever the tagger read: "who review the material")
    const afterWho =
      toks[j].pos === 'NOUN' && /^\p{Ll}+$/u.test(toks[j].text) && RELATIVE_SUBJECTS.has(toks[j - 1].lower);
    if (ctx.inSpan[j] >= 0 || (!afterWho && (toks[j].pos !== 'VERB' || !finiteVerb(toks[j])))) continue;
    let r = j - 1;
    while (r > s.firstToken && (toks[r].pos === 'ADV' || toks[r].pos === 'AUX')) r--;
    const before = toks[r - 1];
    if (!RELATIVE_SUBJECTS.has(toks[r].lower) || !before) return null;
    // the relative clause must run on to the cue: a comma between closes it ("the Chambre de Commerce,
    // which stands beside the Opera House, and consider …" is the tourists'); after "and"/"but" it is a
    // person's or one set off by a comma ("a young boy who stared at a painting … and asked …"; not
    // "proceedings which were filed in March but refused …"), while a comma right before the cue
    // closes a clause of the subject's own ("investment companies who control 50% of the airline, announced …")
    for (let x = j + 1; x < lead; x++) if (toks[x].text === ',' && ctx.inSpan[x] < 0) return null;
    if (toks[lead].text !== ',' && before.text !== ',' && toks[r].lower !== 'who') return null;
    return before.text === ',' || before.pos === 'NOUN' || before.pos === 'PROPN' ? phrase(ctx.doc, r, r + 1) : null;
  }
  return null;
}

/** Whether the words before `lead` are a relative clause's list of verbs after its noun ("activities that undermine, destabilize, or"). */
export function inRelativeVerbList(toks: readonly Token[], first: number, lead: number): boolean {
  let j = lead - 1;
  let verbs = 0;
  while (
    j > first &&
    (toks[j].pos === 'VERB' || toks[j].pos === 'ADV' || toks[j].text === ',' || toks[j].pos === 'CCONJ')
  ) {
    if (toks[j].pos === 'VERB') verbs++;
    j--;
  }
  return (
    verbs > 0 &&
    RELATIVE_WORDS.has(toks[j]?.lower ?? '') &&
    (toks[j - 1]?.pos === 'NOUN' || toks[j - 1]?.pos === 'PROPN')
  );
}

/** Verbs whose object is the subject of the infinitive after it (led X to declare, forced X to admit). */
const CAUSATIVES = new Set([
  'lead',
  'force',
  'allow',
  'ask',
  'urge',
  'encourage',
  'prompt',
  'push',
  'pressure',
  'require',
  'invite',
  'cause',
  'compel',
  'persuade',
  'convince',
  'enable',
  'challenge',
  'press',
  'spur',
  'drive',
  'leave',
  'get',
  'want',
  'expect',
]);

/** Causatives whose object speaks only when it is someone ("get access to understand …" is no speaker). */
const PEOPLE_CAUSATIVES = new Set(['leave', 'get', 'want', 'expect']);

/** Words before "on" whose object is the subject of an infinitive after it ("the pressure on her to say", "called on Congress to act"). */
const ON_HEADS = new Set(['pressure', 'call', 'rely', 'depend', 'count', 'prevail']);

/**
 * Whether the preposition at f makes its object the subject of an infinitive: "for" after a lower-case
 * word ("an opening for Clinton to …", not "the Council for National Reconciliation"), "on" after a
 * word of pressing or relying.
 */
function infinitivePreposition(toks: Token[], f: number): boolean {
  const prev = toks[f - 1];
  if (toks[f].pos !== 'ADP' || !prev || !/^\p{Ll}/u.test(prev.text)) return false;
  return toks[f].lower === 'for' || ((toks[f].lower === 'on' || toks[f].lower === 'upon') && ON_HEADS.has(prev.lemma));
}

/**
 * The noun phrase or object pronoun before the "to" at `to` that is its infinitive's subject: the
 * object of a causative verb ("led her to declare", "forced Stumpf to admit") or of "for"/"on" ("a
 * natural opening for Clinton to highlight", "the pressure on her to say"): a person, a people noun
 * or a pronoun; any other noun phrase only `bare` (no subject found further back) after a causative.
 */
export function infinitiveObject(ctx: QuoteContext, to: number, lo: number, bare: boolean): Phrase | null {
  const toks = ctx.doc.tokens;
  const pronoun = OBJECT_PRONOUNS.has(toks[to - 1]?.lower ?? '') && to - 1 > lo;
  let obj = pronoun ? phrase(ctx.doc, to - 1, to) : subjectBefore(ctx.doc, to, lo);
  if (!obj || (obj.headKind === 'pronoun' && !pronoun) || obj.first <= lo) return null;
  // (the phrase read back may run over the preposition: "a natural opening for Clinton")
  for (let f = to - 2; f > obj.first; f--)
    if (infinitivePreposition(toks, f)) {
      obj = phrase(ctx.doc, f + 1, to);
      break;
    }
  const before = toks[obj.first - 1];
  if (!(before.pos === 'VERB' && CAUSATIVES.has(before.lemma)) && !infinitivePreposition(toks, obj.first - 1))
    return null;
  // (someone, where the sentence has a subject of its own: "get access to understand …" is no speaker)
  const last = toks[obj.endToken - 1];
  const someone =
    pronoun ||
    obj.headKind === 'name' ||
    isPeopleNoun(last) ||
    (obj.endToken - obj.first === 1 && STANDING_QUANTIFIERS.has(last.lower));
  return someone || (bare && before.pos === 'VERB' && !PEOPLE_CAUSATIVES.has(before.lemma)) ? obj : null;
}

export const FAR_SUBJECT_LEAD = new Set([',', 'and', 'but', 'or']);

/**
 * Whether the cue at k is inside a relative clause: "who" or "which" since the last comma (who has
 * refused to endorse, which urged).
 */
function relativeCue(ctx: QuoteContext, k: number, from: number): boolean {
  const toks = ctx.doc.tokens;
  for (let j = k - 1; j >= from; j--) {
    if (ctx.inSpan[j] >= 0) continue;
    if (toks[j].text === ',' || isSentenceEnd(toks[j])) return false;
    if (RELATIVE_SUBJECTS.has(toks[j].lower)) return true;
  }
  return false;
}

/** The most tokens from the comma to a post-posed cue whose subject a modifier follows. */
const MAX_MODIFIED_SUBJECT = 10;

/**
 * "…, a source close to him said." / "…, people familiar with the talks said." / "…, two officials
 * briefed on the plan said.": a post-posed frame whose subject (after the comma) an adjective or a
 * participle with its prepositional phrase follows; the noun phrase after the comma speaks.
 */
export function postmodifiedSubject(ctx: QuoteContext, s: Sentence, k: number): Phrase | null {
  const toks = ctx.doc.tokens;
  let c = k - 1;
  while (c > s.firstToken && k - c <= MAX_MODIFIED_SUBJECT && toks[c].text !== ',') {
    if (ctx.inSpan[c] >= 0 || isBreak(toks[c]) || (toks[c].pos === 'PUNCT' && !insideWord(toks, c))) return null;
    c--;
  }
  if (c <= s.firstToken || toks[c].text !== ',') return null;
  let e = c + 1;
  while (e < k && (toks[e].pos === 'DET' || toks[e].pos === 'NUM' || toks[e].pos === 'ADJ')) e++;
  if (e >= k || (toks[e].pos !== 'NOUN' && toks[e].pos !== 'PROPN')) return null;
  while (e < k && (toks[e].pos === 'NOUN' || toks[e].pos === 'PROPN')) e++;
  const m = toks[e];
  const modifier = m.pos === 'ADJ' || (m.pos === 'VERB' && /(ed|en)$/.test(m.lower));
  // (or a group of people and where they are: "…, officials in both cities insist")
  const placed = m.pos === 'ADP' && PLACE_PREPOSITIONS.has(m.lower) && isPeopleNoun(toks[e - 1]);
  if (placed ? e >= k - 1 : e >= k - 2 || !modifier || toks[e + 1].pos !== 'ADP') return null;
  // the modifier's phrase runs up to the cue with no verb of its own (not "…, people who were there said")
  for (let j = e + 1; j < k; j++) if (isClauseVerb(toks[j]) && !lex.subjectSkips.has(toks[j].lower)) return null;
  return phrase(ctx.doc, c + 1, e);
}

/** Prepositions of where a group of people is ("officials in both cities", "analysts at the bank"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'across', 'inside', 'within', 'around']);

/**
 * "… is supporting Sanders and in a statement credited him …": a subject read back from a cue that
 * is the object of a preposition right after "and"/"but" (after a clause of its own) is an adjunct
 * of the second verb, whose subject is the first one's: the conjunction's index, and no subject. "but
 * in a statement local police said": the words after the medium are the verb's own subject. Null
 * where the subject read is no such object ("officials on and off the island believe" is one subject).
 */
export function coordinatedAdjunct(
  ctx: QuoteContext,
  s: Sentence,
  subj: Phrase,
): { subject: Phrase | null; conjunction: number } | null {
  const toks = ctx.doc.tokens;
  const prep = subj.first - 1;
  if (subj.headKind !== 'nominal' || prep - 1 <= s.firstToken || toks[prep].pos !== 'ADP') return null;
  if (!COORDINATORS.has(toks[prep - 1].lower)) return null;
  let afterClause = false;
  for (let j = s.firstToken; j < prep - 1 && !afterClause; j++)
    afterClause = toks[j].pos === 'AUX' || finiteVerb(toks[j]);
  if (!afterClause) return null;
  let medium = -1;
  for (let j = subj.first; j < subj.endToken && medium < 0; j++) if (mediumWord(toks[j].lower)) medium = j;
  if (medium >= 0 && medium < subj.endToken - 1)
    return { subject: phrase(ctx.doc, medium + 1, subj.endToken), conjunction: -1 };
  return { subject: null, conjunction: prep - 1 };
}

/** Capitalised words that open a sentence before its participle: "While saying …, he …". */
const PARTICIPLE_OPENERS = new Set([
  'While',
  'After',
  'Before',
  'Since',
  'Despite',
  'Besides',
  'In',
  'By',
  'Upon',
  'Without',
]);

/** The most tokens of a participial clause that opens its sentence, up to its comma. */
const MAX_OPENING_PARTICIPLE = 25;

/**
 * A participle of saying that opens its sentence ("Calling the deal a disaster, Trump vowed …",
 * "Citing “obligations in Tennessee,” the former vice president's spokeswoman told …"): the
 * subject of the clause after its comma, and the comma's index (the end of the participle's content);
 * null where the sentence does not open so.
 */
export function openingParticiple(
  ctx: QuoteContext,
  s: Sentence,
  k: number,
): { subject: Phrase; clauseEnd: number } | null {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  // (or after the conjunction or preposition opening it: "While saying that he does respect Mrs.
  // Clinton, he continued …", "After announcing …", "Despite insisting …")
  const led = k === s.firstToken + 1 && PARTICIPLE_OPENERS.has(toks[s.firstToken].text);
  if (!(k === s.firstToken || led) || t.pos !== 'VERB' || !/^\p{L}\p{Ll}+ing$/u.test(t.text)) return null;
  if (!led && !/^\p{Lu}/u.test(t.text)) return null;
  for (let j = k + 1; j < s.endToken && j - k <= MAX_OPENING_PARTICIPLE; j++) {
    // the comma closing the clause, outside a quotation or as its last mark ("… Tennessee,”")
    const comma =
      (toks[j].text === ',' && ctx.inSpan[j] < 0) ||
      (ctx.inSpan[j] >= 0 && ctx.inSpan[j + 1] < 0 && toks[j - 1]?.text === ',');
    if (!comma) continue;
    const subject = phraseAfter(ctx.doc, j + 1, s.endToken);
    const verb = subject ? toks[subject.endToken] : undefined;
    if (!subject || !verb || !(verb.pos === 'VERB' || verb.pos === 'AUX')) return null;
    return { subject, clauseEnd: toks[j].text === ',' ? j : j + 1 };
  }
  return null;
}

/** The first token after the last comma before k in the sentence, or the sentence's first token. */
export function clauseStartBefore(toks: Token[], s: Sentence, k: number): number {
  for (let j = k - 1; j > s.firstToken; j--) if (toks[j].text === ',') return j + 1;
  return s.firstToken;
}

/**
 * Whether the token before k ends a time phrase opened by a preposition: "the tweets he sent out in
 * 2013 denouncing …", "have spent $10 million since June 1 attacking …". A participle after such an
 * adjunct is its clause's subject's; the time says nothing (but "the President's statement this
 * morning calling …": a bare time is the noun's own, and "is now saying" is progressive).
 */
export function afterTimeAdjunct(ctx: QuoteContext, k: number): boolean {
  const toks = ctx.doc.tokens;
  const last = toks[k - 1];
  if (!last) return false;
  for (const tv of ctx.doc.times) {
    if (tv.end !== last.end) continue;
    let lead = ctx.doc.tokenIndexAt(tv.start);
    if (!TIME_PREPOSITIONS.has(toks[lead]?.lower ?? '')) lead--;
    if (!TIME_PREPOSITIONS.has(toks[lead]?.lower ?? '')) return false;
    // ("one phone message on Saturday saying …": a document's words are its own)
    const before = toks[lead - 1];
    return !before || !(DOCUMENT_NOUNS.has(before.lemma) || DOCUMENT_NOUNS.has(before.lower));
  }
  return false;
}

/** Prepositions that open a time adjunct before a participle ("in 2013", "since June 1", "until then"). */
const TIME_PREPOSITIONS = new Set([...TIME_LEADS, 'until', 'after', 'before', 'throughout']);

/**
 * The phrase a relative pronoun subject ("that", "which") stands for, when it ends right before it:
 * "ran a piece | that noted …", "released a press statement | that said …" (mediumIssuer then asks
 * who put the medium out).
 */
export function mediumBeforeRelative(ctx: QuoteContext, s: Sentence, subj: Phrase): Phrase | null {
  const toks = ctx.doc.tokens;
  const r = subj.first;
  if (subj.endToken !== r + 1 || !RELATIVE_WORDS.has(toks[r].lower)) return null;
  const antecedent = subjectBefore(ctx.doc, r, s.firstToken);
  return antecedent && antecedent.endToken === r ? antecedent : null;
}

/** Pronouns whose "'s" before a participle of saying is "has": "he's said …", "who's predicted …". */
const PERFECT_SUBJECTS = new Set(['he', 'she', 'who', 'everyone', 'everybody', 'nobody', 'someone', 'somebody']);

/**
 * Whether the "'s" before the cue at k is "has" rather than "is": after a personal subject and before
 * the participle's own object or clause ("And he's predicted big wins in the races ahead", "While
 * he's said he'll fight …"), not before "to", "as" or "by" ("he's said to be furious", "she's seen as").
 */
export function perfectContraction(toks: readonly Token[], k: number, first: number): boolean {
  if (k - 2 < first || !CONTRACTED_IS.includes(toks[k - 1].lower)) return false;
  // (or a name: "Moody's said", "Albertson's said" — a company in "'s", or a name and its "has")
  const name = toks[k - 2].pos === 'PROPN' && toks[k - 1].start === toks[k - 2].end;
  if (!(PERFECT_SUBJECTS.has(toks[k - 2].lower) || name) || toks[k].lower === toks[k].lemma) return false;
  const next = toks[k + 1];
  return next !== undefined && !PASSIVE_FOLLOWERS.has(next.lower);
}

/** Words after a participle that make it a passive ("is said to", "is seen as", "was told by"). */
const PASSIVE_FOLLOWERS = new Set(['to', 'as', 'by']);
/**
 * Cognition cues whose participle after "be" is a passive, not a state of the subject ("was initially
 * planned to …" against "is also determined to …", "was more measured on …").
 */
export const PASSIVE_COGNITION = new Set([
  'plan',
  'expect',
  'intend',
  'assume',
  'believe',
  'think',
  'consider',
  'suppose',
  'hope',
  'want',
  // ("These oligarchs are known to direct …", "The loans are aimed at …")
  'know',
  'suspect',
  'understand',
  'aim',
]);

/** Cognition participles after "be" that are states of their subject, not passives: "are determined to", "was convinced that". */
export function stateOfMind(toks: readonly Token[], k: number, cls: CueClass): boolean {
  const t = toks[k];
  if (cls !== 'cognition' || /ing$/.test(t.lower) || PASSIVE_COGNITION.has(t.lemma)) return false;
  // ("It was determined that …", "are being sought", "is known to have …", "was determined to be …":
  // passives)
  if (toks[k - 2]?.lower === 'it' || toks[k - 1].lower === 'being' || toks[k - 1].lower === 'been') return false;
  return !(toks[k + 1]?.lower === 'to' && (toks[k + 2]?.lower === 'be' || toks[k + 2]?.lower === 'have'));
}

/** A participle after a form of "be" and adverbs: "was initially planned to …", "is widely expected to …". */
export function adverbedPassive(toks: Token[], k: number, first: number): boolean {
  if (!/(?:ed|en)$/.test(toks[k].lower)) return false;
  let j = k - 1;
  // (and a negation: "are not considered a threat by the Pentagon")
  while (j > first && (toks[j].pos === 'ADV' || NEGATIONS.has(toks[j].lower))) j--;
  return j < k - 1 && BE_FORMS.has(toks[j].lower);
}

/**
 * A participle coordinated with the passive opening its clause: "Saunders and Burgess were sentenced
 * to nine months … and ordered to pay …", "suspects are transported to and questioned using …" (the
 * subject was ordered; no one it names gave the order). The passive must be the clause's first verb,
 * so that one inside what was reported ("He said no officers were injured and confirmed …") is not it.
 */
export function coordinatedPassive(toks: Token[], k: number, first: number): boolean {
  if (k <= first + 2 || !/(?:ed|en)$/.test(toks[k].lower)) return false;
  let c = k - 1;
  while (c > first && toks[c].pos === 'ADV') c--;
  if (!COORDINATORS.has(toks[c].lower)) return false;
  let j = c - 1;
  while (j > first && toks[j].pos !== 'VERB' && toks[j].pos !== 'AUX' && !/^[.;:!?]$/.test(toks[j].text)) j--;
  // (an irregular participle too: "if he was found guilty and condemned to die")
  if (toks[j].pos !== 'VERB' || !pastParticipleForm(toks[j].lower)) return false;
  // ("was less committed on the issue": a degree adverb makes the participle an adjective)
  let b = j - 1;
  while (b > first && toks[b].pos === 'ADV' && !DEGREE_ADVERBS.has(toks[b].lower)) b--;
  if (b < first || !BE_FORMS.has(toks[b].lower)) return false;
  // (the clause opens before "be" with no verb of its own: the sentence's start or a relative word)
  for (let v = b - 1; v >= first; v--) {
    if (opensDependentClause(toks[v].lower)) return true;
    // (a capitalised word is a name's, whatever its tag: "Dr Will Saunders")
    if ((toks[v].pos === 'VERB' || toks[v].pos === 'AUX') && !(v > first && /^\p{Lu}/u.test(toks[v].text)))
      return false;
  }
  return true;
}

const DEGREE_ADVERBS = new Set(['less', 'more', 'very', 'so', 'too', 'most', 'least', 'quite', 'rather']);
const COORDINATORS = new Set(['and', 'or', 'but']);

/** Participles of belief that may modify the noun before them ("considered sacrosanct", "long thought to be"). */
const BELIEF_PARTICIPLES = new Set(['considered', 'seen', 'thought', 'regarded', 'viewed', 'deemed', 'believed']);
/** Participles of saying that take a noun's infinitive the same way ("…, said to be …", "…, reported to have …"). */
const REPORT_PARTICIPLES = new Set(['said', 'reported', 'rumored', 'rumoured', 'alleged', 'reputed', 'understood']);

/**
 * Whether the participle of belief at k modifies the noun before it, set off by a comma or after an
 * adverb ("arms, considered sacrosanct by …", "the numbers generally considered the most accurate",
 * "a seat in Wisconsin long thought to be in hand"), with its complement after it: no clause of its
 * own, and no holder but an agent after "by".
 */
export function reducedBeliefParticiple(toks: readonly Token[], k: number): boolean {
  const noun = (t: Token | undefined) => t?.pos === 'NOUN' || t?.pos === 'PROPN';
  const next = toks[k + 1];
  if (!next) return false;
  // ("The helicopter, said to be Russia's largest cargo carrier, was named …": a participle of saying
  // with its infinitive, set off after its noun)
  if (REPORT_PARTICIPLES.has(toks[k].lower))
    return (
      toks[k - 1]?.text === ',' &&
      noun(toks[k - 2]) &&
      next.lower === 'to' &&
      (toks[k + 2]?.pos === 'VERB' || toks[k + 2]?.pos === 'AUX')
    );
  if (!BELIEF_PARTICIPLES.has(toks[k].lower)) return false;
  // (after an adverb after its noun: any complement)
  if (toks[k - 1]?.pos === 'ADV' && noun(toks[k - 2]))
    return next.pos === 'ADJ' || next.pos === 'DET' || next.lower === 'to' || next.lower === 'as';
  // (after a comma, only a predicative adjective, "to" or "as": "…, considered foreign deposits lost"
  // takes an object, a clause's verb; nor within a verb group, "We have, of course, seen …")
  if (toks[k - 1]?.text !== ',' || !noun(toks[k - 2])) return false;
  for (let j = Math.max(0, k - MAX_GROUP_REACH); j < k; j++) if (toks[j].pos === 'AUX') return false;
  return (next.pos === 'ADJ' && !noun(toks[k + 2])) || next.lower === 'to' || next.lower === 'as';
}
/** How far before a comma-set participle an auxiliary makes it a verb group's ("have, of course, seen"). */
const MAX_GROUP_REACH = 6;
