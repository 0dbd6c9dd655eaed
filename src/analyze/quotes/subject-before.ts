// The subject of a cue read back from it (subjectBefore): the noun phrase ending before the verb once
// adverbs, auxiliaries, asides and appositions are stepped over (subject-asides.ts, time-adjunct.ts),
// or the subject before a description that phrase only ends (described-subject.ts).
import type { ArticleDocument, Token } from '../document.js';
import { POSSESSIVES, STANDALONE_SUBJECTS } from './context.js';
import { quoteLexicon as lex } from './lexicon.js';
import { isPeopleNoun } from './people-nouns.js';
import { SUBORDINATORS } from './sentence-opening.js';
import {
  affiliationFrom,
  ARTICLES,
  isBreak,
  isName,
  MAX_NP,
  MODIFYING_PARTICIPLES,
  nominalAdverbAt,
  NP_LINKS,
  npToken,
  PARTITIVE_PRONOUNS,
  phrase,
  phraseStartBefore,
  phraseWordAt,
  quantifier,
  RELATION_ADJECTIVES,
  RELATIVE_OPENERS,
  type Phrase,
} from './phrases.js';
import { datedParticipleBefore, timeAdjunctStart } from './time-adjunct.js';
import { ingModifierOfSubject } from '../nlp/attributive.js';
import { KINSHIP_WORDS } from '../entities/name-gender.js';
import {
  adjunctAfterAuxiliary,
  adverbAsideAfterSubject,
  asideAfterAuxiliary,
  catenativeFrameBefore,
  openingNameBeforeModifiers,
  perfectSince,
  REFLEXIVES,
  relativeBeforeAdjunct,
  relativeBeforeCommaAside,
  titledNameBefore,
  TWO_WORD_ADVERBS,
} from './subject-asides.js';
import {
  bodyBeforeInitials,
  firstOfJoinedPlaces,
  LOCATIVE_PREPOSITIONS,
  nameBeforeComma,
  participleModifiedSubject,
  partyLabelBefore,
  PEOPLE_PREPOSITIONS,
  peopleNounAt,
  peopleOpening,
  personBeforeAdjunct,
  personBeforeOpenApposition,
  personBeforeOpenParticiple,
  personBeforeOpenRelative,
  personBeforeOpenRole,
  personNoun,
  PLACE_PREPOSITIONS,
  placeAlone,
  principalBeforeAgent,
  relativeHead,
  respondentsBefore,
} from './described-subject.js';

const DASHES = new Set(['\u2014', '\u2015', '\u2013', '--']);

/** A dash, or a hyphen standing between spaces as one ("Democrats - especially in New York - said"). */
export const isDash = (toks: readonly Token[], j: number) =>
  DASHES.has(toks[j].text) ||
  (toks[j].text === '-' && toks[j - 1]?.end < toks[j].start && toks[j + 1]?.start > toks[j].end);

/** Whether tokens [a, b) are exactly one person's name mention. */
function isPersonName(doc: ArticleDocument, a: number, b: number): boolean {
  const hit = doc.entityAt(doc.tokens[a].start);
  return (
    !!hit &&
    hit.entity.type === 'PERSON' &&
    hit.mention.kind === 'name' &&
    hit.mention.start === doc.tokens[a].start &&
    hit.mention.end === doc.tokens[b - 1].end
  );
}

/**
 * Whether the name at token a is one the entity layer knows as no person's ("the editor in chief of
 * the Vatican's official newspaper, L'Osservatore Romano, said": the paper does not speak).
 */
function namesNonPerson(doc: ArticleDocument, a: number): boolean {
  const hit = doc.entityAt(doc.tokens[a].start);
  return !!hit && hit.mention.kind === 'name' && hit.entity.type !== 'PERSON';
}

/** Whether tokens [a, b) are all name words. */
const allNames = (toks: Token[], a: number, b: number) => toks.slice(a, b).every(isName);

/** Indefinite pronouns that speak as a subject ("Everyone agrees …"; "nobody" names no one: attribute.ts). */
const INDEFINITE_SPEAKERS = new Set(['everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nobody']);
/** Words before such a pronoun that belong to the subject ("Not everyone", "almost everyone"). */
const INDEFINITE_LEADS = new Set(['not', 'almost', 'nearly', 'virtually', 'hardly']);
/** Whether a speaker's words are an indefinite pronoun ("someone", "Not everyone", "almost everybody"). */
export function isIndefiniteSpeaker(words: string): boolean {
  const w = words.toLowerCase().split(/\s+/);
  return INDEFINITE_SPEAKERS.has(w[w.length - 1]) && (w.length === 1 || (w.length === 2 && INDEFINITE_LEADS.has(w[0])));
}

/**
 * The most tokens of an aside set off by dashes between a subject and its verb (a relative clause
 * there may run long: "Kagan — who was a leading architect of the so-called surge … when the
 * precursor to the Islamic State, Al Qaeda in Iraq, was at its height — supports …", 37 tokens).
 */
export const MAX_DASH_ASIDE = 40;

/**
 * The subject before an aside set off by dashes whose closing dash is at j, when the aside is no
 * apposition of a name: a list or an example ("Democratic leaders — and, in particular, Senate
 * Minority Leader Harry Reid — insisted", "economists - including a minority of the Fed's own
 * committee - warn", "The three scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar -- agreed"). Not
 * across a clause of its own (an auxiliary or a finite verb) or a quotation mark, nor a preposition's
 * object before it.
 */
