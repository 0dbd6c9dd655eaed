// Transcripts (press briefings, interviews) mark each turn with its speaker's label at the start of
// a paragraph: "MR. GIBBS: …", "SECRETARY CLINTON: …", "Q: …". Each labelled paragraph is a direct
// quote of the labelled speaker (rule transcript-turn, speaker rule transcript-label); a questioner
// ("Q:", "QUESTION:") or an operator is nobody the label names, so that turn has no speaker unless
// the moderator named who asks (speaker-floor.ts). A
// document needs two labelled paragraphs, one naming its speaker, to count as a transcript, so that a
// lone "NOTE:" or "UPDATE:" is not read as one; a lone label with a title opens a speech
// ("SECRETARY BLINKEN: Good afternoon. …").
import type { ArticleDocument, EntityRecord } from '../document.js';
import { lookupSurname, personActor } from '../entities/kb.js';
import { kbMeta } from '../entities/data.js';
import { sourceGovernment } from '../entities/source-government.js';
import type { Span } from '../types.js';
import { titleCase } from '../entities/names.js';
import { withoutLeadingTitle } from '../entities/leading-title.js';
import { creditedIdentity } from '../entities/credited-people.js';
import { countryFromDescriptions } from '../entities/described-countries.js';
import { issuerOfficialActor, roleInTheIssuer } from '../entities/issuer-roles.js';
import { issuerOfficeHolder } from '../entities/issuer-head.js';
import { roleOfTitleSpan } from '../entities/roles.js';
import { isAlsoSurname } from '../entities/title-words.js';
import { lexiconSets as entityLexicon } from '../entities/lexicon.js';
import { quoteCandidate, type Candidate, type QuoteContext } from './context.js';
import { quoteLexicon as lex } from './lexicon.js';
import type { EntityNames } from './name-forms.js';

export interface TranscriptTurn {
  candidate: Candidate;
  /** The label's name part (GIBBS in "MR. GIBBS:"), or null for a questioner. */
  label: Span | null;
  /** The whole label ("MR. GIBBS", "Q"). */
  labelSpan: Span;
  /** Whether the label is a questioner's ("Q", "QUESTION"), not an operator's or moderator's. */
  asks: boolean;
}

/**
 * "MR. GIBBS: …", "Q: …", and the White House's "Q Thank you." (a questioner's turn with no colon,
 * also where the transcript lost its first words: "Q -- expects the bilateral meeting …", "Q (Inaudible.)").
 */
