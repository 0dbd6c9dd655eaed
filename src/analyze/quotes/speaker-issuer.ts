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
import type { ArticleDocument, EntityRecord } from '../document.js';
import type { Span } from '../types.js';
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

/** One party to a joint statement: its entity and the mention that lists it. */
export interface JointParty {
  entity: EntityRecord;
  mention: Span;
}

/**
 * The parties of a statement several issue together, in the order its opening paragraph lists them,
 * or null for any other article. Its "we" is theirs together: the speaker is the first, the others
 * speak with it ("The following is the text of a communiqué issued by the United States of America,
 * the European Union, France, …", "Representatives of the Arab League, Egypt, … met in Washington").
 */
export const jointIssuers = oncePerPass((ctx: QuoteContext): JointParty[] | null => {
  // (a transcript's "we" is its speaker's)
  if (hasSpeakerLabel(ctx.doc.text)) return null;
  const parties = jointParties(ctx);
  return parties.length >= 2 ? parties : null;
});

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
  if (JOINT_WORDS.test(paragraph) || JOINT_WORDS.test(doc.title ?? '')) return true;
  const entityAt = doc.entityFinder();
  const partiesIn = (from: number, to: number) => {
    const parties = new Set<EntityRecord>();
    for (let i = from; i < to; i++) {
      const t = doc.tokens[i];
      if (t.start >= paragraphEnd) break;
      const hit = entityAt(t.start);
      if (hit && (PARTIES.has(hit.entity.type) || hit.entity.type === 'PERSON')) parties.add(hit.entity);
    }
    return parties.size;
  };
  if (RELEASED_TEXT.test(paragraph) && partiesIn(first.firstToken, doc.tokens.length) >= 2) return true;
  // (a subject of nothing but parties: "As part of our commitment to the people of Afghanistan, the
  // United States is providing …" is the Department's own release)
  return jointParties(ctx, false).length >= 2;
}

/** A title or preamble that calls the text a statement several issue ("Joint Statement on …", "Troika Statement on …"). */
const STATEMENT_WORDS = /\b(?:joint|communiqu[eé]|statement|declaration)\b/i;
/** Words that open the list of those who released a text ("released by …", "a statement from …"). */
const LIST_OPENERS = new Set(['by', 'from']);
/** Words a subject listing parties may hold besides their names ("Representatives of …", "along with"). */
const LIST_GLUE = new Set(['of', 'along', 'with', 'together', 'today', 'jointly']);

/**
 * The parties a joint statement's opening sentence lists, in order, or none. Only a text whose title
 * calls it a statement, or that opens as a preamble to a released text, has them (unless `titled` is
 * false), read from one of two places:
 * - a preamble to a text others released: the list after "by" or "from" ("The following is the text
 *   of a communiqué issued by the United States of America, the European Union, France, …"), up to a
 *   preposition ("on the occasion of …" names no party); where it names people ("released by
 *   Secretary Blinken, the EU High Representative … Josep Borrell, …"), the people only, not the
 *   bodies in their titles;
 * - a subject that is nothing but the parties ("Canada, Mexico, and the United States share …",
 *   "Representatives of the Arab League, Egypt, … met …"): any other word before the verb ("As part
 *   of our commitment to the people of Afghanistan, the United States is …") means no list.
 */
