// An event's status and who asserts it, from the words around its trigger: negation and modals in
// its own clause, a demanding verb governing it, "according to X", reporting verbs, and the quote
// (from doc.quotes) it lies in. Each decision names its rule.
import type { ArticleDocument, Sentence, Token } from '../document.js';
import type { AgentRef, EventStatus, Quote } from '../types.js';
import { afterModal } from './clauses.js';
import { cue, type EventLexicon } from './lexicon.js';
import type { ActorMention } from './actors.js';
import { BE_WORDS } from '../nlp/closed-class.js';
import { courtesyWouldLike } from './courtesy.js';
import { verbForm } from './coordination.js';

export interface StatusDecision {
  status: EventStatus;
  rule: string;
  asserted_by: AgentRef | null;
}

/** How far before the trigger an auxiliary or modal may sit ("could soon be supplying"). */
const AUX_REACH = 4;
const REPORTING = new Set([
  'say',
  'tell',
  'believe',
  'claim',
  'report',
  'think',
  'suspect',
  'add',
  'state',
  'announce',
  'confirm',
  'insist',
  'argue',
  'warn',
  'allege',
]);

/**
 * Whether the auxiliaries before a trigger hold "would" and no other modal of possibility, inside
 * an indirect or mixed quote whose cue is a verb in the past ("said that … would meet").
 */
function reportedFuture(ctx: StatusContext, aux: readonly Token[]): boolean {
  const q = ctx.quote;
  if (!q || q.kind === 'direct' || !q.cue) return false;
  if (!aux.some((t) => t.lower === 'would') || aux.some((t) => POSSIBILITY_MODALS.has(t.lower))) return false;
  const cue = ctx.doc.tokens[ctx.doc.tokenIndexAt(q.cue.start)];
  return cue.end === q.cue.end && verbForm(cue) === 'past';
}
const POSSIBILITY_MODALS = new Set(['could', 'might', 'may', 'should']);

export interface StatusContext {
  doc: ArticleDocument;
  sentence: Sentence;
  lex: EventLexicon;
  mentions: ActorMention[];
  quote: Quote | undefined;
  /** Token range of "according to X" in the sentence, with X's mention. */
  accordingTo: { first: number; last: number; who: ActorMention | null } | null;
}

const agentOf = (m: ActorMention): AgentRef => ({ entity: m.entity?.id ?? null, name: m.name });

/** The "according to X" phrase of a sentence, if any. */
export function findAccordingTo(tokens: Token[], s: Sentence, mentions: ActorMention[]): StatusContext['accordingTo'] {
  for (let i = s.firstToken; i + 1 < s.endToken; i++) {
    if (tokens[i].lower === 'according' && tokens[i + 1].lower === 'to') {
      // X opens the phrase after "to" ("according to the Canadian Press"), not a clause after it
      // ("according to reports the UK is pushing")
      const who =
        mentions.find(
          (m) =>
            m.first > i + 1 &&
            m.first <= i + 6 &&
            tokens.slice(i + 2, m.first).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM'),
        ) ?? null;
      return { first: i, last: who ? who.last : i + 1, who };
    }
  }
  return null;
}

/** Nouns of a duty put on someone ("the obligation of … to", "the duty of … to"). */
const OBLIGATION_NOUNS = new Set(['obligation', 'duty']);

/** Forms of "be" before a participle that make it passive. */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(BE_WORDS);
const isThat = (t: Token) => t.lower === 'that';

