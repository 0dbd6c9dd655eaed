// Vague references, as TimeBank tags them: "now", "currently", "current" → PRESENT_REF;
// "recently", "recent", "the past" → PAST_REF; "the future", "future" → FUTURE_REF.
import type { Candidate, ParseContext } from '../candidate.js';
import { alternation, lexicon } from '../lexicon.js';
import { type Build, scan, wordRegex } from './scan.js';

const vagueWord = wordRegex(alternation(Object.keys(lexicon.vague)));
const buildVague: Build = (m, ctx) => {
  const word = m[0].toLowerCase().replace(/\s+/g, ' ');
  const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
  // "now-defunct", "the past president": only the temporal uses
  if (word === 'the past' && /^\s+(?:president|chairman|record|performance|\w+ing)\b/i.test(after)) return null;
  if (word === 'now' && /^\s*that\b/i.test(after)) return null;
  return { type: 'DATE', value: lexicon.vague[word], rule: 'vague-ref', priority: 1 };
};

export function vagueParser(ctx: ParseContext): Candidate[] {
  return scan(ctx, vagueWord, buildVague);
}
