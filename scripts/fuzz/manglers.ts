// Ways real text arrives damaged or unusual: cut short by a feed, re-cased, stripped of punctuation or
// quotation marks, with Windows line ends, tabs or no-break spaces. The fuzz (npm run fuzz) and the
// robustness test analyse demo articles mangled so; no component may fail on any of them.
import { prng } from '../../src/analyze/entities/ner/corpus-words.js';

/** A seeded generator of numbers in [0, 1): the same seed mangles the same way. */
export const seededRandom = prng;

export type Mangler = (text: string, random: () => number) => string;

/** Every space turned into `to` with probability p. */
const someSpaces =
  (to: string, p: number): Mangler =>
  (t, random) =>
    t.replace(/ /g, () => (random() < p ? to : ' '));

export const MANGLERS: Readonly<Record<string, Mangler>> = {
  cutEnd: (t, random) => t.slice(0, Math.floor(random() * t.length)),
  cutStart: (t, random) => t.slice(Math.floor(random() * t.length)),
  ellipsis: (t, random) => t.slice(0, Math.floor(random() * t.length)).replace(/\s+\S*$/, '') + '\u2026',
  upper: (t) => t.toUpperCase(),
  lower: (t) => t.toLowerCase(),
  titleCase: (t) => t.replace(/\b\w/g, (c) => c.toUpperCase()),
  oneLine: (t) => t.replace(/\s*\n\s*/g, ' '),
  firstSentences: (t) =>
    t
      .split(/\n+/)
      .map((p) => p.split(/(?<=[.!?]) /)[0])
      .join('\n\n'),
  someParagraphs: (t, random) =>
    t
      .split('\n')
      .filter(() => random() < 0.5)
      .join('\n'),
  noPunctuation: (t) => t.replace(/[.,]/g, ''),
  noQuotationMarks: (t) => t.replace(/["\u201c\u201d\u2018\u2019]/g, ''),
  marksSwapped: (t) => t.replace(/"/g, '\u201c').replace(/'/g, '"'),
  strayPeriods: someSpaces('. ', 0.02),
  droppedCharacters: (t, random) => t.replace(/[\s\S]/g, (c) => (random() < 0.01 ? '' : c)),
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  tabs: someSpaces('\t', 0.1),
  noBreakSpaces: someSpaces('\u00a0', 0.2),
};