/** The subject of a reporting verb in the sentence, before the trigger's clause or after the trigger. */
function reporter(ctx: StatusContext, first: number, clauseFrom: number): { who: ActorMention; verb: Token } | null {
  const tokens = ctx.doc.tokens;
  for (let i = ctx.sentence.firstToken; i < ctx.sentence.endToken; i++) {
    const t = tokens[i];
    if (t.pos !== 'VERB' || !REPORTING.has(t.lemma)) continue;
    if (i >= first && i <= first + 1) continue;
    // ("the alleged kidnapping of an Egyptian terrorist suspect by agents of …": the noun the tagger read
    // as a verb; a suspecting verb has its clause or object after it)
    if (t.lemma === 'suspect' && (tokens[i + 1]?.pos === 'ADP' || tokens[i + 1]?.pos === 'PUNCT')) continue;
    // a participle after the trigger is its subject's comment on the event, not a frame around it:
    // "The United States … oppose the program, saying Iran is using it …" (Iran says nothing)
    if (i > first && t.lower.endsWith('ing')) continue;
    // nor does a verb coordinated after it with no subject of its own: "Israel began a ceasefire …, but
    // has warned that …" (the warning is Israel's next act, not a report of the ceasefire)
    if (i > first && coordinatedPredicate(tokens, i)) continue;
    // nor one in a relative or subordinate clause after it: "was abducted … and flown to Egypt, where he
    // says he was tortured" (he says he was tortured, not that he was abducted)
    if (i > first && clauseOpenerBetween(tokens, first, i)) continue;
    // inside the event's own clause it frames the event only when another actor stands between it and the trigger
    if (i >= clauseFrom && i < first && !ctx.mentions.some((m) => m.first > i && m.last < first)) continue;
    // (not in a passive or before its "that": "it has been announced that Pakistan will …" is said by
    // no one named; "The terrorist group is thought to be planning …" is thought by no one named, the
    // passive's subject is what is thought about, past an adverb too: "is widely believed")
    // (a progressive is no passive: "the Telegraph is reporting that …")
    const aux = tokens[i - 1]?.pos === 'ADV' ? i - 2 : i - 1;
    const passive = PASSIVE_AUXILIARIES.has(tokens[aux]?.lower ?? '') && !t.lower.endsWith('ing');
    // its subject: the nearest mention before it ("Washington further believes"), or after it ("said the
    // ministry"); a passive's is its agent after "by" ("The previous attacks … were also claimed by TAK")
    const before = passive ? undefined : ctx.mentions.filter((m) => m.last < i && i - m.last <= 3).pop();
    const after = passive
      ? tokens[i + 1]?.lower === 'by'
        ? ctx.mentions.find((m) => m.first > i + 1 && m.first - i <= 3)
        : undefined
      : ctx.mentions.find((m) => m.first > i && m.first - i <= 3 && !tokens.slice(i + 1, m.first).some(isThat));
    const who = before ?? (i > first ? after : undefined);
    if (who) return { who, verb: t };
  }
  return null;
}

/** Whether an allegation's adverb stands right after the trigger at `first` (past a comma) and before "by". */
function allegedAgentAfter(tokens: Token[], first: number, alleged: ReadonlySet<string>): boolean {
  let k = first + 1;
  if (tokens[k]?.text === ',') k++;
  return tokens[k]?.pos === 'ADV' && alleged.has(tokens[k].lower) && tokens[k + 1]?.lower === 'by';
}

/**
 * Words that open a clause of its own after the trigger: relative words after a noun or a place, and
 * subordinators of time or cause ("had been fighting … until it announced a ceasefire"); not "as",
 * which frames ("…, as officials said").
 */
const CLAUSE_OPENERS = new Set([
  'where',
  'who',
  'which',
  'whom',
  'whose',
  'until',
  'till',
  'before',
  'after',
  'since',
  'because',
  'while',
  'although',
  'though',
  'whereas',
]);

/** Whether a relative word or a subordinator stands between the trigger at `first` and the verb at i. */
function clauseOpenerBetween(tokens: Token[], first: number, i: number): boolean {
  for (let k = first + 1; k < i; k++) if (CLAUSE_OPENERS.has(tokens[k].lower)) return true;
  return false;
}

/**
 * The first finite verb of the sentence (from `from`), where the verb at i is coordinated after "and" or
 * "but": the predicate it shares its subject with ("accuses" in "The US government accuses Iran …, and
 * refuses …"); -1 where a subordinate or relative word stands before that verb.
 */
function conjunctVerb(tokens: Token[], from: number, i: number): number {
  for (let j = from; j < i; j++) {
    const t = tokens[j];
    if (t.pos === 'SCONJ' || t.lower === 'that' || t.lower === 'who' || t.lower === 'which') return -1;
    // (a participle opening the sentence or set off by a comma modifies a noun: "Suspected Tamil Tiger
    // rebels have …", "The helicopters, suspected of chasing militants, …")
    const modifier = j === from || tokens[j - 1].text === ',' || tokens[j - 1].pos === 'DET';
    if (t.pos === 'VERB' && t.lemma !== t.lower && !/ing$/.test(t.lower) && !modifier) return j;
  }
  return -1;
}

