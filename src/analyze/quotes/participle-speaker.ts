// A participle of saying right after a noun phrase: whose words are they? "Ismail Haniya denounced
// the raid saying it was a “premeditated plan”", "gave a speech in Pakistan saying …", "holding up
// banners saying …": the noun phrase is the object of the clause's verb or of a preposition, and the
// clause's subject says it, as after a comma (", saying …"). "The Washington Post quoted a senior
// diplomat saying …", "…, Foreign Minister Jose Ramos-Horta explaining …", "with both nations saying
// …": the noun phrase itself speaks.
import { DOCUMENT_NOUNS, type QuoteContext } from './context.js';
import { isPeopleNoun } from './people-nouns.js';
import { subjectBefore } from './subject-before.js';
import { canBeSpeaker } from './speaker-nominal.js';
import type { Token } from '../document.js';

/** Participles that report what their subject says. */
const SAYING_PARTICIPLES = new Set([
  'saying',
  'stating',
  'adding',
  'explaining',
  'arguing',
  'claiming',
  'insisting',
  'noting',
  'warning',
  'declaring',
]);

/**
 * Verbs of quoting, perceiving, remembering and receiving, whose object a participle of saying shows
 * speaking: "quoted a senior diplomat saying …", "remembered Freddy claiming …", "Police receive 911
 * calls saying shots have been fired".
 */
const QUOTING_VERBS = new Set([
  'receive',
  'get',
  'read',
  'obtain',
  'quote',
  'cite',
  'describe',
  'show',
  'feature',
  'interview',
  'report',
  'hear',
  'overhear',
  'see',
  'watch',
  'witness',
  'find',
  'catch',
  'remember',
  'recall',
  'imagine',
]);

/** Recordings whose "of" names who is shown or heard speaking ("footage of Hillary Clinton asking"). */
const RECORDINGS = new Set([
  'footage',
  'video',
  'videos',
  'clip',
  'clips',
  'recording',
  'recordings',
  'tape',
  'audio',
  'film',
  'images',
]);

/** Whether "RECORDING of" stands in tokens [from, k) before the participle at k. */
function recordingOf(toks: readonly Token[], from: number, k: number): boolean {
  for (let j = Math.max(from, 0); j + 1 < k; j++)
    if (RECORDINGS.has(toks[j].lower) && toks[j + 1].lower === 'of') return true;
  return false;
}

/** Prepositions of place, time or purpose before a noun phrase that does not say what follows it. */
const SETTING_PREPOSITIONS = new Set(['in', 'on', 'at', 'to', 'into', 'during', 'for', 'up', 'against']);

/** Things written, besides DOCUMENT_NOUNS, whose own words a participle of saying gives. */
const WRITTEN_NOUNS = new Set(['note', 'response', 'notice', 'lawsuit', 'resolution', 'petition']);

/**
 * Whether token j is a participle of saying right after a noun (not "a statement saying …", the
 * document's own words, nor "by saying", a means).
 */
export function speakingParticiple(ctx: QuoteContext, j: number): boolean {
  return SAYING_PARTICIPLES.has(ctx.doc.tokens[j].lower) && speechParticipleAfterNoun(ctx, j);
}

/**
 * Whether token j is the participle of a verb of saying right after a noun other than a document's:
 * any listed one ("has been boycotting the trial demanding better security", "stormed the building
 * shouting, …"), where speakingParticiple takes only the usual few.
 */