function subjectBeforeDashAside(doc: ArticleDocument, j: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  // (a clause inside the aside is a relative one's only: "Republican establishment figures — whose
  // party was once respected … — both suggested")
  let clause = false;
  for (let c = j - 1; c > lo && j - c <= MAX_DASH_ASIDE; c--) {
    const t = toks[c];
    if (isDash(toks, c)) {
      if (clause && !ASIDE_RELATIVES.has(toks[c + 1]?.lower ?? '')) return null;
      // (a preposition's object is no subject: "will meet with the two European presidents -- … -- is")
      const subj = c < j - 1 ? subjectBefore(doc, c, lo) : null;
      return subj && toks[subj.first - 1]?.pos !== 'ADP' ? subj : null;
    }
    // (an abbreviation's period is no sentence end: "NSA Director Adm. Michael Rogers")
    if (isBreak(t) || (/^[.;:!?"“”]$/.test(t.text) && !abbreviationDot(toks, c))) return null;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed|en)$/.test(t.lower))) clause = true;
  }
  return null;
}

/**
 * Whether the full stop at c belongs to an abbreviation, not a sentence's end: glued to a capitalised
 * word and followed by a capital, either glued too (an acronym the tokenizer split: "C . I.O." of
 * "A.F.L.-C.I.O.") or after a space where the word is short (a title: "Adm. Michael", "Gov. Rick").
 */
export function abbreviationDot(toks: readonly Token[], c: number): boolean {
  const prev = toks[c - 1];
  const next = toks[c + 1];
  if (toks[c].text !== '.' || !prev || !next || prev.end !== toks[c].start) return false;
  if (!/^\p{Lu}/u.test(next.text) || !/^\p{Lu}/u.test(prev.text)) return false;
  return next.start === toks[c].end || /^\p{Lu}\p{Ll}{0,3}$/u.test(prev.text);
}

/** Relative words that open a clause set off by dashes after the noun it describes. */
const ASIDE_RELATIVES = new Set(['who', 'whose', 'which', 'whom']);

/**
 * The subject of the cue at token k: the noun phrase ending just before it, after skipping
 * adverbs and auxiliaries (Washington further believes, he has repeatedly said). An apposition
 * between commas is stepped over to the name before it (Minyon Moore, a senior adviser, said).
 * Tokens before `lo` are not looked at.
 */
export function subjectBefore(doc: ArticleDocument, k: number, lo: number): Phrase | null {
  lo = pastOpeningAccordingTo(doc.tokens, lo, k);
  const aside = { skipped: false };
  const read = pastAdverbialIdiom(doc, readSubjectBefore(doc, k, lo, aside), k);
  const p =
    read &&
    ((doc.tokens[read.first].lower === 'the' ? personBeforeOpenApposition(doc, read.first, k, lo) : null) ??
      nameAfterTopic(doc, read, k) ??
      ownerOfPlaceApposition(doc, read, lo) ??
      headOfParticiplePhrase(doc, read, lo) ??
      headOfIngParticiple(doc, read, lo) ??
      ownerOfHometown(doc, read, lo) ??
      respondentsBefore(doc, read, lo) ??
      read);
  if (!aside.skipped || !p) return p;
  // a subject read across an adverb set off by commas must open its clause ("The judges who ruled
  // that … could not implement their laws, however, said" is not the laws'); a capitalised
  // "auxiliary" is a name's ("GOP Chairman Will Rogers, for example, said")
  // (nor a relative clause's: "the travels that the foreign minister, for example, is engaged in")
  const clause = (t: Token) =>
    t.pos === 'VERB' || (t.pos === 'AUX' && /^\p{Ll}/u.test(t.text)) || CLAUSE_LINKS.has(t.lower);
  return doc.tokens.slice(lo, p.first).some(clause) ? readSubjectBefore(doc, k, lo, null) : p;
}

/** Prepositions of topic that a phrase read back from a cue may hold ("the Foreign Minister on U.S."). */
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'over', 'regarding']);

/**
 * The name right before the cue at k when the phrase read back to it runs across a preposition of
 * topic: "Secretary Blinken updated the Foreign Minister on U.S. plans to reduce …" — the plans are
 * the United States', not the minister's.
 */
function nameAfterTopic(doc: ArticleDocument, p: Phrase, k: number): Phrase | null {
  const toks = doc.tokens;
  if (p.endToken !== k) return null;
  let j = k - 1;
  while (j > p.first && toks[j - 1].pos === 'PROPN') j--;
  if (j <= p.first || toks[j].pos !== 'PROPN' || !TOPIC_PREPOSITIONS.has(toks[j - 1].lower)) return null;
  return doc.entityAt(toks[j].start) ? phrase(doc, j, k) : null;
}

/** Adverbial phrases of three words, beside subject-asides.ts's TWO_WORD_ADVERBS ("in fact", "for example"). */
const THREE_WORD_ADVERBS = new Set(['in any case', 'in the meantime']);

/**
 * A subject that opens with the words of an adverbial idiom after its preposition starts after them:
 * "He noted that in any case Serbian President Boris Tadic and other officials have promised …" is
 * said of Tadic and the officials, not of "any case Serbian President …".
 */
function pastAdverbialIdiom(doc: ArticleDocument, p: Phrase | null, k: number): Phrase | null {
  if (!p) return p;
  const toks = doc.tokens;
  const prep = toks[p.first - 1]?.lower;
  if (!prep) return p;
  const two = `${prep} ${toks[p.first]?.lower}`;
  const length = TWO_WORD_ADVERBS.has(two) ? 1 : THREE_WORD_ADVERBS.has(`${two} ${toks[p.first + 1]?.lower}`) ? 2 : 0;
  if (!length) return p;
  const first = p.first + length;
  return first < p.endToken && first < k ? phrase(doc, first, p.endToken) : null;
}

/**
 * The name an apposition describes when the apposition ends in "Town, Region" with no comma closing it
 * before the cue: "Michael Zorick, former … officer in the US embassy in Nairobi, Kenya argues …" is
 * Zorick's, not Kenya's (the subject read, a place, follows a comma and another place).
 */
function ownerOfPlaceApposition(doc: ArticleDocument, p: Phrase, lo: number): Phrase | null {
  const toks = doc.tokens;
  const comma = p.first - 1;
  if (comma - 1 <= lo || toks[comma].text !== ',' || !isPlaceAt(doc, p.first) || !isPlaceAt(doc, comma - 1))
    return null;
  const owner = readSubjectBefore(doc, p.first, lo, null);
  return owner && owner.endToken < comma && toks[owner.endToken]?.text === ',' && isPersonAt(doc, owner.head.start)
    ? owner
    : null;
}

/**
 * The noun phrase a passive participle describes when the subject read is the object of the
 * participle's preposition: "A draft resolution being considered for adoption on Tuesday calls for
 * …" is the resolution's (not after "by": "a report released by the ministry" may be the ministry's).
 */
function headOfParticiplePhrase(doc: ArticleDocument, p: Phrase, lo: number): Phrase | null {
  const toks = doc.tokens;
  const prep = toks[p.first - 1];
  let v = p.first - 2;
  // (nor a clause's subordinator: "the deaths occurred after the US President George W. Bush proclaimed …")
  if (!prep || prep.pos !== 'ADP' || prep.lower === 'by' || SUBORDINATORS.has(prep.lower) || v <= lo) return null;
  const participle = toks[v];
  if (participle.pos !== 'VERB' || !/^\p{Ll}+(?:ed|en)$/u.test(participle.text)) return null;
  if (toks[v - 1]?.lower === 'being') v--;
  // (the phrase before the participle is a common noun's, the whole subject: no verb of its own before)
  const head = toks[v - 1];
  if (!head || head.pos !== 'NOUN') return null;
  const np = readSubjectBefore(doc, v, lo, null);
  if (!np || np.endToken !== v || np.headKind !== 'nominal') return null;
  // (and it opens the clause: "In a statement released to reporters the US government said" is the
  // government's, "… made such comments" no comments')
  return opensClause(toks, np, lo) ? np : null;
}

/** Whether the phrase opens its clause: at `lo`, or after a break or a sentence's stop. */
function opensClause(toks: Token[], np: Phrase, lo: number): boolean {
  const before = toks[np.first - 1];
  return np.first === lo || !before || isBreak(before) || /^[.;:!?]$/.test(before.text);
}

/** Participles whose object the subject speaks for: "Officials representing the United States said". */
const SPOKEN_FOR = new Set(['representing']);

/**
 * The noun phrase an "-ing" participle modifies, when the phrase read back from the cue is that
 * participle's object and the noun opens the clause: "Gunmen holding the journalist said they would
 * kill her" are the gunmen's words, "Protesters carrying the flag of Iran said" the protesters'.
 */
function headOfIngParticiple(doc: ArticleDocument, p: Phrase, lo: number): Phrase | null {
  const toks = doc.tokens;
  const v = p.first - 1;
  if (!ingModifierOfSubject(toks, v, lo) || SPOKEN_FOR.has(toks[v].lower)) return null;
  // (before a bare singular noun it is an adjective, "Reuters rolling poll shows", "RealClearPolitics
  // rolling average of polls shows"; a bare plural is its object, "reviewing detainee cases")
  if (toks[p.first].pos === 'NOUN' || toks[p.first].pos === 'ADJ') {
    let n = p.first;
    while (n + 1 < p.endToken && (toks[n + 1].pos === 'NOUN' || toks[n + 1].pos === 'ADJ')) n++;
    if (toks[n].pos !== 'NOUN' || toks[n].lower === toks[n].lemma) return null;
  }
  const np = readSubjectBefore(doc, v, lo, null);
  if (!np || np.endToken !== v || np.headKind === 'pronoun') return null;
  // (the whole phrase, participle and object too, resting on the noun: "The cases involving Mr.
  // Manafort and Mrs. Clinton were described by …" is one subject)
  return opensClause(toks, np, lo) ? { ...np, end: p.end, endToken: p.endToken } : null;
}

/** Prepositions of a person's hometown after their age ("…, 38, of Digby", "…, 52, from Leeds"). */
const HOMETOWN_PREPOSITIONS = new Set(['of', 'from']);

/**
 * The person a hometown set off after an age belongs to, when no comma closes it before the cue:
 * "Victor Thibault, 38, of Digby said …" and "…, 38, of Digby, Nova Scotia said" are Thibault's (the
 * subject read was the town or its region, whatever type the recogniser gave them).
 */
function ownerOfHometown(doc: ArticleDocument, p: Phrase, lo: number): Phrase | null {
  const toks = doc.tokens;
  let town = p.first;
  // (the region after the town: "of Digby, Nova Scotia")
  if (toks[town - 1]?.text === ',' && toks[town - 2]?.pos === 'PROPN') {
    let s = town - 2;
    while (s - 1 > lo && toks[s - 1].pos === 'PROPN') s--;
    if (HOMETOWN_PREPOSITIONS.has(toks[s - 1]?.lower ?? '')) town = s;
  }
  const age = town - 3;
  if (
    age - 1 <= lo ||
    !HOMETOWN_PREPOSITIONS.has(toks[town - 1].lower) ||
    toks[town - 2].text !== ',' ||
    !/^\d{1,3}$/.test(toks[age].text) ||
    toks[age - 1].text !== ','
  )
    return null;
  const owner = readSubjectBefore(doc, age - 1, lo, null);
  return owner && owner.endToken === age - 1 && isPersonAt(doc, owner.head.start) ? owner : null;
}

/** Whether the token at j lies in a place's name (GPE or LOC). */
function isPlaceAt(doc: ArticleDocument, j: number): boolean {
  const type = doc.entityAt(doc.tokens[j].start)?.entity.type;
  return type === 'GPE' || type === 'LOC';
}

/** Whether a person's name covers the character at `at`. */
function isPersonAt(doc: ArticleDocument, at: number): boolean {
  return doc.entityAt(at)?.entity.type === 'PERSON';
}

/**
 * The first token after "According to X," opening the sentence at lo, when a comma closes it before
 * the cue at k; else lo. The source is no part of the subject: "According to The New York Times, John
 * Yoo, the former deputy …, said …" is Yoo's.
 */
function pastOpeningAccordingTo(toks: readonly Token[], lo: number, k: number): number {
  if (toks[lo]?.lower !== 'according' || toks[lo + 1]?.lower !== 'to') return lo;
  for (let j = lo + 2; j < k; j++) if (toks[j].text === ',') return j + 1;
  return lo;
}

/** Words that open a clause inside the sentence: a subject after them is that clause's. */
const CLAUSE_LINKS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'if', 'because', 'while']);

