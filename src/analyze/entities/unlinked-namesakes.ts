// One article's name is one entity. Where the typing linked a name to the KB in one place and not in
// another ("join the Liberian National Police" read by its head word, "the Liberian National Police,"
// by its country's word), the unlinked mentions join the KB entity written the same way; and a
// surname the article writes before the full name ("Prime Minister Blair is expected to … Tony Blair
// expects to …") joins the one person it names in full later (surnames after the full name join it
// as they are read, names.ts); and a name typed two ways joins the reading the article gives it
// more often.
import type { ArticleDocument } from '../document.js';
import type { EntityType, Mention } from '../types.js';
import { isAgreementName } from './agreement-names.js';
import { isLocative } from './typing.js';

interface NameDraft {
  type: EntityType;
  name: string;
  kb: string | null;
  mentions: Mention[];
}

/** Whether a one-word name shortens a full one ("Blair", "Tony Blair"): names.ts's isShortFormOf. */
type ShortFormTest = (short: string, full: string) => boolean;

/** The drafts with each unlinked draft that names one other draft merged into it. */
export function joinUnlinkedNamesakes<D extends NameDraft>(
  doc: ArticleDocument,
  drafts: D[],
  isShortForm: ShortFormTest,
): D[] {
  const joined = new Set<D>();
  const byText = draftsByNameText(drafts);
  for (const d of drafts) {
    // (a place named for an agreement keeps apart from the place: "the Minsk agreements", "in Minsk")
    if (d.kb || !d.mentions.length || d.mentions.every(isAgreementName)) continue;
    const host =
      sameNameLinked(drafts, d) ?? laterFullName(doc, drafts, d, isShortForm) ?? sameNameOtherType(doc, byText, d);
    if (!host) continue;
    host.mentions.push(...d.mentions);
    host.mentions.sort((x, y) => x.start - y.start);
    joined.add(d);
  }
  // (a name without its middle initials, linked or not: "U.S. President George Bush" … "George W. Bush")
  for (const d of drafts) {
    if (joined.has(d)) continue;
    const full = withMiddleInitials(drafts, d);
    if (!full || joined.has(full)) continue;
    // (the one the KB links keeps the identity: "Cheney" read as the KB's Richard Cheney, "Richard B. Cheney" unlinked)
    const [host, guest] = d.kb && !full.kb ? [d, full] : [full, d];
    host.mentions.push(...guest.mentions);
    host.mentions.sort((x, y) => x.start - y.start);
    joined.add(guest);
  }
  // ("Abu Qaswarah also known as Abu Sara", "Nasr, also known as Abu Omar,": one person, two names)
  for (const d of drafts) {
    if (joined.has(d)) continue;
    const alias = aliasAfter(doc, drafts, d);
    if (!alias || joined.has(alias)) continue;
    const [host, guest] = alias.kb && !d.kb ? [alias, d] : [d, alias];
    host.mentions.push(...guest.mentions);
    host.mentions.sort((x, y) => x.start - y.start);
    joined.add(guest);
  }
  return joined.size ? drafts.filter((d) => !joined.has(d)) : drafts;
}

/** Words that give a person's other name right after the name ("also known as", "a.k.a."). */
const ALIAS_WORDS = /^,?\s+(?:also\s+|better\s+)?(?:known\s+as|a\.k\.a\.?|aka|alias)\s+/i;
/** The most characters between a name and its alias. */
const MAX_ALIAS_GAP = 24;

/** The other person's draft named right after one of d's names as its alias, or undefined. */
function aliasAfter<D extends NameDraft>(doc: ArticleDocument, drafts: D[], d: D): D | undefined {
  if (d.type !== 'PERSON') return undefined;
  for (const m of d.mentions) {
    if (m.kind !== 'name') continue;
    const words = ALIAS_WORDS.exec(doc.text.slice(m.end, m.end + MAX_ALIAS_GAP));
    if (!words) continue;
    const at = m.end + words[0].length;
    const other = drafts.find(
      (o) => o !== d && o.type === 'PERSON' && o.mentions.some((x) => x.start === at && x.kind === 'name'),
    );
    if (other) return other;
  }
  return undefined;
}

/** A middle part of a name made of initials only ("W.", "H. W.", "J"). */
const MIDDLE_INITIALS = /^(?:\p{Lu}\.?\s?)+$/u;

/**
 * The one person the article names with middle initials between d's two words ("George W. Bush" for
 * "George Bush"); none where two such names share them ("George H. W. Bush" and "George W. Bush").
 */
