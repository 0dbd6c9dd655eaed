// "Sen. Bernie Sanders, I-Vt., a self-described democratic socialist", "He is a self-described
// housewife": a description the person gives of themselves, reported as theirs. PolNeAR annotates the
// description as an attribution cued by "described", its source the person described.
import type { Sentence, Token } from '../document.js';
import { BE_FORMS, type QuoteContext } from './context.js';
import { pushIndirect } from './indirect-candidate.js';
import type { Phrase } from './phrases.js';
import { nameBeforeComma, PARTY_LABEL } from './described-subject.js';
import { subjectBefore } from './subject-before.js';

/** Participles after "self-" that make what follows the person's own description of themselves. */
const SELF_PARTICIPLES = new Set(['described', 'proclaimed', 'styled', 'identified']);
/** Words that may stand between the person's comma or "be" and "self-": "is a", ", an independent and". */
const LEAD_TAGS = new Set(['DET', 'ADJ', 'ADV', 'CCONJ']);
/** Tags of the words of the description after the participle ("democratic socialist"). */
const DESCRIPTION_TAGS = new Set(['ADJ', 'NOUN', 'PROPN']);
/** How far back the person described may be named (past an apposition: "Sanders, a senator from … and"). */
const MAX_HOLDER_REACH = 16;

/**
 * The person a "self-described" phrase at token k describes: the name before the comma that opens
 * the apposition holding it, or the subject of the "be" it is the complement of; else null.
 */
function describedPerson(ctx: QuoteContext, s: Sentence, k: number): Phrase | null {
  const doc = ctx.doc;
  const toks = doc.tokens;
  // (only a description of the person: after "and" an apposition's other words may come before it,
  // "a senator from the state of Vermont and self-described …"; else only an article and modifiers,
  // not "leader of the self-proclaimed Republic of Ichkeria", "supported by the self-proclaimed chief")
  const coordinated = toks[k - 1]?.lower === 'and';
  for (let j = k - 1; j >= s.firstToken && k - j <= MAX_HOLDER_REACH; j--) {
    if (BE_FORMS.has(toks[j].lower)) return subjectBefore(doc, j, s.firstToken);
    if (!coordinated && toks[j].text !== ',' && !LEAD_TAGS.has(toks[j].pos)) return null;
    if (toks[j].text !== ',') continue;
    const named = nameBeforeComma(doc, j, s.firstToken);
    // (past a party label set off by commas: "Sen. Bernie Sanders, I-Vt., a self-described …")
    const label = named ? -1 : labelStartBefore(toks, j);
    if (label < 0) return named;
    j = label + 1;
  }
  return null;
}

/**
 * The comma before a party label that the comma at c closes ("Sanders, I-Vt., …": the first comma),
 * or -1 where the words before c are no such label.
 */
function labelStartBefore(toks: readonly Token[], c: number): number {
  let b = c - 1;
  while (b > 0 && c - b <= MAX_LABEL_TOKENS && toks[b].text !== ',') b--;
  if (toks[b]?.text !== ',' || b === c - 1) return -1;
  const label = toks
    .slice(b + 1, c)
    .map((t) => t.text)
    .join('');
  return PARTY_LABEL.test(label) ? b : -1;
}
const MAX_LABEL_TOKENS = 5;

function selfDescriptionAt(ctx: QuoteContext, s: Sentence, k: number): void {
  const toks = ctx.doc.tokens;
  // "self" "-" "described" as the tokenizer splits it, glued
  const participle = toks[k + 2];
  if (toks[k + 1]?.text !== '-' || !participle || !SELF_PARTICIPLES.has(participle.lower)) return;
  if (toks[k + 1].start !== toks[k].end || participle.start !== toks[k + 1].end) return;
  let e = k + 3;
  while (e < s.endToken && DESCRIPTION_TAGS.has(toks[e].pos) && ctx.inSpan[e] < 0) e++;
  if (e === k + 3) return;
  const holder = describedPerson(ctx, s, k);
  if (!holder) return;
  const span = { start: toks[k + 3].start, end: toks[e - 1].end };
  pushIndirect(
    ctx,
    span,
    { start: toks[k].start, end: participle.end },
    holder,
    'self-description',
    'described-person',
  );
}

/** Descriptions a person gives of themselves ("a self-described democratic socialist"). */
export function findSelfDescriptions(ctx: QuoteContext): void {
  const toks = ctx.doc.tokens;
  for (const s of ctx.sentences)
    for (let k = s.firstToken; k + 3 < s.endToken; k++)
      if (toks[k].lower === 'self' && ctx.inSpan[k] < 0) selfDescriptionAt(ctx, s, k);
}
