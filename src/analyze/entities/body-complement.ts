// A body's name the recogniser cut short before the "for", "on", "to", "of" or "against" inside it
// ("Independent High Authority" + "for Elections", "Committee" + "to Protect Journalists",
// "Museum" + "of Memory and Human Rights"): the capitalised words after the glue are the body's own.
import type { ArticleDocument, Token } from '../document.js';
import type { Candidate } from './candidates.js';
import { lookupGroup } from './groups.js';
import { lookupName } from './kb.js';
import { lexiconSets } from './lexicon.js';

/** Heads of bodies' names beside the lexicon's organisation heads ("Museum of …", "Coalition for …"). */
const MORE_BODY_HEADS = new Set([
  'museum',
  'initiative',
  'secretariat',
  'tribunal',
  'academy',
  'coalition',
  'forum',
  'programme',
  'program',
  'commission',
]);
/** Glue that opens a body's complement, and whether "the" may follow it ("Front for the Liberation of …"). */
const OPENING_GLUE: ReadonlyMap<string, boolean> = new Map([
  ['for', true],
  ['of', true],
  ['on', false],
  ['to', false],
  // ("Committee against Torture", "Coalition Against Terrorism")
  ['against', false],
]);
/** Lower-case words that join the capitalised words of one complement ("… Memory and Human Rights", "… Trafficking in Persons"). */
const INNER_GLUE = new Set(['and', 'of', 'for', 'in', 'on', 'the']);

/**
 * The candidates with each body's name that stops at a body head right before "for", "on", "to" or
 * "of" and capitalised words carried on over them, up to a clear end (a lower-case word, a stop, a
 * possessive, a date's word, a title), and the candidates those words held dropped (rule
 * `+body-complement`). Nothing is joined when the words are a place, a group or another body the
 * KB knows ("Green Fund for Ukraine", "… for CNN": only after "of" is that the body's own, "Central
 * Bank of the Russian Federation"), or someone's name ("Congress on the Hill").
 */
export function withBodyComplements(doc: ArticleDocument, cands: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    // (a cheap look at the text first: most names are followed by no such glue)
    const end =
      c.label === 'PER' ||
      c.label === 'LOC' ||
      !/^ (?:for|of|on|to|and|in|against) \S/.test(doc.text.slice(c.end, c.end + 10))
        ? c.end
        : complementEnd(doc, c, cands, k);
    if (end <= c.end) {
      out?.push(c);
      continue;
    }
    out ??= cands.slice(0, k);
    out.push({ start: c.start, end, label: 'ORG', rule: `${c.rule}+body-complement`, afterTitle: c.afterTitle });
    while (k + 1 < cands.length && cands[k + 1].start < end) k++;
    // ("Senior Bureau Official for the Bureau of East Asian and Pacific Affairs Kin Moy co-hosted …":
    // the holder's name the recogniser left unread after the portfolio's last word)
    const holder = holderAfterBody(doc, end, cands[k + 1]?.start ?? doc.text.length);
    if (holder) out.push(holder);
  }
  return out ?? cands;
}

/** Where the body's name ends with its complement, or the candidate's end when nothing joins it. */
function complementEnd(doc: ArticleDocument, c: Candidate, cands: Candidate[], k: number): number {
  const lex = lexiconSets();
  const toks = doc.tokens;
  const h = doc.tokenIndexAt(c.end - 1);
  const head = isBodyHead(toks[h]) ? toks[h] : headBeforeGlue(doc, c, h);
  if (!head) return c.end;
  const glue = toks[h + 1];
  // (after the head "for", "of", "on", "to"; after a complement begun inside the name, "and" or "in":
  // "Museum of Memory" + "and Human Rights", "… Combat Trafficking" + "in Persons")
  if (head === toks[h] ? !OPENING_GLUE.has(glue.lower) : glue.text !== 'and' && glue.text !== 'in') return c.end;
  if (head !== toks[h] && placeAfterGlue(doc, h + 1)) return c.end;
  let i = h + 2;
  if (toks[i]?.text === 'the' && OPENING_GLUE.get(glue.lower)) i++;
  const from = i;
  if (!toks[from] || !/^\p{Lu}/u.test(toks[from].text)) return c.end;
  // the capitalised words, and lower-case glue between them, in the head's sentence
  let last = -1;
  for (; i < toks.length && toks[i].sentence === head.sentence; i++) {
    const t = toks[i];
    // ("Political-Military": a hyphen inside a word)
    if (t.text === '-' && last === i - 1 && toks[i + 1] && t.end === toks[i + 1].start && t.start === toks[i - 1].end)
      continue;
    if (nameWord(t)) {
      if (lex.trailingTimeWords.has(t.lower) || lex.notNames.has(t.lower) || isTitleWord(t)) break;
      // ("… and Pacific Affairs Kin Moy": after a portfolio's "Affairs" or "Rights" come the holder's names)
      if (last === i - 1 && lex.bodyEndWords.has(toks[last].lower)) break;
      last = i;
    } else if (!INNER_GLUE.has(t.text) || !capitalAfterGlue(toks, i) || placeAfterGlue(doc, i)) break;
  }
  if (last < from) return c.end;
  // a title's words inside: the body ends before them only after a portfolio's word ("Ministry of
  // Defense Deputy Minister …"), else nothing is sure ("… Foreign Affairs Political Director …")
  if (i <= last + 1 && toks[i] && isTitleWord(toks[i]) && !endsPortfolio(toks[last])) return c.end;
  // a lone acronym after "the" is a body of its own ("the Senate for the START")
  if (last === from && toks[from - 1].text === 'the' && /^\p{Lu}{2,}$/u.test(toks[from].text)) return c.end;
  // "and" then another name the KB knows ends the body before "and" ("League of Arab States and European Union")
  for (let j = from + 1; j < last; j++) {
    if (toks[j].text !== 'and') continue;
    if (lookupName(doc.text.slice(toks[j + 1].text === 'the' ? toks[j + 2].start : toks[j + 1].start, toks[last].end)))
      last = j - 1;
  }
  const words = doc.text.slice(toks[from].start, toks[last].end);
  const known = lookupName(words);
  if (glue.lower !== 'of' && (known || lookupGroup(words) || lex.namedRegions.has(words.toLowerCase()))) return c.end;
  // "Interior Ministry of Afghanistan", "Kyodo News of Japan": a ministry, an outlet or a school
  // then "of" and a country or town says whose it is (a party's or a court's name holds it: "Islamic
  // Party of Iraq")
  if (
    glue.lower === 'of' &&
    from === h + 2 &&
    known &&
    known.kind !== 'org' &&
    known.kind !== 'person' &&
    WHOSE_HEADS.has(head.lower)
  )
    return c.end;
  // another candidate in the words: only one that starts them and ends inside them is absorbed
  // ("Protect Journalists" read as a person); one that runs past them, or a person inside, stops the join
  for (let j = k + 1; j < cands.length && cands[j].start < toks[last].end; j++) {
    const o = cands[j];
    if (o.end > toks[last].end) return c.end;
    if (o.label === 'PER' && o.start > toks[from].start) return c.end;
  }
  return toks[last].end;
}