/**
 * Whether the trigger at i is a verb of the demander's own, after "and" or "but" in the demanding verb's
 * finite form with no auxiliary between them: "Johnson called for an end to Western sanctions against
 * Palestine and also blamed Israel" blames, demands no blame (not "called for them to be released and
 * compensated").
 */
function ownConjunct(tokens: Token[], demanding: Token, between: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const form = verbForm(demanding);
  // (finite forms only: "urge the DPRK to cease its unlawful activities and instead engage in dialogue"
  // demands both)
  return (
    t.pos === 'VERB' &&
    (form === 'past' || form === 's') &&
    verbForm(t) === form &&
    !between.some((x) => x.pos === 'AUX') &&
    coordinatedPredicate(tokens, i)
  );
}

/** Whether the "to" at k opens an infinitive (past adverbs): "called on X to stop", not "an end to sanctions". */
function opensInfinitive(tokens: Token[], k: number): boolean {
  let v = k + 1;
  while (tokens[v]?.pos === 'ADV') v++;
  const t = tokens[v];
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX' || afterModal(tokens, v));
}

/** Whether the verb at i opens a predicate right after "and"/"but" (past auxiliaries and adverbs). */
function coordinatedPredicate(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV' || tokens[j].pos === 'PART')) j--;
  return tokens[j]?.lower === 'and' || tokens[j]?.lower === 'but';
}

/**
 * Whether the trigger is a purpose infinitive of a verb in the future: "will travel to Kyiv to meet
 * with …", "will travel … to observe consular operations and meet with …" (the meeting is as future
 * as the trip). `left` runs from the clause's start to the trigger.
 */
function futureGovernsInfinitive(left: Token[], future: ReadonlySet<string>, negation: ReadonlySet<string>): boolean {
  const modal = left.findIndex((t) => future.has(t.lower) && t.pos === 'AUX');
  if (modal < 0) return false;
  const after = left.slice(modal + 1);
  // a verb of its own between the modal and the infinitive, the one it is the purpose of, and no
  // "not" ("will not allow Ukraine to join" says nothing of a joining to come)
  if (!after.some((t) => t.pos === 'VERB') || after.some((t) => negation.has(t.lower))) return false;
  const last = left[left.length - 1];
  if (last.lower === 'to') return true;
  // "… to observe consular operations and meet with …": coordinated with an infinitive before it
  return last.pos === 'CCONJ' && after.some((t, k) => t.lower === 'to' && after[k + 1]?.pos === 'VERB');
}

/** Punctuation that ends a verb phrase a modal governs: a comma, a colon or semicolon, a dash. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '--', '\u2013', '\u2014']);

/**
 * Whether a plain-form trigger right after "and"/"or" is coordinated with the plain verb a modal of
 * `modals` governs: "will welcome newly arrived Afghans … and meet with staff" (the meeting is as
 * future as the welcome). `left` runs from the clause's start to the trigger.
 */
function modalOfConjunct(
  tokens: Token[],
  left: Token[],
  trigger: Token,
  modals: ReadonlySet<string>,
  negation: ReadonlySet<string>,
): boolean {
  const last = left[left.length - 1];
  if (!last || (last.lower !== 'and' && last.lower !== 'or')) return false;
  // (a verb: "assistance and cooperation to the Armenian government" are nouns; "have" a meeting may be
  // tagged an auxiliary)
  if ((trigger.pos !== 'VERB' && trigger.pos !== 'AUX') || trigger.lower !== trigger.lemma) return false;
  let modal = left.length - 2;
  while (modal >= 0 && !(modals.has(left[modal].lower) && left[modal].pos === 'AUX')) modal--;
  if (modal < 0) return false;
  const between = left.slice(modal + 1, -1);
  // the modal's own verb, plain, and no other verb group nor clause break before the "and"
  // (the tagger reads a plain verb after a modal as an adjective too: "will welcome")
  const k = between[0] && afterModal(tokens, between[0].i) ? 0 : between.findIndex((t) => t.pos === 'VERB');
  if (k < 0 || between[k].lower !== between[k].lemma) return false;
  // (nor a negation, whose scope a reader cannot tell: "will not threaten -- use or threaten to use")
  return !between.some(
    (t, i) =>
      i !== k &&
      (t.pos === 'AUX' ||
        t.pos === 'SCONJ' ||
        CLAUSE_BREAKS.has(t.text) ||
        negation.has(t.lower) ||
        (t.pos === 'VERB' && t.lower === t.lemma)),
  );
}

