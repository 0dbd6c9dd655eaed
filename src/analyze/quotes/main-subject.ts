// The subject of the clause a cue belongs to (mainSubject): the speaker of a participle (", saying
// …"), of a cue coordinated with the subject's earlier verb, of a sentence whose own subject speaks.
// The direct, prepositional and attitude readers ask it too.
import type { Sentence, Token } from '../document.js';
import { BE_FORMS, isPossessive, type QuoteContext } from './context.js';
import { SUBORDINATORS } from './sentence-opening.js';
import { timeSpentVerb } from './participle-speaker.js';
import { quoteLexicon as lex } from './lexicon.js';
import { lexiconSets as entityLexicon } from '../entities/lexicon.js';
import { ARTICLES, npToken, type Phrase } from './phrases.js';
import { isTitleNoun } from './head-nouns.js';
import { subjectBefore } from './subject-before.js';
import { isPeopleNoun } from './people-nouns.js';
import { CONTRACTED_ARE, CONTRACTED_IS, FINITE_BE_WORDS, PERSONAL_SUBJECT_PRONOUNS } from '../nlp/closed-class.js';
import { finiteVerb, irregularPast, NEGATIONS } from './clause.js';
import { RELATIVE_OBJECTS } from './content-start.js';

/**
 * The subject of the clause the cue at k belongs to (Cruz blasted Rubio …, telling …; Trump
 * deviated from his remarks and asserted …): that of the nearest finite verb before it with a
 * subject other than a relative pronoun, else that of the sentence's first verb.
 */
export function mainSubject(ctx: QuoteContext, s: Sentence, k: number): Phrase | null {
  const toks = ctx.doc.tokens;
  // (a participle set off by a comma may follow a clause of "be": "… were more willing to …, saying")
  const commaParticiple = toks[k - 1]?.text === ',' && /ing$/.test(toks[k].lower);
  // (and one after "in" may follow an adjective of "be": "Ryan has been very vocal in rejecting …")
  const inParticiple = toks[k - 1]?.lower === 'in' && /ing$/.test(toks[k].lower);
  {
    for (let j = k - 1; j > s.firstToken; j--) {
      if (ctx.inSpan[j] >= 0) continue;
      const verbal = toks[j].pos === 'VERB' && !npToken(toks[j]);
      const group = verbal && !finiteVerb(toks[j]) && auxiliaryGroup(toks, j);
      // (an irregular past too, not a participle after an auxiliary, an adjective ("those responsible
      // held accountable") or a noun it describes ("claims made by Curveball", "commitments made to
      // strengthen democracy"): "one lawmaker took a private moment … to reassure …")
      const irregular =
        verbal &&
        !finiteVerb(toks[j]) &&
        irregularPast(toks[j]) &&
        toks[j - 1]?.pos !== 'AUX' &&
        toks[j - 1]?.pos !== 'ADJ' &&
        !(toks[j - 1]?.pos === 'NOUN' && nounParticipleTail(toks, j + 1));
      const verb = verbal && (finiteVerb(toks[j]) || group || irregular);
      const copula = (commaParticiple && finiteCopula(toks, j)) || (inParticiple && beforeAdjective(toks, j));
      if (!verb && !pastTaggedAdjective(toks, j) && !copula) continue;
      // (a participle after a possessive describes its noun: "condemning Trump's videotaped remarks";
      // the cue's own, "their people's repeated calls for", leaves the possessor the caller)
      if (isPossessive(toks[j - 1]) && j + 1 < k) continue;
      // (so does one after an article: "will deliver remarks to the assembled Council and will use …")
      if (ARTICLES.has(toks[j - 1]?.lower ?? '') && toks[j + 1] && npToken(toks[j + 1]) && j + 1 < k) continue;
      // (a verb of what someone was reported to say is theirs, not the clause's: "Officials said the
      // plan had failed, adding …" adds for the officials)
      if (insideOtherContent(ctx, toks[j].start, toks[k].start)) continue;
      const subj = subjectBefore(ctx.doc, j, s.firstToken);
      // ("Obama met relatives of the 49 people killed on Thursday and said …": a participle after
      // the object of a verb before it describes that object)
      if (subj && j + 1 < k && reducedRelative(ctx, j, subj.first, irregular)) continue;
      // (a verb group inside what someone said, or after a subordinator, is not the main clause's:
      // "Packer said the focus is taking a toll …, pointing to …" points for Packer)
      if ((group || irregular) && subj && !mainClauseGroup(ctx, s, subj.first)) continue;
      // (nor is the subject of a question of how, why, what or whether the main one: "has provided no details
      // about how he planned to reboot his campaign, saying …" says for the one who provided none)
      if (subj && commaParticiple && EMBEDDING_WORDS.has(toks[subj.first - 1]?.lower ?? '')) continue;
      // ("Several hundred demonstrators aligned with the Black Lives Matter movement and other groups
      // took to the streets …": the object of a participle's preposition is no subject)
      if (subj && participleObject(toks, subj.first)) continue;
      // (a participle of means belongs to the nearest verb, a relative clause's too: "Paul Ryan, who
      // just a week ago surprised Trump by declaring …" is Ryan's)
      const relative =
        subj !== null &&
        subj.headKind === 'pronoun' &&
        RELATIVE_WORDS.has(ctx.doc.text.slice(subj.head.start, subj.head.end).toLowerCase());
      if (relative && toks[k - 1]?.lower === 'by') return subj;
      if (subj && !relative && (verb || toks[j].pos !== 'AUX' || copulaSpeaks(ctx, subj) || inParticiple)) return subj;
    }
  }
  for (let j = s.firstToken + 1; j < k; j++) {
    if (ctx.inSpan[j] >= 0 || toks[j].pos !== 'VERB' || npToken(toks[j])) continue;
    // ("Pence had no trouble breaking with his boss in endorsing …": who had the trouble)
    const spent = timeSpentVerb(ctx, s.firstToken, j);
    const subj = subjectBefore(ctx.doc, spent >= 0 ? spent : j, s.firstToken);
    if (subj) return subj;
  }
  return null;
}

