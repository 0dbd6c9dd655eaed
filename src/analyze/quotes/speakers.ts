// Speaker mentions → entities. A name the entity layer knows is its entity; a surname joins the
// person it ends; a pronoun goes to the most recent fitting entity (and becomes its mention);
// anything else becomes a new entity, so that every speaker is an entity.
import { hyphenedModifierAt, insideWord } from './phrases.js';
import { isCalendarText } from '../nlp/closed-class.js';
import { leaderGovernment } from '../entities/government-names.js';
import type { ArticleDocument, EntityRecord, Token } from '../document.js';
import { lexiconSets } from '../entities/lexicon.js';
import type { EntityType, Mention, MentionKind, Span, SpeakerRef } from '../types.js';
import { appositionHolder, titleHolder } from '../entities/descriptions.js';
import { isCommonWordOfNames } from '../entities/span-repair.js';
import { isSubordinateTitleWord } from '../entities/title-fit.js';
import { bareTitleWords, isPluralTitle } from '../entities/title-words.js';
import { usuallyLowerCase } from '../entities/ner/recognizer.js';
import { isPlaceKind, lookupName } from '../entities/kb.js';
import { quoteLexicon as lex } from './lexicon.js';
import type { EntityNames } from './name-forms.js';
import { counselOfSomeone, groupNounBeforeLink, isTitleNoun, relationNoun } from './head-nouns.js';
import { isPeopleHead, peopleOfBodyEnd } from './people-nouns.js';
import { sectorSpeakerActor } from './sector-speaker.js';
import { bodyAfterPeople } from './member-of-body.js';
import { genderOf, pronounGender } from './speaker-gender.js';
import { possessorAt } from './sentence-opening.js';
import { descriptionGender, isLayDescription, isPeopleGroup, isSingularRecord, speakerType } from './speaker-type.js';

/** How far back (characters) a pronoun looks for its antecedent. */
const PRONOUN_WINDOW = 1500;

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const withoutArticle = (s: string) => s.trim().replace(/^the\s+/i, '');

