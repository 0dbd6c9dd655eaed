// Whether a bare weekday ("on Saturday", "Thursday morning") lies ahead of the publication date.
// News mostly reports the days just past; a weekday is in the future when its own clause plans or
// expects something ("planned a rally on Saturday", "would be traveling Thursday", "postponed until
// Tuesday"), unless a verb in the past tense governs it right before ("said Friday", "had been due to
// expire Friday").
import type { ParseContext } from './candidate.js';
import { alternation, lexicon } from './lexicon.js';

const FUTURE = new RegExp(
  `(?<![\\w'’])(?:${alternation([...lexicon.futureCues, ...lexicon.weekdayFutureCues])})(?![\\w])`,
  'i',
);
/** A past-tense verb (or "had been") just before the weekday: "said Friday", "was announced Wednesday". */
const PAST_BEFORE = new RegExp(
  `(?:\\b(?:${alternation(lexicon.pastVerbs)})|\\b(?!(?:need|plann|schedul|expect|propos|postpon|intend|slat)ed\\b)[a-z]{2,}ed)\\s+(?:(?:on|late|early|last)\\s+)?$`,
  'i',
);
const PAST_PERFECT = /\bhad\s+(?:been|already)\b/i;
const CLAUSE_EDGE = /[.;:!?"“”]|``|''|,\s+(?:but|and|while|although)\b/g;

/** The clause before the offset: back to the sentence start or the last clause edge, at most 80 characters. */
function clauseBefore(ctx: ParseContext, offset: number): string {
  const s = ctx.sentenceAt(offset);
  const before = ctx.text.slice(Math.max(s.start, offset - 80), offset);
  let cut = 0;
  CLAUSE_EDGE.lastIndex = 0;
  for (let m = CLAUSE_EDGE.exec(before); m; m = CLAUSE_EDGE.exec(before)) cut = m.index + m[0].length;
  return before.slice(cut);
}

const DAY_THEN = `^\\S+(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?:(?!and\\b|but\\b|or\\b)\\w+\\s+){0,2}`;
/** "Friday it will ...": a future verb right after, in the same clause. */
const FUTURE_AFTER = new RegExp(`${DAY_THEN}(?:will|'ll|’ll|is\\s+to|are\\s+to)\\b`, 'i');
/** "Until Thursday, they had not ...", "planned for Saturday was canceled": the clause is past. */
const PAST_AFTER = new RegExp(`${DAY_THEN}(?:was|were|had)\\b`, 'i');
const PAST_ADVERB = /\b(?:previously|originally|already|earlier)\b/i;

export function weekdayIsFuture(ctx: ParseContext, start: number): boolean {
  const s = ctx.sentenceAt(start);
  const after = ctx.text.slice(start, Math.min(s.end, start + 50));
  // "Wednesday's ruling": a noun phrase the clause's tense says little about; the sentence decides
  if (/^\S+?['’]s\b/.test(after)) return ctx.futureAt(start);
  const before = clauseBefore(ctx, start);
  if (PAST_BEFORE.test(before) || PAST_PERFECT.test(before) || PAST_ADVERB.test(before)) return false;
  if (PAST_AFTER.test(after)) return false;
  return FUTURE.test(before) || FUTURE_AFTER.test(after);
}
