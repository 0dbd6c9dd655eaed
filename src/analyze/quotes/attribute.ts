// Turns candidates into contract quotes in text order, resolving each speaker phrase to an entity:
// names and nominals to their entity (found or made), pronouns and relatives (he, they, who) to
// their antecedent, inherited speakers (floating quotes) to the quote they follow.
import type { ArticleDocument, EntityRecord } from '../document.js';
import type { Quote, SpeakerRef, Span } from '../types.js';
import { SHARE_WORDS, type Candidate, type QuoteContext } from './context.js';
import { quoteLexicon as lex } from './lexicon.js';
import { isDoubledMark } from './marks.js';
import { phrase, type Phrase } from './phrases.js';
import { isIndefiniteSpeaker, subjectBefore } from './subject-before.js';
import { COUNT_PLURALS, isPeopleNoun } from './people-nouns.js';
import {
  boundReporter,
  firstPersonOfUnnamed,
  insideVerbatim,
  insideReported,
  inDocumentText,
  speakerOfTurnHolding,
  type Reported,
} from './speaker-pronouns.js';
import { coordinatedSubject } from './speaker-coordinated.js';
import { openingPronounInClause, personPronounSubject, possessiveOfOpeningPronoun } from './speaker-he.js';
import {
  groupPronounSubject,
  isGroupAntecedent,
  pluralClauseSubject,
  pluralGroupOpening,
  previousSpeakingGroup,
} from './speaker-they.js';
import { afterFrontedAdjunct } from './sentence-opening.js';
import {
  coordinatedFirst,
  invertedCoordinatedFirst,
  meetingPair,
  titledPartner,
  type MeetingPair,
} from './speaker-pair.js';
import { issuerEntity, jointIssuers, type JointParty } from './speaker-issuer.js';
import { impersonalIt } from './speaker-it.js';
import { statementIssuer } from './speaker-statement.js';
import { authorEntity } from './speaker-author.js';
import { appositionHolding, groupEntity, narrativeWe, weAppositions } from './speaker-we.js';
import { isTimePhrase, repairSpeaker } from './speaker-repair.js';
import { EntityNames } from './name-forms.js';
import { questionerNamed, sameQuestionerGoesOn } from './speaker-floor.js';
import { labelEntity, transcriptTurns, type TranscriptTurn } from './speaker-transcript.js';
import { namedAddressee } from './question-addressee.js';
import { antecedent, entityForMention, isCalendarWord, speakerRef } from './speakers.js';
import { isCalendarText } from '../nlp/closed-class.js';

/** Whether a quote's speaker phrase lies in [start, end): someone speaks inside that stretch. */
function speakerInside(ctx: QuoteContext, start: number, end: number): boolean {
  return ctx.candidates.some((x) => x.speaker && x.speaker.start >= start && x.speaker.end <= end);
}

/** How many tokens an apposition between a name and its verb may take. */
const MAX_APPOSITION = 14;

/**
 * Whether the name starting at offset `at` is the subject of a verb of saying before `end`, past an
 * apposition set off by commas and an auxiliary ("Lebanon's UN envoy, Nouhad Mahmoud, claimed that
 * …"): the content holds its own attribution, whose speaker a pronoun after it may take up.
 */
function subjectOfSaying(ctx: QuoteContext, at: number, end: number): boolean {
  const doc = ctx.doc;
  const hit = doc.entityAt(at);
  if (!hit || hit.mention.kind !== 'name') return false;
  const toks = doc.tokens;
  let k = doc.tokenIndexAt(hit.mention.end - 1) + 1;
  if (toks[k]?.text === ',') {
    const from = k;
    k++;
    while (k < toks.length && k - from <= MAX_APPOSITION && toks[k].text !== ',' && toks[k].start < end) k++;
    if (toks[k]?.text !== ',') return false;
    k++;
  }
  while (toks[k] && (toks[k].pos === 'AUX' || toks[k].pos === 'ADV')) k++;
  return !!toks[k] && toks[k].start < end && toks[k].pos === 'VERB' && lex.speech.has(toks[k].lemma);
}

