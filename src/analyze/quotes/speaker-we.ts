// Who "we" is in an article's own voice, outside anyone's quotation. A statement or readout speaks
// as "we" for its issuer ("We welcome Italy's focus on …"), and the issuer is seldom the last body
// named before the pronoun: the nearest country or group before "we" was the wrong speaker in most
// demo-corpus statements ("Bangladesh" for the United States, "ASEAN" for the Quad). So "we" is
// resolved only where the text says who it is: a country or body opening the sentence ("The United
// States remains committed to …, and we welcome …"), or opening the sentence before in the paragraph
// when that one speaks as "we" too ("The United States and Bangladesh are united in our condemnation
// of terrorism … We commend …"). Otherwise it stays the pronoun, with no entity: an unknown speaker
// rather than a wrong one.
import type { EntityRecord } from '../document.js';
import type { Span } from '../types.js';
import type { QuoteContext } from './context.js';

/** Bodies that speak as "we" and may open a sentence as its subject (a people's adjective opens "Ukrainian overtures"). */
const SUBJECT_BODIES = new Set(['GPE', 'ORG']);
/** How far into a sentence its opening name may start ("The United States", "The G7 ministers"). */
const OPENING_TOKENS = 2;

export type WeResolution = { entity: EntityRecord; rule: 'we-sentence-subject' } | null;

/** The body the article's own "we" at `head` stands for, if the text says so. */
export function narrativeWe(ctx: QuoteContext, head: Span): WeResolution {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const k = doc.tokenIndexAt(head.start);
  const entityAt = doc.entityFinder();
  const here = ctx.sentenceAt(k);
  if (!here) return null;
  const paragraph = ctx.paragraphOf(head.start);
  // the sentence's own opening (before "we"), then the previous sentence's, in the same paragraph
  const sentences = [here, ctx.sentenceAt(here.firstToken - 1)];
  for (const s of sentences) {
    if (!s || ctx.paragraphOf(toks[s.firstToken].start) !== paragraph) break;
    // the sentence before speaks for the same side only if it says so too ("… are united in our
    // condemnation"): "Russia will have to face consequences. We reject …" is no Russian "we"
    if (s !== here && !speaksAsWe(ctx, s.firstToken, s.endToken)) break;
    for (let j = s.firstToken; j < Math.min(s.endToken, s.firstToken + OPENING_TOKENS, k); j++) {
      const hit = entityAt(toks[j].start);
      // only a name opening the sentence, after "The" at most ("As NATO Allies, …" is no subject)
      if (j > s.firstToken && toks[j - 1].lower !== 'the') break;
      if (!hit || !SUBJECT_BODIES.has(hit.entity.type) || hit.mention.kind !== 'name') continue;
      if (ctx.isQuoted(toks[j].start) || possessive(ctx, hit.mention.end)) break;
      // "Russia continues its attacks. We call on Russia to …": "we" is not whom it addresses
      if (hit.entity.mentions.some((m) => m.start > head.end && m.start < here.end)) break;
      return { entity: hit.entity, rule: 'we-sentence-subject' };
    }
  }
  return null;
}

const FIRST_PERSON_PLURAL = new Set(['we', 'our', 'us', 'ours', 'ourselves']);

/** Whether tokens [a, b) hold a first-person plural word outside quotation marks. */
function speaksAsWe(ctx: QuoteContext, a: number, b: number): boolean {
  const toks = ctx.doc.tokens;
  for (let j = a; j < b; j++) if (FIRST_PERSON_PLURAL.has(toks[j].lower) && ctx.inSpan[j] < 0) return true;
  return false;
}

/** Whether the name ending at `end` is a possessor ("The DPRK's launch …"): then it is no subject. */
function possessive(ctx: QuoteContext, end: number): boolean {
  return /^['’](?:s\b|\s)/.test(ctx.doc.text.slice(end, end + 3));
}