function jointParties(ctx: QuoteContext, titled = true): JointParty[] {
  const doc = ctx.doc;
  const opening = openingParagraph(doc);
  const first = doc.sentences.find((s) => doc.tokens[s.firstToken]?.start >= opening.start);
  if (!first) return [];
  const paragraph = doc.text.slice(opening.start, opening.end);
  // (not "joint statement" anywhere in the paragraph: "As the recent joint statement issued by the
  // Attorney General … makes clear, we …" is one department's press release)
  if (titled && !STATEMENT_WORDS.test(doc.title ?? opening.headline) && !RELEASED_TEXT.test(paragraph)) return [];
  const toks = doc.tokens;
  const entityAt = doc.entityFinder();
  // (the released-by list of a preamble: "The following statement was released by …")
  let from = first.firstToken;
  while (from < first.endToken && !LIST_OPENERS.has(toks[from].lower)) from++;
  const released = from < first.endToken && RELEASED_TEXT.test(paragraph);
  const parties: JointParty[] = [];
  let people = 0;
  for (let i = released ? from + 1 : first.firstToken; i < first.endToken; i++) {
    const t = toks[i];
    const hit = entityAt(t.start);
    if (hit && (PARTIES.has(hit.entity.type) || hit.entity.type === 'PERSON')) {
      if (!parties.some((p) => p.entity === hit.entity)) parties.push({ entity: hit.entity, mention: hit.mention });
      if (hit.entity.type === 'PERSON') people++;
      i = Math.max(i, doc.tokenIndexAt(hit.mention.end) - 1);
      continue;
    }
    // (a group's name the recogniser typed otherwise holds no party but breaks no list: "The members
    // of the Troika (Norway, …)")
    if (hit && hit.mention.kind === 'name' && !released) {
      i = Math.max(i, doc.tokenIndexAt(hit.mention.end) - 1);
      continue;
    }
    if (released) {
      // ("the High Representative on behalf of the European Union, and the Foreign Ministers of …":
      // the body one speaks for is a party)
      if (t.lower === 'on' && toks[i + 1]?.lower === 'behalf' && toks[i + 2]?.lower === 'of') {
        i += 2;
        continue;
      }
      // the list ends at a preposition other than a title's ("Minister of …", "High Representative for
      // …"), at a colon ("… and the United Kingdom:") or at a participle saying what the text does
      // ("…, condemning the military regime's execution of …")
      if ((t.pos === 'ADP' && t.lower !== 'of' && t.lower !== 'for') || t.text === ':') break;
      if (t.pos === 'VERB' && /ing$/.test(t.lower) && toks[i - 1]?.text === ',') break;
      continue;
    }
    // (a participle is no verb of the sentence: "Senior delegations representing the United States and Thailand met …")
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))) break;
    const glue =
      t.pos === 'DET' ||
      t.pos === 'CCONJ' ||
      t.pos === 'PUNCT' ||
      t.pos === 'ADJ' ||
      LIST_GLUE.has(t.lower) ||
      (t.pos === 'VERB' && /ing$/.test(t.lower)) ||
      ((t.pos === 'NOUN' || t.pos === 'PROPN') && /s$/.test(t.lower));
    // (the tagger's noun for a verb ends the list too: "Canada, Mexico, and the United States share/NOUN …")
    if (!glue) {
      if (parties.length < 2) return [];
      break;
    }
  }
  // a subject of people is no list of parties ("Secretary Blinken and Foreign Minister Kuleba met …" is a readout)
  if (!released) return people > 0 ? [] : parties;
  return people > 0 ? parties.filter((p) => p.entity.type === 'PERSON') : parties;
}

/** Most characters of a headline that opens a plain text on a line of its own. */
const MAX_HEADLINE = 200;

/**
 * The paragraph a statement opens with, and the headline before it where a plain text starts with
 * one on a line of its own ("Joint Statement on the U.S.-UAE Economic Policy Dialogue⏎⏎The text of
 * the following statement was released by …"): a short first paragraph with no closing punctuation.
 */
function openingParagraph(doc: ArticleDocument): { start: number; end: number; headline: string } {
  const text = doc.text;
  const end = (from: number) => {
    const at = text.indexOf('\n\n', from);
    return at < 0 ? text.length : at;
  };
  const firstEnd = end(0);
  const first = text.slice(0, firstEnd).trim();
  if (firstEnd >= text.length || first.length > MAX_HEADLINE || /[.!?:;"”]$/.test(first))
    return { start: 0, end: firstEnd, headline: '' };
  let start = firstEnd;
  while (start < text.length && /\s/.test(text[start])) start++;
  return { start, end: end(start), headline: first };
}
