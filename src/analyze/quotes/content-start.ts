// Where an indirect quote's content starts after its cue (contentStart): at "that", an infinitive, a
// bare clause after a hearer or an adjunct, or a noun phrase object, past the saying's time, place and
// asides; -1 where the cue governs no content.
import type { Token } from '../document.js';
import { BE_FORMS, isWord, POSSESSIVES, STANDALONE_SUBJECTS, type CueClass, type QuoteContext } from './context.js';
import { SUBORDINATORS } from './sentence-opening.js';
import { quantityNumberAt } from './quantity-lead.js';
import { quoteLexicon as lex } from './lexicon.js';
import { lexiconSets as entityLexicon } from '../entities/lexicon.js';
import { isPeopleNoun } from './people-nouns.js';
import { insideWord, npToken, possessiveApostrophe } from './phrases.js';
import { isDash, MAX_DASH_ASIDE } from './subject-before.js';
import { isCalendarText, TIME_WORD } from '../nlp/closed-class.js';
import { nounTaggedVerb as presentTaggedNoun } from './noun-tagged-verb.js';
import {
  CLAUSE_VERB_WINDOW,
  CLAUSE_STOP,
  isClauseVerb,
  CLAUSE_SUBJECTS,
  finiteVerbAt,
  clauseAt,
  NEGATIONS,
} from './clause.js';
import { NP_IS_ACTION, NO_NP_CONTENT } from './content-end.js';
import { APPOSITIVE_ARTICLES, RELATIVE_PRONOUNS } from './content-asides.js';

/** How far after a cue "that" may come (insisted in June that …, told reporters on Monday that …). */
const THAT_WINDOW = 12;

/** Determiners and possessives after which a bare verb form cannot stand. */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this']);
/** The most adjectives and singular nouns between such a determiner and the word read. */
const MAX_NOUN_MODIFIERS = 3;

/** Whether token j is a verb of the present the tagger read as a noun, with a subject of its own before it. */
const reportingNounVerb = (ctx: QuoteContext, j: number): boolean =>
  ctx.doc.tokens[j].pos === 'NOUN' && presentTaggedNoun(ctx.doc, j);

/**
 * A base-form verb inside a noun phrase is the tagger's slip for a noun: "at a campaign stop", "the
 * last stop", "in his nightly video address that …" (a singular noun phrase cannot take a bare verb).
 * Asked only between a cue and its "that", where no subject of a verb of its own stands.
 */
function nounTaggedVerb(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  const prev = toks[j - 1];
  // "a polling location": a gerund right after an article modifies the noun after it
  if (
    t.pos === 'VERB' &&
    /ing$/.test(t.lower) &&
    (prev?.lower === 'a' || prev?.lower === 'an' || prev?.lower === 'the')
  )
    return toks[j + 1]?.pos === 'NOUN';
  // "in a televised speech", "on affiliated TV stations": a participle after an article, a possessive
  // or a preposition, before a noun (or a noun the tagger read as a verb: "a televised address"),
  // modifies that noun
  if (t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && t.lower !== t.lemma && prev) {
    const next = toks[j + 1];
    const opens =
      prev.lower === 'a' ||
      prev.lower === 'an' ||
      prev.lower === 'the' ||
      POSSESSIVES.has(prev.lower) ||
      prev.pos === 'ADP';
    return (
      opens &&
      !!next &&
      (next.pos === 'NOUN' || next.pos === 'PROPN' || (next.pos === 'VERB' && next.lower === next.lemma))
    );
  }
  if (t.pos !== 'VERB' || t.lower !== t.lemma) return false;
  if (prev?.pos === 'DET') return prev.lower !== 'that';
  if ((prev?.pos === 'NOUN' || prev?.pos === 'ADJ') && !/s$/.test(prev.lower) && toks[j - 2]?.pos === 'DET')
    return true;
  // after a determiner and only adjectives or singular nouns, where the phrase ends ("in his nightly
  // video address that …"; "his focus groups" goes on with a noun)
  const next = toks[j + 1];
  const ends =
    !!next &&
    // (or a day before it: "in his weekly radio address Saturday that")
    (next.lower === 'that' || next.pos === 'ADP' || next.pos === 'PUNCT' || isCalendarText(next.text)) &&
    next.start === toks[j].end + 1;
  if (!ends) return false;
  for (let k = j - 1; k >= 0 && j - k <= MAX_NOUN_MODIFIERS + 1; k--) {
    const w = toks[k];
    if (NOUN_DETERMINERS.has(w.lower)) return true;
    const singular = w.pos === 'NOUN' && w.lower === w.lemma && !w.lower.endsWith('s');
    // (a participle modifies too: "in a televised address on Monday that")
    const participle = w.pos === 'VERB' && /(?:ed|en)$/.test(w.lower) && w.lower !== w.lemma;
    if (w.pos !== 'ADJ' && !singular && !participle) return false;
  }
  return false;
}
/** A hearer pronoun, after which a possessive opens the content (told me his support …). */
export const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you']);

/**
 * After a hearer object (told the National Post he's …, told reporters Trump was …), where the
 * bare content clause starts, or -1: at a subject pronoun, or at a name after a common noun.
 */
function clauseAfterObject(ctx: QuoteContext, a: number, end: number): number {
  const toks = ctx.doc.tokens;
  for (let j = a + 1; j < end && j - a <= 8; j++) {
    const t = toks[j];
    const prev = toks[j - 1];
    const starts =
      (t.pos === 'PRON' &&
        ((lex.subjectPronouns.has(t.lower) && !lex.nonSpeakers.has(t.lower)) || CLAUSE_SUBJECTS.has(t.lower))) ||
      (t.pos === 'PROPN' && prev.pos === 'NOUN' && /^\p{Ll}/u.test(prev.text)) ||
      (t.pos === 'DET' && prev.pos !== 'ADP' && (j > a + 1 || toks[a].pos !== 'DET')) ||
      // told the AP his firm worked …: a possessive after the hearer opens the content's subject
      (POSSESSIVES.has(t.lower) &&
        prev.pos !== 'ADP' &&
        (prev.pos === 'PROPN' || prev.pos === 'NOUN' || OBJECT_PRONOUNS.has(prev.lower)));
    // ("told host Chris Cuomo she believed …": a titled hearer's name, then the clause's own subject)
    if (starts && t.pos === 'PROPN' && hearerNameBeforeSubject(toks, j, end)) continue;
    if (starts) return clauseAt(ctx, j, end) ? j : -1;
    // told reporters about 20 people were …: a number's modifier opens the content's subject
    const number = j > a && prev.pos !== 'ADP' ? quantityNumberAt(ctx, j, end) : -1;
    if (number >= 0) return clauseAt(ctx, number, end) ? j : -1;
    if (!(npToken(t) || t.pos === 'PRON' || t.pos === 'ADV' || t.pos === 'ADP') || t.text === ',') return -1;
  }
  return -1;
}

/**
 * "telling them "thank you for marching …"", "told reporters "we will win"": a quotation opening right
 * after the hearer of "tell" (a pronoun or a short noun phrase) is what was told. Returns its mark's
 * token, or -1.
 */
