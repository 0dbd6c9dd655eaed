// Years and larger: "1998", "fiscal 1989", "the 1990s" → 199, "the '90s", "the 20th century" → 19.
import type { Candidate, ParseContext } from '../candidate.js';
import { countValue } from '../lexicon.js';
import { type Build, scan, wordRegex } from './scan.js';

// A four-digit year from 1800 to 2099, not part of a bigger number, an amount or a measure.
const year = wordRegex(
  `(?:fiscal\\s+)?((?:18|19|20)\\d\\d)(?!\\s*(?:%|percent|[.,]\\d|\\s*(?:people|troops|men|women|jobs|members|workers|soldiers|tons|miles|feet|meters|km|kilometers|units|shares|cars|homes|votes|seats|points)\\b))`,
);
const buildYear: Build = (m, ctx) => {
  const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
  // "$1998", "No. 1998", "page 2000", a list of numbers, a time "at 1900 GMT"
  if (/(?:[$#£€]|\bNo\.?|\bpage|\bat|\bflight|\broute|\bpc)\s*$/i.test(before) || /\d[,.]?\s*$/.test(before))
    return null;
  return { type: 'DATE', value: m[1], rule: 'year', priority: 2 };
};

const decade = wordRegex(`(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?(?:(1[89]|20)(\\d)0s|'(\\d)0s)`);
const buildDecade: Build = (m) => {
  const century = m[2] ?? (m[4] !== undefined && +m[4] <= 2 ? '20' : '19');
  const digit = m[3] ?? m[4];
  // TimeBank writes a decade as 199X (TimeML 1.2 would allow the bare 199)
  return { type: 'DATE', value: `${century}${digit}X`, rule: 'decade', priority: 2 };
};

const ORDINAL_CENTURY = /^(\d{1,2})(?:st|nd|rd|th)$/i;
const century = wordRegex(`(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th))[\\s-]+century`);
const buildCentury: Build = (m) => {
  const n = ORDINAL_CENTURY.exec(m[1]);
  if (!n) return null;
  return { type: 'DATE', value: String(+n[1] - 1).padStart(2, '0'), rule: 'century', priority: 2 };
};

// Years said aloud (broadcast transcripts): "nineteen ninety-six", "the year two thousand"
const spelled = wordRegex(
  `(?:the\\s+year\\s+)?(?:(nineteen|eighteen)[\\s-]+((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two\\s+thousand(?:\\s+(?:and\\s+)?(one|two|three|four|five|six|seven|eight|nine|ten))?)`,
);
const buildSpelled: Build = (m) => {
  const text = m[0].toLowerCase();
  let y: number;
  if (m[1]) y = countValue(m[1]) * 100 + countValue(m[2]);
  else if (/two\s+thousand/.test(text)) {
    if (!/^the\s+year/.test(text) && !m[3]) return null; // "two thousand" people
    y = 2000 + (m[3] ? countValue(m[3]) : 0);
  } else return null;
  return Number.isFinite(y) ? { type: 'DATE', value: String(y), rule: 'spelled-year', priority: 2 } : null;
};

export function yearParser(ctx: ParseContext): Candidate[] {
  return [
    ...scan(ctx, spelled, buildSpelled, /nineteen|eighteen|two\s+thousand/i),
    ...scan(ctx, year, buildYear),
    ...scan(ctx, decade, buildDecade, /\d0s/i),
    ...scan(ctx, century, buildCentury, /century/i),
  ];
}
