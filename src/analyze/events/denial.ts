// Denials: "both Moscow and Pyongyang have denied their existence" does not make a new event; it
// marks the most recent fitting event as denied by the ones who deny it. "X denied attacking Y" marks
// the complement's own event instead.
import type { ArticleDocument, Sentence, Token } from '../document.js';
import type { AgentRef, Event } from '../types.js';
import { cue, type EventLexicon } from './lexicon.js';
import type { ActorMention } from './actors.js';
import { isPassive } from '../nlp/passive.js';

/** How many sentences back a denial may reach for the event it denies. */
const LOOKBACK_SENTENCES = 3;
const OBJECT_REACH = 5;

export interface Denial {
  verb: Token;
  deniers: AgentRef[];
  /** The deniers are the event's own parties, named as a pair ("an allegation both countries deny"). */
  parties?: boolean;
  /** The denial names no event of its own ("their existence", "the report"): it refers back. */
  anaphoric: boolean;
}

export function findDenials(doc: ArticleDocument, s: Sentence, lex: EventLexicon, mentions: ActorMention[]): Denial[] {
  const verbs = cue(lex, 'denialVerbs');
  const objects = cue(lex, 'denialObjects');
  const out: Denial[] = [];
  const tokens = doc.tokens;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = tokens[i];
    if (!verbs.has(t.lemma) || t.pos !== 'VERB') continue;
    // ("called on Palestinians to reject negotiations": the infinitive after the one asked is asked
    // for, not made; "Sudan continues to deny supporting …" is a denial)
    if (tokens[i - 1]?.lower === 'to' && ASKED_POS.has(tokens[i - 2]?.pos ?? '')) continue;
    // "The lawsuit … was dismissed today by a High Court judge", "tariff cuts, which were rejected by
    // EU, Japan and India": a passive's subject denies nothing (what its agent rejects is an event of
    // its own)
    if (isPassive(tokens, i, i, s.firstToken)) continue;
    // deniers: the coordinated subject before the verb ("both Moscow and Pyongyang have, at least officially, denied")
    const subj: ActorMention[] = [];
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k];
      if (m.last >= i) continue;
      if (
        subj.length &&
        !tokens.slice(m.last + 1, subj[subj.length - 1].first).some((x) => x.lower === 'and' || x.text === ',')
      )
        break;
      if (!subj.length && tokens.slice(m.last + 1, i).some((x) => x.lower === 'that' || x.text === ';')) break;
      subj.push(m);
    }
    // (the subject ends right before the verb, but for adverbs and auxiliaries: in "…, an allegation
    // both countries deny" the last name before the verb is no denier)
    if (subj.length && otherPhraseBetween(tokens, subj[0].last + 1, i)) subj.length = 0;
    const pair = subj.length ? false : partiesPhrase(tokens, s.firstToken, i);
    if (!subj.length && !pair) continue;
    const next = tokens.slice(i + 1, Math.min(s.endToken, i + 1 + OBJECT_REACH));
    // (a pair denying what was just said of them refers back to it)
    const anaphoric = pair || next.some((x) => objects.has(x.lower));
    // "denied" with a trigger right after it is handled by its own event; with neither, leave it alone
    out.push({
      verb: t,
      deniers: subj.reverse().map((m) => ({ entity: m.entity?.id ?? null, name: m.name })),
      anaphoric,
      parties: pair,
    });
  }
  return out;
}

/** Parts of speech of the one asked, right before an infinitive ("called on Palestinians to reject"). */
const ASKED_POS = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * Whether another noun phrase opens in [a, b), with a determiner or a pronoun ("Russia, an allegation
 * both countries deny"): then the name before it is not the verb's subject. A head noun after the
 * name ("The Pakistani government has denied"), a possessor's title ("Musharraf's spokesman") or a
 * reflexive ("Syria itself has denied") keep it.
 */
function otherPhraseBetween(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (t.pos === 'DET' || (t.pos === 'PRON' && !/sel(?:f|ves)$/.test(t.lower))) return true;
  }
  return false;
}

