// One cue and its content within its sentence (cueInSentence): who speaks, whether the cue frames
// what comes before it, where the content starts and ends, and the quote made. Also the object
// readings only this needs: a stance noun ("launched an attack against"), a relative object ("which
// he called …"), a price ("charged $3.7 million").
import { afterLabelAt } from './speaker-transcript.js';
import { frameSpeakerBefore } from './frame-speaker.js';
import type { Sentence, Token } from '../document.js';
import { BE_FORMS, isSentenceEnd, isWord, type CueClass, type QuoteContext } from './context.js';
import { isRecordWord } from './evidence.js';
import { canBeSpeaker } from './speaker-nominal.js';
import { clauseAgent, passiveAgent, pastDate } from './passive-agent.js';
import { saidBySubjectAfterObject, timeSpentVerb } from './participle-speaker.js';
import { quoteLexicon as lex } from './lexicon.js';
import { npToken, phrase, type Phrase } from './phrases.js';
import { RELATIVE_SUBJECTS } from './subject-asides.js';
import { subjectBefore } from './subject-before.js';
import { nameInApposition, phraseAfter } from './phrase-after.js';
import { mediumIssuer } from './medium-issuer.js';
import { isClauseVerb, finiteVerb, irregularPast, finiteVerbAt, clauseAt, NEGATIONS } from './clause.js';
import { MIN_CONTENT_WORDS, contentSpan, contentEnd, objectPredicateEnd, NO_NP_CONTENT } from './content-end.js';
import { OPEN_QUOTE } from './content-asides.js';
import { OBJECT_PRONOUNS, contentStart, CURRENCY_SIGN, RELATIVE_OBJECTS } from './content-start.js';
import { pushIndirect, quotationPastSentence } from './indirect-candidate.js';
import { mainSubject, insideOtherContent, OBJECT_OPENERS } from './main-subject.js';
import {
  verbFrameStart,
  afterEarlierContent,
  SHORT_SUBJECT,
  PARTICIPLE_LEAD,
  earlierCueSubject,
  relativeOfCoordinatedVerb,
  inRelativeVerbList,
  infinitiveObject,
  FAR_SUBJECT_LEAD,
  postmodifiedSubject,
  coordinatedAdjunct,
  openingParticiple,
  clauseStartBefore,
  afterTimeAdjunct,
  mediumBeforeRelative,
  perfectContraction,
  PASSIVE_COGNITION,
  stateOfMind,
  adverbedPassive,
  coordinatedPassive,
  reducedBeliefParticiple,
} from './cue-subject.js';
import {
  MIN_REST_WORDS,
  FIRST_AND_SECOND_PERSON,
  PARENTHETICAL_BELIEFS,
  relativeBeforeFrame,
  closesSentence,
  frontedAdverbialOnly,
  recordBeforeAuthor,
  adjunctEnd,
  invertedFrameEnds,
  postmodifierEnd,
  HEARER_ONLY,
  ACCUSING,
  invertedSpeakerEnd,
  speakerRelativeEnd,
  opensAdjunct,
  frameAsideFollows,
  subjectWithAside,
  hasClauseOrQuote,
  frontedQuestion,
} from './parenthetical-frame.js';

/** Verbs of perception whose object and bare infinitive say who did it ("heard him say it"), by form (the tagger makes "hearing" a noun). */
const PERCEPTION_VERBS = new Set(['hear', 'hears', 'heard', 'hearing', 'watch', 'watches', 'watched', 'watching']);
/** Verbs whose object noun carries the attitude they report: "launched an attack against", "voiced support for". */
const LIGHT_CUE_VERBS = new Set([
  'make',
  'launch',
  'unleash',
  'raise',
  'level',
  'file',
  'voice',
  'express',
  'offer',
  'take',
  'avoid',
  'claim',
  'deliver',
  'sound',
  'show',
  'draw',
  'issue',
  'pen',
  'write',
  'mount',
  'lodge',
]);
/** Nouns of stance or statement whose preposition's object is what the stance is about. */
const STANCE_NOUNS = new Set([
  'attack',
  'attacks',
  'defense',
  'defence',
  'criticism',
  'praise',
  'support',
  'opposition',
  'hostility',
  'enthusiasm',
  'disdain',
  'contempt',
  'skepticism',
  'scepticism',
  'doubts',
  'concern',
  'concerns',
  'note',
  'opinion',
  'opinions',
  'views',
  'piece',
  'op-ed',
  'lawsuit',
  'suit',
  'complaint',
  'complaints',
  'allegations',
  'accusations',
  'charges',
  'questions',
  'question',
  'remarks',
  'comments',
  'language',
  'responsibility',
  'credit',
  'blame',
  'warning',
  'warnings',
  'appeal',
  'plea',
  'case',
  'apology',
  'tribute',
  'sympathy',
]);
const STANCE_PREPOSITIONS = new Set(['about', 'of', 'on', 'for', 'against', 'toward', 'towards', 'over', 'regarding']);
/** The most modifiers between the object's determiner and its stance noun ("a more measured, substantive"). */
const MAX_STANCE_MODIFIERS = 4;

/**
 * Where the content of a light cue starts when its object is a stance noun and a preposition: "launched
 * a pre-emptive attack against [Obama]", "claimed responsibility for [the attack]", "voiced strong
 * support for [the deal]". The noun and preposition belong to the cue; what follows is what the stance
 * is about. `start` otherwise.
 */
