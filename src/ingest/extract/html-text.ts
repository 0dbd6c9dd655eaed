// Turns article HTML (Readability's cleaned content) into plain text: one paragraph per block
// element, paragraphs separated by a blank line, whitespace inside a paragraph collapsed.
// Readability keeps some page furniture inside the article; the filters below drop what the
// contract's `text` must not hold: captions, data tables, link lists, and stock phrases.

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'UL',
]);
/** Never article body: scripts and forms, captions, data tables, asides and navigation. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'BUTTON',
  'FORM',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'ASIDE',
  'NAV',
  'FOOTER',
  'SELECT',
  'TEXTAREA',
]);
/** Whole paragraphs that are page furniture, not prose. */
const FURNITURE =
  /^(advertisement|advertising|continue reading( below)?|read more\b.*|caption|close|image \d+( of \d*)?|photo:.*|(sign in|log in|subscribe|share)( (to|on) .*)?|(updated|published|posted)\b.{0,60}|you (may|might) also like\W*|related( articles| stories)?:?|click here\b.*|.*\bby clicking here)$/i;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

interface Block {
  text: string;
  linkChars: number;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function collectBlocks(root: DomNode): Block[] {
  const blocks: Block[] = [];
  let text = '';
  let linkChars = 0;
  let linkDepth = 0;
  const flush = () => {
    const t = collapse(text);
    if (t) blocks.push({ text: t, linkChars: Math.min(linkChars, t.length) });
    text = '';
    linkChars = 0;
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      text += t;
      if (linkDepth > 0) linkChars += collapse(t).length;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      text += ' ';
      return;
    }
    const block = BLOCKS.has(name);
    const link = name === 'A';
    if (block) flush();
    if (link) linkDepth++;
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (link) linkDepth--;
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

const words = (s: string) => s.split(' ').length;
/** Prose ends a sentence somewhere; furniture (section names, bylines, timestamps) rarely does. */
const looksLikeProse = (s: string) => words(s) >= 8 || /[.!?…"”’)]$/.test(s);

export function blocksToText(root: DomNode): string {
  const kept = collectBlocks(root).filter(
    (b) => !FURNITURE.test(b.text) && !(b.linkChars / b.text.length > 0.6 && words(b.text) < 25),
  );
  // short non-prose lines at the edges are labels, datelines and credits around the story
  let first = 0;
  let last = kept.length;
  while (first < last && !looksLikeProse(kept[first].text)) first++;
  while (last > first && !looksLikeProse(kept[last - 1].text)) last--;
  return kept
    .slice(first, last)
    .map((b) => b.text)
    .join('\n\n');
}