function speechParticipleAfterNoun(ctx: QuoteContext, j: number): boolean {
  const toks = ctx.doc.tokens;
  // (a capitalised one is a name's word: "during Operation Smiling Buddha")
  const t = toks[j];
  if (!t.lower.endsWith('ing') || !/^\p{Ll}/u.test(t.text) || ctx.cueClass(j) !== 'speech') return false;
  const before = toks[j - 1];
  if (!before || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return false;
  return ![before.lemma, before.lower].some((w) => DOCUMENT_NOUNS.has(w) || WRITTEN_NOUNS.has(w));
}

/**
 * Whether a noun-phrase content starting at token a ends at the participle of saying at j, which opens
 * a content of its own: "denounced the raid | saying …" (not "with 56 percent of Americans saying …"
 * nor "reminds me of Abraham Lincoln saying …", where the one saying is part of the content).
 */
export function endsAtSayingParticiple(ctx: QuoteContext, a: number, j: number): boolean {
  if (!speakingParticiple(ctx, j)) return false;
  const toks = ctx.doc.tokens;
  const np = subjectBefore(ctx.doc, j, a);
  if (!np || np.first <= a) return true;
  const lead = toks[np.first - 1].lower;
  // (", with 56 percent of Americans saying …" is absolute; "relations with India | saying …" is not)
  return lead !== 'of' && !(lead === 'with' && (np.first - 1 === a || toks[np.first - 2].text === ','));
}

/**
 * Whether the participle of saying at k is said by its clause's subject: the noun phrase right before
 * it ends an earlier cue's content ("hailed his country's relations with India saying …") or is the
 * object of a verb or of a preposition of setting; not after a verb of quoting, nor a noun phrase set
 * off by a comma (a subject of its own).
 */
export function saidBySubjectAfterObject(ctx: QuoteContext, firstToken: number, k: number): boolean {
  const toks = ctx.doc.tokens;
  if (!speechParticipleAfterNoun(ctx, k)) return objectParticipleOfSubject(ctx, firstToken, k);
  // (the phrase reader may pass over a prepositional phrase: "the use of American troops | in Bosnia")
  const np = subjectBefore(ctx.doc, k, firstToken);
  const adjacent = np !== null && np.endToken === k && np.first > firstToken;
  if (adjacent && toks[np.first - 1].text === ',') return false;
  // ("The ad uses footage of Hillary Clinton asking, "…"": a recording shows its subject speaking)
  if (adjacent && recordingOf(toks, np.first - 2, k)) return false;
  const last = toks[k - 1];
  const earlier = ctx.candidates.find((c) => c.cue !== null && c.cue.end <= c.start && c.end === last.end);
  if (earlier?.cue) return !QUOTING_VERBS.has(toks[ctx.doc.tokenIndexAt(earlier.cue.start)].lemma);
  if (!adjacent) return false;
  const before = toks[np.first - 1];
  // (a verb inside the noun phrase is a modifier: "a U.S.-born gunman claiming …")
  const modifier = toks[np.first - 2]?.text === '-' || toks[np.first - 2]?.pos === 'DET';
  // ("have left 62 percent of voters saying …": people left in a state speak; not "left the jail complaining")
  const leftSpeaking = before.lemma === 'leave' && isPeopleNoun(toks[k - 1]);
  if (before.pos === 'VERB')
    return (
      !modifier && !leftSpeaking && !QUOTING_VERBS.has(before.lemma) && before.lemma !== 'be' && before.lemma !== 'have'
    );
  // (or of a phrasal verb: "Sanders started out their ninth debate saying …")
  const particle = PHRASAL_PARTICLES.has(before.lower) && toks[np.first - 2]?.pos === 'VERB';
  return before.pos === 'ADP' && (SETTING_PREPOSITIONS.has(before.lower) || particle);
}

/** Prepositions of where one stands or gathers ("stood up at the United Nations", "rallied outside the court"). */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'outside', 'near', 'inside', 'before']);

/**
 * Whether a participle of condemning, urging and the like is its clause's subject's act: after the
 * place of the clause's verb ("141 countries stood up at the United Nations condemning the
 * aggression" is the countries', not the UN's), or after an object that cannot act ("waved signs
 * calling on the justices …", "at the same time calling Mandela …"). After an object that can act,
 * the object acts: "formed a lobby group supporting each other", "to nations supporting …".
 */
