// Recurring times (TIMEX3 SET): "daily" → P1D, "each day", "every week", "annually" → P1Y,
// "every Thursday" → XXXX-WXX-4, "each July" → XXXX-07.
import type { Candidate, ParseContext } from '../candidate.js';
import { MONTH, WEEKDAY, alternation, lexicon } from '../lexicon.js';
import { durationValue } from './duration.js';
import { type Build, scan, wordRegex } from './scan.js';

const adverb = wordRegex(alternation(Object.keys(lexicon.sets)));
const buildAdverb: Build = (m) => ({
  type: 'SET',
  value: lexicon.sets[m[0].toLowerCase()],
  rule: 'set-adverb',
  priority: 2,
});

const every = wordRegex(
  `(?:each|every|per)\\s+(?:(other|single)\\s+)?(second|minute|hour|day|night|week|weekend|month|quarter|year|decade|${WEEKDAY}|${MONTH})`,
);
const buildEvery: Build = (m) => {
  const word = m[2].toLowerCase();
  const weekday = lexicon.weekdays[word];
  if (weekday) return { type: 'SET', value: `XXXX-WXX-${weekday}`, rule: 'set-every-weekday', priority: 2 };
  const month = lexicon.months[word];
  if (month)
    return { type: 'SET', value: `XXXX-${String(month).padStart(2, '0')}`, rule: 'set-every-month', priority: 2 };
  const value = durationValue(m[1] ? 2 : 1, word === 'night' ? 'day' : word);
  return value ? { type: 'SET', value, rule: 'set-every', priority: 2 } : null;
};

export function setParser(ctx: ParseContext): Candidate[] {
  return [...scan(ctx, adverb, buildAdverb), ...scan(ctx, every, buildEvery)];
}