function pastStanceNoun(ctx: QuoteContext, k: number, start: number, end: number): number {
  if (start < 0 || !LIGHT_CUE_VERBS.has(ctx.cueLemma(k))) return start;
  const toks = ctx.doc.tokens;
  let j = start;
  if (toks[j]?.pos === 'DET' || toks[j]?.pos === 'PRON') j++;
  for (
    let m = 0;
    m < MAX_STANCE_MODIFIERS &&
    j < end &&
    (toks[j].pos === 'ADJ' || toks[j].pos === 'ADV' || toks[j].text === ',' || toks[j].pos === 'NOUN') &&
    !STANCE_NOUNS.has(toks[j].lower);
    m++
  )
    j++;
  const noun = toks[j];
  const prep = toks[j + 1];
  if (!noun || !prep || j + 2 >= end || ctx.inSpan[j] >= 0) return start;
  if (!STANCE_NOUNS.has(noun.lower) || !STANCE_PREPOSITIONS.has(prep.lower)) return start;
  // ("sounded a rare note of self-deprecation": a note of something is its kind, not its topic)
  if (noun.lower === 'note' && prep.lower === 'of') return start;
  // ("Claiming the criticism of Lauer is designed to …": the noun phrase is a clause's subject)
  for (let v = j + 2; v < end && toks[v].pos !== 'PUNCT'; v++) if (finiteVerbAt(ctx, v)) return start;
  return j + 2;
}

/**
 * Where the object at a of a cue in a relative clause ends: after a pronoun standing alone before a
 * conjunction or preposition ("those who support it until it ceases the violence"; not "describe it
 * as …"), else before a predicate of its own.
 */
function relativeObjectEnd(ctx: QuoteContext, a: number, end: number): number {
  const toks = ctx.doc.tokens;
  const after = toks[a + 1];
  const pronoun = OBJECT_PRONOUNS.has(toks[a].lower) || toks[a].lower === 'it';
  const closes =
    after !== undefined &&
    (after.pos === 'SCONJ' || after.pos === 'CCONJ' || (after.pos === 'ADP' && after.lower !== 'as'));
  return pronoun && closes ? a + 1 : objectPredicateEnd(ctx, a, end);
}

/** Whether the cue at k stands in a relative clause set off by a comma (", who endorsed Canova and said …"). */
function inCommaRelative(ctx: QuoteContext, s: Sentence, k: number): boolean {
  const toks = ctx.doc.tokens;
  for (let j = k - 1; j > s.firstToken; j--) {
    if (ctx.inSpan[j] >= 0) return false;
    if (toks[j].pos === 'PUNCT') return toks[j].text === ',' && RELATIVE_SUBJECTS.has(toks[j + 1]?.lower ?? '');
  }
  return false;
}

/**
 * Whether the cue at k is a participle set off by a comma after the sentence's subject, a noun phrase
 * with no verb: "Mr. Smith, fearing that the vote is lost, left the room", "Many voters, convinced
 * that the race is rigged, stayed home" (its content ends where the subject's own verb comes).
 */
