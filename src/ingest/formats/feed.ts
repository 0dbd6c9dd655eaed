// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item or entry, its text from the full
// content when the feed carries it (content:encoded, Atom content), else the description or summary.
import { XMLParser } from 'fast-xml-parser';
import type { ArticleRecord } from '../../store/store.js';
import { dayOf } from './dates.js';
import { htmlFragmentToText, looksLikeHtml } from './html-fragment.js';

export type FeedResult = { ok: true; article: ArticleRecord } | { ok: false; id: string; error: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;

/** The text of an element however the parser gave it: a string, or an object with #text. */
function textOf(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'object') return textOf((v as Node)['#text']);
  return null;
}

function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : [links]) as (Node | string | undefined)[];
  const href = (l: Node | string | undefined) => (typeof l === 'string' ? l : ((l?.['@_href'] as string) ?? null));
  const alternate = list.find((l) => typeof l === 'object' && (l['@_rel'] ?? 'alternate') === 'alternate');
  return href(alternate ?? list[0]);
}

function bodyText(raw: string | null): string {
  if (!raw) return '';
  return looksLikeHtml(raw) ? htmlFragmentToText(raw) : raw.replace(/[ \t]+/g, ' ').trim();
}

interface Channel {
  title: string | null;
  license: string | null;
  items: Node[];
  atom: boolean;
}

function channelOf(doc: Node): Channel | null {
  const rss = doc.rss as Node | undefined;
  if (rss?.channel) {
    const ch = (Array.isArray(rss.channel) ? rss.channel[0] : rss.channel) as Node;
    return { title: textOf(ch.title), license: textOf(ch.copyright), items: (ch.item as Node[]) ?? [], atom: false };
  }
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rdf) {
    const ch = (rdf.channel ?? {}) as Node;
    return {
      title: textOf(ch.title),
      license: textOf(ch['dc:rights']),
      items: (rdf.item as Node[]) ?? [],
      atom: false,
    };
  }
  const feed = doc.feed as Node | undefined;
  if (feed) {
    return { title: textOf(feed.title), license: textOf(feed.rights), items: (feed.entry as Node[]) ?? [], atom: true };
  }
  return null;
}

/** The feed's articles, or a single error when the file is not a feed at all. */
export function parseFeed(xml: string, name: string): FeedResult[] {
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (e) {
    return [{ ok: false, id: name, error: `not well-formed XML: ${(e as Error).message.split('\n')[0]}` }];
  }
  const channel = channelOf(doc);
  if (!channel) return [{ ok: false, id: name, error: 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed>)' }];
  return channel.items.map((item, i): FeedResult => {
    const link = channel.atom ? atomLink(item.link) : textOf(item.link);
    const id = textOf(channel.atom ? item.id : item.guid) ?? link ?? `${name}#${i + 1}`;
    const title = textOf(item.title);
    const raw = channel.atom
      ? (textOf(item.content) ?? textOf(item.summary))
      : (textOf(item['content:encoded']) ?? textOf(item.description));
    // A headline-only item still reports something: its title is its text.
    const text = bodyText(raw) || (title ? (looksLikeHtml(title) ? htmlFragmentToText(title) : title) : '');
    if (!text) return { ok: false, id, error: 'the item has neither text nor title' };
    const date = channel.atom
      ? (textOf(item.published) ?? textOf(item.updated))
      : (textOf(item.pubDate) ?? textOf(item['dc:date']));
    return {
      ok: true,
      article: {
        id,
        text,
        title: title && looksLikeHtml(title) ? htmlFragmentToText(title) : title,
        published: dayOf(date),
        source: channel.title,
        url: link,
        license: channel.license,
      },
    };
  });
}
