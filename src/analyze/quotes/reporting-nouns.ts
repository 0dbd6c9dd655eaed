// Reporting nouns with their content: "Trump's claim that there have been thousands of shootings",
// "allegations that he assaulted Ivana Trump", "his promise to build a wall", "a demand, by Nancy
// Pelosi, that the bill include …". The content is the that-clause (a clause, not a relative "the
// report that was released") or the to-infinitive; the holder is the noun's possessor, a "by"
// phrase, or the subject of the verb the noun is the object of. A claim with no holder in its
// sentence ("amid allegations that …") is left alone.
import type { Sentence, Token } from '../document.js';
import { type QuoteContext } from './context.js';
import { clauseAt } from './clause.js';
import { contentEnd, contentSpan } from './content-end.js';
import { pushIndirect } from './indirect-candidate.js';
import { quoteLexicon as lex } from './lexicon.js';
import type { Phrase } from './phrases.js';
import { phraseAfter } from './phrase-after.js';
import { isPeopleNoun } from './people-nouns.js';
import { nounHolder, UNKNOWN_HOLDER } from './prepositional.js';
import { WordFilter } from './word-filter.js';

/** Every noun is asked about: most are answered without hashing their lemma (word-filter.ts). */
const reportingNouns = new WordFilter(lex.nouns);
const isReportingNoun = (lemma: string) => reportingNouns.mayHold(lemma) && lex.nouns.has(lemma);

/** The most tokens of a "by" phrase between the noun and its content. */
const MAX_AGENT = 8;

/** The most auxiliaries of a copula between the noun and its content (will have been). */
const MAX_COPULA = 3;

/** Where the content after the reporting noun at k starts ("that" or "to"), and a "by" or "of" agent before it. */
function contentAfterNoun(
  ctx: QuoteContext,
  s: Sentence,
  k: number,
): { start: number; agent: Phrase | null; of?: boolean } | null {
  const toks = ctx.doc.tokens;
  let a = k + 1;
  let agent: Phrase | null = null;
  // ", by House Minority Leader Nancy Pelosi, that …"
  if (toks[a]?.text === ',' && toks[a + 1]?.lower === 'by') {
    let c = a + 2;
    while (c < s.endToken && c - a <= MAX_AGENT && toks[c].text !== ',') c++;
    if (toks[c]?.text !== ',') return null;
    agent = phraseAfter(ctx.doc, a + 2, c);
    a = c + 1;
  }
  // "Trump's view is that …", "His argument was that …", "her message will be that …": the noun's
  // content after a copula
  let b = a;
  while (b < s.endToken && b - a < MAX_COPULA && toks[b].pos === 'AUX' && ctx.inSpan[b] < 0) b++;
  if (b > a && !agent && toks[b - 1].lemma === 'be' && toks[b]?.lower === 'that' && clauseAt(ctx, b + 1, s.endToken))
    return { start: b, agent };
  const t = toks[a];
  if (!t || ctx.inSpan[a] >= 0) return null;
  // "the contention of former secretary of state Hillary Clinton that …": the holder after "of"
  if (t.lower === 'of' && !agent) {
    let c = a + 1;
    while (c < s.endToken && c - a <= MAX_AGENT && toks[c].lower !== 'that' && toks[c].text !== ',') c++;
    const holder =
      toks[c]?.lower === 'that' && clauseAt(ctx, c + 1, s.endToken) ? phraseAfter(ctx.doc, a + 1, c) : null;
    // (a name or people, not a thing: "a remarkable statement of unity that 97 countries …")
    const someone = holder && (holder.headKind === 'name' || isPeopleNoun(toks[holder.endToken - 1]));
    return holder && someone && holder.endToken === c ? { start: c, agent: holder, of: true } : null;
  }
  if (t.lower === 'that' && clauseAt(ctx, a + 1, s.endToken)) return { start: a, agent };
  // "her assertion during the debate that …", "his claim last week that …", "Trump's claim in a speech
  // on Monday that …": a short adjunct of when or where between the noun and its clause
  const past = !agent ? adjunctBeforeThat(ctx, s, a) : -1;
  if (past > 0 && clauseAt(ctx, past + 1, s.endToken)) return { start: past, agent };
  if (t.lower === 'to' && toks[a + 1]?.pos === 'VERB') return { start: a, agent };
  return null;
}

/** Prepositions of when or where that may stand between a reporting noun and its "that" clause. */
const ADJUNCT_PREPOSITIONS = new Set(['during', 'in', 'at', 'on', 'after', 'before']);
/** Words of time that may open such an adjunct ("last week", "earlier this year"). */
const TIME_OPENERS = new Set(['last', 'this', 'earlier', 'later', 'yesterday', 'today']);
/** The most tokens of that adjunct. */
const MAX_ADJUNCT = 7;

/**
 * The "that" closing a short adjunct of when or where that opens at a, right after a reporting noun
 * ("during the debate that …"), with no verb, comma or quotation inside; else -1.
 */
function adjunctBeforeThat(ctx: QuoteContext, s: Sentence, a: number): number {
  const toks = ctx.doc.tokens;
  const first = toks[a];
  if (!first || !(ADJUNCT_PREPOSITIONS.has(first.lower) || TIME_OPENERS.has(first.lower))) return -1;
  const timed = first.lower === 'during' || TIME_OPENERS.has(first.lower);
  for (let j = a + 1; j < s.endToken && j - a <= MAX_ADJUNCT; j++) {
    const t = toks[j];
    // (a "that" after a noun of a place or a thing may be its relative pronoun: "remarks at the
    // Conference that's being hosted …", "comments that the minister made"; after a time it is the claim's)
    if (t.lower === 'that') return j > a + 1 && (timed || ctx.timeAt(j - 1)) ? j : -1;
    if (ctx.inSpan[j] >= 0 || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'PRON') return -1;
  }
  return -1;
}

/**
 * Whether token k is a noun the tagger read as a verb after a name's possessive: "Despite Yusuf's
 * hope that …" (a pronoun's "'s" is "is" or "has": "he's hoping").
 */
export function possessedVerbTag(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  return (
    t.pos === 'VERB' &&
    t.lower === t.lemma &&
    /^['’]s$/.test(toks[k - 1]?.text ?? '') &&
    (toks[k - 2]?.pos === 'PROPN' || toks[k - 2]?.pos === 'NOUN')
  );
}

export function findReportingNounQuotes(ctx: QuoteContext): void {
  const toks = ctx.doc.tokens;
  for (const s of ctx.sentences) {
    for (let k = s.firstToken; k < s.endToken; k++) {
      const t = toks[k];
      if (!(t.pos === 'NOUN' || possessedVerbTag(toks, k)) || ctx.inSpan[k] >= 0 || !isReportingNoun(t.lemma)) continue;
      if (ctx.usedCue.has(k)) continue;
      const found = contentAfterNoun(ctx, s, k);
      if (!found) continue;
      const span = contentSpan(toks, found.start, contentEnd(ctx, found.start, s.endToken));
      if (!span) continue;
      const holder = found.agent
        ? { speaker: found.agent, rule: found.of ? 'of-holder' : 'by-agent' }
        : nounHolder(ctx, s, k);
      // a claim nobody in the sentence holds is left alone, as the prepositional rules do, unless
      // someone unnamed made it ("I saw a report that …")
      if (!holder.speaker && holder.rule !== UNKNOWN_HOLDER) continue;
      pushIndirect(ctx, span, { start: t.start, end: t.end }, holder.speaker, 'cue-noun', holder.rule);
      ctx.usedCue.add(k);
    }
  }
}
