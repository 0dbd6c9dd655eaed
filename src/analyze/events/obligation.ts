// "X said/declared/reiterated that Y must ...": a statement that another party must or should act is
// a demand on it (PLOVER REQUEST; CAMEO 10 for "must", 02 for "should"). The source is the subject of
// the framing verb, the target the subject of the obligation clause.
import type { ArticleDocument, Sentence, Token } from '../document.js';
import { isPunct } from './clauses.js';
import { cue, type EventLexicon } from './lexicon.js';
import type { ActorMention } from './actors.js';

export interface Obligation {
  /** Token index of the framing verb (or noun: "a stern reminder that"). */
  frame: number;
  /** Token index of the modal ("must", "should", the "to" of "has to"). */
  modal: number;
  source: ActorMention[];
  target: ActorMention[];
  code: string;
}

/** How far before the modal its subject may start ("that US and British forces must"). */
const SUBJECT_REACH = 6;
/** How far before the subject the framing verb may stand ("reiterated Tuesday that"). */
const FRAME_REACH = 6;

const isModalAt = (tokens: Token[], i: number, strong: Set<string>, weak: Set<string>): string | null => {
  const t = tokens[i];
  if (strong.has(t.lower)) return '100';
  if (weak.has(t.lower)) return '020';
  // "has to", "have to": only with a verb after it
  if ((t.lower === 'has' || t.lower === 'have') && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB')
    return '100';
  return null;
};

export function findObligations(
  doc: ArticleDocument,
  s: Sentence,
  lex: EventLexicon,
  mentions: ActorMention[],
): Obligation[] {
  const tokens = doc.tokens;
  const strong = cue(lex, 'obligationStrong');
  const weak = cue(lex, 'obligationWeak');
  const frames = cue(lex, 'obligationFrames');
  const out: Obligation[] = [];
  for (let i = s.firstToken; i < s.endToken; i++) {
    const code = isModalAt(tokens, i, strong, weak);
    if (!code) continue;
    // the modal's subject: the actor mention ending right before it (with its coordinated partners)
    const subjIdx = mentions.findIndex((m) => m.last < i && i - m.last <= 2 && m.first >= i - SUBJECT_REACH);
    if (subjIdx < 0) continue;
    let k = subjIdx;
    while (k > 0 && mentions[k - 1].last >= mentions[k].first - 3) {
      const between = tokens.slice(mentions[k - 1].last + 1, mentions[k].first);
      if (!between.some((t) => t.lower === 'and' || t.text === ',')) break;
      k--;
    }
    const target = mentions.slice(k, subjIdx + 1);
    const subjFirst = target[0].first;
    // the framing verb before the subject: "said (that)", "declared Tuesday that", "a stern reminder to Iraq that"
    let frame = -1;
    for (let j = subjFirst - 1; j >= s.firstToken && j >= subjFirst - FRAME_REACH; j--) {
      if (frames.has(tokens[j].lemma) || frames.has(tokens[j].lower)) {
        frame = j;
        break;
      }
      if (isPunct(tokens[j]) && tokens[j].text !== ',') break;
    }
    if (frame < 0) {
      // "issued a stern reminder Saturday to Iraq that it must": the frame may precede an addressee
      for (let j = subjFirst - 1; j >= s.firstToken && j >= subjFirst - FRAME_REACH - 6; j--) {
        if (frames.has(tokens[j].lemma) && tokens[j].pos === 'NOUN') {
          frame = j;
          break;
        }
      }
    }
    if (frame < 0) continue;
    // the framer: the nearest subject mention before the frame that is not a prepositional object
    const src = mentions.filter((m) => m.last < frame && !m.inPP).pop();
    if (!src) continue;
    const srcCountry = src.actor.slice(0, 3);
    // an addressee named between frame and subject ("reminder to Iraq that it must") is the target
    const addressee = mentions.find((m) => m.first > frame && m.last < subjFirst && m.inPP);
    const tgt = addressee ? [addressee] : target.filter((m) => m.actor.slice(0, 3) !== srcCountry || !m.pronoun);
    if (!tgt.length) continue;
    out.push({ frame, modal: i, source: [src], target: tgt, code });
  }
  return out;
}
