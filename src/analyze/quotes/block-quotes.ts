// Block quotes: a paragraph ending in a colon after a cue ("… Breuker said:"), a credit ("The following
// is attributable to …:") or a document marker ("Begin text:"), then a paragraph with no quotation
// marks, which is what was said.
import type { Sentence, Token } from '../document.js';
import { DOCUMENT_NOUNS, isBreak, quoteCandidate, type QuoteContext } from './context.js';
import { phrase, type Phrase } from './phrases.js';
import { subjectBefore } from './subject-before.js';
import { phraseAfter } from './phrase-after.js';
import { peopleOfBodyEnd } from './people-nouns.js';
import { MAX_HEAD_GAP, SAID_NOUNS } from './head-frame.js';

/** Block quote: a paragraph ending "… Breuker said:" followed by a paragraph with no quotation marks. */
export function blockQuotes(ctx: QuoteContext): void {
  const { doc } = ctx;
  const toks = doc.tokens;
  for (const s of ctx.sentences) {
    const last = toks[s.endToken - 1];
    if (last.text !== ':') continue;
    // (past an invisible format mark: "Ned Price:\u200e" and the line break)
    const after = doc.text.slice(last.end, last.end + 4);
    if (!/^[ \t\p{Cf}]*\r?\n/u.test(after)) continue;
    let n = s.endToken;
    while (n < toks.length && isBreak(toks[n])) n++;
    if (n >= toks.length || /["“”„«»]/.test(toks[n].text)) continue;
    const para = ctx.paragraphBounds(toks[n].start);
    // "The following is attributable to Spokesperson Ned Price:": the statement below is theirs
    const credit = attributableTo(ctx, s);
    const c = credit ? credit.cue : speechCueBefore(ctx, s, s.endToken - 1);
    if (c < 0) continue;
    // "Begin text:" opens the document the paragraph before announced: its issuer speaks
    const marker = !credit && isDocumentMarker(ctx, s.firstToken, s.endToken - 1);
    const subj = credit
      ? credit.speaker
      : marker
        ? issuerBefore(ctx, s.firstToken)
        : (subjectBefore(doc, c, s.firstToken) ?? phraseAfter(doc, c + 1, s.endToken - 1));
    // (a release's credit or a document's "Begin text:" covers every paragraph after it)
    let end = credit || marker ? documentBlockEnd(ctx, para.end) : para.end;
    while (end > toks[n].start && /\s/.test(doc.text[end - 1])) end--;
    ctx.usedCue.add(c);
    ctx.candidates.push(
      quoteCandidate({
        kind: 'direct',
        start: toks[n].start,
        end,
        cue: { start: toks[c].start, end: toks[c].end },
        speaker: subj,
        rule: 'block-after-colon',
        speakerRule: marker ? 'document-issuer' : subj ? 'cue-subject' : null,
      }),
    );
  }
}

/**
 * Where a credited release or a marked document ends, its first paragraph ending at `end`: the last
 * paragraph before "End text.", a paragraph with quotation marks (a quotation the direct rules read)
 * or one ending in a colon (a block of its own), else the text's end.
 */
function documentBlockEnd(ctx: QuoteContext, end: number): number {
  const text = ctx.doc.text;
  for (let at = end + 1; at < text.length;) {
    const next = ctx.paragraphBounds(at);
    const line = text.slice(next.start, next.end).trim();
    if (/^End (?:of )?text\b/i.test(line) || /["“”„«»]/.test(line) || line.endsWith(':')) break;
    if (line) end = next.end;
    at = next.end + 1;
  }
  return end;
}

/** The nearest verb of saying before the colon at token `colon` in sentence s, within MAX_HEAD_GAP; else -1. */
function speechCueBefore(ctx: QuoteContext, s: Sentence, colon: number): number {
  for (let c = colon - 1; c >= s.firstToken && colon - c <= MAX_HEAD_GAP; c--)
    if (ctx.cueClass(c) === 'speech') return c;
  return -1;
}

/**
 * The subject of the verb an infinitive cue at c depends on ("Vuk Jeremic had this to say about the
 * declaration:" is Jeremic's); null where c is no infinitive.
 */
function infinitiveFrameSubject(ctx: QuoteContext, c: number, from: number): Phrase | null {
  const toks = ctx.doc.tokens;
  if (toks[c - 1]?.lower !== 'to') return null;
  for (let j = c - 2; j >= from; j--)
    if (toks[j].pos === 'VERB' || toks[j].pos === 'AUX') return subjectBefore(ctx.doc, j, from);
  return null;
}

/** Verbs of saying whose words may run on after a colon in the same paragraph. */
const RUN_ON_CUES = new Set(['say', 'tell', 'add', 'state', 'declare', 'write', 'explain']);

/**
 * Whether tokens [from, to) between a cue and its colon only announce what follows: "this", "the
 * following", a hearer ("told reporters") or a phrase after a preposition ("about the declaration",
 * "in a statement").
 */
function onlyAnnouncing(toks: readonly Token[], from: number, to: number): boolean {
  let j = from;
  if (toks[j]?.lower === 'this' || toks[j]?.lower === 'it') j++;
  else if (toks[j]?.lower === 'the' && toks[j + 1]?.lower === 'following') j += 2;
  else if (toks[j]?.lower === 'reporters' || toks[j]?.lower === 'journalists') j++;
  if (j < to && toks[j].lower === 'to' && toks[j + 1]?.pos === 'VERB') j += 2;
  if (j < to && toks[j].pos !== 'ADP') return false;
  for (; j < to; j++) if (!ANNOUNCING_POS.has(toks[j].pos) || toks[j].text === ',') return false;
  return true;
}
const ANNOUNCING_POS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** Whether a bracket opened in tokens [from, to) is still open at `to`. */
function openBracketBefore(toks: readonly Token[], from: number, to: number): boolean {
  let depth = 0;
  for (let j = from; j < to; j++) {
    if (toks[j].text === '(' || toks[j].text === '[') depth++;
    else if ((toks[j].text === ')' || toks[j].text === ']') && depth > 0) depth--;
  }
  return depth > 0;
}

/** Whether a token is a word in capitals ("BRITAIN", "TONY"): a transcript's label. */
const capitals = (t: Token | undefined): boolean => !!t && /^\p{Lu}{2,}$/u.test(t.text);

/** Pronouns of a speaker or an audience announcing words of their own. */
const SELF = new Set(['i', 'me', 'we', 'us', 'you']);

/**
 * The same block run on in the colon's own paragraph: "Serbian Foreign Minister Vuk Jeremic had this
 * to say about the declaration: Let me be very clear. The Republic of Serbia shall never accept …";
 * "He said: The United States is deeply concerned about …". A capitalised word after the colon, a
 * verb of saying a few words before it, and no quotation mark from there to the paragraph's end
 * (marks make it a quotation the direct rules read): the rest of the paragraph is what was said.
 */
export function runOnBlockQuotes(ctx: QuoteContext): void {
  const { doc } = ctx;
  const toks = doc.tokens;
  for (const s of ctx.sentences) {
    for (let colon = s.firstToken + 1; colon < s.endToken; colon++) {
      if (toks[colon].text !== ':') continue;
      const n = colon + 1;
      const first = toks[n];
      // (on the same line: a line break after the colon is blockQuotes' case)
      if (!first || !/^\p{Lu}/u.test(first.text) || /\n/.test(doc.text.slice(toks[colon].end, first.start))) continue;
      const para = ctx.paragraphBounds(first.start);
      // (nor doubled marks: "''poisonous political climate …''")
      if (/["“”„«»]|''|``/.test(doc.text.slice(first.start, para.end))) continue;
      const c = speechCueBefore(ctx, s, colon);
      if (c < 0 || ctx.usedCue.has(c)) continue;
      // (only a verb of saying itself, with no more than "this" and a phrase after a preposition
      // between it and the colon: an object or a clause of the cue's own is what was said, and the
      // words after the colon the writer's, "many Latinos have said it falls flat for one reason: The
      // pride …", "Police announce the suspect's name on police scanner: Syed Farook.")
      if (!RUN_ON_CUES.has(toks[c].lemma) || !onlyAnnouncing(toks, c + 1, colon)) continue;
      // (not a gloss in brackets, "Operation Law and Order (Arabic: Fardh Al-Qanoon)", nor a
      // transcript's label in capitals, "TONY BLAIR, PRIME MINISTER OF BRITAIN: But …")
      if (openBracketBefore(toks, s.firstToken, colon) || capitals(toks[colon - 1])) continue;
      // (nor a label opening the words after it: "…the memo: TONY BLAIR, PRIME MINISTER OF BRITAIN: But …")
      if (capitals(first) && capitals(toks[n + 1])) continue;
      const subj = subjectBefore(doc, c, s.firstToken) ?? infinitiveFrameSubject(ctx, c, s.firstToken);
      // (a speaker announcing their own words, "Let me say this:", "I've said it before:", speaks
      // on in the turn or the quotation that holds them)
      if (!subj || SELF.has(doc.text.slice(subj.head.start, subj.head.end).toLowerCase())) continue;
      let end = para.end;
      while (end > first.start && /\s/.test(doc.text[end - 1])) end--;
      ctx.usedCue.add(c);
      ctx.candidates.push(
        quoteCandidate({
          kind: 'direct',
          start: first.start,
          end,
          cue: { start: toks[c].start, end: toks[c].end },
          speaker: subj,
          rule: 'block-after-colon',
          speakerRule: 'cue-subject',
        }),
      );
      break;
    }
  }
}

/**
 * "The following is attributable to Spokesperson Ned Price:", "The following statement is
 * attributable to …", "The below is attributable to …": a release's label crediting what follows to its speaker. Returns the token of
 * "attributable" (the cue) and the phrase after "to".
 */
function attributableTo(ctx: QuoteContext, s: Sentence): { cue: number; speaker: Phrase } | null {
  const toks = ctx.doc.tokens;
  const colon = s.endToken - 1;
  let k = s.firstToken;
  while (k < colon && isBreak(toks[k])) k++;
  // ("The below is attributable to …", the State Department's more common wording)
  if (toks[k]?.lower !== 'the' || (toks[k + 1]?.lower !== 'following' && toks[k + 1]?.lower !== 'below')) return null;
  for (let j = k + 2; j < colon - 2 && j <= k + 5; j++) {
    if (toks[j].lower !== 'attributable' || toks[j + 1].lower !== 'to') continue;
    const speaker = phraseAfter(ctx.doc, j + 2, colon);
    return speaker ? { cue: j, speaker } : null;
  }
  return null;
}

/** Words of a label that opens a document's text: "Begin text:", "Begin Text of the Statement:". */
const DOCUMENT_MARKER_WORDS = new Set(['begin', 'start', 'text', 'of', 'the', 'joint', 'statement', 'full']);

/** Whether the tokens [a, b) are a document marker: only DOCUMENT_MARKER_WORDS, "text" among them. */
function isDocumentMarker(ctx: QuoteContext, a: number, b: number): boolean {
  const toks = ctx.doc.tokens;
  let text = false;
  for (let k = a; k < b; k++) {
    if (isBreak(toks[k])) continue;
    if (!DOCUMENT_MARKER_WORDS.has(toks[k].lower)) return false;
    if (toks[k].lower === 'text') text = true;
  }
  return text;
}

/** How far (tokens) after "by" the issuer's name may start: "by the G7 foreign ministers of Canada", "by the High Representative on behalf of the European Union". */
const MAX_ISSUER_LEAD = 8;

/**
 * The issuer the paragraph before a document marker names: the subject of "issue" or "release", or
 * the first person, body, country or group (G7) after "by" ("The following joint statement was released by the Governments of the United States of
 * America and the United Arab Emirates."; "Joint Statement by Secretary Blinken, …"), else null.
 */
function issuerBefore(ctx: QuoteContext, marker: number): Phrase | null {
  const { doc } = ctx;
  const toks = doc.tokens;
  let last = marker - 1;
  while (last > 0 && isBreak(toks[last])) last--;
  if (last < 0) return null;
  const para = ctx.paragraphBounds(toks[last].start);
  let a = last;
  while (a > 0 && toks[a - 1].start >= para.start) a--;
  for (let k = a; k < marker; k++) {
    // "Canada, …, and the United States issue the following joint statement."
    // (not the passive "was released by …": its subject is the statement)
    const active = k === 0 || toks[k - 1].pos !== 'AUX';
    // ("… the United States issue the following …": the tagger may read the verb as a noun)
    const verb = toks[k].pos === 'VERB' || (toks[k].pos === 'NOUN' && toks[k + 1]?.pos === 'DET');
    if ((toks[k].lemma === 'issue' || toks[k].lemma === 'release') && verb && active) {
      const issuer = subjectBefore(doc, k, a);
      // ("The following joint statement was issued …": a document issues nothing)
      if (issuer && !doc.tokensIn(issuer).some(namesDocument)) return issuer;
    }
    if (toks[k].lower !== 'by') continue;
    for (let j = k + 1; j < marker && j - k <= MAX_ISSUER_LEAD; j++) {
      const hit = doc.entityAt(toks[j].start);
      if (!hit || hit.mention.kind !== 'name' || !ISSUER_TYPES.has(hit.entity.type)) continue;
      let e = j;
      while (e < marker && toks[e].end <= hit.mention.end) e++;
      // ("released by the G7 foreign ministers": the body's people issued it, under its code)
      const people = hit.entity.type === 'ORG' ? peopleOfBodyEnd(toks, e) : -1;
      return phrase(doc, j, people > 0 && people <= marker ? people : e);
    }
  }
  return null;
}

const ISSUER_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'MISC']);

/** Whether a word names a statement or a document ("the joint statement", "the text"). */
const namesDocument = (w: Token): boolean =>
  SAID_NOUNS.has(w.lower) || DOCUMENT_NOUNS.has(w.lower) || w.lower === 'text';
