// A denial set after what it denies: "Ukraine says Russia is using Iranian drones, a claim Tehran has
// rejected", "Uribe charged Correa's government of having links with the FARC rebels, a charge that
// Correa quickly denied", "…, which he has denied", "…, a claim Hamas did not immediately confirm".
// The denier's quote holds what the charge says (the content of the attribution the aside follows,
// else the clause before it), so that a reader sees who denies what; the aside's own words ("an
// allegation both countries") are no speaker.
import type { Sentence } from '../document.js';
import { quoteCandidate, type Candidate, type QuoteContext } from './context.js';
import { npToken, phrase, type Phrase } from './phrases.js';
import { subjectBefore } from './subject-before.js';

/** Verbs of denying, and "confirm", which an aside mostly negates ("a claim Hamas did not immediately confirm"). */
const DENIALS = new Set(['deny', 'reject', 'dispute', 'dismiss', 'refute', 'contest', 'confirm']);
/** Nouns an aside names the charge by. */
const CHARGE_NOUNS = new Set([
  'charge',
  'charges',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'assertion',
  'assertions',
  'suggestion',
  'characterization',
  'characterisation',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those']);

/** An aside of denial: the comma before it, its denier, and whether it opens with "which". */
interface DenialAside {
  comma: number;
  denier: Phrase;
  relative: boolean;
}

/**
 * The aside whose denial verb is token k: ", a claim Tehran has rejected", ", a charge that Correa
 * quickly denied", ", which he has denied". (The phrase reader takes "a claim Tehran" for one noun
 * phrase: the denier is what follows the charge's noun.)
 */
function denialAside(ctx: QuoteContext, s: Sentence, k: number): DenialAside | null {
  const toks = ctx.doc.tokens;
  const subj = subjectBefore(ctx.doc, k, s.firstToken);
  if (!subj) return null;
  // ", which he has denied": the relative stands for the attribution before the comma
  const w = subj.first - 1;
  if (toks[w]?.lower === 'which' && toks[w - 1]?.text === ',') return { comma: w - 1, denier: subj, relative: true };
  // the charge's noun, inside the phrase read ("a claim Tehran") or before it ("a charge that Correa")
  let n = subj.first;
  if (DETERMINERS.has(toks[n].lower)) {
    n++;
    while (n < subj.endToken && toks[n].pos === 'ADJ') n++;
    if (n >= subj.endToken - 1 || !CHARGE_NOUNS.has(toks[n].lower)) return null;
    const denier = phrase(ctx.doc, n + 1, subj.endToken);
    const comma = subj.first - 1;
    return toks[comma]?.text === ',' ? { comma, denier, relative: false } : null;
  }
  n = toks[w]?.lower === 'that' || toks[w]?.lower === 'which' ? w - 1 : w;
  if (!CHARGE_NOUNS.has(toks[n]?.lower ?? '')) return null;
  let d = n - 1;
  while (d > s.firstToken && toks[d].pos === 'ADJ') d--;
  if (!DETERMINERS.has(toks[d]?.lower ?? '') || toks[d - 1]?.text !== ',') return null;
  return { comma: d - 1, denier: subj, relative: false };
}

/**
 * The attribution whose content runs up to the comma (its content the charge), if one does: its
 * content up to the comma (a content read on through the aside ends there).
 */
function chargedAttribution(ctx: QuoteContext, s: Sentence, comma: number): Candidate | undefined {
  const toks = ctx.doc.tokens;
  const from = toks[s.firstToken].start;
  const to = toks[comma].start;
  let best: Candidate | undefined;
  for (const c of ctx.candidates) {
    if (c.start < from || c.start >= to || !c.cue || c.cue.end > to || c.parts) continue;
    // (up to the comma but for closing marks and spaces, or on through the aside)
    if (c.end < to && !/^["”’'»\s]*$/.test(ctx.doc.text.slice(c.end, to))) continue;
    if (!best || c.start < best.start) best = c;
  }
  if (best && best.end > to) {
    let end = to;
    while (end > best.start && /\s/.test(ctx.doc.text[end - 1])) end--;
    best.end = end;
  }
  return best;
}

export function findDeniedCharges(ctx: QuoteContext): void {
  const toks = ctx.doc.tokens;
  for (const s of ctx.sentences)
    for (let k = s.firstToken + 3; k < s.endToken; k++) {
      const t = toks[k];
      if (t.pos !== 'VERB' || !DENIALS.has(t.lemma) || ctx.inSpan[k] >= 0) continue;
      const aside = denialAside(ctx, s, k);
      if (!aside) continue;
      const charged = chargedAttribution(ctx, s, aside.comma);
      // a charge the writer states (no attribution before it) is the clause before the comma
      if (!charged && aside.relative) continue;
      const start = charged ? charged.start : toks[s.firstToken].start;
      const end = charged ? charged.end : toks[aside.comma - 1].end;
      if (end <= start) continue;
      // the rules' reading of the aside as a frame of the sentence ("an allegation both countries deny")
      const cueStart = t.start;
      ctx.keepCandidates((c) => c.cue?.start !== cueStart);
      ctx.usedCue.add(k);
      const party = aside.denier.headKind === 'pronoun' && charged ? chargedParty(ctx, charged) : null;
      participleOfDenier(ctx, k, s.endToken, party ?? aside.denier);
      ctx.candidates.push(
        quoteCandidate({
          kind: charged ? charged.kind : 'indirect',
          start,
          end,
          cue: { start: t.start, end: t.end },
          speaker: party ?? aside.denier,
          rule: 'denied-charge',
          speakerRule: party ? 'charged-party' : 'cue-subject',
        }),
      );
    }
}

/** Verbs that name the one charged before "of"/"with": accused X of, charged X with. */
const ACCUSING = new Set(['accuse', 'charge', 'blame', 'suspect']);
/** The most tokens of the one charged. */
const MAX_CHARGED = 8;

/**
 * Who a pronoun denying a charge stands for: the one charged. "accused the government of rigging the
 * vote, a charge it denied" is the government's denial, not the opposition's.
 */
function chargedParty(ctx: QuoteContext, charged: Candidate): Phrase | null {
  const toks = ctx.doc.tokens;
  const cue = charged.cue ? toks[ctx.doc.tokenIndexAt(charged.cue.start)] : undefined;
  if (!cue || !ACCUSING.has(cue.lemma)) return null;
  const a = ctx.doc.tokenIndexAt(charged.start);
  let o = a;
  while (o < toks.length && o - a < MAX_CHARGED && toks[o].lower !== 'of' && toks[o].lower !== 'with') {
    if (!npToken(toks[o])) return null;
    o++;
  }
  if (o === a || (toks[o]?.lower !== 'of' && toks[o]?.lower !== 'with')) return null;
  const np = phrase(ctx.doc, a, o);
  return np.headKind === 'pronoun' ? null : np;
}

/**
 * "…, a charge that Colorado Republican leaders strongly denied, noting that they had been using the
 * same system …": a participle right after the denial is the denier's, not the main clause subject's.
 */
function participleOfDenier(ctx: QuoteContext, k: number, end: number, denier: Phrase): void {
  const toks = ctx.doc.tokens;
  let j = k + 1;
  while (j < end && toks[j].pos === 'ADV') j++;
  if (toks[j]?.text !== ',' || !/ing$/.test(toks[j + 1]?.lower ?? '')) return;
  const cueStart = toks[j + 1].start;
  for (const c of ctx.candidates)
    if (c.cue?.start === cueStart) {
      c.speaker = denier;
      c.speakerRule = 'denier-participle';
    }
}
