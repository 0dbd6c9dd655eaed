// Who asks a transcript's question. A questioner's turn is labelled "Q" or "QUESTION", never with a
// name, but a briefing's moderator usually gives the floor by name just before it: "Let's go to the
// line of Matt Lee", "We'll take a final question from Nike Ching from VOA", "MR PRICE: Paul
// Handley, AFP.", and the operator may repeat it ("Mr. Finnegan, your line is open."). The person
// so named asks the question (speaker rule transcript-floor). A name of one word only ("Jonathan.",
// "Go ahead, Matt") identifies nobody across articles and is passed over.
import type { EntityRecord } from '../document.js';
import type { Span } from '../types.js';
import type { QuoteContext } from './context.js';

/** Where a moderator's words hand the floor to the name that follows. */
const FLOOR_BEFORE_NAME = new RegExp(
  [
    // "let's go to", "we'll turn next to", "moving on to", "over to"
    String.raw`\b(?:go|going|turn|turning|move|moving|come|coming|over)\s+(?:(?:next|now|then|back|on|over|quickly)\s+)*to\s+`,
    // "a question from", "the last question from", "one more from"
    String.raw`\b(?:question|questions|one|ones)\s+(?:will\s+come\s+)?(?:from|to)\s+`,
    // "we'll start with", "let's begin with"
    String.raw`\b(?:start|begin|open|kick)\s+(?:it\s+|things\s+)?(?:off\s+)?with\s+`,
    // "could we have …", "can we get …"
    String.raw`\b(?:could|can|may)\s+we\s+(?:have|get|hear\s+from)\s+`,
    // "go ahead, …", "yes, …"
    String.raw`\b(?:go\s+ahead|please|yes|okay|ok|sure)\s*,\s+`,
  ]
    .map((p) => String.raw`(?:${p})(?:the\s+line\s+of\s+)?`)
    .join('|'),
  'gi',
);
/** The operator's echo: "Mr. Finnegan, you are open.", "Simon, your line is open." */
const OPERATOR_ECHO = /^(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?\S+,\s+(?:you\s+are|your\s+line\s+is)\s+open\b/i;
/** A turn label at a paragraph's start ("MR PRICE:", "OPERATOR:"), to read the words after it. */
const PARAGRAPH_LABEL = /^[ \t]*[A-Z][A-Z.'’\- ]{0,40}:[ \t]*/;
/** The same at the start of every line of a stretch, to leave the labels out of a word count. */
const LINE_LABELS = new RegExp(PARAGRAPH_LABEL.source, 'gm');
/**
 * Whether what follows a name ends a paragraph that is only that name, perhaps with an outlet: "Paul
 * Handley, AFP.", "Nike Ching from VOA." (no lower-case word but these: "Hillary Clinton will travel"
 * is no call for a question).
 */
function nameOnly(rest: string): boolean {
  // (a capitalised word right after goes on with a longer name: "Ed Sullivan Theater")
  if (rest.length > MAX_OUTLET_LENGTH || /^[ \t]*\p{Lu}/u.test(rest)) return false;
  // (words that start in lower case: "Fox News" has none)
  const words = rest.match(/(?<!\p{L})\p{Ll}+/gu) ?? [];
  return words.every((w) => OUTLET_WORDS.has(w)) && !/[?]/.test(rest);
}
const MAX_OUTLET_LENGTH = 60;
const OUTLET_WORDS = new Set(['from', 'of', 'with', 'at', 'the', 'please', 'and', 'news']);
/** Paragraphs before the question looked at: the moderator's, and an operator's between. */
const PARAGRAPHS_BACK = 2;

interface Paragraph extends Span {
  /** Where the words start after any turn label. */
  body: number;
}

/** The paragraphs before `at`, nearest first, without blank ones. */
function paragraphsBefore(text: string, at: number, count: number): Paragraph[] {
  const out: Paragraph[] = [];
  let end = at;
  while (out.length < count && end > 0) {
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    if (end === 0) break;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const label = PARAGRAPH_LABEL.exec(text.slice(start, end));
    out.push({ start, end, body: start + (label ? label[0].length : 0) });
    end = start;
  }
  return out;
}

/** A person named by more than one word (the mention's own entity may carry the full name). */
function namedPerson(hit: MentionHit | undefined): boolean {
  return !!hit && hit.entity.type === 'PERSON' && hit.mention.kind === 'name' && /\s/.test(hit.entity.name.trim());
}

type MentionHit = { entity: EntityRecord; mention: EntityRecord['mentions'][number] };

/**
 * Whether a name after "the line of" that the recogniser typed otherwise is a person's all the same:
 * a phone line is a caller's ("Let's go to the line of Ryohei Takagi" was a place, "Pearl Matibe" a
 * body). Not a name the KB knows (a country, a body) and not a lone word.
 */
function lineHolder(hit: MentionHit | undefined): boolean {
  if (!hit || hit.entity.type === 'PERSON' || hit.entity.kb || hit.mention.kind !== 'name') return false;
  const words = hit.mention.text.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/** Retypes the caller's entity as a person, noting why on the mention. */
function asPerson(hit: MentionHit): void {
  hit.entity.type = 'PERSON';
  hit.mention.rule = `${hit.mention.rule ?? 'name'}+line-holder`;
}

export interface Questioner {
  entity: EntityRecord;
  mention: Span;
}

/** The person the moderator (or operator) names just before the questioner's label at `labelStart`. */
export function questionerNamed(ctx: QuoteContext, labelStart: number): Questioner | null {
  const text = ctx.doc.text;
  const entityAt = ctx.doc.entityFinder();
  for (const p of paragraphsBefore(text, labelStart, PARAGRAPHS_BACK)) {
    const body = text.slice(p.body, p.end);
    // the last floor-giving phrase of the paragraph followed by a person's name
    let found: Questioner | null = null;
    FLOOR_BEFORE_NAME.lastIndex = 0;
    for (let m = FLOOR_BEFORE_NAME.exec(body); m; m = FLOOR_BEFORE_NAME.exec(body)) {
      const hit = entityAt(p.body + m.index + m[0].length);
      if (namedPerson(hit)) found = { entity: hit!.entity, mention: hit!.mention };
      else if (/line\s+of\s+$/i.test(m[0]) && lineHolder(hit)) {
        found = { entity: hit!.entity, mention: hit!.mention };
        asPerson(hit!);
      }
    }
    if (found) return found;
    // a paragraph that is only a name (and an outlet), or the operator's echo of one
    const lead = p.body + (body.length - body.trimStart().length);
    const first = entityAt(lead);
    if (namedPerson(first) && first!.mention.start === lead) {
      const rest = text.slice(first!.mention.end, p.end);
      if (nameOnly(rest) || OPERATOR_ECHO.test(body.trim())) return { entity: first!.entity, mention: first!.mention };
    }
    // only an operator's turn may stand between the moderator and the question
    if (!/^[ \t]*OPERATOR:/.test(text.slice(p.start, p.end))) break;
  }
  return null;
}

/** The most words of a reply between two questions by the same questioner ("Yes, we can hear you."). */
const MAX_SHORT_REPLY_WORDS = 12;

/**
 * Whether a questioner's turn goes on with the one before it: only a short reply or a question back,
 * its label aside, stands between them ("QUESTION: Hello, do you hear me?" "MS PORTER: Yes, we can hear you."
 * "QUESTION: Okay, thank you. I have two questions."), so no one else can have been given the floor.
 */
export function sameQuestionerGoesOn(text: string, previousEnd: number, labelStart: number): boolean {
  const between = text.slice(previousEnd, labelStart).replace(LINE_LABELS, ' ');
  const words = between.match(/[\p{L}\p{N}]+/gu) ?? [];
  // (or a question back to the questioner, whose next turn answers it: "MS PORTER: Hi, Kristina. …
  // can you be a little bit more explicit on what you mean by tensions in the Indo-Pacific?")
  return (
    words.length <= MAX_SHORT_REPLY_WORDS || (between.trim().endsWith('?') && words.length <= MAX_QUESTION_BACK_WORDS)
  );
}

/** The most words of a question the official puts back to the questioner before they go on. */
const MAX_QUESTION_BACK_WORDS = 60;
