// Who speaks through a document: "Trump unleashed a series of tweets early Friday saying …", "The
// Holocaust Memorial Museum issued a report this month charging …", "The Presidency issued a release
// stating …". The participle's nearest noun phrase is the medium; the one who issued it
// (the subject of the verb whose object the medium is) is the speaker, as readers take it.
import type { Sentence, Token } from '../document.js';
import { isCalendarText } from '../nlp/closed-class.js';
import type { QuoteContext } from './context.js';
import type { Phrase } from './phrases.js';
import { subjectBefore } from './subject-before.js';

/** Nouns of what one issues or publishes, as lemmas or plural forms. */
const MEDIA = new Set([
  'statement',
  'letter',
  'tweet',
  'post',
  'message',
  'email',
  'e-mail',
  'memo',
  'report',
  'article',
  'op-ed',
  'editorial',
  'video',
  'ad',
  'advertisement',
  'release',
  'note',
  'pitch',
  'appeal',
  'petition',
  'communique',
  'communiqué',
  'declaration',
  'ruling',
  'piece',
  'column',
  'clip',
  'order',
  'robocall',
  'spot',
  'commercial',
  'mailer',
  'flyer',
  'flier',
  'leaflet',
  'pamphlet',
  'brochure',
  'billboard',
  'campaign',
  // findings one puts out ("provided data showing …", "published research … showing …")
  'data',
  'research',
  'study',
  'survey',
  'poll',
]);
/**
 * What one says in person before an audience ("gave a speech praising …", "opened a rally blasting
 * …"): media too, but those who release them ("excerpts of his speech released by the White House")
 * are not their speakers.
 */
const SPOKEN_MEDIA = new Set(['speech', 'address', 'remarks', 'rally', 'interview', 'sermon', 'lecture']);
/** Verbs of putting a document out, as lemmas ("found a note saying …" is no one's note). */
export const ISSUING = new Set([
  'issue',
  'release',
  'send',
  'post',
  'publish',
  'put',
  'unleash',
  'write',
  'pen',
  'shoot',
  'fire',
  'tweet',
  'sign',
  'file',
  'deliver',
  'air',
  'run',
  'launch',
  'circulate',
  'distribute',
  'share',
  'submit',
  'draft',
  'broadcast',
  'upload',
  'blast',
  'email',
  'make',
  'give',
  'begin',
  'start',
  'provide',
  'produce',
  'present',
  'unveil',
  'commission',
  'conduct',
  'fund',
  'bankroll',
  'place',
  'hold',
  'host',
  'open',
]);
/** How many tokens the verb of issuing may stand before the medium ("shot back in an article"). */
const MAX_GAP = 3;

/** Whether a head's last word is a medium, in the singular as MEDIA holds it ("tweets" → "tweet", "pitches" → "pitch"). */
export function mediumWord(head: string): boolean {
  return headIn(head, ALL_MEDIA);
}
/** Every medium, written and spoken (one look-up per word for mediumWord). */
const ALL_MEDIA: ReadonlySet<string> = new Set([...MEDIA, ...SPOKEN_MEDIA]);

/** Whether a head's last word is a medium one speaks in person (a speech, a rally), in the singular. */
export function spokenMediumWord(head: string): boolean {
  return headIn(head, SPOKEN_MEDIA);
}

function headIn(head: string, nouns: ReadonlySet<string>): boolean {
  // (any of the head's words: a time phrase may end it, "a report this month")
  return head
    .toLowerCase()
    .split(/\s+/)
    .some((w) => nouns.has(w) || nouns.has(w.replace(/e?s$/, '')) || nouns.has(w.replace(/s$/, '')));
}

/**
 * The subject of the verb whose object (or prepositional object) is the medium `medium`, when the
 * medium's head is a document noun ("a series of tweets", "a report"); else null.
 */
