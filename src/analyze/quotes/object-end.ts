// An object content ends with its quoted words when the subject's own second predicate follows:
// "Clinton called it “horrific and unacceptable” and was “grateful …”", "calling her a "horrible,
// horrible witness," and then tweeted that …". After "and" an inflected verb is the subject's again,
// not the object's; a bare one stays inside the object ("urged Clinton to “stop …” and call on …").
import type { Candidate, QuoteContext } from './context.js';
import { isWord } from './context.js';

/** Rules whose content is an object and its complement ("called X “…”"), not a reported clause. */
const OBJECT_RULE = /^cue-(object|participle)/;

function endAtQuotedName(ctx: QuoteContext, c: Candidate): void {
  const { doc, spans } = ctx;
  const toks = doc.tokens;
  for (const sp of spans) {
    if (sp.open < c.start || sp.close < 0 || sp.single) continue;
    if (sp.close >= c.end) break;
    let k = doc.tokenIndexAt(sp.close + 1);
    while (toks[k] && !isWord(toks[k]) && toks[k].end <= c.end) k++;
    const next = toks[k];
    if (!next || next.start >= c.end) return;
    // "and" with a verb of the subject's own: a second predicate ("… and was “grateful …”", "and then tweeted")
    if (next.lower !== 'and') continue;
    let v = k + 1;
    while (toks[v] && toks[v].pos === 'ADV') v++;
    // an inflected verb ("was", "tweeted"), not a bare one coordinated inside the object ("to “stop …” and call on …")
    const verb = toks[v];
    if (!verb || !(verb.pos === 'VERB' || verb.pos === 'AUX') || verb.lower === verb.lemma) continue;
    c.end = sp.close + 1;
    c.rule += '+quoted-end';
    return;
  }
}

/** Ends each object content at the quoted name it holds. */
export function endObjectsAtQuotedNames(ctx: QuoteContext): void {
  for (const c of ctx.candidates) {
    if (c.kind === 'direct' || !c.cue || c.parts || !OBJECT_RULE.test(c.rule)) continue;
    if (/^that$/i.test(ctx.doc.text.slice(c.start, c.start + 4))) continue;
    endAtQuotedName(ctx, c);
  }
}