export function decideStatus(ctx: StatusContext, first: number, clause: { from: number; to: number }): StatusDecision {
  const { doc, lex } = ctx;
  const tokens = doc.tokens;
  const c = (name: string) => cue(lex, name);
  const asserted_by: AgentRef | null = ctx.quote?.speaker
    ? { entity: ctx.quote.speaker.entity, name: ctx.quote.speaker.name }
    : ctx.accordingTo?.who
      ? agentOf(ctx.accordingTo.who)
      : null;
  const rep = asserted_by ? null : reporter(ctx, first, clause.from);
  const by = asserted_by ?? (rep ? agentOf(rep.who) : null);
  const decide = (status: EventStatus, rule: string): StatusDecision => ({ status, rule, asserted_by: by });

  // auxiliaries and modals right before the trigger: "did not", "could soon be", "will"
  const auxFrom = Math.max(clause.from, first - AUX_REACH);
  const aux = tokens.slice(auxFrom, first);
  const left = tokens.slice(clause.from, first);
  const conditional = left.some((t) => t.lower === 'if' || t.lower === 'unless');
  // ("If they aren't arrested upon arrival, …": a negated condition is still a condition)
  // ("not only supports … but also undermines": "not only" adds, it does not deny)
  const negated = aux.some(
    (t, k) => c('negation').has(t.lower) && !(t.lower === 'not' && aux[k + 1]?.lower === 'only'),
  );
  if (negated)
    return conditional ? decide('hypothetical', 'conditional-clause') : decide('negated', 'negation-before-trigger');
  for (let k = 0; k + 1 < left.length; k++) {
    if (c('negatingVerbs').has(left[k].lemma) && left[k + 1].lower === 'to')
      return decide('negated', `${left[k].lemma}-to`);
  }
  // "New Zealand has barred the military leader … from visiting New Zealand", "prevented them from
  // leaving": what someone is kept from doing does not happen
  const kept = keptFrom(tokens, ctx.sentence.firstToken, first, c('preventingVerbs'));
  if (kept) return decide('negated', `${kept}-from`);
  // a demanding verb governing the clause: "demanded that Israel withdraw", "called on X to stop"
  const sentLeft = tokens.slice(ctx.sentence.firstToken, first);
  for (let k = sentLeft.length - 1; k >= 0 && k >= sentLeft.length - 12; k--) {
    const t = sentLeft[k];
    if (c('demanding').has(t.lemma) && t.pos === 'VERB') {
      const rest = sentLeft.slice(k + 1).map((x) => x.lower);
      // (not past a verb group of the demander's own: "will urge regional leaders to support … and will
      // consult with them")
      const ownGroup =
        sentLeft
          .slice(k + 1)
          .some((x, r, after) => (x.lower === 'and' || x.lower === 'but') && after[r + 1]?.pos === 'AUX') ||
        ownConjunct(tokens, t, sentLeft.slice(k + 1), first);
      // (a "to" that opens an infinitive, not a preposition: "called for an end to Western sanctions")
      const infinitive = sentLeft.some(
        (x, r) => r > k && x.lower === 'to' && opensInfinitive(tokens, ctx.sentence.firstToken + r),
      );
      if (!ownGroup && (rest.includes('that') || infinitive)) return decide('demanded', `${t.lemma}-governs`);
    }
    // "stressed the obligation of the international community to take action to lift …": a duty a
    // statement puts on someone is a demand on them
    if (OBLIGATION_NOUNS.has(t.lemma) && t.pos === 'NOUN' && sentLeft.slice(k + 1).some((x) => x.lower === 'to')) {
      const framed = sentLeft
        .slice(Math.max(0, k - 3), k)
        .find((x) => x.pos === 'VERB' && c('obligationFrames').has(x.lemma));
      if (framed) return decide('demanded', `${framed.lemma}-obligation`);
    }
  }
  // ("We would like to congratulate the Zimbabwean people …", "I'd like to thank …": a courtesy performed
  // in the saying, no hypothetical one)
  const performed = courtesyWouldLike(tokens, first, clause.from);
  // "Iran must cooperate with the IAEA": what someone must do is demanded of them (by the writer, or
  // the speaker of the words it stands in), not done
  // (the modal's own verb only: "must stop attacking" demands the stop, not the attack)
  let must = aux.length - 1;
  while (must >= 0 && !c('obligationStrong').has(aux[must].lower)) must--;
  if (must >= 0 && aux.slice(must + 1).every((t) => t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART'))
    return decide('demanded', 'obligation-modal');
  // "He said that the Russian leader would also meet with Chinese President Hu Jintao": the "would"
  // of words reported in the past is their "will", a future the speaker expects, not a condition
  // (not one a condition after it bounds: "said Russia would attack if Ukraine joined NATO")
  const conditionAfter = tokens.slice(first, clause.to).some((t) => t.lower === 'if' || t.lower === 'unless');
  // (nor an infinitive after a state or a wish: "would be difficult to negotiate", "would like to discuss")
  const stateBefore =
    tokens[first - 1]?.lower === 'to' && (tokens[first - 2]?.pos === 'ADJ' || tokens[first - 2]?.lower === 'like');
  if (!performed && !conditional && !conditionAfter && !stateBefore && reportedFuture(ctx, aux))
    return decide('expected', 'reported-future');
  if (!performed && aux.some((t) => c('hypothetical').has(t.lower)))
    return decide('hypothetical', 'modal-before-trigger');
  if (!performed && modalOfConjunct(tokens, left, tokens[first], c('hypothetical'), c('negation')))
    return decide('hypothetical', 'modal-of-conjunct');
  if (conditional) return decide('hypothetical', 'conditional-clause');
  for (let k = 0; k + 1 < left.length; k++) {
    if (c('planned').has(left[k].lemma) && left[k + 1].lower === 'to') return decide('planned', `${left[k].lemma}-to`);
  }
  if (aux.some((t) => c('expected').has(t.lower) || (t.lemma === 'expect' && t.pos === 'VERB')))
    return decide('expected', 'future-before-trigger');
  if (modalOfConjunct(tokens, left, tokens[first], c('expected'), c('negation')))
    return decide('expected', 'modal-of-conjunct');
  if (futureGovernsInfinitive(left, c('expected'), c('negation')))
    return decide('expected', 'future-governs-infinitive');
  // (not the verb of the first of two predicates the trigger's verb is coordinated with: "The US
  // government accuses Iran of arming insurgents …, and refuses to rule out military action" refuses
  // outright; a cue governing both still counts: "It is alleged that Hicks attended … and fought …")
  const conjunct = coordinatedPredicate(tokens, first) ? conjunctVerb(tokens, ctx.sentence.firstToken, first) : -1;
  const allegationCue = (t: Token) => c('alleged').has(t.lower) || (c('alleged').has(t.lemma) && t.pos === 'VERB');
  if (sentLeft.some((t) => allegationCue(t) && t.i !== conjunct)) return decide('alleged', 'allegation-cue');
  // ("was abducted, allegedly by covert agents of the CIA": the adverb right after the trigger, before
  // its agent, qualifies the act)
  if (allegedAgentAfter(tokens, first, c('alleged'))) return decide('alleged', 'allegation-before-agent');
  if (ctx.quote) return decide('reported', `inside-${ctx.quote.kind}-quote`);
  if (ctx.accordingTo) return decide('reported', 'according-to');
  // ("has reputedly resigned", "reportedly": hearsay, its source unnamed)
  if (sentLeft.some((t) => c('hearsayAdverbs').has(t.lower) || t.lemma === 'report'))
    return decide('reported', 'report-cue');
  if (rep) return decide('reported', `reporting-verb-${rep.verb.lemma}`);
  return decide('asserted', 'article-voice');
}

/** How many words may stand between a verb of preventing and the "from" of what it keeps someone from. */
const MAX_KEPT_OBJECT = 14;

/**
 * The lemma of the verb of preventing whose "from" comes right before the gerund trigger at `first`
 * ("barred the military leader of Fiji, Commander Frank Bainimarama, from visiting"), else null.
 */
function keptFrom(
  tokens: readonly Token[],
  from: number,
  first: number,
  preventing: ReadonlySet<string>,
): string | null {
  if (tokens[first - 1]?.lower !== 'from' || !/ing$/.test(tokens[first].lower)) return null;
  for (let k = first - 2; k >= from && first - k <= MAX_KEPT_OBJECT; k--) {
    const t = tokens[k];
    if (t.pos === 'VERB' && preventing.has(t.lemma)) return t.lemma;
    // (a verb of another clause ends the search: "who live there from fleeing")
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ';') return null;
  }
  return null;
}
