// Time adjuncts that may stand between a subject and its cue and are never the speaker ("two weeks
// ago", "on Monday", "last week", "in 2005"), and the participle such a time dates ("the order
// released Friday said").
import type { Token } from '../document.js';
import { DEICTIC_DAYS, isCalendarText, YEAR } from '../nlp/closed-class.js';
import { isBreak, isPastParticiple, RELATIVE_OPENERS } from './phrases.js';

const TIME_UNITS = /^(?:second|minute|hour|day|week|month|year|decade)s?$/;
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Words of a time span's measure before "ago" (less than two weeks, about a year, just days). */
const AGO_MEASURE = new Set([
  'less',
  'more',
  'than',
  'about',
  'nearly',
  'almost',
  'just',
  'only',
  'a',
  'an',
  'few',
  'several',
  'some',
]);
export const TIME_PREPOSITIONS = new Set(['on', 'in', 'last', 'this', 'next', 'earlier', 'late', 'early']);

const WEEKDAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * Where a time adjunct ending at token j starts ("two weeks ago", "on Monday", "last week"), or -1.
 * Such an adjunct may stand between a subject and its cue; it is never the speaker.
 */
export function timeAdjunctStart(toks: Token[], j: number, lo: number): number {
  const t = toks[j];
  if (!t || j <= lo) return -1;
  if (t.lower === 'ago') {
    let i = j - 1;
    if (!TIME_UNITS.test(toks[i].lower)) return -1;
    i--;
    while (i > lo && j - i <= 6 && (toks[i].pos === 'NUM' || AGO_MEASURE.has(toks[i].lower))) i--;
    return i + 1;
  }
  // ("Sanders on Wednesday morning said", "the minister yesterday evening said": a part of the day
  // after the day the adjunct names)
  if (PARTS_OF_DAY.has(t.lower) && j - 1 > lo) {
    const day = timeAdjunctStart(toks, j - 1, lo);
    if (day >= 0) return day;
  }
  // "The International Court of Justice today issued", "30A protestors this week organised" (not "the
  // next day", whose article belongs to a phrase of its own)
  if (DEICTIC_DAYS.has(t.lower)) return j;
  if (j === 0) return -1;
  // "The leading Republican candidates for president Thursday lashed out …": a weekday alone right
  // after the subject's noun, with no verb before it in the clause ("voters going to the polls
  // Tuesday say" and "the letter Comey sent to congressional leaders Friday" end in a clause's object)
  if (
    WEEKDAYS.test(t.text) &&
    (toks[j - 1].pos === 'NOUN' || toks[j - 1].pos === 'PROPN') &&
    !WEEKDAYS.test(toks[j - 1].text) &&
    !toks.slice(lo, j).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || isBreak(x) || x.text === ',')
  )
    return j;
  if (
    DEICTIC_LEADS.has(toks[j - 1].lower) &&
    // (a relative pronoun the tagger calls a determiner is no article: "which last week denied")
    (toks[j - 2]?.pos !== 'DET' || RELATIVE_OPENERS.has(toks[j - 2].lower)) &&
    (isCalendarText(t.text) || TIME_UNITS.test(t.lower))
  )
    return j - 1;
  const prep = toks[j - 1];
  if (TIME_PREPOSITIONS.has(prep.lower) && (isCalendarText(t.text) || TIME_UNITS.test(t.lower)))
    return prep.pos === 'DET' || toks[j - 2]?.pos === 'DET' ? -1 : j - 1;
  // a year or a date ending in one: "A World Bank study in 2005 estimated", "A NAFTA report of
  // August 13, 2003 said", "on 4 July 2006"
  // (right before the cue: "held a Strategic Dialogue in Washington, D.C. on March 17, 2022, which
  // underscored" is a relative's)
  if (!YEAR.test(t.text) || toks[j + 1]?.text === ',') return -1;
  let d = j;
  if (toks[d - 1]?.text === ',' && toks[d - 2]?.pos === 'NUM' && MONTH.test(toks[d - 3]?.text ?? '')) d -= 3;
  else if (MONTH.test(toks[d - 1]?.text ?? '')) d -= toks[d - 2]?.pos === 'NUM' ? 2 : 1;
  const p = toks[d - 1];
  return d - 1 > lo && p.pos === 'ADP' && (p.lower === 'in' || p.lower === 'on' || p.lower === 'of') ? d - 1 : -1;
}

/**
 * The past participle that a time after it dates, between a noun and the cue ("the order released
 * Friday said", "a report published on Tuesday said"), given the time's last token j and the start
 * of the time adjunct found there (or -1): the participle's index, or -1.
 */
export function datedParticipleBefore(toks: Token[], j: number, adjunct: number, lo: number): number {
  if (j <= lo) return -1;
  let t0 = adjunct;
  if (t0 < 0 && isCalendarText(toks[j].text)) t0 = TIME_PREPOSITIONS.has(toks[j - 1]?.lower ?? '') ? j - 1 : j;
  const v = t0 - 1;
  if (t0 < 0 || v - 1 <= lo) return -1;
  return isPastParticiple(toks[v]) && (toks[v - 1].pos === 'NOUN' || toks[v - 1].pos === 'PROPN') ? v : -1;
}

/** Words that make a time adjunct of a unit or a day: "this week", "last month", "next Tuesday". */
const DEICTIC_LEADS = new Set(['this', 'last', 'next']);
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