/** "both countries", "the two sides", "both" right before the verb (adverbs and auxiliaries between). */
function partiesPhrase(tokens: Token[], first: number, verb: number): boolean {
  let j = verb - 1;
  while (j > first && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX' || tokens[j].pos === 'PART')) j--;
  const word = tokens[j]?.lower ?? '';
  if (word === 'both') return true;
  return (
    PAIR_NOUNS.has(word) &&
    (tokens[j - 1]?.lower === 'both' || (tokens[j - 1]?.lower === 'two' && tokens[j - 2]?.lower === 'the'))
  );
}

const PAIR_NOUNS = new Set(['countries', 'sides', 'governments', 'nations', 'parties', 'men', 'leaders', 'states']);

/** Attaches a denial to the event it denies: the trigger just after it, or by reference the latest event before it. */
export function applyDenial(doc: ArticleDocument, events: Event[], d: Denial): Event | null {
  const sentence = doc.sentenceAt(d.verb.start);
  if (!sentence) return null;
  const own = events.find(
    (e) => e.trigger.start > d.verb.end && e.sentence.start === sentence.start && e.trigger.start - d.verb.end <= 40,
  );
  const denierIds = new Set(d.deniers.map((x) => x.entity));
  let target: Event | undefined;
  if (!d.anaphoric && own) target = own;
  else {
    const earliest = doc.sentences[Math.max(0, sentence.i - LOOKBACK_SENTENCES)].start;
    const before = events.filter(
      (e) =>
        e.trigger.end <= d.verb.start &&
        e.trigger.start >= earliest &&
        (!d.parties || (e.source.length > 0 && e.target.length > 0)),
    );
    // prefer the event most of the deniers take part in, then the latest one
    const share = (e: Event) =>
      new Set([...e.source, ...e.target].filter((a) => denierIds.has(a.entity)).map((a) => a.entity)).size;
    // (a suggestion or a proposal rejected is something another proposed: "The Democrats in the Group
    // said that there should be a phased withdrawal … The President rejected this suggestion" denies
    // the withdrawal, not the President's own meeting with the Group)
    const proposed = proposalObject(doc, d.verb)
      ? before.filter((e) => e.asserted_by && !denierIds.has(e.asserted_by.entity) && e.status !== 'asserted')
      : [];
    if (proposed.length) target = proposed[proposed.length - 1];
    else for (const e of before) if (!target || share(e) >= share(target)) target = e;
  }
  if (!target) return null;
  // "both countries deny": the event's own sides are the deniers
  const deniers = d.parties ? partiesOf(target) : d.deniers;
  for (const x of deniers)
    if (!target.denied_by.some((y) => y.entity === x.entity && y.name === x.name)) target.denied_by.push(x);
  if (target === own && !d.anaphoric) {
    target.status = 'denied';
    target.status_rule = `denied-by-${d.verb.lemma}`;
  }
  return target;
}

/** Nouns for what someone put forward that a denial's object may be ("rejected this suggestion"). */
const PROPOSAL_NOUNS = new Set(['suggestion', 'proposal', 'idea', 'call', 'demand', 'plan', 'recommendation']);

/** Whether a proposal's noun is the denial verb's object, a few words after it. */
function proposalObject(doc: ArticleDocument, verb: Token): boolean {
  const k = doc.tokenIndexAt(verb.start);
  for (let j = k + 1; j <= k + 4 && doc.tokens[j]; j++) {
    if (PROPOSAL_NOUNS.has(doc.tokens[j].lower)) return true;
    if (doc.tokens[j].pos === 'PUNCT') return false;
  }
  return false;
}

/** The distinct actors on both sides of an event, as deniers. */
function partiesOf(e: Event): AgentRef[] {
  const out: AgentRef[] = [];
  for (const a of [...e.source, ...e.target]) {
    const name = a.name ?? a.actor ?? '';
    if (!out.some((x) => x.entity === a.entity && x.name === name)) out.push({ entity: a.entity, name });
  }
  return out;
}