/** The most words of a holder's name after a portfolio. */
const MAX_HOLDER_WORDS = 3;

/**
 * A person's name of two or three capitalised words right after a body's name that ends in a
 * portfolio's last word ("… Pacific Affairs Kin Moy co-hosted"), up to a lower-case word, when no
 * candidate holds them (`limit`: where the next candidate starts). Null otherwise.
 */
function holderAfterBody(doc: ArticleDocument, end: number, limit: number): Candidate | null {
  const lex = lexiconSets();
  const toks = doc.tokens;
  const last = doc.tokenIndexAt(end - 1);
  if (!lex.bodyEndWords.has(toks[last].lower)) return null;
  let j = last + 1;
  while (j < toks.length && j - last <= MAX_HOLDER_WORDS && nameWord(toks[j]) && !isTitleWord(toks[j])) j++;
  const words = j - last - 1;
  const next = toks[j];
  if (words < 2 || !next || !/^\p{Ll}/u.test(next.text) || next.sentence !== toks[last].sentence) return null;
  if (toks[j - 1].end > limit) return null;
  return {
    start: toks[last + 1].start,
    end: toks[j - 1].end,
    label: 'PER',
    rule: 'name-after-portfolio',
    afterTitle: true,
  };
}

/** Heads of bodies that a country or a town after "of" does not name, only owns. */
const WHOSE_HEADS = new Set(['ministry', 'news', 'university', 'department', 'times', 'post', 'radio', 'television']);

/**
 * Whether the inner glue at i ("in", "on", "and", not "of") is followed by a place the KB knows
 * ("… High State Council in Cairo", "… of Ohio in the United States"): the body ends before it.
 */
function placeAfterGlue(doc: ArticleDocument, i: number): boolean {
  const toks = doc.tokens;
  if (toks[i].text === 'of' || toks[i].text === 'the') return false;
  const k = toks[i + 1]?.text === 'the' ? i + 2 : i + 1;
  let e = k;
  while (toks[e + 1] && /^\p{Lu}/u.test(toks[e + 1].text) && toks[e + 1].sentence === toks[k].sentence) e++;
  const hit = lookupName(doc.text.slice(toks[k].start, toks[e].end)) ?? lookupName(toks[k].text);
  return !!hit && hit.kind !== 'org' && hit.kind !== 'person';
}

/** Whether a capitalised word follows the glue at i, right after it or after "the" ("… of the Red Cross"). */
function capitalAfterGlue(toks: readonly Token[], i: number): boolean {
  // ("the" only after "of" and "for": "… and the United States", "… in the United States" end the body)
  const next =
    toks[i + 1]?.text === 'the' && (toks[i].text === 'of' || toks[i].text === 'for') ? toks[i + 2] : toks[i + 1];
  return !!next && /^\p{Lu}/u.test(next.text);
}

function isBodyHead(t: Token): boolean {
  const lex = lexiconSets();
  return /^\p{Lu}/u.test(t.text) && (lex.orgHeads.has(t.lower) || MORE_BODY_HEADS.has(t.lower));
}

/** A body's head inside the name, right before its complement's glue ("Museum of Memory", "Office to Monitor"). */
function headBeforeGlue(doc: ArticleDocument, c: Candidate, h: number): Token | undefined {
  const toks = doc.tokens;
  for (let j = doc.tokenIndexAt(c.start); j < h - 1; j++)
    if (isBodyHead(toks[j]) && OPENING_GLUE.has(toks[j + 1].text)) return toks[j];
  return undefined;
}

/** A capitalised word or an initialism ("Human", "Political-Military", "OSCE"). */
function nameWord(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

function isTitleWord(t: Token): boolean {
  const lex = lexiconSets();
  return (
    lex.titleHeads.has(t.lower) || (lex.titleModifiers.has(t.lower) && t.lower !== 'high' && t.lower !== 'special')
  );
}

/** Whether the word ends a portfolio's name ("Defense", "Foreign Affairs", "Human Rights"). */
function endsPortfolio(t: Token): boolean {
  const lex = lexiconSets();
  return lex.bodyEndWords.has(t.lower) || lex.officePortfolios.some((p) => p[p.length - 1] === t.lower);
}
