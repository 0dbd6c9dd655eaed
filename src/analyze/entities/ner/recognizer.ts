// Finds and types names (PER, ORG, LOC, MISC) in a tokenised document with the trained model.
import { existsSync } from 'node:fs';
import type { ArticleDocument, Token } from '../../document.js';
import { tagDocumentLines } from './document-tagger.js';
import { mostlyLowerCase } from './lexicon.js';
import { defaultModelPath, loadModel, type NerModel } from './model.js';
import { nameSequences } from './sequences.js';
import { tagsToSpans, type NameLabel } from './tags.js';

export interface NameSpan {
  start: number;
  end: number;
  label: NameLabel;
  /** 0..1, from the tagger's weakest margin inside the name; NaN when scores were not asked for. */
  score: number;
  rule: string;
}

export interface RecognizeOptions {
  /**
   * Whether to score each name (default true). Scores cost a backward pass over every line with a
   * name (max-marginals); the pipeline does not read them, so it asks for names alone.
   */
  scores?: boolean;
}

let cached: NerModel | null | undefined;

/** The model, loaded on first use; null when the file is missing or unreadable. */
export function nerModel(): NerModel | null {
  if (cached !== undefined) return cached;
  const path = defaultModelPath();
  try {
    cached = existsSync(path) ? loadModel(path) : null;
  } catch {
    cached = null;
  }
  return cached;
}

export function hasNerModel(): boolean {
  return nerModel() !== null;
}

/** Whether news mostly writes the word in lower case (a common word, not a name), by the model's clusters. */
export function usuallyLowerCase(word: string): boolean {
  const clusters = nerModel()?.lexicon.clusters;
  return !!clusters && mostlyLowerCase(clusters, word) === true;
}

/** Whether the model's word clusters know the word at all (news uses it), in any case. */
export function isKnownWord(word: string): boolean {
  const clusters = nerModel()?.lexicon.clusters;
  return !!clusters && mostlyLowerCase(clusters, word) !== undefined;
}

export function recognizeNames(doc: ArticleDocument, options: RecognizeOptions = {}): NameSpan[] {
  const model = nerModel();
  if (!model) return [];
  try {
    return recognizeWith(model, doc, options);
  } catch {
    return [];
  }
}

/** A lower-case word standing apart from the token before it (unlike "un" in "Jong-un"). */
function isLooseLowerWord(token: Token, before: Token): boolean {
  const c = token.text.charCodeAt(0);
  return c >= 97 && c <= 122 && token.start > before.end;
}

/** Token `last` is followed, without spaces, by a hyphen and a lower-case word ("Cheuk" "-" "yan"). */
function hyphenTail(seq: Token[], last: number): boolean {
  const hyphen = seq[last + 1];
  const word = seq[last + 2];
  return (
    word !== undefined &&
    hyphen.text === '-' &&
    hyphen.start === seq[last].end &&
    word.start === hyphen.end &&
    /^[a-z]+$/.test(word.text)
  );
}

type TaggedSpan = ReturnType<typeof tagsToSpans>[number];

/**
 * The recogniser reads a line at a time and may run a name over a sentence's full stop ("a General of
 * the Army. Bulgakov is …" as one body): a full stop standing as a token of its own, a space after it,
 * ends the name; the words on either side are names of their own.
 */
function splitAtSentenceEnds(seq: Token[], spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    let first = span.first;
    for (let k = span.first + 1; k < span.last; k++) {
      if (seq[k].text !== '.' || seq[k + 1].start === seq[k].end || seq[k - 1].end !== seq[k].start) continue;
      out.push({ ...span, start: seq[first].start, end: seq[k - 1].end, first, last: k - 1 });
      first = k + 1;
    }
    out.push(first === span.first ? span : { ...span, start: seq[first].start, first });
  }
  return out;
}

/** Margin → 0..1; a margin of 4 is already a confident decision for these weights. */
const confidence = (margin: number) => 1 / (1 + Math.exp(-margin));

export function recognizeWith(model: NerModel, doc: ArticleDocument, options: RecognizeOptions = {}): NameSpan[] {
  const scored = options.scores ?? true;
  const seqs = nameSequences(doc.tokens);
  // restricted decoding: tokens that cannot be in a name (outside.ts) are not scored
  const lines = tagDocumentLines(model, seqs, model, undefined, undefined, scored, true);
  const out: NameSpan[] = [];
  for (let s = 0; s < seqs.length; s++) {
    const seq = seqs[s];
    const { tags, margins } = lines[s];
    for (const span of splitAtSentenceEnds(seq, tagsToSpans(seq, tags))) {
      let margin = Infinity;
      for (let k = span.first; k <= span.last; k++) margin = Math.min(margin, margins[k]);
      let last = span.last;
      let rule = 'ner-perceptron';
      // greedy BILOU cannot leave a name once inside it ("Kim Jong-un will"): a name does not end
      // in a free-standing lower-case word, so such words are cut off the end
      while (last > span.first && isLooseLowerWord(seq[last], seq[last - 1])) last--;
      if (last !== span.last) rule = 'ner-perceptron+trim-tail';
      // Viterbi may end a person's name at a hyphen ("Lee Cheuk|-yan"): the glued part belongs to it
      if (last === span.last && span.label === 'PER' && hyphenTail(seq, last)) {
        last += 2;
        rule = 'ner-perceptron+hyphen-tail';
      }
      let end = seq[last].end;
      // a line-final abbreviation gives its period to the sentence ("... the U.S." → "U.S")
      if (
        last === seq.length - 1 &&
        end - span.start > 2 &&
        doc.text[end - 1] === '.' &&
        /[A-Za-z]\.$/.test(seq[last].text)
      ) {
        end -= 1;
        rule = 'ner-perceptron+final-period';
      }
      out.push({
        start: span.start,
        end,
        label: span.label,
        score: scored ? Math.round(confidence(margin) * 1000) / 1000 : NaN,
        rule,
      });
    }
  }
  return out;
}