/** What may stand between a content and its frame's pronoun: closing marks and punctuation. */
const FRAME_GAP = /^[\s,.!?"”’'—―–-]*$/;
/** The most characters of such a gap. */
const MAX_FRAME_GAP = 8;
/** A pair the sentence before named, as a subject: "the two", "both sides". */
const THE_TWO =
  /^(?:the two|both|both sides|the two sides|(?:the two|both|the) (?:leaders|ministers|foreign ministers|presidents|secretaries)|the two (?:men|women|officials|diplomats))$/i;
/** How many sentences back "the two" may find the meeting that named them. */
const PAIR_REACH = 4;
import { absorbLabelNamesakes, type LabelJoin } from './label-namesakes.js';
import { askedOfYou } from './you-asked.js';
import { coordinatedSectorSpeaker } from './speaker-coordinated-sector.js';

const RELATIVES = new Set(['who', 'which', 'that']);

/**
 * The name ending right before the comma at `comma`, as a phrase, where the antecedent read back
 * (`ante`) ends before it with a verb between: the relative clause set off by the comma is the name's.
 */
function nameBeforeComma(doc: ArticleDocument, comma: number, ante: Phrase): Phrase | null {
  const toks = doc.tokens;
  const last = toks[comma - 1];
  if (!last || ante.end >= last.end) return null;
  const hit = doc.entityAt(last.start);
  if (!hit || hit.mention.kind !== 'name' || hit.mention.end !== last.end) return null;
  const first = doc.tokenIndexAt(hit.mention.start);
  const between = toks.slice(doc.tokenIndexAt(ante.end - 1) + 1, first);
  if (!between.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  return phrase(doc, first, comma);
}

/** Antecedents of a relative clause that name no one in particular: "those who …", "anybody that …". */
const GENERIC_ANTECEDENTS = new Set([
  'those',
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'nobody',
  'one',
  'people',
  'many',
  'some',
  'others',
  'all',
  'any',
  'few',
]);
/** The other parties of a joint statement, as those who speak with its first (mentions not added). */
const partyRefs = (doc: ArticleDocument, parties: JointParty[]) =>
  parties.map((o) => speakerRef(doc, o.entity, o.mention, false));

/** A speaker phrase that is everyone at once: "the world", "the whole world". */
const WORLD = /^the\s+(?:whole\s+|entire\s+)?world$/i;
/** A speaker phrase that names no one: "no one", "nobody", and the door of "the door is open to". */
const NO_ONE = /^(?:no\s*-?\s*one|nobody|(?:the\s+)?doors?)$/i;

/** Verbs of what two who met did together, as lemmas: a readout's "They discussed …", "They agreed …". */
const MEETING_ACTIVITIES = new Set([
  'discuss',
  'agree',
  'talk',
  'exchange',
  'focus',
  'reaffirm',
  'stress',
  'emphasize',
  'underscore',
  'commend',
  'pledge',
  'review',
  'share',
  'express',
  'welcome',
  'reiterate',
  'affirm',
  'underline',
  'highlight',
  'note',
  'condemn',
]);
/** How many sentences back in the paragraph a readout's "they" may find its meeting. */
const READOUT_REACH = 3;

/** Whether the candidate's cue is a verb of what two who met did together. */
function meetingActivity(ctx: QuoteContext, c: Candidate): boolean {
  if (!c.cue) return false;
  return MEETING_ACTIVITIES.has(ctx.doc.tokens[ctx.doc.tokenIndexAt(c.cue.start)]?.lemma ?? '');
}

/** Possessive determiners (and the "me"/"us" of "let me say", "them") and the subject pronoun each resolves as. */
const POSSESSIVE_AS: Record<string, string | undefined> = {
  his: 'he',
  their: 'they',
  its: 'it',
  our: 'we',
  my: 'i',
  me: 'i',
  us: 'we',
  your: 'you',
  // (an infinitive's subject after a causative or "for": "an opportunity for them to discuss …")
  them: 'they',
};
/** How far back (characters) a floating quote with no quote before it looks for a person. */
const FLOATING_WINDOW = 600;

function lastMentionBefore(e: EntityRecord, at: number): EntityRecord['mentions'][number] | null {
  let best: EntityRecord['mentions'][number] | null = null;
  for (const m of e.mentions) if (m.end <= at && (!best || m.end > best.end)) best = m;
  return best;
}

/** Parts of a day after its name ("Friday afternoon"). */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * The phrase without a day (and its part) at its end: "his doctor Friday afternoon" → "his doctor";
 * the phrase itself where no such day ends it, or where the day is all there is.
 */
function withoutTrailingDay(doc: ArticleDocument, p: Phrase): Phrase {
  const toks = doc.tokens;
  let e = p.endToken;
  if (e - 1 > p.first && DAY_PARTS.has(toks[e - 1].lower)) e--;
  return e - 1 > p.first && isCalendarText(toks[e - 1].text) ? phrase(doc, p.first, e - 1) : p;
}

/** The nearest person named before a relative "who" with no verb between them (the phrase it ends). */
function personBeforeRelative(ctx: QuoteContext, k: number, lo: number): EntityRecord | null {
  const toks = ctx.doc.tokens;
  const entityAt = ctx.doc.entityFinder();
  for (let j = k - 1; j >= lo && k - j <= 16; j--) {
    const t = toks[j];
    if (ctx.inSpan[j] >= 0 || t.pos === 'VERB' || t.pos === 'AUX' || /[.;:!?]/.test(t.text)) return null;
    const hit = entityAt(t.start);
    if (hit && hit.entity.type === 'PERSON' && hit.mention.kind !== 'pronoun') return hit.entity;
  }
  return null;
}

/** Subject pronouns of the third person, whose clause may be joined to an attribution before it. */
const THIRD_PERSON_SUBJECTS = new Set(['he', 'she', 'it', 'they']);

/** Whether a word (not a conjunction or an adverb) of the same sentence comes right before token k. */
function followsWord(ctx: QuoteContext, k: number): boolean {
  const before = ctx.doc.tokens[k - 1];
  const s = ctx.sentenceAt(k);
  return (
    !!before && !!s && k > s.firstToken && /\w/.test(before.text) && !['CCONJ', 'SCONJ', 'ADV'].includes(before.pos)
  );
}

/** A speaker found: the reference, its entity, and those who speak with it ("they" after a meeting). */
interface Resolved {
  ref: SpeakerRef;
  entity: EntityRecord | null;
  with?: SpeakerRef[];
  /**
   * No one the text names speaks, so there is no quote: a relative clause on a generic antecedent
   * ("those who say …", "anybody who thinks …"), or a generic "you" ("as you know, …").
   */
  nobody?: boolean;
}

function resolve(
  ctx: QuoteContext,
  c: Candidate,
  speakers: EntityRecord[],
  earlier: Reported[],
  names: EntityNames,
  addressee: (at: number) => EntityRecord | null,
): Resolved | null {
  const p = c.speaker;
  if (!p) return statementOfGroup(ctx, c);
  const doc = ctx.doc;
  // "No one has asked me …", "Nobody said …", "the door is open to …": no one said anything
  if (NO_ONE.test(doc.text.slice(p.start, p.end)))
    return { ref: speakerRef(doc, null, p.head, false), entity: null, nobody: true };
  if (p.headKind === 'pronoun') {
    const word = doc.text.slice(p.head.start, p.head.end).toLowerCase();
    let entity: EntityRecord | null = null;
    if (RELATIVES.has(word)) {
      // "Donna Brazile, who said …": the phrase before the relative pronoun
      // (or "a Chechen rebel leader — who seeks …": a dash sets the clause off as a comma does)
      let k = p.first;
      if (/^[,―—–]$/.test(doc.tokens[k - 1]?.text ?? '')) k--;
      const s = ctx.sentenceAt(p.first);
      let ante = s ? subjectBefore(doc, k, s.firstToken) : null;
      // "… in a way that's consistent with … the hands of Hamas, which has launched …": a clause's
      // subject read further back than the name closing the phrase before the comma is not the one
      // set off (the name is)
      if (ante && k < p.first) ante = nameBeforeComma(doc, k, ante) ?? ante;
      // "a letter from his doctor Friday afternoon that says …": the day is when, not who
      if (ante) ante = withoutTrailingDay(doc, ante);
      // "released her medical records in July, which showed …": a date is no antecedent
      if (
        ante &&
        s &&
        (isTimePhrase(ctx, ante.head) || /^\d{4}$/.test(doc.text.slice(ante.head.start, ante.head.end)))
      ) {
        // (or right after a noun: "Labor Department figures earlier this month, which showed …")
        const adp = ante.first - 1;
        const lead = doc.tokens[adp];
        const before =
          lead?.pos === 'ADP' || (lead?.pos === 'ADV' && /^(?:earlier|later)$/i.test(lead.text))
            ? subjectBefore(doc, adp, s.firstToken)
            : null;
        ante = before && before.headKind !== 'pronoun' ? before : null;
        if (ante) c.speakerRule = 'relative-before-date';
      }
      // ("the recommendations of a hearing officer who considered …": "who" is the person after "of")
      if (ante && word === 'who') ante = personAfterOf(doc, ante);
      // ("Smith is a lawyer who said …": "who" is the person the copula's complement describes)
      if (ante && word === 'who' && s) ante = copulaSubject(doc, ante, s.firstToken) ?? ante;
      // "Meg Whitman, a former candidate for governor in California who …": "who" is a person
      const person = word === 'who' && s ? personBeforeRelative(ctx, p.first, s.firstToken) : null;
      if (person && !(ante && doc.entityAt(ante.head.start)?.entity.type === 'PERSON')) {
        c.speakerRule = 'relative-person';
        return { ref: speakerRef(doc, person, p.head, true), entity: person };
      }
      const anteWord = ante ? doc.text.slice(ante.head.start, ante.head.end).toLowerCase() : '';
      // "those who say …", "there are people that …", "anybody who thinks …": no one in particular
      // ("that" opening a clause is a demonstrative: "That suggests …" is the claim of a fact)
      // (the nearest noun is the antecedent: "the orbit of those who believe in …"; not the last of
      // a list, "American shoe manufacturers and others who were saying …", nor a counted or
      // definite group, "the 93,522 people who voted for", "the one who got into", nor the group a
      // named subject belongs to, "Naureen Jahangir is among those who say …")
      const lead = doc.tokens[p.first - 2];
      const definite =
        lead && (lead.pos === 'CCONJ' || lead.pos === 'NUM' || lead.lower === 'the' || lead.lower === 'among');
      const nearest = definite ? '' : (doc.tokens[p.first - 1]?.lower ?? '');
      if (
        (!ante && (word !== 'that' || followsWord(ctx, p.first))) ||
        GENERIC_ANTECEDENTS.has(anteWord) ||
        GENERIC_ANTECEDENTS.has(nearest)
      )
        return { ref: speakerRef(doc, null, p.head, true), entity: null, nobody: true };
      if (ante && ante.headKind !== 'pronoun') entity = entityForMention(doc, ante.head, ante.headKind, names);
      // "The film, which explains …": the phrase speaks though no entity holds it
      if (!entity && ante && ante.headKind !== 'pronoun') {
        c.speakerRule = 'relative-antecedent';
        return { ref: speakerRef(doc, null, ante.head, false), entity: null };
      }
    } else if (lex.subjectPronouns.has(word) || word === 'him' || word === 'her' || POSSESSIVE_AS[word]) {
      // "his criticism of …": a possessive pronoun resolves as its subject form does
      const asSubject = POSSESSIVE_AS[word] ?? word;
      // (the dummy "it" of "it seems", "when it comes to": speaker-it.ts)
      const dummy = word === 'it' ? impersonalIt(doc, p.head) : null;
      entity = boundReporter(ctx, p.head, asSubject, earlier);
      // ("X said A, and he added B": the subject of the clause the pronoun's is joined to)
      const coordinated =
        entity || !THIRD_PERSON_SUBJECTS.has(word) ? null : coordinatedSubject(ctx, p.head, word, earlier);
      if (entity) c.speakerRule = 'pronoun-bound-to-reporter';
      else if (coordinated?.entity) {
        c.speakerRule = 'pronoun-coordinated-subject';
        const ref = speakerRef(doc, coordinated.entity, p.head, true);
        return coordinated.together?.length
          ? { ref, entity: coordinated.entity, with: [...coordinated.together] }
          : { ref, entity: coordinated.entity };
      } else if (asSubject === 'i' && firstPersonOfUnnamed(p.head, earlier))
        c.speakerRule = 'pronoun-of-unnamed-speaker';
      else if (asSubject === 'i' && !insideReported(p.head, earlier) && authorEntity(ctx)) {
        // the article's own "I" in a statement its byline signs (speaker-author.ts)
        entity = authorEntity(ctx);
        c.speakerRule = 'i-author';
      } else if (asSubject === 'i' && !insideVerbatim(p.head, earlier) && issuerEntity(ctx)) {
        // a government's release in its official's own voice, no byline naming them: the issuer,
        // not anyone named nearby ("I am pleased to announce the release of U.S. citizen Trevor
        // Reed"; "as the Minister said, I am the first woman Deputy Secretary of State")
        entity = issuerEntity(ctx);
        c.speakerRule = 'i-issuer';
      } else if (asSubject === 'we') {
        // "we" inside someone's words is theirs (bound above), else only a group the text named as
        // "we"; in the article's own voice, also the body opening the sentence (speaker-we.ts)
        const inside = insideReported(p.head, earlier) && !inDocumentText(p.head, earlier);
        const we = narrativeWe(ctx, p.head, inside);
        // else a government's own statement speaks as "we" for its issuer (speaker-issuer.ts)
        const issuer = we || inside ? null : issuerEntity(ctx);
        // a joint statement's "we" is its parties': the first listed, with the others
        const joint = we || inside ? null : jointIssuers(ctx);
        if (we) {
          entity = we.entity;
          c.speakerRule = we.rule;
        } else if (joint) {
          c.speakerRule = 'we-joint-issuers';
          const [lead, ...others] = joint;
          const ref = speakerRef(doc, lead.entity, p.head, true);
          return { ref, entity: lead.entity, with: partyRefs(doc, others) };
        } else if (issuer) {
          entity = issuer;
          c.speakerRule = 'we-issuer';
        } else c.speakerRule = 'pronoun-unresolved';
      } else if (asSubject === 'you') {
        return addressedYou(ctx, c, p.head, addressee, true);
      } else if (dummy) {
        // "it seems …": the writer's or speaker's own hedge, no speaker; "when it comes to …": no report
        return dummy === 'idiom' ? { ref: speakerRef(doc, null, p.head, true), entity: null, nobody: true } : null;
      } else if (asSubject === 'they' || asSubject === 'it') {
        // a group or body takes up the subject opening the sentence or the one before (speaker-they.ts)
        entity = groupPronounSubject(ctx, p.head, asSubject);
        // "Secretary Blinken met … with Minister Gantz. They expressed …": the two who met (speaker-pair.ts)
        // (a readout's later "They discussed …", "They agreed …" still means the two, a few sentences
        // on in the paragraph: "President Obama and President SiSi had a productive meeting. … They
        // agreed to convene a strategic dialogue")
        const pair =
          entity || asSubject !== 'they'
            ? null
            : (meetingPair(ctx, p.head) ?? (meetingActivity(ctx, c) ? meetingPair(ctx, p.head, READOUT_REACH) : null));
        if (entity) c.speakerRule = 'pronoun-sentence-subject';
        else if (pair) {
          c.speakerRule = 'pronoun-meeting-pair';
          lastPairs.set(ctx, { pair, at: p.head.start });
          const ref = speakerRef(doc, pair.first, p.head, true);
          return { ref, entity: pair.first, with: [speakerRef(doc, pair.other.entity, pair.other.mention, false)] };
        } else {
          // a group described in the plural opening the sentence before ("Lawyers for the families
          // have written to the High Court. They say …"), else the nearest body or group named before
          // ("the Dallas Morning News … it"), unless it is one person or a place: those were most often
          // someone or somewhere the sentence spoke of
          const group =
            asSubject === 'they' ? (pluralGroupOpening(ctx, p.head) ?? pluralClauseSubject(ctx, p.head)) : null;
          // (a group of people who spoke in the sentence before goes on as "they": speaker-they.ts)
          const spoke = group || asSubject !== 'they' ? null : previousSpeakingGroup(ctx, p.head, earlier);
          // a readout goes on about the pair who met: "They plan to …" a paragraph or two after the
          // last "They" that meant them, before a body named on the way and no subject ("… support
          // Western Balkan partners on their EU accession paths. They also discussed …")
          const readout = group || spoke || asSubject !== 'they' ? null : readoutPair(ctx, p.head);
          const near =
            group || spoke || readout
              ? null
              : antecedent(doc, p.head.start, asSubject, speakers, (o) => ctx.isQuoted(o));
          entity = group
            ? entityForMention(doc, group, 'nominal', names)
            : (spoke ?? (near && isGroupAntecedent(doc, near, asSubject, p.head.start) ? near : null));
          if (group) c.speakerRule = 'pronoun-group-subject';
          else if (spoke) c.speakerRule = 'pronoun-previous-speakers';
          else if (!entity) {
            if (readout) {
              c.speakerRule = 'pronoun-readout-pair';
              lastPairs.set(ctx, { pair: readout, at: p.head.start });
              const ref = speakerRef(doc, readout.first, p.head, true);
              return {
                ref,
                entity: readout.first,
                with: [speakerRef(doc, readout.other.entity, readout.other.mention, false)],
              };
            }
            c.speakerRule = 'pronoun-unresolved';
          }
        }
      } else {
        // "he"/"she" opening a sentence continues the subject of the one before (speaker-he.ts)
        // (a content right before the frame, this quote's or one sharing the frame ("…," he told
        // the court, saying …): the pronoun follows it as it would a quotation, unless someone in it
        // speaks ("Uribe insisted that Ecuador has not done enough …, he said" is Uribe's))
        const content = ctx.candidates.find(
          (o) =>
            o.end <= p.head.start &&
            p.head.start - o.end <= MAX_FRAME_GAP &&
            FRAME_GAP.test(doc.text.slice(o.end, p.head.start)),
        );
        const speaksIn = (o: number) =>
          ctx.candidates.some((x) => x.speaker && x.speaker.start <= o && o < x.speaker.end) ||
          subjectOfSaying(ctx, o, c.end);
        // (only a content wholly before its frame: in an aside, "… the killings which, she said, is
        // forcing …", the pronoun may be the interrupted clause's subject)
        const before = c.end <= p.head.start;
        const fronted = content && !speakerInside(ctx, content.start, p.head.start) ? content.start : undefined;
        // ("He has stepped up his attacks on …": a possessive in a sentence its "he" opens is his,
        // and that "he" is a mention of the same person)
        const opening =
          asSubject === 'he' || asSubject === 'she' || word === 'her' ? possessiveOfOpeningPronoun(ctx, p.head) : null;
        if (opening) speakerRef(doc, opening.entity, opening.pronoun, true);
        const subject =
          (asSubject === 'he' || asSubject === 'she' ? personPronounSubject(ctx, p.head, asSubject, fronted) : null) ??
          opening?.entity ??
          null;
        // (nor a person the quote's own content names before its frame: 'Mr Sullivan "made accounting
        // decisions," he told the court' is not Sullivan's)
        entity = antecedent(
          doc,
          p.head.start,
          asSubject,
          speakers,
          (o) => ctx.isQuoted(o) || (before && o >= c.start && o < c.end && !speaksIn(o)),
        );
        // ("He visited Netanyahu in Israel, where he also met …": the subject of a clause of place or
        // time inside the sentence is the sentence's subject again)
        const continued =
          !subject && (asSubject === 'he' || asSubject === 'she')
            ? openingPronounInClause(ctx, p.head, asSubject)
            : null;
        if (subject && subject !== entity) {
          entity = subject;
          c.speakerRule = 'pronoun-previous-subject';
        } else if (continued && continued !== entity) {
          entity = continued;
          c.speakerRule = 'pronoun-sentence-subject';
        }
        // in a transcript's turn, "he" or "she" is someone other than its speaker ("AMBASSADOR KIM: …
        // beyond what the deputy secretary said in Seoul. I think, as she indicated, …" is not Kim)
        if (entity && entity === speakerOfTurnHolding(p.head, earlier)) {
          entity = null;
          c.speakerRule = 'pronoun-unresolved';
        }
      }
    }
    return { ref: speakerRef(doc, entity, p.head, true), entity };
  }
  // no speaker rather than "Thursday" (but "May said …" after "Theresa May" is her: the tagger read
  // the word as a name, and a person goes by it)
  if (isCalendarWord(doc, p.head) && !surnameOfPerson(doc, p.head, names)) return null;
  // "the world has seen …", "the world must reject …": everyone, no one who said it
  if (WORLD.test(doc.text.slice(p.start, p.end)))
    return { ref: speakerRef(doc, null, p.head, false), entity: null, nobody: true };
  // "Are you guys worried that …": "you guys" is "you", the official answering, else no one
  if (/^(?:guys|folks)$/i.test(doc.text.slice(p.head.start, p.head.end)) && doc.tokens[p.first - 1]?.lower === 'you')
    return addressedYou(ctx, c, p.head, addressee, false);
  // "We, the G7 Foreign Ministers of Canada, …, the United Kingdom, condemn …": the group speaks
  const joint = c.cue && p.head.end <= c.cue.start ? appositionHolding(ctx, p.head) : undefined;
  if (joint) {
    const entity = groupEntity(ctx, joint);
    c.speakerRule = 'we-apposition';
    return { ref: speakerRef(doc, entity, joint.we, true), entity };
  }
  // "Secretary Blinken met … with Foreign Minister Joly. The two also discussed …": the two who met
  if (THE_TWO.test(doc.text.slice(p.head.start, p.head.end))) {
    const pair = meetingPair(ctx, p.head, PAIR_REACH);
    if (pair) {
      c.speakerRule = 'the-two-meeting-pair';
      // (no mention of the first alone: the phrase names both)
      const ref = speakerRef(doc, pair.first, p.head, false);
      return { ref, entity: pair.first, with: [speakerRef(doc, pair.other.entity, pair.other.mention, false)] };
    }
  }
  // "The statement said …": whoever put it out (speaker-statement.ts)
  const issuer = statementIssuer(ctx, p.head, earlier, (q) =>
    entityForMention(doc, q.head, q.headKind === 'name' ? 'name' : 'nominal', names),
  );
  if (issuer) {
    c.speakerRule = 'statement-issuer';
    return { ref: speakerRef(doc, issuer, p.head, false), entity: issuer };
  }
  const entity = entityForMention(doc, p.head, p.headKind, names);
  // "Begin text:" after a preamble listing a joint statement's parties: the one read there, with the others
  const parties = c.speakerRule === 'document-issuer' && entity ? jointIssuers(ctx) : null;
  if (parties?.some((o) => o.entity === entity)) {
    const others = parties.filter((o) => o.entity !== entity);
    return {
      ref: speakerRef(doc, entity, p.head, false),
      entity,
      with: partyRefs(doc, others),
    };
  }
  // "Secretary Blinken and President Macron agreed …": the first subject, with the second (speaker-pair.ts)
  // (and after an inverted cue: "…," said Jonathan Wolpaw and Dennis McFarlane)
  const coordinated =
    !entity || !c.cue
      ? null
      : p.head.end <= c.cue.start
        ? coordinatedFirst(ctx, p.first, doc.tokenIndexAt(p.head.start))
        : p.head.start >= c.cue.end
          ? invertedCoordinatedFirst(ctx, doc.tokenIndexAt(c.cue.end - 1), doc.tokenIndexAt(p.head.start))
          : null;
  if (coordinated && coordinated.first.entity !== entity) {
    // (a document's issuers listed before "Begin text:" keep the rule that found them)
    if (c.speakerRule !== 'document-issuer')
      c.speakerRule = c.cue && p.head.start >= c.cue.end ? 'coordinated-inverted' : 'coordinated-subject';
    const { first: lead, middle } = coordinated;
    return {
      ref: speakerRef(doc, lead.entity, lead.mention, false),
      entity: lead.entity,
      with: [
        ...middle.filter((m) => m.entity !== lead.entity).map((m) => speakerRef(doc, m.entity, m.mention, false)),
        speakerRef(doc, entity, p.head, false),
      ],
    };
  }
  // "The Deputy Secretary and Foreign Minister welcomed …": a bare title after "and" is its holder
  const last = doc.tokenIndexAt(p.head.end - 1);
  const titled =
    entity && c.cue && p.head.end <= c.cue.start && doc.tokens[last + 1]?.lower === 'and'
      ? titledPartner(ctx, last + 2, doc.tokenIndexAt(c.cue.start) + 1, entity)
      : null;
  if (titled) {
    c.speakerRule = 'coordinated-subject';
    return {
      ref: speakerRef(doc, entity, p.head, false),
      entity,
      with: [speakerRef(doc, titled.entity, titled.mention, false)],
    };
  }
  return { ref: speakerRef(doc, entity, p.head, false), entity };
}

/** The pair a document's "They" last stood for, and where (pronoun-meeting-pair, pronoun-readout-pair). */
const lastPairs = new WeakMap<QuoteContext, { pair: MeetingPair; at: number }>();
/** Words a readout's sentence may open with before its "They". */
const READOUT_LINKS = new Set(['and', 'also', 'further', 'furthermore', 'additionally']);
/** How far (characters) a readout's "They" may stand from the last one that meant the pair. */
const READOUT_PAIR_REACH = 1200;

/**
 * The pair a sentence-opening "They" goes on with when nothing nearer took it up: the one the last
 * "They" in the document meant, no more than READOUT_PAIR_REACH before it and with no quotation mark
 * between (a quoted speaker's "they" is theirs).
 */
function readoutPair(ctx: QuoteContext, head: Span): MeetingPair | null {
  const last = lastPairs.get(ctx);
  if (!last || head.start - last.at > READOUT_PAIR_REACH || head.start <= last.at) return null;
  const doc = ctx.doc;
  const k = doc.tokenIndexAt(head.start);
  const s = doc.sentenceAt(head.start);
  // (opening its sentence, after "And" or a fronted adjunct: "In this context, they highlighted …")
  let first = s?.firstToken ?? k;
  while (first < k && READOUT_LINKS.has(doc.tokens[first].lower)) first++;
  if (!s || (first !== k && afterFrontedAdjunct(ctx, first, s.endToken) !== k)) return null;
  if (/["“”]/.test(doc.text.slice(last.at, head.start))) return null;
  return last.pair;
}

/**
 * "you" is whom the words are put to: in a question, the official who answers it. Else ("as you
 * know", "you'll recall", "if you think about …") the generic "you" reports no one: no quote (the
 * nearest name before it was a place or a country in most cases).
 */
function addressedYou(
  ctx: QuoteContext,
  c: Candidate,
  head: Span,
  addressee: (at: number) => EntityRecord | null,
  /** Whether the word is the pronoun itself (it becomes a mention of the official), not "guys". */
  pronoun: boolean,
): Resolved {
  const entity = addressee(head.start);
  // (nor what is asked of them: "So you don't think …?", "whether you could say …", "You know …")
  if (!entity || (c.cue && askedOfYou(ctx, head, c.cue.start)))
    return { ref: speakerRef(ctx.doc, null, head, true), entity: null, nobody: true };
  c.speakerRule = 'you-answerer';
  return { ref: speakerRef(ctx.doc, entity, head, pronoun), entity };
}

/** A statement with no speaker found that opens "We, the G7 Foreign Ministers of …, condemn …" is theirs. */
function statementOfGroup(ctx: QuoteContext, c: Candidate): Resolved | null {
  // "Representatives of the Arab League, Egypt, … met in Washington … Begin Text: We remain …": a
  // document's text after its marker, where the preamble names no issuer, is the joint statement's
  // parties' (the first, with the others; speaker-issuer.ts)
  const parties = c.speakerRule === 'document-issuer' ? jointIssuers(ctx) : null;
  if (parties) {
    const [lead, ...others] = parties;
    const ref = speakerRef(ctx.doc, lead.entity, lead.mention, false);
    return { ref, entity: lead.entity, with: partyRefs(ctx.doc, others) };
  }
  const opening = weAppositions(ctx).find((w) => w.we.start === c.start);
  if (!opening) return null;
  const entity = groupEntity(ctx, opening);
  c.speakerRule = 'we-apposition';
  return { ref: speakerRef(ctx.doc, entity, opening.we, true), entity };
}

/** Bracketed notes of a transcriber and nothing else: "(Inaudible.)", "(In French.)", "[Laughter]". */
const TRANSCRIBER_NOTES = /^(?:\s*(?:\([^()]{1,40}\)|\[[^[\]]{1,40}\])\.?)+\s*$/;
const isTranscriberNote = (text: string) => TRANSCRIBER_NOTES.test(text);

/**
 * The span a quote shows: a direct quote without the marks around it, as the contract has it (a
 * reported clause that is one quotation whole, "As Trump put it, "The system is rigged."", was read
 * with them: the content is then the quoted span the mark scanner found), and a content ending in one
 * apostrophe of a two-apostrophe mark with both ("… bear ''the bulk of the responsibility.''": the
 * sentence splitter cut between them).
 */
function outputSpan(ctx: QuoteContext, c: Candidate): Span {
  const text = ctx.doc.text;
  if (c.kind === 'direct' && !c.parts) {
    // (the closing mark, one or two characters, ends the content: not "“A,” he said, “B”")
    const sp = ctx.spans.find((q) => q.open === c.start && q.close >= q.end && q.close < c.end && c.end - q.close <= 2);
    if (sp && sp.end > sp.start) return { start: sp.start, end: sp.end };
  }
  const end = text[c.end - 1] === "'" && text[c.end - 2] !== "'" && isDoubledMark(text, c.end - 1) ? c.end + 1 : c.end;
  return { start: c.start, end };
}

/**
 * The source that reports a quote: the entity its phrase names, else the phrase itself. A name that
 * only modifies the phrase's noun is no source ("German media" is not Germany) unless it names an
 * organisation ("the RIA news agency" is RIA).
 */
function reporterRef(ctx: QuoteContext, p: Phrase): SpeakerRef {
  const hit = ctx.doc.entityAt(p.head.start);
  const named =
    hit &&
    hit.mention.start >= p.start &&
    hit.mention.end <= p.end &&
    (hit.mention.end >= p.head.end || hit.entity.type === 'ORG');
  return speakerRef(ctx.doc, named ? hit.entity : null, named ? hit.mention : p.head, false);
}

/** The speaker of a self-description at the word "self" opening its cue ("self-described"). */
function selfRef(ref: SpeakerRef, cueStart: number): SpeakerRef {
  return { ...ref, start: cueStart, end: cueStart + 'self'.length };
}

/**
 * The quote a floating quotation takes its speaker from: the one it follows, or, where that one lies
 * inside another's content, the one holding it (after "Rice said the bombings underlined “…”", the
 * next quotation is Rice's, not the bombings'). The longest holder with a speaker.
 */
function enclosingQuote(ctx: QuoteContext, inner: Candidate, resolved: Map<Candidate, SpeakerRef | null>): Candidate {
  let best = inner;
  for (const o of ctx.candidates)
    if (
      o !== inner &&
      o.start <= inner.start &&
      inner.end <= o.end &&
      o.end - o.start > best.end - best.start &&
      resolved.get(o)
    )
      best = o;
  return best;
}

export function toQuotes(ctx: QuoteContext): Quote[] {
  const turns = new Map<Candidate, TranscriptTurn>(transcriptTurns(ctx).map((t) => [t.candidate, t]));
  // "Q Thank you, Robert": a cue right after a questioner's label has that unnamed questioner as subject
  const turnSpans = [...turns.keys()];
  const unnamedLabels = [...turns.values()].filter((t) => !t.label).map((t) => t.labelSpan);
  const inUnnamedLabel = (c: Candidate) =>
    !!c.speaker && unnamedLabels.some((l) => c.speaker!.head.start >= l.start && c.speaker!.head.end <= l.end);
  const cands = [...ctx.candidates, ...turns.keys()].sort((a, b) => a.start - b.start || b.end - a.end);
  const speakers: EntityRecord[] = [];
  const names = new EntityNames(ctx.doc);
  const resolved = new Map<Candidate, SpeakerRef | null>();
  const earlier: Reported[] = [];
  const quotes: Quote[] = [];
  const text = ctx.doc.text;
  // the official who answers the question holding an offset: the next turn's labelled speaker
  // (transcriptTurns gives them in text order)
  const turnOrder = [...turns.values()];
  const labelJoins: LabelJoin[] = [];
  const labelled = (label: Span, whole?: Span): EntityRecord => {
    const entity = labelEntity(ctx, label, names, whole);
    labelJoins.push({ entity, label });
    return entity;
  };
  const answererOf = (at: number): EntityRecord | null => {
    const i = turnOrder.findIndex((t) => t.candidate.start <= at && at < t.candidate.end);
    if (i < 0 || !turnOrder[i].asks) return null;
    // "And for Secretary Blinken, you've been very clear …": the one the question names, where they
    // answer it (not the reporter introducing themselves: "Žygintas Abromaitis, Lithuanian …")
    const named = namedAddressee(ctx.doc, turnOrder[i].candidate.start, at);
    let first: EntityRecord | null = null;
    // (the question's own further paragraphs and an operator's turn may stand between)
    for (let j = i + 1; j < turnOrder.length; j++) {
      const t = turnOrder[j];
      if (t.label) {
        const entity = labelled(t.label);
        if (!named || entity === named) return entity;
        first ??= entity;
      } else if (t.asks && t.candidate.rule === 'transcript-turn') break;
    }
    return first;
  };
  const asksAt = (at: number) => turnOrder.some((t) => t.asks && t.candidate.start <= at && at < t.candidate.end);
  /** The last questioner's turn: where it ended and who asked (speaker-floor.ts). */
  let lastQuestion: { end: number; entity: EntityRecord | null; speaker: SpeakerRef | null } | null = null;
  for (const c of cands) {
    let ref: SpeakerRef | null = null;
    let together: SpeakerRef[] | null = null;
    const turn = turns.get(c);
    // a transcript's first turn is no headline "Label: quote": the turn already holds it
    if (c.rule === 'headline-colon' && turnSpans.some((t) => t.start < c.end && c.start < t.end)) continue;
    const fix = turn ? null : repairSpeaker(ctx, c);
    if (fix) {
      c.speaker = fix.phrase;
      c.speakerRule = fix.rule;
      if (fix.phrase) c.inheritFrom = undefined;
    }
    if (turn) {
      let entity = turn.label ? labelled(turn.label, turn.labelSpan) : null;
      if (entity && turn.label) ref = speakerRef(ctx.doc, entity, turn.label, false);
      else if (turn.asks) {
        // "Let's go to the line of Matt Lee." … "QUESTION: …": the questioner the moderator named
        const asker = questionerNamed(ctx, turn.labelSpan.start);
        if (asker) {
          entity = asker.entity;
          ref = speakerRef(ctx.doc, asker.entity, asker.mention, false);
          c.speakerRule = 'transcript-floor';
        } else if (lastQuestion?.speaker && sameQuestionerGoesOn(text, lastQuestion.end, turn.labelSpan.start)) {
          // a follow-up after a short reply ("Yes, we can hear you."): the same questioner
          entity = lastQuestion.entity;
          ref = lastQuestion.speaker;
          c.speakerRule = 'transcript-floor-kept';
        }
        lastQuestion = { end: c.end, entity, speaker: ref };
      }
      earlier.push({ start: c.start, end: c.end, entity, verbatim: true, turn: true });
    } else if (c.inheritFrom) {
      const from = enclosingQuote(ctx, c.inheritFrom, resolved);
      // (a quotation framed since, in the same paragraph, is the one it goes on with: "“…,” said
      // Suyitno. “With this, …”" after a claim the quote before it holds)
      const prev = quotes.at(-1);
      const since =
        c.rule === 'floating-quote' &&
        prev?.speaker?.entity &&
        prev.kind !== 'indirect' &&
        prev.start >= from.end &&
        prev.end <= c.start &&
        ctx.paragraphOf(prev.end) === ctx.paragraphOf(c.start);
      ref = since ? prev.speaker : (resolved.get(from) ?? null);
      if (since) c.speakerRule = 'same-paragraph-speaker';
    } else if (c.rule === 'floating-quote' && !c.speaker) {
      const prev = quotes.at(-1);
      // (not an indefinite "someone" or "everyone", who speaks only the words of their own frame)
      if (
        prev?.speaker &&
        !isIndefiniteSpeaker(prev.speaker.name) &&
        prev.end <= c.start &&
        ctx.paragraphOf(prev.end) === ctx.paragraphOf(c.start)
      ) {
        // "…,” Rep. Gwen Moore said Friday. “…”: the next quote in the paragraph is hers too
        ref = prev.speaker;
        c.speakerRule = 'same-paragraph-speaker';
      } else {
        // a quoted paragraph with no quote before it: the person last named before it speaks
        const entity = antecedent(ctx.doc, c.start, 'he', speakers, (o) => ctx.isQuoted(o), FLOATING_WINDOW);
        const m = entity ? lastMentionBefore(entity, c.start) : null;
        if (entity && m) {
          ref = speakerRef(ctx.doc, entity, m, false);
          c.speakerRule = 'floating-nearest-person';
        }
      }
    } else if (inUnnamedLabel(c)) {
      c.speakerRule = 'unnamed-transcript-speaker';
      earlier.push({ start: c.start, end: c.end, entity: null });
    } else {
      const r = resolve(ctx, c, speakers, earlier, names, answererOf);
      if (r?.nobody) continue;
      // "Q I wonder if you could tell us …", "QUESTION: I just wanted to ask …", "Q I think the
      // Ambassador made, as well": a questioner's own "I" frames a question, no statement of record
      if (c.speaker && asksAt(c.start) && /^(?:i|me|my)$/i.test(text.slice(c.speaker.head.start, c.speaker.head.end)))
        continue;
      if (r) {
        ref = r.ref;
        together = r.with ?? (r.entity && c.speaker ? coordinatedSectorSpeaker(ctx.doc, c.speaker) : null);
        if (r.entity) speakers.push(r.entity);
      }
      earlier.push({
        start: c.start,
        end: c.end,
        entity: r?.entity ?? null,
        account: c.rule === 'according-to',
        verbatim: c.kind === 'direct',
        document: c.speakerRule === 'document-issuer',
        cue: c.cue ?? undefined,
        subject: c.speaker?.head,
        together: r?.with,
      });
    }
    resolved.set(c, ref);
    // a turn that holds only the transcriber's note ("MR PRICE: (Off-mike.)", "(In French.)") says
    // nothing to quote; its label still named its speaker and it still took its place among the turns
    if (turn && isTranscriberNote(text.slice(c.start, c.end))) continue;
    // duplicates (the same content found by two cues) keep the first, unless only the second names
    // a speaker: "Kim is expected to travel …, according to U.S. officials" is the officials'
    // expectation, not one nobody holds
    // (a denial of a charge is an attribution of its own: "Washington says Pyongyang is supplying
    // arms to Moscow, an allegation both countries deny"; only that rule: keeping every same-content
    // pair with two speakers also keeps a clause read twice, as a relative's object and as its own
    // cue's content, 46 demo quotes mostly so)
    const { start, end } = outputSpan(ctx, c);
    const prev = quotes.at(-1);
    const same = prev && prev.start === start && prev.end === end;
    // (a frame whose cue takes in the first one's is the whole attribution: "expressed their support
    // for" over "support for", with the verb's subject speaking)
    const widerFrame = same && !!ref && !!prev.cue && !!c.cue && coversCue(c.cue, prev.cue);
    if (same && !widerFrame && (prev.speaker || !ref) && !(prev.speaker && ref && c.rule === 'denied-charge')) continue;
    if (same && (widerFrame || !prev.speaker)) quotes.pop();
    const q: Quote = {
      id: '',
      kind: c.kind,
      start,
      end,
      text: text.slice(start, end),
      cue: c.cue ? { start: c.cue.start, end: c.cue.end, text: text.slice(c.cue.start, c.cue.end) } : null,
      // (a self-description's speaker is written "self": the person, at that word, as a pronoun is)
      speaker: ref && c.speakerRule === 'described-person' && c.cue ? selfRef(ref, c.cue.start) : ref,
      rule: c.rule,
      speaker_rule: ref ? c.speakerRule : null,
    };
    if (c.parts) q.parts = c.parts;
    if (together && ref) q.with = together;
    if (c.reportedBy) q.reported_by = reporterRef(ctx, c.reportedBy);
    quotes.push(q);
  }
  quotes.forEach((q, i) => (q.id = `q${i + 1}`));
  absorbLabelNamesakes(ctx.doc, labelJoins, quotes);
  return quotes;
}

/** Whether cue a takes in cue b and more. */
const coversCue = (a: Span, b: Span) => a.start <= b.start && b.end <= a.end && a.end - a.start > b.end - b.start;

/** Whether a one-word span, tagged a proper noun, is the surname of a person the article names in full. */
function surnameOfPerson(doc: ArticleDocument, span: Span, names: EntityNames): boolean {
  const toks = doc.tokensIn(span);
  return toks.length === 1 && toks[0].pos === 'PROPN' && !!names.personWithSurname(toks[0].lower);
}

/** Singular nouns of a person that head a phrase with "of" ("head of state", "member of the board"). */
const PERSON_HEADS = new Set(['head', 'member', 'friend', 'son', 'daughter', 'wife', 'husband', 'widow', 'one']);

/** Heads of an amount of people besides a group's shares (context.ts SHARE_WORDS): "a lot of", "dozens of". */
const AMOUNT_HEADS = new Set(['lot', 'lots', 'number', 'percent', 'share', 'fraction', 'portion', ...COUNT_PLURALS]);

/** The most tokens of a copula's complement (a list of descriptions) before "who". */
const MAX_COMPLEMENT = 16;
/** Parts of speech of such a complement's words ("a serial liar, rampant xenophobe, … and birther"). */
const COMPLEMENT_POS = new Set(['NOUN', 'ADJ', 'DET', 'CCONJ', 'ADV']);

/**
 * The named subject of the copula whose complement is `ante`: "Trump is a serial liar, rampant
 * xenophobe, racist, misogynist and birther who has repeatedly pledged …" (the person, not the
 * description nearest to "who"); null when `ante` is no such complement.
 */
function copulaSubject(doc: ArticleDocument, ante: Phrase, lo: number): Phrase | null {
  const toks = doc.tokens;
  let j = ante.first - 1;
  while (j > lo && ante.first - j <= MAX_COMPLEMENT && (COMPLEMENT_POS.has(toks[j].pos) || toks[j].text === ',')) j--;
  if (toks[j]?.lemma !== 'be' || (toks[j].pos !== 'AUX' && toks[j].pos !== 'VERB')) return null;
  // ("Donald Trump regularly incites political violence and is a serial liar, … and birther who …":
  // a copula after "and" shares the subject of the verb before it)
  let verb = j;
  if (toks[j - 1]?.pos === 'CCONJ')
    for (let v = j - 2; v > lo && j - v <= MAX_COORDINATED_REACH; v--)
      if (toks[v].pos === 'VERB' || toks[v].pos === 'AUX') {
        verb = v;
        break;
      }
  const subject = subjectBefore(doc, verb, lo);
  return subject && subject.headKind === 'name' ? subject : null;
}

/** How far before "and is …" the verb whose subject the copula shares may stand. */
const MAX_COORDINATED_REACH = 12;

/**
 * The antecedent of "who" in a phrase whose head is a thing with a person after "of": "the
 * recommendations of a hearing officer", "the campaign of a Republican donor"; the phrase itself when
 * its head before "of" is people ("members of the committee") or there is no "of".
 */
function personAfterOf(doc: ArticleDocument, ante: Phrase): Phrase {
  const toks = doc.tokens;
  for (let j = ante.endToken - 2; j > ante.first; j--) {
    if (toks[j].lower !== 'of') continue;
    const head = toks[j - 1];
    // (people, one holding a title or a share of people before "of" are who speaks: "members of the
    // committee who …", "another head of state who …", "half of the respondents who …")
    const person = isPeopleNoun(head) || lex.titles.has(head.lower) || PERSON_HEADS.has(head.lower);
    const share = SHARE_WORDS.has(head.lower) || AMOUNT_HEADS.has(head.lower);
    if (head.pos !== 'NOUN' || person || share || !/^\p{Ll}/u.test(head.text)) return ante;
    // (and the person after "of" must be named by a noun: "an audience of 2.5 million who …")
    const noun = toks.slice(j + 1, ante.endToken).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
    return noun ? phrase(doc, j + 1, ante.endToken) : ante;
  }
  return ante;
}