function objectParticipleOfSubject(ctx: QuoteContext, firstToken: number, k: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  if (!t.lower.endsWith('ing') || !/^\p{Ll}/u.test(t.text) || ctx.cueClass(k) !== 'object') return false;
  const np = subjectBefore(ctx.doc, k, firstToken);
  if (!np || np.endToken !== k || np.first - 2 <= firstToken) return false;
  const prep = toks[np.first - 1];
  const verb = PHRASAL_PARTICLES.has(toks[np.first - 2].lower) ? toks[np.first - 3] : toks[np.first - 2];
  if (prep.pos === 'ADP' && PLACE_PREPOSITIONS.has(prep.lower) && verb?.pos === 'VERB' && finiteForm(verb)) return true;
  // (a document speaks for itself, or for its issuer elsewhere: "passed a resolution calling on …")
  const head = toks[np.endToken - 1];
  if (
    canBeSpeaker(ctx, np) ||
    STATE_NOUNS.has(head.lemma) ||
    [head.lemma, head.lower].some((w) => DOCUMENT_NOUNS.has(w) || WRITTEN_NOUNS.has(w))
  )
    return false;
  const before = prep;
  if (before.pos === 'VERB') return !QUOTING_VERBS.has(before.lemma) && !NO_ACT_VERBS.has(before.lemma);
  return before.pos === 'ADP' && SETTING_PREPOSITIONS.has(before.lower);
}

/** Nouns for states and their governments, which act ("to nations supporting international organizations"). */
const STATE_NOUNS = new Set(['country', 'nation', 'state', 'government']);

/** Verbs whose object a participle describes rather than acts for ("including 13 service members supporting …"). */
const NO_ACT_VERBS = new Set(['be', 'have', 'include']);

/** A verb in an inflected form other than the -ing one ("stood", "gathered", "met"). */
const finiteForm = (t: Token) => t.lower !== t.lemma && !/ing$/.test(t.lower);

/** Particles of phrasal verbs whose object a participle may follow ("started out the debate saying …"). */
const PHRASAL_PARTICLES = new Set(['out', 'off', 'up', 'down']);

/** Verbs that spend time or effort on what a participle after their object does ("spent the week attacking"). */
const SPENDING_VERBS = new Set(['spend', 'waste', 'have']);
/** Heads of the time or effort spent ("much of the run-up", "a difficult time", "no trouble"). */
const SPENT_NOUNS = new Set([
  'time',
  'hour',
  'day',
  'week',
  'weekend',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'much',
  'most',
  'all',
  'part',
  'trouble',
  'difficulty',
]);
/** Of those, the ones "have" takes in this sense ("would have a difficult time vetoing"). */
const HAD_NOUNS = new Set(['time', 'trouble', 'difficulty']);
/** How many tokens the time spent may take between its verb and the participle. */
const SPENT_WINDOW = 12;

/**
 * The verb whose subject spends time on what the participle at k does: "Clinton spent much of the
 * run-up to the Nevada caucuses portraying Sanders as …", "the president would have a difficult time
 * vetoing …"; the noun phrase before the participle is the time, not a speaker. Returns the verb's
 * token index, or -1.
 */
export function timeSpentVerb(ctx: QuoteContext, lo: number, k: number): number {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  if (!/^\p{Ll}+ing$/u.test(t.text)) return -1;
  for (let j = k - 1; j > lo && k - j <= SPENT_WINDOW; j--) {
    const w = toks[j];
    if (w.pos === 'VERB' || w.pos === 'AUX') {
      if (!SPENDING_VERBS.has(w.lemma)) return -1;
      // the time spent opens the verb's object, after its determiners and adjectives
      let n = j + 1;
      while (
        n < k &&
        (toks[n].pos === 'DET' || toks[n].pos === 'NUM' || toks[n].pos === 'ADJ' || toks[n].pos === 'ADV') &&
        !SPENT_NOUNS.has(toks[n].lower)
      )
        n++;
      const head = toks[n];
      if (!head || n >= k) return -1;
      const word = SPENT_NOUNS.has(head.lower) ? head.lower : head.lemma;
      return (w.lemma === 'have' ? HAD_NOUNS : SPENT_NOUNS).has(word) ? j : -1;
    }
    if (w.pos === 'CCONJ' || /^[,;:.!?]$/.test(w.text)) return -1;
  }
  return -1;
}
