// Derives data/lexicons/name-internal-words.json: the words with no capital and no digit that stand
// free (not glued to a capitalised piece) inside names, which restricted decoding (outside.ts) must
// still let the recogniser read. Two sources, neither of them what the rule is measured on: the gold
// names of the NER training split, and the model's own names (decoded without restriction) in the
// Reuters-21578 and BBC corpora. A word is kept when it occurs so in at least MIN_DOCUMENTS documents.
// Particles of people's names that neither source holds often enough (bin, as in Osama bin Laden)
// come from the model's person gazetteer: a word inside at least MIN_NAMES listed names and at least
// three times as often inside as at a name's edge (particles: bin, ibn, ould, dos, van, not given names),
// and with a letter in it. Straight quotes in the list also stand for their curly forms. Beside the
// list, the words among them seen beginning names (and the particles), and those seen ending names.
//   node dist/scripts/name-internal-words.js [--shared ../shared] [--min-documents 2] [--min-names 3] [--out PATH]
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ArticleDocument, type Token } from '../src/analyze/document.js';
import { tagDocumentLines } from '../src/analyze/entities/ner/document-tagger.js';
import { NER_SOURCES, readGold, tagDocument } from '../src/analyze/entities/ner/gold.js';
import { defaultModelPath, loadModel, packageRoot } from '../src/analyze/entities/ner/model.js';
import { hasCapitalOrDigit, markGluedToCapitals, NAME_INTERNAL_FILE } from '../src/analyze/entities/ner/outside.js';
import { nameSequences } from '../src/analyze/entities/ner/sequences.js';
import { nerSplit } from '../src/analyze/entities/ner/split.js';
import { O, tagsToSpans } from '../src/analyze/entities/ner/tags.js';
import { tokenizer } from '../src/analyze/nlp/wink.js';
import { option, sharedOption } from './options.js';

const shared = sharedOption();
const MIN_DOCUMENTS = Number(option('min-documents', '2'));
const MIN_NAMES = Number(option('min-names', '3'));
/** A particle stands inside names at least this many times as often as first or last. */
const INSIDE_RATIO = 3;
const out = option('out', join(packageRoot(), 'data', 'lexicons', NAME_INTERNAL_FILE));
const CORPORA = ['reuters21578.jsonl', 'bbc.jsonl'];

/** Word → the documents it stands free inside a name in; …that it begins a name in; …that it ends one in. */
const documents = new Map<string, Set<string>>();
const starting = new Map<string, Set<string>>();
const ending = new Map<string, Set<string>>();

function note(table: Map<string, Set<string>>, word: string, id: string): void {
  let docs = table.get(word);
  if (!docs) table.set(word, (docs = new Set()));
  docs.add(id);
}

/** Records the free-standing lower-case words of a line's names (tags: BILOU, O outside). */
function collect(id: string, seq: Token[], tags: number[]): void {
  const capital = Uint8Array.from(seq, (t) => (hasCapitalOrDigit(t.text) ? 1 : 0));
  const glued = new Uint8Array(seq.length);
  markGluedToCapitals(seq, capital, glued);
  const free = (i: number) => !capital[i] && !glued[i];
  for (let i = 0; i < seq.length; i++) if (tags[i] !== O && free(i)) note(documents, seq[i].lower, id);
  for (const span of tagsToSpans(seq, tags)) {
    if (free(span.first)) note(starting, seq[span.first].lower, id);
    if (free(span.last)) note(ending, seq[span.last].lower, id);
    for (let i = span.first; i <= span.last; i++)
      if (free(i)) note(span.label === 'PER' ? inPeople : inOthers, seq[i].lower, id);
  }
}

/** Word → the documents it stands free inside a person's name in; …inside another name in. */
const inPeople = new Map<string, Set<string>>();
const inOthers = new Map<string, Set<string>>();

/** Particles of people's names (van, de, da): a family name said alone begins with them (de Klerk). */
function personParticles(): string[] {
  return [...inPeople]
    .filter(([word, docs]) => docs.size >= MIN_DOCUMENTS && docs.size > (inOthers.get(word)?.size ?? 0))
    .filter(([word]) => /\p{L}/u.test(word))
    .sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))
    .map(([word]) => word);
}

const stats = { snapped: 0, dropped: 0 };
let goldDocuments = 0;
for (const source of NER_SOURCES)
  for (const g of readGold(join(shared, 'data', 'ner', `${source}.dev.jsonl`))) {
    if (nerSplit(g.id) !== 'train') continue;
    const d = tagDocument(source, g, stats);
    d.lines.forEach((seq, s) => collect(`${source}:${g.id}`, seq, d.gold[s]));
    goldDocuments++;
  }