/**
 * Words opening a question embedded as an object (how, why, whether …): its subject is not the main
 * clause's. (A clause of time or reason may be the participle's own: "… was dismissed when the US
 * government invoked the privilege, claiming …".)
 */
const EMBEDDING_WORDS = new Set(['how', 'why', 'what', 'whether']);

/** Whether the words from i go on as a participle's after a noun: its agent ("by") or a purpose ("to" and a verb). */
function nounParticipleTail(toks: readonly Token[], i: number): boolean {
  return toks[i]?.lower === 'by' || (toks[i]?.lower === 'to' && toks[i + 1]?.pos === 'VERB');
}

/** Whether the noun phrase opening at `first` follows a participle and its preposition ("aligned with …"). */
function participleObject(toks: readonly Token[], first: number): boolean {
  const prep = toks[first - 1];
  const participle = toks[first - 2];
  return (
    prep?.pos === 'ADP' && participle?.pos === 'VERB' && /ed$/.test(participle.lower) && toks[first - 3]?.pos !== 'AUX'
  );
}

/**
 * Whether the verb in -ed at j describes the noun phrase before it, which opens at `first` as the
 * object of a finite verb, not a cue, before it: "met relatives of the 49 people killed on Thursday".
 * (Such a participle has no auxiliary and no object of its own: no word that opens one, OBJECT_OPENERS,
 * follows it.)
 */