// (capitals throughout, accented ones too, "FOREIGN MINISTER RINKĒVIČS", but for the small letters of
// Mc and Mac: "MR. McFAUL", "MS. MacDONALD")
const LABEL =
  /^([ \t]*)(?:(Q|A|\p{Lu}(?:[\p{Lu}.'’\- ]|(?<=\bMa?)c(?=\p{Lu})|(?<=\bM)a(?=c\p{Lu})){1,40}[\p{Lu}.]):|(Q)(?=[ \t]+(?:\p{Lu}|--|[—–…]|\.\.\.|\()))[ \t]+(?=\S)/u;
const NOT_SPEAKERS = new Set([
  'NOTE',
  'UPDATE',
  'EDITOR’S NOTE',
  "EDITOR'S NOTE",
  'CORRECTION',
  'PHOTO',
  'VIDEO',
  'WATCH',
  'READ MORE',
  'RELATED',
  'SOURCE',
  'SOURCES',
]);
/** Labels of those who ask the questions (a moderator may name who asks next: speaker-floor.ts)… */
const QUESTIONERS = new Set([
  'Q',
  'QUESTION',
  'QUESTIONER',
  'AUDIENCE',
  'AUDIENCE MEMBER',
  'AUDIENCE QUESTION',
  'PARTICIPANT',
  'REPORTER',
  'JOURNALIST',
]);
/** …and of every speaker nobody names: those, an operator, a moderator (their turns have no speaker). */
const UNNAMED_SPEAKERS = new Set([
  ...QUESTIONERS,
  'A',
  'PARTICIPANTS',
  'OPERATOR',
  'MODERATOR',
  'STAFF',
  'INTERPRETER',
  'TRANSLATOR',
]);
const MIN_TURNS = 2;

/**
 * Whether a paragraph without a label goes on with the turn before it: it is spoken (a first- or
 * second-person word: an article's own commentary after a quoted exchange seldom has one) and no
 * stage note or time stamp ("END 2:30 P.M. EDT", "(Laughter.)", a line in capitals).
 */
function continuesTurn(line: string): boolean {
  const t = line.trim();
  if (!/\p{Ll}/u.test(t)) return false;
  if (STAGE_NOTE.test(t)) return false;
  return SPOKEN.test(t);
}
const SPOKEN = /\b(?:I|me|my|we|We|us|our|Our|you|You|your|Your)\b|\bI['’]/;
/** A stage note or time stamp opening a line: "END 2:30 P.M. EDT", "(Laughter.)", "* * *". */
const STAGE_NOTE = /^(?:END\b|\(|\[|\d{1,2}:\d{2}|\*|#|-{2,}|—|―)/;

/** Whether a line with no first- or second-person word may still go on with a turn: prose, no stage note. */
function continuesTurnUnspoken(line: string): boolean {
  const t = line.trim();
  return /\p{Ll}/u.test(t) && !STAGE_NOTE.test(t);
}

/** Where the text's last line with a speaker's label starts, or -1. */
function lastLabelStart(text: string): number {
  let found = -1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const m = LABEL.exec(text.slice(start, end));
    if (m && !NOT_SPEAKERS.has((m[2] ?? m[3]).trim())) found = start;
    start = end + 1;
  }
  return found;
}

/**
 * Where the words after a speaker's label start when a line opening at `at` has one ("SENIOR
 * ADMINISTRATION OFFICIAL: Well, I think …" → at "Well"); -1 for none or not a line's start.
 */
export function afterLabelAt(text: string, at: number): number {
  if (at > 0 && text[at - 1] !== '\n') return -1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  const m = LABEL.exec(text.slice(at, end));
  return m && !NOT_SPEAKERS.has((m[2] ?? m[3]).trim()) ? at + m[0].length : -1;
}

/** Whether a line of the text opens with a speaker's label ("SECRETARY BLINKEN: …"): a speech or a transcript. */
export function hasSpeakerLabel(text: string): boolean {
  for (const line of text.split('\n')) {
    const m = LABEL.exec(line);
    if (m && !NOT_SPEAKERS.has(m[2] ?? m[3])) return true;
  }
  return false;
}

/** The turns of a transcript, in text order; none when the document is not one. */
export function transcriptTurns(ctx: QuoteContext): TranscriptTurn[] {
  const text = ctx.doc.text;
  const turns: TranscriptTurn[] = [];
  /** Unlabelled paragraphs that go on with the turn before them. */
  const continued: TranscriptTurn[] = [];
  // (a government's own transcript has no commentary between its turns: a paragraph before the next
  // label goes on with the turn, first person or not — "Yesterday, President Putin recognized …" in
  // the Secretary's opening remarks)
  const lastLabel = sourceGovernment(ctx.doc.source) ? lastLabelStart(text) : -1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const m = LABEL.exec(line);
    const labelText = m ? (m[2] ?? m[3]) : '';
    const last = turns[turns.length - 1];
    if (!m && last && (continuesTurn(line) || (start < lastLabel && continuesTurnUnspoken(line)))) {
      // an unlabelled paragraph after a turn is the same speaker going on
      let contentEnd = end;
      while (contentEnd > start && /\s/.test(text[contentEnd - 1])) contentEnd--;
      let contentStart = start;
      while (contentStart < contentEnd && /\s/.test(text[contentStart])) contentStart++;
      continued.push({
        ...last,
        candidate: quoteCandidate({
          ...last.candidate,
          start: contentStart,
          end: contentEnd,
          rule: 'transcript-continued',
        }),
      });
    } else if (m && !NOT_SPEAKERS.has(labelText.trim())) {
      const labelStart = start + m[1].length;
      let contentEnd = end;
      while (contentEnd > start && /\s/.test(text[contentEnd - 1])) contentEnd--;
      const contentStart = start + m[0].length;
      if (contentEnd > contentStart) {
        const words = labelText.trim().split(/\s+/);
        let skip = 0;
        while (skip < words.length - 1 && lex.titles.has(words[skip].toLowerCase())) skip++;
        const nameText = labelName(words.slice(skip).join(' '));
        const questioner = UNNAMED_SPEAKERS.has(labelText.trim());
        const nameStart = labelStart + Math.max(0, labelText.indexOf(nameText));
        turns.push({
          label: questioner ? null : { start: nameStart, end: nameStart + nameText.length },
          labelSpan: { start: labelStart, end: labelStart + labelText.trim().length },
          asks: QUESTIONERS.has(labelText.trim()),
          candidate: quoteCandidate({
            kind: 'direct',
            start: contentStart,
            end: contentEnd,
            cue: null,
            speaker: null,
            rule: 'transcript-turn',
            speakerRule: questioner ? null : 'transcript-label',
          }),
        });
      }
    }
    start = end + 1;
  }
  if ((turns.length < MIN_TURNS && !titledSpeech(turns, text)) || !turns.some((t) => t.label)) return [];
  return [...turns, ...continued].sort((a, b) => a.candidate.start - b.candidate.start);
}

/**
 * Whether a lone label opens a speech: a titled speaker's ("SECRETARY BLINKEN: Good afternoon. …"; the
 * paragraphs after it that go on in the first or second person are the turn's, as in any transcript).
 * A dateline in capitals ("BEIJING: …") has no title.
 */
function titledSpeech(turns: TranscriptTurn[], text: string): boolean {
  if (turns.length !== 1 || !turns[0].label) return false;
  const first = text.slice(turns[0].labelSpan.start, turns[0].label.start).trim().split(/\s+/)[0]?.toLowerCase();
  return !!first && lex.titles.has(first);
}

/** The person a label names: one the article already knows by that surname or name, else a new one. */
const NUMBER_WORDS = /^(?:one|two|three|four|five|\d+|#\d+)$/;

/**
 * A label that describes its speaker and names nobody ("SENIOR ADMINISTRATION OFFICIAL", "SENIOR
 * STATE DEPARTMENT OFFICIAL TWO", "THE PRESIDENT"): it ends in a title or a person noun, not a name.
 */
function describesOnly(lower: string): boolean {
  const words = lower.split(/\s+/);
  while (words.length > 1 && NUMBER_WORDS.test(words[words.length - 1])) words.pop();
  const last = words[words.length - 1];
  const people = entityLexicon();
  return (people.titleHeads.has(last) || people.personNominalHeads.has(last)) && !isAlsoSurname(last);
}

/** What a label's text gives, whatever the document: its name in title case and the kind of mention. */
interface LabelForm {
  name: string;
  lower: string;
  last: string | undefined;
  kind: 'name' | 'nominal';
}
/** A transcript repeats its few labels turn after turn: each label text is read once (bounded, text only). */
const labelForms = new Map<string, LabelForm>();
const MAX_LABEL_FORMS = 1000;

function labelForm(text: string): LabelForm {
  let form = labelForms.get(text);
  if (form === undefined) {
    const name = titleCase(text);
    const lower = name.toLowerCase();
    form = { name, lower, last: lower.split(/\s+/).at(-1), kind: describesOnly(lower) ? 'nominal' : 'name' };
    if (labelForms.size >= MAX_LABEL_FORMS) labelForms.clear();
    labelForms.set(text, form);
  }
  return form;
}

export function labelEntity(ctx: QuoteContext, label: Span, names: EntityNames, whole?: Span): EntityRecord {
  const entity = labelPerson(ctx, label, names);
  if (whole) addLabelRole(ctx, entity, whole, label);
  return entity;
}

/**
 * A label's name without the office before it ("FOREIGN MINISTER ASHKENAZI" → ASHKENAZI, as the
 * entity layer reads titles); a label that is an office alone ("DEPUTY SECRETARY") stays whole.
 */
function labelName(text: string): string {
  const name = withoutLeadingTitle(text);
  return name !== text && describesOnly(name.toLowerCase()) ? text : name;
}

/** Words before a name that are only a form of address, no office ("MR.", "MS."). */
const HONORIFIC_ONLY = /^(?:(?:MR|MRS|MS|MISS|MME|M)\.?\s*)+$/i;

/**
 * "SECRETARY BLINKEN:", "FOREIGN MINISTER ASHKENAZI:": the office before the name is the speaker's
 * role (rule transcript-label-title), as a title before a name is in running text; in a government's
 * own transcript a department's office is held in that government (issuer-roles.ts).
 */
function addLabelRole(ctx: QuoteContext, entity: EntityRecord, whole: Span, label: Span): void {
  if (entity.type !== 'PERSON' || label.start <= whole.start) return;
  const doc = ctx.doc;
  // ("DEPUTY SECRETARY:" names no one: its office is no role of a person)
  if (labelForm(doc.text.slice(label.start, label.end)).kind === 'nominal') return;
  let end = label.start;
  while (end > whole.start && /\s/.test(doc.text[end - 1])) end--;
  const title = doc.text.slice(whole.start, end);
  if (!title || HONORIFIC_ONLY.test(title)) return;
  // (a transcript repeats its labels turn after turn: one role per office)
  const office = title.toLowerCase();
  if (entity.roles.some((r) => r.span.start === whole.start || r.title.toLowerCase() === office)) return;
  const made = roleOfTitleSpan(doc, whole.start, end, 'transcript-label-title');
  if (!made) return;
  entity.roles.push(made.role);
  if (made.role.country && !entity.country) {
    entity.country = made.role.country;
    entity.actor ??= made.actor;
  }
  roleInTheIssuer(doc, entity);
  countryFromDescriptions(doc, entity);
}

/**
 * The person a name mention inside the label belongs to, and that mention's index: the recogniser may
 * read the capitals of "PRESIDENT VON DER LEYEN:" as "PRESIDENT VON", leaving a person "Von" whom the
 * label names in full (and whom the names index, read before, knows only as "Von").
 */
function personNamedWithin(doc: ArticleDocument, label: Span): { entity: EntityRecord; at: number } | undefined {
  for (const entity of doc.entities) {
    if (entity.type !== 'PERSON') continue;
    const at = entity.mentions.findIndex((m) => m.kind === 'name' && m.start >= label.start && m.end <= label.end);
    if (at >= 0) return { entity, at };
  }
  return undefined;
}

function labelPerson(ctx: QuoteContext, label: Span, names: EntityNames): EntityRecord {
  const doc = ctx.doc;
  const { name, lower, last, kind } = labelForm(doc.text.slice(label.start, label.end));
  // the full name the article gave earlier (Robert Gibbs for MR. GIBBS), else the same name;
  // `names` holds each person under both, in layer order (a transcript has a label per turn)
  // (a label that only describes, "THE PRESIDENT", is no "Russian President" the article mentions:
  // it joins a person only under the same words)
  // (…but in a government's own transcript, "THE PRESIDENT" is its president: issuer-head.ts)
  const known =
    kind === 'nominal'
      ? (issuerOfficeHolder(doc, lower.replace(/^the /, '').split(/\s+/), label.start) ??
        names.firstPersonNamed(lower) ??
        names.firstPersonNamed(lower.replace(/^the /, '')))
      : ((last !== undefined ? names.firstPersonEndingWith(last) : undefined) ??
        names.firstPersonNamed(lower) ??
        names.firstPersonNamed(withoutLeadingTitle(name).toLowerCase()));
  const mention = {
    start: label.start,
    end: label.end,
    text: doc.text.slice(label.start, label.end),
    kind,
    rule: 'transcript-label',
  };
  if (known) {
    if (!known.mentions.some((m) => m.start === label.start)) known.mentions.push(mention);
    if (kind === 'name') linkBySurname(doc, known);
    return known;
  }
  // ("FOREIGN MINISTER KAMILOV": the person is Kamilov, the office no part of the name)
  const display = kind === 'name' ? withoutLeadingTitle(name) : name;
  const within = kind === 'name' ? personNamedWithin(doc, label) : undefined;
  if (within) {
    const { entity, at } = within;
    if (entity.mentions[at].end - entity.mentions[at].start < label.end - label.start) {
      entity.mentions[at] = mention;
      entity.name = display;
    }
    linkBySurname(doc, entity);
    return entity;
  }
  // ("MR PRICE:" in a briefing whose byline is "Ned Price, Department Spokesperson", "GENERAL JONES:" in a "Press Gaggle by … General Jim Jones")
  const credited = kind === 'name' ? creditedIdentity(doc, display) : undefined;
  const person = credited?.person;
  // ("SENIOR ADMINISTRATION OFFICIAL:" in the White House's own transcript is one of its officials)
  const official = kind === 'nominal' ? issuerOfficialActor(doc, name) : null;
  const entity = doc.addEntity({
    type: 'PERSON',
    name: person?.name ?? credited?.name ?? display,
    actor: person ? personActor(person, doc.published) : (official?.actor ?? null),
    country: person?.country ?? official?.country ?? null,
    kb: person?.id ?? null,
    mentions: [mention],
  });
  if (kind === 'name') linkBySurname(doc, entity);
  return entity;
}

/**
 * "PRESIDENT OBAMA:" in a White House transcript that never gives his full name: a one-word label
 * person is the KB person of the issuing government's country the surname stands for, where the KB
 * settles it: its own one-word alias ("Obama"), or a role held on the article's date within the KB's
 * years (it ends in 2015). The recogniser's reading of a label in capitals links no KB person itself.
 */
function linkBySurname(doc: ArticleDocument, entity: EntityRecord): void {
  if (entity.kb || entity.type !== 'PERSON' || /\s/.test(entity.name)) return;
  // (the KB lists officials the world over: "MR. CARNEY:" at the White House is no Canadian banker,
  // so only a person of the issuing government's own country counts)
  const country = sourceGovernment(doc.source)?.country;
  if (!country) return;
  const hit = lookupSurname(entity.name, doc.published);
  if (hit?.kind !== 'person' || hit.surnameBasis === 'guess' || hit.country !== country) return;
  // (a role the KB dates settles it only within the KB's years, which end in 2015)
  if (hit.surnameBasis !== 'alias' && (!doc.published || doc.published > kbMeta().until)) return;
  // (another entity is that person already: the label is someone the article tells apart)
  if (doc.entities.some((e) => e.kb === hit.id)) return;
  entity.kb = hit.id;
  entity.name = hit.name;
  entity.country ??= hit.country;
  entity.actor ??= personActor(hit, doc.published);
}