function subjectParticiple(ctx: QuoteContext, s: Sentence, k: number): boolean {
  const toks = ctx.doc.tokens;
  if (toks[k - 1]?.text !== ',' || !/^\p{Ll}+(?:ing|ed)$/u.test(toks[k].text)) return false;
  let noun = false;
  for (let j = s.firstToken; j < k - 1; j++) {
    const t = toks[j];
    if (ctx.inSpan[j] >= 0 || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ')
      return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') noun = true;
  }
  return noun;
}

/** Pronouns a relative clause with no "that" may follow ("everything Trump says is …"). */
const GAP_ANTECEDENTS = new Set(['everything', 'anything', 'nothing', 'something', 'all', 'much']);

/**
 * Where a relative clause set off by commas ends after its cue at k: at a comma before the
 * sentence's own predicate (an auxiliary or a finite verb: ", who advises Kasich, is no fan …").
 */
function relativeClauseEnd(ctx: QuoteContext, k: number, end: number): number {
  const toks = ctx.doc.tokens;
  const s = ctx.sentenceAt(k);
  const opener = s ? toks[s.firstToken] : undefined;
  const frontedOpening = !!opener && (opener.pos === 'ADP' || opener.pos === 'SCONJ');
  // a that-clause whose verb is still to come: the comma closes an aside in its subject ("who also
  // said that the two men, and Mr. Cruz in particular, must do more …")
  let openClause = false;
  for (let j = k + 1; j < end; j++) {
    if (ctx.inSpan[j] >= 0) continue;
    if (toks[j].lower === 'that' && toks[j].pos === 'SCONJ') openClause = true;
    else if (isClauseVerb(toks[j])) openClause = false;
    if (toks[j].text !== ',' || openClause) continue;
    let v = j + 1;
    while (v < end && toks[v].pos === 'ADV') v++;
    if (v < end && ctx.inSpan[v] < 0 && (toks[v].pos === 'AUX' || finiteVerb(toks[v]) || irregularPast(toks[v])))
      return j;
    // (or, after a fronted adjunct the relative clause sits in, the main clause's own subject and
    // verb: "Despite criticism from the African Union's election observers, who said the election fell
    // short of their standards, Mugabe was reportedly warmly received …")
    if (frontedOpening && mainClauseAt(ctx, j + 1, end)) return j;
  }
  return end;
}

/** The most words of a main clause's subject before its verb, after a fronted adjunct. */
const MAX_SUBJECT_WORDS = 4;

/**
 * Whether a name or a noun phrase and then an auxiliary or a finite verb open at token a. Stricter
 * than clause.ts's clauseAt, which also takes a list's next noun phrase before its relative clause
 * (", an interest as well as a responsibility in helping …", ", economic and energy reforms that can …").
 */
function mainClauseAt(ctx: QuoteContext, a: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  if (!toks[a] || !(toks[a].pos === 'PROPN' || toks[a].pos === 'DET' || toks[a].pos === 'PRON')) return false;
  for (let v = a + 1; v < end && v - a <= MAX_SUBJECT_WORDS; v++) {
    const t = toks[v];
    if (ctx.inSpan[v] >= 0 || t.text === ',') return false;
    if (t.pos === 'AUX' || finiteVerb(t) || irregularPast(t)) return true;
    if (!(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET')) return false;
  }
  return false;
}

export function cueInSentence(
  ctx: QuoteContext,
  s: Sentence,
  k: number,
  cls: CueClass,
  learned = false,
  label: RuleLabel | null = null,
): void {
  const toks = ctx.doc.tokens;
  const cueTok = toks[k];
  // passives (is expected to, was told) have no subject speaker
  // (an adjective-tagged participle after "is" is progressive: "Trump is promising to …")
  // (but a past participle of a state of mind is the subject's own: "Others are determined to …";
  // not "it was decided that …", "is known to have …")
  // ("the right to bear arms, considered sacrosanct by gun advocates", "Gunfire, believed to be shots
  // …": a belief's participle set after its noun is a passive, whose holder is no subject)
  const reduced = reducedBeliefParticiple(toks, k);
  const passive =
    reduced ||
    (k > s.firstToken &&
      BE_FORMS.has(toks[k - 1].lower) &&
      !(cueTok.pos === 'ADJ' && /ing$/.test(cueTok.lower)) &&
      !stateOfMind(toks, k, cls) &&
      !perfectContraction(toks, k, s.firstToken)) ||
    (!learned &&
      (cls !== 'cognition' || PASSIVE_COGNITION.has(cueTok.lemma)) &&
      (adverbedPassive(toks, k, s.firstToken) || coordinatedPassive(toks, k, s.firstToken)));
  // "The Producers was named best musical", "He was named chief executive": an award or an office
  // given, with no one named who gave it, is no saying
  if (
    passive &&
    APPOINTING_CUES.has(cueTok.lemma) &&
    /ed$/.test(cueTok.lower) &&
    !toks.slice(k + 1, s.endToken).some((t) => t.lower === 'by')
  )
    return;
  // "our shared values of defending freedom, championing economic opportunity, upholding …": a
  // gerund listed after another that a noun's "of" governs names a value or an aim, not a saying
  if (gerundListedAfterNounOf(toks, k, s.firstToken)) return;
  // ", saying that …" / "by arguing …": a participle's speaker is its main clause's subject
  // (also right after the clause's object: "denounced the raid saying it was …")
  // ("Calling the deal a disaster, Trump vowed …": a participle opening the sentence is the subject's after it)
  const opening = !passive ? openingParticiple(ctx, s, k) : null;
  const participle =
    opening !== null ||
    (/ing$/.test(cueTok.lower) &&
      k > s.firstToken &&
      (PARTICIPLE_LEAD.has(toks[k - 1].lower) ||
        afterTimeAdjunct(ctx, k) ||
        saidBySubjectAfterObject(ctx, s.firstToken, k)));
  // ("Clinton spent much of the run-up … portraying Sanders as …": whoever spends the time)
  const spent = !passive && !opening ? timeSpentVerb(ctx, s.firstToken, k) : -1;
  let subj = passive
    ? null
    : opening
      ? opening.subject
      : spent >= 0
        ? subjectBefore(ctx.doc, spent, s.firstToken)
        : participle
          ? mainSubject(ctx, s, k)
          : subjectBefore(ctx.doc, k, afterEarlierContent(ctx, s, k));
  // ("a state where polls show …": the record the tagger read as a verb is no phrase word, yet the subject)
  if (!subj && label === 'evidence' && toks[k - 1]?.pos === 'VERB' && isRecordWord(toks[k - 1].lower))
    subj = phrase(ctx.doc, k - 1, k);
  const adjunct = subj && !participle ? coordinatedAdjunct(ctx, s, subj) : null;
  if (adjunct) subj = adjunct.subject;
  const adjunctLead = adjunct?.conjunction ?? -1;
  // "Trump unleashed a series of tweets early Friday saying …": the one who issued the medium speaks
  // (and so does a relative clause of the medium's: "ran a piece that noted …", "released a press
  // statement that said they …")
  const medium =
    subj && !participle && /ing$/.test(cueTok.lower) ? subj : subj ? mediumBeforeRelative(ctx, s, subj) : null;
  const issuer = medium ? mediumIssuer(ctx, s, medium, mainSubject) : null;
  if (issuer) subj = issuer;
  if (
    subj &&
    subj.headKind === 'pronoun' &&
    cls === 'cognition' &&
    subj.head &&
    ctx.doc.text.slice(subj.head.start, subj.head.end).toLowerCase() === 'it'
  )
    return;
  let a = k + 1;
  while (a < s.endToken && toks[a].pos === 'ADV') a++;
  const next = toks[a];
  // "Everything Trump says is a lie", "not everything Trump says is true": the cue is in a relative
  // clause on the pronoun before its subject, whose own predicate follows; it reports nothing here
  // (the phrase reader may have taken the pronoun into the subject: "Everything Trump")
  const gap =
    subj !== null &&
    (GAP_ANTECEDENTS.has(toks[subj.first - 1]?.lower ?? '') ||
      (GAP_ANTECEDENTS.has(toks[subj.first].lower) &&
        (toks[subj.first + 1]?.pos === 'PROPN' || toks[subj.first + 1]?.pos === 'PRON')));
  if (gap && next?.pos === 'AUX' && finiteVerbAt(ctx, a)) return;
  const cue = { start: cueTok.start, end: cueTok.end };
  // "…, political analysts say; in 2012, …": a semicolon closes a post-posed frame as a full stop does
  // (not one that introduces a quotation: "…, a dean at Baghdad University said; "It's …")
  const semicolon = next?.text === ';' && !(ctx.inSpan[a + 1] < 0 && ctx.inSpan[a + 2] >= 0);
  // the rule of an attribution in its own clause: the learned label's, else by how the cue was read
  const mainRule = () =>
    label ? MAIN_RULE[label] : learned ? 'cue-model' : participle ? 'cue-participle' : `cue-${cls}`;
  // ("Per Stig Møller, has also stated, that Sudanese government might …": a stray comma before the
  // cue's own that-clause sets off nothing; the clause is what was said)
  const strayComma =
    subj !== null && next?.text === ',' && toks[a + 1]?.lower === 'that' && clauseAt(ctx, a + 2, s.endToken);
  if (strayComma) {
    const span = contentSpan(toks, a + 1, contentEnd(ctx, a + 1, s.endToken));
    if (span) pushIndirect(ctx, span, cue, subj, mainRule(), 'cue-subject');
    return;
  }
  if (
    cls === 'speech' &&
    !participle &&
    !passive &&
    (!next || next.text === ',' || semicolon || isSentenceEnd(next)) &&
    !(subj && toks[subj.first - 1]?.text === ',')
  )
    subj = postmodifiedSubject(ctx, s, k) ?? subj;
  // post-posed or parenthetical attribution: "…, he said." / "…, advisers say, …" / "…, said Sullivan."
  // (a record's author read as the subject frames from the record: "…, a study by the Council of the
  // Great City Schools found.")
  const frameStart = subj ? recordBeforeAuthor(toks, subj.first, s.firstToken) : k;
  // ", which urged …", ", who accused …": a relative clause after a comma describes its noun; it
  // frames no attribution of the sentence around it
  const relative = RELATIVE_SUBJECTS.has(toks[frameStart].lower);
  const before = frameStart > s.firstToken && toks[frameStart - 1].text === ',' && !relative;
  // "After the appeals court refused …, Schuette asked the Supreme Court for quick action": a fronted
  // adverbial before the subject is no statement; the cue takes what follows it, as in any clause
  // (only where the frame's own words run on to the sentence's end: "If she becomes president, Clinton
  // suggested in a tweet, women won't be punished …" frames the words on both sides)
  const adverbialOnly =
    before &&
    subj !== null &&
    !!next &&
    next.text !== ',' &&
    !semicolon &&
    !isSentenceEnd(next) &&
    closesSentence(ctx, adjunctEnd(ctx, a, s), s) &&
    frontedAdverbialOnly(ctx, relativeBeforeFrame(toks, frameStart, s.firstToken), frameStart);
  // (a belief set off the same way: "His leverage, they believe, isn't going anywhere", "That won't
  // happen, they believe."; not the speaker's own hedge, "He, I think, was in there", "You, sir, I believe")
  const ownWords =
    subj !== null && FIRST_AND_SECOND_PERSON.has(ctx.doc.text.slice(subj.head.start, subj.head.end).toLowerCase());
  const parentheticalBelief =
    cls === 'cognition' &&
    subj !== null &&
    !ownWords &&
    PARENTHETICAL_BELIEFS.has(cueTok.lemma) &&
    (!next || next.text === ',' || semicolon || isSentenceEnd(next));
  // ("The referendum, one of 9 confirmed by member countries, is expected …": a participle in -ed
  // before "by" is a passive on the noun before it, not that noun saying something)
  const passiveBy = next?.lower === 'by' && /ed$/.test(cueTok.lower);
  if (
    !participle &&
    !passiveBy &&
    (cls === 'speech' || parentheticalBelief) &&
    before &&
    !adverbialOnly &&
    (!next ||
      next.text === ',' ||
      semicolon ||
      isSentenceEnd(next) ||
      (!subj &&
        npToken(next) &&
        !ACCUSING.has(cueTok.lemma) &&
        invertedFrameEnds(ctx, a, s, k) &&
        !subjectWithAside(ctx, s.firstToken, k - 1)) ||
      // ("In an exclusive report, the United States military has confirmed to Wikinews, in an e-mail,
      // the authenticity of …": after a fronted adjunct alone, the frame is the sentence's own subject
      // and verb, and what follows its adjunct is the content)
      (subj &&
        opensAdjunct(ctx, a, cueTok.lemma) &&
        adjunctEnd(ctx, a, s) > 0 &&
        !frontedAdjunctOnly(ctx, s.firstToken, frameStart)))
  ) {
    let frameEnd = subj && next && next.text !== ',' && !isSentenceEnd(next) ? adjunctEnd(ctx, a, s) : a;
    if (!subj) {
      // only a finite cue inverts its subject (said Sullivan), not a participle (posting images)
      if (/ing$/.test(cueTok.lower)) return;
      // nor one whose object is its hearer: "…, told ITV news on Friday" names who was told
      if (HEARER_ONLY.has(cueTok.lemma)) return;
      const found = phraseAfter(ctx.doc, a, s.endToken);
      if (!found) return;
      // ("…, said a spokesman for the division, Jonathan Withington": the name in apposition)
      const inv = nameInApposition(ctx.doc, found, s.endToken);
      if (!canBeSpeaker(ctx, inv)) return;
      subj = inv;
      const invEnd = postmodifierEnd(ctx, k, invertedSpeakerEnd(toks, inv), s);
      const relative = speakerRelativeEnd(ctx, invEnd, s);
      frameEnd = relative > 0 ? relative : invEnd;
    }
    const rest =
      toks.slice(frameEnd, semicolon ? a : s.endToken).some(isWord) &&
      !frameAsideFollows(ctx, s, frameStart, frameEnd, subj !== null && frameEnd > k + 1, subj);
    // "Asked if …, he declined to answer": a fronted clause framed by a cue of its own is not this cue's content
    if (!rest && frontedQuestion(ctx, s, frameStart)) return;
    // "At each ministerial, the Secretary will emphasize …": words before the frame with no verb
    // and no quotation are a fronted adjunct, not what was said
    if (!rest && !hasClauseOrQuote(ctx, s.firstToken, frameStart)) return;
    // (a frame inside a relative clause frames that clause only: "… extrajudicial killings, which, it
    // said, mostly came from the military")
    // (nor past a transcript's label opening the sentence: "SENIOR ADMINISTRATION OFFICIAL: Well, I
    // think -- we’ve been having these contacts, I’d just say, while …" frames the official's words)
    const from = relativeBeforeFrame(toks, frameStart, wordsAfterLabel(ctx, s));
    // (the words after the frame end as any content does: "…, they believe, isn't going anywhere, and
    // most don't expect him to …" is a second attribution)
    // (only where a clause of the content's own comes first: "California demanded, but was denied,
    // the chance …" goes on past the aside; and not the speaker's own "I should note", whose words
    // run on as they were spoken)
    let restEnd = s.endToken;
    if (next?.text === ',' && frameEnd === a && toks[a + 1]?.pos !== 'CCONJ' && !ownWords) {
      const cut = contentEnd(ctx, frameEnd + 1, s.endToken);
      if (toks.slice(frameEnd + 1, cut).filter(isWord).length >= MIN_REST_WORDS) restEnd = cut;
    }
    const span = rest ? contentSpan(toks, from, restEnd) : contentSpan(toks, from, frameStart);
    if (span)
      pushIndirect(
        ctx,
        span,
        cue,
        subj,
        label ? `${label}-parenthetical` : learned ? 'cue-model-parenthetical' : 'cue-parenthetical',
        subj === null ? null : frameEnd > k + 1 ? 'cue-inverted' : 'cue-subject',
      );
    return;
  }
  // "Rex Early, a former chairman who …, said" / "… did not apologize, but said": the main subject
  let speakerRule =
    spent >= 0
      ? 'time-spent-subject'
      : participle
        ? 'main-subject'
        : issuer && subj === issuer
          ? 'medium-issuer'
          : 'cue-subject';
  if (participle && !subj) {
    subj = frameSpeakerBefore(ctx, s, k);
    speakerRule = 'frame-speaker';
  }
  // "The victory led Reince Priebus to declare …", "forced Stumpf to admit …": the object of the
  // verb (or preposition) before an infinitive cue is who speaks, not the sentence's subject
  // (also where a subject was read further back, and after "for" or "on": "an opening for Clinton
  // to highlight …", "the pressure on her to say …", "The win led her to declare …")
  if (!passive && toks[k - 1]?.lower === 'to' && k - 1 > s.firstToken) {
    const obj = infinitiveObject(ctx, k - 1, s.firstToken, !subj);
    if (obj) {
      subj = obj;
      speakerRule = 'infinitive-object';
    }
  }
  // ("… and instead argued": adverbs between the conjunction and the cue are passed over)
  let lead = k - 1;
  // (and auxiliaries and their negation, not an infinitive's "to": "… but did not recommend
  // charges", "… and has championed an agenda")
  // (and a catenative with its "to": "… and seemed to think …")
  for (;;) {
    while (
      lead > s.firstToken &&
      (toks[lead].pos === 'ADV' || toks[lead].pos === 'AUX' || NEGATIONS.has(toks[lead].lower))
    )
      lead--;
    if (lead - 1 <= s.firstToken || toks[lead].lower !== 'to' || !lex.catenatives.has(toks[lead - 1].lemma)) break;
    lead -= 2;
  }
  if (adjunctLead > 0) lead = adjunctLead;
  if (!subj && !passive && k > s.firstToken && FAR_SUBJECT_LEAD.has(toks[lead].lower)) {
    // ("opposition to all activities that undermine, destabilize, or threaten …": a verb listed with a
    // relative clause's verbs describes the relative's noun; no one is reported saying it)
    if (inRelativeVerbList(toks, s.firstToken, lead + 1)) return;
    const shared = earlierCueSubject(ctx, s, lead, k);
    // ("staff members around the world, who review the material and determine whether …": the
    // relative pronoun of the verb the cue is coordinated with)
    const relative = shared ? null : relativeOfCoordinatedVerb(ctx, s, lead);
    subj = shared ?? relative ?? mainSubject(ctx, s, k) ?? phraseAfter(ctx.doc, s.firstToken, k);
    speakerRule = shared ? 'coordinated-cue' : relative ? 'coordinated-relative' : 'main-subject';
  }
  if (!subj && !passive && cls === 'speech') {
    subj = mainSubject(ctx, s, k);
    speakerRule = 'main-subject';
    // "Nearly a third say …": a short sentence-initial subject no phrase reader takes whole still
    // speaks when "say" opens a clause right after it (after a fronted adjunct and its comma: "By an
    // overwhelming 80%-10%, most Americans say …")
    let from = clauseStartBefore(toks, s, k);
    // ("And suffice to say it is …": a conjunction opening the clause is no part of its subject)
    if (toks[from].pos === 'CCONJ' && from + 1 < k) from++;
    // ("hearing him say it": the one heard saying it is the object of the verb of perception)
    if (k - 2 >= from && PERCEPTION_VERBS.has(toks[k - 2].lower) && toks[k - 1].pos === 'PRON') from = k - 1;
    // (the subject ends before a verb frame of "say": "I have to say", "Everybody kept on saying";
    // an infinitive's "to say …" has none)
    let subjectEnd = verbFrameStart(toks, from, k);
    while (subjectEnd < k && subjectEnd - 1 > from && toks[subjectEnd - 1].pos === 'ADV') subjectEnd--;
    if (
      !subj &&
      toks[k].lemma === 'say' &&
      k - from <= SHORT_SUBJECT &&
      subjectEnd > from &&
      clauseAt(ctx, a, s.endToken)
    ) {
      subj = phrase(ctx.doc, from, subjectEnd);
      speakerRule = from > s.firstToken ? 'clause-start' : 'sentence-start';
    }
    if (!subj) return;
  }
  // "Exit polling showed that …": a that-clause is content even where no subject phrase was read
  if (!subj && !passive && toks[a]?.lower === 'that' && toks[a].pos === 'SCONJ') {
    subj = phraseAfter(ctx.doc, s.firstToken, k);
    speakerRule = 'sentence-start';
  }
  if (!subj && !passive) return;
  // "Florida, which he describes as his second home": the relative clause is what was said of its noun
  const rel = subj && !passive ? relativeObjectBefore(ctx, s, subj, k, cls === 'cognition' || learned) : -1;
  if (rel === NOTHING_SAID) return;
  if (rel >= 0) {
    // (set off by commas, the clause ends where the sentence's own predicate resumes: "The man, who
    // police say is armed, fled the scene")
    const relEnd = toks[rel - 1]?.text === ',' ? relativeClauseEnd(ctx, k, s.endToken) : s.endToken;
    // ("what Mr. Hedge called ''the prior economy model,'' the club …": the quotation closes it)
    const quoted = toks[rel].lower === 'what' ? quotationEndAfter(ctx, k) : -1;
    const span = contentSpan(toks, rel, quoted > 0 ? quoted : contentEnd(ctx, k, relEnd), 1);
    if (span) pushIndirect(ctx, span, cue, subj, 'cue-relative-object', speakerRule);
    return;
  }
  // ", which urged consideration of other nominees, reflected …": a relative clause's content ends
  // where the sentence's own predicate resumes
  // (also a cue further on in such a clause: ", who endorsed Canova in late May and said he would …,
  // ultimately did not show up")
  const limit = opening
    ? opening.clauseEnd
    : relative || reduced || inCommaRelative(ctx, s, k) || subjectParticiple(ctx, s, k)
      ? relativeClauseEnd(ctx, k, s.endToken)
      : s.endToken;
  const objectStart = contentStart(ctx, k, cls, limit, learned);
  const start = pastStanceNoun(ctx, k, objectStart, limit);
  // "charged a $100,000 initiation fee", "has charged the campaign approximately $3.7 million": a price
  // asked, not an accusation
  if (start >= 0 && ctx.cueLemma(k) === 'charge' && chargesMoney(toks, start, limit)) return;
  // (the stance noun and its preposition join the cue: "launched a pre-emptive attack against")
  const frameCue = start > objectStart ? { start: cue.start, end: toks[start - 1].end } : cue;
  // ("had been announced this Thursday by Marcos Tilman": a date before "by" is no content)
  const dateThenAgent = passive && start >= 0 && toks[pastDate(ctx, start, s.endToken)]?.lower === 'by';
  if (start < 0 || dateThenAgent) {
    // "His comments were quickly derided by Armin Laschet": what a passive cue reports on is its subject
    const by = passive ? passiveAgent(ctx, s, k, a) : null;
    const span = by ? contentSpan(toks, by.first, by.end, 1) : null;
    if (by && span) pushIndirect(ctx, span, cue, by.agent, 'passive-agent', 'by-agent');
    return;
  }
  // a verb's or preposition's noun phrase object ends before a predicate of its own
  const npObject = learned && toks[start - 1]?.pos === 'ADP';
  // (so does the object of a verb in a relative clause with no comma: "the respondents who support
  // Sanders are young")
  // (and of a verb of wanting, which takes no clause: "the side that sought recognition from Russia
  // is being punished")
  // (and of a verb of wanting, which takes no clause: "the side that sought recognition from Russia
  // is being punished")
  const relativeObject =
    (cls === 'object' || (cls === 'cognition' && NP_ONLY_COGNITION.has(ctx.cueLemma(k)))) &&
    subj !== null &&
    (RELATIVE_SUBJECTS.has(toks[subj.first].lower) || relativeThat(toks, subj)) &&
    toks.slice(subj.endToken, k).every((t) => t.pos === 'ADV' || t.pos === 'AUX');
  const stop = relativeObject
    ? relativeObjectEnd(ctx, start, limit)
    : npObject
      ? objectPredicateEnd(ctx, start, limit)
      : limit;
  // "46 percent of voters said yes": an answer word is a whole reply on its own
  const answer = ctx.cueLemma(k) === 'say' && ANSWER_WORDS.has(toks[start].lower);
  // "denied involvement", "urged restraint", "claimed responsibility": a verb of saying's one-noun
  // object is what was said (not a time: "warned Tuesday" has none)
  // (right after a finite cue with its own subject, in no other content: "written statement",
  // "warning shots", "to counter corruption", "to build resilience and counter disinformation" are none)
  const nounObject =
    cls === 'speech' &&
    subj !== null &&
    speakerRule === 'cue-subject' &&
    start === k + 1 &&
    toks[k - 1]?.lower !== 'to' &&
    !/ing$/.test(toks[k].lower) &&
    !NO_NP_CONTENT.has(ctx.cueLemma(k)) &&
    bareNounObject(ctx, start) &&
    !insideOtherContent(ctx, toks[k].start, -1);
  const end = contentEnd(ctx, start, stop);
  // "Bush was told … that a test was imminent by National Security Advisor Stephen Hadley": a passive's
  // agent after "by" speaks
  const agent = passive && !subj && cls === 'speech' ? clauseAgent(ctx, s, k, start, end) : null;
  const span =
    quotationPastSentence(ctx, start, s) ??
    contentSpan(
      toks,
      start,
      agent?.contentEnd ?? end,
      cls === 'object' || answer || nounObject ? 1 : MIN_CONTENT_WORDS,
    );
  if (!span) return;
  if (agent) pushIndirect(ctx, span, frameCue, agent.agent, mainRule(), 'by-agent');
  else pushIndirect(ctx, span, frameCue, subj, mainRule(), speakerRule);
}

/** Whether the subject phrase is a lone "that" right after a noun: a relative clause's ("the side that sought …"). */
function relativeThat(toks: readonly Token[], subj: Phrase): boolean {
  return (
    subj.endToken === subj.first + 1 &&
    toks[subj.first].lower === 'that' &&
    (toks[subj.first - 1]?.pos === 'NOUN' || toks[subj.first - 1]?.pos === 'PROPN')
  );
}

/** Verbs of wanting whose object is a noun phrase or an infinitive, never a bare clause. */
const NP_ONLY_COGNITION = new Set(['seek', 'want', 'prefer', 'like', 'decline']);

/** Words of a price, after "charge" (charged fees, charged a premium). */
const PRICE_WORDS = new Set([
  'fee',
  'fees',
  'price',
  'prices',
  'rate',
  'rates',
  'interest',
  'tuition',
  'premium',
  'premiums',
  'dollars',
  'cents',
  'rent',
  'tax',
  'taxes',
  'toll',
  'tolls',
]);
/** The most tokens of "charge"'s object read for a price ("the campaign approximately $3.7 million"). */
const PRICE_WINDOW = 6;

/** Whether the object from a holds an amount of money or a word of a price within a few tokens. */
function chargesMoney(toks: Token[], a: number, end: number): boolean {
  for (let j = a; j < end && j - a < PRICE_WINDOW; j++) {
    const t = toks[j];
    if (CURRENCY_SIGN.test(t.text) || PRICE_WORDS.has(t.lower)) return true;
    if (t.lower === 'with' || t.lower === 'that' || t.pos === 'PUNCT') return false;
  }
  return false;
}

/** Verbs whose object "what" a quotation after them gives ("what Mr. Hedge called ''…''"). */
const QUOTED_NAMING = new Set(['call', 'dub', 'term', 'label', 'brand', 'describe', 'characterize', 'nickname']);

/**
 * The token after the closing mark of a quotation opening right after token k (its mark one or two
 * tokens: ''…''), when the quotation closes the phrase: a punctuation mark inside it or after it, or a
 * verb after it ("what X called ''the prior economy model,'' the club …"; not "what it calls
 * “psychographic” profiles of voters", where the quoted word modifies a noun); else -1.
 */
function quotationEndAfter(ctx: QuoteContext, k: number): number {
  const toks = ctx.doc.tokens;
  let open = k + 1;
  while (open <= k + 2 && ctx.inSpan[open + 1] !== undefined && ctx.inSpan[open + 1] < 0) open++;
  const span = ctx.inSpan[open + 1];
  if (span === undefined || span < 0 || ctx.openToken[span] > k + 2 || ctx.openToken[span] <= k) return -1;
  const close = ctx.spans[span].close;
  if (close < 0) return -1;
  const end = ctx.doc.tokenIndexAt(close);
  let after = end + 1;
  while (toks[after] && toks[after].start < ctx.spans[span].end) after++;
  const inner = ctx.doc.text[ctx.spans[span].end - 1] ?? '';
  const next = toks[after];
  const closes = /[,.;:!?]/.test(inner) || !next || next.pos === 'PUNCT' || next.pos === 'AUX' || next.pos === 'VERB';
  return closes ? after : -1;
}

/**
 * Whether the words [from, frameStart) are an adjunct alone that opens with a preposition or an
 * adverb ("In an exclusive report,", "More recently,") and holds no clause or quotation: no part of
 * a content, unlike a subject set off before a frame ("These employees, Stumpf explained, were …").
 */
function frontedAdjunctOnly(ctx: QuoteContext, from: number, frameStart: number): boolean {
  const toks = ctx.doc.tokens;
  let lead = from;
  while (lead < frameStart && toks[lead].pos === 'CCONJ') lead++;
  const t = toks[lead];
  if (!t || !(t.pos === 'ADP' || t.pos === 'ADV')) return false;
  return toks[frameStart - 1]?.text === ',' && !hasClauseOrQuote(ctx, from, frameStart);
}

/** What relativeObjectBefore answers for a relative clause on the cue's object that says nothing of it. */
const NOTHING_SAID = -2;

/** Whether a verb stands in tokens [from, end) before a comma, a semicolon or the sentence's end. */
function verbInPhrase(toks: readonly Token[], from: number, end: number): boolean {
  for (let j = from; j < end; j++) {
    const t = toks[j];
    if (t.text === ',' || t.text === ';' || isSentenceEnd(t)) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/**
 * The token of a relative word right before the cue's subject that is the cue's object ("which he
 * described as …", "a country that Mitt Romney called …", "what it calls …"), or -1. "that" counts
 * only after a noun: after a verb it opens a content clause ("said that Trump called …").
 */
function relativeObjectBefore(ctx: QuoteContext, s: Sentence, subj: Phrase, k: number, mental: boolean): number {
  const toks = ctx.doc.tokens;
  const r = subj.first - 1;
  if (r < s.firstToken || ctx.inSpan[r] >= 0 || !RELATIVE_OBJECTS.has(toks[r].lower)) return -1;
  // (a "that" the tagger read as a determiner is as often the noun's content: see objectAfter)
  if (toks[r].lower === 'that' && (!thatRelative(ctx, s, r) || (toks[r].pos === 'DET' && objectAfter(toks, k))))
    return -1;
  // "in which Trump introduces …", "with whom he worked": the relative is an adjunct, not the object;
  // "Which Republicans want …" opening the sentence asks a question (but "what" before a quotation
  // is the object whose words follow: "under what Mr. Hedge called ''the prior economy model''")
  const quotedWhat = toks[r].lower === 'what' && QUOTED_NAMING.has(ctx.cueLemma(k)) && quotationEndAfter(ctx, k) > 0;
  if (!quotedWhat && (r === s.firstToken || toks[r - 1].pos === 'ADP')) return -1;
  // "which he said that …": a cue with a that-clause of its own has its object already
  if (toks[k + 1]?.lower === 'that') return -1;
  // "which Mr. Obama championed": with nothing said of the noun after the cue, no content
  const next = toks[k + 1];
  if (!next || !(isWord(next) || OPEN_QUOTE.test(next.text)) || next.pos === 'CCONJ') return -1;
  // "sanctions of the kind that we've seen against Russia": a verb of the mind (or one only the cue
  // model read as a cue) with only a preposition's phrase after it says nothing of the noun (not the
  // "as" of a view, "which he sees as …", nor a phrase the content's verb follows, "which we hope in
  // turn can help …")
  if (mental && next.pos === 'ADP' && next.lower !== 'as' && !verbInPhrase(toks, k + 2, s.endToken))
    return NOTHING_SAID;
  return r;
}

/**
 * Whether the cue at k has an object of its own right after it ("reports that security forces denied
 * medical personnel access …", "history that aggressors only understand one thing"): then "that"
 * opened the noun's content, not a relative clause whose gap the cue's object is.
 */
function objectAfter(toks: Token[], k: number): boolean {
  let a = k + 1;
  while (toks[a]?.pos === 'ADV') a++;
  const t = toks[a];
  if (!t) return false;
  if (OBJECT_OPENERS.has(t.pos)) return true;
  return t.pos === 'ADJ' && (toks[a + 1]?.pos === 'NOUN' || toks[a + 1]?.pos === 'PROPN');
}

/**
 * Whether "that" at r opens a clause on the common noun before it ("a country that Romney called …",
 * "the suggestion that Mr. Trump had shown …"), not the content clause of a verb of saying whose
 * hearer or time adjunct stands before it ("announced Thursday that it has …", "told reporters that …").
 */
function thatRelative(ctx: QuoteContext, s: Sentence, r: number): boolean {
  const toks = ctx.doc.tokens;
  if (toks[r - 1]?.pos !== 'NOUN' && toks[r - 1]?.pos !== 'PROPN') return false;
  // (a verb of saying the tagger read as a noun takes the clause: "The U.S. military claims that the car …")
  if (toks[r - 1].pos === 'NOUN' && ctx.cueClass(r - 1) === 'speech') return false;
  let f = r - 1;
  while (f > s.firstToken && npToken(toks[f - 1]) && toks[f - 1].pos !== 'VERB') f--;
  return !(f > s.firstToken && toks[f - 1].pos === 'VERB' && ctx.cueClass(f - 1) === 'speech');
}

/** Cues whose passive with no agent gives an award or an office ("was named best musical"). */
const APPOINTING_CUES = new Set(['name', 'nominate', 'appoint', 'promote', 'elect']);

/** Whether token a is a common noun standing alone before the sentence's end, no time's word. */
function bareNounObject(ctx: QuoteContext, a: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[a];
  return t.pos === 'NOUN' && !!toks[a + 1] && isSentenceEnd(toks[a + 1]) && !ctx.timeAt(a);
}

/** Words that answer a question whole (said yes, say no). */
const ANSWER_WORDS = new Set(['yes', 'no']);

/** Rules of their own read through cueInSentence: what a record shows, a view held of something. */
type RuleLabel = 'evidence' | 'view-as';
const MAIN_RULE: Record<RuleLabel, string> = { evidence: 'evidence-shows', 'view-as': 'view-as' };

/** The most tokens read back from a listed gerund to the preposition that opens its list. */
const MAX_GERUND_LIST = 12;

/**
 * Whether the -ing word at k follows a comma or "and" in a list whose first member is a gerund right
 * after a noun's "of" ("values of defending freedom, championing economic opportunity"), with no
 * finite verb between.
 */
function gerundListedAfterNounOf(toks: readonly Token[], k: number, first: number): boolean {
  if (!/ing$/.test(toks[k].lower) || !(toks[k - 1]?.text === ',' || toks[k - 1]?.lower === 'and')) return false;
  // (its object a noun phrase: a gerund of saying with a clause after it says something, "…, saying
  // there was enough evidence")
  const next = toks[k + 1];
  if (!next || !(next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'DET' || next.pos === 'PROPN')) return false;
  // (a list's middle member has another after it: ", upholding human rights, and respecting …"; one
  // after a comma with none is a participle of the main clause, "signs of stemming his fury toward
  // Cruz's campaign, slamming the Texas senator …")
  if (toks[k - 1].lower !== 'and' && !laterListedGerund(toks, k)) return false;
  for (let j = k - 2; j > first && k - j <= MAX_GERUND_LIST; j--) {
    const t = toks[j];
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.lower))) return false;
    // (the list opens after a common noun's "of": "values of defending …", "the importance of creating …";
    // not an accusation's, "accused X of orchestrating …")
    if (t.lower === 'of' && /ing$/.test(toks[j + 1].lower)) return toks[j - 1]?.pos === 'NOUN';
  }
  return false;
}

/** Whether another gerund follows the one at k in its list (after a comma or "and"), before a finite verb. */
function laterListedGerund(toks: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < toks.length && j - k <= MAX_GERUND_LIST; j++) {
    const t = toks[j];
    if (t.pos === 'AUX' || isSentenceEnd(t) || (t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.lower))) return false;
    if ((t.text === ',' || t.lower === 'and') && /ing$/.test(toks[j + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** The sentence's first token past a transcript's label opening it, else its first token. */
function wordsAfterLabel(ctx: QuoteContext, s: Sentence): number {
  const after = afterLabelAt(ctx.doc.text, ctx.doc.tokens[s.firstToken].start);
  if (after < 0) return s.firstToken;
  let k = s.firstToken;
  while (k < s.endToken && ctx.doc.tokens[k].start < after) k++;
  return k < s.endToken ? k : s.firstToken;
}
