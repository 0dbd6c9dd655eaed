// A pronoun subject of a clause coordinated with an attribution just made: in "China has made clear
// that it is opposed to Iran developing nuclear weapons, and it supports our approach" the second
// "it" is China again, the subject of the clause it is joined to, not Iran, the body named last.
// English keeps the subject across "X said A, and he/she/it/they B"; the nearest fitting name is
// most often inside A, what X spoke of.
import type { EntityRecord } from '../document.js';
import type { Span } from '../types.js';
import type { QuoteContext } from './context.js';
import { agrees, type Reported } from './speaker-pronouns.js';

/** What may stand between the first content's end and "and": closing marks, a comma, spaces. */
const JOINT = /^[\s,"”’']*$/;

/** Whether the entity fits the pronoun as a subject ("they" a body named in the plural or a people). */
function fits(ctx: QuoteContext, e: EntityRecord, word: string, subject: Span, together = false): boolean {
  if (word === 'it') return e.type === 'ORG' || e.type === 'GPE';
  // ("they discussed TPP …, and they discussed some of the issues …" after a readout's pair: those who
  // spoke together are a "they"; a "he" or "she" is not one of them)
  if (word === 'they')
    return (
      together ||
      e.type === 'NORP' ||
      (agrees(ctx, e, word) && /s$/i.test(ctx.doc.text.slice(subject.start, subject.end)))
    );
  return !together && agrees(ctx, e, word);
}

/**
 * Whether someone else who fits the pronoun is the subject of a clause in [from, to): a name followed
 * by a finite verb ("echoing what Robert said, President Medvedev has been clear …, and he's been
 * supportive": Medvedev's clause is the one joined). A name the clause only speaks of ("opposed to
 * Iran developing …") is no subject.
 */
function otherSubjectBetween(ctx: QuoteContext, e: EntityRecord, word: string, from: number, to: number): boolean {
  const doc = ctx.doc;
  for (const other of doc.entities) {
    if (other === e) continue;
    for (const m of other.mentions) {
      if (m.kind === 'pronoun' || m.start < from || m.end > to) continue;
      const next = doc.tokens[doc.tokenIndexAt(m.end - 1) + 1];
      const finite = next && (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/i.test(next.text)));
      if (finite && fits(ctx, other, word, m)) return true;
    }
  }
  return false;
}

/**
 * The attribution that the pronoun's clause is coordinated with: the pronoun comes right after "and"
 * or "but", which comes right after an earlier quote's content in the same sentence; that quote's
 * speaker was its cue's subject, before the cue, and fits the pronoun ("they" those who spoke
 * together). Else null.
 */
export function coordinatedSubject(
  ctx: QuoteContext,
  head: Span,
  word: string,
  earlier: readonly Reported[],
): Reported | null {
  const doc = ctx.doc;
  const k = doc.tokenIndexAt(head.start);
  const conj = doc.tokens[k - 1];
  if (!conj || (conj.lower !== 'and' && conj.lower !== 'but')) return null;
  const sentence = ctx.sentenceAt(k);
  if (!sentence) return null;
  const sentenceStart = doc.tokens[sentence.firstToken].start;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const r = earlier[i];
    if (r.end > conj.start) continue;
    if (r.start < sentenceStart || !JOINT.test(doc.text.slice(r.end, conj.start))) return null;
    if (!r.entity || !r.subject || !r.cue || r.subject.end > r.cue.start) return null;
    const together = !!r.together?.length;
    if (
      !fits(ctx, r.entity, word, r.subject, together) ||
      otherSubjectBetween(ctx, r.entity, word, r.start, conj.start)
    )
      return null;
    return r;
  }
  return null;
}
