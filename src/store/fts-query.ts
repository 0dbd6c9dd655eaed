// Turns what a person typed into an FTS5 query that cannot be a syntax error: each word becomes a
// quoted string, so `"unbalanced`, `NEAR(` or `a OR` search for their words instead of failing.

/** The user's words, each quoted (inner quotes doubled), joined so that all must match. */
export function quoteTerms(input: string): string {
  const words = input
    .split(/\s+/u)
    // A word with no letter or digit indexes to nothing; quoting it would only match nothing.
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .map((w) => `"${w.replace(/"/g, '""')}"`);
  return words.join(' ');
}

/** True when an error from SQLite says the FTS5 query itself is malformed. */
export function isFtsSyntaxError(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return /fts5|syntax error|unterminated|no such column|unknown special query/i.test(message);
}
