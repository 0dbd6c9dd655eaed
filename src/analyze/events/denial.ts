// Denials: "both Moscow and Pyongyang have denied their existence" does not make a new event; it
// marks the most recent fitting event as denied by the ones who deny it. "X denied attacking Y" marks
// the complement's own event instead.
import type { ArticleDocument, Sentence, Token } from '../document.js';
import type { AgentRef, Event } from '../types.js';
import { cue, type EventLexicon } from './lexicon.js';
import type { ActorMention } from './actors.js';

/** How many sentences back a denial may reach for the event it denies. */
const LOOKBACK_SENTENCES = 3;
const OBJECT_REACH = 5;

export interface Denial {
  verb: Token;
  deniers: AgentRef[];
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
    if (!subj.length) continue;
    const next = tokens.slice(i + 1, Math.min(s.endToken, i + 1 + OBJECT_REACH));
    const anaphoric = next.some((x) => objects.has(x.lower));
    // "denied" with a trigger right after it is handled by its own event; with neither, leave it alone
    out.push({
      verb: t,
      deniers: subj.reverse().map((m) => ({ entity: m.entity?.id ?? null, name: m.name })),
      anaphoric,
    });
  }
  return out;
}

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
    const before = events.filter((e) => e.trigger.end <= d.verb.start && e.trigger.start >= earliest);
    // prefer the event most of the deniers take part in, then the latest one
    const share = (e: Event) =>
      new Set([...e.source, ...e.target].filter((a) => denierIds.has(a.entity)).map((a) => a.entity)).size;
    for (const e of before) if (!target || share(e) >= share(target)) target = e;
  }
  if (!target) return null;
  for (const x of d.deniers)
    if (!target.denied_by.some((y) => y.entity === x.entity && y.name === x.name)) target.denied_by.push(x);
  if (target === own && !d.anaphoric) {
    target.status = 'denied';
    target.status_rule = `denied-by-${d.verb.lemma}`;
  }
  return target;
}