function withMiddleInitials<D extends NameDraft>(drafts: D[], d: D): D | undefined {
  if (d.type !== 'PERSON') return undefined;
  const words = d.name.split(' ');
  if (words.length !== 2) return undefined;
  const [first, last] = words;
  const hosts = drafts.filter((k) => {
    if (k === d || k.type !== 'PERSON' || !k.name.startsWith(`${first} `) || !k.name.endsWith(` ${last}`)) return false;
    const middle = k.name.slice(first.length + 1, k.name.length - last.length - 1);
    return middle.length > 0 && MIDDLE_INITIALS.test(middle);
  });
  return hosts.length === 1 ? hosts[0] : undefined;
}

/** The one KB draft of d's type with a name mention written as each of d's, if exactly one. */
function sameNameLinked<D extends NameDraft>(drafts: D[], d: D): D | undefined {
  const texts = new Set(d.mentions.map((m) => m.text));
  const hosts = drafts.filter(
    (k) =>
      k.kb && k.type === d.type && [...texts].every((t) => k.mentions.some((m) => m.kind === 'name' && m.text === t)),
  );
  return hosts.length === 1 ? hosts[0] : undefined;
}

/**
 * The one draft of another type with a name mention written as each of d's, where the KB links it or
 * the article names it so more often: one name is one thing in one article ("Shares in Solidere …"
 * read as a place, "Solidere, in which Mr Hariri was a major shareholder" and two more as a company).
 * A tie goes to the one other mentions joined too, unless d is named as a place.
 */
function sameNameOtherType<D extends NameDraft>(
  doc: ArticleDocument,
  byText: Map<string, Set<D>>,
  d: D,
): D | undefined {
  const texts = new Set(d.mentions.map((m) => m.text));
  const written = (k: D) => k.mentions.filter((m) => m.kind === 'name' && texts.has(m.text)).length;
  const [first, ...rest] = texts;
  const hosts = [...(byText.get(first) ?? [])].filter(
    (k) => k !== d && k.type !== d.type && rest.every((t) => byText.get(t)?.has(k)),
  );
  if (hosts.length !== 1) return undefined;
  const [host] = hosts;
  // (written as often: the one other mentions joined too, "Naresh Jindal … Naresh led …" and a "Naresh"
  // read as a body; not a place named after "in" or "at": "in Annapolis" beside the "Annapolis Conference")
  const tie =
    written(host) === written(d) &&
    host.mentions.length > d.mentions.length &&
    !d.mentions.some((m) => isLocative(doc, m));
  return host.kb || written(host) > written(d) || tie ? host : undefined;
}

/** Each name mention's text → the drafts with a name mention so written (built once per article). */
function draftsByNameText<D extends NameDraft>(drafts: D[]): Map<string, Set<D>> {
  const byText = new Map<string, Set<D>>();
  for (const k of drafts)
    for (const m of k.mentions)
      if (m.kind === 'name') {
        const set = byText.get(m.text);
        if (set) set.add(k);
        else byText.set(m.text, new Set([k]));
      }
  return byText;
}

/** Words that introduce a relative by name ("his daughter Gertrude Harris"): a namesake, not the person. */
const KIN =
  /\b(?:daughter|son|wife|husband|widow|widower|brother|sister|father|mother|cousin|nephew|niece|uncle|aunt|grandson|granddaughter|grandfather|grandmother)s?\W+$/i;

/**
 * The one person named in full after a person read only by a one-word name that shortens it; none
 * where two full names share it ("President Bush … George W. Bush … George H. W. Bush"), the full
 * name came first (names.ts decided then, and kept them apart), both stand in one sentence ("when
 * Mr. Kim met then South Korean President Kim Dae-Jung") or the full name is introduced as a relative.
 */
function laterFullName<D extends NameDraft>(
  doc: ArticleDocument,
  drafts: D[],
  d: D,
  isShortForm: ShortFormTest,
): D | undefined {
  if (d.type !== 'PERSON' || /\s/.test(d.name)) return undefined;
  const hosts = drafts.filter(
    (k) => k !== d && k.type === 'PERSON' && /\s/.test(k.name) && d.mentions.every((m) => isShortForm(m.text, k.name)),
  );
  if (hosts.length !== 1) return undefined;
  const [host] = hosts;
  const full = host.mentions[0];
  if (full.start < d.mentions[0].start) return undefined;
  const sentenceOf = (m: Mention) => doc.tokens[doc.tokenIndexAt(m.start)]?.sentence;
  const sentences = new Set(host.mentions.map(sentenceOf));
  if (d.mentions.some((m) => sentences.has(sentenceOf(m)))) return undefined;
  return KIN.test(doc.text.slice(Math.max(0, full.start - 30), full.start)) ? undefined : host;
}
