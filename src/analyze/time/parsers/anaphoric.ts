// Dates told against the story's own time, not the publication date (HeidelTime's anaphoric
// reference): "that year", "later that year", "earlier that day", "the same month", "the following
// year", "the next day", "the previous month". Each candidate carries its unit and shift; the
// anaphora refiner gives it the value from the last date mentioned before it, and the value here
// (from the publication date) stands when the story has mentioned none.
import type { Candidate, ParseContext } from '../candidate.js';
import { fmtDay, addDays } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { unitValue } from './relative.js';
import { type Build, scan, wordRegex } from './scan.js';

const UNIT = `day|week|month|year`;
const anaphoric = wordRegex(
  `(?:(earlier|later)\\s+)?(?:(that|the\\s+same)\\s+(${UNIT})|the\\s+(following|previous|next|prior)\\s+(${UNIT}|morning|afternoon|evening|night))`,
);

const buildAnaphoric: Build = (m, ctx) => {
  const which = (m[2] ?? m[4]).toLowerCase().replace(/\s+/g, ' ');
  const word = (m[3] ?? m[5]).toLowerCase();
  // "the next year", "the next month": the coming one, told from the publication date (relative.ts)
  if (which === 'next' && word !== 'day' && !(word in lexicon.partsOfDay)) return null;
  const shift = which === 'following' || which === 'next' ? 1 : which === 'previous' || which === 'prior' ? -1 : 0;
  const part = lexicon.partsOfDay[word];
  const unit = part ? 'day' : word;
  if (part && shift === 0) return null;
  const value = part
    ? `${ctx.ref ? fmtDay(addDays(ctx.ref, shift)) : 'XXXX-XX-XX'}T${part}`
    : unitValue(ctx.ref, unit, shift);
  if (!value) return null;
  return {
    type: part ? 'TIME' : 'DATE',
    value,
    rule: 'anaphoric',
    priority: 3,
    anaphor: { unit: unit as 'day' | 'week' | 'month' | 'year', shift, part },
  };
};

export function anaphoricParser(ctx: ParseContext): Candidate[] {
  return scan(ctx, anaphoric, buildAnaphoric);
}