export function mediumIssuer(
  ctx: QuoteContext,
  s: Sentence,
  medium: Phrase,
  /** The subject of a verb with none before it ("Bush signed the bill, but issued …"). */
  mainSubject: (ctx: QuoteContext, s: Sentence, k: number) => Phrase | null,
): Phrase | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  if (medium.headKind === 'pronoun' || !mediumWord(doc.text.slice(medium.head.start, medium.head.end))) return null;
  for (let j = medium.first - 1; j > s.firstToken && medium.first - j <= MAX_GAP; j--) {
    const t = toks[j];
    if (t.pos === 'VERB') {
      if (!ISSUING.has(t.lemma)) return null;
      // ("super PACs that sided with Cruz and bankrolled ads attacking …": the phrase before "and" is
      // the first verb's object, not the subject; "Bush signed the bill, but issued …": the clause's)
      if (toks[j - 1]?.pos === 'CCONJ') return firstConjunctSubject(ctx, s, j - 1) ?? mainSubject(ctx, s, j);
      const issuer = subjectBefore(doc, j, s.firstToken);
      if (issuer) return issuer.head.end <= t.start ? issuer : null;
      // ("responded by issuing a statement …", "…, releasing a statement saying …": the clause's subject)
      return /ing$/.test(t.lower) ? mainSubject(ctx, s, j) : null;
    }
    // only a preposition or a particle between: "shot back in", "put out", "sent out" (or an amount
    // the phrase reader left out: "began a $1 million ad campaign")
    if (
      t.pos !== 'ADP' &&
      t.pos !== 'ADV' &&
      t.pos !== 'PART' &&
      t.pos !== 'NUM' &&
      t.pos !== 'SYM' &&
      t.pos !== 'DET' &&
      !/^(?:back|out|\$)$/.test(t.lower)
    )
      return null;
  }
  return null;
}

/** How far back from "and" the verb of the first of two coordinated verb phrases may stand. */
const CONJUNCT_REACH = 10;

/** The subject of the verb before the conjunction at c ("PACs that sided with Cruz and …": "that", for its antecedent). */
function firstConjunctSubject(ctx: QuoteContext, s: Sentence, c: number): Phrase | null {
  const toks = ctx.doc.tokens;
  for (let v = c - 1; v > s.firstToken && c - v <= CONJUNCT_REACH; v--) {
    if (/^[,;:—–-]$/.test(toks[v].text)) return null;
    if (toks[v].pos === 'VERB' && ctx.inSpan[v] < 0) return subjectBefore(ctx.doc, v, s.firstToken);
  }
  return null;
}

/** How many tokens after a verb of issuing its medium and the medium's participle may run. */
const MEDIUM_REACH = 8;

/**
 * Whether the verb at k puts out a medium whose own participle reports what it says ("issued a
 * statement on Monday saying …"): then the participle is the cue, not the verb of issuing, whose
 * object would swallow the medium and its report whole.
 */
export function issuesReportingMedium(ctx: QuoteContext, s: Sentence, k: number): boolean {
  const toks = ctx.doc.tokens;
  if (!ISSUING.has(toks[k].lemma)) return false;
  let medium = false;
  for (let j = k + 1; j < Math.min(s.endToken, k + 1 + MEDIUM_REACH); j++) {
    const t = toks[j];
    if (/^[.;:!?,]$/.test(t.text) || ctx.inSpan[j] >= 0) return false;
    if (t.pos === 'NOUN' && mediumWord(t.text)) medium = true;
    else if (medium && t.pos === 'VERB' && /ing$/.test(t.lower))
      return ctx.cueClass(j) === 'speech' || ctx.cueClass(j) === 'object';
    // (only a date may stand between the medium and its participle: "a letter to Zucker asking" asks Zucker)
    else if (medium && !isDateWord(t)) return false;
  }
  return false;
}

/** Words of a date after a medium: "a statement on Monday", "a report this month", "early Friday". */
const isDateWord = (t: Token) =>
  isCalendarText(t.text) || t.pos === 'NUM' || /^(?:on|this|last|early|late|earlier|month|week|year)$/.test(t.lower);
