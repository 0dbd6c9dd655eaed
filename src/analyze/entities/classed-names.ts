// Bodies named right after the common noun that classes them, which the recogniser left out: "by
// al-Hakim's party SCIRI", "the Hutu rebel group Palipehutu-FNL", "the German weekly newspaper Die
// Zeit", "Russian radio station Echo of Moscow", "the urban poor organization Kadamay". News sets such
// a name after its class noun in apposition; the capitalised words there are the body's name (rule
// `class-noun-name`). A title ("the Greens party Senator Kerry Nettle"), a date or a pronoun after the
// noun is no name.
import type { ArticleDocument, Token } from '../document.js';
import type { Candidate } from './candidates.js';
import { lexiconSets } from './lexicon.js';
import { isCalendarText } from '../nlp/closed-class.js';

/** Lower-case nouns that class a body whose name may follow them. */
export const CLASS_NOUNS: ReadonlySet<string> = new Set([
  'party',
  'group',
  'movement',
  'militia',
  'faction',
  'organisation',
  'organization',
  'company',
  'firm',
  'network',
  'coalition',
  'alliance',
  'agency',
  'outfit',
  'broadcaster',
  'newspaper',
  'daily',
  'weekly',
  'magazine',
  'channel',
  'station',
  'charity',
]);

/** Lower-case words that may join a body's capitalised words ("Echo of Moscow", "Save the Children"). */
const NAME_GLUE: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and']);

/** Whether the token may be a word of a body's name after its class noun. */
function nameWord(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && t.text !== 'I' && !isCalendarText(t.text);
}

/** Whether two tokens touch ("Palipehutu" "-" "FNL"). */
const touching = (a: Token, b: Token) => a.end === b.start;

/**
 * The end (exclusive token index) of the name that starts at k, or k when there is none: capitalised
 * words in one sentence, hyphened pieces and glue between capitalised words. Its first word is one no
 * other span holds; later words may be (the recogniser's "Zeit" of "Die Zeit", "Moscow" of "Echo of
 * Moscow"), and the caller gives such spans up to the name.
 */
function nameEnd(toks: readonly Token[], k: number, taken: Set<number>): number {
  const lex = lexiconSets();
  const first = toks[k];
  if (!first || taken.has(k) || !nameWord(first)) return k;
  // a title after the class noun is the next person's ("party Senator Kerry Nettle", "Deputy Leader")
  if (lex.titleHeads.has(first.lower)) return k;
  if (lex.titleModifiers.has(first.lower) && lex.titleHeads.has(toks[k + 1]?.lower ?? '')) return k;
  let e = k + 1;
  for (;;) {
    const t = toks[e];
    if (!t || t.sentence !== first.sentence) break;
    if (nameWord(t)) {
      e++;
      // an abbreviation's period may end the sentence the splitter went on with ("Habanos S.A. Robaina was")
      if (t.text.length > 1 && t.text.endsWith('.')) break;
      continue;
    }
    // a short number ends a broadcaster's name ("Channel 4 has"), not a count ("Hamas 10 years ago")
    if (/^\d{1,3}$/.test(t.text) && toks[e + 1]?.pos !== 'NOUN' && toks[e + 1]?.pos !== 'NUM') {
      e++;
      break;
    }
    const next = toks[e + 1];
    const joinable = next && next.sentence === first.sentence && nameWord(next);
    if (t.text === '-' && joinable && touching(toks[e - 1], t) && touching(t, next)) {
      e += 2;
      continue;
    }
    if (NAME_GLUE.has(t.text) && joinable) {
      e += 2;
      continue;
    }
    break;
  }
  // a name that runs on into money or a figure is none ("the group US$300 million")
  const after = toks[e];
  if (after && touching(toks[e - 1], after) && /^[$€£\d]/u.test(after.text)) return k;
  return e;
}

/** The candidates with such names added (their tokens then taken), in text order. */
export function withClassedNames(doc: ArticleDocument, out: Candidate[], taken: Set<number>): Candidate[] {
  const toks = doc.tokens;
  let added = false;
  for (let k = 0; k + 1 < toks.length; k++) {
    const t = toks[k];
    if (!CLASS_NOUNS.has(t.text) || taken.has(k) || toks[k + 1].sentence !== t.sentence) continue;
    const e = nameEnd(toks, k + 1, taken);
    if (e === k + 1) continue;
    const start = toks[k + 1].start;
    const end = toks[e - 1].end;
    // the recogniser's spans inside the name give way to it, and one that runs on past its end keeps
    // the words after it ("Habanos S.A." + "Robaina"); one that began before it keeps the name's words
    if (out.some((c) => c.start < start && c.end > start)) continue;
    const rest = toks[e];
    for (let i = out.length - 1; i >= 0; i--) {
      const c = out[i];
      if (c.start < start || c.start >= end) continue;
      if (c.end <= end) out.splice(i, 1);
      else
        out[i] = {
          start: rest.start,
          end: c.end,
          label: c.label,
          rule: c.rule + '+after-class-noun-name',
          afterTitle: false,
        };
    }
    out.push({ start, end, label: 'ORG', rule: 'class-noun-name', afterTitle: false });
    for (let j = k + 1; j < e; j++) taken.add(j);
    added = true;
    k = e - 1;
  }
  return added ? out.sort((a, b) => a.start - b.start) : out;
}
