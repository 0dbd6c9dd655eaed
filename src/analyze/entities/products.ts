// Products named by their maker: a company's brand followed by a model ("Airbus A350", "Boeing 787",
// "Ford Taurus", "Apple Macintosh computers") is the product (MISC, CoNLL's type for products), not
// the company; the model's name alone later ("the Taurus") is the product too; and a name the
// recogniser read as a place right before a noun for made things is their maker ("Intel processors").
// A company's own longer name ("Ford Motor Company", "Apple Computer", "Boeing Commercial Airplanes")
// stays the company: its words after the brand are the lexicon's company-name words.
import type { ArticleDocument, Token } from '../document.js';
import { lookupName } from './kb.js';
import { lexiconSets } from './lexicon.js';
import { typedName, type TypedName } from './typing.js';

const HAS_DIGIT = /\d/;
/** Words of bodies' and forces' names beside the organisation heads (NATO Forces 2020, Response Fund). */
const BODY_WORDS = new Set([
  'forces',
  'force',
  'fund',
  'corps',
  'command',
  'fleet',
  'program',
  'programme',
  'initiative',
]);
/** A company's legal suffixes, beside the lexicon's organisation heads (Inc., Corporation). */
export const COMPANY_SUFFIXES = new Set([
  'inc',
  'inc.',
  'corp',
  'corp.',
  'corporation',
  'company',
  'co',
  'co.',
  'ltd',
  'ltd.',
  'llc',
  'plc',
]);
const CAPITAL = /^\p{Lu}/u;
/** A capital after the first letter, as product lines are written (MacBook, iPhone, PlayStation). */
const INNER_CAPITAL = /^\p{L}\p{Ll}+\p{Lu}\p{Ll}/u;

/** Whether a KB hit is a company (its CAMEO code a multinational's or a business's). */
const isCompanyHit = (name: string): boolean => {
  const hit = lookupName(name);
  return hit?.kind === 'org' && !!hit.actor && /^MNC|BUS$/.test(hit.actor);
};

/** Whether a noun for made things follows the span within a word ("Macintosh computers", "Taurus sedan"). */
function productNounAfter(doc: ArticleDocument, end: number): boolean {
  const nouns = lexiconSets().productNouns;
  const i = doc.tokenIndexAt(end);
  const next = doc.tokens[i] && doc.tokens[i].start >= end ? doc.tokens[i] : doc.tokens[i + 1];
  return !!next && nouns.has(next.lower);
}

/**
 * Whether the words after a brand may be a model's name: a designation with a digit (A350, 787,
 * 747-400), or capitalised words that carry on no company's name and name no place, body or title.
 */
function modelWords(words: Token[]): 'designation' | 'name' | null {
  const lex = lexiconSets();
  if (!words.length || words.length > 3) return null;
  for (const t of words) {
    // (a number is a model's designation, whatever words the body's name has: "Radio 4" is no model)
    if (HAS_DIGIT.test(t.text) || t.text === '-') continue;
    if (!CAPITAL.test(t.text) || lex.companyNameWords.has(t.lower) || lex.orgHeads.has(t.lower)) return null;
    if (BODY_WORDS.has(t.lower) || lex.titleHeads.has(t.lower) || lookupName(t.text)) return null;
  }
  return words.some((t) => HAS_DIGIT.test(t.text)) ? 'designation' : 'name';
}

/**
 * "Vickers VC-10", "Boeing 787" split by the recogniser into a body and a designation: a one-word
 * name of no person or place right before a model's designation (a word with a digit) is the
 * product's maker, and the two are one product name (rule `+brand-designation`).
 */
function joinBrandDesignations(doc: ArticleDocument, typed: TypedName[]): TypedName[] {
  const out: TypedName[] = [];
  for (let k = 0; k < typed.length; k++) {
    const n = typed[k];
    const m = typed[k + 1];
    if (
      m &&
      m.start === n.end + 1 &&
      doc.text[n.end] === ' ' &&
      (n.type === 'ORG' || n.type === 'MISC') &&
      (!n.hit || n.hit.kind === 'org') &&
      // (one word of letters: "Soviet-designed RGD-5" is a description, not a maker)
      /^\p{Lu}[\p{L}&.]*$/u.test(doc.slice(n)) &&
      !m.hit &&
      modelWords(doc.tokensIn(m)) === 'designation'
    ) {
      out.push(typedName({ ...n, end: m.end }, 'MISC', undefined, `${n.rule}+brand-designation`));
      k++;
      continue;
    }
    out.push(n);
  }
  return out;
}