function quotationAfterHearer(ctx: QuoteContext, a: number, end: number): number {
  const toks = ctx.doc.tokens;
  for (let j = a; j < end && j - a < HEARER_WINDOW; j++) {
    const si = ctx.inSpan[j + 1];
    if (j > a && si !== undefined && si >= 0 && ctx.openToken[si] === j) return j;
    if (!(npToken(toks[j]) || toks[j].pos === 'PRON') || toks[j].pos === 'ADP' || ctx.inSpan[j] >= 0) return -1;
  }
  return -1;
}

/** Whether the run of names at j is followed by a subject pronoun ("host Chris Cuomo | she believed …"). */
function hearerNameBeforeSubject(toks: readonly Token[], j: number, end: number): boolean {
  let e = j;
  while (e < end && toks[e].pos === 'PROPN') e++;
  const next = toks[e];
  return e < end && next.pos === 'PRON' && lex.subjectPronouns.has(next.lower) && !lex.nonSpeakers.has(next.lower);
}

/**
 * After a short prepositional adjunct of "say" (said on Monday he …, said in a statement the firm …),
 * where the bare content clause starts, or -1: the adjunct's noun phrase ends where a subject
 * pronoun, a determiner or a possessive begins a clause.
 */
function clauseAfterAdjunct(ctx: QuoteContext, a: number, end: number): number {
  const toks = ctx.doc.tokens;
  let j = prepositionObjectEnd(ctx, a, end);
  if (j < 0) return -1;
  // ("said in a statement released by the Trump campaign the AP report …")
  const agentEnd = agentModifierEnd(ctx, j, end);
  if (agentEnd > 0) j = agentEnd;
  const t = toks[j];
  const opens =
    // (a relative word after the noun opens a relative clause; "it" a content: "said in a statement it would …")
    (t.pos === 'PRON' && lex.subjectPronouns.has(t.lower) && !RELATIVE_OBJECTS.has(t.lower)) ||
    t.pos === 'DET' ||
    POSSESSIVES.has(t.lower);
  return opens && clauseAt(ctx, t.pos === 'DET' ? j + 1 : j, end) ? j : -1;
}

/** The most tokens from a preposition to the end of its object (prepositionObjectEnd). */
const MAX_PREPOSITION_OBJECT = 6;
/** Prepositions that open a participle modifier's agent or adjunct ("released by …", "taped before …"). */
const MODIFIER_PREPOSITIONS = new Set(['by', 'before', 'after', 'during', 'on', 'in', 'at', 'from', 'for', 'with']);

/**
 * Where a noun's participle modifier with its agent or adjunct ends, when one starts at token j ("a
 * statement | issued by the campaign | that …", "an ABC interview | taped before the attacks | that …",
 * "a statement | released by the Trump campaign | the AP report …"): the token after the
 * prepositional phrase's noun phrase, or -1.
 */
function agentModifierEnd(ctx: QuoteContext, j: number, end: number): number {
  const toks = ctx.doc.tokens;
  const t = toks[j];
  if (t.pos !== 'VERB' || !/(?:ed|en)$/.test(t.lower) || toks[j - 1]?.pos !== 'NOUN') return -1;
  if (!MODIFIER_PREPOSITIONS.has(toks[j + 1]?.lower ?? '')) return -1;
  return prepositionObjectEnd(ctx, j + 1, end);
}

/**
 * Where the noun phrase after the preposition at p ends (its determiner or possessive, then up to six
 * nominal words): the token after it, or -1 when it is empty or runs to `end`. An article right
 * after a noun opens the next phrase ("said on Monday | the army had …"), and a conjunction ends it
 * ("the concerns expressed by party associates | and states that …").
 */
function prepositionObjectEnd(ctx: QuoteContext, p: number, end: number): number {
  const toks = ctx.doc.tokens;
  let e = p + 1;
  if (toks[e] && (toks[e].pos === 'DET' || POSSESSIVES.has(toks[e].lower))) e++;
  const head = e;
  while (
    e < end &&
    e - p <= MAX_PREPOSITION_OBJECT &&
    npToken(toks[e]) &&
    toks[e].pos !== 'CCONJ' &&
    ctx.inSpan[e] < 0 &&
    !articleAfterNoun(toks, e)
  )
    e++;
  return e > head && e < end ? e : -1;
}

/** Whether token j is an article right after a noun, so that it opens a noun phrase of its own. */
const articleAfterNoun = (toks: readonly Token[], j: number): boolean =>
  toks[j].pos === 'DET' &&
  APPOSITIVE_ARTICLES.has(toks[j].lower) &&
  (toks[j - 1]?.pos === 'NOUN' || toks[j - 1]?.pos === 'PROPN');

/** Adjuncts that belong to what was said, not to the saying (says despite …, said if …, said unless …). */
const CONTENT_ADJUNCTS = new Set([
  'despite',
  'if',
  'unless',
  'because',
  'although',
  'though',
  'while',
  'without',
  'once',
  'after',
  'before',
  'when',
  'since',
]);
/** The most tokens of such an adjunct before its comma. */
const MAX_COMMA_ADJUNCT = 12;

/**
 * After "say", an adjunct that belongs to what was said and is set off by a comma before a clause
 * ("says despite being a Stanford alumna, she plans to root for Iowa"): the content starts at the
 * adjunct. Returns its first token, or -1.
 */
function contentAdjunctBefore(ctx: QuoteContext, a: number, end: number): number {
  const toks = ctx.doc.tokens;
  if (!CONTENT_ADJUNCTS.has(toks[a].lower)) return -1;
  for (let j = a + 1; j < end && j - a <= MAX_COMMA_ADJUNCT; j++) {
    if (ctx.inSpan[j] >= 0 || (CLAUSE_STOP.test(toks[j].text) && toks[j].text !== ',')) return -1;
    if (toks[j].text === ',') return clauseAt(ctx, j + 1, end) ? a : -1;
  }
  return -1;
}

/**
 * After "say" and a comma at a: where the content starts when an aside set off by commas is followed
 * by a clause, or -1. An adverb or a prepositional phrase is the saying's own aside ("said, in a
 * statement, the company would …"): the content starts after it; any other aside, or one of the
 * adjuncts that belong to what was said ("despite …", "if …"), starts it ("says, win or lose in
 * Tuesday's primary, he's staying in the race").
 */
function asideThenClause(ctx: QuoteContext, a: number, end: number): number {
  const toks = ctx.doc.tokens;
  for (let c = a + 2; c < end && c - a <= MAX_COMMA_ADJUNCT; c++) {
    if (ctx.inSpan[c] >= 0 || (CLAUSE_STOP.test(toks[c].text) && toks[c].text !== ',')) return -1;
    if (toks[c].text !== ',') continue;
    const next = toks[c + 1];
    if (!next || next.pos === 'CCONJ' || RELATIVE_OBJECTS.has(next.lower) || !clauseAt(ctx, c + 1, end)) return -1;
    const first = toks[a + 1];
    // (a participle is a cue of its own: "said, pointing out that …"; a clause is no aside: "let me
    // say, I'm – Jens, I'm grateful")
    if (/ing$/.test(first.lower) && first.pos === 'VERB') return -1;
    for (let x = a + 1; x < c; x++) if (toks[x].pos === 'AUX' || lex.subjectPronouns.has(toks[x].lower)) return -1;
    // (a name alone is whom the speaker addresses: "as I've said, Sarah, the best way …")
    const vocative = c === a + 2 && first.pos === 'PROPN';
    const sayings = (first.pos === 'ADV' || first.pos === 'ADP') && !CONTENT_ADJUNCTS.has(first.lower);
    return sayings || vocative ? c + 1 : a + 1;
  }
  return -1;
}

