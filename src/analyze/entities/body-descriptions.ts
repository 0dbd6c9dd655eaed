// Definite descriptions of bodies: "The group has been accused of drug trafficking" after FARC, "the
// alliance" after NATO, "The council passed a resolution" after the UN Human Rights Council. A class
// noun alone after "the" names the most recent body of its class: one with the noun as a word of its
// name ("the Bush administration" is the administration, "the Green party" the party), or with an
// actor code holding a code the lexicon gives the noun (a rebel group's REB for "the group", NATO's
// NAT for "the alliance"). descriptions.ts finds that body and adds the mention.
import type { ArticleDocument, EntityRecord, Token } from '../document.js';
import { lexiconSets } from './lexicon.js';

/** Words after the noun that say which body it is, one not named before ("the embassy in Kabul"). */
const NAMING_ANOTHER = new Set(['of', 'in', 'at', 'for', 'on', 'from', '-']);

/**
 * Whether the noun before token k heads its phrase alone: "the group's leader" and "the alliance is"
 * do; "the group members", "the embassy in Kabul" and "the government and people of Ukraine" do not.
 */
function headsAlone(toks: Token[], k: number): boolean {
  const next = toks[k];
  if (!next) return true;
  if (/^(NOUN|PROPN|ADJ|NUM)$/.test(next.pos) || NAMING_ANOTHER.has(next.lower)) return false;
  // "the government and people of Ukraine": the "of" names both nouns' country
  return !(next.lower === 'and' && toks[k + 1]?.pos === 'NOUN' && NAMING_ANOTHER.has(toks[k + 2]?.lower ?? ''));
}

/** "organisation" and "organization" are one word. */
const spelling = (word: string) => word.replace(/isation$/, 'ization');

/** Whether a word of the body's name (as the entity is called or as a name mention writes it) is the noun. */
function namedWith(e: EntityRecord, noun: string): boolean {
  // (a name in capitals alone is a transcript's label read as a body: "SENIOR ADMINISTRATION OFFICIAL:")
  if (/\s/.test(e.name) && e.name === e.name.toUpperCase()) return false;
  const has = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .map(spelling)
      .includes(noun);
  return has(e.name) || e.mentions.some((m) => m.kind === 'name' && has(m.text));
}

/** A body the text names: "Palestinian militants", a description, is no one group of its class. */
const isNamed = (e: EntityRecord) => e.mentions.some((m) => m.kind === 'name');

/** Whether the actor code (three letters a part: COLREB, IGOWSTNAT) holds one of the codes. */
function holdsCode(actor: string | null, codes: string[]): boolean {
  if (!actor || !codes.length) return false;
  for (let k = 0; k + 3 <= actor.length; k += 3) if (codes.includes(actor.slice(k, k + 3))) return true;
  return false;
}

/**
 * For "the" at token i followed by a body's class noun that heads its phrase alone, the test a body
 * must pass to be the one described; undefined where the tokens are no such description.
 */
export function bodyClassAt(
  doc: ArticleDocument,
  i: number,
  /** Whether the noun may be capitalised ("the Alliance" after NATO; see descriptions.ts linkBodyWordNames). */
  capitalised = false,
): ((e: EntityRecord) => boolean) | undefined {
  const toks = doc.tokens;
  const noun = toks[i + 1];
  // (a capitalised noun may be a name of its own: "the Council" of a release)
  if (toks[i].lower !== 'the' || !noun || (!capitalised && noun.text !== noun.lower) || !headsAlone(toks, i + 2))
    return undefined;
  const codes = lexiconSets().bodyClassNouns.get(noun.lower);
  if (!codes) return undefined;
  const word = spelling(noun.lower);
  const named = capitalised ? namedWithHead : namedWith;
  return (e) =>
    e.type === 'ORG' && (named(e, word) || classedBy(doc, e, word) || (isNamed(e) && holdsCode(e.actor, codes)));
}

/** Whether the article set the noun right before one of the body's names ("al-Hakim's party SCIRI"). */
function classedBy(doc: ArticleDocument, e: EntityRecord, noun: string): boolean {
  const toks = doc.tokens;
  return e.mentions.some((m) => {
    if (m.kind !== 'name') return false;
    const k = doc.tokenIndexAt(m.start);
    return k > 0 && toks[k]?.start === m.start && spelling(toks[k - 1].text) === noun;
  });
}

