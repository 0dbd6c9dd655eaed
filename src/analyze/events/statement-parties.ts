// The parties of a joint statement that names them in apposition to "we": "We, the G7 Foreign
// Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States of
// America and the High Representative of the European Union, condemn …". The "we" of the
// statement's later sentences ("We call on the Taliban to …") is those parties.
import type { ArticleDocument, EntityRecord } from '../document.js';
import type { MentionIndex } from './actors.js';

export interface StatementParty {
  entity: EntityRecord;
  actor: string;
}

/** By document: its statement's parties (empty where no sentence opens "We, the …"). */
const partiesCache = new WeakMap<ArticleDocument, StatementParty[]>();

/** The most words the apposition after "We," is read across before its verb. */
const MAX_APPOSITION = 80;

export function statementParties(doc: ArticleDocument, index: MentionIndex): StatementParty[] {
  let parties = partiesCache.get(doc);
  if (!parties) {
    parties = findParties(doc, index);
    partiesCache.set(doc, parties);
  }
  return parties;
}

function findParties(doc: ArticleDocument, index: MentionIndex): StatementParty[] {
  const toks = doc.tokens;
  for (const s of doc.sentences) {
    const f = s.firstToken;
    if (toks[f]?.text !== 'We' || toks[f + 1]?.text !== ',' || toks[f + 2]?.pos !== 'DET') continue;
    const found = new Map<string, StatementParty>();
    // the apposition runs to the statement's verb (its closing comma, if any, before it)
    for (let i = f + 2; i < s.endToken && i < f + MAX_APPOSITION; i++) {
      if (toks[i].pos === 'VERB' && !index.get(i)) break;
      const hit = index.get(i);
      // (the group itself, "the G7 Foreign Ministers", is no party of its own list)
      if (hit?.code && !found.has(hit.entity.id) && hit.mention.rule !== 'we-apposition')
        found.set(hit.entity.id, { entity: hit.entity, actor: hit.code });
    }
    if (found.size) return [...found.values()];
  }
  return [];
}
