// Who "the statement" is. Wire copy goes on from "The French Foreign Ministry issued a statement …"
// or "…, the ministry said in a statement." to "The statement said …", "The statement called for
// …": the statement speaks for whoever put it out. A speaker phrase whose head is such a document
// resolves to its issuer, read where the document was introduced: "X issued/released a statement",
// "a statement issued by X", "X's statement", or a quote "in a statement" attributed to X. The
// quote keeps the phrase's own span; no mention is added to the issuer (speaker rule
// statement-issuer).
import type { EntityRecord } from '../document.js';
import type { Span } from '../types.js';
import type { QuoteContext } from './context.js';
import type { Reported } from './speaker-pronouns.js';
import { isCalendarWord } from './speakers.js';
import { ISSUING } from './medium-issuer.js';
import type { Phrase } from './phrases.js';
import { subjectBefore } from './subject-before.js';
import { phraseAfter } from './phrase-after.js';

/** Documents that speak for their issuer, as the speaker phrase's last word. */
const DOCUMENTS = new Set(['statement', 'communique', 'communiqué', 'release', 'readout', 'declaration']);
/** Words before "release" that make it a document, not a film's or a prisoner's release. */
const RELEASE_KINDS = new Set(['press', 'news']);
/** Entity types that put out no statement: a place, a building, an event. */
const SILENT = new Set(['LOC', 'FAC', 'EVENT']);
/** Head words of phrases before a verb of issuing that are no issuer. */
const NOT_ISSUERS = new Set(['announcement', 'report', 'document', 'film', 'week', 'month', 'year']);
/** Whether an entity can put a document out: no place or event, and not itself a document ("The announcement"). */
function canIssue(e: EntityRecord): boolean {
  const last = e.name.toLowerCase().split(/\s+/).at(-1) ?? '';
  return !SILENT.has(e.type) && !DOCUMENTS.has(last) && !NOT_ISSUERS.has(last);
}

/** Verbs of saying that "in a statement" goes with. */
const SAYING = new Set(['say', 'tell', 'add', 'announce', 'state', 'declare', 'write']);

/** How far back (characters) the document's introduction may be. */
const REACH = 2000;

/** The issuer of the document `head` names ("The statement", "the joint statement"), else null. */
export function statementIssuer(
  ctx: QuoteContext,
  head: Span,
  earlier: readonly Reported[],
  entityOf: (p: Phrase) => EntityRecord | null,
): EntityRecord | null {
  const doc = ctx.doc;
  const words = doc.text.slice(head.start, head.end).toLowerCase().split(/\s+/);
  const noun = words.at(-1) ?? '';
  if (!DOCUMENTS.has(noun) || words.length > 4) return null;
  if (noun === 'release' && !RELEASE_KINDS.has(words.at(-2) ?? '')) return null;
  const toks = doc.tokens;
  const at = doc.tokenIndexAt(head.start);
  // (only a body or a person puts a document out: not "The announcement", "Thursday", another
  // statement; the phrase is read before entityOf, which makes an entity of a phrase it does not know)
  const issuerOf = (p: Phrase): EntityRecord | null => {
    const last = doc.text.slice(p.head.start, p.head.end).toLowerCase().split(/\s+/).at(-1) ?? '';
    if (DOCUMENTS.has(last) || NOT_ISSUERS.has(last) || isCalendarWord(doc, p.head)) return null;
    const e = entityOf(p);
    return e && canIssue(e) ? e : null;
  };
  // (the noun's own token: "The ministry's statement" is three words but four tokens)
  const own = issuerAround(doc.tokenIndexAt(head.end - 1));
  if (own) return own;
  if (!/^(?:the|this|that)$/.test(words[0])) return null;
  // the nearest earlier mention of such a document, and who put it out
  for (let j = at - 1; j >= 0 && head.start - toks[j].start <= REACH; j--) {
    if (toks[j].lower !== noun || (noun === 'release' && !RELEASE_KINDS.has(toks[j - 1]?.lower ?? ''))) continue;
    const found = issuerAround(j);
    if (found) return found;
  }
  return null;

  /** The issuer read around the document's noun at token j. */
  function issuerAround(j: number): EntityRecord | null {
    const s = ctx.sentenceAt(j);
    if (!s) return null;
    // "a statement issued by the Foreign Ministry"
    if (toks[j + 2]?.lower === 'by' && ISSUING.has(toks[j + 1]?.lemma ?? '')) {
      const by = phraseAfter(doc, j + 3, s.endToken);
      if (by && by.headKind !== 'pronoun') return issuerOf(by);
    }
    // "The French Foreign Ministry issued a statement", "North Korea released a joint statement"
    for (let v = j - 1; v >= s.firstToken && j - v <= 4; v--) {
      if (toks[v].pos !== 'VERB') continue;
      if (!ISSUING.has(toks[v].lemma)) break;
      const issuer = subjectBefore(doc, v, s.firstToken);
      if (issuer && issuer.headKind !== 'pronoun') return issuerOf(issuer);
      break;
    }
    // "the ministry's statement", "the military's press release", "the ministry's joint statement"
    let p = j - 1;
    while (p > s.firstToken && j - p <= 2 && (toks[p].pos === 'NOUN' || toks[p].pos === 'ADJ')) p--;
    const owner = toks[p]?.text.match(/^['’]s?$/) ? subjectBefore(doc, p, s.firstToken) : null;
    if (owner && owner.headKind !== 'pronoun') return issuerOf(owner);
    // "…, the ministry said in a statement.": whoever the sentence's quote is credited to
    // (a report's "in a statement", with its verb of saying: not "what's in that statement")
    const inA = toks[j - 2]?.lower === 'in' ? j - 1 : toks[j - 3]?.lower === 'in' ? j - 2 : -1;
    const saying = () => toks.slice(s.firstToken, s.endToken).some((t) => SAYING.has(t.lemma));
    if (inA > 0 && /^(?:a|an|its|their|his|her)$/.test(toks[inA].lower) && saying()) {
      const from = toks[s.firstToken].start;
      const to = toks[s.endToken - 1].end;
      for (let r = earlier.length - 1; r >= 0; r--) {
        const q = earlier[r];
        if (q.entity && q.start < to && q.end > from) return canIssue(q.entity) ? q.entity : null;
      }
    }
    return null;
  }
}