/**
 * Words opening a frame that recalls what was said before ("as I said", "like I said") or whose
 * object is a relative ("to add to what Robert said, …").
 */
const REMINDING = new Set(['as', 'like', 'what']);

/** Whether the cue at k closes a frame "as X said", "like X said", "what X said" (its subject a word or two). */
function remindingFrame(toks: readonly Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && k - i <= 4; i--) {
    if (REMINDING.has(toks[i].lower)) return true;
    if (toks[i].pos === 'PUNCT') return false;
  }
  return false;
}

/** Verbs of conversation, after which "with" (and for a learned cue "to") names the other party. */
const CONVERSATION_VERBS = new Set([
  'speak',
  'talk',
  'meet',
  'chat',
  'confer',
  'discuss',
  'consult',
  'share',
  'visit',
  'correspond',
  'converse',
]);
/** Verbs of talking, after which a time is when, not what ("spoke this morning with …"; not "discussed the future"). */
const TALK = new Set(['speak', 'talk', 'chat']);
/** Prepositions that introduce what a learned cue is about (wrote about, responded to, argued for). */
const TOPIC_PREPOSITIONS = new Set(['about', 'on', 'to', 'for', 'against', 'of', 'at', 'with', 'over']);
const nounPhraseStart = (t: Token) =>
  npToken(t) || t.pos === 'DET' || (t.pos === 'PRON' && !lex.subjectPronouns.has(t.lower));

/**
 * Verbs whose hearer PolNeAR keeps in the content with the infinitive ("urged [voters to see the big
 * picture]", "asked [her to call Mr. Chagoury]"): what was urged is that someone do something. After
 * "tell", "warn" or "promise" the content is the infinitive alone.
 */
const HEARER_IN_CONTENT = new Set(['urge', 'ask']);
/** How many tokens a hearer may take before its infinitive (tells his supporters at a Michigan rally to …). */
const HEARER_WINDOW = 8;
/** Verbs of passing a message on, whose content opens with a clause starter ("conveyed that …"). */
const PASSED_ON = new Set(['convey', 'relay', 'communicate']);
/**
 * Cognition verbs whose noun phrase object is what is wanted or held: "wants a progressive DNC
 * chair", "didn't like the phrase", "prefers Spanglish to Spanish", "declined an interview request"
 * (not "knows its gist", "decide the case", "assumed his post": a thing known or handled).
 */
const NP_COGNITION = new Set(['want', 'like', 'prefer', 'seek', 'fear', 'decline', 'wish']);
/**
 * Whether "to" at j opens an infinitive: a verb follows, or a quotation opens with a word the
 * tagger read out of context (promised to "bomb the hell" out of …).
 */
export function infinitiveAfter(ctx: QuoteContext, j: number): boolean {
  const toks = ctx.doc.tokens;
  const next = toks[j + 1];
  if (!next) return false;
  if (next.pos === 'VERB') return true;
  const opensQuote = ctx.inSpan[j + 1] < 0 && ctx.inSpan[j + 2] >= 0 && ctx.openToken[ctx.inSpan[j + 2]] === j + 1;
  const word = toks[j + 2];
  return (
    opensQuote && word !== undefined && (word.pos === 'VERB' || (word.pos === 'NOUN' && word.lower === word.lemma))
  );
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * Verbs whose object before "that" is the one told, beside the lexicon's hearer-taking verbs
 * (`objectTakers`: tell, warn, remind …): "reassured our host that", "briefed the committee that".
 */
const MORE_HEARER_VERBS = new Set([
  'reassure',
  'notify',
  'brief',
  'convince',
  'persuade',
  'teach',
  'caution',
  'give',
  'relay',
]);
/** Hearer-taking verbs whose noun phrase object, when it is someone, is only the one addressed. */
const PERSON_HEARER_VERBS = new Set(['advise', 'inform', 'assure', 'remind']);
/** The most capitalised title words before a hearer's name ("Grand Ayatollah", "Prime Minister"). */
const MAX_HEARER_TITLE = 4;

/**
 * Where a person named or addressed at token a ends (an object pronoun, a person's name, or a
 * person's title after "the"), else a.
 */
function personHearerEnd(ctx: QuoteContext, a: number): number {
  const toks = ctx.doc.tokens;
  if (OBJECT_PRONOUNS.has(toks[a].lower)) return a + 1;
  let head = toks[a].lower === 'the' ? a + 1 : a;
  if (!toks[head]) return a;
  // (past a title of capitalised words: "advises Grand Ayatollah Ali Khamenei")
  const lexicon = entityLexicon();
  let titled = head;
  while (
    titled - head < MAX_HEARER_TITLE &&
    /^\p{Lu}/u.test(toks[titled]?.text ?? '') &&
    !ctx.doc.entityAt(toks[titled].start)
  )
    titled++;
  if (
    titled > head &&
    toks.slice(head, titled).some((t) => lexicon.titleHeads.has(t.lower)) &&
    ctx.doc.entityAt(toks[titled]?.start ?? -1)?.entity.type === 'PERSON'
  )
    head = titled;
  if (!toks[head]) return a;
  const hit = ctx.doc.entityAt(toks[head].start);
  if (hit?.entity.type === 'PERSON') {
    let e = head;
    while (toks[e] && toks[e].end <= hit.mention.end) e++;
    return e;
  }
  return /^\p{Lu}/u.test(toks[head].text) && entityLexicon().personNominalHeads.has(toks[head].lower) ? head + 1 : a;
}
const tellsHearer = (verb: string) => lex.objectTakers.has(verb) || MORE_HEARER_VERBS.has(verb);
/** Nouns a "that" clause completes rather than modifies ("the fact that", "an indication that", "many times that"). */
const COMPLEMENT_NOUNS = new Set([
  'fact',
  'notion',
  'idea',
  'sense',
  'indication',
  'agreement',
  'distinction',
  'point',
  'evidence',
  'sign',
  'signs',
  'signal',
  'reminder',
  'possibility',
  'chance',
  'likelihood',
  'word',
  'news',
  'impression',
  'feeling',
  'risk',
  'danger',
  'proof',
  'understanding',
  'consensus',
  'recognition',
  'realization',
  'awareness',
  'principle',
  'premise',
  // (times, beside the shared time words: "many times that"; "said the other day that" is TIME_WORD's)
  'times',
  'time',
  'occasions',
  'way',
  'extent',
  'degree',
  'hope',
  'confidence',
  'assumption',
  'theory',
]);
/** Words of the noun phrase before a relative "that": its determiner, modifiers and nouns ("one of the most important decisions"). */
const PHRASE_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'NOUN']);

/**
 * Whether the words a..j-1 between a cue and its "that" are one noun phrase the "that" clause modifies:
 * opened by a determiner, a possessive or "one of", headed by a common noun that is no person told, no
 * noun a clause completes and no reporting noun; the cue no verb of telling.
 */
