// Diagnostic readings of the dev gold: the same annotations, read as the corpus' own conventions
// intend where its tooling fell short. Headline figures never use them.

interface GoldQuote {
  kind?: string;
  text?: string;
}

/**
 * PolNeAR's kinds are a heuristic of the corpus (kind_source "heuristic") that knows “…” and "…" but
 * not the doubled apostrophes and backticks of NYT-style text: its ''…'' quotations are all "indirect",
 * and a direct reading of them counts as a false positive in the direct-quote score. This reading gives
 * them the kind the same heuristic gives curly marks: direct where the span opens with the mark (561 in
 * the dev set), mixed where a marked stretch lies inside it (291). Only the kinds change, never a span
 * or a speaker; the headline direct figure (quotes/polnear-direct) stays on the gold as published.
 */
export function doubledMarkKinds(g: Record<string, unknown>): Record<string, unknown> {
  const quotes = (g.quotes as GoldQuote[] | undefined) ?? [];
  const reread = quotes.map((q) => {
    if (q.kind !== 'indirect' || typeof q.text !== 'string') return q;
    if (/^(?:''|``)/.test(q.text)) return { ...q, kind: 'direct' };
    if (/(?:''|``)\S[^\n]*?\S''/.test(q.text)) return { ...q, kind: 'mixed' };
    return q;
  });
  return { ...g, quotes: reread };
}