/** "the Vice Foreign Minister", "the Deputy Secretary": the lesser office's words a speaker span left out. */
function subordinateWordsBefore(doc: ArticleDocument, offset: number): string[] {
  const words: string[] = [];
  for (let k = doc.tokenIndexAt(offset) - 1; k >= 0 && isSubordinateTitleWord(doc.tokens[k].lower); k--)
    words.unshift(doc.tokens[k].lower);
  return words;
}
const bare = (s: string) => s.replace(/[’']s$/, '');

function addMention(entity: EntityRecord, doc: ArticleDocument, span: Span, kind: MentionKind, rule: string): void {
  if (entity.mentions.some((m) => m.start === span.start && m.end === span.end)) return;
  entity.mentions.push({ start: span.start, end: span.end, text: doc.text.slice(span.start, span.end), kind, rule });
}

/** Types of entities that never speak, so no pronoun speaker stands for them (MISC holds groups: "Democrats"). */
const SILENT_TYPES = new Set<EntityType>(['LOC', 'FAC', 'EVENT']);

/**
 * Whether the entity is a product named by its maker ("Vickers VC-10", "the Taurus") or a currency
 * sign ("A$", "HK$", which CoNLL tags MISC): it says nothing.
 */
export const saysNothing = (e: EntityRecord) =>
  e.type === 'MISC' &&
  (CURRENCY_SIGN.test(e.name) || e.mentions.some((m) => /\+(?:brand-|model-of-product)/.test(m.rule ?? '')));
const CURRENCY_SIGN = /^\p{Lu}{1,3}\$$/u;

/** A day, a month or today/yesterday: a time adverb the phrase finder took for a subject ("said Thursday"). */
export function isCalendarWord(doc: ArticleDocument, span: Span): boolean {
  return isCalendarText(doc.text.slice(span.start, span.end).trim());
}

/** A capitalised common noun, a day or a lower-case head (Police, Thursday, Former members) is no name: its mention is nominal. */
function mentionKind(doc: ArticleDocument, span: Span, kind: 'name' | 'nominal'): 'name' | 'nominal' {
  if (kind !== 'name') return kind;
  const toks = doc.tokensIn(span).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  if (toks.length === 0) return kind;
  if (toks.every((t) => t.pos === 'NOUN' || isCalendarText(t.text))) return 'nominal';
  // "Witnesses said", "Officials say": a capitalised word news mostly writes in lower case, which the
  // name recogniser did not take for a name, is a common noun
  if (toks.length === 1 && !doc.entityAt(span.start) && usuallyLowerCase(toks[0].text)) return 'nominal';
  // "the Deputy Secretary": a title alone names nobody; nor do "both Presidents", "Secretary of
  // State" cut to its portfolio, "the Defense"
  if (bareTitleWords(withoutArticle(doc.text.slice(span.start, span.end)))) return 'nominal';
  if (toks.length === 1 && (isPluralTitle(toks[0].lower) || isCommonWordOfNames(toks[0]))) return 'nominal';
  // "Romanian PM says …": a country or its people's adjective before a title names the office's
  // holder by description, as "the Romanian prime minister" does
  if (toks.length >= 2 && lexiconSets().titleHeads.has(toks[toks.length - 1].lower) && placeBefore(doc, toks))
    return 'nominal';
  // a lower-case head ends no name ("Former members", "Senior officials")
  if (/^\p{Ll}/u.test(toks[toks.length - 1].text)) return 'nominal';
  return kind;
}

const PLACE_TYPES = new Set(['NORP', 'GPE']);

/** Whether the tokens before the last are one name of a people or a country ("Romanian", "New Zealand"). */
function placeBefore(doc: ArticleDocument, toks: readonly Token[]): boolean {
  const hit = doc.entityAt(toks[0].start);
  return !!hit && PLACE_TYPES.has(hit.entity.type) && hit.mention.end === toks[toks.length - 2].end;
}

/**
 * The entity a name span stands for: the one it starts with, unless that is only a place or people
 * modifying the body or person the span ends with ("Russian Defence Ministry", "Russia's foreign
 * minister Sergei Lavrov").
 */
function nameHeadEntity(doc: ArticleDocument, span: Span): ReturnType<ArticleDocument['entityAt']> {
  const entityAt = doc.entityFinder();
  const first = entityAt(span.start);
  const last = entityAt(span.end - 1);
  if (!first) return last;
  if (last && last.entity !== first.entity && PLACE_TYPES.has(first.entity.type) && !PLACE_TYPES.has(last.entity.type))
    return last;
  return first;
}

/** Nouns for what an outlet puts out, after its name ("Voice of America news", "Al Jazeera television"). */
const MEDIA_NOUNS = new Set(['news', 'television', 'tv', 'radio', 'newspaper', 'channel', 'network', 'website']);

/** The body named right before a media noun ending at `headEnd`: "Voice of America news is reporting …" is the broadcaster. */
function outletBeforeMediaNoun(doc: ArticleDocument, headEnd: number): EntityRecord | null {
  const toks = doc.tokens;
  const h = doc.tokenIndexAt(headEnd - 1);
  if (!toks[h] || !MEDIA_NOUNS.has(toks[h].lower) || h < 1) return null;
  const hit = doc.entityAt(toks[h - 1].start);
  if (!hit || hit.entity.type !== 'ORG' || hit.mention.kind !== 'name' || hit.mention.end !== toks[h - 1].end)
    return null;
  // (a place's name is where the outlet is, and so is a name after "a": "a Baton Rouge newspaper")
  const before = toks[doc.tokenIndexAt(hit.mention.start) - 1];
  if (before && (before.lower === 'a' || before.lower === 'an')) return null;
  return isPlaceKind(lookupName(hit.mention.text)?.kind) ? null : hit.entity;
}

/** The person whose apposition ends with the name at `span` ("…, an official in the Prime Minister's Office"), if any. */
function apposedTo(doc: ArticleDocument, span: Span): EntityRecord | undefined {
  for (const e of doc.entities) {
    if (e.type !== 'PERSON') continue;
    for (const r of e.roles)
      if (r.rule === 'apposition' && r.span.start < span.start && r.span.end === span.end) return e;
  }
  return undefined;
}

/** A transcript's question label opening its line ("Q Madam Chancellor, the President … said") is no word of a speaker's name. */
const QUESTION_LABEL = /^Q[ \t]+(?=\S)/;
function pastQuestionLabel(doc: ArticleDocument, span: Span): Span {
  const m = QUESTION_LABEL.exec(doc.text.slice(span.start, span.end));
  const opensLine = span.start === 0 || doc.text[span.start - 1] === '\n';
  return m && opensLine ? { start: span.start + m[0].length, end: span.end } : span;
}

/** The entity a name or nominal speaker mention stands for; `names` indexes the article's entities for this pass. */
export function entityForMention(
  doc: ArticleDocument,
  spanIn: Span,
  kindIn: 'name' | 'nominal',
  names: EntityNames,
): EntityRecord {
  const span = pastQuestionLabel(doc, spanIn);
  const kind = mentionKind(doc, span, kindIn);
  // a nominal is its head noun's entity (U.S. intelligence agencies is not the United States; "the
  // president of Colombia" is not Colombia)
  const headEnd = kind === 'nominal' ? nounBeforeOf(doc, span) : span.end;
  const hit = kind === 'nominal' ? doc.entityAt(headEnd - 1) : nameHeadEntity(doc, span);
  // "David Baker, an official in the Prime Minister's Office said …": a name that ends a person's
  // apposition, read as the subject where no comma closed it, is the person's description
  const described = kind === 'name' ? apposedTo(doc, span) : undefined;
  if (described && described !== hit?.entity) return described;
  if (hit && hit.mention.start < span.end && hit.mention.end > span.start) return hit.entity;
  const text = bare(doc.text.slice(span.start, span.end).trim());
  const ws = words(text);
  // a bare surname (Sullivan) belongs to the person whose name ends with it; so does one that is
  // also a common word or a month, which mentionKind took for a nominal though the tagger read a
  // name and no entity holds it ("In particular, Will wrote, …", "May said …")
  const readAsName =
    kind === 'name' ||
    (kindIn === 'name' && !doc.entityAt(span.start) && doc.tokensIn(span).some((t) => t.pos === 'PROPN'));
  if (readAsName && ws.length === 1) {
    const surname = ws[0].toLowerCase();
    const person = names.personWithSurname(surname);
    if (person) {
      addMention(person, doc, span, 'name', 'quote-speaker-surname');
      return person;
    }
  }
  // "Kim Hyun-chong, South Korean trade minister said": a phrase that is a person's apposition is them
  const apposed = appositionHolder(doc, span);
  if (apposed) {
    addMention(apposed, doc, span, 'nominal', 'quote-speaker-apposition');
    return apposed;
  }
  const outlet = kind === 'nominal' ? outletBeforeMediaNoun(doc, headEnd) : null;
  if (outlet) {
    addMention(outlet, doc, span, 'nominal', 'quote-speaker-outlet');
    return outlet;
  }
  // "the Deputy Secretary will meet …": a bare title is the person the article gave it before (or
  // the one person it gives it to at all)
  const title = bareTitleWords(withoutArticle(text));
  const holder = title
    ? titleHolder(doc, [...subordinateWordsBefore(doc, span.start), ...title], span.start, true)
    : undefined;
  if (holder) {
    addMention(holder, doc, span, 'nominal', 'quote-speaker-title');
    return holder;
  }
  const lower = text.toLowerCase();
  const same = names.named(lower);
  if (same) {
    addMention(same, doc, span, kind, 'quote-speaker');
    return same;
  }
  const earlier = kind === 'nominal' ? introducedBefore(doc, span, lower) : undefined;
  if (earlier) {
    addMention(earlier, doc, span, 'nominal', 'quote-speaker-definite');
    return earlier;
  }
  const name =
    kind === 'name' ? ws.filter((w, i) => i > 0 || !lex.titles.has(w.toLowerCase())).join(' ') || text : text;
  const named = kind === 'nominal' ? bodyOfPeople(doc, span) : null;
  // ("Generals in the Pentagon", "A source within the Canadian government": the body they are inside)
  const member = kind === 'nominal' && !named ? bodyAfterPeople(doc, span) : null;
  const body = named ?? member;
  // ("The Bush administration said Thursday …": the government its leader heads on the article's date)
  const led = kind === 'nominal' && !body ? leaderGovernment(name, doc.published) : null;
  // ("The government says …", "Police in Thailand have reported …": a sector noun alone, its country
  // the place it names or the article's own)
  const sector = kind === 'nominal' && !body && !led ? sectorSpeakerActor(doc, span) : null;
  // ("The Indian prime minister's office condemned …": an office speaks for the one who holds it)
  const officeOf = kind === 'nominal' && !body && !led && !sector ? officeHolder(doc, span) : null;
  return doc.addEntity({
    type: led ? 'ORG' : speakerType(name, kind),
    name,
    actor: body?.actor ?? led?.actor ?? sector?.actor ?? officeOf?.actor ?? null,
    country: body?.country ?? led?.country ?? sector?.country ?? officeOf?.country ?? null,
    kb: null,
    mentions: [
      {
        start: span.start,
        end: span.end,
        text: doc.text.slice(span.start, span.end),
        kind,
        rule: sector ? `quote-speaker+${sector.rule}` : member ? 'quote-speaker+member-of' : 'quote-speaker',
      },
    ],
  });
}

/** The entity with an actor whose "office" a nominal ends with ("the Indian prime minister's office"), else null. */
function officeHolder(doc: ArticleDocument, span: Span): EntityRecord | null {
  const toks = doc.tokens;
  const last = doc.tokenIndexAt(span.end - 1);
  if (toks[last]?.lower !== 'office' || !/^['’]s?$/.test(toks[last - 1]?.text ?? '')) return null;
  const owner = toks[last - 2] ? doc.entityAt(toks[last - 2].start) : null;
  return owner?.entity.actor && owner.mention.end === toks[last - 2].end ? owner.entity : null;
}

/** Parts of speech of the words before a body's name in a description of its people (a, senior, highly-positioned). */
const PEOPLE_DESCRIBERS = new Set(['DET', 'ADJ', 'ADV']);

/**
 * The body whose people a nominal names, its name then a plural noun for people ("United Nations
 * officials", "NATO diplomats", "EU officials", "the NATO defense ministers", "G7 foreign ministers"):
 * they act for it, under its actor code. Null where the name is not a body's with an actor.
 */
function bodyOfPeople(doc: ArticleDocument, span: Span): EntityRecord | null {
  const toks = doc.tokens;
  let a = doc.tokenIndexAt(span.start);
  // (past an article and the words describing the person: "A highly-positioned IDF officer", "a
  // senior Pentagon official")
  while (
    a < toks.length &&
    toks[a].end < span.end &&
    (PEOPLE_DESCRIBERS.has(toks[a].pos) || insideWord(toks, a) || hyphenedModifierAt(toks, a))
  )
    a++;
  if (!toks[a]) return null;
  const at = doc.entityAt(toks[a].start);
  if (!at) return null;
  const start = toks[a].start;
  const peopleOf = (entity: EntityRecord, mention: Mention) => {
    if (entity.type !== 'ORG' || !entity.actor || mention.start !== start || mention.end >= span.end) return false;
    const end = peopleOfBodyEnd(toks, doc.tokenIndexAt(mention.end - 1) + 1, true);
    return end > 0 && toks[end - 1].end === span.end;
  };
  if (at.entity.type === 'ORG') return peopleOf(at.entity, at.mention) ? at.entity : null;
  // ("U.S. air force officials": the body's nominal starts with a country's name, which entityAt
  // finds first)
  for (const entity of doc.entities)
    if (entity.type === 'ORG' && entity.mentions.some((m) => peopleOf(entity, m))) return entity;
  return null;
}

/**
 * Where a nominal's head noun ends: before the "of" phrase of a title ("the president of Colombia") or
 * of people ("some residents of the Kodori Gorge"), else the span's end.
 */
function nounBeforeOf(doc: ArticleDocument, span: Span): number {
  const toks = doc.tokens;
  const first = doc.tokenIndexAt(span.start);
  // ("his best friend at Lehigh": a relation's noun, the name after it where they belong)
  const relation = relationNoun(toks, first, doc.tokenIndexAt(span.end - 1) + 1);
  if (relation > 0) return toks[relation].end;
  // ("An advisor to John McCain": the adviser, the name after "to" whose)
  const counsel = counselOfSomeone(toks, first, doc.tokenIndexAt(span.end - 1) + 1);
  if (counsel > 0) return toks[counsel].end;
  // ("An FBI official at the U.S. embassy", "a spokesman at the French embassy": where they serve, no
  // speaker of its own)
  for (let i = first; i < toks.length && toks[i].end <= span.end; i++)
    if (
      (SERVING_LINKS.has(toks[i].lower) && i > 0 && (isTitleNoun(toks[i - 1]) || isPeopleHead(toks, i - 1))) ||
      groupNounBeforeLink(doc, i)
    )
      return toks[i - 1].end;
  return span.end;
}

/** Words after a title's or people's noun that say whose or where they are ("the president of", "an official at"). */
const SERVING_LINKS = new Set(['of', 'at']);

/** How many sentences back a definite description may find the phrase that introduced its referent. */
const DEFINITE_REACH = 2;

/**
 * "… said an Israeli official. The official also said …": a definite description ("the official",
 * "the intelligence officer") is the person an indefinite phrase with the same last words introduced
 * in the sentences just before ("an Israeli official", "a 14-year veteran intelligence officer"); a
 * plural one the group a country word introduced ("Tunisian lawyers began a hunger strike. The
 * lawyers accuse …").
 */
function introducedBefore(doc: ArticleDocument, span: Span, lower: string): EntityRecord | undefined {
  const m = /^the\s+(.+)$/.exec(lower);
  if (!m) return undefined;
  const tail = ' ' + m[1];
  const toks = doc.tokens;
  const sentence = toks[doc.tokenIndexAt(span.start)]?.sentence ?? 0;
  const from = doc.sentences[Math.max(0, sentence - DEFINITE_REACH)]?.start ?? 0;
  let best: EntityRecord | undefined;
  let bestAt = -1;
  for (const e of doc.entities) {
    if (e.type !== 'PERSON' && e.type !== 'ORG') continue;
    for (const mention of e.mentions) {
      if (mention.end > span.start || mention.start < from || mention.start <= bestAt) continue;
      const text = mention.text.toLowerCase();
      const introduces =
        e.type === 'PERSON' ? /^an?\s/.test(text) : mention.rule === 'country-sector' && /s$/.test(tail);
      if (introduces && text.endsWith(tail)) {
        best = e;
        bestAt = mention.start;
      }
    }
  }
  return best;
}

/**
 * Whether a lay description stands for someone new: an indefinite one does ("A mother who recently
 * escaped …"); a definite one ("The businessman, whose latest venture …") most often takes up a
 * person already named, so only where no one of that sex was named before it ("The unnamed woman").
 */
function introducesSomeone(doc: ArticleDocument, e: EntityRecord, gender: 'm' | 'f'): boolean {
  if (/^(?:an?|one|another)\s/i.test(e.name)) return true;
  const first = Math.min(...e.mentions.map((m) => m.start));
  return !doc.entities.some(
    (other) =>
      other.type === 'PERSON' &&
      other.mentions.some((m) => m.kind === 'name' && m.start < first) &&
      (genderOf(doc, other) ?? gender) === gender,
  );
}

/**
 * The antecedent of a pronoun at `at`: the entity with the latest mention before it that fits
 * (a person for he/she/I, an organisation, country or group for it/they/we), else the latest
 * earlier speaker of the fitting kind.
 */
export function antecedent(
  doc: ArticleDocument,
  at: number,
  pronoun: string,
  speakers: EntityRecord[],
  quoted: (offset: number) => boolean,
  window = PRONOUN_WINDOW,
): EntityRecord | null {
  const p = pronoun.toLowerCase();
  const wantsPerson = lex.personPronouns.has(p);
  const gender = pronounGender(p);
  // (a product, an occasion, a building or a place says nothing: "We will deploy …" after "Vickers VC-10")
  const fitsKind = (e: EntityRecord) =>
    wantsPerson
      ? e.type === 'PERSON' && !isPeopleGroup(e)
      : !SILENT_TYPES.has(e.type) &&
        !saysNothing(e) &&
        (p !== 'it' || e.type !== 'PERSON') &&
        // ("“…,” the letter added. They also urged …": the letter's writers, not the letter)
        (p !== 'they' || !isSingularRecord(e));
  // "she" does not go to a man, nor "he" to a woman, where the article shows which the person is
  const fits = (e: EntityRecord) => {
    if (!fitsKind(e)) return false;
    // someone only described by a lay noun ("a farmer", "One student") is "he" or "she" only where the
    // noun shows it ("A mother …, “…,” she said"): the article's named people are likelier
    if (wantsPerson && isLayDescription(e))
      return gender !== null && descriptionGender(e) === gender && introducesSomeone(doc, e, gender);
    if (!gender) return true;
    const g = genderOf(doc, e);
    return g === null || g === gender;
  };
  let best: EntityRecord | null = null;
  let bestEnd = -1;
  // (for "he" or "she", the nearest that is no possessor: "an unnamed U.S. official confirmed … at the
  // time of Bush's statement. “…,” he reportedly said" is the official's; a possessor in the same
  // sentence as a person that fits ranks below them. A body's possessor is often its "it": "Iran's
  // nuclear program, specifically its desire …")
  let subject: EntityRecord | null = null;
  let subjectEnd = -1;
  for (const e of doc.entities) {
    // the entity's latest usable mention first: fits (gender evidence) only for one that would win
    let end = bestEnd;
    let own = subjectEnd;
    for (const m of e.mentions) {
      if (m.end > at || m.end <= Math.min(end, own) || at - m.end >= window) continue;
      // a name inside a quotation is spoken about, not speaking
      if (m.kind === 'pronoun' || quoted(m.start)) continue;
      // (a people's word before a common noun modifies it, no group that "they" takes up: "reliance on
      // Russian energy. They underscored …")
      if (p === 'they' && e.type === 'NORP' && modifiesNounAfter(doc, m.end)) continue;
      if (m.end > end) end = m.end;
      if (m.end > own && !possessorAt(doc.text, m.end)) own = m.end;
    }
    if ((end > bestEnd || own > subjectEnd) && fits(e)) {
      if (end > bestEnd) {
        best = e;
        bestEnd = end;
      }
      if (own > subjectEnd) {
        subject = e;
        subjectEnd = own;
      }
    }
  }
  if (
    wantsPerson &&
    best &&
    subject &&
    best !== subject &&
    doc.sentenceAt(bestEnd - 1) === doc.sentenceAt(subjectEnd - 1)
  )
    return subject;
  if (best) return best;
  if (window < PRONOUN_WINDOW) return null;
  for (let i = speakers.length - 1; i >= 0; i--) if (fits(speakers[i])) return speakers[i];
  return null;
}

/** Whether a common noun or adjective follows the mention ending at `end` at once ("Russian energy", "Russian civil society"). */
function modifiesNounAfter(doc: ArticleDocument, end: number): boolean {
  const next = doc.tokens[doc.tokenIndexAt(end)];
  const t = next && next.start === end ? doc.tokens[next.i + 1] : next;
  return !!t && t.start <= end + 1 && (t.pos === 'NOUN' || t.pos === 'ADJ') && /^\p{Ll}/u.test(t.text);
}

/** A speaker reference for a resolved mention, recording the pronoun as a mention of its entity. */
export function speakerRef(
  doc: ArticleDocument,
  entity: EntityRecord | null,
  mention: Span,
  isPronoun: boolean,
): SpeakerRef {
  if (entity && isPronoun) addMention(entity, doc, mention, 'pronoun', 'quote-speaker-pronoun');
  return {
    entity: entity?.id ?? null,
    name: entity?.name ?? doc.text.slice(mention.start, mention.end),
    start: mention.start,
    end: mention.end,
  };
}