function objectBeforeRelative(ctx: QuoteContext, a: number, j: number, lemma: string): boolean {
  const toks = ctx.doc.tokens;
  // (a participle the tagger read as an adjective keeps its ending: "have informed my husband that")
  if ([lemma, lemma.replace(/d$/, ''), lemma.replace(/ed$/, '')].some(tellsHearer)) return false;
  const head = toks[j - 1];
  if (head.pos !== 'NOUN' || !/^\p{Ll}/u.test(head.text)) return false;
  if (
    COMPLEMENT_NOUNS.has(head.lower) ||
    TIME_WORD.test(head.lower) ||
    lex.nouns.has(head.lemma) ||
    isPeopleNoun(head) ||
    ctx.timeAt(j - 1)
  )
    return false;
  const open = toks[a];
  if (!(
    open.pos === 'DET' ||
    POSSESSIVES.has(open.lower) ||
    ((open.pos === 'NUM' || open.lower === 'one') && toks[a + 1]?.lower === 'of')
  ))
    return false;
  for (let k = a; k < j; k++) {
    const t = toks[k];
    if (!(PHRASE_POS.has(t.pos) || t.lower === 'of' || POSSESSIVES.has(t.lower) || t.text === '-')) return false;
  }
  return true;
}
/** The most words of a quoted name inside a hearer or adjunct (MSNBC's "Morning Joe"). */
const MAX_TITLE_WORDS = 4;

/**
 * If a short quoted name in capitals opens at token j (its opening mark), the token index of its
 * closing mark, else -1.
 */
function quotedTitleEnd(ctx: QuoteContext, j: number): number {
  const toks = ctx.doc.tokens;
  if (ctx.inSpan[j] >= 0) return -1;
  // (a mark of two apostrophes is two tokens: ''Morning Joe'')
  const first = doubledApostrophe(toks, j) ? j + 2 : j + 1;
  const si = ctx.inSpan[first];
  if (si === undefined || si < 0 || ctx.openToken[si] !== j) return -1;
  let e = first;
  let words = 0;
  while (e < toks.length && ctx.inSpan[e] === si) {
    const t = toks[e];
    if (isWord(t)) {
      if (!/^[\p{Lu}\p{N}]/u.test(t.text) && !TITLE_LINKS.has(t.lower)) return -1;
      words++;
    }
    e++;
  }
  if (doubledApostrophe(toks, e)) e++;
  return words > 0 && words <= MAX_TITLE_WORDS && e < toks.length ? e : -1;
}
const TITLE_LINKS = new Set(['of', 'the', 'and', 'a', 'on', 'in', 'with', 'for']);

/** Whether tokens j and j + 1 are two apostrophes written together, one quotation mark (''). */
const doubledApostrophe = (toks: readonly Token[], j: number): boolean =>
  toks[j]?.text === "'" && toks[j + 1]?.text === "'" && toks[j].end === toks[j + 1].start;

/** Whether ", that" closes the aside opening at j within the window ("…, speaking in the south Urals, that"). */
function commaBeforeThat(toks: Token[], j: number, end: number): boolean {
  for (let i = j + 1; i < end && i - j < THAT_WINDOW; i++)
    if (toks[i].lower === 'that') return toks[i - 1].text === ',';
  return false;
}

/**
 * Prepositions whose "that" is a demonstrative ("with that", "because of that", "on that"); not
 * those that are adverbs as often ("complained soon after that the long lines …").
 */
const DEMONSTRATIVE_PREPOSITIONS = new Set([
  'with',
  'of',
  'about',
  'on',
  'for',
  'by',
  'from',
  'at',
  'to',
  'like',
  'without',
]);

/**
 * Whether the cue at k stands in a clause "what" opens, with only its subject and auxiliaries
 * between: "What President Putin has made clear …", "What the minister said …".
 */
export function whatOpensClause(ctx: QuoteContext, k: number): boolean {
  const toks = ctx.doc.tokens;
  const first = ctx.doc.sentences[toks[k].sentence]?.firstToken ?? 0;
  // (a subject of its own: "What has been less widely reported is that …" reports no one's words)
  let subject = false;
  for (let j = k - 1; j >= first && k - j <= MAX_CLEFT_SUBJECT; j--) {
    if (toks[j].lower === 'what') return subject;
    if (toks[j].pos === 'PUNCT' || toks[j].pos === 'VERB' || toks[j].pos === 'SCONJ') return false;
    if (toks[j].pos === 'NOUN' || toks[j].pos === 'PROPN' || toks[j].pos === 'PRON') subject = true;
  }
  return false;
}

/** The most words between a pseudo-cleft's "what" and its cue. */
const MAX_CLEFT_SUBJECT = 8;