/**
 * subjectBefore's reading; with `across`, also across an adverb set off by commas between subject
 * and verb, noting in it that it did.
 */
function readSubjectBefore(
  doc: ArticleDocument,
  k: number,
  lo: number,
  across: { skipped: boolean } | null,
): Phrase | null {
  const toks = doc.tokens;
  let j = k - 1;
  const skip = () => {
    for (;;) {
      while (
        j >= lo &&
        // (not a surname the tagger has read as one: "George Will criticized …", "May said …")
        ((lex.subjectSkips.has(toks[j].lower) && toks[j].pos !== 'PROPN') ||
          (toks[j].pos === 'ADV' && !nominalAdverbAt(toks, j)) ||
          toks[j].pos === 'AUX' ||
          perfectSince(toks, j))
      )
        j--;
      // an adverb of two words: "We of course want …", "The President in fact said …"
      if (j - 1 >= lo && TWO_WORD_ADVERBS.has(`${toks[j - 1].lower} ${toks[j].lower}`)) j -= 2;
      else break;
    }
  };
  skip();
  // "Zucker, who in the past has voiced …": a prepositional adjunct after the relative pronoun
  // (or one set off by commas: "Bret Stephens, who, after trading insults with Mr. Hannity, said …")
  const relative = Math.max(relativeBeforeAdjunct(toks, j, lo), relativeBeforeCommaAside(toks, j, lo));
  if (relative >= 0) return phrase(doc, relative, relative + 1);
  // a prepositional adjunct between an auxiliary and its participle: "have in the past said"
  const held = adjunctAfterAuxiliary(toks, j, lo);
  if (held >= 0) {
    j = held;
    skip();
  }
  // an aside between commas after the auxiliary: "both Moscow and Pyongyang have, at least
  // officially, denied"
  const aside = asideAfterAuxiliary(toks, j, lo);
  if (aside >= 0) {
    j = aside;
    skip();
  }
  // an adverb set off by commas between subject and verb: "Conference attendees, however, are eager
  // to …", "No one, in fact, is eager …"
  if (across) {
    const adverb = adverbAsideAfterSubject(toks, j, lo);
    if (adverb >= 0) {
      j = adverb;
      across.skipped = true;
    }
  }
  // a time adjunct between subject and cue: "The State Department two weeks ago said", "… on Monday said"
  // ("ago" is an adverb the skip has passed already)
  const adjunct =
    toks[j + 1]?.lower === 'ago' && j + 1 < k ? timeAdjunctStart(toks, j + 1, lo) : timeAdjunctStart(toks, j, lo);
  // only right after a noun: "the groups who wrote to her on Thursday say" keeps its relative clause
  // (or a relative pronoun, the clause's subject whatever the tagger calls it: "The ministry, which
  // last week denied …")
  if (adjunct > lo && RELATIVE_OPENERS.has(toks[adjunct - 1].lower)) return phrase(doc, adjunct - 1, adjunct);
  if (adjunct > lo && (toks[adjunct - 1].pos === 'NOUN' || toks[adjunct - 1].pos === 'PROPN')) {
    j = adjunct - 1;
    skip();
  } else {
    // "…, the order released Friday said": a participle and its time modify the noun before them
    const participle = datedParticipleBefore(toks, j, adjunct, lo);
    if (participle > lo) j = participle - 1;
  }
  // "those surveyed say", "Americans polled said": the participle right before the cue is the
  // subject's own
  const polled = toks[k].pos === 'VERB' ? participleModifiedSubject(doc, j, lo) : null;
  if (polled) return polled;
  // a catenative verb between subject and cue: appeared to suggest, began dismissing, is trying to
  for (let n = 0; n < 2 && j > lo; n++) {
    if (toks[j].lower === 'to' && toks[j - 1].pos === 'VERB' && lex.catenatives.has(toks[j - 1].lemma)) j -= 2;
    else if (toks[j].lower === 'to' && j - 3 >= lo && catenativeFrameBefore(toks, j))
      j -= toks[j - 1].lower === 'on' ? 3 : 2;
    else if (toks[j].pos === 'VERB' && lex.catenatives.has(toks[j].lemma) && /ing$/.test(toks[k].lower)) j--;
    else break;
    skip();
  }
  // a bracketed label between name and cue (Sen. Bernie Sanders (I-Vt.) said): stepped over
  // (and the comma after a party label: "Gov. John Kasich (R-OH), said"; not after a body's
  // initials, which end an apposition: "Khalil Ibrahim, leader of the Justice and Equality Movement (JEM), said")
  if (j - 1 > lo && toks[j].text === ',' && toks[j - 1].text === ')' && partyLabelBefore(doc, j - 1)) j--;
  if (j > lo && toks[j].text === ')') {
    let o = j - 1;
    while (o > lo && j - o <= 8 && toks[o].text !== '(' && !isBreak(toks[o])) o--;
    if (toks[o].text === '(' && o > lo) j = o - 1;
  }
  // "Both think …", "All believe …": a quantifier the skip passed over ("they both said") is the
  // subject itself where it opens its clause (not in "All told, …": in all)
  const skipped = toks[j + 1];
  if (
    j + 1 < k &&
    toks[k + 1]?.text !== ',' &&
    skipped.pos === 'DET' &&
    STANDALONE_SUBJECTS.has(skipped.lower) &&
    (j < lo || clauseBoundary(toks[j]))
  )
    return phrase(doc, j + 1, j + 2);
  if (j < lo || isBreak(toks[j])) return null;
  // a comma inside a title's closing quotation mark closes the apposition before the cue
  // ("Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested …")
  if (j - 1 > lo && /^[”"’']+$/.test(toks[j].text) && toks[j - 1].text === ',') j--;
  const t = toks[j];
  // ("a BBC News investigation, which states, “…”": the tagger reads "which" and a verb in -s it took
  // for a plural noun as a determiner and its noun; right before the cue it is the relative subject)
  if (t.pos === 'DET' && t.lower === 'which' && j === k - 1) return phrase(doc, j, j + 1);
  if (t.pos === 'PRON') {
    // "Many of them say, “…”", "Some of us believe …": a quantifier and "of" before the pronoun
    if (PARTITIVE_PRONOUNS.has(t.lower) && j - 2 >= lo && toks[j - 1].lower === 'of' && quantifier(toks[j - 2]))
      return phrase(doc, j - 2, j + 1);
    // "let me say …", "let us not forget …": the speaker is "me"/"us", who says it ("let us know if
    // …" asks to be told)
    const letting = (t.lower === 'me' || t.lower === 'us') && toks[j - 1]?.lower === 'let' && toks[k].lemma !== 'know';
    // "Not everyone agrees that …", "Someone told me …": an indefinite pronoun, with its "not"
    if (INDEFINITE_SPEAKERS.has(t.lower)) {
      const from = INDEFINITE_LEADS.has(toks[j - 1]?.lower ?? '') && j - 1 >= lo ? j - 1 : j;
      const p = phrase(doc, from, j + 1);
      // (the whole "Not everyone" is who speaks, read as a pronoun: no entity stands behind it)
      return { ...p, head: { start: p.start, end: p.end }, headKind: 'pronoun' };
    }

    if (!lex.subjectPronouns.has(t.lower) && !letting) return null;
    return phrase(doc, j, j + 1);
  }
  let end = j + 1;
  /** The comma after a title phrase that opens the subject ("The head of the agency, John Smith,"). */
  let titleComma = -1;
  // apposition set off by dashes: "Jason Sims — a teacher from Mount Pleasant — says"
  if (isDash(toks, j)) {
    let c = j - 1;
    while (
      c > lo &&
      j - c <= MAX_NP &&
      !isDash(toks, c) &&
      (phraseWordAt(toks, c) || toks[c].pos === 'ADP' || toks[c].pos === 'ADV' || toks[c].pos === 'PRON')
    )
      c--;
    if (!(c > lo && c < j - 1 && isDash(toks, c) && isName(toks[c - 1]))) return subjectBeforeDashAside(doc, j, lo);
    j = c - 1;
    end = c;
  }
  // apposition: NAME , a title phrase , CUE
  if (t.lower === ',') {
    // (a title of several words before the name: "The candidate on the stage, former Secretary of
    // State Hillary Clinton, drew …")
    const titled = titledNameBefore(doc, j, lo);
    let c = j - 1;
    if (titled > 0) c = titled;
    else while (c >= lo && c > j - MAX_NP && toks[c].lower !== ',' && phraseWordAt(toks, c)) c--;
    // (an apposition may open with a reflexive: "Silverman, herself a Sanders supporter during the primary, …")
    if (c > lo && REFLEXIVES.has(toks[c].lower) && toks[c - 1].lower === ',') c--;
    const set = c > lo && toks[c].lower === ',' && c < j - 1;
    // a title phrase, then the name: "The head of the agency, John Smith, said", "The Russian
    // ambassador to Britain, Andrei Kelin, said" — the name between the commas speaks
    // (the name may say where the person is from: "As one analyst, David Shambaugh from George
    // Washington University, put it")
    let nameEnd = j;
    for (let f = c + 2; set && f < j - 1 && nameEnd === j; f++) if (affiliationFrom(toks, f)) nameEnd = f;
    if (
      set &&
      (titled > 0 ||
        isPersonName(doc, c + 1, nameEnd) ||
        (toks[c - 1].pos === 'NOUN' && allNames(toks, c + 1, nameEnd)))
    ) {
      // (a body named in apposition to the opening person's title is no speaker: "Giovanni Maria
      // Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said")
      const opening = titled < 0 && namesNonPerson(doc, c + 1) ? openingNameBeforeModifiers(doc, j, lo) : null;
      if (opening) return opening;
      // (nor the relative a person is introduced by: "Saad Hariri, son of the slain former Prime
      // Minister, Rafik Hariri, issued …" is Saad's)
      const introduced = titled < 0 ? personBeforeKinApposition(doc, c, lo) : null;
      if (introduced) return introduced;
      end = j;
      j -= 1;
      titleComma = c;
    } else {
      // "Sen. Chuck Grassley, facing a challenge in Iowa, a swing state, said": the clause's
      // opening name, not the last name inside the modifiers between it and the cue
      const opening = openingNameBeforeModifiers(doc, j, lo);
      if (opening) return opening;
      if (set && isName(toks[c - 1])) {
        j = c - 1;
        end = c;
      } else return null;
    }
  }
  if (!(npToken(toks[j]) || nominalAdverbAt(toks, j)) || NP_LINKS.has(toks[j].lower)) return null;
  // (a bracket left open or closed inside the phrase bounds it: "the crowd, estimated to be 700,000
  // (police said …" is spoken by "police")
  let s = afterUnmatchedBracket(toks, phraseStartBefore(toks, end, lo), end);
  if (s >= end || toks[s].pos === 'ADP') return null;
  // "…, his spokesman said": a possessive determiner opens the subject (the phrase reader stops at
  // pronouns), so that the frame is seen to follow its comma
  if (s - 1 >= lo && POSSESSIVES.has(toks[s - 1].lower) && toks[s].pos !== 'PUNCT') s--;
  // "Mahmoud Ahmadinejad in a speech to students said", "Trump at a rally in Iowa said": a person
  // named right before an adjunct of where or when speaks, not the adjunct's noun
  const named = personBeforeAdjunct(doc, s, lo);
  if (named) return named;
  // "Curiel, who through his office declined to comment": the one who speaks through an agent
  const principal = principalBeforeAgent(doc, s, end, lo);
  if (principal) return principal;
  // "Hussein al-Uzri, a senior official for Iraq's national bank confirmed …": an apposition whose
  // closing comma is missing still follows the person it describes (not the antecedent of a relative
  // after it: "Gusty Spence, a founding member of the UVF, which stated …" is the UVF's)
  const cueWord = toks[k].pos !== 'PUNCT' && toks[k].pos !== 'PRON' && toks[k].pos !== 'DET';
  const described = cueWord
    ? (personBeforeOpenApposition(doc, s, k, lo) ??
      personBeforeOpenRelative(doc, s, lo) ??
      personBeforeOpenParticiple(doc, s, end, k, lo) ??
      personBeforeOpenRole(doc, s, end, lo))
    : null;
  if (described) return described;
  // "The International Atomic Energy Agency (IAEA) in Vienna has said": the body before its
  // bracketed initials speaks, not the place after them
  const initialled = bodyBeforeInitials(doc, s, end, lo);
  if (initialled) return initialled;
  // ("activists in the U.S. and around the world expressed": the first of two places joined by "and")
  s = firstOfJoinedPlaces(doc, s, lo);
  // "Election officials in Iraq say", "800 protesters in Athens shouted": the place read back from
  // the cue is where the speakers are; the people named in the plural before "in" speak
  // ("Officials in Washington said", "many people in the region see", "residents across the city say")
  if (
    s - 2 >= lo &&
    (((toks[s - 2].pos === 'NOUN' || peopleOpening(doc, s - 2, lo)) &&
      ((PLACE_PREPOSITIONS.has(toks[s - 1].lower) && placeAlone(doc, s, end)) ||
        // ("Demonstrators outside the court said", "Protesters near the embassy said": always where;
        // not "The Janjaweed patrol outside the camps and Darfurians said", two clauses)
        (LOCATIVE_PREPOSITIONS.has(toks[s - 1].lower) && !toks.slice(s, end).some((t) => t.pos === 'CCONJ')))) ||
      // ("Republicans in the Senate said", "many of the hard-liners in the Republican field were
      // moving to …": people in a body or a field are some of its members, not the body)
      (toks[s - 1].lower === 'in' && peopleNounAt(doc, s - 2)) ||
      // ("Diplomats from several countries said", "many voters across party lines shrugged off …";
      // not a relative's antecedent: "troops from Italy, which has volunteered …" is Italy's)
      (cueWord &&
        PEOPLE_PREPOSITIONS.has(toks[s - 1].lower) &&
        peopleNounAt(doc, s - 2) &&
        // (a side named after "from" speaks for them: "officials from the United States")
        !(toks[s - 1].lower === 'from' && toks[end - 1].pos === 'PROPN')))
  ) {
    const a = phraseStartBefore(toks, s - 1, lo);
    if (a < s - 1) return relativeHead(doc, a, lo) ?? phrase(doc, a, s - 1);
  }
  // "Companies including Coca-Cola say", "Republicans such as Ryan said": the examples belong to
  // the group before them, which speaks
  const group = cueWord ? groupBeforeExamples(doc, s, lo) : null;
  if (group) return group;
  // "Officials familiar with the talks said", "No country involved in the talks has confirmed", "A
  // diplomat based in Geneva said": a participle or adjective of relation with its preposition
  // modifies the noun before it, which speaks, not the preposition's object
  const modified = cueWord ? nounBeforeModifier(doc, s, end, lo) : null;
  if (modified) return modified;
  // "…, a point Feinstein also acknowledged": a clause without its "that" after a noun of what is
  // said; the name after the noun is the subject, the noun the cue's object
  const contact = cueWord ? subjectOfContactClause(doc, s, end) : -1;
  if (contact > s) return phrase(doc, contact, end);
  if (end - s === 1 && lex.nonSpeakers.has(toks[s].lower)) return null;
  // an article alone is no subject: "refused to receive the detained men": "detained" is a
  // participle modifying the noun after it, not a verb whose subject is "the"
  if (end - s === 1 && ARTICLES.has(toks[s].lower)) return null;
  // the subject is title and name together; its head is the name (headOf prefers the person)
  if (titleComma > 0 && s === titleComma + 1) {
    let t0 = phraseStartBefore(toks, titleComma, lo);
    // ("“We will appeal,” his lawyer, John Smith, said": the possessive opens the title phrase)
    if (t0 - 1 >= lo && t0 < titleComma && POSSESSIVES.has(toks[t0 - 1].lower)) t0--;
    if (t0 < titleComma) return phrase(doc, t0, end);
  }
  return relativeHead(doc, s, lo, end) ?? phrase(doc, s, end);
}

/** Nouns of what is said that a clause without "that" may follow ("a point Feinstein acknowledged"). */
const CONTACT_HEADS = new Set([
  'point',
  'something',
  'claim',
  'argument',
  'idea',
  'view',
  'message',
  'charge',
  'accusation',
  'assertion',
  'suggestion',
  'line',
]);

/**
 * Where the subject of a contact clause opens inside the phrase [s, end): right after one of
 * CONTACT_HEADS, at a proper name ("a point Feinstein", "something Sanders aides"); else -1.
 */
function subjectOfContactClause(doc: ArticleDocument, s: number, end: number): number {
  const toks = doc.tokens;
  for (let j = s; j + 1 < end; j++)
    if (CONTACT_HEADS.has(toks[j].lower) && toks[j].pos !== 'PROPN' && toks[j + 1].pos === 'PROPN') return j + 1;
  return -1;
}

/**
 * Where a phrase read back to token s ends its brackets: after a closing bracket with no opening one
 * in [s, end) ("(known as the C-34) for …"), after an opening one left open ("700,000 (police", "Iraq(The
 * U.S. official 9/11 Commission report"); else s.
 */
function afterUnmatchedBracket(toks: readonly Token[], s: number, end: number): number {
  let from = s;
  let depth = 0;
  for (let x = s; x < end; x++) {
    if (toks[x].text === '(') depth++;
    else if (toks[x].text === ')') {
      if (depth > 0) depth--;
      else from = x + 1;
    }
  }
  let closes = 0;
  for (let x = end - 1; x >= from; x--) {
    if (toks[x].text === ')') closes++;
    else if (toks[x].text === '(') {
      if (closes === 0) return x + 1;
      closes--;
    }
  }
  return from;
}

/**
 * Whether the noun phrase ending before token `end` is a verb's or a preposition's object (not after
 * a conjunction the tagger calls a preposition, "although …", or "than": "Fewer than half of …").
 */
function objectAt(toks: Token[], end: number, lo: number): boolean {
  const a = phraseStartBefore(toks, end, lo);
  const before = toks[a - 1];
  if (a - 1 < lo) return false;
  return before.pos === 'VERB' || (before.pos === 'ADP' && !SUBORDINATORS.has(before.lower) && before.lower !== 'than');
}

/** Whether the phrase ending before token `end` ends in the name of a body or a place (ORG, GPE …). */
function namesBody(doc: ArticleDocument, end: number): boolean {
  const hit = doc.entityAt(doc.tokens[end - 1].start);
  return !!hit && hit.entity.type !== 'PERSON' && hit.mention.end === doc.tokens[end - 1].end;
}

/**
 * The noun phrase before "PARTICIPLE/ADJECTIVE PREPOSITION" when the phrase read back from the cue
 * (tokens [s, end)) is that preposition's object: "Officials familiar with | the talks | said". The
 * noun is a common one or a pronoun, not a name, whose past form would be its verb ("Trump stared
 * down the camera and the hosts forgot"). After "by", only people are so modified ("Analysts quoted
 * by Reuters said"): a document's maker speaks for it ("A statement released by the ministry said").
 */
function nounBeforeModifier(doc: ArticleDocument, s: number, end: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  const prep = toks[s - 1];
  const modifier = toks[s - 2];
  const head = toks[s - 3];
  if (s - 2 < lo || prep?.pos !== 'ADP') return null;
  // (one clause: "… charged the officer with murder and Emanuel fired …" has two; a relative's
  // antecedent is found by relativeHead: "insurgents located in the city of Diwaniya, which …")
  if (toks.slice(s, end).some((t) => t.pos === 'CCONJ' || RELATIVE_OPENERS.has(t.lower))) return null;
  // "A senior official with knowledge of the investigation said", "sources with ties to …": a
  // person "with" something is who speaks
  // (but a spokesman's or an official's body speaks for them: "A senior official with the United
  // States Department of Defense said", as after "for" or "from")
  if (prep.lower === 'with' && personNoun(modifier) && !objectAt(toks, s - 1, lo) && !namesBody(doc, end))
    return subjectBefore(doc, s - 1, lo);
  if (s - 3 < lo || !head) return null;
  // (the tagger reads some participles as adjectives: "Companies involved in the project")
  const verbal = modifier.pos === 'VERB' || modifier.pos === 'ADJ';
  // (a present participle modifies people: "Protesters marching through …", "a source speaking to …";
  // after another noun it may be a noun the tagger misread: "the mass shooting in Orlando")
  const participle =
    verbal &&
    (MODIFYING_PARTICIPLES.has(modifier.lower) ||
      (modifier.pos === 'VERB' && /ing$/.test(modifier.lower) && personNoun(head)));
  if (!participle && !RELATION_ADJECTIVES.has(modifier.lower)) return null;
  const common = head.pos === 'NOUN' || head.pos === 'PRON' || (head.pos === 'PROPN' && !doc.entityAt(head.start));
  if (!common || objectAt(toks, s - 2, lo)) return null;
  if (prep.lower === 'by' && !isPeopleNoun(head)) return null;
  // the noun phrase is read back from the modifier as from a cue: "Analysts and activists in some
  // Middle Eastern countries allied with the United States say" is the analysts' and activists'
  return subjectBefore(doc, s - 2, lo);
}

/**
 * The plural noun phrase before "including"/"such as" that opens the examples at token s, when no
 * comma sets them off ("companies including Coca-Cola"), read back as a subject; else null.
 */
function groupBeforeExamples(doc: ArticleDocument, s: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  let i = s - 1;
  if (i - 1 > lo && toks[i].lower === 'as' && toks[i - 1].lower === 'such') i--;
  // ("Clinton economic advisers like Gene Sperling": "like" before examples as "such as")
  else if (toks[i]?.lower !== 'including' && !(toks[i]?.lower === 'like' && toks[i].pos === 'ADP')) return null;
  const noun = toks[i - 1];
  if (i - 1 < lo || !noun || !(noun.pos === 'NOUN' || noun.pos === 'PROPN') || !noun.lower.endsWith('s')) return null;
  if (noun.pos === 'NOUN' && noun.lower === noun.lemma) return null;
  return subjectBefore(doc, i, lo);
}

/**
 * A token after which a new clause opens: a conjunction, a semicolon, a colon or a line break (not
 * a comma: "Ukraine and Azerbaijan, both believed to be …" describes the two; nor a dash, which may
 * close an aside after the subject: "Republican establishment figures — whose party … — both suggested").
 */
function clauseBoundary(t: Token): boolean {
  return t.pos === 'CCONJ' || t.text === ';' || t.text === ':' || isBreak(t);
}

/** The most tokens of a kinship apposition ("son of the slain former Prime Minister"). */
const MAX_KIN_APPOSITION = 10;

/**
 * The person named before an apposition of kinship that ends at the comma at c ("Saad Hariri, son of
 * the slain former Prime Minister, …"): the name after that comma is the relative's, and the person
 * before speaks. Else null.
 */
function personBeforeKinApposition(doc: ArticleDocument, c: number, lo: number): Phrase | null {
  const toks = doc.tokens;
  for (let b = c - 1; b > lo && c - b <= MAX_KIN_APPOSITION; b--) {
    if (toks[b].text !== ',') continue;
    const kin = toks[b + 1];
    if (!kin || !KINSHIP_WORDS.has(kin.lower) || toks[b + 2]?.lower !== 'of') return null;
    return nameBeforeComma(doc, b, lo);
  }
  return null;
}