/** Products among the typed names, and the makers of products read as places. */
export function withProducts(doc: ArticleDocument, all: TypedName[]): TypedName[] {
  const typed = joinBrandDesignations(doc, all);
  // the brands: companies the KB knows, and the first words of the bodies the article names
  // (another body than the name itself: "Ford Taurus" read as a body is no sign that Ford is one)
  const bodies = new Map<string, Set<string>>();
  for (const n of typed) {
    if (n.type !== 'ORG') continue;
    const text = doc.slice(n);
    const first = text.split(/\s+/)[0];
    const names = bodies.get(first) ?? new Set<string>();
    bodies.set(first, names.add(text));
  }
  const isBrand = (word: string, name: string) =>
    [...(bodies.get(word) ?? [])].some((t) => t !== name) || isCompanyHit(word);
  // a company for sure: one the KB knows, or one the article names in full ("Ford Motor Company",
  // "Apple Computer"), not any body's first word ("East Stirling", "LA Sheriff")
  const isCompany = (word: string) =>
    isCompanyHit(word) ||
    [...(bodies.get(word) ?? [])].some((t) => {
      const words = t.toLowerCase().split(/\s+/);
      return words.slice(1).some((w) => lexiconSets().companyNameWords.has(w) || COMPANY_SUFFIXES.has(w));
    });
  // capitalised words standing alone in the article (not right after a brand): a model named on its own
  const alone = new Set<string>();
  for (const n of typed) {
    const text = doc.slice(n);
    if (!/\s/.test(text)) alone.add(text);
  }
  const models = new Set<string>();
  const out = typed.map((n) => {
    // (the type first: a person or a place needs no tokens cut out; a person known by a given name
    // alone may still be a brand's model, "Ford Taurus" after "Ford Motor Company")
    if ((n.type === 'PERSON' && !n.rule.endsWith('+given-name')) || (n.hit && n.hit.kind !== 'org')) return n;
    const toks = doc.tokensIn(n);
    if (toks.length < 2) return n;
    const text = doc.slice(n);
    if (!isBrand(toks[0].text, text) || isCompanyHit(text)) return n;
    const rest = toks.slice(1);
    const kind = modelWords(rest);
    if (!kind) return n;
    const model = doc.text.slice(rest[0].start, rest[rest.length - 1].end);
    // a model's name of words needs a sign it is one: a noun for made things after it ("Apple
    // Macintosh computers"), or, with a brand the article names as a company, the name alone elsewhere
    const noun = productNounAfter(doc, n.end);
    if (kind === 'name' && !noun && !(isCompany(toks[0].text) && alone.has(model))) return n;
    models.add(model);
    return typedName(n, 'MISC', undefined, `${n.rule}+brand-model`);
  });
  // "MacBook" after "MacBook Pro": the first word of a product named before, written as product
  // lines are (a capital inside: MacBook, PlayStation, ThinkPad) and no brand, is its line
  const lines = new Set<string>();
  for (const n of out) {
    if (n.type !== 'MISC') continue;
    const toks = doc.tokensIn(n);
    if (toks.length < 2 || !INNER_CAPITAL.test(toks[0].text)) continue;
    if (!isCompany(toks[0].text) && !lookupName(toks[0].text)) lines.add(toks[0].text);
  }
  return withCoordinatedProducts(doc, out).map((n) => {
    const text = doc.slice(n);
    if (lines.has(text) && n.type === 'ORG' && !n.hit) return typedName(n, 'MISC', undefined, `${n.rule}+product-line`);
    // "the Taurus" after "Ford Taurus": the model alone is the product
    if (models.has(text) && n.type !== 'MISC' && (!n.hit || n.hit.kind === 'org'))
      return typedName(n, 'MISC', undefined, `${n.rule}+model-of-product`);
    // "Intel processors": a name no KB place is, read as a place before a noun for made things, is their maker
    if ((n.type === 'LOC' || n.type === 'GPE') && !n.hit && productNounAfter(doc, n.end))
      return typedName(n, 'ORG', undefined, `${n.rule}+maker`);
    return n;
  });
}

/**
 * "existing Lockheed Tristar and Vickers VC-10 aircraft": a name of several words coordinated with a
 * product named by its maker, the noun for made things after both, is a product too (the noun is
 * shared). A person, a place or a body the KB knows stays what it is.
 */
function withCoordinatedProducts(doc: ArticleDocument, typed: TypedName[]): TypedName[] {
  return typed.map((n, k) => {
    const m = typed[k + 1];
    if (!m || n.type === 'MISC' || n.type === 'PERSON' || n.hit || !/\s/.test(doc.slice(n))) return n;
    if (m.type !== 'MISC' || !/\+brand-(?:model|designation)/.test(m.rule)) return n;
    if (!/^ (?:and|or) $/.test(doc.text.slice(n.end, m.start)) || !productNounAfter(doc, m.end)) return n;
    return typedName(n, 'MISC', undefined, `${n.rule}+coordinated-product`);
  });
}
