// What the quote rules share while they read one document: the quoted spans, which token lies in
// which quoted span, paragraph bounds, the cue tokens already used, and the quotes found so far.
import { attributiveParticiple, participleBeforeNoun } from '../nlp/attributive.js';
import type { ArticleDocument, Sentence, Token } from '../document.js';
import type { QuoteKind, Span } from '../types.js';
import { quoteLexicon as lex } from './lexicon.js';
import { quotedSpansOf, type QuotedSpan } from './marks.js';
import type { Phrase } from './phrases.js';
import { WordFilter } from './word-filter.js';
import { BE_WORDS, CONTRACTED_IS, POSSESSIVE_DETERMINERS } from '../nlp/closed-class.js';
import { pluralNoun } from '../entities/plural-nouns.js';
import { capitalisedWords } from '../nlp/headline-case.js';

/**
 * A quote candidate: a class with every field declared, in one order. The rules make candidates in
 * many places, and the later steps rewrite them (bounds, speakers, joins); as object literals the
 * candidates had a hidden class whose fields V8 took for constants until the first rewrite of each,
 * and each such rewrite, met somewhere in the corpus, threw away (deoptimised) the compiled code of
 * every function that reads candidates. A class's declared fields are writable from the first object.
 */
export class Candidate implements Span {
  kind: QuoteKind;
  start: number;
  end: number;
  parts?: Span[];
  cue: Span | null;
  /** The phrase naming the speaker locally (a name, nominal or pronoun), if the rule found one. */
  speaker: Phrase | null;
  /** A quote without its own attribution takes the speaker of this one. */
  inheritFrom?: Candidate;
  rule: string;
  speakerRule: string | null;
  /** Who reports the quote, named by "according to" after its own attribution ("…,” Sanders said, according to CNN). */
  reportedBy: Phrase | null;

  constructor(f: CandidateFields) {
    this.kind = f.kind;
    this.start = f.start;
    this.end = f.end;
    this.parts = f.parts;
    this.cue = f.cue;
    this.speaker = f.speaker;
    this.inheritFrom = f.inheritFrom;
    this.rule = f.rule;
    this.speakerRule = f.speakerRule;
    this.reportedBy = null;
  }
}

/** What a rule states of a new candidate (parts and inheritFrom only where it has them). */
export type CandidateFields = Pick<Candidate, 'kind' | 'start' | 'end' | 'cue' | 'speaker' | 'rule' | 'speakerRule'> &
  Partial<Pick<Candidate, 'parts' | 'inheritFrom'>>;

/** A new candidate (see Candidate: one hidden class for all, writable fields). */
export function quoteCandidate(f: CandidateFields): Candidate {
  return new Candidate(f);
}

export type CueClass = 'speech' | 'cognition' | 'object';
/** The answers cueClass keeps per token (see QuoteContext.cueClasses). */
const CUE_CLASSES: readonly (CueClass | null)[] = [null, 'speech', 'cognition', 'object'];

// cueClass is asked about every verb: most are answered without hashing their words (word-filter.ts)
const listedLemmas = new WordFilter([...lex.speech, ...lex.cognition, ...lex.object]);
const speechWords = new WordFilter(lex.speech);

/** How far back (tokens) an "including" may open the list a gerund is an item of. */
const MAX_LISTED_REACH = 40;

export class QuoteContext {
  readonly spans: QuotedSpan[];
  /** Index of the quoted span whose content holds the token, or -1. */
  readonly inSpan: Int32Array;
  /** Token index of each span's opening mark. */
  readonly openToken: number[];
  /** Cue tokens already part of a quote (asked of every verb and noun the finders read). */
  readonly usedCue: TokenSet;
  /** The verb a cue the tagger read as an adjective stands for (promising → promise). */
  private readonly adjectiveLemmas = new Map<number, string>();
  /** Quoted spans already part of a quote. */
  readonly taken = new Set<number>();
  readonly candidates: Candidate[] = [];
  /** The document's sentences, re-joined where the splitter cut inside one (see joinSentences). */
  readonly sentences: Sentence[];
  /** Index into `sentences` of each token. */
  readonly sentenceOf: Int32Array;
  private readonly lineStarts: number[] = [0];

  constructor(readonly doc: ArticleDocument) {
    const text = doc.text;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    this.spans = quotedSpansOf(doc);
    this.inSpan = new Int32Array(doc.tokens.length).fill(-1);
    this.openToken = [];
    let s = 0;
    for (const t of doc.tokens) {
      while (s < this.spans.length && this.spans[s].end <= t.start) s++;
      if (s < this.spans.length && t.start >= this.spans[s].start && t.end <= this.spans[s].end) this.inSpan[t.i] = s;
    }
    for (const sp of this.spans) this.openToken.push(doc.tokenIndexAt(sp.open));
    this.sentences = joinSentences(doc);
    this.sentenceOf = new Int32Array(doc.tokens.length);
    this.cueClasses = new Uint8Array(doc.tokens.length);
    this.usedCue = new TokenSet(doc.tokens.length);
    for (const s of this.sentences) for (let i = s.firstToken; i < s.endToken; i++) this.sentenceOf[i] = s.i;
  }

  /** Per token, the token after the time expression that starts there, else 0 (built on first use). */
  private timeEnds: Int32Array | null = null;

  /** The token after the time expression that starts at token i ("Tuesday", "last week"), or -1. */
  timeEndAt(i: number): number {
    if (!this.timeEnds) {
      const doc = this.doc;
      const ends = new Int32Array(doc.tokens.length);
      for (const tv of doc.times) {
        const first = doc.tokenIndexAt(tv.start);
        if (first >= ends.length || doc.tokens[first].start !== tv.start) continue;
        let e = first;
        while (e < doc.tokens.length && doc.tokens[e].end <= tv.end) e++;
        if (e > first) ends[first] = e;
      }
      this.timeEnds = ends;
    }
    return i >= 0 && i < this.timeEnds.length && this.timeEnds[i] > 0 ? this.timeEnds[i] : -1;
  }

