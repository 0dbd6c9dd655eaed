// The Phoenix people lists hold some people twice, under two spellings or two lengths of their name
// ("Dmitr Medvedev" beside "Dmitry Medvedev", "Julia Gillard" beside "Julia Eileen Gillard"). Each
// entry would be an actor of its own, with its own id, so the store would keep two actor pages for
// one person. This finds the entries that are one person, for the KB build to merge.

import { oneLetterApart } from '../src/analyze/entities/given-names.js';

/** A KB person as the build holds it: display name, first country and the source's other names. */
export interface PersonEntry {
  name: string;
  country: string | null;
  aliases: readonly string[];
  /** Dated roles: [code, from, to], dates YYYY-MM-DD or null. */
  roles: ReadonlyArray<readonly [string, string | null, string | null]>;
}

/** Careers this many years apart are two generations: Sir Seretse Khama (to 1980), Seretse Ian Khama (from 2003). */
const GENERATION_YEARS = 15;

function yearsApart(a: PersonEntry, b: PersonEntry): boolean {
  const span = (p: PersonEntry) => {
    const dates = p.roles.flatMap(([, from, to]) => [from, to]).filter((d): d is string => !!d);
    return dates.length ? [dates.reduce((x, y) => (y < x ? y : x)), dates.reduce((x, y) => (y > x ? y : x))] : null;
  };
  const sa = span(a);
  const sb = span(b);
  if (!sa || !sb) return false;
  const gap = (end: string, start: string) => Number(start.slice(0, 4)) - Number(end.slice(0, 4));
  return gap(sa[1], sb[0]) >= GENERATION_YEARS || gap(sb[1], sa[0]) >= GENERATION_YEARS;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** Titles the source writes before some names ("Sheikh", "President George Bush"). */
const TITLES = new Set(['sheikh', 'sir', 'dr', 'prince', 'princess', 'king', 'queen', 'president', 'us', 'u', 's']);
/** Article words of Arabic names, written or left out at will: "Ali Abu Al Ragheb", "Ali Abu Ragheb". */
const ARTICLES = new Set(['al', 'el']);
/** Words naming a father: names that hold them name a line of people, and must agree word for word. */
const LINEAGE = new Set(['bin', 'ibn', 'bint', 'binti', 'ould']);

/** A name's words, folded, without punctuation, titles and articles: "Jelena V. Pia Comella" → jelena v pia comella. */
function wordsOf(name: string): string[] {
  const words = fold(name)
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !ARTICLES.has(w));
  let first = 0;
  while (first < words.length - 2 && TITLES.has(words[first])) first++;
  return words.slice(first);
}

/**
 * Whether two given names are one spelling apart (Dmitr/Dmitry, Chrisoph/Christoph, Khaled/Khalid),
 * past their first letter: Amadou and Mamadou are two names.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 5 && a[0] === b[0] && oneLetterApart(a, b);
}

/**
 * Whether two entries of one country and surname name one person: given names equal or a spelling
 * apart, and the middle names of one all among the other's ("Julia Gillard", "Julia Eileen Gillard"),
 * initials included: "Ian E. Macfarlane" and "Ian J. Macfarlane" are two people, as are "Ahmed Zia
 * Massoud" and "Ahmed Shah Massoud".
 */
export function samePerson(a: string, b: string): boolean {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (wa.length < 2 || wb.length < 2 || wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  if (!oneEditApart(wa[0], wb[0])) return false;
  const ma = wa.slice(1, -1);
  const mb = wb.slice(1, -1);
  if ([...ma, ...mb].some((w) => LINEAGE.has(w))) return ma.join(' ') === mb.join(' ');
  // initials tell people apart: George W. Bush is not George H. W. Bush
  const initials = (m: string[]) => m.filter((w) => w.length === 1).join(' ');
  if (initials(ma) && initials(mb) && initials(ma) !== initials(mb)) return false;
  const [fewer, more] = ma.length <= mb.length ? [ma, mb] : [mb, ma];
  return fewer.every((w) => more.includes(w));
}

/**
 * Same person, by their names and by every other name the source gives each: "George Bush" is
 * listed with the alias "George H. W. Bush", which is not George W. Bush.
 */
function sameEntry(a: PersonEntry, b: PersonEntry): boolean {
  if (!samePerson(a.name, b.name) || yearsApart(a, b)) return false;
  const conflicts = (aliases: readonly string[], name: string) =>
    aliases.some((alias) => {
      const wa = wordsOf(alias);
      const wn = wordsOf(name);
      return wa.length > 1 && wa[0] === wn[0] && wa[wa.length - 1] === wn[wn.length - 1] && !samePerson(alias, name);
    });
  return !conflicts(a.aliases, b.name) && !conflicts(b.aliases, a.name);
}

/**
 * Whether an entry matches two others that are two people: "George Bush" matches "George W. Bush"
 * and "George H. W. Bush", so it is neither.
 */
function ambiguous(head: number, members: readonly number[], people: readonly PersonEntry[]): boolean {
  const matching = members.filter((m) => m !== head && sameEntry(people[head], people[m]));
  return matching.some((a, i) => matching.slice(i + 1).some((b) => !sameEntry(people[a], people[b])));
}

/** How many of the names use each given name: a misspelling ("Dmitr") is rarer than its spelling. */
export function givenNameCounts(names: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) {
    const w = wordsOf(name);
    if (w.length > 1) counts.set(w[0], (counts.get(w[0]) ?? 0) + 1);
  }
  return counts;
}

/** Of one person's names, the one to show: the commonest given name, then the fewest words. */
export function preferredName(names: readonly string[], givenCount: ReadonlyMap<string, number>): string {
  const rank = (n: string) => {
    const w = wordsOf(n);
    return [-(givenCount.get(w[0]) ?? 0), w.length, n.length];
  };
  return [...names].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
  })[0];
}

/**
 * For each entry that duplicates another, the index of the entry it joins. Entries join within one
 * country and surname; the one they join is the entry whose given name the KB uses most often (a
 * misspelling is rarer than its spelling), then the shorter name (as news names people).
 */
export function duplicatePeople(people: readonly PersonEntry[]): Map<number, number> {
  const givenCount = givenNameCounts(people.map((p) => p.name));
  const groups = new Map<string, number[]>();
  people.forEach((p, i) => {
    const w = wordsOf(p.name);
    if (w.length < 2) return;
    const k = `${p.country ?? ''}\t${w[w.length - 1]}`;
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  });
  const rank = (i: number) => {
    const w = wordsOf(people[i].name);
    return [-(givenCount.get(w[0]) ?? 0), w.length, people[i].name.length, i];
  };
  const before = (a: number, b: number) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let k = 0; k < ra.length; k++) if (ra[k] !== rb[k]) return ra[k] < rb[k];
    return false;
  };
  const joins = new Map<number, number>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const ordered = [...members].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    for (let i = 0; i < ordered.length; i++) {
      const head = ordered[i];
      if (joins.has(head) || ambiguous(head, members, people)) continue;
      const joined = [head];
      for (const other of ordered.slice(i + 1)) {
        // an entry joins a head only if it is one person with every entry that joined it before:
        // "Julia Eileen Gillard" and "Julia Mary Gillard" do not both join "Julia Gillard"
        if (joins.has(other) || !joined.every((m) => sameEntry(people[m], people[other]))) continue;
        joins.set(other, head);
        joined.push(other);
      }
    }
  }
  return joins;
}