function reducedRelative(ctx: QuoteContext, j: number, first: number, irregular = false): boolean {
  const toks = ctx.doc.tokens;
  const verb = toks[first - 1];
  // (an irregular past too: "implement commitments made to strengthen democracy")
  if (
    !(irregular || /ed$/.test(toks[j].lower)) ||
    OBJECT_OPENERS.has(toks[j + 1]?.pos ?? '') ||
    toks[j - 1]?.pos === 'AUX'
  )
    return false;
  if (verb && OBJECT_PREPOSITIONS.has(verb.lower) && verb.pos === 'ADP') return true;
  return !!verb && verb.pos === 'VERB' && finiteVerbForm(verb) && ctx.cueClass(first - 1) === null;
}

/**
 * Prepositions whose noun phrase is their object, never a clause's subject ("deviated from his
 * remarks during a rally here focused on veterans and asserted …"); not those that also open a
 * clause (after, before, since, until, as).
 */
const OBJECT_PREPOSITIONS = new Set([
  'during',
  'at',
  'in',
  'on',
  'from',
  'with',
  'of',
  'for',
  'to',
  'into',
  'near',
  'about',
  'under',
  'over',
  'across',
  'among',
  'through',
  'against',
  'toward',
  'towards',
  'around',
  'within',
  'between',
]);

/** A verb in a finite past or present form, irregular pasts too (met, took). */
const finiteVerbForm = (t: Token) => finiteVerb(t) || (t.lower !== t.lemma && !/(?:ing|en)$/.test(t.lower));

/** Finite forms of "have" ("has taken"). */
const HAVE_FORMS = new Set(['has', 'have', 'had', "'ve", '’ve']);
/** Finite forms of "be" and "have", which give a participle after them its tense ("is beginning"). */
const TENSE_AUXILIARIES = new Set([...FINITE_BE_WORDS, ...HAVE_FORMS, ...CONTRACTED_IS, ...CONTRACTED_ARE]);

/**
 * Words that open a clause inside the sentence before its subject ("after her statement was shown
 * …", "where Ghazala Khan is reading …", "that the focus is taking …").
 */
const inClauseOpener = (word: string) =>
  SUBORDINATORS.has(word) || word === 'as' || word === 'where' || word === 'that';

/**
 * Whether a verb group whose subject opens at token `first` is the sentence's main clause: no
 * subordinator right before the subject, and no verb of saying or believing before it whose
 * content the group could be ("De Blasio said the move was made by Bratton and said …").
 */
function mainClauseGroup(ctx: QuoteContext, s: Sentence, first: number): boolean {
  const toks = ctx.doc.tokens;
  if (first - 1 >= s.firstToken && inClauseOpener(toks[first - 1].lower)) return false;
  for (let i = s.firstToken; i < first; i++) if (toks[i].pos === 'VERB' && ctx.cueClass(i) !== null) return false;
  return true;
}

/**
 * Whether the participle at j heads a finite verb group: a form of "be" or "have" before it, through
 * other auxiliaries and adverbs ("many of the hard-liners were moving to …", "she has been saying").
 * A bare verb after a modal is left out: "the role her husband would play" is mostly a clause inside
 * a noun phrase.
 */
function auxiliaryGroup(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  if (!/^\p{Ll}/u.test(t.text) || t.lower === t.lemma) return false;
  for (let i = j - 1; i >= 0 && j - i <= 4; i--) {
    const a = toks[i];
    if (a.pos === 'ADV' || NEGATIONS.has(a.lower)) continue;
    if (a.pos !== 'AUX') return false;
    // (a passive's subject is what was done, seldom who goes on to speak: "The report presented to
    // Ms Bishop was written by … and discussed …")
    if (TENSE_AUXILIARIES.has(a.lower)) return /ing$/.test(t.lower) || HAVE_FORMS.has(a.lower);
  }
  return false;
}

/**
 * Whether token j is a verb in the past the tagger read as an adjective: right after a name or a
 * pronoun and before the article, name or pronoun that opens its object ("Kerpen needled the CNN
 * “reporter,” saying …").
 */