const model = loadModel(defaultModelPath());
let corpusDocuments = 0;
for (const file of CORPORA)
  for (const line of readFileSync(join(shared, 'data', 'corpus', file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    const doc = new ArticleDocument({ id, text });
    tokenizer.run(doc);
    const seqs = nameSequences(doc.tokens);
    const lines = tagDocumentLines(model, seqs, model, undefined, undefined, false);
    seqs.forEach((seq, s) => collect(`${file}:${id}`, seq, lines[s].tags));
    corpusDocuments++;
  }

/** The sources type straight quotes, news often curly ones: each gets the others' forms too. */
const TYPOGRAPHIC = [
  ["'", '\u2019', '\u2018'],
  ['"', '\u201c', '\u201d'],
];
function withTypographicVariants(words: string[]): string[] {
  const out = new Set(words);
  for (const word of words)
    for (const forms of TYPOGRAPHIC)
      for (const from of forms) if (word.includes(from)) for (const to of forms) out.add(word.split(from).join(to));
  return [...out];
}

/** Listed words (letters, not punctuation alone) that begin or end names in MIN_DOCUMENTS documents. */
function edgeWords(table: Map<string, Set<string>>): string[] {
  return [...table]
    .filter(([word, docs]) => docs.size >= MIN_DOCUMENTS && /[\p{L}\p{N}]/u.test(word))
    .filter(([word]) => (documents.get(word)?.size ?? 0) >= MIN_DOCUMENTS)
    .sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))
    .map(([word]) => word);
}

const kept = [...documents]
  .filter(([, docs]) => docs.size >= MIN_DOCUMENTS)
  .sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1));

// the person gazetteer's inner words (the model file keeps its lists: phrases of lower-cased tokens)
const file = JSON.parse(gunzipSync(readFileSync(defaultModelPath())).toString('utf8')) as {
  gazetteer: Record<string, string[]>;
};
const inner = new Map<string, number>();
const edge = new Map<string, number>();
const count = (table: Map<string, number>, word: string) => table.set(word, (table.get(word) ?? 0) + 1);
for (const phrase of file.gazetteer.PER ?? []) {
  const words = phrase.split(' ');
  if (words.length < 2) continue;
  count(edge, words[0]);
  count(edge, words[words.length - 1]);
  for (let i = 1; i < words.length - 1; i++) count(inner, words[i]);
}
const known = new Set(kept.map(([word]) => word));
const particles = [...inner]
  .filter(([word, names]) => names >= MIN_NAMES && names >= INSIDE_RATIO * (edge.get(word) ?? 0))
  // particles are words: the lists' stray punctuation ("," "." of "smith , john") is not
  .filter(([word]) => !known.has(word) && !hasCapitalOrDigit(word) && /\p{L}/u.test(word))
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
writeFileSync(
  out,
  JSON.stringify(
    {
      about:
        'Words without capitals or digits that stand free inside names (of, de, bin, &); see src/analyze/entities/ner/outside.ts. ' +
        `Written by scripts/name-internal-words.ts: in at least ${MIN_DOCUMENTS} documents of the NER training split's gold names ` +
        `(${goldDocuments} documents) and the model's names in ${CORPORA.join(', ')} (${corpusDocuments} documents); ` +
        `then words inside at least ${MIN_NAMES} names of the model's person gazetteer, ${INSIDE_RATIO} times as often as at their edges.`,
      words: withTypographicVariants([...kept.map(([word]) => word), ...particles.map(([word]) => word)]),
      // punctuation never begins or ends a name; a particle begins a family name said alone (bin Laden)
      starts: withTypographicVariants([
        ...new Set([...edgeWords(starting), ...personParticles(), ...particles.map(([word]) => word)]),
      ]),
      ends: withTypographicVariants(edgeWords(ending)),
    },
    null,
    2,
  ) + '\n',
);
console.log(`${kept.length} words (of ${documents.size} seen):`, kept.map(([w, d]) => `${w}:${d.size}`).join(' '));
console.log(`${particles.length} from the person gazetteer:`, particles.map(([w, n]) => `${w}:${n}`).join(' '));
console.log('begin names:', edgeWords(starting).join(' '), '| particles of people:', personParticles().join(' '));
console.log('end names:', edgeWords(ending).join(' '));
