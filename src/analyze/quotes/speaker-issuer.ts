// Who "we" is in a government's own statement. A State Department press release says "We welcome
// the announcement by the EU …" in the Department's voice, and names itself nowhere in the text;
// the input's `source` ("U.S. Department of State (press releases RSS)", "The White House … press
// office") does. When the source is a government body or seat the KB knows, the article's own "we"
// (outside anyone's quotation or transcript turn, and where the text names no other "we") is that
// body: speaker rule we-issuer. A news outlet as source ("Wikinews", "Reuters") gives no one: a
// newspaper's "we" is rare and seldom its own voice. Nor does a speech or transcript (a speaker's
// label opens a line), nor a statement several parties issue together.
import { countryEntity } from '../entities/kb.js';
import { sourceGovernment } from '../entities/source-government.js';
import type { EntityRecord } from '../document.js';
import { oncePerPass, type QuoteContext } from './context.js';
import { hasSpeakerLabel } from './speaker-transcript.js';

/** Words of a statement several parties issue together. */
const JOINT_WORDS = /\b(?:joint statement|communiqu[eé]|joint declaration)\b/i;
const PARTIES = new Set(['GPE', 'ORG', 'NORP']);
/** A preamble introducing a text others released ("The following statement was released by …"). */
const RELEASED_TEXT = /^(?:The (?:text of the )?following|Begin text)/i;

/** The entity of the government body that issued the article, made once per quote pass; null for none. */
export const issuerEntity = oncePerPass(findIssuer);

function findIssuer(ctx: QuoteContext): EntityRecord | null {
  const doc = ctx.doc;
  // (a speech's or transcript's "we" is its speaker's)
  if (!doc.source || hasSpeakerLabel(doc.text) || jointStatement(ctx)) return null;
  const hit = sourceGovernment(doc.source);
  if (!hit?.actor) return null;
  // a seat of government ("The White House") stands for its country's government, as in the text
  const kb = hit.kind === 'seat' && hit.country ? countryEntity(hit.country) : hit;
  const existing = doc.entities.find((e) => e.kb === kb.id);
  if (existing) return existing;
  return doc.addEntity({
    type: kb.kind === 'country' ? 'GPE' : 'ORG',
    name: kb.name,
    actor: hit.actor,
    country: kb.country ?? null,
    kb: kb.id,
  });
}

/**
 * Whether the article is several parties' statement: its opening paragraph says so ("joint
 * statement", "communiqué"), introduces a text released by several ("The following statement was
 * released by Secretary Blinken, the EU High Representative …"), or names two countries or bodies
 * or more before its first sentence's verb ("Canada, Mexico, and the United States share …"): its
 * "we" is theirs together.
 */
function jointStatement(ctx: QuoteContext): boolean {
  const doc = ctx.doc;
  const first = doc.sentences[0];
  if (!first) return false;
  const breakAt = doc.text.indexOf('\n\n');
  const paragraphEnd = breakAt < 0 ? doc.text.length : breakAt;
  const paragraph = doc.text.slice(0, paragraphEnd);
  if (JOINT_WORDS.test(paragraph)) return true;
  const entityAt = doc.entityFinder();
  const partiesIn = (from: number, to: number, subjectOnly: boolean) => {
    const parties = new Set<EntityRecord>();
    for (let i = from; i < to; i++) {
      const t = doc.tokens[i];
      if (t.start >= paragraphEnd) break;
      // (a participle is no verb of the sentence: "Senior delegations representing the United States and Thailand met …")
      if (subjectOnly && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower)))) break;
      const hit = entityAt(t.start);
      if (hit && (PARTIES.has(hit.entity.type) || (!subjectOnly && hit.entity.type === 'PERSON')))
        parties.add(hit.entity);
    }
    return parties.size;
  };
  if (RELEASED_TEXT.test(paragraph) && partiesIn(first.firstToken, doc.tokens.length, false) >= 2) return true;
  return partiesIn(first.firstToken, first.endToken, true) >= 2;
}
