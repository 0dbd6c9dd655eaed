// Whom a reporter's question puts "you" to when it names them: "And for Secretary Blinken, you've
// been very clear that …" is put to Blinken, though President Sandu answers first; so is "Secretary
// Blinken, you said …" (a name as a vocative). Without such a name, "you" is whoever answers next
// (attribute.ts answererOf).
import type { ArticleDocument, EntityRecord } from '../document.js';

/** Words that may open a sentence before "for NAME," ("And for Secretary Blinken, …"). */
const OPENERS = new Set(['and', 'so', 'now', 'but', 'also', 'then', 'question']);
/** Prepositions that put a question to someone ("for the Secretary", "to Minister Lavrov"). */
const TO_WHOM = new Set(['for', 'to']);

/**
 * The person the question's sentences name as addressee before `at`, in the same paragraph and after
 * `from` (the turn's start): the last "for NAME," or "NAME," opening a sentence. Null where none is.
 */
export function namedAddressee(doc: ArticleDocument, from: number, at: number): EntityRecord | null {
  const paragraph = Math.max(from, doc.text.lastIndexOf('\n', at - 1) + 1);
  const toks = doc.tokens;
  let found: EntityRecord | null = null;
  for (const s of doc.sentences) {
    if (s.end <= paragraph) continue;
    if (s.start >= at) break;
    let k = s.firstToken;
    // (a turn's label or "QUESTION:" may share the sentence: start after the paragraph's first word)
    while (k < s.endToken && toks[k].start < paragraph) k++;
    while (k < s.endToken && OPENERS.has(toks[k].lower)) k++;
    if (k < s.endToken && TO_WHOM.has(toks[k].lower)) k++;
    if (toks[k]?.lower === 'the') k++;
    const person = personNamedAt(doc, k);
    if (person && person.end < at && /^\s*[,:]/.test(doc.text.slice(person.end, person.end + 3))) found = person.entity;
  }
  return found;
}

/** The person whose name mention (after its title) starts at token k, and where the mention ends. */
function personNamedAt(doc: ArticleDocument, k: number): { entity: EntityRecord; end: number } | null {
  const t = doc.tokens[k];
  if (!t) return null;
  // a title before the name ("Secretary Blinken", "Foreign Minister Lavrov"): the mention may start after it
  for (let j = k; j < k + 4 && j < doc.tokens.length; j++) {
    const hit = doc.entityAt(doc.tokens[j].start);
    if (!hit) continue;
    if (hit.entity.type !== 'PERSON' || hit.mention.kind !== 'name') return null;
    // every word between is capitalised (a title), and the mention runs to a comma or colon
    for (let i = k; i < j; i++) if (!/^\p{Lu}/u.test(doc.tokens[i].text)) return null;
    return { entity: hit.entity, end: hit.mention.end };
  }
  return null;
}