  /** Keeps the candidates `keep` accepts, in their order (the filters that drop proposals). */
  keepCandidates(keep: (c: Candidate) => boolean): void {
    const kept = this.candidates.filter(keep);
    if (kept.length === this.candidates.length) return;
    this.candidates.length = 0;
    this.candidates.push(...kept);
  }

  /** The (re-joined) sentence holding token i. */
  sentenceAt(i: number): Sentence | undefined {
    return i >= 0 && i < this.sentenceOf.length ? this.sentences[this.sentenceOf[i]] : undefined;
  }

  /**
   * Whether a time expression covers the start of token j: a time where a content or a topic would
   * start ("said around 3 p.m. that …", "spoke out on Friday", "about 20 minutes later"). A time that
   * owns a noun is none ("Tuesday's package").
   */
  timeAt(j: number): boolean {
    const at = this.doc.tokens[j].start;
    const text = this.doc.text;
    return this.doc.times.some(
      (tv) => tv.start <= at && tv.end > at && !/^['’]s\b/.test(text.slice(tv.end, tv.end + 3)),
    );
  }

  /** Whether the offset lies inside quotation marks. */
  isQuoted(offset: number): boolean {
    const i = this.doc.tokenIndexAt(offset);
    return i < this.inSpan.length && this.inSpan[i] >= 0;
  }

  /** Index of the paragraph (line) holding the offset. */
  paragraphOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  paragraphBounds(offset: number): Span {
    const p = this.paragraphOf(offset);
    const start = this.lineStarts[p];
    const end = p + 1 < this.lineStarts.length ? this.lineStarts[p + 1] - 1 : this.doc.text.length;
    return { start, end };
  }

  /**
   * Per token, cueClass's answer as an index into CUE_CLASSES plus one (0: not yet asked). The rules
   * ask about many tokens several times (the finders, the content-end and boundary readers); only an
   * answer that read the entity layer is not kept, since attribution adds speakers to it as it goes.
   */
  private readonly cueClasses: Uint8Array;
  /** Set while cueClass works out a token: whether it asked the entity layer (insideName). */
  private readEntities = false;

  /** The class of cue the token is, or null: a verb of saying, of believing, or one taking an object. */
  cueClass(i: number): CueClass | null {
    const known = i >= 0 && i < this.cueClasses.length ? this.cueClasses[i] : 0;
    if (known !== 0) return CUE_CLASSES[known - 1];
    this.readEntities = false;
    const cls = this.classifyCue(i);
    if (i >= 0 && i < this.cueClasses.length && !this.readEntities) this.cueClasses[i] = CUE_CLASSES.indexOf(cls) + 1;
    return cls;
  }

  private classifyCue(i: number): CueClass | null {
    const t: Token | undefined = this.doc.tokens[i];
    if (!t || this.inSpan[i] >= 0) return null;
    if (compoundModifierTail(this.doc.text, t.start)) return null;
    if (t.pos === 'ADJ') return this.adjectiveTaggedSpeech(i) ? 'speech' : this.adjectiveTaggedCue(i);
    if (t.pos !== 'VERB' && t.pos !== 'NOUN') return null;
    if (this.existentialModifier(i) || this.possessedFigureModifier(i)) return null;
    // "an emotive and politically charged issue": a participle modifying its noun says nothing
    if (t.pos === 'VERB' && attributiveParticiple(this.doc.tokens, i)) return null;
    // "topics …, including countering disinformation, promoting democracy …, and supporting countries
    // vulnerable to …": a gerund listed after "including" names a topic, no one's act of saying
    if (/ing$/.test(t.lower) && this.listedAfterIncluding(i)) return null;
    // "It's worth noting there is …", "worth mentioning that …": the writer's aside, no one's report
    if (this.doc.tokens[i - 1]?.lower === 'worth' && /ing$/.test(t.lower)) return null;
    // a verb of saying with its particle ("fired back", "shot back", "wrote back"), the past the
    // tagger read as a noun after its subject too ("Bennett shot back")
    // (not before "at": "fired back at Christie over …" keeps its object as what was said)
    if (this.doc.tokens[i + 1]?.lower === 'back' && this.doc.tokens[i + 2]?.lower !== 'at' && /^\p{Ll}/u.test(t.text)) {
      const stem = t.pos === 'NOUN' ? (this.afterSubject(i) ? NOUN_TAGGED_PASTS[t.lower] : undefined) : t.lemma;
      if (stem && lex.speech.has(`${stem} back`)) return 'speech';
    }
    const lemmaMayBeListed = listedLemmas.mayHold(t.lemma);
    // "spokeswoman Hope Hicks said": a listed word inside a name is the name's
    if ((lemmaMayBeListed || speechWords.mayHold(t.lower)) && this.insideName(i)) return null;
    // a noun counts only as the tagger's slip for a verb, and only a listed word can be one
    // ("by warning darkly that …": a gerund after "by" or a comma the tagger read as a noun)
    if (t.pos === 'NOUN' && /ing$/.test(t.lower) && ING_LEADS.has(this.doc.tokens[i - 1]?.lower ?? ''))
      return this.adjectiveTaggedCue(i);
    if (t.pos === 'NOUN' && !((lemmaMayBeListed || speechWords.mayHold(t.lower)) && this.verbTaggedNoun(i)))
      return null;
    if (lemmaMayBeListed && lex.speech.has(t.lemma)) return 'speech';
    if (t.lower !== t.lemma && speechWords.mayHold(t.lower) && lex.speech.has(t.lower)) return 'speech';
    if (!lemmaMayBeListed) return null;
    if (lex.cognition.has(t.lemma)) return 'cognition';
    if (lex.object.has(t.lemma)) return 'object';
    return null;
  }

  /**
   * Whether token i is an item of the list an "including" opens, within its clause: no finite verb,
   * semicolon or colon between them.
   */
  private listedAfterIncluding(i: number): boolean {
    const toks = this.doc.tokens;
    const s = this.sentenceAt(i);
    if (!s) return false;
    for (let j = i - 1; j >= s.firstToken && i - j <= MAX_LISTED_REACH; j--) {
      const w = toks[j];
      if (w.lower === 'including') return j === i - 1 || toks[i - 1].text === ',' || toks[i - 1].lower === 'and';
      // (a participle before its noun is no clause's verb: "and related organizations")
      const finite = w.pos === 'VERB' && !/ing$/.test(w.lower) && !participleBeforeNoun(toks, j);
      if (w.text === ';' || w.text === ':' || w.pos === 'AUX' || finite) return false;
    }
    return false;
  }

  /** Whether token i follows a name or a subject pronoun (a verb the tagger read as a noun there). */
  private afterSubject(i: number): boolean {
    const prev = this.doc.tokens[i - 1];
    return !!prev && (prev.pos === 'PROPN' || (prev.pos === 'PRON' && lex.subjectPronouns.has(prev.lower)));
  }

  /**
   * Whether the participle at i modifies a figure after a possessive: "the city’s estimated 100
   * Montserratians", "their reported 300 members" (no one estimated anything in the sentence).
   */
  private possessedFigureModifier(i: number): boolean {
    const toks = this.doc.tokens;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (!prev || !next || !/ed$/.test(toks[i].lower)) return false;
    return (next.pos === 'NUM' || /^\d/.test(next.text)) && isPossessive(prev);
  }

  /**
   * Whether the participle at i modifies the noun after it in "there is …": "there have been repeated
   * clashes", "there were reported attacks" (no one repeated or reported anything).
   */
  private existentialModifier(i: number): boolean {
    const toks = this.doc.tokens;
    if (!/ed$/.test(toks[i].lower) || toks[i + 1]?.pos !== 'NOUN') return false;
    let k = i - 1;
    while (k > 0 && i - k <= 3 && toks[k].pos === 'AUX') k--;
    return k < i - 1 && toks[k]?.lower === 'there' && toks[i - 1].lemma === 'be';
  }

  /**
   * Whether the capitalised word at i, inside a sentence, is part of a person's or organisation's name
   * the entity layer found ("spokeswoman Hope Hicks said", "said Will Doyle"): a name, not a verb.
   */
  insideName(i: number): boolean {
    const toks = this.doc.tokens;
    const t = toks[i];
    const prev = toks[i - 1];
    if (!/^\p{Lu}/u.test(t.text) || !prev) return false;
    // after a capitalised word only a word well inside the name counts ("the Holy See Secretary of
    // State"): a headline's "Trump Says" names no one past "Trump", and in a headline in title case
    // the recogniser runs the words together ("Dorothy Woods Defends Trump"): no name is read there
    const within = !/^\p{Ll}/u.test(prev.text);
    // a capitalised word between two more inside a sentence of prose is a name's the recogniser cut
    // short ("the official North East Says No campaign"), not a verb
    if (within && this.betweenCapitals(i)) return true;
    this.readEntities = true;
    const hit = this.doc.entityAt(t.start);
    if (hit === undefined) return false;
    // (a name the knowledge base confirmed past the verb the tagger read in it: "Holy See")
    if (hit.mention.rule?.startsWith('verb-tagged-known-name') && hit.mention.start < t.start) return true;
    if (hit.entity.type !== 'PERSON' && hit.entity.type !== 'ORG') return false;
    if (!within) return hit.mention.end >= t.end;
    // (the sentence is read only for a word inside a name: few are)
    return hit.mention.start < t.start && hit.mention.end > t.end && !this.titleCased(i);
  }

  /**
   * Whether token i stands between capitalised words of its sentence, the one before not its first
   * word, in a sentence that is no headline in title case.
   */
  private betweenCapitals(i: number): boolean {
    return betweenCapitalWords(this.doc.tokens, i) && !this.titleCased(i);
  }

  /** Whether most words of the sentence holding token i are capitalised (a headline in title case). */
  private titleCased(i: number): boolean {
    const s = this.sentenceAt(i);
    if (!s) return false;
    const { words, capitalised } = capitalisedWords(this.doc.tokens, s.firstToken, s.endToken);
    return capitalised * 3 > words * 2;
  }

  /**
   * A past tense of saying the tagger read as an adjective right after its subject ("Toomey fumed",
   * "he snapped"): a name or a subject pronoun before it.
   */
  private adjectiveTaggedSpeech(i: number): boolean {
    const toks = this.doc.tokens;
    const t = toks[i];
    const prev = toks[i - 1];
    if (!prev || !/ed$/.test(t.lower) || !/^\p{Ll}/u.test(t.text)) return false;
    if (!(
      prev.pos === 'PROPN' ||
      (prev.pos === 'PRON' && lex.subjectPronouns.has(prev.lower)) ||
      afterPerfect(toks, i)
    ))
      return false;
    return pastTenseStems(t.lower).some((stem) => lex.speech.has(stem));
  }

  /**
   * A listed verb's participle or past tense the tagger read as an adjective (or a gerund it read as
   * a noun): "…, promising to campaign across the country", "Trump is promising to …", "Gowdy
   * referenced a 2015 report", "by warning darkly that …", ", warning that …" (not "a promising young
   * player": a determiner, adjective or adverb before it makes it one).
   */
  private adjectiveTaggedCue(i: number): CueClass | null {
    const toks = this.doc.tokens;
    const t = toks[i];
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (!prev || !next || !/^\p{Ll}/u.test(t.text)) return null;
    let stems: string[];
    if (/ing$/.test(t.lower)) {
      if (!ING_LEADS.has(prev.lower) && !BE_FORMS.has(prev.lower)) return null;
      const base = t.lower.slice(0, -3);
      stems = [base, base + 'e', base.slice(0, -1)];
    } else if (/ed$/.test(t.lower)) {
      if (!(
        prev.pos === 'PROPN' ||
        (prev.pos === 'PRON' && lex.subjectPronouns.has(prev.lower)) ||
        afterPerfect(toks, i)
      ))
        return null;
      stems = pastTenseStems(t.lower);
    } else return null;
    // (a manner adverb may come between: "warning darkly that …")
    let n = i + 1;
    while (toks[n]?.pos === 'ADV' && n - i <= 2) n++;
    const after = toks[n];
    const opensContent =
      (n > i + 1 && (after?.lower === 'that' || after?.lower === 'to')) ||
      // (a gerund's "that" the tagger read as a pronoun too: ", warning that Clinton is …")
      (next.lower === 'that' && /ing$/.test(t.lower)) ||
      (next.lower === 'to' && (toks[i + 2]?.pos === 'VERB' || this.inSpan[i + 3] >= 0)) ||
      ['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ'].includes(next.pos) ||
      POSSESSIVES.has(next.lower) ||
      this.inSpan[i + 1] >= 0;
    if (!opensContent) return null;
    for (const stem of stems) {
      const cls: CueClass | null = lex.speech.has(stem) ? 'speech' : lex.object.has(stem) ? 'object' : null;
      if (cls) {
        this.adjectiveLemmas.set(i, stem);
        return cls;
      }
    }
    return null;
  }

  /**
   * Whether the comma at c closes an apposition set off after a name: "Gerry O'Brien, a GOP political
   * consultant," (a determiner opens it, nouns and their modifiers fill it).
   */
  private appositionOfName(c: number): boolean {
    const toks = this.doc.tokens;
    for (let j = c - 1; j > 0 && c - j <= MAX_APPOSITION; j--) {
      const w = toks[j];
      if (w.text === ',') return j < c - 2 && toks[j - 1].pos === 'PROPN' && toks[j + 1].pos === 'DET';
      if (!APPOSITION_POS.has(w.pos) && w.lower !== 'of') return false;
    }
    return false;
  }

  /** A noun between a noun and "that" is the tagger's slip for a verb (FBI statistics show that …). */
  private verbTaggedNoun(i: number): boolean {
    const toks = this.doc.tokens;
    // (a name's initials in brackets between it and the verb: "United Press International (UPI) reports that …")
    const bracketed = toks[i - 1]?.text === ')' && toks[i - 3]?.text === '(' && /^\p{Lu}{2,}$/u.test(toks[i - 2].text);
    const prev = bracketed && toks[i - 4]?.pos === 'PROPN' ? toks[i - 4] : toks[i - 1];
    const next = toks[i + 1];
    if (prev === undefined || next === undefined) return false;
    // a form in -s after coordinated nouns is the plural noun it looks like: a coordinated subject
    // takes the plain form ("including Minnesota, Michigan and Pennsylvania states that have …")
    const t = toks[i];
    if (/[^s]s$/.test(t.lower) && t.lower !== t.lemma && coordinatedNounBefore(toks, i)) return false;
    // ("to develop action plans to strengthen …": after a verb's object noun the form in -s is that
    // object's head, not a verb; not after a verb of saying, "said government plans to …")
    const verbBefore = toks[i - 2];
    if (
      prev.pos === 'NOUN' &&
      verbBefore?.pos === 'VERB' &&
      verbBefore.lemma !== 'be' &&
      verbBefore.lemma !== 'have' &&
      this.cueClass(i - 2) === null
    )
      return false;
    if (
      (prev.pos === 'NOUN' || prev.pos === 'PROPN' || this.nounLikeAdjectiveSubject(i)) &&
      next.lower === 'that' &&
      next.pos === 'SCONJ' &&
      !compoundAfterDeterminedNoun(toks, i)
    )
      return true;
    // "Gerry O'Brien, a GOP political consultant, notes that …": a form in -s after a name's apposition
    if (
      prev.text === ',' &&
      /[^s]s$/.test(t.lower) &&
      t.lower !== t.lemma &&
      next.lower === 'that' &&
      this.appositionOfName(i - 1)
    )
      return true;
    // "The man, who police say is armed, …", "which Iran states is for peaceful purposes": a subject
    // between a relative and the rest of its clause (a plain form after a plural, a form in -s after a
    // name; "which signatory states have committed" is a noun)
    const agrees = toks[i].lower === toks[i].lemma ? prev.pos === 'NOUN' || prev.pos === 'PROPN' : prev.pos === 'PROPN';
    if (agrees && GAP_RELATIVES.has(toks[i - 2]?.lower ?? '') && (next.pos === 'AUX' || finiteVerbForm(next)))
      return true;
    if (this.closingAttribution(i)) return true;
    if (this.beforeQuotation(i)) return true;
    // "polls show her pulling away", "Clinton plans to call …", "many fear Trump will …": a subject
    // right before (a plural noun, a name, a quantifier) and a clause or infinitive right after
    const plural = prev.pos === 'NOUN' && /s$/.test(prev.lower) && !/ss$/.test(prev.lower);
    // ("a series of Twitter posts Sunday", "a majority of EU states": a name right after "of" modifies
    // the noun after it; not where "of" is inside a name, "the Department of State wishes to …")
    if (prev.pos === 'PROPN' && toks[i - 2]?.lower === 'of' && toks[i - 3]?.pos !== 'PROPN') return false;
    const subject =
      (plural && t.lower === t.lemma) ||
      (t.lower === t.lemma && this.pluralSubjectBefore(i)) ||
      (prev.pos === 'PROPN' && /[^s]s$/.test(t.lower) && t.lower !== t.lemma) ||
      (STANDALONE_SUBJECTS.has(prev.lower) && t.lower === t.lemma) ||
      this.moreVerbSubjects(i);
    if (!subject || !/^\p{Ll}/u.test(t.text)) return false;
    const after = toks[i + 2];
    return (
      // ("Some seek to be removed from the lists": "be" is an auxiliary; but after a name or a
      // singular noun, "to be" is as often a noun's infinitive: "the third anti-Syrian figure to be
      // assassinated")
      (next.lower === 'to' &&
        (after?.pos === 'VERB' || (after?.pos === 'AUX' && (plural || STANDALONE_SUBJECTS.has(prev.lower))))) ||
      // "Two-thirds support reducing …": a gerund object after a plain form
      (t.lower === t.lemma &&
        next.pos === 'VERB' &&
        /^\p{Ll}+ing$/u.test(next.text) &&
        after !== undefined &&
        (after.pos === 'DET' || after.pos === 'NOUN' || after.pos === 'ADJ')) ||
      (next.pos === 'PRON' && lex.subjectPronouns.has(next.lower)) ||
      // "31 percent call them …": a verb taking an object takes an object pronoun
      (next.pos === 'PRON' && OBJECT_PRONOUNS.has(next.lower) && lex.object.has(t.lemma)) ||
      next.lower === 'that' ||
      // "Millennials support background checks": after a plural subject in capitals, a noun phrase
      ((next.pos === 'NOUN' || next.pos === 'ADJ') && t.lower === t.lemma && this.pluralSubjectBefore(i)) ||
      ((next.pos === 'DET' || next.pos === 'PROPN' || POSSESSIVES.has(next.lower)) && after !== undefined)
    );
  }

  /**
   * Whether the word before the form in -s at i is an adjective the tagger made of a noun phrase's
   * head ("The U.S. military states that the search … will go on"): a singular form in -s, a
   * determiner or a name before the adjective, and a clause with its own subject after "that".
   */
  private nounLikeAdjectiveSubject(i: number): boolean {
    const toks = this.doc.tokens;
    const t = toks[i];
    const lead = toks[i - 2];
    const subject = toks[i + 2];
    if (!lead || !subject || !/[^s]s$/.test(t.lower) || t.lower === t.lemma || toks[i - 1].pos !== 'ADJ') return false;
    if (lead.pos !== 'DET' && lead.pos !== 'PROPN') return false;
    // (in a subject's place: "One of the other comments that the President made …" is an object's)
    let first = i - 2;
    while (first > 0 && i - first < 6 && (toks[first - 1].pos === 'PROPN' || toks[first - 1].pos === 'DET')) first--;
    const before = toks[first - 1];
    if (before && !(before.pos === 'PUNCT' || before.pos === 'CCONJ' || first === this.sentenceAt(i)?.firstToken))
      return false;
    return (
      subject.pos === 'DET' ||
      subject.pos === 'PROPN' ||
      (subject.pos === 'PRON' && lex.subjectPronouns.has(subject.lower))
    );
  }

  /**
   * A form in -s right before a comma or a colon and an opening quotation mark, after a singular
   * noun, a name or a relative: "The investigation states, “…”", "a BBC News investigation, which
   * states, “…”" (the tagger reads the verb as the plural noun).
   */
  private beforeQuotation(i: number): boolean {
    const toks = this.doc.tokens;
    const t = toks[i];
    const prev = toks[i - 1];
    if (!/^\p{Ll}+[^s]s$/u.test(t.text) || t.lower === t.lemma || !prev) return false;
    if ((toks[i + 1]?.text !== ',' && toks[i + 1]?.text !== ':') || !this.quotationOpensAt(i + 2)) return false;
    if (GAP_RELATIVES.has(prev.lower)) return true;
    return prev.pos === 'PROPN' || (prev.pos === 'NOUN' && !/s$/.test(prev.lower));
  }

  /** Whether the token at m is the opening mark of a quotation the marks reader paired. */
  private quotationOpensAt(m: number): boolean {
    const si = this.inSpan[m + 1];
    return si !== undefined && si >= 0 && this.openToken[si] === m;
  }

  /**
   * A verb in -s closing a parenthetical attribution after what was said, its subject set off by a
   * comma or dash before it: "…, The Wall Street Journal reports.", "…, the newspaper reports." (the
   * tagger reads such a word before a full stop as a plural noun). The subject is a name or a
   * determined noun phrase of at most five words; before a comma, only a name.
   */
  private closingAttribution(i: number): boolean {
    const toks = this.doc.tokens;
    const t = toks[i];
    if (!/[^s]s$/.test(t.lower) || t.lower === t.lemma || !/^\p{Ll}/u.test(t.text)) return false;
    const next = toks[i + 1];
    if (!next || !CLOSING_PUNCTUATION.has(next.text)) return false;
    let j = i - 1;
    let determined = false;
    while (j >= 0 && i - j <= MAX_CLOSING_SUBJECT) {
      const w = toks[j];
      if (w.pos === 'PROPN' || w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'PART') j--;
      else if (w.pos === 'DET' || POSSESSIVES.has(w.lower)) {
        determined = true;
        j--;
      } else break;
    }
    // (right after a quotation closed on its comma: "“Family MEDICAL Leave,” the document states, …")
    const quoted = j > 0 && /^[”"’']+$/.test(toks[j].text) && toks[j - 1].text === ',';
    if (j === i - 1 || j < 0 || !(OPENING_ASIDE.has(toks[j].text) || quoted)) return false;
    // (before a comma a common noun's "-s" is as often a list's plural: "…, the member states, …")
    if (next.text === ',' && toks[i - 1]?.pos !== 'PROPN' && !quoted) return false;
    const head = toks[i - 1];
    // a common noun needs its determiner ("the newspaper reports"), not "bank reports" in a list
    return head.pos === 'PROPN' || (head.pos === 'NOUN' && determined && !/s$/.test(head.lower));
  }

  /**
   * A plural subject the tagger read as a name or missed, before a plain form: a plural word in
   * capitals opening the sentence ("Polls show", "Liberals call"), a share ("31 percent call"),
   * two names joined ("Obama and Clinton call").
   */
  private pluralSubjectBefore(i: number): boolean {
    const toks = this.doc.tokens;
    const prev = toks[i - 1];
    if (prev.pos === 'PROPN' && /^\p{Lu}\p{Ll}+[^s']s$/u.test(prev.text)) {
      const before = toks[i - 2];
      return !before || isBreak(before) || /^[.!?"“”:]$/.test(before.text);
    }
    if (prev.lower === 'percent' || prev.text === '%') return true;
    return prev.pos === 'PROPN' && toks[i - 2]?.lower === 'and' && toks[i - 3]?.pos === 'PROPN';
  }

  /**
   * More subjects before a listed verb the tagger read as a noun: a singular noun before a verb in
   * -s ("The Clinton campaign plans to …"), a number before a base form ("Nearly nine out of 10 say
   * they …"), a relative pronoun ("the Trump who questions the judge's …"), a name before a base
   * form and an infinitive ("Democrats on the committee plan to release …").
   */
  private moreVerbSubjects(i: number): boolean {
    const toks = this.doc.tokens;
    const t = toks[i];
    const prev = toks[i - 1];
    const thirdPerson = /[^s]s$/.test(t.lower) && t.lower !== t.lemma;
    // (a plural noun after a noun modifier is as likely: "murder charges the following year")
    const next = toks[i + 1];
    if (prev.pos === 'NOUN' && !/s$/.test(prev.lower) && thirdPerson)
      return (
        next?.lower === 'to' ||
        next?.lower === 'that' ||
        lex.subjectPronouns.has(next?.lower ?? '') ||
        this.determinedSubjectObject(i)
      );
    if (prev.pos === 'NUM' && t.lower === t.lemma) return true;
    // "Nearly a third say they …", "a majority say": a share of people takes the plain form
    // (a fraction after its count only: "the fifth state that …" is an ordinal)
    if (SHARE_WORDS.has(prev.lower) && t.lower === t.lemma)
      return GROUP_SHARES.has(prev.lower) || countBefore(toks, i - 1);
    if ((prev.lower === 'who' || prev.lower === 'that') && thirdPerson) return true;
    // "the respondents who support Sanders": a plain form after a relative pronoun of a plural noun
    if (prev.lower === 'who' && t.lower === t.lemma && i >= 2 && pluralAntecedent(toks[i - 2])) return true;
    return prev.pos === 'PROPN' && t.lower === t.lemma && toks[i + 1]?.lower === 'to';
  }

  /**
   * "the paper notes the government monitors …", "The Turkish government claims Gulen runs …": after
   * a singular noun with its own determiner, a listed verb in -s the tagger read as a plural noun
   * is the verb when a determined phrase or a name follows (not a time: "the murder charges the
   * following year").
   */
  private determinedSubjectObject(i: number): boolean {
    const toks = this.doc.tokens;
    const next = toks[i + 1];
    if (!next || !(next.pos === 'DET' || next.pos === 'PROPN' || POSSESSIVES.has(next.lower))) return false;
    if (next.pos === 'DET' && !PHRASE_DETERMINERS.has(next.lower)) return false;
    // the determiner of the subject, before its noun and at most one modifier
    let d = i - 2;
    if (toks[d]?.pos === 'ADJ' || toks[d]?.pos === 'PROPN') d--;
    const det = toks[d];
    if (!det || !(det.lower === 'the' || POSSESSIVES.has(det.lower))) return false;
    return !this.timeAt(i + 1);
  }

  /** The lemma of the cue at i: the tagger's, or the verb an adjective-tagged cue stands for. */
  cueLemma(i: number): string {
    return this.adjectiveLemmas.get(i) ?? this.doc.tokens[i].lemma;
  }

  isAccordingTo(i: number): boolean {
    const t = this.doc.tokens;
    return t[i]?.lower === 'according' && t[i + 1]?.lower === 'to' && this.inSpan[i] < 0;
  }
}

/**
 * A set of token indices, as a Set<number> answers (has/add), held as one flag per token: the finders
 * ask about every verb and noun, and a hash lookup per token cost more than reading a byte. An index
 * outside the document's tokens goes to a Set.
 */
export class TokenSet {
  private readonly flags: Uint8Array;
  private readonly outside = new Set<number>();

  constructor(tokens: number) {
    this.flags = new Uint8Array(tokens);
  }

  has(i: number): boolean {
    return Number.isInteger(i) && i >= 0 && i < this.flags.length ? this.flags[i] === 1 : this.outside.has(i);
  }

  add(i: number): this {
    if (Number.isInteger(i) && i >= 0 && i < this.flags.length) this.flags[i] = 1;
    else this.outside.add(i);
    return this;
  }
}

/**
 * What a speaker issues rather than says, its words in it: "issued a statement describing …",
 * "released the following statement: …" (the issuer speaks).
 */
export const DOCUMENT_NOUNS = new Set(
  'statement letter memo report article column editorial data poll document video message tweet email release post interview book speech filing ad'.split(
    ' ',
  ),
);

/** Pasts of verbs of saying with a particle that the tagger reads as nouns ("Bennett shot back"). */
const NOUN_TAGGED_PASTS: Record<string, string> = { shot: 'shoot', fired: 'fire', wrote: 'write' };

/** The most tokens of an apposition after a name, and their parts of speech. */
const MAX_APPOSITION = 10;
const APPOSITION_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Words before a participle of saying that make it a verb (", promising …", "by promising …"). */
const ING_LEADS = new Set([',', 'by', 'and', 'but', 'while', 'after', 'before', '\u2014', '\u2015', '--']);
/** Forms of "be" (before a participle, an adjective or a progressive -ing), "'s" among them. */
export const BE_FORMS: ReadonlySet<string> = new Set([...BE_WORDS, ...CONTRACTED_IS]);

/** Forms of "have" that make a perfect with the participle after them (has referenced, had repeatedly denied). */
const PERFECT_AUX = new Set(['has', 'have', 'had', "'ve", '’ve']);

/**
 * Whether the -ed word at i follows a perfect's auxiliary, past adverbs: "The candidate has
 * repeatedly referenced her experience" (a participle after "has" is the verb, whatever the tagger says).
 */
function afterPerfect(toks: Token[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && toks[j].pos === 'ADV') j--;
  return PERFECT_AUX.has(toks[j]?.lower ?? '');
}

/** Object pronouns: after a verb taking an object they open its object (call them …). */
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'it']);

/** Possessive determiners: they open a noun phrase whose holder they name (his criticism, her party). */
export const POSSESSIVES = POSSESSIVE_DETERMINERS;

/** A possessive marker or determiner ("Trump's", "his"). */
export function isPossessive(t: Token | undefined): boolean {
  return !!t && (t.lower === "'s" || t.lower === '\u2019s' || POSSESSIVES.has(t.lower));
}
/** What follows an attribution closing its sentence or clause. */
const CLOSING_PUNCTUATION = new Set(['.', ',', '!', '?', ';']);
/** What sets off such an attribution from what was said before it. */
const OPENING_ASIDE = new Set([',', '\u2014', '\u2013', '\u2015', '--']);
/** The most words of its subject. */
const MAX_CLOSING_SUBJECT = 5;
/** Whether token i follows the last of coordinated nouns or names ("Michigan and Pennsylvania"). */
function coordinatedNounBefore(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  const link = toks[i - 2];
  const first = toks[i - 3];
  return (
    (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
    (link?.lower === 'and' || link?.lower === 'or') &&
    (first?.pos === 'NOUN' || first?.pos === 'PROPN')
  );
}

/** Verbs whose past is their plain form ("The police read that …", "the report put it that …"). */
const PAST_LIKE_BASE = new Set(['read', 'put', 'set', 'let', 'cut', 'bet', 'hit', 'quit', 'spread', 'cast']);

/**
 * Whether the plain form at i follows a determiner and a singular common noun, which cannot be its
 * subject: "The budget request that you have before you …" is a compound noun ("Opponents of the bill
 * claim that …" has its subject before the preposition).
 */
function compoundAfterDeterminedNoun(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  return (
    t.lower === t.lemma &&
    prev?.pos === 'NOUN' &&
    !/s$/.test(prev.lower) &&
    toks[i - 2]?.pos === 'DET' &&
    toks[i - 3]?.pos !== 'ADP' &&
    !PAST_LIKE_BASE.has(t.lower)
  );
}

/** Relative words whose clause may have its subject's gap after an attribution ("who police say is …"). */
const GAP_RELATIVES = new Set(['who', 'which', 'that']);

/** Whether a token is a verb in a finite form: a past or a third-person present ("fled", "wants"). */
const finiteVerbForm = (t: Token) => t.pos === 'VERB' && t.lower !== t.lemma && !/ing$/.test(t.lower);

/** Shares that are nouns of a group whatever comes before them ("the majority believe"). */
const GROUP_SHARES = new Set(['majority', 'minority', 'plurality']);
/** Whether a count stands before the fraction at f ("a third", "two thirds", "one quarter"). */
const countBefore = (toks: readonly Token[], f: number) => {
  const c = toks[f - 1];
  return !!c && (c.lower === 'a' || c.lower === 'one' || c.pos === 'NUM');
};
/** Shares of a group that stand as a plural subject ("a third say", "the majority believe"). */
export const SHARE_WORDS = new Set([
  'half',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'fifth',
  'fifths',
  'majority',
  'minority',
  'plurality',
]);

/**
 * Quantifiers and determiners that stand alone as a subject ("Many fear …", "Another said …",
 * "said none of them …"), whatever part of speech the tagger gives them.
 */
export const STANDALONE_SUBJECTS = new Set([
  'another',
  'each',
  'both',
  'either',
  'neither',
  'all',
  'some',
  'many',
  'few',
  'several',
  'most',
  'others',
  'none',
  'nobody',
]);

/** The base forms a regular past tense may come from: fumed → fume, snapped → snap, replied → reply. */
function pastTenseStems(word: string): string[] {
  const stems = [word.slice(0, -1), word.slice(0, -2)];
  if (word.length > 4 && word[word.length - 3] === word[word.length - 4]) stems.push(word.slice(0, -3));
  if (word.endsWith('ied')) stems.push(word.slice(0, -3) + 'y');
  return stems;
}

export const isBreak = (t: Token) => t.pos === 'SPACE' || t.text.includes('\n');
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether the token has a letter or digit; most tokens open with an ASCII one, answered without the pattern. */
export const isWord = (t: Token) => {
  const c = t.text.charCodeAt(0);
  const folded = c | 0x20; // ASCII upper case onto lower case
  return (folded >= 0x61 && folded <= 0x7a) || (c >= 0x30 && c <= 0x39) || WORD_CHAR.test(t.text);
};
export const isSentenceEnd = (t: Token) => t.pos === 'PUNCT' && /^[.!?]+$/.test(t.text);

/** Whether text[from, to) holds a line break (without slicing it out). */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * A sentence written field by field in the tokenizer's order (nlp/wink.ts): a spread copy gets a
 * hidden class of its own, and the walks over sentences met three kinds and were compiled again for each.
 */
export function sentence(i: number, start: number, end: number, firstToken: number, endToken: number): Sentence {
  return { i, start, end, firstToken, endToken };
}

/**
 * The splitter cuts after abbreviations and brackets (Sen. Bernie Sanders (I-Vt.) || said he …):
 * a sentence on the same line whose first word is lower case continues the one before it.
 */
function joinSentences(doc: ArticleDocument): Sentence[] {
  const out: Sentence[] = [];
  const toks = doc.tokens;
  for (const s of doc.sentences) {
    const prev = out.at(-1);
    let f = s.firstToken;
    while (f < s.endToken && toks[f].pos === 'PUNCT' && !/["“‘'«]/.test(toks[f].text)) f++;
    const first = toks[f];
    const sameLine = prev !== undefined && !hasNewline(doc.text, prev.end, s.start);
    if (prev && sameLine && first && /^\p{Ll}/u.test(first.text) && !isBreak(toks[s.firstToken])) {
      out[out.length - 1] = sentence(prev.i, prev.start, s.end, prev.firstToken, s.endToken);
      continue;
    }
    // a dateline is a sentence of its own: "PARIS, Aug 31 (Reuters) - France's far-right …" has its
    // subject after the dash, not the place before it
    const dash = prev && sameLine ? -1 : datelineDash(toks, f, s.endToken);
    if (dash > 0) {
      out.push(sentence(out.length, s.start, toks[dash].end, s.firstToken, dash + 1));
      out.push(sentence(out.length, toks[dash + 1].start, s.end, dash + 1, s.endToken));
    } else out.push(sentence(out.length, s.start, s.end, s.firstToken, s.endToken));
  }
  return out;
}

/** The most tokens of a dateline before its dash ("CAMBRIDGE, Mass., Dec. 11 (UPI) —"). */
const MAX_DATELINE = 14;
/** The most words of a dateline's place with no comma or agency after it ("MEXICO CITY -"). */
const MAX_BARE_PLACE = 3;
const DATELINE_DASHES = new Set(['-', '\u2013', '\u2014', '\u2015', '--']);

/**
 * The dash that closes a dateline opening a paragraph's first sentence at f, or -1: a place in
 * capitals ("PARIS", "LA CROSSE"), then only capitalised words, numbers, commas, periods and an
 * agency in brackets before the dash, and words after it.
 */
function datelineDash(toks: readonly Token[], f: number, end: number): number {
  const first = toks[f];
  if (!first || !/^\p{Lu}{2,}$/u.test(first.text.replace(/[.\s]/g, ''))) return -1;
  for (let j = f + 1; j < end && j - f <= MAX_DATELINE; j++) {
    const t = toks[j];
    // (a place alone is a word or three, "MEXICO CITY -"; longer runs of capitals before a dash are a
    // section's heading, "NO FELLOW DOCTORS WANT TO ASSOCIATE WITH HIM —", unless a comma or an
    // agency in brackets marks the dateline)
    if (DATELINE_DASHES.has(t.text)) {
      const marked = toks.slice(f, j).some((w) => w.text === ',' || w.text === '(');
      return j + 1 < end && isWord(toks[j + 1]) && (marked || j - f <= MAX_BARE_PLACE) ? j : -1;
    }
    if (!/^[,.()]$/.test(t.text) && !/^[\p{Lu}\p{N}]/u.test(t.text)) return -1;
  }
  return -1;
}

/** Prefixes that leave a verb a verb ("re-affirmed", "co-chaired", "live-tweeted"). */
const VERB_PREFIXES = new Set([
  're',
  'co',
  'pre',
  'un',
  'over',
  'under',
  'out',
  'mis',
  'cross',
  'counter',
  'live',
  'fact',
  'double',
]);

/**
 * Whether the word at `start` ends a hyphenated modifier ("self-declared moratorium", "self-proclaimed
 * republics", "ethnically-charged war"): part of an adjective, no cue.
 */
export function compoundModifierTail(text: string, start: number): boolean {
  // (the character's code, not a one-character string: indexing a string is compiled for one kind of
  // string, and the next article's text in the other kind deoptimised the verb classifier)
  if (text.charCodeAt(start - 1) !== 45) return false; // '-'
  const prefix = /(\p{L}+)$/u.exec(text.slice(Math.max(0, start - 24), start - 1));
  return prefix !== null && !VERB_PREFIXES.has(prefix[1].toLowerCase());
}

/** A finder whose answer for a document's quote pass is worked out once, on first use. */
export function oncePerPass<T>(find: (ctx: QuoteContext) => T): (ctx: QuoteContext) => T {
  const answers = new WeakMap<QuoteContext, { value: T }>();
  return (ctx) => {
    let known = answers.get(ctx);
    if (!known) answers.set(ctx, (known = { value: find(ctx) }));
    return known.value;
  };
}

/** Determiners that open an object's noun phrase after a verb ("notes the government …"). */
const PHRASE_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'some', 'many', 'most', 'all']);

/** A plural noun, or "those": what may stand before "who" with a plain verb ("respondents who support"). */
function pluralAntecedent(t: Token): boolean {
  return t.lower === 'those' || (t.pos === 'NOUN' && pluralNoun(t.lower));
}

/**
 * Whether token i stands between two capitalised words of its own sentence, the one before not the
 * sentence's first: where a capitalised word is a name's ("North East Says No", "Abdourahim Said Bacar").
 */
export function betweenCapitalWords(toks: readonly Token[], i: number): boolean {
  const [t, prev, next] = [toks[i], toks[i - 1], toks[i + 1]];
  return (
    !!prev &&
    !!next &&
    prev.sentence === t.sentence &&
    next.sentence === t.sentence &&
    toks[i - 2]?.sentence === t.sentence &&
    /^\p{Lu}\p{L}/u.test(prev.text) &&
    /^\p{Lu}\p{L}/u.test(next.text)
  );
}