/** Adjectives that make a group an armed one ("the terrorist group", "the militant network"). */
const ARMED_ADJECTIVES = new Set([
  'terrorist',
  'militant',
  'extremist',
  'jihadist',
  'islamist',
  'rebel',
  'insurgent',
  'armed',
  'guerrilla',
  'separatist',
  'paramilitary',
]);
/** Nouns a group's kind (an armed adjective, "rights") turns into such a group's description. */
const ARMED_GROUP_NOUNS = new Set([
  'group',
  'network',
  'organization',
  'organisation',
  'movement',
  'militia',
  'outfit',
]);
/** Codes of armed groups: rebels, insurgents, unidentified armed forces, radicals, separatists, militarized groups across borders. */
const ARMED_CODES = ['REB', 'INS', 'UAF', 'RAD', 'SEP', 'IMG'];

/** Codes of rights groups ("the rights group", "the human rights group" after Human Rights Watch). */
const RIGHTS_CODES = ['HRI'];

/** The codes a group's kind word gives it: an armed adjective's, or the rights its group defends. */
function kindCodes(toks: Token[], k: number): { codes: string[]; noun: number } | undefined {
  const word = toks[k];
  if (!word || word.text !== word.lower) return undefined;
  if (ARMED_ADJECTIVES.has(word.lower)) return { codes: ARMED_CODES, noun: k + 1 };
  if (word.lower === 'rights') return { codes: RIGHTS_CODES, noun: k + 1 };
  if (word.lower === 'human' && toks[k + 1]?.lower === 'rights') return { codes: RIGHTS_CODES, noun: k + 2 };
  return undefined;
}

/**
 * For "the" at token i, a group's kind and its noun heading its phrase alone ("The terrorist group is
 * thought to be planning …" after "Al-Qaeda communications"; "The rights group is calling on Israel …"
 * after Human Rights Watch), the test a body must pass to be the one described, with the noun's
 * index; undefined where the tokens are no such description. Only a body of that kind's code fits.
 */
export function kindOfGroupAt(
  toks: Token[],
  i: number,
): { test: (e: EntityRecord) => boolean; noun: number } | undefined {
  if (toks[i].lower !== 'the') return undefined;
  const kind = kindCodes(toks, i + 1);
  if (!kind || !ARMED_GROUP_NOUNS.has(toks[kind.noun]?.lower ?? '') || !headsAlone(toks, kind.noun + 1))
    return undefined;
  // (a name set after it introduces another group: "the human rights group, Fortify Rights")
  if (toks[kind.noun + 1]?.text === ',' && /^\p{Lu}/u.test(toks[kind.noun + 2]?.text ?? '')) return undefined;
  return { test: (e) => e.type === 'ORG' && isNamed(e) && holdsCode(e.actor, kind.codes), noun: kind.noun };
}

/**
 * Whether the noun heads the body's name or a name the article gave it: its last word ("the
 * Biden-Harris Administration"), or the first of two ("Embassy Baku", also of "U.S. Embassy Baku …
 * Embassy Baku"); not a word that modifies another ("the Administration's Summit for Democracy",
 * "Coalition Working Groups").
 */
function namedWithHead(e: EntityRecord, noun: string): boolean {
  return (
    headedBy(e.name, noun) || e.mentions.some((m) => m.kind === 'name' && m.text !== e.name && headedBy(m.text, noun))
  );
}

function headedBy(name: string, noun: string): boolean {
  const words = name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .map(spelling);
  const at = words.lastIndexOf(noun);
  return at >= 0 && (at === words.length - 1 || (at === 0 && words.length === 2));
}

/**
 * Whether "the government" at token i more likely means another country's government than the body
 * found: in its sentence or the one before, after the body's last mention, a country other
 * than the body's is named and the body's own is not ("the Afghan government … So as Canada moves
 * to …, the government announced" is Canada's; "at the expense of the North Korean people. The
 * government has chosen" is not the U.S. Government named before). Bodies of other classes keep their
 * place ("the US embassy … in Tanzania … the embassy").
 */
export function anotherCountrysGovernment(doc: ArticleDocument, i: number, body: EntityRecord): boolean {
  const noun = doc.tokens[i + 1].lower;
  if (!body.country || !lexiconSets().governmentHeads.has(noun)) return false;
  const to = doc.tokens[i].start;
  let from = 0;
  for (const m of body.mentions) if (m.end <= to && m.end > from) from = m.end;
  const sentence = doc.tokens[i].sentence;
  const windowStart = Math.max(from, doc.sentences[Math.max(0, sentence - 1)]?.start ?? 0);
  let other = false;
  for (const e of doc.entities) {
    if ((e.type !== 'GPE' && e.type !== 'NORP') || !e.country) continue;
    if (!e.mentions.some((m) => m.start >= windowStart && m.end <= to)) continue;
    if (e.country === body.country) return false;
    other = true;
  }
  return other;
}