function pastTaggedAdjective(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  const prev = toks[j - 1];
  const next = toks[j + 1];
  if (t.pos !== 'ADJ' || !/\p{Ll}ed$/u.test(t.text) || !prev || !next) return false;
  const subject = prev.pos === 'PROPN' || (prev.pos === 'PRON' && lex.subjectPronouns.has(prev.lower));
  const object = next.pos === 'DET' || next.pos === 'PROPN' || (next.pos === 'PRON' && next.lower !== 'who');
  return subject && object;
}

export const RELATIVE_WORDS = new Set(['who', 'which', 'that']);

/**
 * Whether the subject of a clause of "be" can be the speaker of a participle after it: a name, a
 * pronoun of people, or a noun of people or of a body ("the African delegation was resolutely
 * against the idea, calling for …"), not a thing ("Our primary interest is …, recognizing …") nor a
 * clause's subject after its subordinator ("where they were able to …").
 */
function copulaSpeaks(ctx: QuoteContext, subj: Phrase): boolean {
  const toks = ctx.doc.tokens;
  const before = toks[subj.first - 1];
  if (before && opensDependentClause(before.lower)) return false;
  const word = ctx.doc.text.slice(subj.head.start, subj.head.end).toLowerCase();
  if (subj.headKind === 'pronoun') return PERSONAL_SUBJECT_PRONOUNS.has(word);
  // (a name the entity layer found: not a capitalised word opening the sentence, "Multilateralism is …")
  if (subj.headKind === 'name') return ctx.doc.entityAt(subj.head.start) !== undefined;
  const head = toks[ctx.doc.tokenIndexAt(subj.head.end - 1)];
  const nouns = entityLexicon();
  return (
    isTitleNoun(head) ||
    isPeopleNoun(head) ||
    nouns.memberNouns.has(head.lower) ||
    nouns.orgHeads.has(head.lower) ||
    nouns.genericBodyWords.has(head.lower)
  );
}

/** Whether token j is a form of "be" before an adjective, past adverbs ("has been very vocal"). */
function beforeAdjective(toks: readonly Token[], j: number): boolean {
  if (toks[j].pos !== 'AUX' || !BE_FORMS.has(toks[j].lower)) return false;
  let a = j + 1;
  while (toks[a]?.pos === 'ADV') a++;
  return toks[a]?.pos === 'ADJ';
}

/**
 * Whether token j is a finite "be" that is its clause's main verb, its predicate an adjective or a
 * noun phrase: "analysts were also more willing to give Mr. Sloan the benefit of the doubt, saying
 * …". (A "be" that is an auxiliary has its verb after it, which the search met first.)
 */
function finiteCopula(toks: readonly Token[], j: number): boolean {
  return toks[j].pos === 'AUX' && FINITE_BE_WORDS.has(toks[j].lower) && toks[j + 1]?.pos !== 'VERB';
}

/**
 * Whether offset `at` lies in the content of a quote proposed so far that does not also hold the
 * cue at `cue` (a verb inside the same content is at the cue's own level), and is no quote's cue (a
 * frame set inside the sentence it reports: "…, the Ministry of Defence confirmed, but said …").
 */
export function insideOtherContent(ctx: QuoteContext, at: number, cue: number): boolean {
  let inside = false;
  for (const c of ctx.candidates) {
    if (c.cue?.start === at) return false;
    // (an "according to" content is the sentence's own clause: "According to The New York Times, John
    // Yoo … justified the domestic spying …, arguing that …" argues for Yoo)
    if (c.rule === 'according-to') continue;
    if (c.start <= at && at < c.end && !(c.start <= cue && cue < c.end)) inside = true;
  }
  return inside;
}

/** Whether a word opens a clause that is not the sentence's main one (if, because, which, where). */
export const opensDependentClause = (word: string) =>
  SUBORDINATORS.has(word) || RELATIVE_OBJECTS.has(word) || word === 'where';

export const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);