/** Where the content starts after the cue at k, or -1 when the cue governs no clause. */
export function contentStart(ctx: QuoteContext, k: number, cls: CueClass, end: number, learned = false): number {
  const toks = ctx.doc.tokens;
  const lemma = ctx.cueLemma(k);
  let a = k + 1;
  // phrasal cues (called on, called for, pointed to) take their particle along, and an object with it
  // ("ruled out any talks", though "rule" alone takes only a clause)
  const phrasal = !!toks[a] && lex.object.has(`${lemma} ${toks[a].lower}`);
  if (phrasal) a++;
  const quantity = quantityNumberAt(ctx, a, end);
  // ("The second, in July 2003, measured about four meters": a size is no content)
  if (learned && unitAfterNumber(toks, quantity >= 0 ? quantity : a)) return -1;
  // "said at least 20 people were killed": the number's modifier opens the content
  if (quantity >= 0) return a;
  while (
    a < end &&
    (toks[a].pos === 'ADV' || toks[a].pos === 'PART') &&
    toks[a].lower !== 'to' &&
    !STANDALONE_SUBJECTS.has(toks[a].lower) &&
    // "emphasizing why …", "explained how …": a question word the tagger calls an adverb opens the content
    !lex.clauseStarters.has(toks[a].lower)
  )
    a++;
  a = pastTimeAdjunct(ctx, a, end);
  if (a < 0 || a >= end) return -1;
  // "put on pause trade disputes that had been lingering": a plural noun the tagger read as a verb, after a
  // noun, whose "that" has no subject of its own opens a relative clause on it, no content
  if (
    toks[a].lower === 'that' &&
    (toks[a + 1]?.pos === 'AUX' || (toks[a + 1]?.pos === 'VERB' && !/ing$/.test(toks[a + 1].lower))) &&
    toks[k].lower === `${toks[k].lemma}s` &&
    toks[k - 1]?.pos === 'NOUN'
  )
    return -1;
  // "What the minister said was that the talks would resume": a pseudo-cleft's complement is the content
  if (toks[a].lemma === 'be' && toks[a + 1]?.lower === 'that' && a + 2 < end && whatOpensClause(ctx, k)) return a + 2;
  // "argued emphatically - rebuking Mr. Trump eight times by name - that …": an aside between dashes,
  // or between commas ("have claimed, without providing evidence, that …")
  const aside = thatAfterDashAside(ctx, a, end);
  if (aside >= 0) return aside;
  const commaAside = thatAfterCommaAside(ctx, a, end);
  if (commaAside >= 0) return commaAside;
  // "that" shortly after the cue, across an object or adverbial (told reporters on Monday that)
  for (let j = a; j < end && j - a < THAT_WINDOW; j++) {
    // ("I think with that I'll turn it back over", "I think because of that, we're …": a "that" a
    // preposition governs is a demonstrative, no clause's start)
    // (the clause after the adjunct's comma is the content: "I think because of that, we're …")
    if (toks[j].lower === 'that' && j > a && DEMONSTRATIVE_PREPOSITIONS.has(toks[j - 1].lower)) {
      // (not after a verb of saying: "I'd just add to that, I mean" adds to what was said)
      if (cls === 'cognition' && toks[j + 1]?.text === ',' && clauseAt(ctx, j + 2, end)) return j + 2;
      continue;
    }
    if (toks[j].lower === 'that' && (toks[j].pos === 'SCONJ' || j === a || toks[j - 1].pos !== 'DET')) {
      // "described the bill as something that needed …": after a noun, a verb that takes no hearer
      // has a relative clause, not its content
      if (j > a && cls === 'object' && !lex.objectTakers.has(lemma) && NOMINAL.has(toks[j - 1].pos)) break;
      // "denied the claims that were made against her", "charged with incidents that took place":
      // after a noun, a "that" with a verb right after it is the relative clause's subject, no content's start
      // (a finite verb: "said on Monday that declining levels of violence were …" opens a clause)
      const next = toks[j + 1];
      const finite = !!next && (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.lower)));
      // (a word's piece after its hyphen is the noun's: "a scathing Washington Post op-ed that targeted …")
      const nominal = NOMINAL.has(toks[j - 1].pos) || (j - 2 > a && insideWord(toks, j - 2));
      if (j > a && nominal && finite && !ctx.timeAt(j - 1)) break;
      // "I think the document that the G8 … released is a strong one", "underscore the important
      // security relationship that we have with Mexico": a noun phrase no one is told, then "that",
      // is a relative clause's antecedent, and the phrase opens the content
      if (j > a && objectBeforeRelative(ctx, a, j, lemma)) return a;
      return j;
    }
    // told MSNBC's "Morning Joe" that …: a quoted programme title is part of the hearer
    const title = quotedTitleEnd(ctx, j);
    if (title > 0) {
      j = title;
      continue;
    }
    // "said in a statement issued by the campaign that …": a participle and its agent modify the noun
    const agentEnd = agentModifierEnd(ctx, j, end);
    if (agentEnd > 0 && toks[agentEnd].lower === 'that') {
      j = agentEnd - 1;
      continue;
    }
    // (a participle set off by commas right after the cue is an aside: "said, speaking in the south
    // Urals, that …"; not "dismissed Walker as an ineffective leader, arguing that …")
    const aside = j === a + 1 && toks[a].text === ',' && /ing$/.test(toks[j].lower) && commaBeforeThat(toks, j, end);
    // (the piece after a hyphen inside a word is part of it: "wrote in a Baltimore Sun op-ed that …")
    const hyphened = j > a && insideWord(toks, j - 1);
    if (
      (isClauseVerb(toks[j]) && !npToken(toks[j]) && !nounTaggedVerb(toks, j) && !aside && !hyphened) ||
      ctx.inSpan[j] >= 0
    )
      break;
    // ("… or reveal the venue, Finnish broadcaster YLE reports that …": a verb of saying of another
    // subject, though the tagger read it as a noun, owns the "that" after it)
    if (j > a && toks[j + 1]?.lower === 'that' && lex.speech.has(toks[j].lemma) && reportingNounVerb(ctx, j)) break;
    // (", and" opens a clause of its own: "notes the government monitors mosques, and the report states that")
    if (toks[j].pos === 'CCONJ' && toks[j - 1]?.text === ',') break;
    // (a plural's possessive apostrophe is inside the hearer: "complained to CBS News' Charlie Rose that")
    if (toks[j].pos === 'PUNCT' && toks[j].text !== ',' && !insideWord(toks, j) && !possessiveApostrophe(toks, j))
      break;
  }
  const t = toks[a];
  if (t.text === ':') return a + 1;
  // "say" always governs a clause (said legalizing it could …), unless a preposition follows
  if (cls === 'speech' && lemma === 'say' && isWord(t) && t.pos !== 'ADP' && t.pos !== 'CCONJ') return a;
  if (lex.objectTakers.has(lemma)) {
    // told them to leave: the infinitive is the content; urged voters to turn out: the hearer and infinitive
    for (let j = a; j < end && j - a < HEARER_WINDOW; j++) {
      if (toks[j].lower === 'to' && infinitiveAfter(ctx, j)) return HEARER_IN_CONTENT.has(lemma) ? a : j;
      // (a hearer's name in apposition: "told the President of Venezuela, Hugo Chávez to "shut up."")
      if (!npToken(toks[j]) && toks[j].pos !== 'PRON' && !(toks[j].text === ',' && toks[j + 1]?.pos === 'PROPN')) break;
    }
    // (a relative clause on the hearer comes first: "warned the generals who run Myanmar that …")
    const past = thatAfterHearerRelative(ctx, a, end);
    if (past >= 0) return past;
    const clause = clauseAfterObject(ctx, a, end);
    if (clause >= 0) return clause;
    const quoted = lemma === 'tell' ? quotationAfterHearer(ctx, a, end) : -1;
    if (quoted >= 0) return quoted;
    if (cls === 'speech' && lemma === 'tell') return -1;
    // "advise the Secretary", "advised the President on Iraq": the one advised, with no clause or
    // infinitive after, is the hearer, not what was said ("advised caution" is content)
    // ("informed him of the incident", "reminds us of how valuable …": what follows "of" is the content)
    if (cls === 'speech' && PERSON_HEARER_VERBS.has(lemma)) {
      const hearerEnd = personHearerEnd(ctx, a);
      // (PolNeAR keeps the one advised against something in the content, as with "urged")
      if (hearerEnd > a && toks[hearerEnd]?.lower !== 'against')
        return toks[hearerEnd]?.lower === 'of' && hearerEnd + 1 < end ? hearerEnd + 1 : -1;
    }
  }
  if (lex.clauseStarters.has(t.lower)) return a;
  // ("conveyed the urgency", "the official who relayed the exchange said …": only "that" opens what
  // a message passed on says)
  if (PASSED_ON.has(lemma)) return -1;
  // says “the wind is at our backs”: a quotation opening right after a verb of saying is its content
  if (cls === 'speech' && ctx.inSpan[a + 1] >= 0 && ctx.openToken[ctx.inSpan[a + 1]] === a) return a;
  if (t.lower === 'to' && infinitiveAfter(ctx, a)) return cls !== 'speech' || lex.infinitiveSpeech.has(lemma) ? a : -1;
  // "decided after a lengthy investigation not to recommend charges": an adjunct of its own, then
  // the infinitive a verb of deciding or wanting governs
  if (cls === 'cognition') {
    const infinitive = infinitiveAfterAdjunct(ctx, a, end);
    if (infinitive >= 0) return infinitive;
  }
  // a learned cue with its preposition (wrote about, referred to, spoke against): the object is the content
  // (but "spoke with Foreign Minister Reinsalu", "discussed with …": after a verb of conversation,
  // "with" names the other party, not what was said)
  if (
    learned &&
    t.pos === 'ADP' &&
    TOPIC_PREPOSITIONS.has(t.lower) &&
    !((t.lower === 'with' || t.lower === 'to') && CONVERSATION_VERBS.has(lemma)) &&
    toks[a + 1] &&
    nounPhraseStart(toks[a + 1]) &&
    // ("ruled on Monday": a time after the preposition is when, not what about)
    !ctx.timeAt(a + 1)
  )
    return a + 1;
  if (cls === 'speech' && lemma === 'say' && (t.pos === 'ADP' || t.pos === 'SCONJ')) {
    const bare = t.pos === 'ADP' ? clauseAfterAdjunct(ctx, a, end) : -1;
    return bare >= 0 ? bare : contentAdjunctBefore(ctx, a, end);
  }
  // "Marco Rubio says, win or lose in Tuesday's crucial Florida primary, he's staying in the race":
  // an aside set off by commas after "say" is followed by the content clause
  // (not "as I said, …", "like I said, …": a reminder of something said before, whose content may
  // stand on either side; nor "what Robert said, …")
  if (cls === 'speech' && lemma === 'say' && t.text === ',' && !remindingFrame(toks, k)) {
    const content = asideThenClause(ctx, a, end);
    if (content >= 0) return content;
  }
  // "Trump responded by using the example of Chicago …": how one answered is what the answer was
  if (RESPONSE_VERBS.has(lemma) && t.lower === 'by' && /^\p{Ll}+ing$/u.test(toks[a + 1]?.text ?? '')) return a;
  // "has confirmed to Wikinews, in an e-mail, the authenticity of …": a hearer after "to", an aside,
  // then the object a verb of saying takes
  if (cls === 'speech' && t.lower === 'to' && !CONVERSATION_VERBS.has(lemma)) {
    const object = objectAfterHearer(ctx, a, end);
    if (object >= 0) return object;
  }
  if (t.pos === 'ADP' || t.pos === 'PUNCT' || t.pos === 'CCONJ') return -1;
  // ("talked to Prime Minister Brown on the phone", "spoke this morning with …": whom and when one
  // talked to is no content)
  if (learned && CONVERSATION_VERBS.has(lemma) && (toks[k + 1]?.lower === 'to' || (TALK.has(lemma) && ctx.timeAt(a))))
    return -1;
  // "supports squeezing out undocumented immigrants", "opposed raising taxes": a gerund object
  if ((cls === 'object' || phrasal || (cls === 'speech' && !NO_NP_CONTENT.has(lemma))) && gerundObject(toks, a))
    return a;
  if (lemma === 'deny' && withheldObject(ctx, k, a, end)) return -1;
  // ("underscored continued U.S. support for …": a participle the tagger read as the next verb
  // opens the noun phrase)
  const np = npToken(t) || participleOpensNounPhrase(toks, k, a);
  if (cls === 'object') return np || t.pos === 'PRON' || ctx.inSpan[a] >= 0 ? a : -1;
  // a bare clause: a subject then its verb (believes North Korean leader Kim Jong-un will travel)
  // (an amount of money opens one too: "announced $5 million more was being sent to …")
  const amount = CURRENCY_SIGN.test(t.text) && toks[a + 1]?.pos === 'NUM';
  if (!(np || amount || t.pos === 'PRON' || ctx.inSpan[a] >= 0 || /["“]/.test(t.text))) return -1;
  // "say" always governs a clause, even one with an apposition before its verb
  if (cls === 'speech' && lemma === 'say') return a;
  // (so does a pronoun that can only be a subject, whatever the tagger made of its verb: "believes he
  // "surrounds himself with …"" has "surrounds" a noun)
  if (SUBJECT_ONLY_PRONOUNS.has(t.lower) && t.pos === 'PRON') return a;
  for (let j = a + 1; j < end && j - a <= CLAUSE_VERB_WINDOW; j++) {
    // (a bare verb right after "and" goes with the cue's own: "to observe consular operations and meet with …")
    // (a participle between a preposition or article and its noun modifies the noun: "maintained an
    // energetic pace into advanced age")
    const modifier = /ed$/.test(toks[j].lower) && PARTICIPLE_LEADS.has(toks[j - 1].pos) && toks[j + 1]?.pos === 'NOUN';
    // (nor is the participle of a hyphened compound: "recognized the so-called “independence” of …")
    const compound =
      toks[j - 1].text === '-' && toks[j - 1].start === toks[j - 2]?.end && toks[j].start === toks[j - 1].end;
    if (isClauseVerb(toks[j]) && !modifier && !compound) {
      if (toks[j - 1].pos === 'CCONJ' && toks[j].lower === toks[j].lemma) break;
      // ("counter its efforts to destabilize …", "threaten our ability to negotiate": an infinitive
      // after the object of an acting verb modifies it; no clause ("expects the economy to grow" is one))
      if (NP_IS_ACTION.has(lemma) && toks[j - 1].lower === 'to') break;
      return a;
    }
    if (CLAUSE_STOP.test(toks[j].text) && ctx.inSpan[j] < 0) break;
  }
  // (a belief's subject may run past an aside to its verb: "believe her efforts as a New York senator
  // for eight years, promoting …, will offset …", "believes the popularity of gun control among
  // Democrats, especially black voters, ensures …")
  if (cls === 'cognition' && (np || POSSESSIVES.has(t.lower)) && clauseVerbAhead(ctx, a, end)) return a;
  if (cls === 'speech' && ctx.inSpan[a] >= 0) return a;
  // announced his support, claimed a victory, tweeted the transcript: a noun phrase as content
  if (
    (lex.object.has(lemma) || phrasal || (cls === 'speech' && !NO_NP_CONTENT.has(lemma)) || NP_COGNITION.has(lemma)) &&
    (np || (t.pos === 'PRON' && !lex.subjectPronouns.has(t.lower)))
  )
    return a;
  return -1;
}

/** The most tokens of a hearer's name after "to", and of an aside set off by commas after it. */
const HEARER_REACH = 5;
const ASIDE_REACH = 12;

/**
 * Where the object of a verb of saying starts after its hearer at token a ("to"): a name, an aside
 * set off by commas or none, then a determiner or a name opening a noun phrase ("confirmed to
 * Wikinews, in an e-mail, the authenticity of …"); else -1.
 */
function objectAfterHearer(ctx: QuoteContext, a: number, end: number): number {
  const toks = ctx.doc.tokens;
  let j = a + 1;
  while (j < end && j - a <= HEARER_REACH && (toks[j].pos === 'PROPN' || toks[j].pos === 'DET')) j++;
  if (j === a + 1 || toks[j - 1].pos === 'DET') return -1;
  if (toks[j]?.text === ',') {
    let close = j + 1;
    while (close < end && close - j <= ASIDE_REACH && toks[close].text !== ',' && toks[close].pos !== 'VERB') close++;
    if (toks[close]?.text !== ',') return -1;
    j = close + 1;
  }
  const head = toks[j];
  // (or the "that" of a clause: "stated to Ferdinando Casini, the head of …, that these problems …")
  if (head?.lower === 'that' && head.pos === 'SCONJ') return j;
  return j < end && head && (head.pos === 'DET' || POSSESSIVES.has(head.lower)) && isWord(head) ? j : -1;
}

/**
 * Whether the word right after the cue at k is a past participle the tagger read as a verb, before
 * a noun phrase: no finite verb follows another ("underscored continued U.S. support", "reaffirmed
 * increased assistance"), so it is the noun's modifier.
 */
function participleOpensNounPhrase(toks: readonly Token[], k: number, a: number): boolean {
  const next = toks[a + 1];
  return (
    a === k + 1 &&
    toks[a].pos === 'VERB' &&
    /^\p{Ll}+ed$/u.test(toks[a].text) &&
    !!next &&
    (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')
  );
}

/** Parts of speech before a participle that make it its noun's modifier ("into advanced age", "the revised plan"). */
const PARTICIPLE_LEADS = new Set(['ADP', 'DET']);

/** The most tokens between a content clause's subject and its verb across a comma-set aside. */
const FAR_CLAUSE_VERB = 30;

/**
 * Whether the subject opening at a goes on past an aside set off by commas to its finite verb right
 * after the closing comma ("her efforts as a New York senator …, promoting …, will offset …").
 */
function clauseVerbAhead(ctx: QuoteContext, a: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  /** Whether a relative clause opened inside the aside: "a Basque separatist group which is on the … list". */
  let relative = false;
  for (let j = a + 2; j < end && j - a <= FAR_CLAUSE_VERB; j++) {
    if (ctx.inSpan[j] >= 0) continue;
    const t = toks[j];
    // (a bracket is read past whole: "the ETA (Euskadi Ta Askatasuna), a Basque separatist group …")
    if (t.text === '(') {
      let close = j + 1;
      while (close < end && toks[close].text !== ')') close++;
      if (close >= end) return false;
      j = close;
      continue;
    }
    if (toks[j - 1].text === ',' && j - 1 > a + 1 && finiteVerbAt(ctx, j)) return true;
    if (t.text === ',') relative = false;
    else if (RELATIVE_PRONOUNS.has(t.lower) && toks[j - 1].pos === 'NOUN' && commaBefore(toks, a, j)) relative = true;
    if (relative) continue;
    // (the subject and its aside hold noun phrases, prepositions and participles only: not "this
    // because we, too, were …")
    const inPhrase =
      npToken(t) ||
      t.text === ',' ||
      t.pos === 'ADV' ||
      t.pos === 'ADP' ||
      POSSESSIVES.has(t.lower) ||
      (t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower));
    if (!inPhrase || SUBORDINATORS.has(t.lower) || t.pos === 'CCONJ') return false;
  }
  return false;
}

/** Units of length, weight, area and the like. */
const UNITS =
  /^(?:meters?|metres?|kilometers?|kilometres?|km|miles?|feet|foot|inches?|yards?|tons?|tonnes?|pounds?|kilograms?|kg|degrees?|acres?|hectares?)$/;

/** Whether a number at n is followed by a unit of measure ("four meters", "30-foot"). */
function unitAfterNumber(toks: Token[], n: number): boolean {
  let j = n;
  if (toks[j]?.pos !== 'NUM') return false;
  while (toks[j]?.pos === 'NUM') j++;
  if (toks[j]?.text === '-') j++;
  return UNITS.test(toks[j]?.lower ?? '');
}

/** Whether a comma stands in tokens (a, j): an aside opened after the subject's head. */
function commaBefore(toks: Token[], a: number, j: number): boolean {
  for (let k = j - 1; k > a; k--) if (toks[k].text === ',') return true;
  return false;
}

/** Pronouns that are only ever a subject (not "it" or "you", objects too). */
const SUBJECT_ONLY_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** What is given or allowed, and so may be denied to someone: "deny them access", "denied bail". */
const WITHHELD = new Set([
  'access',
  'haven',
  'sanctuary',
  'ability',
  'opportunity',
  'chance',
  'right',
  'rights',
  'permission',
  'entry',
  'visa',
  'visas',
  'funding',
  'passage',
  'status',
  'space',
  'resources',
  'materials',
  'technologies',
  'bail',
  'food',
  'water',
  'passes',
]);
/** How many words into the object a withheld thing is looked for ("deny the regime the international access"). */
const WITHHELD_WINDOW = 8;

/**
 * Whether "deny" at k withholds its object rather than disputing it: "to deny them a safe haven",
 * "deny Russia access to key U.S. markets", "were denied food, water, medicine" (the passive's object
 * is what the subject did not get); "denied the allegations", "denies any wrong-doing" dispute.
 */
function withheldObject(ctx: QuoteContext, k: number, a: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  let b = k - 1;
  while (b > 0 && toks[b].pos === 'ADV') b--;
  // (a passive's "be", not the "'s" of "He's denied any wrongdoing", which is "has")
  const be = toks[b]?.lower ?? '';
  if (BE_FORMS.has(be) && !/^['’]s$/.test(be)) return true;
  for (let j = a; j < end && j - a < WITHHELD_WINDOW; j++) {
    const w = toks[j];
    // (past a participle opening the object: "will deny selected Russian banks access to …")
    if (j === a && participleOpensNounPhrase(toks, k, a)) continue;
    if (w.pos === 'PUNCT' || w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'SCONJ') return false;
    if (WITHHELD.has(w.lower)) return true;
  }
  return false;
}

/** Prepositions after the saying's time that place the saying too (said Sunday in Virginia, reported last week by …). */
const SAYING_PLACE = new Set(['in', 'on', 'at', 'during', 'by']);

/** How far after the saying's time and place "that" may come (said Thursday during a taping of … in Buffalo, New York, that). */
const PLACE_THAT_WINDOW = 18;

/** The "that" opening the content after the saying's place at token p, or -1. */
function thatAfterPlace(ctx: QuoteContext, p: number, end: number): number {
  const toks = ctx.doc.tokens;
  for (let j = p + 1; j < end && j - p <= PLACE_THAT_WINDOW; j++) {
    if (ctx.inSpan[j] >= 0 || (CLAUSE_STOP.test(toks[j].text) && toks[j].text !== ',')) return -1;
    if (toks[j].lower === 'that' && (toks[j].pos === 'SCONJ' || toks[j - 1].text === ',')) return j;
    // ("said Monday in televised comments that North Korea's nuclear test has been confirmed": a
    // "that" the tagger read as a relative pronoun, with a clause of its own subject after it)
    const next = toks[j + 1];
    if (toks[j].lower === 'that' && next && next.pos !== 'VERB' && next.pos !== 'AUX' && clauseAt(ctx, j + 1, end))
      return j;
  }
  return -1;
}

/** Verbs of answering whose "by" and gerund tell what the answer was (responded by explaining …). */
const RESPONSE_VERBS = new Set(['respond', 'react', 'reply', 'answer', 'counter', 'retaliate']);

/** Prepositions that open a time adjunct between a cue and its infinitive (sought on Wednesday to …). */
export const TIME_LEADS = new Set(['on', 'in', 'for', 'during', 'over', 'since', 'at']);

/**
 * Past a time expression right after the cue, which dates the saying, not what was said: "said
 * Tuesday his actions are …", "announced Sunday she will resign", "vowed last month to take …".
 * Only when a clause, "that" or an infinitive follows the time: not a time that is the content's
 * subject ("said 2015 was …"), its possessor ("said Sunday night's matchup …") or a modifier
 * ("2012 Republican presidential nominee"). Returns the token the content may start at, or -1 when
 * only the saying's time and place follow the cue ("announced Monday morning on Twitter").
 */
function pastTimeAdjunct(ctx: QuoteContext, a: number, end: number): number {
  const toks = ctx.doc.tokens;
  // "sought on Wednesday to ease …", "tried for months to temper …": a time after its preposition,
  // then the infinitive the cue governs
  // (or the content itself: "Authorities announced on Friday the arrest of a man …")
  if (a < end && TIME_LEADS.has(toks[a].lower) && ctx.inSpan[a] < 0) {
    const after = ctx.timeEndAt(a + 1);
    if (after > 0 && after < end && opensContentAfterTime(ctx, after)) return after;
  }
  const e = ctx.timeEndAt(a);
  if (e < 0 || e > end || ctx.inSpan[a] >= 0 || toks[a].pos === 'DET') return a;
  // "announced Monday morning on Twitter", "denounced Thursday": only the saying's time and place,
  // unless "that" follows the place ("said Sunday in Madison, Wisconsin, that he was hoping …")
  if (e === end) return -1;
  if (SAYING_PLACE.has(toks[e].lower)) return thatAfterPlace(ctx, e, end);
  return opensContentAfterTime(ctx, e) ? e : a;
}

/** The "that" right after an aside set off by dashes that opens at a, or -1. */
function thatAfterDashAside(ctx: QuoteContext, a: number, end: number): number {
  const toks = ctx.doc.tokens;
  if (!isDash(toks, a) || ctx.inSpan[a] >= 0) return -1;
  for (let j = a + 1; j < end && j - a <= MAX_DASH_ASIDE; j++) {
    if (ctx.inSpan[j] >= 0) return -1;
    if (isDash(toks, j)) return toks[j + 1]?.lower === 'that' && j + 1 < end ? j + 1 : -1;
  }
  return -1;
}

/** The most tokens of an aside set off by commas between a cue and its "that". */
const MAX_COMMA_ASIDE = 8;

/** Words that open an adverbial clause an aside may be ("said, as he left the court, that …"). */
const ASIDE_SUBORDINATORS = new Set(['as', 'when', 'while', 'after', 'before', 'although', 'though']);

/**
 * Where "that" starts a content after an aside set off by commas right after the cue ("claimed,
 * without providing evidence, that …", "said, without elaborating, that …", "said, as he left the
 * court, that …"), or -1. The aside holds no quotation, and a finite verb only after a subordinator.
 */
function thatAfterCommaAside(ctx: QuoteContext, a: number, end: number): number {
  const toks = ctx.doc.tokens;
  if (toks[a]?.text !== ',' || ctx.inSpan[a] >= 0) return -1;
  const clause = ASIDE_SUBORDINATORS.has(toks[a + 1]?.lower ?? '');
  for (let j = a + 1; j < end && j - a <= MAX_COMMA_ASIDE; j++) {
    const t = toks[j];
    const finite = t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower));
    if (ctx.inSpan[j] >= 0 || (finite && !clause)) return -1;
    if (t.text === ',') return j > a + 1 && toks[j + 1]?.lower === 'that' && j + 1 < end ? j + 1 : -1;
    if (t.pos === 'PUNCT') return -1;
  }
  return -1;
}

/** The most words of a prepositional adjunct between a cue and its infinitive. */
const MAX_ADJUNCT_WORDS = 6;

/**
 * Where the infinitive (or its "not") starts after a prepositional adjunct at a ("after a lengthy
 * investigation not to …", "at the meeting to …"), or -1.
 */
function infinitiveAfterAdjunct(ctx: QuoteContext, a: number, end: number): number {
  const toks = ctx.doc.tokens;
  const prep = toks[a];
  if (prep.pos !== 'ADP' || prep.lower === 'to' || prep.lower === 'of' || ctx.inSpan[a] >= 0) return -1;
  let j = a + 1;
  while (
    j < end &&
    j - a <= MAX_ADJUNCT_WORDS &&
    ctx.inSpan[j] < 0 &&
    (npToken(toks[j]) ||
      toks[j].pos === 'DET' ||
      toks[j].pos === 'ADJ' ||
      toks[j].pos === 'NUM' ||
      POSSESSIVES.has(toks[j].lower))
  )
    j++;
  if (j === a + 1 || j >= end) return -1;
  const to = NEGATIONS.has(toks[j].lower) ? j + 1 : j;
  return toks[to]?.lower === 'to' && to < end && infinitiveAfter(ctx, to) ? j : -1;
}

/** Whether the words at e, after the saying's time, open its content. */
function opensContentAfterTime(ctx: QuoteContext, e: number): boolean {
  const next = ctx.doc.tokens[e];
  return (
    (next.pos === 'PRON' && lex.subjectPronouns.has(next.lower)) ||
    (POSSESSIVES.has(next.lower) && !/^['’]s$/.test(next.lower)) ||
    // "said Tuesday the economy is …", "announced last week a plan to …"
    (next.pos === 'DET' && APPOSITIVE_ARTICLES.has(next.lower)) ||
    next.lower === 'that' ||
    (next.lower === 'to' && infinitiveAfter(ctx, e)) ||
    // "said Saturday there had been an agreement", "said Saturday Egypt had agreed" (after a day or a
    // time noun: a year or "current" may modify the noun after it, "2012 Republican presidential nominee")
    (afterTimeWord(ctx.doc.tokens[e - 1]) &&
      ((next.lower === 'there' && BE_OR_HAVE.has(ctx.doc.tokens[e + 1]?.lower ?? '')) ||
        (next.pos === 'PROPN' && clauseAt(ctx, e, ctx.doc.tokens.length))))
  );
}
const afterTimeWord = (t: Token | undefined) => !!t && TIME_WORD.test(t.lower);
/** Verbs right after an existential "there" ("there had been", "there is", "there will be"). */
const BE_OR_HAVE = new Set([...BE_FORMS, 'had', 'has', 'have', 'will', 'would', 'could', 'may', 'might']);

/** Whether a gerund that takes an object of its own starts at a (raising taxes, keeping troops there). */
function gerundObject(toks: Token[], a: number): boolean {
  const t = toks[a];
  const next = toks[a + 1];
  if (!t || t.pos !== 'VERB' || !/^\p{Ll}+ing$/u.test(t.text) || !next) return false;
  return npToken(next) || next.pos === 'DET' || next.pos === 'ADP' || next.pos === 'ADV' || POSSESSIVES.has(next.lower);
}

/** A currency sign, a token of its own before an amount ("$", "3.7", "million"). */
export const CURRENCY_SIGN = /^[$€£¥]$/;

/** Relative words that stand for the object of the cue after its subject (which he called …). */
export const RELATIVE_OBJECTS = new Set(['which', 'whom', 'who', 'what', 'that']);

/** The most tokens from the hearer to the "that" past its relative clause. */
const HEARER_RELATIVE_WINDOW = 25;

/**
 * The "that" opening the content after a hearer with a relative clause of its own: "has warned the
 * generals that make up the military government of Myanmar, more commonly known as Burma, that they
 * may face sanctions", "warned the generals who run Myanmar that …"; else -1.
 */
function thatAfterHearerRelative(ctx: QuoteContext, a: number, end: number): number {
  const toks = ctx.doc.tokens;
  let relative = -1;
  for (let j = a + 1; j < end && j - a <= HEARER_RELATIVE_WINDOW; j++) {
    const t = toks[j];
    if (ctx.inSpan[j] >= 0 || t.text === ';' || t.text === ':') return -1;
    // (", and I'm sure that …" is a clause of its own)
    if (t.pos === 'CCONJ' && toks[j - 1].text === ',') return -1;
    const afterNoun = NOMINAL.has(toks[j - 1].pos);
    const verbNext = toks[j + 1]?.pos === 'VERB' || toks[j + 1]?.pos === 'AUX';
    if (relative < 0) {
      if ((t.lower === 'that' || t.lower === 'who') && afterNoun && verbNext) relative = j;
      else if (!npToken(t) && t.pos !== 'PRON') return -1;
      continue;
    }
    // (a later "that" with a verb right after it is one more relative clause: "…, for instance, that's come out of …")
    if (t.lower === 'that' && j > relative + 2 && !verbNext && clauseAt(ctx, j + 1, end)) return j;
  }
  return -1;
}
